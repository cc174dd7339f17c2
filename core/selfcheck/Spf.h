#pragma once
/** @short SPF records (RFC 7208): a pure parser, and an analysis that follows include: and
 *  redirect= through DNS counting the look-ups a receiver would make.
 *
 * parseSpf() takes one TXT string and returns its terms and syntax errors (bounded: at most
 * kMaxTerms terms, kMaxRecordLength characters). analyzeSpf() fetches the domain's record and
 * every record it includes, through a TXT look-up function it is given (net::Resolver in the
 * self-check, a table in tests), and reports what a receiver would stumble on: more than 10
 * DNS-querying terms (4.6.4), include loops, included domains without SPF (5.2: permerror),
 * several SPF records (4.5), too many void look-ups (4.6.4), the final "all". It never evaluates
 * against an IP (no macro expansion: terms with macros are counted, not followed). Bounded: at
 * most kMaxRecordsFetched records whatever the includes say. */
#include "net/Dns.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mailtide::selfcheck {

struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp, UnknownModifier };
    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+'); ///< + - ~ ? (mechanisms; '+' when written without one)
    QString value;                     ///< the domain-spec or address (with its /cidr), may be empty
    QString text;                      ///< the term as written

    /** include, a, mx, ptr, exists, redirect: the terms that cost a DNS look-up (RFC 7208 4.6.4). */
    bool queriesDns() const;
    /** The value holds a macro ("%{i}"): it cannot be followed without a message to evaluate. */
    bool hasMacro() const { return value.contains(QLatin1Char('%')); }
};

struct SpfRecord
{
    QList<SpfTerm> terms;
    QStringList errors; ///< syntax errors, in plain words; any makes the record a permerror
    bool valid() const { return errors.isEmpty(); }
    int lookupTerms() const;
    const SpfTerm *all() const;      ///< the "all" mechanism, if any
    const SpfTerm *redirect() const; ///< the redirect= modifier, if any
};

inline constexpr int kMaxTerms = 100;
inline constexpr int kMaxRecordLength = 4096;
inline constexpr int kMaxRecordsFetched = 40;
inline constexpr int kSpfLookupLimit = 10; ///< RFC 7208 4.6.4
inline constexpr int kSpfVoidLimit = 2;    ///< RFC 7208 4.6.4

/** Whether a TXT string is an SPF record: "v=spf1" alone or followed by a space (4.5). */
bool isSpfRecord(const QString &txt);
SpfRecord parseSpf(const QString &txt);

using TxtLookup = std::function<Result<net::DnsAnswer<QString>>(const QString &name)>;

struct SpfAnalysis
{
    QString domain;
    QStringList records;    ///< the domain's own SPF records (more than one is an error)
    SpfRecord record;       ///< the first of them, parsed
    int lookups = 0;        ///< DNS-querying terms over the whole tree (the limit is 10)
    int voidLookups = 0;    ///< includes/redirects that found no record
    QStringList loops;      ///< "a.test → b.test → a.test"
    QStringList missing;    ///< included (or redirected to) domains without an SPF record
    QStringList multiple;   ///< included domains with more than one SPF record
    QStringList errors;     ///< "domain: syntax error ..." in any record of the tree
    QStringList dnsErrors;  ///< look-ups that failed (timeouts, ...)
    QStringList macros;     ///< terms not followed because they hold macros
    QStringList ptrUsers;   ///< domains whose record uses the deprecated ptr mechanism
    bool truncated = false; ///< stopped after kMaxRecordsFetched records
    /** The "all" a receiver reaches at the end of the domain's own record (through its
     *  redirect= chain when it has no all); unset when none. */
    std::optional<QChar> allQualifier;
};

SpfAnalysis analyzeSpf(const QString &domain, const TxtLookup &txt);

/** RFC 7208 2.6 results. */
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
QString spfResultName(SpfResult r); ///< "pass", "fail", "softfail", ... as in Received-SPF

/** What check_host() needs besides TXT: the addresses (A and AAAA) of a name, and the MX hosts
 *  of a domain. Each returns an Error for a failed look-up, an empty list for none. */
struct SpfDns
{
    TxtLookup txt;
    std::function<Result<QList<QHostAddress>>(const QString &name)> addresses;
    std::function<Result<QStringList>(const QString &domain)> mxHosts;
};

/** RFC 7208 4's check_host() for an address sending as the domain, as a receiver would run it:
 *  terms in order, include: (pass matches; errors propagate), redirect= when nothing matched, at
 *  most 10 DNS-querying terms (then permerror), include loops permerror. Terms with macros and
 *  "ptr" never match here (they need the message's sender and a reverse look-up). `detail` gets the
 *  term that matched, or why none did. */
SpfResult evaluateSpf(const QHostAddress &ip, const QString &domain, const SpfDns &dns, QString *detail = nullptr);

} // namespace mailtide::selfcheck
