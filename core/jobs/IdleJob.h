#pragma once
/** @short Watches an IMAP account's inbox with IDLE (RFC 2177) on a worker thread, so new mail
 *  arrives without polling while the window is open.
 *
 * Create it, move it to a QThread, connect the thread's started() to run(). It opens its own IMAP
 * connection (no database connection after reading the account), EXAMINEs INBOX and idles; when the
 * server reports new, removed or changed messages it emits changed() and idles again — the window
 * answers with a sync. The IDLE is renewed every 25 minutes (servers end one after 30). A server
 * without IDLE is asked with NOOP every 5 minutes instead (it reports what changed since, RFC 3501
 * 6.1.2). A lost connection is retried after a pause; a refused login or an untrusted certificate
 * ends the job with the reason. stop() may be called from any thread; run() returns within a
 * fraction of a second. */
#include <QObject>

#include <atomic>

namespace mailtide::jobs {

class IdleJob : public QObject
{
    Q_OBJECT
public:
    IdleJob(QString dbPath, QString account, QByteArray password, QObject *parent = nullptr);
    ~IdleJob() override;

    void stop() { m_stop = true; }
    /** Test hook: how long to wait before reconnecting after a lost connection (default 60 s). */
    void setRetryDelayMs(int ms) { m_retryMs = ms; }
    /** Test hook: how often a server without IDLE is asked (default 5 minutes). */
    void setPollIntervalMs(int ms) { m_pollMs = ms; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** Connected and watching; polling: the server has no IDLE, and is asked every few minutes. */
    void watching(const QString &account, bool polling);
    void changed(const QString &account);
    /** The job ended: stopped by the window (reason empty) or for the reason given. */
    void ended(const QString &account, const QString &reason);

private:
    bool pause(int ms); ///< false when stopped meanwhile

    QString m_dbPath;
    QString m_account;
    QByteArray m_password;
    std::atomic_bool m_stop{false};
    int m_retryMs = 60000;
    int m_pollMs = 5 * 60 * 1000;
};

} // namespace mailtide::jobs
