#include "selfcheck/Spf.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace mailtide::selfcheck {

namespace {

/** RFC 7208 7.1 domain-spec: printable ASCII without spaces; without a macro, a host name with
 *  at least one dot (domain-end = "." toplabel). */
bool validDomainSpec(const QString &s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    for (QChar c : s)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    if (s.contains(QLatin1Char('%')))
        return true;
    static const QRegularExpression host(QStringLiteral(R"(^[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)+\.?$)"));
    return host.match(s).hasMatch();
}

/** "/24", "//64", "/24//64" after a or mx (RFC 7208 5.6 dual-cidr-length). */
bool validDualCidr(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:/(\d{1,2}))?(?://(\d{1,3}))?$)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    if (m.hasCaptured(1) && m.captured(1).toInt() > 32)
        return false;
    if (m.hasCaptured(2) && m.captured(2).toInt() > 128)
        return false;
    return true;
}

bool validIp(const QString &s, bool v6)
{
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    const QString addr = slash < 0 ? s : s.left(slash);
    QHostAddress a;
    // QHostAddress takes "1" or "1.2" too; ip4 wants a dotted quad.
    if (!a.setAddress(addr) || (v6 ? a.protocol() != QAbstractSocket::IPv6Protocol
                                   : (a.protocol() != QAbstractSocket::IPv4Protocol || addr.count(QLatin1Char('.')) != 3)))
        return false;
    if (slash < 0)
        return true;
    bool ok = false;
    const int len = s.mid(slash + 1).toInt(&ok);
    return ok && len >= 0 && len <= (v6 ? 128 : 32) && !s.mid(slash + 1).startsWith(QLatin1Char('+'));
}

} // namespace

bool SpfTerm::queriesDns() const
{
    switch (kind) {
    case Kind::Include:
    case Kind::A:
    case Kind::Mx:
    case Kind::Ptr:
    case Kind::Exists:
    case Kind::Redirect: return true;
    default: return false;
    }
}

int SpfRecord::lookupTerms() const
{
    return int(std::count_if(terms.cbegin(), terms.cend(), [](const SpfTerm &t) { return t.queriesDns(); }));
}

const SpfTerm *SpfRecord::all() const
{
    for (const SpfTerm &t : terms)
        if (t.kind == SpfTerm::Kind::All)
            return &t;
    return nullptr;
}

const SpfTerm *SpfRecord::redirect() const
{
    for (const SpfTerm &t : terms)
        if (t.kind == SpfTerm::Kind::Redirect)
            return &t;
    return nullptr;
}

bool isSpfRecord(const QString &txt)
{
    // RFC 7208 4.5: "v=spf1" exactly (case-insensitively), then the end or a space.
    return txt.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive)
        && (txt.size() == 6 || txt.at(6) == QLatin1Char(' '));
}

SpfRecord parseSpf(const QString &txt)
{
    SpfRecord r;
    if (txt.size() > kMaxRecordLength) {
        r.errors << QCoreApplication::translate("Spf", "the record is %1 characters long; no receiver reads that much").arg(txt.size());
        return r;
    }
    if (!isSpfRecord(txt)) {
        r.errors << QCoreApplication::translate("Spf", "it does not start with v=spf1");
        return r;
    }
    const QStringList words = txt.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > kMaxTerms) {
        r.errors << QCoreApplication::translate("Spf", "%1 terms; no receiver reads that many").arg(words.size());
        return r;
    }
    static const QRegularExpression modifierName(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9._-]*$)"));
    int redirects = 0;
    int exps = 0;
    for (const QString &w : words) {
        SpfTerm t;
        t.text = w;
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        const qsizetype colon = w.indexOf(QLatin1Char(':'));
        const qsizetype slash = w.indexOf(QLatin1Char('/'));
        const bool modifier = eq > 0 && (colon < 0 || eq < colon) && (slash < 0 || eq < slash);
        if (modifier) {
            const QString name = w.left(eq).toLower();
            t.value = w.mid(eq + 1);
            if (!modifierName.match(name).hasMatch()) {
                r.errors << QCoreApplication::translate("Spf", "\"%1\" is not a valid term").arg(w.left(80));
                continue;
            }
            if (name == QLatin1String("redirect")) {
                t.kind = SpfTerm::Kind::Redirect;
                ++redirects;
                if (!validDomainSpec(t.value))
                    r.errors << QCoreApplication::translate("Spf", "redirect= needs a domain: \"%1\"").arg(w.left(80));
            } else if (name == QLatin1String("exp")) {
                t.kind = SpfTerm::Kind::Exp;
                ++exps;
                if (!validDomainSpec(t.value))
                    r.errors << QCoreApplication::translate("Spf", "exp= needs a domain: \"%1\"").arg(w.left(80));
            } else {
                t.kind = SpfTerm::Kind::UnknownModifier; // RFC 7208 6: ignored
            }
            r.terms << t;
            continue;
        }
        QString rest = w;
        if (QStringLiteral("+-~?").contains(rest.at(0))) {
            t.qualifier = rest.at(0);
            rest = rest.mid(1);
        }
        qsizetype end = 0;
        while (end < rest.size() && rest.at(end) != QLatin1Char(':') && rest.at(end) != QLatin1Char('/'))
            ++end;
        const QString name = rest.left(end).toLower();
        const QString after = rest.mid(end); // ":value..." or "/cidr" or ""
        const bool hasColon = after.startsWith(QLatin1Char(':'));
        QString value = hasColon ? after.mid(1) : QString();
        const auto bad = [&](const QString &why) { r.errors << why; };
        if (name == QLatin1String("all")) {
            t.kind = SpfTerm::Kind::All;
            if (!after.isEmpty())
                bad(QCoreApplication::translate("Spf", "\"all\" takes no value: \"%1\"").arg(w.left(80)));
        } else if (name == QLatin1String("include") || name == QLatin1String("exists")) {
            t.kind = name == QLatin1String("include") ? SpfTerm::Kind::Include : SpfTerm::Kind::Exists;
            t.value = value;
            if (!hasColon || !validDomainSpec(value))
                bad(QCoreApplication::translate("Spf", "%1 needs a domain: \"%2\"").arg(name, w.left(80)));
        } else if (name == QLatin1String("a") || name == QLatin1String("mx")) {
            t.kind = name == QLatin1String("a") ? SpfTerm::Kind::A : SpfTerm::Kind::Mx;
            // a[:domain][/cidr][//cidr6]
            QString domain = value;
            QString cidr = hasColon ? QString() : after;
            if (hasColon) {
                const qsizetype s = value.indexOf(QLatin1Char('/'));
                if (s >= 0) {
                    domain = value.left(s);
                    cidr = value.mid(s);
                }
            }
            t.value = hasColon ? domain : QString();
            if ((hasColon && !validDomainSpec(domain)) || !validDualCidr(cidr))
                bad(QCoreApplication::translate("Spf", "\"%1\" is not a valid %2 term").arg(w.left(80), name));
        } else if (name == QLatin1String("ptr")) {
            t.kind = SpfTerm::Kind::Ptr;
            t.value = value;
            if ((hasColon && !validDomainSpec(value)) || (!hasColon && !after.isEmpty()))
                bad(QCoreApplication::translate("Spf", "\"%1\" is not a valid ptr term").arg(w.left(80)));
        } else if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
            t.kind = name == QLatin1String("ip4") ? SpfTerm::Kind::Ip4 : SpfTerm::Kind::Ip6;
            t.value = value;
            if (!hasColon || !validIp(value, t.kind == SpfTerm::Kind::Ip6))
                bad(QCoreApplication::translate("Spf", "\"%1\" is not a valid %2 address").arg(w.left(80), name));
        } else {
            bad(QCoreApplication::translate("Spf", "unknown mechanism \"%1\"").arg(w.left(80)));
            continue;
        }
        r.terms << t;
    }
    if (redirects > 1)
        r.errors << QCoreApplication::translate("Spf", "redirect= appears %1 times; it may appear once").arg(redirects);
    if (exps > 1)
        r.errors << QCoreApplication::translate("Spf", "exp= appears %1 times; it may appear once").arg(exps);
    return r;
}

namespace {

struct Walker
{
    const TxtLookup &txt;
    SpfAnalysis &out;
    int fetched = 0;

    /** The SPF records at domain; nullopt on a DNS error (recorded). */
    std::optional<QStringList> recordsOf(const QString &domain)
    {
        ++fetched;
        auto answer = txt(domain);
        if (!answer) {
            out.dnsErrors << answer.error().toString();
            return std::nullopt;
        }
        QStringList spf;
        for (const QString &t : answer->records)
            if (isSpfRecord(t))
                spf << t;
        return spf;
    }

    /** Walks the record of `domain` reached through `path`; returns its final all's qualifier
     *  (through redirect=) for the top level. */
    std::optional<QChar> walk(const QString &domain, QStringList path, const SpfRecord &record)
    {
        if (!record.valid())
            for (const QString &e : record.errors)
                out.errors << domain + QStringLiteral(": ") + e;
        std::optional<QChar> all;
        if (const SpfTerm *a = record.all())
            all = a->qualifier;
        path << domain.toLower();
        for (const SpfTerm &t : record.terms) {
            if (!t.queriesDns())
                continue;
            if (t.kind == SpfTerm::Kind::Redirect && record.all())
                continue; // RFC 7208 6.1: ignored when the record has an "all", so never looked up
            ++out.lookups;
            if (t.kind == SpfTerm::Kind::Ptr && !out.ptrUsers.contains(domain))
                out.ptrUsers << domain;
            if (t.kind != SpfTerm::Kind::Include && t.kind != SpfTerm::Kind::Redirect)
                continue;
            if (t.hasMacro()) {
                out.macros << domain + QStringLiteral(": ") + t.text;
                continue;
            }
            if (!validDomainSpec(t.value))
                continue; // a syntax error, already reported
            QString target = t.value.toLower();
            if (target.endsWith(QLatin1Char('.')))
                target.chop(1);
            if (path.contains(target)) {
                out.loops << (path + QStringList{target}).join(QStringLiteral(" → "));
                continue;
            }
            if (fetched >= kMaxRecordsFetched) {
                out.truncated = true;
                continue;
            }
            auto spf = recordsOf(target);
            if (!spf)
                continue;
            if (spf->isEmpty()) {
                ++out.voidLookups;
                out.missing << target;
                continue;
            }
            if (spf->size() > 1)
                out.multiple << target;
            const std::optional<QChar> inner = walk(target, path, parseSpf(spf->first()));
            if (t.kind == SpfTerm::Kind::Redirect)
                all = inner;
        }
        return all;
    }
};

} // namespace

SpfAnalysis analyzeSpf(const QString &domain, const TxtLookup &txt)
{
    SpfAnalysis out;
    out.domain = domain.toLower();
    Walker w{txt, out};
    auto spf = w.recordsOf(out.domain);
    if (!spf || spf->isEmpty())
        return out;
    out.records = *spf;
    out.record = parseSpf(spf->first());
    // Over the limit, a receiver stops with permerror; the walk goes on (bounded) to count them all.
    out.allQualifier = w.walk(out.domain, {}, out.record);
    return out;
}

QString spfResultName(SpfResult r)
{
    switch (r) {
    case SpfResult::None: return QStringLiteral("none");
    case SpfResult::Neutral: return QStringLiteral("neutral");
    case SpfResult::Pass: return QStringLiteral("pass");
    case SpfResult::Fail: return QStringLiteral("fail");
    case SpfResult::SoftFail: return QStringLiteral("softfail");
    case SpfResult::TempError: return QStringLiteral("temperror");
    case SpfResult::PermError: return QStringLiteral("permerror");
    }
    return {};
}

namespace {

SpfResult fromQualifier(QChar q)
{
    switch (q.toLatin1()) {
    case '-': return SpfResult::Fail;
    case '~': return SpfResult::SoftFail;
    case '?': return SpfResult::Neutral;
    default: return SpfResult::Pass;
    }
}

/** The /cidr lengths of an a or mx term as written ("a:x/24//64", "mx/28"): IPv4 and IPv6. */
std::pair<int, int> cidrOf(const SpfTerm &t)
{
    static const QRegularExpression re(QStringLiteral(R"((?:/(\d{1,2}))?(?://(\d{1,3}))?$)"));
    const auto m = re.match(t.text);
    return {m.hasCaptured(1) ? m.captured(1).toInt() : 32, m.hasCaptured(2) ? m.captured(2).toInt() : 128};
}

bool inNetwork(const QHostAddress &ip, const QHostAddress &net, int v4Len, int v6Len)
{
    if (ip.protocol() != net.protocol())
        return false;
    return ip.isInSubnet(net, ip.protocol() == QAbstractSocket::IPv4Protocol ? v4Len : v6Len);
}

struct Evaluator
{
    const QHostAddress &ip;
    const SpfDns &dns;
    QString *detail;
    int lookups = 0;

    void say(const QString &why)
    {
        if (detail)
            *detail = why;
    }

    SpfResult check(const QString &domain, QStringList path)
    {
        if (path.contains(domain) || path.size() > 20) {
            say(QCoreApplication::translate("Spf", "include loop at %1").arg(domain));
            return SpfResult::PermError;
        }
        path << domain;
        auto answer = dns.txt(domain);
        if (!answer) {
            say(answer.error().toString());
            return SpfResult::TempError;
        }
        QStringList records;
        for (const QString &t : answer->records)
            if (isSpfRecord(t))
                records << t;
        if (records.isEmpty()) {
            say(QCoreApplication::translate("Spf", "%1 has no SPF record").arg(domain));
            return SpfResult::None;
        }
        if (records.size() > 1) {
            say(QCoreApplication::translate("Spf", "%1 has several SPF records").arg(domain));
            return SpfResult::PermError;
        }
        const SpfRecord record = parseSpf(records.first());
        if (!record.valid()) {
            say(domain + QStringLiteral(": ") + record.errors.first());
            return SpfResult::PermError;
        }
        for (const SpfTerm &t : record.terms) {
            if (t.queriesDns() && t.kind != SpfTerm::Kind::Redirect && ++lookups > kSpfLookupLimit) {
                say(QCoreApplication::translate("Spf", "more than %1 DNS look-ups").arg(kSpfLookupLimit));
                return SpfResult::PermError;
            }
            bool match = false;
            const QString target = t.value.isEmpty() ? domain : t.value.toLower();
            switch (t.kind) {
            case SpfTerm::Kind::All: match = true; break;
            case SpfTerm::Kind::Ip4:
            case SpfTerm::Kind::Ip6: {
                const auto [net, len] = QHostAddress::parseSubnet(t.value.contains(QLatin1Char('/'))
                                                                      ? t.value
                                                                      : t.value + (t.kind == SpfTerm::Kind::Ip4 ? QStringLiteral("/32")
                                                                                                               : QStringLiteral("/128")));
                match = inNetwork(ip, net, len, len);
                break;
            }
            case SpfTerm::Kind::A:
            case SpfTerm::Kind::Mx: {
                if (t.hasMacro())
                    break;
                const auto [v4, v6] = cidrOf(t);
                QStringList hosts{target};
                if (t.kind == SpfTerm::Kind::Mx) {
                    auto mx = dns.mxHosts(target);
                    if (!mx) {
                        say(mx.error().toString());
                        return SpfResult::TempError;
                    }
                    hosts = mx->mid(0, 10); // RFC 7208 4.6.4: at most 10 MX names
                }
                for (const QString &h : hosts) {
                    auto addresses = dns.addresses(h);
                    if (!addresses) {
                        say(addresses.error().toString());
                        return SpfResult::TempError;
                    }
                    for (const QHostAddress &a : addresses.value())
                        match = match || inNetwork(ip, a, v4, v6);
                }
                break;
            }
            case SpfTerm::Kind::Include: {
                if (t.hasMacro())
                    break;
                const SpfResult inner = check(target.endsWith(QLatin1Char('.')) ? target.chopped(1) : target, path);
                if (inner == SpfResult::TempError || inner == SpfResult::PermError)
                    return inner;
                if (inner == SpfResult::None) {
                    say(QCoreApplication::translate("Spf", "the include %1 has no SPF record").arg(target));
                    return SpfResult::PermError;
                }
                match = inner == SpfResult::Pass;
                break;
            }
            default: break; // ptr, exists (not evaluated here), modifiers
            }
            if (match) {
                say(QCoreApplication::translate("Spf", "%1 matches \"%2\" in the record of %3").arg(ip.toString(), t.text, domain));
                return fromQualifier(t.qualifier);
            }
        }
        if (const SpfTerm *r = record.redirect(); r && !r->hasMacro()) {
            if (++lookups > kSpfLookupLimit) {
                say(QCoreApplication::translate("Spf", "more than %1 DNS look-ups").arg(kSpfLookupLimit));
                return SpfResult::PermError;
            }
            QString target = r->value.toLower();
            if (target.endsWith(QLatin1Char('.')))
                target.chop(1);
            const SpfResult inner = check(target, path);
            return inner == SpfResult::None ? SpfResult::PermError : inner;
        }
        say(QCoreApplication::translate("Spf", "no term of the record of %1 matches %2").arg(domain, ip.toString()));
        return SpfResult::Neutral;
    }
};

} // namespace

SpfResult evaluateSpf(const QHostAddress &ip, const QString &domain, const SpfDns &dns, QString *detail)
{
    QString d = domain.toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    Evaluator e{ip, dns, detail};
    return e.check(d, {});
}

} // namespace mailtide::selfcheck
