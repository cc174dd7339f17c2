#pragma once
/** @short DNS look-ups for the features that need more than an address: SRV (account set-up,
 *  RFC 6186), A and TXT (DNS block lists), MX and PTR (the business self-check).
 *
 * Blocking calls for a worker thread, over glibc's thread-safe res_n* API with a resolver state of
 * its own (never the process's). By default it asks the system's resolvers (/etc/resolv.conf);
 * a Server can be given instead — any address and port, which is how the tests ask a dnsmasq on
 * loopback and how a user may pick a resolver of their own. A name that does not exist
 * (NXDOMAIN) and a name without records of that type (NODATA) are answers, not errors: an empty
 * list with the reason in `status`. A timeout or a failing server is an Error. */
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
};

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
    quint32 ttl = 0; ///< the smallest TTL among the records (0 when none)
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
    Result<DnsAnswer<QString>> txt(const QString &name);
    Result<DnsAnswer<MxRecord>> mx(const QString &name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::net
