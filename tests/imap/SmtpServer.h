#pragma once
/** @short A throw-away real Postfix for tests: an open relay or a closed server on loopback.
 *
 * Owns one temporary directory under /tmp (main.cf, master.cf, queue, data, a self-signed
 * certificate, the mail log and a Maildir) and one Postfix `master -d` process, a child of the test
 * process (SIGTERM if the starting thread dies, PR_SET_PDEATHSIG). Nothing of /etc/postfix is used
 * but the daemons; no syslog (maillog_file + postlogd), no systemd. The SMTP port is picked free on
 * 127.0.0.1 at run time; STARTTLS is offered with the certificate in caFile().
 *
 * Both modes accept mail for localDomain() and deliver it to deliveredMessages() (the mailto
 * unsubscribe lands there). OpenRelay: loopback clients may relay anywhere (the classic
 * misconfiguration, `mynetworks = 127.0.0.0/8`). Closed: only localDomain() is accepted. A relayed
 * message never leaves the machine: outside delivery is deferred and stays in the queue, where
 * queuedMessages() sees it, and every message Postfix accepts leaves a "client=" line in the log.
 *
 * Postfix needs root (its master binds and hands out privileges); start() says so otherwise.
 * Blocking calls, for the test's own thread; not thread-safe. */
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace mailtide::test {

class SmtpServer
{
public:
    enum class Mode { OpenRelay, Closed };

    SmtpServer();
    ~SmtpServer(); ///< stop(), then removes the directory
    SmtpServer(const SmtpServer &) = delete;
    SmtpServer &operator=(const SmtpServer &) = delete;

    /** Writes the config and starts Postfix; returns once the port greets with "220". The error
     *  carries the tail of the mail log. Can be called again after stop(). */
    mailtide::Status start(Mode mode);
    /** SIGTERM to master (it stops its children), waits up to 3 s, then SIGKILL. Keeps the
     *  directory (log, queue, mail) until destruction or the next start(). */
    void stop();
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const;
    QString localDomain() const { return QStringLiteral("local.test"); }
    QString caFile() const; ///< the self-signed certificate (PEM) to trust for STARTTLS
    QString logFile() const;
    /** The mail log so far. Postfix writes it through postlogd, a moment after the event:
     *  waitForLog() waits for a line first. */
    QString log() const;
    /** Waits up to timeoutMs for the log to contain `needle`. */
    bool waitForLog(const QString &needle, int timeoutMs = 5000) const;
    /** Messages delivered to localDomain(), in delivery order, as stored (Postfix adds
     *  Return-Path, Delivered-To and Received). */
    QList<QByteArray> deliveredMessages() const;
    /** Files in the queue (maildrop, incoming, active, deferred, hold): 0 when no message was ever
     *  accepted for outside delivery. */
    int queuedMessages() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::test
