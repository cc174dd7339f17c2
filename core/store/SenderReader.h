#pragma once
/** @short The SQL behind sender evidence (senders/Evidence.h, senders/Aggregate.h): writing one
 *  message's evidence, reading it back row by row for the reports, the authserv-id each account
 *  trusts, and the messages a re-scan still has to read.
 *
 * Works on a Database owned by the caller, on the caller's thread (a worker for the GUI). Reads
 * messages joined with message_evidence (schema version 6); messages with no evidence row
 * (imported before, or IMAP headers only) are not in the reports until re-scanned. */
#include "store/Database.h"
#include "store/TrendReader.h"
#include "store/Types.h"

#include <QByteArrayView>
#include <QHash>

#include <functional>

namespace mailtide::store {

/** The statement Store::Inserter writes evidence with (INSERT OR REPLACE by message id). */
Result<Statement> prepareEvidenceInsert(Database &db);
/** Writes one evidence row for messageId through a statement from prepareEvidenceInsert. */
Status writeEvidence(Statement &st, qint64 messageId, const EvidenceRow &e);

/** One message as the sender reports read it. Text fields are valid during the callback only. */
struct EvidenceView
{
    qint64 messageId = 0;
    qint64 accountId = 0;
    qint64 receivedUtc = 0;
    int verdict = -1; ///< -1: not classified
    QByteArrayView fromAddr;
    QByteArrayView fromDomain;
    QByteArrayView originIp;
    QByteArrayView originNet;
    QByteArrayView authservId;  ///< the id spf..dmarc came from
    QByteArrayView spf, dkim, dmarc;
    QByteArrayView dkimDomain;
    QByteArrayView subject;
    qint64 flags = 0;
    qint64 fingerprint = 0;
};

/** A stored message whose bytes can be read again (local mail). */
struct RescanTarget
{
    qint64 messageId = 0;
    qint64 accountId = 0;
    QString sourcePath;
    std::optional<qint64> offset;
    std::optional<qint64> length;
};

class SenderReader
{
public:
    explicit SenderReader(Database &db) : m_db(db) {}

    /** Calls fn per message of the selection that has evidence, in no promised order (a table
     *  scan joined by primary key). fn returns false to stop (cancel): not an error. */
    Status forEach(const TrendSelection &sel, const std::function<bool(const EvidenceView &)> &fn);

    /** The authserv-id each account trusts: the one the user set (accounts.authserv_id), else
     *  the top-most id of most of its messages, if that is on top of at least a third of the
     *  account's messages that carry any, and of at least 3. Accounts with neither are absent. */
    Result<QHash<qint64, QString>> trustedAuthservIds();

    /** Sets (or with an empty id, clears) the authserv-id the user says an account's server
     *  writes. An Error when the account does not exist. */
    Status setAuthservId(const QString &account, const QString &authservId);

    /** Local messages with no evidence yet (or every local message when all is true), of one
     *  account or all (accountId 0), in id order, at most limit. */
    Result<QVector<RescanTarget>> rescanTargets(qint64 accountId, bool all, int limit, qint64 afterId);

    /** Writes evidence for an existing message and sets its messages.origin_ip. */
    Status replaceEvidence(qint64 messageId, const EvidenceRow &e);

    /** One message's evidence items (JSON), or an empty string when it has none. */
    Result<QString> itemsOf(qint64 messageId);

private:
    Database &m_db;
    std::optional<Statement> m_replace;
    std::optional<Statement> m_origin;
};

} // namespace mailtide::store
