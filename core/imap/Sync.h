#pragma once
/** @short Incremental sync of an IMAP account's folders into the store, classifying on arrival.
 *
 * Per folder (RFC 3501 2.3.1.1, RFC 4549): EXAMINE (never sets \Seen); a changed UIDVALIDITY
 * discards what the store held for the folder; UIDs the server no longer has are removed; flags are
 * refreshed (only what changed since the last MODSEQ when CONDSTORE is offered, RFC 7162); new UIDs
 * are fetched in batches — INTERNALDATE, RFC822.SIZE, FLAGS and the first fetchBytes of the message
 * by BODY.PEEK — classified, stored, and the bytes dropped. Each batch commits on its own, and the
 * folder's UIDNEXT/HIGHESTMODSEQ are written only when the folder is complete: a sync killed half
 * way resumes where it stopped, and the store's unique (folder, UID) key makes a duplicate
 * impossible.
 *
 * Runs on the thread that owns the Store and the Connection (a worker per account in the GUI, the
 * main thread in the CLI). */
#include "imap/Connection.h"
#include "store/Types.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace mailtide::store {
class Store;
}
namespace mailtide::classify {
class Classifier;
}

namespace mailtide::imap {

struct SyncOptions
{
    QStringList folders;       ///< empty: every selectable folder
    qint64 fetchBytes = 65536; ///< how much of each message is read (BODY.PEEK[]<0.N>)
    int batch = 200;           ///< messages per UID FETCH and per commit
};

struct FolderSyncReport
{
    QString folder;
    qint64 onServer = 0;
    qint64 added = 0;
    qint64 removed = 0;
    qint64 flagsChanged = 0;
    qint64 spam = 0;
    bool uidValidityChanged = false;
    bool unchanged = false; ///< CONDSTORE said nothing changed: nothing was fetched
};

struct SyncReport
{
    QVector<FolderSyncReport> folders;
    qint64 added = 0;
    qint64 removed = 0;
    qint64 flagsChanged = 0;
    qint64 spam = 0;
    qint64 bytes = 0;
    double seconds = 0;
    bool cancelled = false;
};

struct SyncProgress
{
    QString folder;
    int folderIndex = 0; ///< 1-based
    int folderCount = 0;
    qint64 done = 0;  ///< new messages fetched in this folder
    qint64 total = 0; ///< new messages to fetch in this folder
    double messagesPerSecond = 0;
};

class Syncer
{
public:
    using ProgressFn = std::function<void(const SyncProgress &)>;

    Syncer(store::Store &store, Connection &connection) : m_store(store), m_c(connection) {}

    /** Classifies each new message (nullptr: store no verdict). Must outlive sync(). */
    void setClassifier(const classify::Classifier *c) { m_classifier = c; }
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    /** Set from any thread to stop after the current message; the connection is dropped. */
    void setCancelFlag(const std::atomic_bool *flag);

    /** Syncs an open, logged-in connection's folders into the account. */
    Result<SyncReport> sync(qint64 accountId, const SyncOptions &options);

private:
    Status syncFolder(qint64 accountId, qint64 folderId, const QByteArray &serverName, const QString &path,
                      bool condstore, const SyncOptions &o, FolderSyncReport &report, SyncProgress &progress);

    store::Store &m_store;
    Connection &m_c;
    const classify::Classifier *m_classifier = nullptr;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace mailtide::imap
