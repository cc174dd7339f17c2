#pragma once
/** @short The business self-check of a domain the user owns, through DNS: its MX hosts and their
 *  addresses, reverse DNS (forward-confirmed) of each and of the user's outbound addresses, SPF,
 *  DMARC, DKIM keys of the selectors named, MTA-STS and TLS-RPT, and — only when the user asks —
 *  the block list status of those addresses.
 *
 * Each thing checked gives Findings (selfcheck/SelfCheckReport.h) with a severity and a fix in
 * plain words; a good domain gives only "ok" and "info". Blocking (many DNS look-ups): run it on a
 * worker thread, never the GUI's. Asks only DNS (the resolver given, else the process's default:
 * `--dns`, the setting, the system's); block lists only through the DnsblChecker given with
 * setDnsbl() (opt-in, as every third-party look-up). The open-relay probe of the user's SMTP
 * server (selfcheck/SmtpProbe) is separate and adds its findings to the same Report. */
#include "selfcheck/SelfCheckReport.h"
#include "util/Result.h"

#include "net/Dns.h"
#include "senders/Dnsbl.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace mailtide::selfcheck {

struct DomainCheckOptions
{
    QString domain;
    QStringList dkimSelectors;          ///< "selector" of selector._domainkey.<domain>
    QList<QHostAddress> outboundIps;    ///< addresses the user's mail leaves from (their reverse DNS matters more)
    std::optional<net::DnsServer> server; ///< unset: net::Resolver's default
    int timeoutMs = 3000;
    int attempts = 2;
    std::function<qint64()> clock;      ///< seconds since the epoch; unset: the system clock
};

class DomainCheck
{
public:
    explicit DomainCheck(DomainCheckOptions options);

    /** Block list look-ups of the MX and outbound addresses through this checker (its lists,
     *  cache and rate limit). nullptr (the default): none, and the report says they were not made. */
    void setDnsbl(senders::DnsblChecker *checker) { m_dnsbl = checker; }

    /** Runs every check. An Error only when the domain is not a domain name or DNS cannot be asked
     *  at all (its first query fails); later failed look-ups are findings ("dns.error"). */
    Result<Report> run();

    /** The block list answers of the last run() (empty without a checker), e.g. to save them. */
    const QList<senders::DnsblResult> &dnsblResults() const { return m_dnsblResults; }

private:
    DomainCheckOptions m_options;
    senders::DnsblChecker *m_dnsbl = nullptr;
    QList<senders::DnsblResult> m_dnsblResults;
};

/** The domain as checked: trimmed, lower case, without a trailing dot; empty when it is not a
 *  plausible domain name (an address, a single label, spaces, a URL). */
QString normalizeDomain(const QString &text);

} // namespace mailtide::selfcheck
