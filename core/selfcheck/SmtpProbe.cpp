#include "selfcheck/SmtpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <curl/curl.h>
#include <poll.h>

namespace mailtide::selfcheck {

namespace {

void globalInit()
{
    static const bool done = [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return true;
    }();
    (void)done;
}

/** Lines libcurl exchanged during its connect phase (greeting, EHLO, STARTTLS). No credentials are
 *  ever given to this handle, so outgoing lines can be kept too. Bounded. */
int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type != CURLINFO_HEADER_IN && type != CURLINFO_HEADER_OUT) return 0;
    auto *lines = static_cast<QStringList *>(user);
    const QByteArray chunk(data, qsizetype(qMin<size_t>(size, kMaxReplyLineBytes)));
    for (const QByteArray &line : chunk.split('\n')) {
        const QByteArray text = line.trimmed();
        if (!text.isEmpty() && lines->size() < 4 * kMaxReplyLines)
            lines->push_back((type == CURLINFO_HEADER_IN ? QStringLiteral("S: ") : QStringLiteral("C: ")) +
                             QString::fromUtf8(text));
    }
    return 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** CURLOPT_XFERINFOFUNCTION: non-zero aborts the transfer when the cancel flag is set. */
int cancelCallback(void *flag, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}

/** One SMTP conversation on a handle libcurl connected. */
class Conversation
{
public:
    explicit Conversation(const SmtpProbeOptions &o) : m_options(o) { globalInit(); }
    ~Conversation()
    {
        if (m_curl) curl_easy_cleanup(m_curl);
    }
    Conversation(const Conversation &) = delete;
    Conversation &operator=(const Conversation &) = delete;

    Status connect(long useSsl)
    {
        m_curl = curl_easy_init();
        if (!m_curl) return Error{QCoreApplication::translate("SmtpProbe", "Cannot start libcurl"), {}};
        QString host = m_options.host;
        if (host.contains(u':')) host = u'[' + host + u']';
        // The URL's path is the EHLO name (libcurl's SMTP convention).
        const QByteArray url = "smtp://" + host.toUtf8() + ':' + QByteArray::number(m_options.port) + '/' +
                               QUrl::toPercentEncoding(m_options.heloName);
        char errbuf[CURL_ERROR_SIZE] = {0};
        curl_easy_setopt(m_curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(m_curl, CURLOPT_CONNECT_ONLY, 1L);
        curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.timeoutMs));
        curl_easy_setopt(m_curl, CURLOPT_TIMEOUT_MS, long(2 * m_options.timeoutMs));
        curl_easy_setopt(m_curl, CURLOPT_VERBOSE, 1L);
        curl_easy_setopt(m_curl, CURLOPT_DEBUGFUNCTION, debugCallback);
        curl_easy_setopt(m_curl, CURLOPT_DEBUGDATA, &transcript);
        curl_easy_setopt(m_curl, CURLOPT_USE_SSL, useSsl);
        const QByteArray ca = m_options.caFile.toLocal8Bit();
        if (!ca.isEmpty()) curl_easy_setopt(m_curl, CURLOPT_CAINFO, ca.constData());
        if (m_options.cancel) {
            // libcurl connects, reads the greeting and says EHLO (and STARTTLS) inside perform();
            // its progress callback runs about once a second there, so Stop ends that phase too.
            curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
            curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, cancelCallback);
            curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, m_options.cancel);
        }
        const CURLcode rc = curl_easy_perform(m_curl);
        curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 1L);
        curl_easy_setopt(m_curl, CURLOPT_VERBOSE, 0L);
        curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, nullptr);
        const QString where = QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
        if (rc != CURLE_OK) {
            const QString detail = QStringLiteral("%1: %2").arg(
                where, QString::fromUtf8(errbuf[0] ? errbuf : curl_easy_strerror(rc)));
            switch (rc) {
            case CURLE_COULDNT_RESOLVE_HOST: return Error{QCoreApplication::translate("SmtpProbe", "The server's name could not be resolved"), detail};
            case CURLE_COULDNT_CONNECT: return Error{QCoreApplication::translate("SmtpProbe", "The server refused the connection or cannot be reached"), detail};
            case CURLE_OPERATION_TIMEDOUT: return Error{QCoreApplication::translate("SmtpProbe", "The server did not answer in time"), detail};
            case CURLE_USE_SSL_FAILED: return Error{QCoreApplication::translate("SmtpProbe", "The server does not offer STARTTLS"), detail};
            case CURLE_PEER_FAILED_VERIFICATION:
                return Error{QCoreApplication::translate("SmtpProbe", "The server's certificate is not trusted (or not for this name)"), detail};
            case CURLE_SSL_CONNECT_ERROR: return Error{QCoreApplication::translate("SmtpProbe", "The TLS handshake failed"), detail};
            case CURLE_ABORTED_BY_CALLBACK: return Error{QCoreApplication::translate("SmtpProbe", "Cancelled"), detail};
            case CURLE_WEIRD_SERVER_REPLY:
                return Error{QCoreApplication::translate("SmtpProbe", "The server's answer is not SMTP"), detail};
            default: return Error{QCoreApplication::translate("SmtpProbe", "The SMTP connection failed"), detail};
            }
        }
        curl_socket_t sock = CURL_SOCKET_BAD;
        if (curl_easy_getinfo(m_curl, CURLINFO_ACTIVESOCKET, &sock) != CURLE_OK || sock == CURL_SOCKET_BAD)
            return Error{QCoreApplication::translate("SmtpProbe", "The SMTP connection failed"), QCoreApplication::translate("SmtpProbe", "libcurl gave no socket")};
        m_socket = sock;
        return {};
    }

    /** Sends one command line and reads its reply. */
    Result<SmtpReply> command(const QByteArray &line)
    {
        transcript << QStringLiteral("C: ") + QString::fromUtf8(line);
        const QByteArray bytes = line + "\r\n";
        qsizetype done = 0;
        while (done < bytes.size()) {
            size_t n = 0;
            const CURLcode rc = curl_easy_send(m_curl, bytes.constData() + done, size_t(bytes.size() - done), &n);
            if (rc == CURLE_AGAIN) {
                if (Status s = wait(POLLOUT); !s) return s.error();
                continue;
            }
            if (rc != CURLE_OK) return lost(QString::fromUtf8(curl_easy_strerror(rc)));
            done += qsizetype(n);
        }
        return reply();
    }

    Result<SmtpReply> reply()
    {
        char buf[4096];
        for (;;) {
            qsizetype used = 0;
            if (std::optional<Result<SmtpReply>> r = parseSmtpReply(m_buffer, &used)) {
                if (!*r) {
                    transcript << QStringLiteral("S: ") + QString::fromUtf8(m_buffer.left(200)).trimmed();
                    return Error{QCoreApplication::translate("SmtpProbe", "The server's answer is not SMTP"), r->error().toString()};
                }
                for (const QString &text : r->value().lines)
                    transcript << QStringLiteral("S: %1 %2").arg(r->value().code).arg(text);
                m_buffer.remove(0, used);
                return *r;
            }
            size_t n = 0;
            const CURLcode rc = curl_easy_recv(m_curl, buf, sizeof buf, &n);
            if (rc == CURLE_AGAIN) {
                if (Status s = wait(POLLIN); !s) return s.error();
                continue;
            }
            if (rc != CURLE_OK) return lost(QString::fromUtf8(curl_easy_strerror(rc)));
            if (n == 0) return lost(QCoreApplication::translate("SmtpProbe", "the server closed it"));
            m_buffer.append(buf, qsizetype(n));
        }
    }

    QStringList transcript;

private:
    Status wait(short events)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            if (m_options.cancel && m_options.cancel->load()) return Error{QCoreApplication::translate("SmtpProbe", "Cancelled"), {}};
            const qint64 left = m_options.timeoutMs - t.elapsed();
            if (left <= 0)
                return Error{QCoreApplication::translate("SmtpProbe", "The server stopped answering"),
                             QCoreApplication::translate("SmtpProbe", "nothing for %1 s from %2").arg(m_options.timeoutMs / 1000).arg(m_options.host)};
            pollfd p{int(m_socket), events, 0};
            const int r = ::poll(&p, 1, int(qMin<qint64>(left, 200)));
            if (r > 0) return {};
            if (r < 0 && errno != EINTR)
                return Error{QCoreApplication::translate("SmtpProbe", "The connection was lost"), QString::fromLocal8Bit(strerror(errno))};
        }
    }
    Error lost(const QString &why)
    {
        transcript << QStringLiteral("(connection lost: %1)").arg(why);
        return Error{QCoreApplication::translate("SmtpProbe", "The connection was lost"), why};
    }

    const SmtpProbeOptions &m_options;
    CURL *m_curl = nullptr;
    curl_socket_t m_socket = CURL_SOCKET_BAD;
    QByteArray m_buffer;
};

/** The EHLO keywords in the replies of a transcript, from line index `from` on. */
QStringList ehloKeywords(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines) {
        if (l.startsWith(QStringLiteral("S: 250")) && l.size() > 7) out << l.mid(7).trimmed().toUpper();
    }
    return out;
}

bool offers(const QStringList &keywords, const QString &word)
{
    for (const QString &k : keywords)
        if (k == word || k.startsWith(word + u' ') || k.startsWith(word + u'=')) return true;
    return false;
}

} // namespace

std::optional<Result<SmtpReply>> parseSmtpReply(QByteArrayView buffer, qsizetype *consumed)
{
    SmtpReply reply;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? buffer.size() : nl;
        if (end - pos > kMaxReplyLineBytes)
            return Result<SmtpReply>(Error{QStringLiteral("reply line over %1 bytes").arg(kMaxReplyLineBytes), {}});
        if (nl < 0) return std::nullopt;
        QByteArrayView line = buffer.sliced(pos, nl - pos);
        if (line.endsWith('\r')) line.chop(1);
        const QString shown = QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 80)));
        if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) ||
            (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
            return Result<SmtpReply>(Error{QStringLiteral("a line without a reply code"), shown});
        const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        if (code < 200 || code > 599)
            return Result<SmtpReply>(Error{QStringLiteral("reply code %1 out of range").arg(code), shown});
        if (reply.code != 0 && code != reply.code)
            return Result<SmtpReply>(Error{QStringLiteral("reply code changed from %1 to %2 in one reply").arg(reply.code).arg(code), shown});
        reply.code = code;
        reply.lines << QString::fromUtf8(line.size() > 4 ? line.sliced(4) : QByteArrayView());
        pos = nl + 1;
        if (line.size() == 3 || line[3] == ' ') {
            if (consumed) *consumed = pos;
            return Result<SmtpReply>(reply);
        }
        if (reply.lines.size() >= kMaxReplyLines)
            return Result<SmtpReply>(Error{QStringLiteral("reply over %1 lines").arg(kMaxReplyLines), {}});
    }
}

QString toString(RelayVerdict verdict)
{
    switch (verdict) {
    case RelayVerdict::OpenRelay: return QStringLiteral("open-relay");
    case RelayVerdict::RefusesRelay: return QStringLiteral("refuses-relay");
    case RelayVerdict::Inconclusive: return QStringLiteral("inconclusive");
    case RelayVerdict::Error: break;
    }
    return QStringLiteral("error");
}

RelayProbeResult probeOpenRelay(const SmtpProbeOptions &options)
{
    RelayProbeResult result;
    Conversation c(options);
    const auto finish = [&](RelayVerdict verdict, const QString &explanation) {
        result.verdict = verdict;
        result.explanation = explanation;
        result.transcript = c.transcript;
        return result;
    };
    if (Status s = c.connect(options.startTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE)); !s)
        return finish(RelayVerdict::Error, QCoreApplication::translate("SmtpProbe", "The relay test could not run: %1").arg(s.error().toString()));
    result.tls = options.startTls;
    // Ends politely; an error here changes nothing about the verdict.
    const auto leave = [&] {
        if (c.command("RSET")) (void)c.command("QUIT");
    };

    Result<SmtpReply> mail = c.command("MAIL FROM:<" + options.mailFrom.toUtf8() + '>');
    if (!mail)
        return finish(RelayVerdict::Error, QCoreApplication::translate("SmtpProbe", "The relay test could not finish: %1").arg(mail.error().toString()));
    if (!mail->positive()) {
        leave();
        if (mail->permanent())
            return finish(RelayVerdict::RefusesRelay,
                          QCoreApplication::translate("SmtpProbe", "The server refused the outside sender (%1), so it cannot be used as a relay from here.").arg(mail->code));
        return finish(RelayVerdict::Inconclusive,
                      QCoreApplication::translate("SmtpProbe", "The server answered the sender with a temporary refusal (%1); run the test again later.").arg(mail->code));
    }
    Result<SmtpReply> rcpt = c.command("RCPT TO:<" + options.rcptTo.toUtf8() + '>');
    if (!rcpt)
        return finish(RelayVerdict::Error, QCoreApplication::translate("SmtpProbe", "The relay test could not finish: %1").arg(rcpt.error().toString()));
    result.rcptCode = rcpt->code;
    leave();
    if (rcpt->positive())
        return finish(RelayVerdict::OpenRelay,
                      QCoreApplication::translate("SmtpProbe", "OPEN RELAY: the server accepted mail from an outside address to another outside "
                         "address (answer %1) without authentication. Spammers find such servers within "
                         "hours. Allow relaying only for authenticated users and your own network "
                         "(Postfix: smtpd_relay_restrictions = permit_mynetworks, "
                         "permit_sasl_authenticated, reject_unauth_destination; check mynetworks). "
                         "No message was sent: the test stopped before DATA.")
                          .arg(rcpt->code));
    if (rcpt->permanent())
        return finish(RelayVerdict::RefusesRelay,
                      QCoreApplication::translate("SmtpProbe", "The server refuses to relay: it rejected the outside recipient (answer %1).").arg(rcpt->code));
    return finish(RelayVerdict::Inconclusive,
                  QCoreApplication::translate("SmtpProbe", "The server answered the recipient with a temporary refusal (%1); run the test again later.").arg(rcpt->code));
}

SubmissionCheck checkSubmission(SmtpProbeOptions options)
{
    if (options.port == 0) options.port = 587;
    SubmissionCheck check;
    Conversation c(options);
    // TRY: STARTTLS when offered (verified), else stay in clear text to see what is offered there.
    Status connected = c.connect(long(CURLUSESSL_TRY));
    check.transcript = c.transcript;
    if (!connected) {
        check.explanation = QCoreApplication::translate("SmtpProbe", "No submission service could be checked: %1").arg(connected.error().toString());
        return check;
    }
    check.reachable = true;
    // What the server offered in clear text: the EHLO reply before libcurl's STARTTLS, if any.
    const qsizetype tlsAt = c.transcript.indexOf(QStringLiteral("C: STARTTLS"));
    const QStringList before = ehloKeywords(tlsAt < 0 ? c.transcript : c.transcript.mid(0, tlsAt));
    check.startTls = offers(before, QStringLiteral("STARTTLS"));
    check.authWithoutTls = offers(before, QStringLiteral("AUTH"));
    Result<SmtpReply> ehlo = c.command("EHLO " + options.heloName.toUtf8());
    if (ehlo && ehlo->positive()) {
        for (const QString &line : ehlo->lines.mid(1)) {
            const QString k = line.trimmed().toUpper();
            if (k.startsWith(QStringLiteral("AUTH ")) || k.startsWith(QStringLiteral("AUTH="))) {
                (check.startTls ? check.authAfterTls : check.authWithoutTls) = true;
                check.authMechanisms = k.mid(5).split(u' ', Qt::SkipEmptyParts);
            }
        }
    }
    (void)c.command("QUIT");
    check.transcript = c.transcript;
    if (!check.startTls)
        check.explanation = QCoreApplication::translate("SmtpProbe", "Port %1 does not offer STARTTLS: passwords and mail would cross the network "
                               "unencrypted. Turn on STARTTLS (or implicit TLS on 465).").arg(options.port);
    else if (check.authWithoutTls)
        check.explanation = QCoreApplication::translate("SmtpProbe", "Port %1 offers AUTH before STARTTLS: clients may send passwords in clear "
                               "text. Offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes).").arg(options.port);
    else if (!check.authAfterTls)
        check.explanation = QCoreApplication::translate("SmtpProbe", "Port %1 offers STARTTLS but no AUTH: users cannot submit mail with a "
                               "password here. Turn on SASL authentication for submission.").arg(options.port);
    else
        check.explanation = QCoreApplication::translate("SmtpProbe", "Port %1 offers submission as it should: STARTTLS, then AUTH (%2).")
                                .arg(options.port)
                                .arg(check.authMechanisms.join(u' '));
    return check;
}

std::optional<std::pair<QString, quint16>> parseHostPort(const QString &text, quint16 defaultPort)
{
    QString h = text.trimmed();
    QString portText;
    if (h.startsWith(QLatin1Char('['))) {
        const qsizetype close = h.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        const QString rest = h.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        portText = rest.mid(1);
        h = h.mid(1, close - 1);
        if (!rest.isEmpty() && portText.isEmpty())
            return std::nullopt;
    } else if (h.count(QLatin1Char(':')) == 1) {
        portText = h.section(QLatin1Char(':'), 1);
        h = h.section(QLatin1Char(':'), 0, 0);
        if (portText.isEmpty())
            return std::nullopt;
    }
    if (h.isEmpty() || h.size() > 253 || h.contains(QLatin1Char(' ')) || h.contains(QLatin1Char('/')))
        return std::nullopt;
    quint16 port = defaultPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint n = portText.toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return std::nullopt;
        port = quint16(n);
    }
    return std::pair{h, port};
}

} // namespace mailtide::selfcheck
