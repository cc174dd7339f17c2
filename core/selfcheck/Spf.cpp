#include "selfcheck/Spf.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace mailtide::selfcheck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Spf", text);
}

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
        r.errors << tr("the record is %1 characters long; no receiver reads that much").arg(txt.size());
        return r;
    }
    if (!isSpfRecord(txt)) {
        r.errors << tr("it does not start with v=spf1");
        return r;
    }
    const QStringList words = txt.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > kMaxTerms) {
        r.errors << tr("%1 terms; no receiver reads that many").arg(words.size());
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
                r.errors << tr("\"%1\" is not a valid term").arg(w.left(80));
                continue;
            }
            if (name == QLatin1String("redirect")) {
                t.kind = SpfTerm::Kind::Redirect;
                ++redirects;
                if (!validDomainSpec(t.value))
                    r.errors << tr("redirect= needs a domain: \"%1\"").arg(w.left(80));
            } else if (name == QLatin1String("exp")) {
                t.kind = SpfTerm::Kind::Exp;
                ++exps;
                if (!validDomainSpec(t.value))
                    r.errors << tr("exp= needs a domain: \"%1\"").arg(w.left(80));
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
                bad(tr("\"all\" takes no value: \"%1\"").arg(w.left(80)));
        } else if (name == QLatin1String("include") || name == QLatin1String("exists")) {
            t.kind = name == QLatin1String("include") ? SpfTerm::Kind::Include : SpfTerm::Kind::Exists;
            t.value = value;
            if (!hasColon || !validDomainSpec(value))
                bad(tr("%1 needs a domain: \"%2\"").arg(name, w.left(80)));
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
                bad(tr("\"%1\" is not a valid %2 term").arg(w.left(80), name));
        } else if (name == QLatin1String("ptr")) {
            t.kind = SpfTerm::Kind::Ptr;
            t.value = value;
            if ((hasColon && !validDomainSpec(value)) || (!hasColon && !after.isEmpty()))
                bad(tr("\"%1\" is not a valid ptr term").arg(w.left(80)));
        } else if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
            t.kind = name == QLatin1String("ip4") ? SpfTerm::Kind::Ip4 : SpfTerm::Kind::Ip6;
            t.value = value;
            if (!hasColon || !validIp(value, t.kind == SpfTerm::Kind::Ip6))
                bad(tr("\"%1\" is not a valid %2 address").arg(w.left(80), name));
        } else {
            bad(tr("unknown mechanism \"%1\"").arg(w.left(80)));
            continue;
        }
        r.terms << t;
    }
    if (redirects > 1)
        r.errors << tr("redirect= appears %1 times; it may appear once").arg(redirects);
    if (exps > 1)
        r.errors << tr("exp= appears %1 times; it may appear once").arg(exps);
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

} // namespace mailtide::selfcheck
