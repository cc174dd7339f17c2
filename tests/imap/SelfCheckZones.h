#pragma once
// Test zones for the business self-check, in dnsmasq's config syntax (tests/imap/DnsServer.h):
// one good domain and one domain per planted fault, a test copy of a DNS block list (zen.test),
// and the reverse zone of their addresses. Shared by tests/imap/tst_domaincheck (the check in
// process) and tests/cli/tst_cliselfcheck (`mailtide-cli selfcheck`), so both look for the same
// faults. Addresses are from TEST-NET-1 (192.0.2.0/24, RFC 5737).
#include <QFile>
#include <QString>
#include <QStringList>

namespace mailtide::test {

/** A public key made by OpenSSL (tests/data/selfcheck/README.md), base64. */
inline QString selfCheckKey(const char *file)
{
    QFile f(QStringLiteral(MAILTIDE_TEST_DATA "/selfcheck/") + QString::fromLatin1(file));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

/** txt-record=name,"..." with the text cut into DNS's 255-byte strings (RFC 1035 3.3.14), as a
 *  long DKIM key is published; readers join them (RFC 7208 3.3, RFC 6376 3.6.2.2). */
inline QString txtRecord(const QString &name, const QString &text)
{
    QStringList parts;
    for (qsizetype i = 0; i < text.size(); i += 250)
        parts << QLatin1Char('"') + text.mid(i, 250) + QLatin1Char('"');
    return QStringLiteral("txt-record=%1,%2").arg(name, parts.join(QLatin1Char(',')));
}

struct DomainZone
{
    QString domain;
    QString mxIp;
    bool ptr = true; ///< the MX host's address has reverse DNS (host-record makes it)
    QString spf = QStringLiteral("v=spf1 mx include:_spf.provider.test -all");
    QString dmarc; ///< default: p=reject with reports
    QList<QPair<QString, QString>> dkim; ///< selector, key record
};

inline QStringList zoneLines(const DomainZone &z)
{
    const QString mx = QStringLiteral("mx.") + z.domain;
    QStringList l{QStringLiteral("local=/%1/").arg(z.domain), QStringLiteral("mx-host=%1,%2,10").arg(z.domain, mx),
                  z.ptr ? QStringLiteral("host-record=%1,%2").arg(mx, z.mxIp)
                        : QStringLiteral("address=/%1/%2").arg(mx, z.mxIp)};
    if (!z.spf.isEmpty())
        l << txtRecord(z.domain, z.spf);
    const QString dmarc = z.dmarc.isNull() ? QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@%1").arg(z.domain) : z.dmarc;
    if (!dmarc.isEmpty())
        l << txtRecord(QStringLiteral("_dmarc.") + z.domain, dmarc);
    for (const auto &[selector, record] : z.dkim)
        l << txtRecord(selector + QStringLiteral("._domainkey.") + z.domain, record);
    l << txtRecord(QStringLiteral("_mta-sts.") + z.domain, QStringLiteral("v=STSv1; id=20240101"))
      << txtRecord(QStringLiteral("_smtp._tls.") + z.domain, QStringLiteral("v=TLSRPTv1; rua=mailto:tls@%1").arg(z.domain));
    return l;
}

/** Every test domain:
 *  - good.test: nothing wrong (MX with forward-confirmed reverse DNS, SPF -all through an include,
 *    DMARC p=reject with reports to a service that agreed, a 2048-bit DKIM key at s1, MTA-STS,
 *    TLS-RPT, not on zen.test nor dbl.test);
 *  - nospf.test: no SPF; DMARC p=none;
 *  - passall.test: SPF +all; no DMARC;
 *  - loop.test: SPF includes a.loop.test, which includes b.loop.test, which includes a.loop.test;
 *  - many.test: SPF needing 11 DNS look-ups;
 *  - weakdkim.test: a 512-bit DKIM key at s1, a 1024-bit one at s2; DMARC reports to another
 *    domain that has not agreed to receive them;
 *  - listed.test: its MX address 192.0.2.20 is on zen.test (127.0.0.2, with a TXT reason), and
 *    the domain on dbl.test (a test copy of Spamhaus DBL: 127.0.1.2, a spam domain);
 *  - nordns.test: its MX address has no reverse DNS; 192.0.2.30 (an outbound address) has a PTR
 *    to a name that does not point back. */
inline QStringList selfCheckZones()
{
    const QString good = QStringLiteral("v=DKIM1; k=rsa; p=") + selfCheckKey("dkim-rsa2048.spki.b64");
    QStringList l{QStringLiteral("local=/provider.test/"), QStringLiteral("local=/2.0.192.in-addr.arpa/"),
                  QStringLiteral("local=/100.51.198.in-addr.arpa/"), QStringLiteral("local=/zen.test/"),
                  QStringLiteral("local=/elsewhere.test/"),
                  // The mail provider good.test includes, and one of its sending servers.
                  txtRecord(QStringLiteral("_spf.provider.test"), QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all")),
                  QStringLiteral("host-record=out.provider.test,198.51.100.7")};
    DomainZone z;
    z.domain = QStringLiteral("good.test");
    z.mxIp = QStringLiteral("192.0.2.10");
    // s1: the selector the user names; mail2024: the one its Sent mail shows (SelfCheckMailbox.h).
    z.dkim = {{QStringLiteral("s1"), good}, {QStringLiteral("mail2024"), good}};
    // Reports to a service, which agrees to receive them (RFC 7489 7.1).
    z.dmarc = QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@reports.provider.test");
    l += zoneLines(z);
    l << txtRecord(QStringLiteral("good.test._report._dmarc.reports.provider.test"), QStringLiteral("v=DMARC1"));

    z = {};
    z.domain = QStringLiteral("nospf.test");
    z.mxIp = QStringLiteral("192.0.2.11");
    z.spf.clear();
    z.dmarc = QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@nospf.test");
    l += zoneLines(z);

    z = {};
    z.domain = QStringLiteral("passall.test");
    z.mxIp = QStringLiteral("192.0.2.12");
    z.spf = QStringLiteral("v=spf1 +all");
    z.dmarc = QStringLiteral(""); // none
    l += zoneLines(z);

    z = {};
    z.domain = QStringLiteral("loop.test");
    z.mxIp = QStringLiteral("192.0.2.13");
    z.spf = QStringLiteral("v=spf1 include:a.loop.test -all");
    l += zoneLines(z);
    l << txtRecord(QStringLiteral("a.loop.test"), QStringLiteral("v=spf1 include:b.loop.test -all"))
      << txtRecord(QStringLiteral("b.loop.test"), QStringLiteral("v=spf1 include:a.loop.test -all"));

    z = {};
    z.domain = QStringLiteral("many.test");
    z.mxIp = QStringLiteral("192.0.2.14");
    z.spf = QStringLiteral("v=spf1 a mx include:one.many.test include:two.many.test -all"); // 4
    l += zoneLines(z);
    l << txtRecord(QStringLiteral("one.many.test"), QStringLiteral("v=spf1 a:x.many.test a:y.many.test mx:z.many.test exists:e.many.test -all")) // 4
      << txtRecord(QStringLiteral("two.many.test"), QStringLiteral("v=spf1 a:p.many.test a:q.many.test a:r.many.test -all")); // 3

    z = {};
    z.domain = QStringLiteral("weakdkim.test");
    z.mxIp = QStringLiteral("192.0.2.15");
    z.dmarc = QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@reports.elsewhere.test"); // which never agreed
    z.dkim = {{QStringLiteral("s1"), QStringLiteral("v=DKIM1; k=rsa; p=") + selfCheckKey("dkim-rsa512.spki.b64")},
              {QStringLiteral("s2"), QStringLiteral("v=DKIM1; k=rsa; p=") + selfCheckKey("dkim-rsa1024.spki.b64")}};
    l += zoneLines(z);

    z = {};
    z.domain = QStringLiteral("listed.test");
    z.mxIp = QStringLiteral("192.0.2.20");
    l += zoneLines(z);
    l << QStringLiteral("local=/dbl.test/") << QStringLiteral("host-record=listed.test.dbl.test,127.0.1.2")
      << QStringLiteral("host-record=20.2.0.192.zen.test,127.0.0.2")
      << txtRecord(QStringLiteral("20.2.0.192.zen.test"), QStringLiteral("Listed for testing: https://example.test/sbl/20"));

    z = {};
    z.domain = QStringLiteral("nordns.test");
    z.mxIp = QStringLiteral("192.0.2.21");
    z.ptr = false;
    l += zoneLines(z);
    l << QStringLiteral("ptr-record=30.2.0.192.in-addr.arpa,pc-30.dyn.elsewhere.test");
    return l;
}

} // namespace mailtide::test
