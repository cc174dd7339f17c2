#include "HttpsServer.h"

#include "ServerTools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <arpa/inet.h>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailtide::test {

namespace {

Error error(const QString &message, const QString &detail = {})
{
    return Error{message, detail};
}

bool accepts(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    const bool ok = fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    if (fd >= 0) ::close(fd);
    return ok;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Status writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() ||
        !f.setPermissions(perms))
        return error(QStringLiteral("Cannot write %1").arg(path), f.errorString());
    return {};
}

// Writes the body and the CGI environment under dot names, then renames them: a reader never sees a
// half-written request. The name sorts by arrival (nanoseconds, then pid).
const char *const kRecorder = R"(#!/bin/sh
dir='@DIR@/requests'
name=$(date +%s%N)-$$
head -c "${CONTENT_LENGTH:-0}" > "$dir/.$name.body"
env > "$dir/.$name.env"
mv "$dir/.$name.body" "$dir/$name.body"
mv "$dir/.$name.env" "$dir/$name.env"
case "$REQUEST_URI" in
  # Up to 15 s, ended early when the test removes the directory: no sleeper outlives the test.
  /hang*) i=0; while [ $i -lt 30 ] && [ -d "$dir" ]; do sleep 0.5; i=$((i+1)); done ;;
  /redirect-to-http*) printf 'Status: 302 Found\r\nLocation: http://127.0.0.1:9/unsubscribed\r\n\r\n'; exit 0 ;;
  /fail*) printf 'Status: 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nbroken\n'; exit 0 ;;
esac
printf 'Status: 200 OK\r\nContent-Type: text/plain\r\n\r\nunsubscribed\n'
)";

const char *const kConfig = R"(# Written by mailtide::test::HttpsServer; nothing from /etc/lighttpd is used.
server.modules = ("mod_openssl", "mod_cgi", "mod_rewrite")
server.document-root = "@DIR@/www"
server.bind = "127.0.0.1"
server.port = @PORT@
server.errorlog = "@DIR@/error.log"
ssl.engine = "enable"
ssl.pemfile = "@DIR@/cert.pem"
ssl.privkey = "@DIR@/key.pem"
# Every path goes to the recorder.
url.rewrite-once = ("" => "/record.cgi")
cgi.assign = (".cgi" => "/bin/sh")
)";

} // namespace

struct HttpsServer::Private
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> daemon;
    quint16 port = 0;
    QString path(const QString &name) const { return dir ? dir->filePath(name) : QString(); }
};

HttpsServer::HttpsServer() : d(std::make_unique<Private>()) {}

HttpsServer::~HttpsServer()
{
    stop();
}

Status HttpsServer::start()
{
    stop();
    const QString lighttpd = findTool(QStringLiteral("lighttpd"));
    if (lighttpd.isEmpty()) return error(QStringLiteral("lighttpd not found (install lighttpd and lighttpd-mod-openssl)"));
    const QString openssl = findTool(QStringLiteral("openssl"));
    if (openssl.isEmpty()) return error(QStringLiteral("openssl not found (install the openssl package)"));
    d->dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mthttps-XXXXXX"));
    if (qEnvironmentVariableIsSet("MAILTIDE_KEEP_TEST_DIRS")) d->dir->setAutoRemove(false); // to read the logs after
    if (!d->dir->isValid()) return error(QStringLiteral("Cannot create a temporary directory in /tmp"));
    if (!QDir().mkdir(d->path(QStringLiteral("www"))) || !QDir().mkdir(d->path(QStringLiteral("requests"))))
        return error(QStringLiteral("Cannot create directories in %1").arg(d->dir->path()));

    QProcess req;
    req.setProcessChannelMode(QProcess::MergedChannels);
    req.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                        QStringLiteral("-keyout"), d->path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                        d->path(QStringLiteral("cert.pem"))});
    if (!req.waitForFinished(30000) || req.exitStatus() != QProcess::NormalExit || req.exitCode() != 0)
        return error(QStringLiteral("openssl req failed"), QString::fromLocal8Bit(req.readAll()).trimmed());

    QByteArray script(kRecorder);
    script.replace("@DIR@", QFile::encodeName(d->dir->path()));
    if (Status s = writeFile(d->path(QStringLiteral("www/record.cgi")), script,
                             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        !s)
        return s;

    QString lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        Result<quint16> port = freePort();
        if (!port) return port.error();
        d->port = *port;
        QByteArray config(kConfig);
        config.replace("@DIR@", QFile::encodeName(d->dir->path()));
        config.replace("@PORT@", QByteArray::number(d->port));
        if (Status s = writeFile(d->path(QStringLiteral("lighttpd.conf")), config, QFile::ReadOwner | QFile::WriteOwner); !s)
            return s;
        d->daemon = std::make_unique<QProcess>();
        d->daemon->setStandardInputFile(QProcess::nullDevice());
        d->daemon->setProcessChannelMode(QProcess::MergedChannels);
        d->daemon->setStandardOutputFile(d->path(QStringLiteral("daemon.out")));
        d->daemon->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        // -D: stay in the foreground, a child of the test.
        d->daemon->start(lighttpd, {QStringLiteral("-D"), QStringLiteral("-f"), d->path(QStringLiteral("lighttpd.conf"))});
        if (!d->daemon->waitForStarted(5000)) return error(QStringLiteral("Cannot run %1").arg(lighttpd), d->daemon->errorString());
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (d->daemon->waitForFinished(20) || d->daemon->state() == QProcess::NotRunning) break;
            if (accepts(d->port)) return {};
        }
        lastError = QString::fromUtf8(readFile(d->path(QStringLiteral("daemon.out"))) +
                                      readFile(d->path(QStringLiteral("error.log"))));
        stop();
        if (!lastError.contains(QStringLiteral("Address already in use"))) break;
    }
    return error(QStringLiteral("Cannot start lighttpd (config %1)").arg(d->path(QStringLiteral("lighttpd.conf"))),
                 lastError.trimmed());
}

void HttpsServer::stop()
{
    if (!d->daemon) return;
    if (d->daemon->state() != QProcess::NotRunning) {
        const qint64 pid = d->daemon->processId();
        ::kill(pid_t(pid), SIGTERM);
        if (!d->daemon->waitForFinished(3000)) {
            ::kill(pid_t(pid), SIGKILL);
            d->daemon->waitForFinished(3000);
        }
    }
    d->daemon.reset();
}

quint16 HttpsServer::port() const
{
    return d->port;
}

QString HttpsServer::caFile() const
{
    return d->path(QStringLiteral("cert.pem"));
}

QString HttpsServer::url(const QString &path) const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(d->port).arg(path);
}

QList<HttpsServer::Request> HttpsServer::requests() const
{
    QList<Request> out;
    const QDir dir(d->path(QStringLiteral("requests")));
    for (const QString &name : dir.entryList({QStringLiteral("*.env")}, QDir::Files, QDir::Name)) {
        Request r;
        const QString base = name.chopped(4);
        r.body = readFile(dir.filePath(base + QStringLiteral(".body")));
        for (const QByteArray &line : readFile(dir.filePath(name)).split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0) continue;
            const QByteArray key = line.left(eq);
            const QByteArray value = line.mid(eq + 1);
            if (key == "REQUEST_METHOD")
                r.method = value;
            else if (key == "REQUEST_URI")
                r.uri = value;
            else if (key == "CONTENT_TYPE" || key == "CONTENT_LENGTH")
                r.headers.insert(key.toLower().replace('_', '-'), value);
            else if (key.startsWith("HTTP_"))
                r.headers.insert(key.mid(5).toLower().replace('_', '-'), value);
        }
        out << r;
    }
    return out;
}

bool HttpsServer::waitForRequests(int n, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    do {
        if (requests().size() >= n) return true;
        QThread::msleep(50);
    } while (timer.elapsed() < timeoutMs);
    return false;
}

} // namespace mailtide::test
