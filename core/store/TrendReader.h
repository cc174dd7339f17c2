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

/** How a TrendReader reads messages. Covering (the default): from an index that holds every
 *  column it reads (messages_time, or messages_folder_time when a folder is chosen; schema
 *  version 5), in time order, never touching the table. TableScan: the table itself, as before
 *  version 5; kept so the benchmark can compare the two in one run and tests can check they
 *  agree. */
enum class TrendPlan { Covering, TableScan };

/** Which messages a trend counts. Empty names and unset bounds mean "all". */
struct TrendSelection
{
    QString account;              ///< account name
    QString folder;               ///< folder path ('/'-separated), in that account or in any
    std::optional<qint64> fromUtc; ///< received_utc >= fromUtc
    std::optional<qint64> toUtc;   ///< received_utc < toUtc (exclusive)
    std::optional<int> verdict;    ///< a store::Verdict; unset: every message, classified or not
    TrendPlan plan = TrendPlan::Covering;
};

class TrendReader
{
public:
    explicit TrendReader(Database &db) : m_db(db) {}

    /** An error naming what does not exist when the selection's account or folder is unknown. */
    Status check(const TrendSelection &sel);

    /** Calls fn(receivedUtc, verdict) per message (verdict -1: not classified), in no promised
     *  order (with the Covering plan: ascending time, per folder when a folder or an account is
     *  chosen). fn
     *  returns false to stop early (cancel); that is not an error. */
    Status forEachTime(const TrendSelection &sel, const std::function<bool(qint64 utc, int verdict)> &fn);

    /** The rows of forEachTime a block at a time (up to 4,096: no call per row, for the
     *  aggregations' inner loops): fn(utc, verdict, n) sees utc[i], verdict[i] for i < n, valid
     *  during the call. fn returns false to stop early. */
    Status forEachTimeBlock(const TrendSelection &sel,
                            const std::function<bool(const qint64 *utc, const int *verdict, int n)> &fn);

    /** Calls fn(receivedUtc, verdict, id) per message, newest first (received time, then id,
     *  both descending), from messages_time alone whatever the plan: the "messages in this bar"
     *  list stops after its first page. */
    Status forEachNewest(const TrendSelection &sel, const std::function<bool(qint64 utc, int verdict, qint64 id)> &fn);

    /** Same as forEachTime with the message's id and subject (for campaign detection), in no
     *  promised order: a table scan, as subjects are in no index (walking messages_time would
     *  cost a random table read per row: 10 s for 1M rows against 0.5 s for a scan, measured).
     *  The subject is its UTF-8 bytes, valid during the call only (most rows need no QString:
     *  the caller decodes the ones it keeps). */
    Status forEachSubject(const TrendSelection &sel,
                          const std::function<bool(qint64 utc, int verdict, qint64 id, QByteArrayView subject)> &fn);

    /** The SQL forEachTime runs for sel (for EXPLAIN QUERY PLAN in tests). */
    static QByteArray timeSql(const TrendSelection &sel);

private:
    static QByteArray sql(const char *columns, const char *from, const TrendSelection &sel, const char *tail = "");
    Result<Statement> prepare(const QByteArray &sql, const TrendSelection &sel);
    Database &m_db;
};

} // namespace mailtide::store
