#pragma once
/** @short A throw-away real Dovecot for integration tests (STYLE 4: test the protocol layer against a
 *  real server).
 *
 * Owns one temporary directory under /tmp (config, self-signed certificate, passwd files, log, base_dir
 * and the Maildir home of user "alice") and one `dovecot -F` master process, which is a child of the
 * test process: it is reaped by us and gets SIGTERM if the thread that called start() dies
 * (PR_SET_PDEATHSIG), so a crashed test leaves no daemon behind. Ports are picked free at run time on
 * 127.0.0.1, never fixed. Works as root (mail owned by nobody:nogroup, login processes as dovenull, as
 * Dovecot requires) and as a normal user (everything runs as that user).
 *
 * Blocking calls, meant for the test's own thread; not thread-safe. Uses Qt Core and POSIX only. */
#include "store/Types.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

namespace mailtide::test {

class DovecotServer
{
public:
    struct Options
    {
        bool xoauth2 = false; ///< also offer XOAUTH2 and OAUTHBEARER, checked against xoauth2Token()
        /** Replaces what Dovecot announces after login (its imap_capability setting), to play a
         *  server without IDLE or MOVE; Dovecot still understands what it no longer announces.
         *  Empty: Dovecot's own list. */
        QString imapCapability;
        /** More users beside alice (same password), each with an empty Maildir: for tests that
         *  need several mailboxes on one server (tests/imap/SelfCheckMailbox.h). */
        QStringList extraUsers;
    };

    DovecotServer();  ///< nothing started
    ~DovecotServer(); ///< stop(), then removes the temporary directory
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    /** Creates the temporary directory, certificate (EC P-256, CN and subjectAltName 127.0.0.1 and
     *  localhost), user, Maildir and config, then starts Dovecot with an IMAP listener (plain +
     *  STARTTLS) and an IMAPS listener on free ports, retrying with new ports if one was taken meanwhile.
     *  Returns once the IMAP port greets with "* OK" and the IMAPS port accepts connections (both are
     *  served by the same imap-login process). The error text includes the tail of Dovecot's log.
     *  Can be called again after stop(): a new directory, new ports, new password. */
    mailtide::Status start(const Options &options);
    mailtide::Status
    start(); ///< with default Options (GCC rejects `= {}` for a nested struct with initialisers)
    /** SIGTERM to base_dir/master.pid, waits up to 3 s (Dovecot itself takes about 1 s), then SIGKILL.
     *  Keeps the directory (log, Maildir) until destruction or the next start(). */
    void stop();
    bool isRunning() const;

    quint16 imapPort() const;
    quint16 imapsPort() const;
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString user() const;
    QString password() const;
    QString xoauth2Token() const; ///< empty unless started with Options::xoauth2
    QString caFile() const;       ///< the self-signed certificate (PEM) to trust
    /** An account for this server as a test adds it: IMAPS, this user, trusting caFile(); no
     *  secret (the caller gives a password, a password command or an OAuth2 command). */
    mailtide::store::ImapAccount imapsAccount(const QString &name) const;
    /** The same for another user of Options::extraUsers. */
    mailtide::store::ImapAccount imapsAccount(const QString &name, const QString &user) const;
    QString certSha256() const;   ///< SHA-256 of the DER certificate, hex lowercase, no colons
    QString logFile() const;
    QString mailDir() const; ///< alice's Maildir (Maildir++ layout, folder names in modified UTF-7)

    /** Writes a message straight into the Maildir folder, created if needed: "INBOX", "Junk",
     *  "Archive/2023" (on disk ".Archive.2023"), "Entwürfe" (on disk ".Entw&APw-rfe", RFC 3501 5.1.3).
     *  File names make UIDs follow call order. flags: Maildir info letters, e.g. "S" for \Seen, "F" for
     *  \Flagged. internalDate (default now) becomes the file's mtime, which Dovecot reports as
     *  INTERNALDATE. Only before the first client selects the folder; use append() after. Names with
     *  "." cannot be stored in Maildir++ and are refused. */
    mailtide::Status addMessage(const QString &folder, const QByteArray &bytes, const QString &flags = {},
                                QDateTime internalDate = {});
    /** addMessage() into another user's Maildir (one of Options::extraUsers, or alice). */
    mailtide::Status addMessageFor(const QString &user, const QString &folder, const QByteArray &bytes,
                                   const QString &flags = {}, QDateTime internalDate = {});
    /** Delivers as another client would, while the server runs (`doveadm save`); sessions that have the
     *  folder selected see it on their next command (untagged EXISTS). The folder must exist. */
    mailtide::Status append(const QString &folder, const QByteArray &bytes);
    /** Deletes and recreates a folder via doveadm: new UIDVALIDITY, no messages. INBOX cannot be deleted,
     *  so it is emptied and given UIDVALIDITY + 1 instead (`doveadm mailbox update --uid-validity`). */
    mailtide::Status recreateFolder(const QString &folder);
    /** Moves the message with this UID from one folder to another as another client would
     *  (`doveadm move`). Fails when there is no such UID. */
    mailtide::Status moveMessage(const QString &from, quint64 uid, const QString &to);
    /** How many messages the user's folder holds, as Dovecot counts them (doveadm mailbox
     *  status); -1 when it cannot say. */
    qint64 messageCount(const QString &folder);
    /** The Message-IDs in the user's folder, each as often as it is there, sorted, read in a fresh
     *  IMAPS session (EXAMINE, BODY.PEEK); one "<... failed>" entry when that session fails. */
    QStringList messageIdsIn(const QString &folder);
    /** Runs doveadm with this server's config (`doveadm -c FILE args...`); returns stdout. Mail commands
     *  need `-u` user(). The error carries the exit code and stderr. */
    mailtide::Result<QByteArray> doveadm(const QStringList &args, const QByteArray &stdinData = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::test
