// DNS look-ups (net::Resolver) against a real DNS server: dnsmasq on loopback at a free port
// (tests/imap/DnsServer), serving a test zone. SRV for account set-up (RFC 6186), A and TXT as a
// DNS block list answers them, MX, PTR and AAAA; a name that does not exist, one without records
// of the type, a server that does not answer, one that refuses, one that sends garbage; the
// process-wide default server (--dns).
#include "DnsServer.h"

#include "imap/Discovery.h"
#include "net/Dns.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>

#include <thread>

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
            // Reverse DNS: host-record makes the PTR too; ptr-record alone makes one that lies.
            QStringLiteral("local=/good.test/"),
            QStringLiteral("local=/2.0.192.in-addr.arpa/"),
            QStringLiteral("host-record=mx1.good.test,192.0.2.1,2001:db8::1"),
            QStringLiteral("ptr-record=9.2.0.192.in-addr.arpa,somewhere.else.test"),
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

    void reverseNames_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("name");
        QTest::newRow("ipv4") << "192.0.2.1" << "1.2.0.192.in-addr.arpa";
        QTest::newRow("ipv4-zeros") << "10.0.0.255" << "255.0.0.10.in-addr.arpa";
        QTest::newRow("ipv4-mapped") << "::ffff:198.51.100.7" << "7.100.51.198.in-addr.arpa";
        // RFC 3596 2.5's own example: 4321:0:1:2:3:4:567:89ab.
        QTest::newRow("ipv6-rfc3596") << "4321:0:1:2:3:4:567:89ab"
                                      << "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa";
        QTest::newRow("null") << "" << "";
    }
    void reverseNames()
    {
        QFETCH(QString, address);
        QFETCH(QString, name);
        QCOMPARE(net::reverseName(QHostAddress(address)), name);
    }

    void parseServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // empty: an error
        QTest::newRow("address") << "192.0.2.53" << "192.0.2.53:53";
        QTest::newRow("address-port") << "127.0.0.1:5353" << "127.0.0.1:5353";
        QTest::newRow("spaces") << " 127.0.0.1:5353 " << "127.0.0.1:5353";
        QTest::newRow("port-zero") << "127.0.0.1:0" << "";
        QTest::newRow("port-too-big") << "127.0.0.1:65536" << "";
        QTest::newRow("port-junk") << "127.0.0.1:53x" << "";
        QTest::newRow("short-form") << "127.1" << "";
        QTest::newRow("host-name") << "dns.example.test" << "";
        QTest::newRow("ipv6") << "[::1]:53" << "";
        QTest::newRow("ipv6-bare") << "2001:db8::53" << "";
        QTest::newRow("empty") << "" << "";
    }
    void parseServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        const auto got = net::parseDnsServer(text);
        if (parsed.isEmpty()) {
            QVERIFY(!got);
            QVERIFY(got.error().toString().contains(text.trimmed()));
        } else {
            QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
            QCOMPARE(got->toString(), parsed);
        }
    }

    /** PTR (reverse DNS) and AAAA; a PTR that names another host; an address without one. */
    void reverseAndIpv6()
    {
        net::Resolver r(server());
        auto ptr = r.ptr(QHostAddress(QStringLiteral("192.0.2.1")));
        QVERIFY2(ptr, qPrintable(ptr ? QString() : ptr.error().toString()));
        QCOMPARE(ptr->status, net::DnsStatus::Found);
        QCOMPARE(ptr->records, QStringList{QStringLiteral("mx1.good.test")});
        auto other = r.ptr(QHostAddress(QStringLiteral("192.0.2.9")));
        QVERIFY(other);
        QCOMPARE(other->records, QStringList{QStringLiteral("somewhere.else.test")});
        auto none = r.ptr(QHostAddress(QStringLiteral("192.0.2.77")));
        QVERIFY2(none, qPrintable(none ? QString() : none.error().toString()));
        QCOMPARE(none->status, net::DnsStatus::NoSuchName);
        auto v6 = r.aaaa(QStringLiteral("mx1.good.test"));
        QVERIFY(v6);
        QCOMPARE(v6->records, QList<QHostAddress>{QHostAddress(QStringLiteral("2001:db8::1"))});
        auto v6ptr = r.ptr(QHostAddress(QStringLiteral("2001:db8::1")));
        QVERIFY(v6ptr);
        QCOMPARE(v6ptr->records, QStringList{QStringLiteral("mx1.good.test")});
        QVERIFY(!r.ptr(QHostAddress()));
    }

    /** `--dns` and the GUI's setting: a Resolver built without a server asks the default. */
    void processDefaultServer()
    {
        QVERIFY(net::applyDnsSetting(server().toString()));
        QCOMPARE(net::defaultServer(), std::optional<net::DnsServer>(server()));
        {
            net::Resolver r;
            QCOMPARE(r.serverName(), server().toString());
            auto got = r.a(QStringLiteral("mx1.good.test"));
            QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
            QCOMPARE(got->records, QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.1"))});
        }
        QVERIFY(!net::applyDnsSetting(QStringLiteral("not-an-address")));
        QVERIFY(!net::defaultServer()); // a bad setting falls back to the system's resolvers
        QVERIFY(net::applyDnsSetting(QString()));
        QVERIFY(!net::defaultServer());
        net::Resolver system;
        QVERIFY(system.serverName() != server().toString());
    }

    /** Every query is counted, in the process and in dnsmasq's own log. */
    void queriesAreCounted()
    {
        const quint64 before = net::Resolver::queriesSent();
        const int loggedBefore = m_dns.queryCount(QStringLiteral("mx1.good.test"));
        net::Resolver r(server());
        QVERIFY(r.a(QStringLiteral("mx1.good.test")));
        QVERIFY(r.aaaa(QStringLiteral("mx1.good.test")));
        QCOMPARE(net::Resolver::queriesSent(), before + 2);
        QTRY_COMPARE(m_dns.queryCount(QStringLiteral("mx1.good.test")), loggedBefore + 2);
    }

    /** A name outside every zone the server knows: dnsmasq (no upstream) REFUSES it. glibc
     *  reports REFUSED and SERVFAIL as it reports silence, but without waiting for the timeout. */
    void refusedIsAnError()
    {
        net::Resolver r(server(), 3000, 2);
        QElapsedTimer t;
        t.start();
        auto got = r.a(QStringLiteral("elsewhere.invalid"));
        QVERIFY(!got);
        QVERIFY2(got.error().toString().contains(QStringLiteral("or failed")), qPrintable(got.error().toString()));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }

    /** A hostile server: the right ID and question, then an answer section that is not there
     *  (it claims 3 records and sends junk), or bytes that are not DNS at all. An error, quickly. */
    void garbageAnswers_data()
    {
        QTest::addColumn<bool>("keepHeader");
        QTest::addColumn<QString>("needle");
        QTest::newRow("broken-answer-section") << true << QStringLiteral("not DNS");
        QTest::newRow("not-dns-at-all") << false << QStringLiteral("did not answer");
    }
    void garbageAnswers()
    {
        QFETCH(bool, keepHeader);
        QFETCH(QString, needle);
        QUdpSocket liar;
        QVERIFY(liar.bind(QHostAddress::LocalHost, 0));
        const quint16 port = liar.localPort();
        std::thread replier([&liar, keepHeader] {
            if (!liar.waitForReadyRead(5000))
                return;
            QNetworkDatagram q = liar.receiveDatagram();
            QByteArray reply;
            if (keepHeader) {
                reply = q.data();
                reply[2] = char(reply[2] | 0x80); // QR: a response
                reply[7] = 3;                     // ANCOUNT 3 ...
                reply.append(QByteArray(7, '\xff')); // ... and junk where they should be
            } else {
                reply = QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
            }
            liar.writeDatagram(reply, q.senderAddress(), quint16(q.senderPort()));
        });
        net::Resolver r(net::DnsServer{QHostAddress::LocalHost, port}, 1000, 1);
        QElapsedTimer t;
        t.start();
        auto got = r.a(QStringLiteral("example.test"));
        replier.join();
        QVERIFY(!got);
        QVERIFY2(got.error().toString().contains(needle), qPrintable(got.error().toString()));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void cleanupTestCase() { m_dns.stop(); }
};

QTEST_GUILESS_MAIN(TestDns)
#include "tst_dns.moc"
