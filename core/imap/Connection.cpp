#include "imap/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

#include <curl/curl.h>
#include <poll.h>

Q_LOGGING_CATEGORY(lcImap, "mailtide.imap")

namespace mailtide::imap {

namespace {


CURL *handle(void *p)
{
    return static_cast<CURL *>(p);
}

// libcurl's global init is not thread-safe before 7.84; do it once, first.
void globalInit()
{
    static const bool done = [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return true;
    }();
    (void)done;
}

QByteArray urlFor(const Endpoint &e)
{
    QByteArray host = e.host.toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const quint16 port = e.port ? e.port : (e.tls == Tls::Implicit ? 993 : 143);
    return (e.tls == Tls::Implicit ? QByteArrayLiteral("imaps://") : QByteArrayLiteral("imap://")) + host + ':' +
           QByteArray::number(port) + '/';
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1String("127."));
}

// The server's lines seen during libcurl's connect phase (greeting, CAPABILITY, the login's
// answer). Outgoing lines are never looked at: they carry the credentials.
int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto *lines = static_cast<QByteArrayList *>(user);
    if (lines->size() < 64)
        lines->push_back(QByteArray(data, qsizetype(qMin<size_t>(size, 300))).trimmed());
    return 0;
}

QString statusWord(Response::Status s)
{
    switch (s) {
    case Response::Status::Ok: return QStringLiteral("OK");
    case Response::Status::No: return QStringLiteral("NO");
    case Response::Status::Bad: return QStringLiteral("BAD");
    case Response::Status::Preauth: return QStringLiteral("PREAUTH");
    case Response::Status::Bye: return QStringLiteral("BYE");
    case Response::Status::None: break;
    }
    return {};
}

} // namespace

QString toString(Tls tls)
{
    switch (tls) {
    case Tls::Implicit: return QStringLiteral("implicit");
    case Tls::StartTls: return QStringLiteral("starttls");
    case Tls::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<Tls> tlsFromString(const QString &s)
{
    for (Tls t : {Tls::Implicit, Tls::StartTls, Tls::None})
        if (toString(t) == s)
            return t;
    return std::nullopt;
}

Connection::Connection() = default;

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (m_curl)
        curl_easy_cleanup(handle(m_curl));
    m_curl = nullptr;
    m_socket = -1;
    m_inFlight.clear();
    m_early.clear();
}

Status Connection::fail(FailureKind kind, Error error)
{
    m_failure = kind;
    close();
    qCInfo(lcImap) << m_where << error.toString();
    return error;
}

Status Connection::open(const Endpoint &e)
{
    globalInit();
    close();
    m_failure = FailureKind::None;
    m_peerSha256.clear();
    m_peerPin.clear();
    m_serverLines.clear();
    m_bytesIn = 0;
    m_parser = ResponseParser();
    m_idleTimeoutMs = e.idleTimeoutMs;
    m_where = e.host + QLatin1Char(':') + QString::number(e.port ? e.port : (e.tls == Tls::Implicit ? 993 : 143));

    if (e.tls == Tls::None && !isLoopback(e.host))
        return fail(FailureKind::Tls, {QCoreApplication::translate("Imap", "Refusing to send a password without TLS to another machine"),
                                       QCoreApplication::translate("Imap", "use implicit TLS or STARTTLS for %1").arg(e.host)});

    CURL *c = curl_easy_init();
    if (!c)
        return fail(FailureKind::Other, {QCoreApplication::translate("Imap", "Cannot start libcurl"), {}});
    m_curl = c;
    char errbuf[CURL_ERROR_SIZE] = {};
    const QByteArray url = urlFor(e);
    const QByteArray user = e.user.toUtf8();
    const QByteArray ca = e.caFile.toLocal8Bit();
    const QByteArray pin = e.pinnedKey.toLatin1();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(e.connectTimeoutMs));
    // The whole connect phase (TLS, CAPABILITY, login) is bounded too.
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(e.connectTimeoutMs + e.idleTimeoutMs));
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &m_serverLines);
    curl_easy_setopt(c, CURLOPT_USE_SSL, e.tls == Tls::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    if (!pin.isEmpty()) {
        // The user accepted this exact key: the chain need not verify, the key must match.
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(c, CURLOPT_PINNEDPUBLICKEY, pin.constData());
    }
    curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
    QByteArray secret;
    if (!e.oauth2Token.isEmpty()) {
        secret = e.oauth2Token;
        curl_easy_setopt(c, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
        curl_easy_setopt(c, CURLOPT_XOAUTH2_BEARER, secret.constData());
    } else {
        secret = e.password;
        curl_easy_setopt(c, CURLOPT_PASSWORD, secret.constData());
    }

    const CURLcode rc = curl_easy_perform(c);
    // libcurl copied the secret; ours goes now.
    secret.fill('\0');
    curl_easy_setopt(c, CURLOPT_PASSWORD, nullptr);
    curl_easy_setopt(c, CURLOPT_XOAUTH2_BEARER, nullptr);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 0L);
    const QString why = QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc));

    if (rc != CURLE_OK) {
        // The server's own words for a refused login: the last tagged line it sent.
        QString serverSays;
        for (auto it = m_serverLines.crbegin(); it != m_serverLines.crend(); ++it) {
            if (!it->startsWith('*') && !it->startsWith('+') && it->contains(" NO ")) {
                serverSays = QString::fromUtf8(it->mid(it->indexOf(" NO ") + 1));
                break;
            }
        }
        switch (rc) {
        case CURLE_COULDNT_RESOLVE_HOST:
            return fail(FailureKind::NotResolved, {QCoreApplication::translate("Imap", "The server's name could not be resolved"), e.host});
        case CURLE_COULDNT_CONNECT:
            return fail(FailureKind::Refused, {QCoreApplication::translate("Imap", "The connection was refused"), m_where + QStringLiteral(" (") + why + QLatin1Char(')')});
        case CURLE_OPERATION_TIMEDOUT:
            return fail(FailureKind::Timeout, {QCoreApplication::translate("Imap", "The server did not answer in time"), m_where + QStringLiteral(" (") + why + QLatin1Char(')')});
        case CURLE_PEER_FAILED_VERIFICATION:
            probeCertificate(e);
            return fail(FailureKind::UntrustedCertificate,
                        {QCoreApplication::translate("Imap", "The server's certificate is not trusted"), why});
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            probeCertificate(e);
            return fail(FailureKind::CertificateChanged,
                        {QCoreApplication::translate("Imap", "The server's certificate is not the one you trusted"), why});
        case CURLE_USE_SSL_FAILED:
            return fail(FailureKind::Tls, {QCoreApplication::translate("Imap", "The server does not offer STARTTLS"), m_where});
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
            return fail(FailureKind::Tls, {QCoreApplication::translate("Imap", "The TLS connection failed"), why});
        case CURLE_LOGIN_DENIED:
            return fail(FailureKind::Authentication,
                        {QCoreApplication::translate("Imap", "Authentication failed"), serverSays.isEmpty() ? why : QCoreApplication::translate("Imap", "the server said: %1").arg(serverSays)});
        case CURLE_WEIRD_SERVER_REPLY:
            return fail(FailureKind::Protocol, {QCoreApplication::translate("Imap", "The server did not answer as an IMAP server"), why});
        default:
            if (!serverSays.isEmpty())
                return fail(FailureKind::Authentication, {QCoreApplication::translate("Imap", "Authentication failed"), QCoreApplication::translate("Imap", "the server said: %1").arg(serverSays)});
            return fail(FailureKind::Other, {QCoreApplication::translate("Imap", "Cannot connect"), why});
        }
    }
    curl_socket_t sock = CURL_SOCKET_BAD;
    if (curl_easy_getinfo(c, CURLINFO_ACTIVESOCKET, &sock) != CURLE_OK || sock == CURL_SOCKET_BAD)
        return fail(FailureKind::Other, {QCoreApplication::translate("Imap", "Cannot connect"), QCoreApplication::translate("Imap", "libcurl gave no socket")});
    m_socket = sock;
    return {};
}

void Connection::probeCertificate(const Endpoint &e)
{
    // A second connection, without credentials (so libcurl logs nobody in) and without
    // verification, only to read the certificate the server shows; closed at once.
    CURL *c = curl_easy_init();
    if (!c)
        return;
    const QByteArray url = urlFor(e);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(e.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(e.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(c, CURLOPT_CERTINFO, 1L);
    if (curl_easy_perform(c) == CURLE_OK) {
        curl_certinfo *info = nullptr;
        if (curl_easy_getinfo(c, CURLINFO_CERTINFO, &info) == CURLE_OK && info && info->num_of_certs > 0) {
            for (curl_slist *s = info->certinfo[0]; s; s = s->next) {
                const QByteArray field(s->data);
                if (!field.startsWith("Cert:"))
                    continue;
                const auto certs = QSslCertificate::fromData(field.mid(5), QSsl::Pem);
                if (certs.isEmpty())
                    break;
                m_peerSha256 = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
                const QByteArray spki = certs.first().publicKey().toDer();
                if (!spki.isEmpty())
                    m_peerPin = QStringLiteral("sha256//") +
                                QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
                break;
            }
        }
    }
    curl_easy_cleanup(c);
}

Status Connection::waitSocket(bool forWrite, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (m_cancel && m_cancel->load())
            return fail(FailureKind::Cancelled, {QCoreApplication::translate("Imap", "Cancelled"), {}});
        const qint64 left = timeoutMs - t.elapsed();
        if (left <= 0)
            return fail(FailureKind::Timeout, {QCoreApplication::translate("Imap", "The server stopped answering"),
                                               QCoreApplication::translate("Imap", "nothing for %1 s from %2").arg(timeoutMs / 1000).arg(m_where)});
        pollfd p{int(m_socket), short(forWrite ? POLLOUT : POLLIN), 0};
        const int r = ::poll(&p, 1, int(qMin<qint64>(left, 200)));
        if (r > 0)
            return {};
        if (r < 0 && errno != EINTR)
            return fail(FailureKind::ConnectionLost, {QCoreApplication::translate("Imap", "The connection was lost"), QString::fromLocal8Bit(strerror(errno))});
    }
}

Status Connection::sendAll(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        size_t n = 0;
        const CURLcode rc = curl_easy_send(handle(m_curl), bytes.data() + done, size_t(bytes.size() - done), &n);
        if (rc == CURLE_AGAIN) {
            if (Status s = waitSocket(true, m_idleTimeoutMs); !s)
                return s;
            continue;
        }
        if (rc != CURLE_OK)
            return fail(FailureKind::ConnectionLost, {QCoreApplication::translate("Imap", "The connection was lost"), QString::fromUtf8(curl_easy_strerror(rc))});
        done += qsizetype(n);
    }
    return {};
}

Result<bool> Connection::readAvailable()
{
    if (m_readBuf.isEmpty())
        m_readBuf.resize(64 * 1024);
    size_t n = 0;
    const CURLcode rc = curl_easy_recv(handle(m_curl), m_readBuf.data(), size_t(m_readBuf.size()), &n);
    if (rc == CURLE_AGAIN)
        return false;
    if (rc != CURLE_OK)
        return fail(FailureKind::ConnectionLost, {QCoreApplication::translate("Imap", "The connection was lost"), QString::fromUtf8(curl_easy_strerror(rc))}).error();
    if (n == 0) {
        // The user's question is "what happened to my sync": the connection is gone. Say
        // whether it went in the middle of a message (the batch is then not stored).
        const qint64 missing = m_parser.pendingLiteral();
        return fail(FailureKind::ConnectionLost,
                    {QCoreApplication::translate("Imap", "The connection was lost"),
                     missing > 0 ? QCoreApplication::translate("Imap", "%1 closed it in the middle of a message, %2 bytes before its end").arg(m_where).arg(missing)
                                 : QCoreApplication::translate("Imap", "%1 closed it").arg(m_where)})
            .error();
    }
    m_bytesIn += qint64(n);
    m_parser.feed(QByteArrayView(m_readBuf.constData(), qsizetype(n)));
    return true;
}

Status Connection::parserFailure()
{
    Error e = *m_parser.error();
    e.message = QCoreApplication::translate("Imap", "The server sent something that is not IMAP: %1").arg(e.message);
    return fail(FailureKind::Protocol, e);
}

Result<Response> Connection::readResponse()
{
    for (;;) {
        if (auto r = m_parser.next())
            return std::move(*r);
        if (m_parser.error())
            return parserFailure().error();
        auto got = readAvailable();
        if (!got)
            return got.error();
        if (!got.value())
            if (Status s = waitSocket(false, m_idleTimeoutMs); !s)
                return s.error();
    }
}

Result<Response> Connection::run(QByteArrayView command, const UntaggedFn &onUntagged)
{
    auto tag = send(command);
    if (!tag)
        return tag.error();
    return finish(tag.value(), onUntagged);
}

Result<QByteArray> Connection::send(QByteArrayView command)
{
    if (!m_curl)
        return Error{QCoreApplication::translate("Imap", "Not connected"), {}};
    QByteArray tag = 'M' + QByteArray::number(m_nextTag++);
    QByteArray line = tag + ' ' + command.toByteArray() + "\r\n";
    if (Status s = sendAll(line); !s)
        return s.error();
    m_inFlight.append(tag);
    return tag;
}

Result<Response> Connection::finish(const QByteArray &tag, const UntaggedFn &onUntagged)
{
    if (!m_curl)
        return Error{QCoreApplication::translate("Imap", "Not connected"), {}};
    for (auto it = m_early.begin(); it != m_early.end(); ++it) {
        if (it->tag == tag) {
            Response done = std::move(*it);
            m_early.erase(it);
            m_inFlight.removeOne(tag);
            return done;
        }
    }
    for (;;) {
        auto r = readResponse();
        if (!r)
            return r.error();
        Response &resp = r.value();
        switch (resp.type) {
        case Response::Type::Tagged:
            if (resp.tag == tag) {
                m_inFlight.removeOne(tag);
                return std::move(resp);
            }
            if (m_inFlight.contains(resp.tag)) {
                m_early.push_back(std::move(resp)); // a later command finished first
                break;
            }
            return fail(FailureKind::Protocol, {QCoreApplication::translate("Imap", "The server answered a command that was not sent"),
                                                QString::fromUtf8(resp.tag)})
                .error();
        case Response::Type::Continuation:
            return fail(FailureKind::Protocol, {QCoreApplication::translate("Imap", "The server asked for more data where none was due"),
                                                QString::fromUtf8(resp.text.left(80))})
                .error();
        case Response::Type::Untagged:
            if (resp.status == Response::Status::Bye)
                return fail(FailureKind::ConnectionLost,
                            {QCoreApplication::translate("Imap", "The server closed the session"), QString::fromUtf8(resp.text)})
                    .error();
            if (onUntagged) {
                if (Status s = onUntagged(std::move(resp)); !s) {
                    // We stop reading mid-response: the session's state is unknown now.
                    close();
                    return s.error();
                }
            }
            break;
        }
    }
}

Result<bool> Connection::idle(int maxMs, const std::function<bool(const Response &)> &wake)
{
    if (!m_curl)
        return Error{QCoreApplication::translate("Imap", "Not connected"), {}};
    const QByteArray tag = 'M' + QByteArray::number(m_nextTag++);
    if (Status s = sendAll(QByteArray(tag + " IDLE\r\n")); !s)
        return s.error();
    // Until "+ idling": a server may send untagged data first; a tagged answer is a refusal.
    for (;;) {
        auto r = readResponse();
        if (!r)
            return r.error();
        if (r->type == Response::Type::Continuation)
            break;
        if (r->type == Response::Type::Tagged) {
            m_failure = FailureKind::Protocol;
            return Error{QCoreApplication::translate("Imap", "The server refused IDLE"), QCoreApplication::translate("Imap", "it said: %1 %2").arg(statusWord(r->status), QString::fromUtf8(r->text))};
        }
    }
    QElapsedTimer t;
    t.start();
    bool woke = false;
    while (!woke) {
        while (auto r = m_parser.next()) {
            if (r->type == Response::Type::Untagged && r->status == Response::Status::Bye)
                return fail(FailureKind::ConnectionLost, {QCoreApplication::translate("Imap", "The server closed the session"), QString::fromUtf8(r->text)}).error();
            if (r->type == Response::Type::Untagged && wake(*r))
                woke = true;
        }
        if (m_parser.error())
            return parserFailure().error();
        if (woke || t.elapsed() >= maxMs)
            break;
        if (m_cancel && m_cancel->load())
            return fail(FailureKind::Cancelled, {QCoreApplication::translate("Imap", "Cancelled"), {}}).error();
        pollfd p{int(m_socket), POLLIN, 0};
        const int ready = ::poll(&p, 1, int(qMin<qint64>(200, maxMs - t.elapsed())));
        if (ready < 0 && errno != EINTR)
            return fail(FailureKind::ConnectionLost, {QCoreApplication::translate("Imap", "The connection was lost"), QString::fromLocal8Bit(strerror(errno))}).error();
        if (ready <= 0)
            continue;
        for (;;) { // drain what TLS has decrypted
            auto got = readAvailable();
            if (!got)
                return got.error();
            if (!got.value())
                break;
        }
    }
    if (Status s = sendAll(QByteArrayLiteral("DONE\r\n")); !s)
        return s.error();
    for (;;) {
        auto r = readResponse();
        if (!r)
            return r.error();
        if (r->type == Response::Type::Tagged) {
            if (r->tag != tag)
                return fail(FailureKind::Protocol, {QCoreApplication::translate("Imap", "The server answered a command that was not sent"), QString::fromUtf8(r->tag)}).error();
            return woke;
        }
        if (r->type == Response::Type::Untagged && wake(*r))
            woke = true;
    }
}

Status Connection::runOk(QByteArrayView command, const UntaggedFn &onUntagged, Response *tagged)
{
    auto r = run(command, onUntagged);
    if (!r)
        return r.error();
    if (r->status != Response::Status::Ok)
        return refusal(command, r.value());
    if (tagged)
        *tagged = std::move(r.value());
    return {};
}

Error Connection::refusal(QByteArrayView command, const Response &tagged)
{
    m_failure = FailureKind::Protocol;
    // The command's name: "UID FETCH", not "UID" (RFC 3501 6.4.8).
    const QByteArrayList words = command.toByteArray().split(' ');
    QByteArray verb = words.value(0);
    if (verb.compare("UID", Qt::CaseInsensitive) == 0 && words.size() > 1)
        verb += ' ' + words[1];
    return Error{QCoreApplication::translate("Imap", "The server refused %1").arg(QString::fromUtf8(verb)),
                 QCoreApplication::translate("Imap", "it said: %1 %2").arg(statusWord(tagged.status), QString::fromUtf8(tagged.text))};
}

Result<QByteArray> secretFromCommand(const QString &command, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!p.waitForStarted(5000))
        return Error{QCoreApplication::translate("Imap", "The password command could not be started"), command};
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return Error{QCoreApplication::translate("Imap", "The password command did not finish in time"), command};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{QCoreApplication::translate("Imap", "The password command failed"),
                     command + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError().trimmed().left(200))};
    QByteArray out = p.readAllStandardOutput();
    const qsizetype nl = out.indexOf('\n');
    QByteArray secret = nl >= 0 ? out.left(nl) : out;
    out.fill('\0');
    if (secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty())
        return Error{QCoreApplication::translate("Imap", "The password command printed nothing"), command};
    return secret;
}

} // namespace mailtide::imap
