#include "senders/Evidence.h"

#include "classify/Rules.h"
#include "util/Domains.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>

namespace mailtide::senders {

namespace {

struct Kind
{
    const char *id;
    double weight;
    const char *words; // for a group report
};

// Weights: how much one item alone makes a sender look forged or botnet-sent. Set by hand from
// what each sign means (a DKIM signature of another domain is normal for mailing services, a
// dynamic origin almost never is); the classifier learns its own from these as features.
constexpr std::array<Kind, int(EvidenceId::Count)> kKinds = {{
    {"dkim-not-aligned", 0.15, QT_TRANSLATE_NOOP("Senders", "signed (DKIM) by another domain than the From")},
    {"return-path-not-aligned", 0.10, QT_TRANSLATE_NOOP("Senders", "envelope sender (Return-Path) in another domain than the From")},
    {"display-name-address", 0.60, QT_TRANSLATE_NOOP("Senders", "display name holds another address")},
    {"display-name-brand", 0.60, QT_TRANSLATE_NOOP("Senders", "display name claims a brand the address does not belong to")},
    {"reply-to-other-domain", 0.20, QT_TRANSLATE_NOOP("Senders", "replies go to another domain")},
    {"freemail-reply-to", 0.45, QT_TRANSLATE_NOOP("Senders", "replies go to a free-mail address")},
    {"lookalike-brand", 0.80, QT_TRANSLATE_NOOP("Senders", "sender domain imitates a well-known brand")},
    {"lookalike-correspondent", 0.70, QT_TRANSLATE_NOOP("Senders", "sender domain is a near miss of a domain you correspond with")},
    {"idn-mixed-scripts", 0.80, QT_TRANSLATE_NOOP("Senders", "sender domain mixes alphabets (homoglyphs)")},
    {"helo-ip-literal", 0.35, QT_TRANSLATE_NOOP("Senders", "sending host greeted with a bare IP (HELO)")},
    {"helo-mismatch", 0.20, QT_TRANSLATE_NOOP("Senders", "sending host's HELO name does not match its reverse DNS")},
    {"helo-own-domain", 0.80, QT_TRANSLATE_NOOP("Senders", "sending host claimed to be your own domain (HELO)")},
    {"dynamic-origin", 0.55, QT_TRANSLATE_NOOP("Senders", "sent from a dynamic/residential IP (botnet sign)")},
    {"no-reverse-dns", 0.15, QT_TRANSLATE_NOOP("Senders", "origin IP has no reverse DNS")},
    {"private-origin", 0.40, QT_TRANSLATE_NOOP("Senders", "origin IP is private or reserved")},
    {"many-hops", 0.25, QT_TRANSLATE_NOOP("Senders", "unusually many Received hops")},
    {"clock-skew", 0.25, QT_TRANSLATE_NOOP("Senders", "Date far from the time your server received it")},
    {"link-text-mismatch", 0.55, QT_TRANSLATE_NOOP("Senders", "link text shows one domain, the link goes to another")},
    {"url-shortener", 0.30, QT_TRANSLATE_NOOP("Senders", "links hidden behind a URL shortener")},
    {"ip-link", 0.50, QT_TRANSLATE_NOOP("Senders", "links to a raw IP address")},
    {"lookalike-link", 0.70, QT_TRANSLATE_NOOP("Senders", "links to a domain imitating a brand")},
    {"may-be-forged", 0.30, QT_TRANSLATE_NOOP("Senders", "receiving server noted the origin's name may be forged")},
}};


bool isFetchHop(const mime::ReceivedHop &h)
{
    const QString p = h.protocol;
    return p.startsWith(QLatin1String("POP")) || p.startsWith(QLatin1String("IMAP")) ||
           h.with.contains(QLatin1String("fetchmail"), Qt::CaseInsensitive) ||
           h.with.startsWith(QLatin1String("POP3"), Qt::CaseInsensitive) ||
           h.with.startsWith(QLatin1String("IMAP"), Qt::CaseInsensitive);
}

QString domainOfHost(const QString &host)
{
    if (host.size() > 253)
        return {};
    return util::registrableDomain(host.toLower());
}

/** The IP's bytes, or an empty array. */
QByteArray ipBytes(const QString &ip, bool *v6)
{
    QHostAddress a;
    if (ip.isEmpty() || ip.size() > 64 || !a.setAddress(ip))
        return {};
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = a.toIPv4Address();
        *v6 = false;
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        return QByteArray(bytes, 4);
    }
    const Q_IPV6ADDR x = a.toIPv6Address();
    *v6 = true;
    return QByteArray(reinterpret_cast<const char *>(x.c), 16);
}

bool isIpText(const QString &s)
{
    QString t = s;
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    return !mime::canonicalIp(t).isEmpty();
}

const QStringList &dynamicWords()
{
    static const QStringList w = {
        QStringLiteral("dsl"),   QStringLiteral("adsl"),    QStringLiteral("xdsl"),    QStringLiteral("vdsl"),
        QStringLiteral("dyn"),   QStringLiteral("dynamic"), QStringLiteral("dynip"),   QStringLiteral("pool"),
        QStringLiteral("cable"), QStringLiteral("ppp"),     QStringLiteral("pppoe"),   QStringLiteral("dhcp"),
        QStringLiteral("dial"),  QStringLiteral("dialup"),  QStringLiteral("dialin"),  QStringLiteral("client"),
        QStringLiteral("clients"), QStringLiteral("broadband"), QStringLiteral("cust"), QStringLiteral("customer"),
        QStringLiteral("resident"), QStringLiteral("residential"),
        QStringLiteral("modem"),   QStringLiteral("catv"),    QStringLiteral("fibertel"),
        QStringLiteral("ftth"),  QStringLiteral("fios"),    QStringLiteral("wireless"), QStringLiteral("mobile"),
        QStringLiteral("nat"),   QStringLiteral("unassigned"), QStringLiteral("hsd"),
    };
    return w;
}

int addItemsJson(QJsonArray &a, const QList<EvidenceItem> &items)
{
    for (const EvidenceItem &i : items)
        a.append(QJsonObject{{QStringLiteral("id"), idString(i.id)}, {QStringLiteral("weight"), i.weight},
                             {QStringLiteral("text"), i.text}});
    return int(a.size());
}

} // namespace

QString idString(EvidenceId id)
{
    const int i = int(id);
    return i >= 0 && i < int(EvidenceId::Count) ? QString::fromLatin1(kKinds[size_t(i)].id) : QString();
}

double weightOf(EvidenceId id)
{
    const int i = int(id);
    return i >= 0 && i < int(EvidenceId::Count) ? kKinds[size_t(i)].weight : 0.0;
}

QString describe(EvidenceId id)
{
    const int i = int(id);
    return i >= 0 && i < int(EvidenceId::Count) ? QCoreApplication::translate("Senders", kKinds[size_t(i)].words) : QString();
}

// --- authentication -----------------------------------------------------------------------------

std::optional<QString> topAuthservId(const QList<mime::AuthResults> &headers)
{
    if (headers.isEmpty())
        return std::nullopt;
    return headers.first().authservId.toLower();
}

TrustedAuth trustedAuth(const QList<mime::AuthResults> &headers, const QString &authservId)
{
    TrustedAuth t;
    if (headers.isEmpty())
        return t;
    const QString id = authservId.isEmpty() ? headers.first().authservId.toLower() : authservId.toLower();
    QList<const mime::AuthResults *> trusted;
    int skippedAbove = 0;
    for (const mime::AuthResults &h : headers) {
        if (h.authservId.compare(id, Qt::CaseInsensitive) == 0) {
            trusted << &h;
        } else if (!trusted.isEmpty() || ++skippedAbove > 2) {
            break;
        }
    }
    if (trusted.isEmpty())
        return t;
    t.present = true;
    t.authservId = id;
    // Each method's results are taken from the top-most trusted header that has any: a header
    // with the same id further down may be a forger's copy (RFC 8601 section 5 asks receivers to
    // remove those; not all do).
    const mime::AuthResult *firstDkim = nullptr;
    const mime::AuthResults *dkimHeader = nullptr;
    for (const mime::AuthResults *h : trusted) {
        for (const mime::AuthResult &r : h->results) {
            if (r.method == QLatin1String("dkim")) {
                if (dkimHeader && dkimHeader != h)
                    continue;
                dkimHeader = h;
            }
            if (r.method == QLatin1String("spf") && t.spf.isEmpty()) {
                t.spf = r.result;
                QString who = r.property(u"smtp.mailfrom");
                if (who.isEmpty())
                    who = r.property(u"smtp.helo");
                t.spfDomain = domainOfHost(who.contains(QLatin1Char('@')) ? util::domainOf(who) : who);
            } else if (r.method == QLatin1String("dkim")) {
                if (!firstDkim)
                    firstDkim = &r;
                if (r.result == QLatin1String("pass")) {
                    const QString d = domainOfHost(r.property(u"header.d").isEmpty() ? util::domainOf(r.property(u"header.i"))
                                                                                    : r.property(u"header.d"));
                    // Several passing signatures: keep the first, unless a later one is aligned
                    // with the From (dmarc's header.from in the same header tells which).
                    if (t.dkim != QLatin1String("pass"))
                        t.dkimDomain = d;
                    t.dkim = QStringLiteral("pass");
                    for (const mime::AuthResult &dm : h->results)
                        if (dm.method == QLatin1String("dmarc") && domainOfHost(dm.property(u"header.from")) == d)
                            t.dkimDomain = d;
                }
            } else if (r.method == QLatin1String("dmarc") && t.dmarc.isEmpty()) {
                t.dmarc = r.result;
            } else if (r.method == QLatin1String("arc") && t.arc.isEmpty()) {
                t.arc = r.result;
            }
        }
    }
    if (t.dkim.isEmpty() && firstDkim) {
        t.dkim = firstDkim->result;
        t.dkimDomain = domainOfHost(firstDkim->property(u"header.d"));
    }
    return t;
}

// --- the Received chain ---------------------------------------------------------------------------

IpKind classifyIp(const QString &ip)
{
    bool v6 = false;
    const QByteArray b = ipBytes(ip, &v6);
    if (b.isEmpty())
        return IpKind::Invalid;
    const auto u = [&](int i) { return quint8(b[i]); };
    if (!v6) {
        if (u(0) == 127)
            return IpKind::Loopback;
        if (u(0) == 10 || (u(0) == 172 && (u(1) & 0xf0) == 16) || (u(0) == 192 && u(1) == 168))
            return IpKind::Private;
        if (u(0) == 169 && u(1) == 254)
            return IpKind::LinkLocal;
        if (u(0) == 0 || (u(0) == 100 && (u(1) & 0xc0) == 64) || u(0) >= 224 || (u(0) == 192 && u(1) == 0 && u(2) == 2) ||
            (u(0) == 198 && u(1) == 51 && u(2) == 100) || (u(0) == 203 && u(1) == 0 && u(2) == 113) ||
            (u(0) == 198 && (u(1) & 0xfe) == 18) || (u(0) == 192 && u(1) == 0 && u(2) == 0))
            return IpKind::Reserved;
        return IpKind::Public;
    }
    // IPv4-mapped (::ffff:a.b.c.d): judge the IPv4 address.
    if (std::all_of(b.begin(), b.begin() + 10, [](char c) { return c == 0; }) && u(10) == 0xff && u(11) == 0xff)
        return classifyIp(QStringLiteral("%1.%2.%3.%4").arg(u(12)).arg(u(13)).arg(u(14)).arg(u(15)));
    if (std::all_of(b.begin(), b.begin() + 15, [](char c) { return c == 0; }))
        return u(15) == 1 ? IpKind::Loopback : IpKind::Reserved;
    if ((u(0) & 0xfe) == 0xfc)
        return IpKind::Private;
    if (u(0) == 0xfe && (u(1) & 0xc0) == 0x80)
        return IpKind::LinkLocal;
    if (u(0) == 0xff || (u(0) == 0x20 && u(1) == 0x01 && u(2) == 0x0d && u(3) == 0xb8))
        return IpKind::Reserved;
    return IpKind::Public;
}

QString networkOf(const QString &ip)
{
    bool v6 = false;
    const QByteArray b = ipBytes(ip, &v6);
    if (b.isEmpty())
        return {};
    if (!v6)
        return QStringLiteral("%1.%2.%3.0/24").arg(quint8(b[0])).arg(quint8(b[1])).arg(quint8(b[2]));
    QByteArray net = b.left(6) + QByteArray(10, '\0');
    Q_IPV6ADDR a;
    std::copy(net.begin(), net.end(), a.c);
    return QHostAddress(a).toString() + QStringLiteral("/48");
}

Origin findOrigin(const QList<mime::ReceivedHop> &hops, const EvidenceContext &ctx)
{
    Origin o;
    o.hops = int(hops.size());
    QStringList inside = ctx.providerDomains;
    for (int i = 0; i < hops.size(); ++i) {
        const mime::ReceivedHop &h = hops[i];
        const QString by = domainOfHost(h.by);
        if (!by.isEmpty() && !inside.contains(by))
            inside << by;
        if (!h.hasFrom())
            continue; // "by x with local": no sender to judge
        if (isFetchHop(h)) {
            // fetchmail: the next hop down was received by the mailbox's provider.
            for (const QString &n : {h.rdns, h.helo})
                if (const QString d = domainOfHost(n); !d.isEmpty() && !inside.contains(d))
                    inside << d;
            continue;
        }
        const IpKind kind = classifyIp(h.ip);
        if (kind == IpKind::Loopback || kind == IpKind::Private || kind == IpKind::LinkLocal || h.ip.isEmpty())
            continue;
        const QString fromDom = domainOfHost(h.rdns.isEmpty() ? h.helo : h.rdns);
        if (!fromDom.isEmpty() && inside.contains(fromDom) && i + 1 < hops.size())
            continue; // the provider's own relay
        o.hopIndex = i;
        o.ip = h.ip;
        o.rdns = h.rdns.left(253).toLower();
        o.helo = h.helo.left(1024);
        o.mayBeForged = h.mayBeForged;
        return o;
    }
    return o;
}

bool isDynamicRdns(const QString &rdns, const QString &ip)
{
    if (rdns.isEmpty())
        return false;
    const QString name = rdns.left(253).toLower();
    // The IP's octets in the name, in either order, with any separators: 84-12-34-56.dsl...,
    // 56.34.12.84.in-addr..., 084012034056. Two adjacent octets are not enough (too many hosts
    // are numbered mx1-2), three are.
    bool v6 = false;
    const QByteArray b = ipBytes(ip, &v6);
    if (!b.isEmpty() && !v6) {
        QStringList oct, octPad;
        for (int i = 0; i < 4; ++i) {
            oct << QString::number(quint8(b[i]));
            octPad << QStringLiteral("%1").arg(quint8(b[i]), 3, 10, QLatin1Char('0'));
        }
        QString digits;
        QStringList groups;
        QString cur;
        for (QChar c : name) {
            if (c.isDigit()) {
                cur += c;
            } else if (!cur.isEmpty()) {
                groups << cur;
                cur.clear();
            }
        }
        if (!cur.isEmpty())
            groups << cur;
        auto contains3 = [&](const QStringList &o) {
            for (qsizetype i = 0; i + 2 < groups.size(); ++i) {
                for (int s = 0; s + 2 < 4; ++s) {
                    if (groups[i] == o[s] && groups[i + 1] == o[s + 1] && groups[i + 2] == o[s + 2])
                        return true;
                    if (groups[i] == o[3 - s] && groups[i + 1] == o[2 - s] && groups[i + 2] == o[1 - s])
                        return true;
                }
            }
            return false;
        };
        if (contains3(oct))
            return true;
        const QString padded = octPad.join(QString());
        if (groups.contains(padded))
            return true;
        // Hex-encoded address (c0a80001.pool...) or the padded octets inside a longer run.
        const QString hex = QStringLiteral("%1").arg(quint32(quint8(b[0])) << 24 | quint32(quint8(b[1])) << 16 |
                                                         quint32(quint8(b[2])) << 8 | quint32(quint8(b[3])),
                                                     8, 16, QLatin1Char('0'));
        if (name.contains(hex))
            return true;
    }
    // Pool words, as a whole label or a part of one split at '-', '.', or digits.
    QString word;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        const QChar c = i < name.size() ? name[i] : QChar(u'.');
        if (c.isLetter()) {
            word += c;
            continue;
        }
        if (!word.isEmpty() && dynamicWords().contains(word))
            return true;
        word.clear();
    }
    return false;
}

std::optional<EvidenceId> heloProblem(const Origin &o, const EvidenceContext &ctx)
{
    const QString helo = o.helo.trimmed();
    if (helo.isEmpty())
        return std::nullopt;
    if (helo.size() > 253)
        return EvidenceId::HeloMismatch;
    if (isIpText(helo))
        return EvidenceId::HeloIpLiteral;
    const QString hd = domainOfHost(helo);
    if (!hd.isEmpty() && ctx.ownDomains.contains(hd))
        return EvidenceId::HeloOwnDomain;
    const QString rd = domainOfHost(o.rdns);
    if (!o.rdns.isEmpty() && !rd.isEmpty() && hd != rd)
        return EvidenceId::HeloMismatch;
    return std::nullopt;
}

// --- look-alikes -------------------------------------------------------------------------------

int editDistance(QStringView a, QStringView b, int limit)
{
    if (a.size() > 64 || b.size() > 64 || std::abs(int(a.size() - b.size())) > limit)
        return limit + 1;
    std::array<int, 65> prev{}, cur{};
    for (int j = 0; j <= int(b.size()); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= int(a.size()); ++i) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= int(b.size()); ++j) {
            const int sub = prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub});
            best = std::min(best, cur[size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        prev = cur;
    }
    return std::min(prev[size_t(b.size())], limit + 1);
}

namespace {

/** Cyrillic and Greek letters that look like Latin ones, and the Latin letter each imitates. */
const QPair<QString, QString> &confusables()
{
    static const QPair<QString, QString> c{QStringLiteral(u"\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u051b\u051d\u04cf"
                                                          u"\u03b1\u03bf\u03c1\u03bd\u03b9\u03ba\u03c4\u03c5"),
                                           QStringLiteral("aeopcyxijsdhqwlaopvikty")};
    return c;
}

/** A domain in Unicode, whether given in punycode (xn--) or already decoded. */
QString unicodeOf(const QString &domain)
{
    const QString d = domain.left(253);
    for (QChar c : d)
        if (c.unicode() > 0x7f)
            return d;
    return QUrl::fromAce(d.toLatin1());
}

} // namespace

QString latinSkeleton(const QString &domain)
{
    QString u = unicodeOf(domain).toLower();
    const auto &[from, to] = confusables();
    for (QChar &c : u)
        if (const qsizetype i = from.indexOf(c); i >= 0)
            c = to[i];
    return u;
}

bool isMixedScriptDomain(const QString &domain)
{
    if (domain.size() > 253)
        return false;
    const QString unicode = unicodeOf(domain);
    // Cyrillic and Greek letters that look like Latin ones.
    const QString &confusable = confusables().first;
    for (const QString &label : unicode.split(QLatin1Char('.'))) {
        bool latin = false, other = false, allConfusable = true, any = false;
        for (QChar c : label) {
            if (!c.isLetter())
                continue;
            any = true;
            const QChar::Script s = c.script();
            if (s == QChar::Script_Latin)
                latin = true;
            else if (s != QChar::Script_Common && s != QChar::Script_Inherited)
                other = true;
            if (s != QChar::Script_Latin && !confusable.contains(c))
                allConfusable = false;
            if (s == QChar::Script_Latin)
                allConfusable = false;
        }
        if (latin && other)
            return true;
        if (any && other && allConfusable && label.size() >= 3)
            return true; // "раураl": all Cyrillic, every letter a Latin look-alike
    }
    return false;
}

QString nearMissOf(const QString &domain, const QStringList &frequent)
{
    if (domain.isEmpty())
        return {};
    const QString label = domain.section(QLatin1Char('.'), 0, 0);
    for (const QString &f : frequent) {
        if (f == domain)
            return {};
    }
    for (const QString &f : frequent) {
        const QString fl = f.section(QLatin1Char('.'), 0, 0);
        if (fl.size() < 4)
            continue;
        const int limit = fl.size() >= 8 ? 2 : 1;
        const int d = editDistance(label, fl, limit);
        if (d <= limit && (d > 0 || f != domain))
            return f;
    }
    return {};
}

qint64 fingerprint(const QString &subject, const QString &text)
{
    // Letters only, folded: "Re: WIN $1000 now!!" and "win $2500 NOW" are one campaign. The
    // subject's reply/forward prefixes go; the text is read up to 600 letters.
    QString s = subject.left(500).toLower();
    static const QStringList prefixes = {QStringLiteral("re:"), QStringLiteral("fw:"), QStringLiteral("fwd:"),
                                         QStringLiteral("aw:"), QStringLiteral("tr:")};
    for (bool again = true; again;) {
        again = false;
        s = s.trimmed();
        for (const QString &p : prefixes)
            if (s.startsWith(p)) {
                s = s.mid(p.size());
                again = true;
            }
    }
    QString key;
    for (QChar c : s)
        if (c.isLetter())
            key += c;
    key += QLatin1Char('|');
    int n = 0;
    for (qsizetype i = 0; i < text.size() && i < 20000 && n < 600; ++i) {
        const QChar c = text[i];
        if (c.isLetter()) {
            key += c.toLower();
            ++n;
        }
    }
    if (key.size() == 1)
        return 0;
    const QByteArray h = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    qint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(h[i]);
    return v == 0 ? 1 : v;
}

// --- one message ---------------------------------------------------------------------------------

QString SenderEvidence::itemsJson() const
{
    QJsonArray a;
    addItemsJson(a, items);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

SenderEvidence extractEvidence(const mime::ParsedMessage &m, const EvidenceContext &ctx)
{
    SenderEvidence e;
    auto add = [&](EvidenceId id, const QString &text) {
        if (e.has(id))
            return;
        e.flags |= quint64(1) << int(id);
        e.items.push_back({id, weightOf(id), text});
    };
    const QString fromAddr = m.from.address.left(320).toLower();
    const QString fromHost = util::domainOf(fromAddr);
    e.fromDomain = domainOfHost(fromHost);
    e.returnPathDomain = domainOfHost(util::domainOf(m.returnPath.left(320)));
    e.topAuthservId = topAuthservId(m.authResults);
    e.auth = trustedAuth(m.authResults, ctx.authservId);
    e.origin = findOrigin(m.received, ctx);
    e.originNet = networkOf(e.origin.ip);
    e.fingerprint = fingerprint(m.subject, m.text.isEmpty() ? m.htmlText : m.text);

    // Alignment (DMARC's relaxed alignment: registrable domains, RFC 7489 section 3.1). A mailing
    // list (List-Id) sends with its own envelope and often its own signature: not a sign there.
    const bool viaList = m.list.id.has_value();
    if (!viaList && !e.fromDomain.isEmpty() && e.auth.dkim == QLatin1String("pass") && !e.auth.dkimDomain.isEmpty() &&
        e.auth.dkimDomain != e.fromDomain)
        add(EvidenceId::DkimNotAligned, QCoreApplication::translate("Senders", "From says %1 but DKIM signed by %2").arg(e.fromDomain, e.auth.dkimDomain));
    if (!viaList && !e.fromDomain.isEmpty() && !e.returnPathDomain.isEmpty() && e.returnPathDomain != e.fromDomain)
        add(EvidenceId::ReturnPathNotAligned,
            QCoreApplication::translate("Senders", "From says %1 but the envelope sender (Return-Path) is in %2").arg(e.fromDomain, e.returnPathDomain));

    // Display-name tricks.
    const QString name = m.from.name.left(200);
    {
        static const QRegularExpression addr(QStringLiteral("[\\w.+-]{1,64}@([\\w-]{1,63}\\.){1,8}[\\w-]{1,63}"));
        const auto match = addr.match(name);
        if (match.hasMatch() && match.captured(0).toLower() != fromAddr)
            add(EvidenceId::DisplayNameAddress,
                QCoreApplication::translate("Senders", "the sender's name shows %1 but the mail comes from %2").arg(match.captured(0), fromAddr));
    }
    if (const QString brand = classify::brandClaimedByName(name, e.fromDomain); !brand.isEmpty())
        add(EvidenceId::DisplayNameBrand, QCoreApplication::translate("Senders", "the sender's name claims %1 but the address is in %2").arg(brand, e.fromDomain));
    const QString replyDomain = domainOfHost(util::domainOf(m.replyTo.address.left(320)));
    if (!replyDomain.isEmpty() && !e.fromDomain.isEmpty() && replyDomain != e.fromDomain) {
        if (classify::isFreemailDomain(replyDomain) && !classify::isFreemailDomain(e.fromDomain))
            add(EvidenceId::FreemailReplyTo,
                QCoreApplication::translate("Senders", "From says %1 but replies go to a free-mail address in %2").arg(e.fromDomain, replyDomain));
        else
            add(EvidenceId::ReplyToOtherDomain, QCoreApplication::translate("Senders", "From says %1 but replies go to %2").arg(e.fromDomain, replyDomain));
    }

    // Look-alike sender domains.
    QString brand;
    if (classify::isLookalikeOfBrand(e.fromDomain, &brand))
        add(EvidenceId::LookalikeBrand, QCoreApplication::translate("Senders", "%1 imitates %2 but is not one of its domains").arg(e.fromDomain, brand));
    if (const QString near = nearMissOf(e.fromDomain, ctx.frequentDomains); !near.isEmpty())
        add(EvidenceId::LookalikeCorrespondent, QCoreApplication::translate("Senders", "%1 is one letter or two away from %2, a domain you correspond with").arg(e.fromDomain, near));
    if (isMixedScriptDomain(fromHost))
        add(EvidenceId::IdnMixedScripts, QCoreApplication::translate("Senders", "%1 (%2) mixes alphabets to look like %3").arg(fromHost, QString::fromLatin1(QUrl::toAce(fromHost)), latinSkeleton(fromHost)));

    // The Received chain.
    const Origin &o = e.origin;
    if (o.hops > ctx.maxHops)
        add(EvidenceId::ManyHops, QCoreApplication::translate("Senders", "%1 Received hops (real routes take a handful)").arg(o.hops));
    if (o.hopIndex >= 0) {
        if (auto p = heloProblem(o, ctx)) {
            const QString helo = o.helo.size() > 80 ? o.helo.left(77) + QStringLiteral("...") : o.helo;
            switch (*p) {
            case EvidenceId::HeloIpLiteral:
                add(*p, QCoreApplication::translate("Senders", "the sending host %1 greeted with a bare IP (%2) instead of its name").arg(o.ip, helo));
                break;
            case EvidenceId::HeloOwnDomain:
                add(*p, QCoreApplication::translate("Senders", "the sending host %1 claimed to be %2, your own domain").arg(o.ip, helo));
                break;
            default:
                add(*p, QCoreApplication::translate("Senders", "the sending host %1 said it was %2 but its reverse DNS is %3").arg(o.ip, helo, o.rdns.isEmpty() ? QCoreApplication::translate("Senders", "(none)") : o.rdns));
                break;
            }
        }
        if (isDynamicRdns(o.rdns, o.ip))
            add(EvidenceId::DynamicOrigin, QCoreApplication::translate("Senders", "sent from %1 (%2), a dynamic/residential address: the botnet signature").arg(o.ip, o.rdns));
        else if (o.rdns.isEmpty() && !isIpText(o.helo) && isDynamicRdns(o.helo.left(253), o.ip))
            add(EvidenceId::DynamicOrigin, QCoreApplication::translate("Senders", "sent from %1, which named itself %2, a dynamic/residential name: the botnet signature").arg(o.ip, o.helo.left(80)));
        if (o.rdns.isEmpty() && !o.ip.isEmpty())
            add(EvidenceId::NoReverseDns, QCoreApplication::translate("Senders", "the origin IP %1 has no reverse DNS name").arg(o.ip));
        if (classifyIp(o.ip) == IpKind::Reserved)
            add(EvidenceId::PrivateOrigin, QCoreApplication::translate("Senders", "the origin IP %1 is a reserved address, never used on the Internet").arg(o.ip));
        if (o.mayBeForged)
            add(EvidenceId::ForgedMayBe, QCoreApplication::translate("Senders", "your server noted that %1's name may be forged").arg(o.ip));
    } else {
        // No public hop: look at what the lowest hop claims (a forged or fully internal route).
        for (const mime::ReceivedHop &h : m.received) {
            const IpKind k = classifyIp(h.ip);
            if (k == IpKind::Reserved) {
                add(EvidenceId::PrivateOrigin, QCoreApplication::translate("Senders", "the message claims to come from %1, a reserved address").arg(h.ip));
                break;
            }
        }
    }
    // Clock skew: the sender's Date against the time the top-most hop recorded.
    if (m.date && !m.received.isEmpty() && m.received.first().date) {
        const qint64 skew = m.date->utc - m.received.first().date->utc;
        if (std::abs(skew) > ctx.maxSkewSeconds)
            add(EvidenceId::ClockSkew, skew > 0 ? QCoreApplication::translate("Senders", "the Date is %1 days after your server received it").arg(skew / 86400)
                                               : QCoreApplication::translate("Senders", "the Date is %1 days before your server received it").arg(-skew / 86400));
    }

    // Links.
    QSet<QString> seen;
    for (int i = 0; i < m.links.size() && i < 200; ++i) {
        const mime::Link &l = m.links[i];
        if (l.scheme == QLatin1String("mailto"))
            continue;
        if (l.textShowsOtherDomain)
            add(EvidenceId::LinkTextMismatch, QCoreApplication::translate("Senders", "a link shows %1 but goes to %2").arg(l.shownDomain, l.domain.isEmpty() ? l.host : l.domain));
        if (classify::isUrlShortener(l.host) || classify::isUrlShortener(l.domain))
            add(EvidenceId::UrlShortener, QCoreApplication::translate("Senders", "a link hides its target behind %1").arg(l.host));
        if (l.isIpLiteral)
            add(EvidenceId::IpLink, QCoreApplication::translate("Senders", "a link goes to the raw IP %1").arg(l.host.left(60)));
        if (!l.domain.isEmpty() && !seen.contains(l.domain)) {
            seen.insert(l.domain);
            if (l.domain != e.fromDomain && classify::isLookalikeOfBrand(l.domain, &brand))
                add(EvidenceId::LookalikeLink, QCoreApplication::translate("Senders", "a link goes to %1, which imitates %2").arg(l.domain, brand));
        }
    }
    std::stable_sort(e.items.begin(), e.items.end(), [](const EvidenceItem &a, const EvidenceItem &b) { return a.weight > b.weight; });
    return e;
}

store::EvidenceRow toRow(const SenderEvidence &e)
{
    store::EvidenceRow r;
    r.originIp = e.origin.ip;
    r.originNet = e.originNet;
    r.originRdns = e.origin.rdns;
    r.topAuthservId = e.topAuthservId;
    if (e.auth.present)
        r.authservId = e.auth.authservId;
    r.spf = e.auth.spf;
    r.dkim = e.auth.dkim;
    r.dmarc = e.auth.dmarc;
    r.arc = e.auth.arc;
    r.dkimDomain = e.auth.dkimDomain;
    r.flags = qint64(e.flags);
    r.fingerprint = e.fingerprint;
    r.hops = e.origin.hops;
    r.items = e.items.isEmpty() ? QString() : e.itemsJson();
    return r;
}

void attachEvidence(store::NewMessage &m, const mime::ParsedMessage &p, const EvidenceContext &ctx)
{
    const SenderEvidence e = extractEvidence(p, ctx);
    m.evidence = toRow(e);
    m.originIp = e.origin.ip;
}

void attachHeaderEvidence(store::NewMessage &m, QByteArrayView raw, const EvidenceContext &ctx)
{
    qsizetype end = raw.indexOf(QByteArrayView("\r\n\r\n"));
    const qsizetype lf = raw.indexOf(QByteArrayView("\n\n"));
    end = end < 0 ? lf : (lf < 0 ? end : std::min(end, lf));
    const QByteArrayView head = end < 0 ? raw : raw.first(end + 1);
    attachEvidence(m, mime::parseMessage(head), ctx);
}

} // namespace mailtide::senders
