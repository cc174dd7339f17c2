/** imap_server [--count N] [--sample DIR]   (a benchmark helper, not a test; see imap_sync.sh)
 *
 * Starts a throw-away Dovecot (tests/imap/DovecotServer: free loopback ports, self-signed certificate,
 * one user) and fills its INBOX with N messages (default 10,000) from the public corpus, cycling through
 * the sample mailbox's files (its groups interleaved, each sorted by name; files named cmds* skipped)
 * until N are written.
 * Messages are written as Maildir files, not appended, so filling takes seconds.
 *
 * Then prints shell-readable KEY=VALUE lines on stdout (HOST, IMAP_PORT, IMAPS_PORT, USER,
 * PASSWORD_FILE, CA_FILE, COUNT, BYTES, MAILDIR, LOG_FILE), READY=1 last, and waits until stdin closes
 * or SIGTERM/SIGINT arrives; then stops Dovecot and removes its directory. Progress and errors go to
 * stderr. Exit 0, or 1 when the server could not be started or filled. */
#include "DovecotServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <poll.h>
#include <unistd.h>

#ifndef MAILTIDE_SAMPLE_DIR
#define MAILTIDE_SAMPLE_DIR ""
#endif

namespace {

volatile std::sig_atomic_t g_stop = 0;
void onSignal(int) { g_stop = 1; }

/** Single-quoted for sh: ' becomes '\''. */
QByteArray shellQuote(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\'', "'\\''");
    return '\'' + v + '\'';
}

/** Until stdin reaches EOF (or errors) or a signal asked us to stop. */
void waitForStdinCloseOrSignal()
{
    char buf[4096];
    while (!g_stop) {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        const int r = ::poll(&p, 1, 200);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return;
        if (r == 0) continue;
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) return;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    int count = 10000;
    QString sample = QStringLiteral(MAILTIDE_SAMPLE_DIR);
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--count") && i + 1 < args.size())
            count = args[++i].toInt(&ok);
        else if (args[i] == QLatin1String("--sample") && i + 1 < args.size())
            sample = args[++i];
        else
            ok = false;
        if (!ok || count < 1) {
            err << "usage: imap_server [--count N] [--sample DIR]" << Qt::endl;
            return 2;
        }
    }

    // The corpus, read once: about 6,000 files, 43 MB. Groups interleaved (the first file of each
    // group, then the second of each...), so that any N has ham and spam mixed as in a real inbox.
    QList<QList<QByteArray>> groups;
    for (const QString &sub : QDir(sample).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir d(sample + QLatin1Char('/') + sub);
        QList<QByteArray> group;
        for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
            if (name.startsWith(QLatin1String("cmds"))) continue;
            QFile f(d.filePath(name));
            if (f.open(QIODevice::ReadOnly)) group << f.readAll();
        }
        groups << group;
    }
    QList<QByteArray> corpus;
    for (qsizetype i = 0, added = 1; added; ++i) {
        added = 0;
        for (const auto &group : std::as_const(groups))
            if (i < group.size()) {
                corpus << group[i];
                ++added;
            }
    }
    if (corpus.isEmpty()) {
        err << "imap_server: no messages in the sample mailbox " << sample
            << " (installer/fetch-sample.sh unpacks it)" << Qt::endl;
        return 1;
    }

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN); // a reader that went away must not skip stop()

    mailtide::test::DovecotServer server;
    if (mailtide::Status s = server.start(); !s) {
        err << "imap_server: " << s.error().toString() << Qt::endl;
        return 1;
    }
    // One fixed INTERNALDATE for all: runs agree, and nothing depends on the clock.
    const QDateTime date = QDateTime::fromSecsSinceEpoch(1700000000);
    qint64 bytes = 0;
    for (int i = 0; i < count && !g_stop; ++i) {
        const QByteArray &m = corpus[i % corpus.size()];
        if (mailtide::Status s = server.addMessage(QStringLiteral("INBOX"), m, {}, date); !s) {
            err << "imap_server: " << s.error().toString() << Qt::endl;
            return 1;
        }
        bytes += m.size();
    }
    if (g_stop) return 1;

    const QString passwordFile = QFileInfo(server.caFile()).absolutePath() + QStringLiteral("/bench-password");
    QFile pf(passwordFile);
    if (!pf.open(QIODevice::WriteOnly) || !pf.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        pf.write(server.password().toUtf8()) < 0 || !pf.flush()) {
        err << "imap_server: cannot write " << passwordFile << Qt::endl;
        return 1;
    }
    pf.close();

    QTextStream out(stdout);
    const auto line = [&](const char *key, const QString &value) { out << key << '=' << shellQuote(value) << '\n'; };
    line("HOST", server.host());
    line("IMAP_PORT", QString::number(server.imapPort()));
    line("IMAPS_PORT", QString::number(server.imapsPort()));
    line("USER", server.user());
    line("PASSWORD_FILE", passwordFile);
    line("CA_FILE", server.caFile());
    line("COUNT", QString::number(count));
    line("BYTES", QString::number(bytes));
    line("MAILDIR", server.mailDir());
    line("LOG_FILE", server.logFile());
    out << "READY=1" << Qt::endl;

    waitForStdinCloseOrSignal();
    server.stop();
    return 0;
}
