// DNS block list look-ups against a real DNS server: dnsmasq on loopback (tests/imap/DnsServer)
// serving a test copy of Spamhaus ZEN (zone zen.test, the same codes): a listed address with its
// TXT reason, an infected one, one listed by policy only, an unlisted one, a garbage answer, a
// refusal code, IPv6; a server that does not answer; the cache (counted in dnsmasq's own query
// log), the TTL, the rate limit; DnsblJob asynchronous, off by default, saving to the profile.
#include "DnsServer.h"

#include "senders/Dnsbl.h"
#include "senders/DnsblJob.h"
#include "store/Database.h"
#include "store/DnsblTable.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUdpSocket>

using namespace mailtide;
using namespace mailtide::senders;

Q_DECLARE_METATYPE(QList<mailtide::senders::DnsblResult>)

class TestDnsblCheck : public QObject
{
    Q_OBJECT
    test::DnsServer m_dns;
    QTemporaryDir m_dir;

    net::DnsServer server() const { return {m_dns.address(), m_dns.port()}; }
    static DnsblList testZen()
    {
        DnsblList l = *knownList(QStringLiteral("spamhaus-zen"));
        l.zone = QStringLiteral("zen.test");
        return l;
    }
    DnsblCheckerOptions options() const
    {
        DnsblCheckerOptions o;
        o.server = server();
        o.timeoutMs = 1000;
        return o;
    }
    static const DnsblResult *find(const QList<DnsblResult> &rs, const QString &subject)
    {
        for (const DnsblResult &r : rs)
            if (r.subject == subject)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<mailtide::senders::DnsblResult>>();
        const auto started = m_dns.start({
            QStringLiteral("local=/zen.test/"), // the rest of the zone: NXDOMAIN, i.e. not listed
            // 192.0.2.2: a spam source (SBL), with the list's reason in TXT.
            QStringLiteral("host-record=2.2.0.192.zen.test,127.0.0.2"),
            QStringLiteral("txt-record=2.2.0.192.zen.test,\"https://www.spamhaus.org/sbl/query/SBLTEST\""),
            // 192.0.2.4: an infected machine (XBL) and in an end-user range (PBL), TTL 60.
            QStringLiteral("host-record=4.2.0.192.zen.test,127.0.0.4,60"),
            QStringLiteral("host-record=4.2.0.192.zen.test,127.0.0.11"),
            // 192.0.2.10: policy only (PBL).
            QStringLiteral("host-record=10.2.0.192.zen.test,127.0.0.10"),
            // 192.0.2.66: a resolver that rewrites names into an advertising server's address.
            QStringLiteral("host-record=66.2.0.192.zen.test,198.51.100.1"),
            // 192.0.2.254: Spamhaus refusing (query through a public resolver).
            QStringLiteral("host-record=254.2.0.192.zen.test,127.255.255.254"),
            // 2001:db8::2, in nibbles.
            QStringLiteral("host-record=2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.test,127.0.0.3"),
        });
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void listedAndUnlisted()
    {
        DnsblCache cache;
        RateLimiter limiter(1000);
        DnsblChecker checker({testZen()}, cache, limiter, options());

        const QList<DnsblResult> sbl = checker.check(QHostAddress(QStringLiteral("192.0.2.2")));
        QCOMPARE(sbl.size(), 1);
        QCOMPARE(sbl.at(0).state, DnsblState::Listed);
        QCOMPARE(sbl.at(0).codesText(), QStringLiteral("127.0.0.2"));
        QVERIFY(sbl.at(0).meanings.at(0).contains(QStringLiteral("SBL")));
        QCOMPARE(sbl.at(0).reason, QStringLiteral("https://www.spamhaus.org/sbl/query/SBLTEST"));
        QVERIFY(!sbl.at(0).fromCache);
        QCOMPARE(sbl.at(0).expiresUtc - sbl.at(0).checkedUtc, qint64(300)); // the record's TTL

        const DnsblResult xbl = checker.check(QHostAddress(QStringLiteral("192.0.2.4"))).at(0);
        QCOMPARE(xbl.state, DnsblState::Listed);
        QCOMPARE(xbl.codes.size(), 2);
        QVERIFY(!xbl.policyOnly);
        QCOMPARE(xbl.expiresUtc - xbl.checkedUtc, qint64(60)); // the smaller TTL of the two

        const DnsblResult pbl = checker.check(QHostAddress(QStringLiteral("192.0.2.10"))).at(0);
        QCOMPARE(pbl.state, DnsblState::Listed);
        QVERIFY(pbl.policyOnly);

        const DnsblResult clean = checker.check(QHostAddress(QStringLiteral("192.0.2.3"))).at(0);
        QCOMPARE(clean.state, DnsblState::NotListed);
        QVERIFY(clean.codes.isEmpty());
        QCOMPARE(clean.expiresUtc - clean.checkedUtc, qint64(900)); // no SOA from dnsmasq: the default

        const DnsblResult v6 = checker.check(QHostAddress(QStringLiteral("2001:db8::2"))).at(0);
        QCOMPARE(v6.state, DnsblState::Listed);
        QVERIFY(v6.meanings.at(0).contains(QStringLiteral("snowshoe")));
    }

    /** Garbage and refusals are errors, never listings, and are asked again next time. */
    void garbageAndRefusals()
    {
        DnsblCache cache;
        RateLimiter limiter(1000);
        DnsblChecker checker({testZen()}, cache, limiter, options());
        const QString garbageName = QStringLiteral("66.2.0.192.zen.test");
        const int before = m_dns.queryCount(garbageName);
        const DnsblResult garbage = checker.check(QHostAddress(QStringLiteral("192.0.2.66"))).at(0);
        QCOMPARE(garbage.state, DnsblState::Error);
        QVERIFY2(garbage.error.contains(QStringLiteral("not a block list answer")), qPrintable(garbage.error));
        QVERIFY(checker.check(QHostAddress(QStringLiteral("192.0.2.66"))).at(0).state == DnsblState::Error);
        QTRY_COMPARE(m_dns.queryCount(garbageName), before + 2);

        const DnsblResult refused = checker.check(QHostAddress(QStringLiteral("192.0.2.254"))).at(0);
        QCOMPARE(refused.state, DnsblState::Error);
        QVERIFY2(refused.error.contains(QStringLiteral("public")), qPrintable(refused.error));
    }

    /** Nothing answers at that port: an error in bounded time, not a listing, not cached. */
    void timeout()
    {
        QUdpSocket mute;
        QVERIFY(mute.bind(QHostAddress::LocalHost, 0));
        DnsblCache cache;
        RateLimiter limiter(1000);
        DnsblCheckerOptions o;
        o.server = net::DnsServer{QHostAddress::LocalHost, mute.localPort()};
        o.timeoutMs = 1000;
        DnsblChecker checker({testZen()}, cache, limiter, o);
        QElapsedTimer t;
        t.start();
        const DnsblResult r = checker.check(QHostAddress(QStringLiteral("192.0.2.2"))).at(0);
        QCOMPARE(r.state, DnsblState::Error);
        QVERIFY2(r.error.contains(QStringLiteral("did not answer")), qPrintable(r.error));
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(cache.size(), 0);
    }

    /** A second look-up within the TTL sends nothing (dnsmasq's log and the process counter
     *  agree); after the TTL it asks again. */
    void cacheHitsSendNoQuery()
    {
        DnsblCache cache;
        RateLimiter limiter(1000);
        qint64 now = 1'800'000'000;
        DnsblCheckerOptions o = options();
        o.clock = [&now] { return now; };
        DnsblChecker checker({testZen()}, cache, limiter, o);
        const QString name = QStringLiteral("4.2.0.192.zen.test");
        const int logged = m_dns.queryCount(name);
        const quint64 sent = net::Resolver::queriesSent();
        QVERIFY(!checker.check(QHostAddress(QStringLiteral("192.0.2.4"))).at(0).fromCache);
        QCOMPARE(net::Resolver::queriesSent(), sent + 2); // A, then TXT (listed)
        now += 59;
        for (int i = 0; i < 5; ++i) {
            const DnsblResult again = checker.check(QHostAddress(QStringLiteral("192.0.2.4"))).at(0);
            QVERIFY(again.fromCache);
            QCOMPARE(again.state, DnsblState::Listed);
        }
        QCOMPARE(net::Resolver::queriesSent(), sent + 2);
        QTRY_COMPARE(m_dns.queryCount(name), logged + 2);
        now += 1; // the 60 s TTL is over
        QVERIFY(!checker.check(QHostAddress(QStringLiteral("192.0.2.4"))).at(0).fromCache);
        QTRY_COMPARE(m_dns.queryCount(name), logged + 4);
    }

    /** At 20 queries a second, 10 unlisted addresses (one query each) take at least 9/20 s. */
    void rateLimited()
    {
        DnsblCache cache;
        RateLimiter limiter(20);
        DnsblChecker checker({testZen()}, cache, limiter, options());
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 10; ++i)
            QCOMPARE(checker.check(QHostAddress(QStringLiteral("198.51.100.%1").arg(i))).at(0).state, DnsblState::NotListed);
        QVERIFY2(t.elapsed() >= 440, qPrintable(QString::number(t.elapsed())));
    }

    /** Off by default: the job refuses and sends nothing. */
    void jobIsOffByDefault()
    {
        const quint64 sent = net::Resolver::queriesSent();
        DnsblSettings settings; // as a new profile has it
        settings.listIds = {QStringLiteral("zone:zen.test")};
        DnsblJob job(QString(), settings, std::make_shared<DnsblCache>(), std::make_shared<RateLimiter>(100), options());
        QSignalSpy failed(&job, &DnsblJob::failed);
        QSignalSpy finished(&job, &DnsblJob::finished);
        job.lookUp({QHostAddress(QStringLiteral("192.0.2.2"))}, store::DnsblKind::Now);
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("switched off")));
        QCOMPARE(finished.count(), 0);
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(net::Resolver::queriesSent(), sent);
    }

    /** lookUp() returns at once, even when the server never answers: the work is on a pool thread. */
    void jobIsAsynchronous()
    {
        QUdpSocket mute;
        QVERIFY(mute.bind(QHostAddress::LocalHost, 0));
        DnsblSettings settings;
        settings.enabled = true;
        settings.listIds = {QStringLiteral("zone:zen.test")};
        DnsblCheckerOptions o;
        o.server = net::DnsServer{QHostAddress::LocalHost, mute.localPort()};
        o.timeoutMs = 1000;
        DnsblJob job(QString(), settings, std::make_shared<DnsblCache>(), std::make_shared<RateLimiter>(100), o);
        QSignalSpy finished(&job, &DnsblJob::finished);
        QElapsedTimer t;
        t.start();
        job.lookUp({QHostAddress(QStringLiteral("192.0.2.2"))}, store::DnsblKind::Now);
        QVERIFY2(t.elapsed() < 200, qPrintable(QString::number(t.elapsed())));
        QVERIFY(finished.wait(5000));
        const auto results = finished.at(0).at(0).value<QList<DnsblResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).state, DnsblState::Error);
    }

    /** Answers survive a restart: a second job with a new cache over the same profile answers
     *  from the saved rows without asking dnsmasq; arrival and now are kept apart. */
    void jobSavesAnswers()
    {
        const QString db = m_dir.filePath(QStringLiteral("profile.db"));
        DnsblSettings settings;
        settings.enabled = true;
        settings.listIds = {QStringLiteral("zone:zen.test")};
        const QList<QHostAddress> ips = {QHostAddress(QStringLiteral("192.0.2.2")), QHostAddress(QStringLiteral("192.0.2.5"))};
        {
            DnsblJob job(db, settings, std::make_shared<DnsblCache>(), std::make_shared<RateLimiter>(100), options());
            QSignalSpy finished(&job, &DnsblJob::finished);
            job.lookUp(ips, store::DnsblKind::Arrival);
            QVERIFY(finished.wait(5000));
            const auto results = finished.at(0).at(0).value<QList<DnsblResult>>();
            QCOMPARE(results.size(), 2);
            QCOMPARE(find(results, QStringLiteral("192.0.2.2"))->state, DnsblState::Listed);
            QCOMPARE(find(results, QStringLiteral("192.0.2.5"))->state, DnsblState::NotListed);
        }
        const int logged = m_dns.queryCount(QStringLiteral("2.2.0.192.zen.test"));
        const quint64 sent = net::Resolver::queriesSent();
        {
            // "Restart": a new cache, the same profile.
            DnsblJob job(db, settings, std::make_shared<DnsblCache>(), std::make_shared<RateLimiter>(100), options());
            QSignalSpy finished(&job, &DnsblJob::finished);
            job.lookUp(ips, store::DnsblKind::Now);
            QVERIFY(finished.wait(5000));
            const auto results = finished.at(0).at(0).value<QList<DnsblResult>>();
            QCOMPARE(results.size(), 2);
            for (const DnsblResult &r : results)
                QVERIFY(r.fromCache);
            QCOMPARE(find(results, QStringLiteral("192.0.2.2"))->state, DnsblState::Listed);
            QCOMPARE(find(results, QStringLiteral("192.0.2.2"))->reason,
                     QStringLiteral("https://www.spamhaus.org/sbl/query/SBLTEST"));
        }
        QCOMPARE(net::Resolver::queriesSent(), sent);
        QCOMPARE(m_dns.queryCount(QStringLiteral("2.2.0.192.zen.test")), logged);
        auto opened = store::Database::open(db);
        QVERIFY(opened);
        auto rows = store::DnsblTable(*opened.value()).forIp(QStringLiteral("192.0.2.2"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QSet<int> kinds;
        for (const auto &r : rows.value()) {
            kinds.insert(int(r.kind));
            QVERIFY(r.listed);
            QCOMPARE(r.code, QStringLiteral("127.0.0.2"));
            QCOMPARE(r.list, QStringLiteral("zone:zen.test"));
        }
        QCOMPARE(kinds.size(), 2);
    }

    void cleanupTestCase()
    {
        QThreadPool::globalInstance()->waitForDone();
        m_dns.stop();
    }
};

QTEST_GUILESS_MAIN(TestDnsblCheck)
#include "tst_dnsblcheck.moc"
