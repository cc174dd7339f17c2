#include "hygiene/Unsubscribe.h"

#include "mime/ParsedMessage.h"
#include "util/Domains.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <cstring>
#include <curl/curl.h>

namespace mailtide::hygiene {

namespace {

void globalInit()
{
    static const bool done = [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return true;
    }();
    (void)done;
}

/** The Authentication-Results header Mailtide believes: the one the user's own server added. */
const mime::AuthResults *trustedResults(const UnsubscribeInput &in)
{
    if (in.authResults.isEmpty()) return nullptr;
    if (in.trustedAuthservIds.isEmpty()) return &in.authResults.front();
    for (const mime::AuthResults &r : in.authResults)
        if (in.trustedAuthservIds.contains(r.authservId, Qt::CaseInsensitive)) return &r;
    return nullptr;
}

QString dkimDomain(const mime::AuthResult &r)
{
    QString d = r.property(u"header.d");
    if (d.isEmpty()) d = util::domainOf(r.property(u"header.i"));
    return d.toLower();
}

QString hostOf(const QString &uri)
{
    return QUrl(uri).host();
}

struct SizedBuffer
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readCallback(char *dest, size_t size, size_t count, void *user)
{
    auto *b = static_cast<SizedBuffer *>(user);
    const size_t n = qMin<size_t>(size * count, size_t(b->data.size() - b->offset));
    std::memcpy(dest, b->data.constData() + b->offset, n);
    b->offset += qsizetype(n);
    return n;
}

/** Keeps at most 64 KB of an answer: it is only shown, never parsed. */
size_t writeCallback(char *data, size_t size, size_t count, void *user)
{
    auto *out = static_cast<QByteArray *>(user);
    const size_t n = size * count;
    if (out->size() < 64 * 1024) out->append(data, qsizetype(qMin<size_t>(n, size_t(64 * 1024 - out->size()))));
    return n;
}

/** RFC 2047 B-encoding of a header text when it is not plain ASCII. */
QByteArray encodeHeaderText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char c : utf8)
        if (uchar(c) >= 0x80) ascii = false;
    if (ascii) return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QString curlFailure(CURLcode rc, const char *errbuf)
{
    return QString::fromUtf8(errbuf && errbuf[0] ? errbuf : curl_easy_strerror(rc));
}

Result<UnsubscribeOutcome> postOneClick(const UnsubscribePlan &plan, const HttpsSettings &s)
{
    if (!plan.target.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive))
        return Error{QCoreApplication::translate("Unsubscribe", "One-click unsubscribe is only sent over HTTPS"), plan.target};
    CURL *c = curl_easy_init();
    if (!c) return Error{QCoreApplication::translate("Unsubscribe", "Cannot start libcurl"), {}};
    char errbuf[CURL_ERROR_SIZE] = {0};
    QByteArray answer;
    const QByteArray url = plan.target.toUtf8();
    const QByteArray ca = s.caFile.toLocal8Bit();
    static const char body[] = "List-Unsubscribe=One-Click";
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/x-www-form-urlencoded");
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    // RFC 8058 section 3.2 asks senders not to redirect; one to another HTTPS page is followed
    // (keeping the POST), one to http:// is refused by libcurl before anything is sent there.
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 3L);
    curl_easy_setopt(c, CURLOPT_POSTREDIR, long(CURL_REDIR_POST_ALL));
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(sizeof body - 1));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    // No cookies (the cookie engine stays off), no Referer, nothing that identifies the user.
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Mailtide (RFC 8058 one-click unsubscribe)");
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(s.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(s.timeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, writeCallback);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &answer);
    if (!ca.isEmpty()) curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    const CURLcode rc = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    char *redirect = nullptr;
    curl_easy_getinfo(c, CURLINFO_REDIRECT_URL, &redirect);
    const QString redirectUrl = redirect ? QString::fromUtf8(redirect) : QString();
    const QString failure = curlFailure(rc, errbuf);
    curl_slist_free_all(headers);
    curl_easy_cleanup(c);
    const QString host = hostOf(plan.target);
    switch (rc) {
    case CURLE_OK: break;
    case CURLE_OPERATION_TIMEDOUT:
        return Error{QCoreApplication::translate("Unsubscribe", "%1 did not answer within %2 s").arg(host).arg(s.timeoutMs / 1000.0), failure};
    case CURLE_UNSUPPORTED_PROTOCOL:
        return Error{QCoreApplication::translate("Unsubscribe", "%1 redirected the unsubscribe to an address that is not HTTPS; it was not followed").arg(host),
                     redirectUrl.isEmpty() ? failure : redirectUrl};
    case CURLE_PEER_FAILED_VERIFICATION:
        return Error{QCoreApplication::translate("Unsubscribe", "%1's certificate is not trusted; nothing was sent").arg(host), failure};
    default: return Error{QCoreApplication::translate("Unsubscribe", "The unsubscribe request to %1 failed").arg(host), failure};
    }
    if (status < 200 || status >= 300)
        return Error{QCoreApplication::translate("Unsubscribe", "%1 answered %2: the unsubscribe may not have worked").arg(host).arg(status),
                     QString::fromUtf8(answer.left(300)).trimmed()};
    return UnsubscribeOutcome{true, QCoreApplication::translate("Unsubscribe", "%1 answered %2").arg(host).arg(status)};
}

Result<UnsubscribeOutcome> sendMailto(const UnsubscribePlan &plan, const SmtpSettings &s)
{
    if (s.host.isEmpty() || s.fromAddress.isEmpty())
        return Error{QCoreApplication::translate("Unsubscribe", "No SMTP server or sender address is set up for mailto unsubscribes"), {}};
    const bool implicit = s.tls == SmtpSettings::Tls::Implicit;
    const quint16 port = s.port ? s.port : (implicit ? 465 : 587);
    QString host = s.host;
    if (host.contains(u':')) host = u'[' + host + u']';
    const QByteArray url = (implicit ? QByteArrayLiteral("smtps://") : QByteArrayLiteral("smtp://")) + host.toUtf8() + ':' +
                           QByteArray::number(port) + '/' + QUrl::toAce(util::domainOf(s.fromAddress));
    const QString domain = util::domainOf(s.fromAddress);
    SizedBuffer message{mailtoMessage(plan, s.fromAddress,
                                      QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date),
                                      QStringLiteral("%1.%2@%3")
                                          .arg(QDateTime::currentMSecsSinceEpoch())
                                          .arg(QRandomGenerator::system()->generate64(), 0, 16)
                                          .arg(domain.isEmpty() ? QStringLiteral("mailtide.invalid") : domain)),
                        0};
    CURL *c = curl_easy_init();
    if (!c) return Error{QCoreApplication::translate("Unsubscribe", "Cannot start libcurl"), {}};
    char errbuf[CURL_ERROR_SIZE] = {0};
    const QByteArray from = '<' + s.fromAddress.toUtf8() + '>';
    const QByteArray to = '<' + plan.mailto.to.toUtf8() + '>';
    curl_slist *rcpt = curl_slist_append(nullptr, to.constData());
    const QByteArray user = s.user.toUtf8();
    const QByteArray ca = s.caFile.toLocal8Bit();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readCallback);
    curl_easy_setopt(c, CURLOPT_READDATA, &message);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.data.size()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(s.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(s.timeoutMs));
    if (!ca.isEmpty()) curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, s.password.constData());
    }
    const CURLcode rc = curl_easy_perform(c);
    curl_easy_setopt(c, CURLOPT_PASSWORD, nullptr);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    const QString failure = curlFailure(rc, errbuf);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(c);
    const QString where = QStringLiteral("%1:%2").arg(s.host).arg(port);
    switch (rc) {
    case CURLE_OK: break;
    case CURLE_OPERATION_TIMEDOUT:
        return Error{QCoreApplication::translate("Unsubscribe", "The SMTP server %1 did not answer within %2 s").arg(where).arg(s.timeoutMs / 1000.0), failure};
    case CURLE_LOGIN_DENIED: return Error{QCoreApplication::translate("Unsubscribe", "The SMTP server %1 refused the login").arg(where), failure};
    case CURLE_PEER_FAILED_VERIFICATION:
        return Error{QCoreApplication::translate("Unsubscribe", "The SMTP server %1's certificate is not trusted; nothing was sent").arg(where), failure};
    case CURLE_USE_SSL_FAILED: return Error{QCoreApplication::translate("Unsubscribe", "The SMTP server %1 does not offer STARTTLS").arg(where), failure};
    default: return Error{QCoreApplication::translate("Unsubscribe", "Sending the unsubscribe message through %1 failed").arg(where), failure};
    }
    return UnsubscribeOutcome{true, QCoreApplication::translate("Unsubscribe", "Unsubscribe message to %1 handed to %2 (answer %3)").arg(plan.mailto.to, where).arg(code)};
}

} // namespace

QString toString(UnsubscribeMethod method)
{
    switch (method) {
    case UnsubscribeMethod::OneClick: return QStringLiteral("one-click");
    case UnsubscribeMethod::Mailto: return QStringLiteral("mailto");
    case UnsubscribeMethod::Browser: return QStringLiteral("browser");
    case UnsubscribeMethod::Refused: break;
    }
    return QStringLiteral("refused");
}

UnsubscribeInput inputFrom(const mime::ParsedMessage &message, const QString &account,
                           std::optional<store::Verdict> verdict)
{
    UnsubscribeInput in;
    in.account = account;
    in.fromAddress = message.from.address;
    in.list = message.list;
    in.authResults = message.authResults;
    in.verdict = verdict;
    return in;
}

std::optional<MailtoTarget> parseMailto(const QString &uri)
{
    if (uri.size() > kMaxMailtoBytes || !uri.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = uri.mid(7);
    const qsizetype q = rest.indexOf(u'?');
    const auto decode = [](QStringView part) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part.toUtf8()));
    };
    MailtoTarget t;
    t.to = decode(QStringView(rest).left(q < 0 ? rest.size() : q)).section(u',', 0, 0).trimmed();
    if (q >= 0) {
        for (const QString &field : rest.mid(q + 1).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = field.indexOf(u'=');
            const QString key = field.left(eq < 0 ? field.size() : eq).toLower();
            const QString value = eq < 0 ? QString() : decode(QStringView(field).mid(eq + 1));
            if (key == QLatin1String("subject"))
                t.subject = value;
            else if (key == QLatin1String("body"))
                t.body = value;
            else if (key == QLatin1String("to") && t.to.isEmpty())
                t.to = value.section(u',', 0, 0).trimmed();
            // cc, bcc and other headers are ignored: an unsubscribe goes to the list and nobody else.
        }
    }
    // One addr-spec: no spaces, controls, brackets or a second '@'.
    if (t.to.count(u'@') != 1 || t.to.startsWith(u'@') || t.to.endsWith(u'@') || t.to.size() > 254) return std::nullopt;
    for (const QChar ch : t.to)
        if (ch.unicode() <= 0x20 || ch == u'<' || ch == u'>' || ch == u'"' || ch == u'(' || ch == u')' || ch == u'\\' || ch.unicode() == 0x7f)
            return std::nullopt;
    // The subject becomes a header: no line break may end it early.
    t.subject.replace(u'\r', u' ').replace(u'\n', u' ');
    t.subject = t.subject.simplified().left(200);
    t.body = t.body.left(4000);
    return t;
}

UnsubscribePlan planUnsubscribe(const UnsubscribeInput &in)
{
    UnsubscribePlan plan;
    plan.account = in.account;
    plan.sender = in.fromAddress.trimmed().toLower();
    plan.listId = in.list.id ? in.list.id->id : QString();
    const auto refuse = [&](const QString &reason) {
        plan.method = UnsubscribeMethod::Refused;
        plan.reason = reason;
        plan.question.clear();
        return plan;
    };

    if (in.verdict && *in.verdict == store::Verdict::Spam)
        return refuse(QCoreApplication::translate("Unsubscribe", "This message was judged spam. Unsubscribing from spam tells the spammer that your "
                         "address is read, and brings more spam: move it to Junk instead."));
    if (!in.list.hasUnsubscribe()) return refuse(QCoreApplication::translate("Unsubscribe", "The message offers no unsubscribe (no List-Unsubscribe header)."));

    // What the user's own server found when the message arrived.
    const mime::AuthResults *auth = trustedResults(in);
    bool dkimPass = false, dkimFail = false, spfFail = false, dmarcFail = false;
    QStringList passDomains;
    QSet<QString> listDomains;
    if (const QString d = util::registrableDomain(util::domainOf(in.fromAddress)); !d.isEmpty()) listDomains << d;
    if (in.list.id)
        if (const QString d = util::registrableDomain(in.list.id->id); !d.isEmpty()) listDomains << d;
    bool dkimForList = false;
    if (auth) {
        for (const mime::AuthResult &r : auth->results) {
            if (r.method == QLatin1String("dkim")) {
                if (r.result == QLatin1String("pass")) {
                    dkimPass = true;
                    const QString d = dkimDomain(r);
                    passDomains << d;
                    if (listDomains.contains(util::registrableDomain(d))) dkimForList = true;
                } else if (r.result == QLatin1String("fail")) {
                    dkimFail = true;
                }
            } else if (r.method == QLatin1String("spf") && r.result == QLatin1String("fail")) {
                spfFail = true;
            } else if (r.method == QLatin1String("dmarc") && r.result == QLatin1String("fail")) {
                dmarcFail = true;
            }
        }
    }
    if (dmarcFail)
        return refuse(QCoreApplication::translate("Unsubscribe", "The message failed DMARC: it may not come from %1 at all. Unsubscribing would answer "
                         "whoever forged it.").arg(util::domainOf(in.fromAddress)));
    if (dkimFail && !dkimPass)
        return refuse(QCoreApplication::translate("Unsubscribe", "The message's DKIM signature failed: it may have been forged or altered on the way. "
                         "Unsubscribing would answer whoever sent it."));
    if (spfFail && !dkimPass)
        return refuse(QCoreApplication::translate("Unsubscribe", "The message failed SPF and has no valid DKIM signature: the sender may be forged."));

    const mime::ListUri *https = nullptr;
    const mime::ListUri *http = nullptr;
    const mime::ListUri *mailto = nullptr;
    for (const mime::ListUri &u : in.list.unsubscribe) {
        if (u.kind == mime::ListUri::Https && !https) https = &u;
        if (u.kind == mime::ListUri::Http && !http) http = &u;
        if (u.kind == mime::ListUri::Mailto && !mailto) mailto = &u;
    }
    const QString listName = plan.listId.isEmpty() ? plan.sender : plan.listId;

    QString oneClickRefusal;
    if (in.list.unsubscribePost) {
        if (!https) {
            oneClickRefusal = QCoreApplication::translate("Unsubscribe", "One-click unsubscribe is offered only over plain http, which anyone on the way "
                                 "can read or change; Mailtide sends one-click requests only over HTTPS.");
        } else if (!dkimForList) {
            const QString domains = QStringList(listDomains.values()).join(QStringLiteral(", "));
            oneClickRefusal =
                dkimPass ? QCoreApplication::translate("Unsubscribe", "One-click unsubscribe needs a valid DKIM signature from the list's domain (%1); this "
                              "message is signed only by %2.").arg(domains, passDomains.join(QStringLiteral(", ")))
                         : QCoreApplication::translate("Unsubscribe", "One-click unsubscribe needs a valid DKIM signature from the list's domain (%1); this "
                              "message has none.").arg(domains);
        } else {
            plan.method = UnsubscribeMethod::OneClick;
            plan.target = https->uri;
            plan.reason = QCoreApplication::translate("Unsubscribe", "The list offers one-click unsubscribe (RFC 8058) and the message is signed by its "
                             "domain (DKIM).");
            plan.question = QCoreApplication::translate("Unsubscribe", "Send a one-click unsubscribe request for %1 to %2?").arg(listName, hostOf(https->uri));
            return plan;
        }
    }
    if (mailto) {
        if (std::optional<MailtoTarget> t = parseMailto(mailto->uri)) {
            plan.method = UnsubscribeMethod::Mailto;
            plan.target = mailto->uri;
            plan.mailto = *t;
            if (plan.mailto.subject.isEmpty()) plan.mailto.subject = QStringLiteral("unsubscribe");
            if (plan.mailto.body.isEmpty()) plan.mailto.body = QStringLiteral("unsubscribe");
            plan.reason = oneClickRefusal.isEmpty()
                              ? QCoreApplication::translate("Unsubscribe", "The list unsubscribes by e-mail.")
                              : oneClickRefusal + u' ' + QCoreApplication::translate("Unsubscribe", "It also unsubscribes by e-mail, which is used instead.");
            plan.question = QCoreApplication::translate("Unsubscribe", "Send an unsubscribe message to %1 (subject \"%2\") from your address?")
                                .arg(plan.mailto.to, plan.mailto.subject);
            return plan;
        }
    }
    if (!oneClickRefusal.isEmpty()) return refuse(oneClickRefusal);
    if (const mime::ListUri *link = https ? https : http) {
        plan.method = UnsubscribeMethod::Browser;
        plan.target = link->uri;
        plan.reason = QCoreApplication::translate("Unsubscribe", "The list unsubscribes through a web page.");
        plan.warning = QCoreApplication::translate("Unsubscribe", "Opening %1 tells the sender that you read this message, and the page may ask for more "
                          "than an unsubscribe. Never enter a password there.").arg(hostOf(link->uri));
        if (link->kind == mime::ListUri::Http)
            plan.warning += u' ' + QCoreApplication::translate("Unsubscribe", "The link is plain http: anyone on the way can read or change it.");
        plan.question = QCoreApplication::translate("Unsubscribe", "Open the unsubscribe page of %1 in your browser?").arg(listName);
        return plan;
    }
    return refuse(QCoreApplication::translate("Unsubscribe", "The message's unsubscribe links use no method Mailtide can use safely."));
}

QByteArray mailtoMessage(const UnsubscribePlan &plan, const QString &fromAddress, const QString &date,
                         const QString &messageId)
{
    QByteArray m;
    m += "From: <" + fromAddress.toUtf8() + ">\r\n";
    m += "To: <" + plan.mailto.to.toUtf8() + ">\r\n";
    m += "Subject: " + encodeHeaderText(plan.mailto.subject) + "\r\n";
    m += "Date: " + date.toUtf8() + "\r\n";
    m += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: 8bit\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "\r\n";
    QByteArray body = plan.mailto.body.toUtf8();
    body.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    m += body;
    if (!m.endsWith("\r\n")) m += "\r\n";
    return m;
}

Result<UnsubscribeOutcome> executeUnsubscribe(const UnsubscribePlan &plan, const HttpsSettings &https,
                                              const SmtpSettings &smtp)
{
    globalInit();
    switch (plan.method) {
    case UnsubscribeMethod::OneClick: return postOneClick(plan, https);
    case UnsubscribeMethod::Mailto: return sendMailto(plan, smtp);
    case UnsubscribeMethod::Browser:
        return Error{QCoreApplication::translate("Unsubscribe", "This unsubscribe happens in the browser; Mailtide does not open it by itself"), plan.target};
    case UnsubscribeMethod::Refused: break;
    }
    return Error{QCoreApplication::translate("Unsubscribe", "This unsubscribe was refused"), plan.reason};
}

} // namespace mailtide::hygiene
