// The business self-check of a domain (selfcheck/DomainCheck.h) against real DNS: dnsmasq on
// loopback serving the test zones of SelfCheckZones.h. The good domain gives no warning and no
// severe finding (no false alarm); each broken domain gives the finding of its planted fault.
#include "DnsServer.h"
#include "SelfCheckZones.h"

#include "selfcheck/DomainCheck.h"
#include "selfcheck/SelfCheck.h"
#include "senders/Dnsbl.h"

#include <QTest>
#include <QUdpSocket>

using namespace mailtide;
using namespace mailtide::selfcheck;

class TestDomainCheck : public QObject
{
    Q_OBJECT
    test::DnsServer m_dns;

    Result<Report> check(const QString &domain, const QStringList &selectors = {}, const QStringList &ips = {},
                         senders::DnsblChecker *dnsbl = nullptr)
    {
        DomainCheckOptions o;
        o.domain = domain;
        o.dkimSelectors = selectors;
        for (const QString &ip : ips)
            o.outboundIps << QHostAddress(ip);
        o.server = net::DnsServer{m_dns.address(), m_dns.port()};
        o.timeoutMs = 1000;
        o.attempts = 1;
        DomainCheck c(o);
        c.setDnsbl(dnsbl);
        return c.run();
    }
    static QString ids(const Report &r)
    {
        QStringList out;
        for (const Finding &f : r.findings)
            out << f.id + QLatin1Char('=') + severityName(f.severity);
        return out.join(QLatin1Char(' '));
    }
    static senders::DnsblList testZen()
    {
        senders::DnsblList l = *senders::knownList(QStringLiteral("spamhaus-zen"));
        l.zone = QStringLiteral("zen.test");
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_dns.start(test::selfCheckZones());
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    /** No false alarm: everything the good domain publishes is fine, including its MX address on
     *  the block list and as an outbound address. */
    void goodDomain()
    {
        senders::DnsblCache cache;
        senders::RateLimiter limiter(100);
        senders::DnsblCheckerOptions o;
        o.server = net::DnsServer{m_dns.address(), m_dns.port()};
        senders::DnsblChecker dnsbl({testZen(), *senders::listFor(QStringLiteral("spamhaus-dbl@dbl.test"))}, cache, limiter, o);
        auto r = check(QStringLiteral("good.test"), {QStringLiteral("s1")}, {QStringLiteral("192.0.2.10")}, &dnsbl);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r->worst() <= Severity::Info, qPrintable(ids(*r)));
        for (const char *id : {"mx.ok", "rdns.ok", "spf.ok", "spf.ip-allowed", "dmarc.ok", "dkim.ok", "mta-sts.ok", "tls-rpt.ok",
                               "dnsbl.clean"})
            QVERIFY2(r->has(QString::fromLatin1(id)), qPrintable(QString::fromLatin1(id) + QStringLiteral(": ") + ids(*r)));
        QVERIFY(r->withId(QStringLiteral("dkim.ok")).first().title.contains(QStringLiteral("2048")));
        QVERIFY(r->withId(QStringLiteral("spf.ok")).first().title.contains(QStringLiteral("2 DNS look-ups")));
        QVERIFY(r->withId(QStringLiteral("rdns.ok")).first().title.contains(QStringLiteral("mx.good.test")));
        QCOMPARE(r->domain, QStringLiteral("good.test"));
        QCOMPARE(r->withId(QStringLiteral("dnsbl.clean")).size(), 2); // the address, and the domain on the domain list
    }

    void brokenDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("selectors");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("needle"); // in the finding's title
        const QStringList none;
        QTest::newRow("missing-spf") << "nospf.test" << none << none << "spf.missing" << int(Severity::Severe) << "no SPF record";
        QTest::newRow("p-none") << "nospf.test" << none << none << "dmarc.p-none" << int(Severity::Warning) << "p=none";
        QTest::newRow("pass-all") << "passall.test" << none << none << "spf.pass-all" << int(Severity::Severe) << "+all";
        QTest::newRow("missing-dmarc") << "passall.test" << none << none << "dmarc.missing" << int(Severity::Severe)
                                       << "no DMARC record";
        QTest::newRow("include-loop") << "loop.test" << none << none << "spf.include-loop" << int(Severity::Severe)
                                      << "loop.test → a.loop.test → b.loop.test → a.loop.test";
        QTest::newRow("eleven-lookups") << "many.test" << none << none << "spf.too-many-lookups" << int(Severity::Severe)
                                        << "needs 11 DNS look-ups";
        QTest::newRow("dkim-512") << "weakdkim.test" << QStringList{QStringLiteral("s1"), QStringLiteral("s2")} << none
                                  << "dkim.weak-key" << int(Severity::Severe) << "512 bits";
        QTest::newRow("dkim-1024") << "weakdkim.test" << QStringList{QStringLiteral("s1"), QStringLiteral("s2")} << none
                                   << "dkim.short-key" << int(Severity::Warning) << "1024 bits";
        QTest::newRow("dmarc-reports-unauthorized") << "weakdkim.test" << none << none << "dmarc.rua-unauthorized"
                                                    << int(Severity::Warning) << "reports.elsewhere.test";
        QTest::newRow("dkim-missing-selector") << "good.test" << QStringList{QStringLiteral("nope")} << none << "dkim.missing"
                                               << int(Severity::Severe) << "\"nope\"";
        QTest::newRow("mx-without-rdns") << "nordns.test" << none << none << "rdns.missing" << int(Severity::Warning)
                                         << "192.0.2.21 has no reverse DNS";
        QTest::newRow("outbound-rdns-mismatch") << "nordns.test" << none << QStringList{QStringLiteral("192.0.2.30")}
                                                << "rdns.mismatch" << int(Severity::Severe) << "pc-30.dyn.elsewhere.test";
        QTest::newRow("outbound-not-in-spf") << "nordns.test" << none << QStringList{QStringLiteral("192.0.2.30")}
                                             << "spf.ip-not-allowed" << int(Severity::Severe) << "SPF fail";
        QTest::newRow("outbound-in-spf-include") << "good.test" << none << QStringList{QStringLiteral("198.51.100.7")}
                                                 << "spf.ip-allowed" << int(Severity::Ok) << "include:_spf.provider.test";
    }
    void brokenDomains()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, selectors);
        QFETCH(QStringList, ips);
        QFETCH(QString, id);
        QFETCH(int, severity);
        QFETCH(QString, needle);
        auto r = check(domain, selectors, ips);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const QList<Finding> found = r->withId(id);
        QVERIFY2(!found.isEmpty(), qPrintable(ids(*r)));
        QCOMPARE(int(found.first().severity), severity);
        QVERIFY2(found.first().title.contains(needle), qPrintable(found.first().title));
        QVERIFY(found.first().severity == Severity::Ok || !found.first().fix.isEmpty());
        QVERIFY2(!r->has(QStringLiteral("dns.error")), qPrintable(ids(*r)));
    }

    /** The MX address is on the test ZEN zone: severe, with the code's meaning, the list's TXT
     *  and where to ask for removal. Without a checker: not looked up, and the report says so. */
    void listedMxAddress()
    {
        senders::DnsblCache cache;
        senders::RateLimiter limiter(100);
        senders::DnsblCheckerOptions o;
        o.server = net::DnsServer{m_dns.address(), m_dns.port()};
        senders::DnsblChecker dnsbl({testZen(), *senders::listFor(QStringLiteral("spamhaus-dbl@dbl.test"))}, cache, limiter, o);
        auto r = check(QStringLiteral("listed.test"), {}, {}, &dnsbl);
        QVERIFY(r);
        const QList<Finding> listed = r->withId(QStringLiteral("dnsbl.listed"));
        QVERIFY2(listed.size() == 2, qPrintable(ids(*r)));
        QCOMPARE(listed.at(1).subject, QStringLiteral("listed.test"));
        QVERIFY2(listed.at(1).title.contains(QStringLiteral("a domain used by spammers")), qPrintable(listed.at(1).title));
        QCOMPARE(listed.at(1).severity, Severity::Severe);
        QCOMPARE(listed.first().severity, Severity::Severe);
        QCOMPARE(listed.first().subject, QStringLiteral("192.0.2.20 (mx.listed.test)"));
        QVERIFY(listed.first().title.contains(QStringLiteral("Spamhaus SBL")));
        QVERIFY(listed.first().detail.contains(QStringLiteral("https://example.test/sbl/20")));
        QVERIFY(listed.first().fix.contains(QStringLiteral("https://check.spamhaus.org/results/?query=192.0.2.20")));

        const quint64 sent = net::Resolver::queriesSent();
        const int zenQueries = m_dns.queryCount(QStringLiteral("20.2.0.192.zen.test"));
        auto off = check(QStringLiteral("listed.test"));
        QVERIFY(off);
        QVERIFY(off->has(QStringLiteral("dnsbl.off")));
        QVERIFY(!off->has(QStringLiteral("dnsbl.listed")));
        QVERIFY(net::Resolver::queriesSent() > sent);
        QCOMPARE(m_dns.queryCount(QStringLiteral("20.2.0.192.zen.test")), zenQueries); // no block list query
    }

    void errors()
    {
        QVERIFY(!check(QStringLiteral("not a domain")));
        QVERIFY(!check(QStringLiteral("192.0.2.1")));
        QVERIFY(!check(QStringLiteral("user@good.test")));
        auto nx = check(QStringLiteral("nosuch.good.test"));
        QVERIFY(!nx);
        QVERIFY2(nx.error().toString().contains(QStringLiteral("does not exist")), qPrintable(nx.error().toString()));
        // DNS that does not answer: an error, not a report of "missing" records.
        QUdpSocket mute;
        QVERIFY(mute.bind(QHostAddress::LocalHost, 0));
        DomainCheckOptions o;
        o.domain = QStringLiteral("good.test");
        o.server = net::DnsServer{QHostAddress::LocalHost, mute.localPort()};
        o.timeoutMs = 1000;
        o.attempts = 1;
        auto silent = DomainCheck(o).run();
        QVERIFY(!silent);
        QVERIFY2(silent.error().toString().contains(QStringLiteral("did not answer")), qPrintable(silent.error().toString()));
    }

    /** runSelfCheck(): the selectors and outbound IPs the mailbox shows join the DNS check (only
     *  those of the domain itself), the mailbox findings are added, steps are reported, and a
     *  cancel skips the SMTP probes. */
    void runSelfCheckJoinsTheMailbox()
    {
        MailboxFindings m;
        m.sentFolder = QStringLiteral("Sent");
        m.dkimSelectors = {{QStringLiteral("mail2024"), QStringLiteral("good.test"), 40},
                           {QStringLiteral("s9"), QStringLiteral("news.good.test"), 3}}; // a subdomain's: not at good.test
        m.outboundIps = {{QStringLiteral("198.51.100.7"), 40}};
        SelfCheckRequest request;
        request.domain.domain = QStringLiteral("good.test");
        request.domain.server = net::DnsServer{m_dns.address(), m_dns.port()};
        request.domain.timeoutMs = 1000;
        request.domain.attempts = 1;
        request.mailbox = &m;
        QStringList steps;
        request.step = [&](const QString &s) { steps << s; };
        auto run = runSelfCheck(request);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QCOMPARE(run->report.withId(QStringLiteral("dkim.ok")).size(), 1);
        QCOMPARE(run->report.withId(QStringLiteral("dkim.ok"))[0].subject, QStringLiteral("mail2024._domainkey.good.test"));
        QVERIFY(!run->report.has(QStringLiteral("dkim.no-selector")));
        QVERIFY2(run->report.has(QStringLiteral("spf.ip-allowed")), qPrintable(ids(run->report)));
        QVERIFY(run->report.has(QStringLiteral("mailbox.no-backscatter")));
        QVERIFY(run->report.has(QStringLiteral("dmarc-report.none")));
        QCOMPARE(steps.size(), 1);
        QVERIFY(run->transcripts.isEmpty());

        // Cancelled before the probes: no connection is tried, no relay finding.
        std::atomic_bool cancel{true};
        request.cancel = &cancel;
        SmtpProbeOptions relay;
        relay.host = QStringLiteral("127.0.0.1");
        relay.port = 1;
        request.relay = relay;
        auto cancelled = runSelfCheck(request);
        QVERIFY(cancelled);
        QVERIFY(!cancelled->report.has(QStringLiteral("smtp.relay-error")));
        QVERIFY(cancelled->transcripts.isEmpty());
    }

    void cleanupTestCase() { m_dns.stop(); }
};

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "tst_domaincheck.moc"
