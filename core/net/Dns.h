#pragma once
/** @short DNS look-ups for the features that need more than an address: SRV (account set-up,
 *  RFC 6186), A and TXT (DNS block lists), MX, A/AAAA and PTR (the business self-check).
 *
 * Blocking calls for a worker thread, over glibc's thread-safe res_n* API with a resolver state of
 * its own (never the process's). A Resolver asks, in order: the server it was given; else the
 * process-wide default (setDefaultServer(): `mailtide-cli --dns`, or the GUI's setting
 * kDnsServerSettingKey); else the system's resolvers (/etc/resolv.conf). A server is any IPv4
 * address and port, which is how the tests ask a dnsmasq on loopback and how a user may pick a
 * resolver of their own. A name that does not exist (NXDOMAIN) and a name without records of that
 * type (NODATA) are answers, not errors: an empty list with the reason in `status`, and the time
 * the zone says to remember that (its SOA, RFC 2308) in `ttl` when it says. A timeout, a failing
 * server or an answer that is not DNS is an Error. */
#include "util/Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mailtide::net {

/** A resolver to ask instead of the system's: an IPv4 address (an IPv6 one is not supported yet
 *  and falls back to the system's resolvers) and a port. */
struct DnsServer
{
    QHostAddress address;
    quint16 port = 53;

    QString toString() const; ///< "192.0.2.1:53"
    bool operator==(const DnsServer &) const = default;
};

/** Parses "ADDRESS" or "ADDRESS:PORT" (IPv4; the port defaults to 53). An IPv6 address, a host
 *  name, a port out of range or trailing text are errors saying which. */
Result<DnsServer> parseDnsServer(const QString &text);

/** The QSettings key (a string in parseDnsServer()'s format; empty or absent: the system's
 *  resolvers) the GUI keeps the user's resolver under; applied at start by applyDnsSetting(). */
inline constexpr const char kDnsServerSettingKey[] = "network/dnsServer";

/** Sets (or, with nullopt, clears) the process-wide default server every Resolver built without
 *  one asks. Thread-safe; meant to be called once at start, before workers run. */
void setDefaultServer(std::optional<DnsServer> server);
std::optional<DnsServer> defaultServer();

/** Reads kDnsServerSettingKey's value (as QSettings gives it) and sets the default server from
 *  it; an empty value clears it. An invalid value leaves the system's resolvers and says why. */
Status applyDnsSetting(const QString &value);

/** The name a PTR query asks for an address: "4.3.2.1.in-addr.arpa" for 1.2.3.4, the 32
 *  reversed nibbles under ip6.arpa for IPv6 (RFC 3596 2.5). Empty for a null address. Block
 *  lists use the same order under their own zone (reversedLabels()). */
QString reverseName(const QHostAddress &address);
/** reverseName() without the ".in-addr.arpa"/".ip6.arpa" suffix: "4.3.2.1" for 1.2.3.4. An
 *  IPv4-mapped IPv6 address (::ffff:1.2.3.4) is taken as the IPv4 address it carries. */
QString reversedLabels(const QHostAddress &address);

enum class DnsStatus { Found, NoSuchName, NoRecords };

struct SrvRecord
{
    QString target;
    int port = 0;
    int priority = 0;
    int weight = 0;
};

struct MxRecord
{
    int preference = 0;
    QString exchange;
};

template<typename T>
struct DnsAnswer
{
    DnsStatus status = DnsStatus::NoSuchName;
    QList<T> records;
    /** The smallest TTL among the records; for NXDOMAIN/NODATA the negative-caching time of the
     *  zone's SOA in the answer (RFC 2308 5), 0 when the server sent none. */
    quint32 ttl = 0;
};

class Resolver
{
public:
    /** server unset: the system's resolvers. timeoutMs per attempt, attempts in all. */
    explicit Resolver(std::optional<DnsServer> server = std::nullopt, int timeoutMs = 3000, int attempts = 2);
    ~Resolver();
    Resolver(const Resolver &) = delete;
    Resolver &operator=(const Resolver &) = delete;

    Result<DnsAnswer<SrvRecord>> srv(const QString &name);
    Result<DnsAnswer<QHostAddress>> a(const QString &name);
    Result<DnsAnswer<QHostAddress>> aaaa(const QString &name);
    Result<DnsAnswer<QString>> txt(const QString &name);
    Result<DnsAnswer<MxRecord>> mx(const QString &name);
    /** Reverse DNS: the names an address's PTR records give, without the trailing dot. */
    Result<DnsAnswer<QString>> ptr(const QHostAddress &address);

    /** The server this resolver asks, in words ("127.0.0.1:5353", "the system's DNS resolver"). */
    QString serverName() const;

    /** How many queries every Resolver of the process has sent (a query counts once, whatever
     *  its retries). For tests and figures: that a cache hit sends none. */
    static quint64 queriesSent();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::net
