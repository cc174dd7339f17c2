#pragma once
/** @short The SQL behind trends (core/trends): received times, verdicts and subjects of the
 *  messages a selection picks, streamed row by row.
 *
 * Reads `messages.received_utc` — the time the message reached the user's server (IMAP
 * INTERNALDATE, the top-most Received header, ...) — never `date_utc`, which the sender wrote
 * and may forge. Works on a Database owned by the caller, on the caller's thread (a worker: a
 * year of mail is a few hundred thousand rows). Never reads message bodies (none are stored). */
#include "store/Database.h"

#include <QString>

#include <functional>
#include <optional>

namespace mailtide::store {

/** Which messages a trend counts. Empty names and unset bounds mean "all". */
struct TrendSelection
{
    QString account;              ///< account name
    QString folder;               ///< folder path ('/'-separated), in that account or in any
    std::optional<qint64> fromUtc; ///< received_utc >= fromUtc
    std::optional<qint64> toUtc;   ///< received_utc < toUtc (exclusive)
    std::optional<int> verdict;    ///< a store::Verdict; unset: every message, classified or not
};

class TrendReader
{
public:
    explicit TrendReader(Database &db) : m_db(db) {}

    /** An error naming what does not exist when the selection's account or folder is unknown. */
    Status check(const TrendSelection &sel);

    /** Calls fn(receivedUtc, verdict) per message, in no promised order (a table scan is the
     *  fastest read; verdict -1: not classified). fn returns false to stop early (cancel);
     *  that is not an error. */
    Status forEachTime(const TrendSelection &sel, const std::function<bool(qint64 utc, int verdict)> &fn);

    /** Same with the message's id and subject (for campaign detection), in no promised order:
     *  walking messages_time costs a random table read per row (10 s for 1M rows against 0.5 s
     *  for a scan, measured). */
    Status forEachSubject(const TrendSelection &sel,
                          const std::function<bool(qint64 utc, int verdict, qint64 id, const QString &subject)> &fn);

private:
    Result<Statement> select(const char *columns, const TrendSelection &sel);
    Database &m_db;
};

} // namespace mailtide::store
