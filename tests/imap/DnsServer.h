#pragma once
/** @short A throw-away real DNS server for tests: dnsmasq (Debian's dnsmasq-base) on 127.0.0.1 at
 *  a port chosen free at run time, serving only the records the test gives, in dnsmasq's own
 *  config syntax ("srv-host=...", "host-record=...", "txt-record=...", "mx-host=...",
 *  "local=/zone.test/" to answer NXDOMAIN for other names of a zone; a name outside every
 *  zone given is REFUSED). Never recursive: nothing leaves the machine. Queries are logged to
 *  a file in its temporary folder (queries()). Started and stopped by the test; a child of the test process. */
#include "util/Result.h"

#include <QHostAddress>
#include <QStringList>

#include <memory>

namespace mailtide::test {

class DnsServer
{
public:
    DnsServer();
    ~DnsServer(); ///< stop()
    DnsServer(const DnsServer &) = delete;
    DnsServer &operator=(const DnsServer &) = delete;

    /** Starts dnsmasq with these config lines; returns once it answers. */
    mailtide::Status start(const QStringList &records);
    void stop();
    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port() const;

    /** The queries dnsmasq has received so far (from its --log-queries log), as "TYPE name"
     *  lines such as "A 2.0.0.127.zen.test": how a test sees that a cache answered instead. */
    QStringList queries() const;
    /** How many of queries() asked for this name (any type, case-insensitive). */
    int queryCount(const QString &name) const;

private:
    QString logPath() const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::test
