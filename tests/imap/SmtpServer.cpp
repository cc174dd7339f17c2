#include "SmtpServer.h"

#include "ServerTools.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <optional>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace mailtide::test {

namespace {

constexpr int kStartAttempts = 5;
constexpr int kReadyTimeoutMs = 10000;
constexpr int kStopTimeoutMs = 3000;

Error error(const QString &message, const QString &detail = {})
{
    return Error{message, detail};
}

/** The first line the port sends, or nothing when it refuses or stays silent for a second. */
std::optional<QByteArray> greeting(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return std::nullopt;
    timeval timeout{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    std::optional<QByteArray> result;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        QByteArray line;
        char buf[512];
        while (!line.contains('\n')) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            line.append(buf, n);
        }
        if (line.contains('\n')) {
            result = line.left(line.indexOf('\n')).trimmed();
            ::send(fd, "QUIT\r\n", 6, MSG_NOSIGNAL);
        }
    }
    ::close(fd);
    return result;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString tail(const QString &text, int lines)
{
    QStringList all = text.split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

Result<QByteArray> run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return error(QStringLiteral("%1 %2 failed").arg(program, args.join(u' ')),
                     QString::fromLocal8Bit(p.readAll()).trimmed());
    return p.readAll();
}

// Every message for outside is deferred (defer_transports = smtp) and so stays in the queue: a relay
// test that went wrong is visible there, and nothing ever leaves the machine.
const char *const kMainCf = R"(# Written by mailtide::test::SmtpServer; nothing from /etc/postfix/main.cf is used.
compatibility_level = 3.6
queue_directory = @DIR@/queue
data_directory = @DIR@/data
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
maillog_file = @DIR@/maillog
maillog_file_prefixes = @DIR@
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mx.local.test
mydomain = local.test
mydestination =
alias_maps =
alias_database =
biff = no
smtpd_banner = $myhostname ESMTP
mynetworks = @NETWORKS@
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_cert_file = @DIR@/cert.pem
smtpd_tls_key_file = @DIR@/key.pem
default_transport = smtp
relayhost = [127.0.0.1]:9
defer_transports = smtp
virtual_mailbox_domains = local.test
virtual_mailbox_base = @DIR@/mail
virtual_mailbox_maps = static:inbox/
virtual_uid_maps = static:@UID@
virtual_gid_maps = static:@GID@
virtual_minimum_uid = 1
)";

const char *const kMasterCf = R"(127.0.0.1:@PORT@ inet n - n - - smtpd
pickup    unix  n - n 60    1 pickup
cleanup   unix  n - n -     0 cleanup
qmgr      unix  n - n 300   1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n -     - trivial-rewrite
bounce    unix  - - n -     0 bounce
defer     unix  - - n -     0 bounce
trace     unix  - - n -     0 bounce
verify    unix  - - n -     1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -     - proxymap
showq     unix  n - n -     - showq
error     unix  - - n -     - error
retry     unix  - - n -     - error
discard   unix  - - n -     - discard
smtp      unix  - - n -     - smtp
relay     unix  - - n -     - smtp
virtual   unix  - n n -     - virtual
anvil     unix  - - n -     1 anvil
scache    unix  - - n -     1 scache
postlog   unix-dgram n - n - 1 postlogd
)";

} // namespace

struct SmtpServer::Private
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> master;
    quint16 port = 0;

    QString path(const QString &name) const { return dir ? dir->filePath(name) : QString(); }
    Status prepare(Mode mode);
    Status launch();
};

Status SmtpServer::Private::prepare(Mode mode)
{
    if (geteuid() != 0)
        return error(QStringLiteral("The Postfix test server needs root (its master process hands out privileges)"));
    // getpwnam() returns static storage: keep the ids before the next call.
    const passwd *pw = getpwnam("postfix");
    if (!pw) return error(QStringLiteral("User postfix is needed (install the postfix package)"));
    const uid_t postfixUid = pw->pw_uid;
    const gid_t postfixGid = pw->pw_gid;
    pw = getpwnam("nobody");
    if (!pw) return error(QStringLiteral("User nobody is needed for the delivered mail"));
    const uid_t nobodyUid = pw->pw_uid;
    const gid_t nobodyGid = pw->pw_gid;
    dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mtpf-XXXXXX"));
    if (qEnvironmentVariableIsSet("MAILTIDE_KEEP_TEST_DIRS")) dir->setAutoRemove(false); // to read the logs after
    if (!dir->isValid())
        return error(QStringLiteral("Cannot create a temporary directory in /tmp"), dir->errorString());
    // Postfix's daemons (user postfix) and the virtual delivery agent (nobody) traverse it.
    QFile::setPermissions(dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                           QFile::ExeOther);
    for (const char *sub : {"conf", "queue", "data", "mail"})
        if (!QDir().mkdir(path(QString::fromLatin1(sub))))
            return error(QStringLiteral("Cannot create %1").arg(path(QString::fromLatin1(sub))));
    if (::chown(QFile::encodeName(path(QStringLiteral("data"))).constData(), postfixUid, postfixGid) != 0 ||
        ::chown(QFile::encodeName(path(QStringLiteral("mail"))).constData(), nobodyUid, nobodyGid) != 0)
        return error(QStringLiteral("Cannot chown the data and mail directories"),
                     QString::fromLocal8Bit(strerror(errno)));

    const QString openssl = findTool(QStringLiteral("openssl"));
    if (openssl.isEmpty()) return error(QStringLiteral("openssl not found (install the openssl package)"));
    Result<QByteArray> req =
        run(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                      QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                      path(QStringLiteral("cert.pem"))});
    if (!req) return req.error();

    QString mainCf = QString::fromUtf8(kMainCf);
    mainCf.replace(QStringLiteral("@DIR@"), dir->path());
    // Closed: a network nobody connects from (TEST-NET-1, RFC 5737), so loopback is "outside".
    mainCf.replace(QStringLiteral("@NETWORKS@"), mode == Mode::OpenRelay ? QStringLiteral("127.0.0.0/8")
                                                                         : QStringLiteral("192.0.2.1/32"));
    mainCf.replace(QStringLiteral("@UID@"), QString::number(nobodyUid));
    mainCf.replace(QStringLiteral("@GID@"), QString::number(nobodyGid));
    QFile f(path(QStringLiteral("conf/main.cf")));
    if (!f.open(QIODevice::WriteOnly) || f.write(mainCf.toUtf8()) < 0)
        return error(QStringLiteral("Cannot write %1").arg(f.fileName()), f.errorString());
    return {};
}

Status SmtpServer::Private::launch()
{
    QString masterCf = QString::fromUtf8(kMasterCf);
    masterCf.replace(QStringLiteral("@PORT@"), QString::number(port));
    QFile f(path(QStringLiteral("conf/master.cf")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(masterCf.toUtf8()) < 0)
        return error(QStringLiteral("Cannot write %1").arg(f.fileName()), f.errorString());
    f.close();

    const QString postfix = findTool(QStringLiteral("postfix"));
    if (postfix.isEmpty()) return error(QStringLiteral("postfix not found (install the postfix package)"));
    // `postfix check` creates the queue's subdirectories with Postfix's owners and modes.
    if (Result<QByteArray> check = run(postfix, {QStringLiteral("-c"), path(QStringLiteral("conf")),
                                                 QStringLiteral("check")});
        !check)
        return check.error();
    const QString masterBin = QStringLiteral("/usr/lib/postfix/sbin/master");
    if (!QFileInfo(masterBin).isExecutable()) return error(QStringLiteral("%1 not found").arg(masterBin));

    master = std::make_unique<QProcess>();
    master->setStandardInputFile(QProcess::nullDevice());
    master->setProcessChannelMode(QProcess::MergedChannels);
    master->setStandardOutputFile(path(QStringLiteral("master.out")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAIL_CONFIG"), path(QStringLiteral("conf")));
    master->setProcessEnvironment(env);
    master->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // -d: stay in the foreground, a child of the test.
    master->start(masterBin, {QStringLiteral("-c"), path(QStringLiteral("conf")), QStringLiteral("-d")});
    if (!master->waitForStarted(5000))
        return error(QStringLiteral("Cannot run %1").arg(masterBin), master->errorString());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kReadyTimeoutMs) {
        if (master->waitForFinished(20) || master->state() == QProcess::NotRunning)
            return error(QStringLiteral("Postfix exited with code %1 while starting").arg(master->exitCode()),
                         tail(readText(path(QStringLiteral("master.out"))) + u'\n' +
                                  readText(path(QStringLiteral("maillog"))),
                              15));
        if (const std::optional<QByteArray> line = greeting(port)) {
            if (line->startsWith("220")) return {};
            return error(QStringLiteral("Postfix greeted with something other than 220"), QString::fromUtf8(*line));
        }
    }
    return error(QStringLiteral("Postfix did not answer on port %1 within %2 ms").arg(port).arg(kReadyTimeoutMs),
                 tail(readText(path(QStringLiteral("maillog"))), 15));
}

SmtpServer::SmtpServer() : d(std::make_unique<Private>()) {}

SmtpServer::~SmtpServer()
{
    stop();
}

Status SmtpServer::start(Mode mode)
{
    stop();
    if (Status s = d->prepare(mode); !s) return s;
    Status last;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        Result<quint16> port = freePort();
        if (!port) return port.error();
        d->port = *port;
        last = d->launch();
        if (last) return last;
        stop();
        // Another process took the port between freePort() and Postfix's bind(): pick a new one.
        if (!log().contains(QStringLiteral("Address already in use"))) break;
    }
    return Error{QStringLiteral("Cannot start Postfix (config %1)").arg(d->path(QStringLiteral("conf"))),
                 last.error().toString()};
}

void SmtpServer::stop()
{
    if (!d->master) return;
    if (d->master->state() != QProcess::NotRunning) {
        const qint64 pid = d->master->processId();
        ::kill(pid_t(pid), SIGTERM);
        if (!d->master->waitForFinished(kStopTimeoutMs)) {
            ::kill(pid_t(pid), SIGKILL);
            d->master->waitForFinished(kStopTimeoutMs);
        }
    }
    d->master.reset();
}

bool SmtpServer::isRunning() const
{
    return d->master && d->master->state() == QProcess::Running;
}

quint16 SmtpServer::port() const
{
    return d->port;
}

QString SmtpServer::caFile() const
{
    return d->path(QStringLiteral("cert.pem"));
}

QString SmtpServer::logFile() const
{
    return d->path(QStringLiteral("maillog"));
}

QString SmtpServer::log() const
{
    return readText(logFile());
}

bool SmtpServer::waitForLog(const QString &needle, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    do {
        if (log().contains(needle)) return true;
        QThread::msleep(50);
    } while (timer.elapsed() < timeoutMs);
    return false;
}

QList<QByteArray> SmtpServer::deliveredMessages() const
{
    QStringList files;
    for (const char *sub : {"mail/inbox/new", "mail/inbox/cur"}) {
        const QDir dir(d->path(QString::fromLatin1(sub)));
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Time | QDir::Reversed))
            files << info.filePath();
    }
    QList<QByteArray> out;
    for (const QString &file : files) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) out << f.readAll();
    }
    return out;
}

int SmtpServer::queuedMessages() const
{
    int count = 0;
    for (const char *sub : {"maildrop", "incoming", "active", "deferred", "hold"}) {
        QDirIterator it(d->path(QStringLiteral("queue/") + QString::fromLatin1(sub)), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

} // namespace mailtide::test
