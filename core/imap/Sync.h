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
 * Learning from the user (with a Learner set): what arrives in the Junk folder is learned as spam;
 * what the user kept in the inbox — read and older than hamAfterDays — as not spam. A message
 * that left the inbox and arrived in Junk in the same sync, or the other way round (same
 * Message-ID), is a correction: the learner unlearns the old label and learns the new one. Learning
 * commits right after the batch it came with.
 *
 * Runs on the thread that owns the Store and the Connection (a worker per account in the GUI, the
 * main thread in the CLI). While it reads a batch, the previous one is parsed (on two threads),
 * classified, stored and learned on another; the store, the classifier and the learner are used
 * there alone and handed back before sync() touches them again. Progress is reported on the
 * calling thread. */
#include "classify/Tokenizer.h"
#include "imap/Connection.h"
#include "store/Types.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mailtide::store {
class Store;
}
namespace mailtide::classify {
class Classifier;
class Learner;
}

namespace mailtide::imap {

struct SyncOptions
{
    QStringList folders;       ///< empty: every selectable folder
    qint64 fetchBytes = 65536; ///< how much of each message is read (BODY.PEEK[]<0.N>)
    int batch = 200;           ///< messages per UID FETCH and per commit
    int hamAfterDays = 3;      ///< an inbox message read and older than this teaches "not spam"
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
    qint64 learnedSpam = 0;   ///< messages that taught "spam" (Junk)
    qint64 learnedHam = 0;    ///< messages that taught "not spam" (kept in the inbox)
    qint64 movedToJunk = 0;   ///< of those, moved by the user from the inbox to Junk...
    qint64 movedFromJunk = 0; ///< ... or from Junk back to the inbox
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
    /** Learns from the Junk folder, the inbox and the user's moves (nullptr: learns nothing). */
    void setLearner(classify::Learner *l) { m_learner = l; }
    /** "Now", for the age of inbox messages (tests pin it). Default: the system clock. */
    void setNow(qint64 nowUtc) { m_now = nowUtc; }
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    /** Set from any thread to stop after the current message; the connection is dropped. */
    void setCancelFlag(const std::atomic_bool *flag);

    /** Syncs an open, logged-in connection's folders into the account. */
    Result<SyncReport> sync(qint64 accountId, const SyncOptions &options);

private:
    struct FolderRef
    {
        qint64 id = 0;
        QByteArray serverName;
        QString path;
        QString specialUse;
    };
    Status syncFolder(qint64 accountId, const FolderRef &folder, bool condstore, const SyncOptions &o,
                      FolderSyncReport &report, SyncProgress &progress, SyncReport &total);
    /** Whether a message with this Message-ID was at `place` (a special use such as "\\Junk", or
     *  "INBOX") before this sync: stored there when the sync began, or left it during the sync.
     *  One query per place and sync, not per message. */
    Result<bool> wasIn(qint64 accountId, const QString &messageId, const QString &place);

    store::Store &m_store;
    Connection &m_c;
    const classify::Classifier *m_classifier = nullptr;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    classify::Learner *m_learner = nullptr;
    classify::Tokenizer m_tokenizer;
    qint64 m_now = 0;
    QHash<QString, QString> m_left; ///< Message-ID -> the place it left during this sync
    qint64 m_rowsBefore = 0; ///< the last message row id when the sync began
    QHash<QString, QSet<QString>> m_idsAt; ///< place -> Message-IDs stored there when the sync began (read once)
};

} // namespace mailtide::imap
