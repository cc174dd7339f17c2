#include "net/Dns.h"

#include <QCoreApplication>
#include <QUrl>

#include <arpa/inet.h>
#include <netdb.h>
#include <arpa/nameser.h>
#include <netinet/in.h>
#include <resolv.h>

#include <cstring>
#include <functional>

namespace mailtide::net {

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
    if (server && server->address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in &ns = d->state.nsaddr_list[0];
        std::memset(&ns, 0, sizeof ns);
        ns.sin_family = AF_INET;
        ns.sin_port = htons(server->port);
        ns.sin_addr.s_addr = htonl(server->address.toIPv4Address());
        d->state.nscount = 1;
        d->server = QStringLiteral("%1:%2").arg(server->address.toString()).arg(server->port);
    } else {
        d->server = QCoreApplication::translate("Dns", "the system's DNS resolver");
    }
}

Resolver::~Resolver()
{
    if (d->ready)
        res_nclose(&d->state);
}

namespace {

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
    if (ascii.isEmpty())
        return failed(QCoreApplication::translate("Dns", "not a valid host name"));
    unsigned char buf[NS_MAXMSG];
    const int n = res_nquery(state, ascii.constData(), ns_c_in, type, buf, sizeof buf);
    DnsAnswer<T> out;
    if (n < 0) {
        switch (state->res_h_errno) {
        case HOST_NOT_FOUND: out.status = DnsStatus::NoSuchName; return out;
        case NO_DATA: out.status = DnsStatus::NoRecords; return out;
        case TRY_AGAIN:
            return failed(QCoreApplication::translate("Dns", "%1 did not answer in time, or failed").arg(server));
        default:
            return failed(QCoreApplication::translate("Dns", "%1 refused the query").arg(server));
        }
    }
    ns_msg msg;
    if (ns_initparse(buf, n, &msg) < 0)
        return failed(QCoreApplication::translate("Dns", "%1 sent an answer that is not DNS").arg(server));
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
