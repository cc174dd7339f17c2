#pragma once
/** @short A throw-away real DNS server for tests: dnsmasq (Debian's dnsmasq-base) on 127.0.0.1 at
 *  a port chosen free at run time, serving only the records the test gives, in dnsmasq's own
 *  config syntax ("srv-host=...", "host-record=...", "txt-record=...", "mx-host=...",
 *  "local=/zone.test/" to answer NXDOMAIN for other names of a zone). Never recursive: nothing
 *  leaves the machine. Started and stopped by the test; a child of the test process. */
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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::test
