#pragma once
/** @short Tests, adds or syncs an IMAP account on a worker thread, with progress and cancel.
 *
 * Create it, move it to a QThread, connect the thread's started() to run(). It opens its own
 * database connection and its own IMAP connection in run() (STYLE 5: the worker owns its CURL
 * handle and its DB connection) and reports through signals, which arrive queued on the GUI
 * thread. cancel() may be called from any thread.
 *
 * The password (when the account has no password command) is handed in by the GUI, which read it
 * from the keyring or asked for it; it lives in this object's memory only until run() has
 * connected, and is never written anywhere. */
#include "store/Types.h"

#include <QObject>

#include <atomic>

namespace mailtide::jobs {

class SyncJob : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Test,       ///< connect, log in, list the folders; writes nothing
        AddAndSync, ///< connect; when that works, store the account, then sync it
        Sync,       ///< sync a stored account (account.name is enough)
    };
    Q_ENUM(Mode)

    SyncJob(QString dbPath, store::ImapAccount account, QByteArray password, Mode mode, QObject *parent = nullptr);
    ~SyncJob() override;

    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** Folder folderIndex of folderCount; done of total new messages in it; messages per second. */
    void progress(const QString &folder, int folderIndex, int folderCount, qint64 done, qint64 total, double rate);
    /** ok=false: message says what failed, failureKind is an imap::FailureKind (as int); for an
     *  untrusted certificate, fingerprint (SHA-256 hex) and pin (to store if the user trusts it).
     *  ok=true: message is the summary (translated), learned what the sync learned. */
    void finished(bool ok, const QString &message, int failureKind, const QString &fingerprint, const QString &pin);

private:
    QString m_dbPath;
    store::ImapAccount m_account;
    QByteArray m_password;
    Mode m_mode;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::jobs
