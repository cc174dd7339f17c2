#pragma once
/** @short The SQL behind unsubscribes (schema version 6): each one recorded, and the senders that
 *  keep mailing after it.
 *
 * Works on a Database owned by the caller, on the caller's thread. Every write is one transaction.
 * Stores no secret and no message body: who, how, the target URI, when and the outcome. */
#include "store/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace mailtide::store {

struct UnsubscribeRecord
{
    qint64 id = 0;      ///< set by record()
    QString account;    ///< account name
    QString sender;     ///< From address (lower-cased when recorded)
    QString listId;     ///< "" when none
    QString method;     ///< "one-click", "mailto", "browser", "refused" (hygiene::toString)
    QString target;     ///< the URI acted on ("" for a refusal without one)
    qint64 atUtc = 0;
    QString result;     ///< "done", "failed", "refused"
    QString detail;     ///< plain words: the server's answer, the error, the refusal's reason
};

/** A sender still mailing after an unsubscribe: a rule to offer. */
struct StillMailing
{
    UnsubscribeRecord unsubscribe;
    int messagesAfter = 0;     ///< received more than graceDays after the unsubscribe
    qint64 lastReceivedUtc = 0;
};

class UnsubscribeLog
{
public:
    explicit UnsubscribeLog(Database &db) : m_db(db) {}

    /** Adds a row; the account must exist (an Error names it otherwise). Returns the row id. */
    Result<qint64> record(const UnsubscribeRecord &r);
    /** Every unsubscribe, newest first; empty account: all accounts. */
    Result<QList<UnsubscribeRecord>> list(const QString &account = {});
    /** Successful unsubscribes ("done") whose sender's mail (same account, same From address) still
     *  arrived more than graceDays after them — RFC 8058 gives senders two days. Newest first. */
    Result<QList<StillMailing>> stillMailing(int graceDays = 2);
    /** The stored verdict (a store::Verdict) of the message with this Message-ID (without angle
     *  brackets) in the account, -1 when it is stored unclassified, nullopt when it is not stored. */
    Result<std::optional<int>> verdictOf(const QString &account, const QString &messageId);

private:
    Database &m_db;
};

} // namespace mailtide::store
