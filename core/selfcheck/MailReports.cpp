#include "selfcheck/MailReports.h"

#include "mime/MessageHeaders.h"
#include "mime/ParsedMessage.h"
#include "mime/Received.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QRegularExpression>

#include <utility>

namespace mailtide::selfcheck {

namespace {

constexpr qsizetype kMaxLeafBytes = 1024 * 1024;   ///< of a status part, a returned message, a text part
constexpr qsizetype kMaxBodyText = 256 * 1024;     ///< text of a legacy bounce searched for its shape
constexpr int kMaxGroups = 1000;                   ///< field groups of a delivery-status part (recipients + 1)
constexpr int kMaxFieldsPerGroup = 100;
constexpr int kMaxRecipients = 1000;
constexpr qsizetype kMaxDiagnostic = 300;

using Fields = QList<QPair<QString, QString>>; // name (as written), unfolded value

QString field(const Fields &fields, QLatin1String name)
{
    for (const auto &[n, v] : fields) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) return v;
    }
    return {};
}

bool hasField(const Fields &fields, QLatin1String name)
{
    for (const auto &f : fields) {
        if (f.first.compare(name, Qt::CaseInsensitive) == 0) return true;
    }
    return false;
}

/** RFC 3464 section 2.1 / RFC 5965 section 3: groups of header-style fields separated by empty
 *  lines. Folded lines are joined; lines that are no field are skipped. */
QList<Fields> fieldGroups(QByteArrayView text)
{
    QList<Fields> groups;
    Fields current;
    qsizetype pos = 0;
    while (pos < text.size() && groups.size() < kMaxGroups) {
        const qsizetype nl = text.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? text.size() : nl;
        QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r')) line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty()) groups.append(std::exchange(current, {}));
            continue;
        }
        if ((line[0] == ' ' || line[0] == '\t')) {
            if (!current.isEmpty() && current.last().second.size() < 4096)
                current.last().second += QLatin1Char(' ') + QString::fromUtf8(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || current.size() >= kMaxFieldsPerGroup) continue;
        const QByteArrayView name = line.first(colon).trimmed();
        if (name.isEmpty() || name.contains(' ')) continue;
        current.append({QString::fromLatin1(name), QString::fromUtf8(line.sliced(colon + 1).trimmed())});
    }
    if (!current.isEmpty() && groups.size() < kMaxGroups) groups.append(current);
    return groups;
}

/** "rfc822; bob@example.org" -> "bob@example.org"; "dns; mx.example" -> "mx.example". */
QString afterType(const QString &value)
{
    const qsizetype semi = value.indexOf(QLatin1Char(';'));
    QString v = (semi < 0 ? value : value.sliced(semi + 1)).simplified();
    if (v.startsWith(QLatin1Char('<')) && v.endsWith(QLatin1Char('>'))) v = v.mid(1, v.size() - 2).trimmed();
    return v;
}

QString addrSpec(const QString &value)
{
    QString v = value.simplified();
    const qsizetype lt = v.indexOf(QLatin1Char('<'));
    const qsizetype gt = v.indexOf(QLatin1Char('>'), lt + 1);
    if (lt >= 0 && gt > lt) v = v.mid(lt + 1, gt - lt - 1).trimmed();
    return v.toLower();
}

/** Public by the rule the self-check wants: everything but private, loopback, link-local, CGNAT,
 *  unspecified and multicast space. Documentation ranges (TEST-NET, 2001:db8::/32) count as public:
 *  the tests use them for the Internet. */
bool isPublicIp(const QString &text)
{
    QHostAddress a(text);
    if (a.isNull()) return false;
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped); // also ::ffff:a.b.c.d
    if (a.protocol() == QAbstractSocket::IPv4Protocol || mapped) {
        const auto in = [v4](quint32 net, int bits) { return (v4 >> (32 - bits)) == (net >> (32 - bits)); };
        return !(in(0x0a000000, 8) || in(0xac100000, 12) || in(0xc0a80000, 16) || in(0x7f000000, 8) ||
                 in(0xa9fe0000, 16) || in(0x64400000, 10) || in(0x00000000, 8) || in(0xe0000000, 4) ||
                 v4 == 0xffffffffu);
    }
    if (a.isLoopback() || a.isLinkLocal() || a.isUniqueLocalUnicast() || a.isMulticast() ||
        a == QHostAddress(QHostAddress::AnyIPv6))
        return false;
    return true;
}

/** The headers of a returned message (message/rfc822 bytes or text/rfc822-headers), into r. */
void readOriginal(QByteArrayView data, MailReport &r)
{
    qsizetype start = 0;
    while (start < data.size() && (data[start] == '\r' || data[start] == '\n' || data[start] == ' '))
        ++start;
    const QByteArrayView header = mime::headerBlock(data.sliced(start));
    if (header.isEmpty()) return;
    QByteArray block = header.toByteArray();
    if (!block.endsWith('\n')) block += '\n';
    block += '\n'; // no body
    mime::ParseLimits limits;
    limits.maxRawBytes = block.size();
    const mime::ParsedMessage m = mime::parseMessage(block, limits);
    bool any = false;
    for (const auto &[name, value] : m.headers) {
        Q_UNUSED(value);
        if (name.compare(QLatin1String("From"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("Message-ID"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("Subject"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("Received"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("Date"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("To"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("Return-Path"), Qt::CaseInsensitive) == 0) {
            any = true;
            break;
        }
    }
    if (!any) return;
    r.hasOriginal = true;
    r.originalMessageId = m.messageId;
    r.originalFrom = m.from.address.toLower();
    r.originalSubject = m.subject;
    if (m.date) r.originalDateUtc = m.date->utc;
    if (r.originalMailFrom.isEmpty()) r.originalMailFrom = m.returnPath.toLower();
    if (r.sourceIp.isEmpty()) {
        for (const mime::ReceivedHop &hop : m.received) { // top-most first
            if (!hop.ip.isEmpty() && isPublicIp(hop.ip)) {
                r.sourceIp = hop.ip;
                break;
            }
        }
    }
}

const mime::MimeLeaf *returnedPart(const QList<mime::MimeLeaf> &leaves, qsizetype after)
{
    const auto isReturned = [](const QString &t) {
        return t == QLatin1String("message/rfc822") || t == QLatin1String("message/global") ||
               t == QLatin1String("text/rfc822-headers") || t == QLatin1String("message/global-headers");
    };
    for (qsizetype i = after + 1; i < leaves.size(); ++i) {
        if (isReturned(leaves[i].contentType)) return &leaves[i];
    }
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        if (isReturned(leaves[i].contentType)) return &leaves[i];
    }
    return nullptr;
}

QString firstStatusCode(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])"));
    const QRegularExpressionMatch m = code.match(value);
    return m.hasMatch() ? m.captured(1) : QString();
}

// ---------------------------------------------------------------------------------------------
// Legacy bounces: recognised by who sends them and the lines their software writes.

struct Marker
{
    const char *text;
    bool copyFollows; ///< the returned message's headers follow the line
};

constexpr Marker kMarkers[] = {
    {"------ This is a copy of the message, including all the headers. ------", true}, // Exim
    {"------ This is a copy of the message's headers. ------", true},                  // Exim, headers only
    {"--- Below this line is a copy of the message.", true},                           // qmail
    {"--- Enclosed are the original headers of the message.", true},                   // qmail (bouncemaxbytes)
    {"----- Original message follows -----", true},                                    // Sendmail
    {"----- Original message -----", true},                                            // Exchange, gateways
    {"----- Message header follows -----", true},                                      // Sendmail headers only
    {"--- Below the next line is a copy of the message.", true},                       // qmail variants
    {"--- Original message follows.", true},                                           // Yahoo for hosted domains
    {"Original message follows.", true},
    {"-------- Returned Mail --------", true},
    {"---- START OF RETURNED MESSAGE ----", true},
    {"--------RETURNED MAIL FOLLOWS--------", true},
    {"Hi. This is the", false},                                                        // qmail (QSBMF) and its kin
    {"Hi. The MTA program at", false},
    {"This is the mail delivery agent at", false},
    {"This message was created automatically by mail delivery software.", false},      // Exim
    {"A message that you sent could not be delivered", false},                         // Exim
    {"----- The following addresses had permanent fatal errors -----", false},         // Sendmail
    {"----- Transcript of session follows -----", false},                              // Sendmail
    {"Delivery to the following recipient failed", false},                             // Gmail before DSNs
    {"Your message did not reach some or all of the intended recipients", false},      // Exchange
    {"The following recipient(s) cannot be reached", false},                           // Exchange
};

bool looksLikeBouncer(const mime::MessageHeaders &h)
{
    const QString from = h.from.address.toLower();
    const QString local = from.left(from.indexOf(QLatin1Char('@')));
    if (local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster") ||
        local == QLatin1String("mail-daemon") || local == QLatin1String("mailerdaemon"))
        return true;
    if (h.from.name.contains(QLatin1String("Mail Delivery"), Qt::CaseInsensitive)) return true;
    static const char *const subjects[] = {
        "Undelivered Mail Returned to Sender", "Mail delivery failed", "failure notice", "Returned mail",
        "Undeliverable", "Delivery Status Notification", "Delivery failure", "Undelivered mail",
        "Mail System Error", "Nondeliverable",
    };
    for (const char *s : subjects) {
        if (h.subject.contains(QLatin1String(s), Qt::CaseInsensitive)) return true;
    }
    return false;
}

/** Lines that hold a recipient address alone (qmail "<a@b>:", Exim "  a@b", Sendmail "<a@b>",
 *  Exchange "a@b on date"). */
QStringList addressLines(QStringView text)
{
    static const QRegularExpression line(QStringLiteral(
        "^[ \\t]*<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+)>?:?(?:[ \\t]+on[ \\t].*)?[ \\t]*$"),
        QRegularExpression::MultilineOption);
    QStringList out;
    QRegularExpressionMatchIterator it = line.globalMatch(text);
    while (it.hasNext() && out.size() < kMaxRecipients) {
        const QString a = it.next().captured(1);
        if (!out.contains(a, Qt::CaseInsensitive)) out << a;
    }
    return out;
}

std::optional<MailReport> legacyBounce(const mime::MessageHeaders &h, const QList<mime::MimeLeaf> &leaves)
{
    if (!looksLikeBouncer(h)) return std::nullopt;
    QString body;
    for (const mime::MimeLeaf &leaf : leaves) {
        if (leaf.contentType != QLatin1String("text/plain") && !leaf.contentType.isEmpty()) continue;
        body += QString::fromUtf8(leaf.data.left(kMaxBodyText - body.size()));
        if (body.size() >= kMaxBodyText) break;
    }
    qsizetype copyAt = -1;
    qsizetype firstMarker = -1;
    for (const Marker &m : kMarkers) {
        const qsizetype at = body.indexOf(QLatin1String(m.text));
        if (at < 0) continue;
        if (firstMarker < 0 || at < firstMarker) firstMarker = at;
        if (m.copyFollows && (copyAt < 0 || at < copyAt)) {
            const qsizetype eol = body.indexOf(QLatin1Char('\n'), at);
            copyAt = eol < 0 ? body.size() : eol + 1;
        }
    }
    const mime::MimeLeaf *attached = returnedPart(leaves, -1);
    if (firstMarker < 0 && !attached) return std::nullopt;

    MailReport r;
    r.kind = MailReportKind::LegacyBounce;
    r.reporter = h.from.address;
    const QStringView explanation = QStringView(body).first(copyAt < 0 ? body.size() : copyAt);
    r.recipients = addressLines(explanation);
    // The status code and the line that gives it: "550 5.1.1 ...", qmail's "(#5.1.1)".
    for (QStringView l : explanation.split(QLatin1Char('\n'))) {
        const QString code = firstStatusCode(l.toString());
        if (code.isEmpty()) continue;
        r.status = code;
        r.diagnostic = l.toString().simplified().left(kMaxDiagnostic);
        break;
    }
    if (r.status.startsWith(QLatin1Char('5')) || explanation.contains(QLatin1String("permanent error"), Qt::CaseInsensitive) ||
        explanation.contains(QLatin1String("permanent fatal error"), Qt::CaseInsensitive))
        r.action = QStringLiteral("failed");
    else if (r.status.startsWith(QLatin1Char('4')))
        r.action = QStringLiteral("delayed");
    if (attached)
        readOriginal(attached->data, r);
    else if (copyAt >= 0)
        readOriginal(QStringView(body).sliced(copyAt).toUtf8(), r);
    return r;
}

} // namespace

QString toString(MailReportKind kind)
{
    switch (kind) {
    case MailReportKind::Dsn: return QStringLiteral("dsn");
    case MailReportKind::Arf: return QStringLiteral("arf");
    case MailReportKind::LegacyBounce: return QStringLiteral("bounce");
    }
    return {};
}

std::optional<MailReport> parseMailReport(QByteArrayView raw)
{
    const mime::MessageHeaders h = mime::parseHeaders(raw);
    const mime::MimeLeaves parts = mime::mimeLeaves(raw, kMaxLeafBytes);
    const QList<mime::MimeLeaf> &leaves = parts.leaves;

    qsizetype arfAt = -1, dsnAt = -1;
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        const QString &t = leaves[i].contentType;
        if (arfAt < 0 && t == QLatin1String("message/feedback-report")) arfAt = i;
        if (dsnAt < 0 && (t == QLatin1String("message/delivery-status") || t == QLatin1String("message/global-delivery-status")))
            dsnAt = i;
    }

    std::optional<MailReport> out;
    if (arfAt >= 0) {
        MailReport r;
        r.kind = MailReportKind::Arf;
        Fields all;
        for (const Fields &g : fieldGroups(leaves[arfAt].data))
            all += g;
        r.feedbackType = field(all, QLatin1String("Feedback-Type")).simplified().toLower();
        r.reportedDomain = field(all, QLatin1String("Reported-Domain")).simplified().toLower();
        const QString mta = field(all, QLatin1String("Reporting-MTA"));
        r.reporter = mta.isEmpty() ? field(all, QLatin1String("User-Agent")).simplified() : afterType(mta);
        QString arrival = field(all, QLatin1String("Arrival-Date"));
        if (arrival.isEmpty()) arrival = field(all, QLatin1String("Received-Date"));
        if (!arrival.isEmpty())
            if (const auto t = mime::parseDate(arrival.toUtf8())) r.arrivalUtc = t->utc;
        r.originalMailFrom = addrSpec(field(all, QLatin1String("Original-Mail-From")));
        const QString source = mime::canonicalIp(field(all, QLatin1String("Source-IP")).simplified());
        r.sourceIp = source;
        for (const auto &[name, value] : all) {
            if (name.compare(QLatin1String("Original-Rcpt-To"), Qt::CaseInsensitive) == 0 && r.recipients.size() < kMaxRecipients)
                r.recipients << addrSpec(value);
        }
        if (const mime::MimeLeaf *orig = returnedPart(leaves, arfAt)) readOriginal(orig->data, r);
        out = r;
    } else if (dsnAt >= 0) {
        MailReport r;
        r.kind = MailReportKind::Dsn;
        bool first = true;
        for (const Fields &g : fieldGroups(leaves[dsnAt].data)) {
            const QString mta = field(g, QLatin1String("Reporting-MTA"));
            if (r.reporter.isEmpty() && !mta.isEmpty()) r.reporter = afterType(mta);
            const QString arrival = field(g, QLatin1String("Arrival-Date"));
            if (!r.arrivalUtc && !arrival.isEmpty())
                if (const auto t = mime::parseDate(arrival.toUtf8())) r.arrivalUtc = t->utc;
            QString rcpt = field(g, QLatin1String("Final-Recipient"));
            if (rcpt.isEmpty()) rcpt = field(g, QLatin1String("Original-Recipient"));
            if (rcpt.isEmpty() && !hasField(g, QLatin1String("Action"))) continue; // the per-message group
            if (!rcpt.isEmpty() && r.recipients.size() < kMaxRecipients) r.recipients << afterType(rcpt);
            if (!first) continue;
            first = false;
            r.action = field(g, QLatin1String("Action")).simplified().toLower();
            const QString status = field(g, QLatin1String("Status"));
            r.status = firstStatusCode(status);
            if (r.status.isEmpty()) r.status = status.simplified().left(20);
            r.diagnostic = afterType(field(g, QLatin1String("Diagnostic-Code"))).left(kMaxDiagnostic);
        }
        if (r.reporter.isEmpty()) r.reporter = h.from.address;
        if (const mime::MimeLeaf *orig = returnedPart(leaves, dsnAt)) readOriginal(orig->data, r);
        out = r;
    } else {
        out = legacyBounce(h, leaves);
    }
    if (out && h.date) out->dateUtc = h.date->utc;
    return out;
}

} // namespace mailtide::selfcheck
