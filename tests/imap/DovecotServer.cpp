#include "DovecotServer.h"

#include "ServerTools.h"

#include "imap/Account.h"
#include "imap/Connection.h"
#include "imap/Session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <cstring>
#include <grp.h>
#include <netinet/in.h>
#include <optional>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace mailtide::test {

namespace {

const QString kUser = QStringLiteral("alice");
constexpr int kStartAttempts = 5;
constexpr int kReadyTimeoutMs = 10000;
constexpr int kStopTimeoutMs = 3000;

Error error(const QString &message, const QString &detail = {})
{
    return Error{message, detail};
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

struct Ids
{
    uid_t uid = 0;
    gid_t gid = 0;
    QString user; ///< runs login and internal processes; empty as root (dovenull, dovecot then)
    QString group;
};

/** As root Dovecot refuses uid 0 for mail and for login processes: mail belongs to nobody:nogroup,
 *  login to dovenull, internals to dovecot (Debian's dovecot-core creates both). As a normal user
 *  everything runs as that user. */
Result<Ids> mailIds()
{
    Ids ids;
    if (geteuid() == 0) {
        const passwd *pw = getpwnam("nobody");
        const group *gr = getgrnam("nogroup");
        if (!pw || !gr)
            return error(QStringLiteral("Running as root needs user nobody and group nogroup for the mail"));
        ids.uid = pw->pw_uid;
        ids.gid = gr->gr_gid;
        return ids;
    }
    const passwd *pw = getpwuid(geteuid());
    const group *gr = getgrgid(getegid());
    if (!pw || !gr)
        return error(QStringLiteral("Dovecot needs the current uid and gid to have names"),
                     QStringLiteral("uid %1, gid %2").arg(geteuid()).arg(getegid()));
    ids.uid = geteuid();
    ids.gid = getegid();
    ids.user = QString::fromLocal8Bit(pw->pw_name);
    ids.group = QString::fromLocal8Bit(gr->gr_name);
    return ids;
}

/** Folder names as Dovecot stores them in Maildir++: modified UTF-7 (RFC 3501 section 5.1.3). */
QByteArray encodeModifiedUtf7(const QString &name)
{
    QByteArray out;
    QByteArray pending; // UTF-16BE of the run of characters being base64-encoded
    const auto flush = [&] {
        if (pending.isEmpty()) return;
        out += '&' + pending.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',') + '-';
        pending.clear();
    };
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            flush();
            out += u == u'&' ? QByteArray("&-") : QByteArray(1, static_cast<char>(u));
        } else {
            pending += static_cast<char>(u >> 8);
            pending += static_cast<char>(u & 0xff);
        }
    }
    flush();
    return out;
}

/** Two distinct free ports on 127.0.0.1, found by binding port 0. Another process may take one before
 *  Dovecot binds it; start() retries then. */
Result<std::pair<quint16, quint16>> freePorts()
{
    int fds[2] = {-1, -1};
    quint16 ports[2] = {0, 0};
    QString failure;
    for (int i = 0; i < 2 && failure.isEmpty(); ++i) {
        fds[i] = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (fds[i] < 0 || ::bind(fds[i], reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
            ::getsockname(fds[i], reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            failure = QString::fromLocal8Bit(strerror(errno));
        else
            ports[i] = ntohs(addr.sin_port);
    }
    for (const int fd : fds)
        if (fd >= 0) ::close(fd);
    if (!failure.isEmpty()) return error(QStringLiteral("Cannot find a free port on 127.0.0.1"), failure);
    return std::pair{ports[0], ports[1]};
}

/** Connects to 127.0.0.1:port; with wantGreeting, also reads the first line. Returns it ("" when only
 *  connecting was asked), or nothing when the port refuses or stays silent. */
std::optional<QByteArray> probe(quint16 port, bool wantGreeting)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return std::nullopt;
    timeval timeout{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    std::optional<QByteArray> result;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        QByteArray line;
        char buf[512];
        while (wantGreeting && !line.contains('\n')) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            line.append(buf, n);
        }
        if (!wantGreeting || line.contains('\n')) result = line.left(line.indexOf('\n')).trimmed();
    }
    ::close(fd);
    return result;
}

QString tail(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QList<QByteArray> all = f.readAll().split('\n');
    QStringList out;
    for (qsizetype i = std::max<qsizetype>(0, all.size() - lines - 1); i < all.size(); ++i)
        if (!all[i].isEmpty()) out << QString::fromUtf8(all[i]);
    return out.join(QLatin1Char('\n'));
}

Status writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() ||
        !f.setPermissions(perms))
        return error(QStringLiteral("Cannot write %1").arg(path), f.errorString());
    return {};
}

Status changeOwner(const QString &path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return error(QStringLiteral("Cannot chown %1").arg(path), QString::fromLocal8Bit(strerror(errno)));
    return {};
}

/** Creates dir and its missing parents below `root`, handing each new directory to the mail owner. */
Status makeMailDirs(const QString &root, const QString &relative, uid_t uid, gid_t gid)
{
    QString path = root;
    for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/') + part;
        if (QFileInfo::exists(path)) continue;
        if (!QDir().mkdir(path) ||
            !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return error(QStringLiteral("Cannot create %1").arg(path));
        if (geteuid() == 0)
            if (Status s = changeOwner(path, uid, gid); !s) return s;
    }
    return {};
}

const char *const kConfigTemplate =
    R"(# Written by mailtide::test::DovecotServer; nothing from /etc/dovecot is included.
base_dir = @DIR@/run
state_dir = @DIR@/state
log_path = @DIR@/dovecot.log
protocols = imap
listen = 127.0.0.1
@LOGIN_USERS@
first_valid_uid = 1
ssl = yes
ssl_cert = <@DIR@/cert.pem
ssl_key = <@DIR@/key.pem
ssl_min_protocol = TLSv1.2
# Tests log in with plain text on loopback too.
disable_plaintext_auth = no
auth_mechanisms = @MECHANISMS@
auth_verbose = yes
# Tests check refused logins; Dovecot's default 2 s delay would only slow them down.
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @DIR@/passwd
  mechanisms = plain login
}
@TOKEN_PASSDB@
userdb {
  driver = static
  args = uid=@UID@ gid=@GID@ home=@DIR@/home/%u allow_all_users=yes
}

namespace inbox {
  inbox = yes
  separator = /
  mailbox Junk {
    auto = create
    special_use = \Junk
  }
  mailbox Trash {
    auto = create
    special_use = \Trash
  }
  mailbox Sent {
    auto = create
    special_use = \Sent
  }
  mailbox Archive {
    auto = create
    special_use = \Archive
  }
  mailbox Drafts {
    auto = create
    special_use = \Drafts
  }
}

protocol imap {
  # Above the default 10, so that a test leaving sessions open does not lock out the next one.
  mail_max_userip_connections = 100
@IMAP_CAPABILITY@}

service imap-login {
  # chroot needs root; it protects nothing in a test.
  chroot =
  inet_listener imap {
    port = @IMAP_PORT@
  }
  inet_listener imaps {
    port = @IMAPS_PORT@
    ssl = yes
  }
}
service anvil {
  chroot =
}
)";

const char *const kTokenPassdb =
    R"(# XOAUTH2/OAUTHBEARER: the bearer token is checked as a password, and only for those mechanisms.
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @DIR@/tokens
  mechanisms = xoauth2 oauthbearer
}
)";

} // namespace

struct DovecotServer::Private
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> master;
    Ids ids;
    quint16 imapPort = 0;
    quint16 imapsPort = 0;
    QString password;
    QString token;
    QString certSha256;
    qint64 nameSeconds = 0; ///< first part of Maildir file names, fixed per server
    int nameCounter = 0;

    QString path(const QString &name) const { return dir ? dir->filePath(name) : QString(); }
    QStringList users{kUser};
    QString mailDir(const QString &user = kUser) const { return path(QStringLiteral("home/") + user + QStringLiteral("/Maildir")); }
    QString logTail() const
    {
        QString text = tail(path(QStringLiteral("daemon.out")), 10);
        const QString log = tail(path(QStringLiteral("dovecot.log")), 20);
        if (!log.isEmpty()) text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + log;
        return text.isEmpty() ? QStringLiteral("(Dovecot logged nothing)") : text;
    }
    Status prepare(const Options &options);
    Status writeConfig(const Options &options);
    Status launch();
};

Status DovecotServer::Private::prepare(const Options &options)
{
    // base_dir's UNIX socket paths must stay under 108 bytes, so a short path in /tmp, not $TMPDIR.
    dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mtdc-XXXXXX"));
    if (!dir->isValid())
        return error(QStringLiteral("Cannot create a temporary directory in /tmp"), dir->errorString());
    Result<Ids> owner = mailIds();
    if (!owner) return owner.error();
    ids = *owner;
    const bool root = geteuid() == 0;
    // As root, Dovecot's unprivileged processes must traverse it; 0711 lets them without listing it.
    QFile::setPermissions(dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           (root ? QFile::ExeGroup | QFile::ExeOther : QFile::Permissions()));

    const QString openssl = findTool(QStringLiteral("openssl"));
    if (openssl.isEmpty()) return error(QStringLiteral("openssl not found (install the openssl package)"));
    QProcess req;
    req.setProcessChannelMode(QProcess::MergedChannels);
    req.start(openssl,
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
               QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
               QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
               path(QStringLiteral("key.pem")), QStringLiteral("-out"), path(QStringLiteral("cert.pem"))});
    if (!req.waitForFinished(30000) || req.exitStatus() != QProcess::NormalExit || req.exitCode() != 0)
        return error(QStringLiteral("openssl req failed"), QString::fromLocal8Bit(req.readAll()).trimmed());
    QFile cert(path(QStringLiteral("cert.pem")));
    if (!cert.open(QIODevice::ReadOnly))
        return error(QStringLiteral("Cannot read the new certificate"), cert.errorString());
    const QByteArray pem = cert.readAll();
    const qsizetype begin = pem.indexOf("-----\n") + 6;
    const qsizetype end = pem.indexOf("-----END");
    const QByteArray der = QByteArray::fromBase64(pem.mid(begin, end - begin));
    certSha256 = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());

    password = randomHex(16);
    token = options.xoauth2 ? QStringLiteral("mt-") + randomHex(20) : QString();
    const QFile::Permissions perms = QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner) |
                                     (root ? QFile::ReadGroup : QFile::Permissions());
    users = QStringList{kUser} + options.extraUsers;
    const auto passwdLine = [&](const QString &secret) {
        QString lines;
        for (const QString &u : std::as_const(users))
            lines += u + QStringLiteral(":{PLAIN}") + secret + u'\n';
        return lines.toUtf8();
    };
    if (Status s = writeFile(path(QStringLiteral("passwd")), passwdLine(password), perms); !s) return s;
    if (options.xoauth2)
        if (Status s = writeFile(path(QStringLiteral("tokens")), passwdLine(token), perms); !s) return s;
    if (root) {
        // The auth process reads the passwd files as default_internal_user (dovecot).
        const group *gr = getgrnam("dovecot");
        if (!gr) return error(QStringLiteral("Running as root needs group dovecot (from dovecot-core)"));
        for (const QString &name : {QStringLiteral("passwd"), QStringLiteral("tokens")})
            if (QFileInfo::exists(path(name)))
                if (Status s = changeOwner(path(name), 0, gr->gr_gid); !s) return s;
    }
    if (!QDir().mkpath(path(QStringLiteral("state"))))
        return error(QStringLiteral("Cannot create %1").arg(path(QStringLiteral("state"))));
    for (const QString &u : std::as_const(users))
        for (const char *sub : {"", "/Maildir", "/Maildir/cur", "/Maildir/new", "/Maildir/tmp"})
            if (Status s = makeMailDirs(dir->path(), QStringLiteral("home/") + u + QString::fromLatin1(sub), ids.uid, ids.gid); !s)
                return s;
    nameSeconds = QDateTime::currentSecsSinceEpoch();
    nameCounter = 0;
    return {};
}

Status DovecotServer::Private::writeConfig(const Options &options)
{
    QString config = QString::fromUtf8(kConfigTemplate);
    config.replace(QStringLiteral("@TOKEN_PASSDB@"),
                   options.xoauth2 ? QString::fromUtf8(kTokenPassdb) : QString());
    config.replace(QStringLiteral("@IMAP_CAPABILITY@"),
                   options.imapCapability.isEmpty() ? QString()
                                                    : QStringLiteral("  imap_capability = %1\n").arg(options.imapCapability));
    config.replace(QStringLiteral("@MECHANISMS@"), options.xoauth2
                                                       ? QStringLiteral("plain login xoauth2 oauthbearer")
                                                       : QStringLiteral("plain login"));
    config.replace(QStringLiteral("@LOGIN_USERS@"), ids.user.isEmpty()
                                                        ? QStringLiteral("default_login_user = dovenull\n"
                                                                         "default_internal_user = dovecot")
                                                        : QStringLiteral("default_login_user = %1\n"
                                                                         "default_internal_user = %1\n"
                                                                         "default_internal_group = %2")
                                                              .arg(ids.user, ids.group));
    config.replace(QStringLiteral("@UID@"), QString::number(ids.uid));
    config.replace(QStringLiteral("@GID@"), QString::number(ids.gid));
    config.replace(QStringLiteral("@IMAP_PORT@"), QString::number(imapPort));
    config.replace(QStringLiteral("@IMAPS_PORT@"), QString::number(imapsPort));
    config.replace(QStringLiteral("@DIR@"), dir->path());
    return writeFile(path(QStringLiteral("dovecot.conf")), config.toUtf8(),
                     QFile::ReadOwner | QFile::WriteOwner);
}

/** One attempt: starts the master and waits until it serves or dies. */
Status DovecotServer::Private::launch()
{
    const QString dovecot = findTool(QStringLiteral("dovecot"));
    if (dovecot.isEmpty())
        return error(QStringLiteral("dovecot not found (install dovecot-core and dovecot-imapd)"));
    master = std::make_unique<QProcess>();
    // Files, not pipes: Dovecot's children keep inherited descriptors open.
    master->setStandardInputFile(QProcess::nullDevice());
    master->setProcessChannelMode(QProcess::MergedChannels);
    master->setStandardOutputFile(path(QStringLiteral("daemon.out")));
    master->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    master->start(dovecot,
                  {QStringLiteral("-F"), QStringLiteral("-c"), path(QStringLiteral("dovecot.conf"))});
    if (!master->waitForStarted(5000))
        return error(QStringLiteral("Cannot run %1").arg(dovecot), master->errorString());

    QElapsedTimer timer;
    timer.start();
    bool greeted = false;
    while (timer.elapsed() < kReadyTimeoutMs) {
        if (master->waitForFinished(10) || master->state() == QProcess::NotRunning)
            return error(QStringLiteral("Dovecot exited with code %1 while starting").arg(master->exitCode()),
                         logTail());
        if (!greeted) {
            const std::optional<QByteArray> greeting = probe(imapPort, true);
            if (greeting && !greeting->startsWith("* OK"))
                return error(QStringLiteral("Dovecot greeted with something other than * OK"),
                             QString::fromUtf8(*greeting) + u'\n' + logTail());
            greeted = greeting.has_value();
        }
        if (greeted && probe(imapsPort, false)) return {};
    }
    return error(QStringLiteral("Dovecot did not answer on ports %1 and %2 within %3 ms")
                     .arg(imapPort)
                     .arg(imapsPort)
                     .arg(kReadyTimeoutMs),
                 logTail());
}

DovecotServer::DovecotServer() : d(std::make_unique<Private>()) {}

DovecotServer::~DovecotServer()
{
    stop();
}

Status DovecotServer::start()
{
    return start(Options{});
}

Status DovecotServer::start(const Options &options)
{
    stop();
    if (Status s = d->prepare(options); !s) return s;
    Status last;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        Result<std::pair<quint16, quint16>> ports = freePorts();
        if (!ports) return ports.error();
        std::tie(d->imapPort, d->imapsPort) = *ports;
        if (Status s = d->writeConfig(options); !s) return s;
        last = d->launch();
        if (last) return last;
        stop();
        // Another process took a port between freePorts() and Dovecot's bind(): pick new ones.
        if (!tail(d->path(QStringLiteral("daemon.out")), 20)
                 .contains(QStringLiteral("Address already in use")))
            break;
    }
    return Error{
        QStringLiteral("Cannot start Dovecot (config %1)").arg(d->path(QStringLiteral("dovecot.conf"))),
        last.error().toString()};
}

void DovecotServer::stop()
{
    if (!d->master) return;
    if (d->master->state() != QProcess::NotRunning) {
        // With -F the master (base_dir/master.pid) is our child; the child's pid covers the moment
        // before it wrote the file.
        pid_t pid = static_cast<pid_t>(d->master->processId());
        QFile pidFile(d->path(QStringLiteral("run/master.pid")));
        if (pidFile.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const pid_t filePid = static_cast<pid_t>(pidFile.readAll().trimmed().toInt(&ok));
            if (ok && filePid > 0) pid = filePid;
        }
        ::kill(pid, SIGTERM);
        if (!d->master->waitForFinished(kStopTimeoutMs)) {
            ::kill(pid, SIGKILL);
            d->master->waitForFinished(kStopTimeoutMs);
        }
    }
    d->master.reset();
}

bool DovecotServer::isRunning() const
{
    return d->master && d->master->state() != QProcess::NotRunning;
}

quint16 DovecotServer::imapPort() const
{
    return d->imapPort;
}

quint16 DovecotServer::imapsPort() const
{
    return d->imapsPort;
}

QString DovecotServer::user() const
{
    return kUser;
}

QString DovecotServer::password() const
{
    return d->password;
}

mailtide::store::ImapAccount DovecotServer::imapsAccount(const QString &name) const
{
    return imapsAccount(name, user());
}

mailtide::store::ImapAccount DovecotServer::imapsAccount(const QString &name, const QString &user) const
{
    mailtide::store::ImapAccount a;
    a.name = name;
    a.host = host();
    a.port = imapsPort();
    a.tls = QStringLiteral("implicit");
    a.user = user;
    a.caFile = caFile();
    return a;
}

QString DovecotServer::xoauth2Token() const
{
    return d->token;
}

QString DovecotServer::caFile() const
{
    return d->path(QStringLiteral("cert.pem"));
}

QString DovecotServer::certSha256() const
{
    return d->certSha256;
}

QString DovecotServer::logFile() const
{
    return d->path(QStringLiteral("dovecot.log"));
}

QString DovecotServer::mailDir() const
{
    return d->dir ? d->mailDir() : QString();
}

Status DovecotServer::addMessage(const QString &folder, const QByteArray &bytes, const QString &flags,
                                 QDateTime internalDate)
{
    return addMessageFor(kUser, folder, bytes, flags, internalDate);
}

Status DovecotServer::addMessageFor(const QString &user, const QString &folder, const QByteArray &bytes,
                                    const QString &flags, QDateTime internalDate)
{
    if (!d->dir) return error(QStringLiteral("addMessage() before start()"));
    if (!d->users.contains(user)) return error(QStringLiteral("No such test user"), user);
    const QString mailDir = d->mailDir(user);
    QString relative; // below the Maildir: "" for INBOX, ".Archive.2023" for Archive/2023
    if (folder.compare(QStringLiteral("INBOX"), Qt::CaseInsensitive) != 0) {
        const QStringList parts = folder.split(QLatin1Char('/'));
        for (const QString &part : parts)
            if (part.isEmpty() || part.contains(QLatin1Char('.')))
                return error(QStringLiteral("Folder name not storable in Maildir++"), folder);
        for (const QString &part : parts)
            relative += QLatin1Char('.') + QString::fromLatin1(encodeModifiedUtf7(part));
    }
    static const QRegularExpression flagLetters(QStringLiteral("^[A-Za-z]*$"));
    if (!flagLetters.match(flags).hasMatch())
        return error(QStringLiteral("Maildir flags are letters"), flags);
    QString info = flags;
    std::sort(info.begin(), info.end()); // Maildir wants them in ASCII order
    info.erase(std::unique(info.begin(), info.end()), info.end());

    const QString folderDir = mailDir + (relative.isEmpty() ? QString() : QLatin1Char('/') + relative);
    for (const char *sub : {"", "/cur", "/new", "/tmp"})
        if (Status s =
                makeMailDirs(mailDir, relative + QString::fromLatin1(sub), d->ids.uid, d->ids.gid);
            !s)
            return s;
    if (!relative.isEmpty() && !QFileInfo::exists(folderDir + QStringLiteral("/maildirfolder"))) {
        if (Status s = writeFile(folderDir + QStringLiteral("/maildirfolder"), {},
                                 QFile::ReadOwner | QFile::WriteOwner);
            !s)
            return s;
        if (geteuid() == 0)
            if (Status s = changeOwner(folderDir + QStringLiteral("/maildirfolder"), d->ids.uid, d->ids.gid);
                !s)
                return s;
    }

    // Same seconds, zero-padded counter: Dovecot assigns UIDs to new files in file-name order.
    const QString base = QStringLiteral("%1.M%2P%3.mailtide")
                             .arg(d->nameSeconds)
                             .arg(d->nameCounter++, 6, 10, QLatin1Char('0'))
                             .arg(::getpid());
    const QString tmpPath = folderDir + QStringLiteral("/tmp/") + base;
    const QString curPath = folderDir + QStringLiteral("/cur/") + base + QStringLiteral(":2,") + info;
    QFile file(tmpPath);
    // Flushed before setting the time: a later flush would move the mtime to now again.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return error(QStringLiteral("Cannot write %1").arg(tmpPath), file.errorString());
    if (!internalDate.isValid()) internalDate = QDateTime::currentDateTime();
    if (!file.setFileTime(internalDate, QFileDevice::FileModificationTime))
        return error(QStringLiteral("Cannot set the time of %1").arg(tmpPath), file.errorString());
    file.close();
    if (geteuid() == 0)
        if (Status s = changeOwner(tmpPath, d->ids.uid, d->ids.gid); !s) return s;
    // Maildir delivery: write in tmp/, then rename, so Dovecot never sees half a message.
    if (::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(curPath).constData()) != 0)
        return error(QStringLiteral("Cannot move %1 into cur/").arg(tmpPath),
                     QString::fromLocal8Bit(strerror(errno)));
    return {};
}

Status DovecotServer::append(const QString &folder, const QByteArray &bytes)
{
    Result<QByteArray> r =
        doveadm({QStringLiteral("save"), QStringLiteral("-u"), kUser, QStringLiteral("-m"), folder}, bytes);
    return r ? Status{} : Status{r.error()};
}

qint64 DovecotServer::messageCount(const QString &folder)
{
    auto out = doveadm({QStringLiteral("-f"), QStringLiteral("flow"), QStringLiteral("mailbox"), QStringLiteral("status"),
                        QStringLiteral("-u"), user(), QStringLiteral("messages"), folder});
    return out ? QByteArray(out->trimmed()).split('=').value(1).toLongLong() : -1;
}

QStringList DovecotServer::messageIdsIn(const QString &folder)
{
    mailtide::imap::Connection c;
    auto endpoint = mailtide::imap::endpointFor(imapsAccount(QStringLiteral("ids")), password().toUtf8());
    if (!endpoint || !c.open(endpoint.value()))
        return {QStringLiteral("<connect failed>")};
    mailtide::imap::Session s(c);
    auto st = s.examine(folder.toUtf8(), false);
    if (!st)
        return {QStringLiteral("<examine failed>")};
    QStringList out;
    if (st->exists == 0)
        return out;
    Status f = s.uidFetch("1:*", "UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]", [&](mailtide::imap::Response &&r) -> Status {
        if (const mailtide::imap::Value *v = r.fetchItem("BODY[HEADER.FIELDS (MESSAGE-ID)]")) {
            const QByteArray b = v->bytes;
            const qsizetype lt = b.indexOf('<'), gt = b.indexOf('>');
            out << QString::fromUtf8(b.mid(lt + 1, gt - lt - 1));
        }
        return {};
    });
    if (!f)
        return {QStringLiteral("<fetch failed>")};
    out.sort();
    return out;
}

Status DovecotServer::recreateFolder(const QString &folder)
{
    if (folder.compare(QStringLiteral("INBOX"), Qt::CaseInsensitive) == 0) {
        Result<QByteArray> status =
            doveadm({QStringLiteral("-f"), QStringLiteral("flow"), QStringLiteral("mailbox"),
                     QStringLiteral("status"), QStringLiteral("-u"), kUser, QStringLiteral("uidvalidity"),
                     QStringLiteral("INBOX")});
        if (!status) return status.error();
        static const QRegularExpression re(QStringLiteral("uidvalidity=(\\d+)"));
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(*status));
        const quint32 next = m.hasMatch() ? m.captured(1).toUInt() + 1 : 0;
        if (next == 0)
            return error(QStringLiteral("Unexpected doveadm mailbox status output"),
                         QString::fromUtf8(*status));
        if (Result<QByteArray> r =
                doveadm({QStringLiteral("expunge"), QStringLiteral("-u"), kUser, QStringLiteral("mailbox"),
                         QStringLiteral("INBOX"), QStringLiteral("all")});
            !r)
            return r.error();
        Result<QByteArray> r =
            doveadm({QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"), kUser,
                     QStringLiteral("--uid-validity"), QString::number(next), QStringLiteral("INBOX")});
        return r ? Status{} : Status{r.error()};
    }
    if (Result<QByteArray> r = doveadm(
            {QStringLiteral("mailbox"), QStringLiteral("delete"), QStringLiteral("-u"), kUser, folder});
        !r)
        return r.error();
    Result<QByteArray> r =
        doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), kUser, folder});
    return r ? Status{} : Status{r.error()};
}

Status DovecotServer::moveMessage(const QString &from, quint64 uid, const QString &to)
{
    const QStringList query = {QStringLiteral("mailbox"), from, QStringLiteral("uid"), QString::number(uid)};
    // doveadm move succeeds silently when nothing matches; say so instead.
    Result<QByteArray> found =
        doveadm(QStringList{QStringLiteral("search"), QStringLiteral("-u"), kUser} + query);
    if (!found) return found.error();
    if (found->trimmed().isEmpty())
        return error(QStringLiteral("No message with UID %1 in %2").arg(uid).arg(from));
    Result<QByteArray> r =
        doveadm(QStringList{QStringLiteral("move"), QStringLiteral("-u"), kUser, to} + query);
    return r ? Status{} : Status{r.error()};
}

Result<QByteArray> DovecotServer::doveadm(const QStringList &args, const QByteArray &stdinData)
{
    if (!d->dir) return error(QStringLiteral("doveadm() before start()"));
    const QString tool = findTool(QStringLiteral("doveadm"));
    if (tool.isEmpty()) return error(QStringLiteral("doveadm not found (install dovecot-core)"));
    QProcess p;
    p.start(tool, QStringList{QStringLiteral("-c"), d->path(QStringLiteral("dovecot.conf"))} + args);
    if (!p.waitForStarted(5000)) return error(QStringLiteral("Cannot run %1").arg(tool), p.errorString());
    p.write(stdinData);
    p.closeWriteChannel();
    const QString command = QStringLiteral("doveadm ") + args.join(QLatin1Char(' '));
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return error(QStringLiteral("%1 did not finish within 30 s").arg(command));
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return error(QStringLiteral("%1 failed with exit code %2").arg(command).arg(p.exitCode()),
                     QString::fromUtf8(p.readAllStandardError()).trimmed());
    return out;
}

} // namespace mailtide::test
