#include "net/Dns.h"

#include <QCoreApplication>
#include <QUrl>

#include <arpa/inet.h>
#include <netdb.h>
#include <arpa/nameser.h>
#include <netinet/in.h>
#include <resolv.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <functional>
#include <mutex>

namespace mailtide::net {

namespace {

std::mutex g_defaultMutex;
std::optional<DnsServer> g_defaultServer; // guarded by g_defaultMutex
std::atomic<quint64> g_queriesSent{0};

} // namespace

QString DnsServer::toString() const
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

Result<DnsServer> parseDnsServer(const QString &text)
{
    const auto bad = [&](const QString &why) {
        return Error{QCoreApplication::translate("Dns", "not a DNS server address: %1").arg(text), why};
    };
    const QString t = text.trimmed();
    if (t.isEmpty())
        return bad(QCoreApplication::translate("Dns", "empty"));
    if (t.startsWith(QLatin1Char('[')) || t.count(QLatin1Char(':')) > 1)
        return bad(QCoreApplication::translate("Dns", "IPv6 resolvers are not supported yet; give an IPv4 address"));
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    const QString host = colon < 0 ? t : t.left(colon);
    DnsServer server;
    // QHostAddress also takes "1" or "1.2" (inet_aton's forms): only a dotted quad is meant here.
    if (host.count(QLatin1Char('.')) != 3 || !server.address.setAddress(host)
        || server.address.protocol() != QAbstractSocket::IPv4Protocol)
        return bad(QCoreApplication::translate("Dns", "give an IPv4 address such as 192.0.2.53, optionally with :PORT"));
    if (colon >= 0) {
        bool ok = false;
        const uint port = t.mid(colon + 1).toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return bad(QCoreApplication::translate("Dns", "the port must be a number from 1 to 65535"));
        server.port = quint16(port);
    }
    return server;
}

void setDefaultServer(std::optional<DnsServer> server)
{
    std::lock_guard lock(g_defaultMutex);
    g_defaultServer = std::move(server);
}

std::optional<DnsServer> defaultServer()
{
    std::lock_guard lock(g_defaultMutex);
    return g_defaultServer;
}

Status applyDnsSetting(const QString &value)
{
    if (value.trimmed().isEmpty()) {
        setDefaultServer(std::nullopt);
        return {};
    }
    auto server = parseDnsServer(value);
    if (!server) {
        setDefaultServer(std::nullopt);
        return server.error();
    }
    setDefaultServer(server.value());
    return {};
}

QString reversedLabels(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also ::ffff:a.b.c.d
    if (isV4)
        return QStringLiteral("%1.%2.%3.%4").arg(v4 & 0xff).arg((v4 >> 8) & 0xff).arg((v4 >> 16) & 0xff).arg(v4 >> 24);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(63);
    for (int i = 15; i >= 0; --i) {
        out += QLatin1Char(hex[v6[i] & 0xf]);
        out += QLatin1Char('.');
        out += QLatin1Char(hex[v6[i] >> 4]);
        if (i > 0)
            out += QLatin1Char('.');
    }
    return out;
}

QString reverseName(const QHostAddress &address)
{
    const QString labels = reversedLabels(address);
    if (labels.isEmpty())
        return {};
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    return labels + (isV4 ? QStringLiteral(".in-addr.arpa") : QStringLiteral(".ip6.arpa"));
}

struct Resolver::Private
{
    struct __res_state state;
    bool ready = false;
    QString server; ///< for messages
};

Resolver::Resolver(std::optional<DnsServer> server, int timeoutMs, int attempts) : d(std::make_unique<Private>())
{
    std::memset(&d->state, 0, sizeof d->state);
    d->ready = res_ninit(&d->state) == 0;
    if (!d->ready)
        return;
    d->state.retrans = std::max(1, (timeoutMs + 999) / 1000); // seconds per attempt
    d->state.retry = std::max(1, attempts);
    d->state.options &= ~static_cast<unsigned long>(RES_DNSRCH | RES_DEFNAMES); // names are absolute
    if (!server)
        server = defaultServer();
    if (server && server->address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in &ns = d->state.nsaddr_list[0];
        std::memset(&ns, 0, sizeof ns);
        ns.sin_family = AF_INET;
        ns.sin_port = htons(server->port);
        ns.sin_addr.s_addr = htonl(server->address.toIPv4Address());
        d->state.nscount = 1;
        d->server = server->toString();
    } else {
        d->server = QCoreApplication::translate("Dns", "the system's DNS resolver");
    }
}

Resolver::~Resolver()
{
    if (d->ready)
        res_nclose(&d->state);
}

QString Resolver::serverName() const
{
    return d->server;
}

quint64 Resolver::queriesSent()
{
    return g_queriesSent.load();
}

namespace {

/** RFC 2308 5: a negative answer is remembered for min(SOA TTL, SOA MINIMUM) of the SOA the
 *  server put in the authority section; 0 when it sent none. */
quint32 negativeTtl(ns_msg &msg)
{
    const int count = ns_msg_count(msg, ns_s_ns);
    for (int i = 0; i < count; ++i) {
        ns_rr rr;
        if (ns_parserr(&msg, ns_s_ns, i, &rr) < 0)
            return 0;
        if (ns_rr_type(rr) != ns_t_soa)
            continue;
        const unsigned char *p = ns_rr_rdata(rr);
        const unsigned char *end = p + ns_rr_rdlen(rr);
        for (int name = 0; name < 2; ++name) { // MNAME, RNAME
            const int len = dn_skipname(p, end);
            if (len < 0)
                return 0;
            p += len;
        }
        if (end - p < 20)
            return 0;
        return std::min<quint32>(ns_rr_ttl(rr), ns_get32(p + 16));
    }
    return 0;
}

/** One query; each answer record of `type` goes to onRecord. */
template<typename T>
Result<DnsAnswer<T>> runQuery(res_state state, bool ready, const QString &server, const QString &name, int type,
                           const std::function<std::optional<T>(const ns_msg &, const ns_rr &)> &onRecord)
{
    const auto failed = [&](const QString &why) {
        return Error{QCoreApplication::translate("Dns", "DNS look-up of %1 failed").arg(name), why};
    };
    if (!ready)
        return failed(QCoreApplication::translate("Dns", "the resolver could not be set up"));
    const QByteArray ascii = QUrl::toAce(name);
    if (ascii.isEmpty() || ascii.size() >= NS_MAXDNAME)
        return failed(QCoreApplication::translate("Dns", "not a valid host name"));
    unsigned char query[NS_PACKETSZ];
    const int qlen = res_nmkquery(state, ns_o_query, ascii.constData(), ns_c_in, type, nullptr, 0, nullptr, query,
                                  sizeof query);
    if (qlen < 0)
        return failed(QCoreApplication::translate("Dns", "not a valid host name"));
    unsigned char buf[NS_MAXMSG];
    ++g_queriesSent;
    errno = 0;
    const int n = res_nsend(state, query, qlen, buf, sizeof buf);
    if (n < 0) {
        if (errno == ECONNREFUSED)
            return failed(QCoreApplication::translate("Dns", "%1 refused the connection (no DNS server there?)").arg(server));
        return failed(QCoreApplication::translate("Dns", "%1 did not answer in time, or failed").arg(server));
    }
    ns_msg msg;
    if (n < HFIXEDSZ || ns_initparse(buf, n, &msg) < 0)
        return failed(QCoreApplication::translate("Dns", "%1 sent an answer that is not DNS").arg(server));
    DnsAnswer<T> out;
    switch (ns_msg_getflag(msg, ns_f_rcode)) {
    case ns_r_noerror: break;
    case ns_r_nxdomain:
        out.status = DnsStatus::NoSuchName;
        out.ttl = negativeTtl(msg);
        return out;
    case ns_r_servfail:
        return failed(QCoreApplication::translate("Dns", "%1 did not answer in time, or failed (SERVFAIL)").arg(server));
    case ns_r_refused:
        return failed(QCoreApplication::translate("Dns", "%1 refused the query").arg(server));
    default:
        return failed(QCoreApplication::translate("Dns", "%1 answered with error code %2")
                          .arg(server)
                          .arg(ns_msg_getflag(msg, ns_f_rcode)));
    }
    out.status = DnsStatus::NoRecords;
    const int count = ns_msg_count(msg, ns_s_an);
    for (int i = 0; i < count; ++i) {
        ns_rr rr;
        if (ns_parserr(&msg, ns_s_an, i, &rr) < 0)
            break;
        if (ns_rr_type(rr) != type)
            continue; // a CNAME on the way
        if (auto v = onRecord(msg, rr)) {
            out.records.append(*v);
            out.ttl = out.records.size() == 1 ? ns_rr_ttl(rr) : std::min<quint32>(out.ttl, ns_rr_ttl(rr));
        }
    }
    if (!out.records.isEmpty())
        out.status = DnsStatus::Found;
    else
        out.ttl = negativeTtl(msg);
    return out;
}

std::optional<QString> nameAt(const ns_msg &msg, const unsigned char *at)
{
    char name[NS_MAXDNAME];
    if (ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), at, name, sizeof name) < 0)
        return std::nullopt;
    return QString::fromLatin1(name);
}

} // namespace

Result<DnsAnswer<SrvRecord>> Resolver::srv(const QString &name)
{
    return runQuery<SrvRecord>(&d->state, d->ready, d->server, name, ns_t_srv,
                            [](const ns_msg &msg, const ns_rr &rr) -> std::optional<SrvRecord> {
                                if (ns_rr_rdlen(rr) < 7)
                                    return std::nullopt;
                                const unsigned char *p = ns_rr_rdata(rr);
                                SrvRecord r;
                                r.priority = ns_get16(p);
                                r.weight = ns_get16(p + 2);
                                r.port = ns_get16(p + 4);
                                auto target = nameAt(msg, p + 6);
                                if (!target)
                                    return std::nullopt;
                                r.target = target->isEmpty() ? QStringLiteral(".") : *target;
                                return r;
                            });
}

Result<DnsAnswer<QHostAddress>> Resolver::a(const QString &name)
{
    return runQuery<QHostAddress>(&d->state, d->ready, d->server, name, ns_t_a,
                               [](const ns_msg &, const ns_rr &rr) -> std::optional<QHostAddress> {
                                   if (ns_rr_rdlen(rr) != 4)
                                       return std::nullopt;
                                   return QHostAddress(ns_get32(ns_rr_rdata(rr)));
                               });
}

Result<DnsAnswer<QHostAddress>> Resolver::aaaa(const QString &name)
{
    return runQuery<QHostAddress>(&d->state, d->ready, d->server, name, ns_t_aaaa,
                               [](const ns_msg &, const ns_rr &rr) -> std::optional<QHostAddress> {
                                   if (ns_rr_rdlen(rr) != 16)
                                       return std::nullopt;
                                   return QHostAddress(ns_rr_rdata(rr));
                               });
}

Result<DnsAnswer<QString>> Resolver::ptr(const QHostAddress &address)
{
    const QString name = reverseName(address);
    if (name.isEmpty())
        return Error{QCoreApplication::translate("Dns", "Reverse DNS look-up failed"),
                     QCoreApplication::translate("Dns", "not an IP address")};
    return runQuery<QString>(&d->state, d->ready, d->server, name, ns_t_ptr,
                          [](const ns_msg &msg, const ns_rr &rr) -> std::optional<QString> {
                              return nameAt(msg, ns_rr_rdata(rr));
                          });
}

Result<DnsAnswer<QString>> Resolver::txt(const QString &name)
{
    return runQuery<QString>(&d->state, d->ready, d->server, name, ns_t_txt,
                          [](const ns_msg &, const ns_rr &rr) -> std::optional<QString> {
                              // One or more <length><bytes> strings, joined (RFC 7208 3.3).
                              QByteArray text;
                              const unsigned char *p = ns_rr_rdata(rr);
                              const unsigned char *end = p + ns_rr_rdlen(rr);
                              while (p < end) {
                                  const int len = *p++;
                                  if (p + len > end)
                                      return std::nullopt;
                                  text.append(reinterpret_cast<const char *>(p), len);
                                  p += len;
                              }
                              return QString::fromUtf8(text);
                          });
}

Result<DnsAnswer<MxRecord>> Resolver::mx(const QString &name)
{
    return runQuery<MxRecord>(&d->state, d->ready, d->server, name, ns_t_mx,
                           [](const ns_msg &msg, const ns_rr &rr) -> std::optional<MxRecord> {
                               if (ns_rr_rdlen(rr) < 3)
                                   return std::nullopt;
                               MxRecord r;
                               r.preference = ns_get16(ns_rr_rdata(rr));
                               auto exchange = nameAt(msg, ns_rr_rdata(rr) + 2);
                               if (!exchange)
                                   return std::nullopt;
                               r.exchange = *exchange;
                               return r;
                           });
}

} // namespace mailtide::net
