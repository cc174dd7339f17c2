// DNS look-ups (net::Resolver) against a real DNS server: dnsmasq on loopback at a free port
// (tests/imap/DnsServer), serving a test zone. SRV for account set-up (RFC 6186), A and TXT as a
// DNS block list answers them, MX; a name that does not exist, one without records of the type,
// a server that does not answer.
#include "DnsServer.h"

#include "imap/Discovery.h"
#include "net/Dns.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUdpSocket>

using namespace mailtide;

class TestDns : public QObject
{
    Q_OBJECT
    test::DnsServer m_dns;

    net::DnsServer server() const { return {m_dns.address(), m_dns.port()}; }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_dns.start({
            QStringLiteral("srv-host=_imaps._tcp.example.test,backup.example.test,9993,20,100"),
            QStringLiteral("srv-host=_imaps._tcp.example.test,mail.example.test,993,10,5"),
            QStringLiteral("srv-host=_imap._tcp.starttls.test,imap.starttls.test,143,0,0"),
            QStringLiteral("srv-host=_imaps._tcp.starttls.test"), // "." : no IMAPS there (RFC 2782)
            QStringLiteral("local=/zen.test/"),                   // the rest of the zone: NXDOMAIN
            QStringLiteral("host-record=2.0.0.127.zen.test,127.0.0.2"),
            QStringLiteral("txt-record=2.0.0.127.zen.test,\"Listed for testing: https://example.test/lookup\""),
            QStringLiteral("host-record=only-a.zen.test,192.0.2.10"),
            QStringLiteral("mx-host=example.test,mx2.example.test,20"),
            QStringLiteral("mx-host=example.test,mx1.example.test,10"),
        });
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void srvRecords()
    {
        net::Resolver r(server());
        auto got = r.srv(QStringLiteral("_imaps._tcp.example.test"));
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QCOMPARE(got->status, net::DnsStatus::Found);
        QCOMPARE(got->records.size(), 2);
        bool sawMail = false;
        for (const net::SrvRecord &s : got->records) {
            if (s.target == QLatin1String("mail.example.test")) {
                sawMail = true;
                QCOMPARE(s.port, 993);
                QCOMPARE(s.priority, 10);
                QCOMPARE(s.weight, 5);
            }
        }
        QVERIFY(sawMail);
        QCOMPARE(got->ttl, quint32(300));
    }

    /** Account set-up end to end: the lower priority wins; "." for IMAPS falls back to STARTTLS. */
    void discoveryFromSrv()
    {
        net::Resolver r(server());
        auto best = imap::lookUpSrv(r, QStringLiteral("example.test"));
        QVERIFY(best);
        QCOMPARE(best->host, QStringLiteral("mail.example.test"));
        QCOMPARE(best->port, 993);
        QCOMPARE(best->tls, QStringLiteral("implicit"));
        best = imap::lookUpSrv(r, QStringLiteral("starttls.test"));
        QVERIFY(best);
        QCOMPARE(best->host, QStringLiteral("imap.starttls.test"));
        QCOMPARE(best->port, 143);
        QCOMPARE(best->tls, QStringLiteral("starttls"));
        QVERIFY(!imap::lookUpSrv(r, QStringLiteral("zen.test")));
    }

    /** A DNS block list's three answers: listed (A in 127.0.0.0/8, with a TXT reason), not
     *  listed (NXDOMAIN), and a name with other records only (NODATA). */
    void blockListAnswers()
    {
        net::Resolver r(server());
        auto listed = r.a(QStringLiteral("2.0.0.127.zen.test"));
        QVERIFY(listed);
        QCOMPARE(listed->status, net::DnsStatus::Found);
        QCOMPARE(listed->records, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.2"))});
        auto reason = r.txt(QStringLiteral("2.0.0.127.zen.test"));
        QVERIFY(reason);
        QCOMPARE(reason->records, QStringList{QStringLiteral("Listed for testing: https://example.test/lookup")});
        auto clean = r.a(QStringLiteral("3.0.0.127.zen.test"));
        QVERIFY2(clean, qPrintable(clean ? QString() : clean.error().toString()));
        QCOMPARE(clean->status, net::DnsStatus::NoSuchName);
        QVERIFY(clean->records.isEmpty());
        auto noTxt = r.txt(QStringLiteral("only-a.zen.test"));
        QVERIFY2(noTxt, qPrintable(noTxt ? QString() : noTxt.error().toString()));
        QCOMPARE(noTxt->status, net::DnsStatus::NoRecords);
    }

    void mxRecords()
    {
        net::Resolver r(server());
        auto mx = r.mx(QStringLiteral("example.test"));
        QVERIFY(mx);
        QCOMPARE(mx->records.size(), 2);
        QHash<QString, int> pref;
        for (const net::MxRecord &m : mx->records)
            pref.insert(m.exchange, m.preference);
        QCOMPARE(pref.value(QStringLiteral("mx1.example.test")), 10);
        QCOMPARE(pref.value(QStringLiteral("mx2.example.test")), 20);
    }

    /** Nobody answers at that port: an error naming the server, within the time given. */
    void silentServerIsAnError()
    {
        QUdpSocket mute; // bound and never read: queries vanish, nothing is refused
        QVERIFY(mute.bind(QHostAddress::LocalHost, 0));
        net::Resolver r(net::DnsServer{QHostAddress::LocalHost, mute.localPort()}, 1000, 1);
        QElapsedTimer t;
        t.start();
        auto got = r.a(QStringLiteral("example.test"));
        QVERIFY(!got);
        QVERIFY2(got.error().toString().contains(QStringLiteral("did not answer")), qPrintable(got.error().toString()));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void cleanupTestCase() { m_dns.stop(); }
};

QTEST_GUILESS_MAIN(TestDns)
#include "tst_dns.moc"
