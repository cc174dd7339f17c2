// DNS block lists without a network (senders/Dnsbl.h): query names (RFC 5782), what answers mean,
// the cache, the rate limiter, the settings (off by default) and the saved answers
// (store/DnsblTable.h). The look-ups against a real DNS server are in tests/imap/tst_dnsblcheck.
#include "senders/Dnsbl.h"
#include "senders/DnsblJob.h"
#include "store/Database.h"
#include "store/DnsblTable.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace mailtide;
using namespace mailtide::senders;

namespace {
DnsblList zen()
{
    return *knownList(QStringLiteral("spamhaus-zen"));
}
net::DnsAnswer<QHostAddress> answer(const QStringList &addresses, net::DnsStatus status = net::DnsStatus::Found)
{
    net::DnsAnswer<QHostAddress> a;
    a.status = addresses.isEmpty() && status == net::DnsStatus::Found ? net::DnsStatus::NoSuchName : status;
    for (const QString &s : addresses)
        a.records << QHostAddress(s);
    return a;
}
} // namespace

class TestDnsbl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue()
    {
        QVERIFY(knownLists().size() >= 5);
        for (const QString &id : defaultListIds())
            QVERIFY2(knownList(id), qPrintable(id));
        for (const DnsblList &l : knownLists()) {
            QVERIFY(!l.zone.isEmpty());
            QVERIFY(!l.about.isEmpty());
            QVERIFY2(!l.delistUrl.isEmpty(), qPrintable(l.id)); // every list says where to ask for removal
            QVERIFY(!l.codes.isEmpty());
            for (const DnsblCode &c : l.codes)
                QVERIFY2(!c.meaning.isEmpty() && c.first <= c.last, qPrintable(l.id));
        }
        QVERIFY(listFor(QStringLiteral("zone:bl.example.test")));
        QCOMPARE(listFor(QStringLiteral("zone:bl.example.test"))->zone, QStringLiteral("bl.example.test"));
        QVERIFY(!listFor(QStringLiteral("no-such-list")));
        // A known list at another zone (a mirror, Spamhaus DQS): the same codes there.
        auto dqs = listFor(QStringLiteral("spamhaus-zen@KEY123.zen.dq.spamhaus.net"));
        QVERIFY(dqs);
        QCOMPARE(dqs->zone, QStringLiteral("key123.zen.dq.spamhaus.net"));
        QCOMPARE(dqs->id, QStringLiteral("spamhaus-zen@key123.zen.dq.spamhaus.net"));
        QCOMPARE(dqs->codes.size(), zen().codes.size());
        QCOMPARE(listFor(dqs->id)->zone, dqs->zone); // the id finds it again (saved rows)
        QVERIFY(!listFor(QStringLiteral("nope@zen.test")));
        QVERIFY(!listFor(QStringLiteral("spamhaus-zen@bad..zone")));
        QVERIFY(!customList(QStringLiteral("bad..zone")));
        QVERIFY(!customList(QStringLiteral("zone with spaces")));
    }

    void queryNames_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("name");
        QTest::newRow("ipv4-rfc5782") << "spamhaus-zen" << "192.0.2.99" << "99.2.0.192.zen.spamhaus.org";
        QTest::newRow("ipv4-test-point") << "spamcop" << "127.0.0.2" << "2.0.0.127.bl.spamcop.net";
        QTest::newRow("ipv4-mapped") << "spamhaus-zen" << "::ffff:192.0.2.99" << "99.2.0.192.zen.spamhaus.org";
        QTest::newRow("ipv6-rfc5782-2.4") << "spamhaus-zen" << "2001:db8:1:2:3:4:567:89ab"
                                          << "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org";
        QTest::newRow("ipv6-list-without-ipv6") << "spamcop" << "2001:db8::1" << "";
        QTest::newRow("ip-on-domain-list") << "spamhaus-dbl" << "192.0.2.99" << "";
        QTest::newRow("null") << "spamhaus-zen" << "" << "";
    }
    void queryNames()
    {
        QFETCH(QString, list);
        QFETCH(QString, subject);
        QFETCH(QString, name);
        QCOMPARE(queryName(*knownList(list), QHostAddress(subject)), name);
    }

    void domainQueryNames_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "example.com" << "example.com.dbl.spamhaus.org";
        QTest::newRow("case-and-dot") << "Example.COM." << "example.com.dbl.spamhaus.org";
        QTest::newRow("idn") << "bücher.example" << "xn--bcher-kva.example.dbl.spamhaus.org";
        QTest::newRow("ip-literal") << "192.0.2.1" << "";
        QTest::newRow("empty-label") << "a..b" << "";
        QTest::newRow("spaces") << "exa mple.com" << "";
        QTest::newRow("too-long") << QString(QString(250, QLatin1Char('a')) + QLatin1String(".com")) << "";
    }
    void domainQueryNames()
    {
        QFETCH(QString, domain);
        QFETCH(QString, name);
        const DnsblList dbl = *knownList(QStringLiteral("spamhaus-dbl"));
        QCOMPARE(queryName(dbl, domain), name);
        QCOMPARE(queryName(zen(), domain), QString()); // an IP list takes no domains
    }

    void interpretAnswers_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<int>("status"); // net::DnsStatus when no answers
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("policyOnly");
        QTest::addColumn<QString>("needle"); // in the meanings or the error
        const int found = int(net::DnsStatus::Found);
        QTest::newRow("nxdomain") << "spamhaus-zen" << QStringList{} << int(net::DnsStatus::NoSuchName)
                                  << int(DnsblState::NotListed) << false << "";
        QTest::newRow("nodata") << "spamhaus-zen" << QStringList{} << int(net::DnsStatus::NoRecords)
                                << int(DnsblState::NotListed) << false << "";
        QTest::newRow("zen-sbl") << "spamhaus-zen" << QString::fromLatin1("127.0.0.2").split(QLatin1Char(',')) << found << int(DnsblState::Listed)
                                 << false << "SBL";
        QTest::newRow("zen-xbl-infected") << "spamhaus-zen" << QString::fromLatin1("127.0.0.4").split(QLatin1Char(',')) << found
                                          << int(DnsblState::Listed) << false << "infected";
        QTest::newRow("zen-pbl-only") << "spamhaus-zen" << QString::fromLatin1("127.0.0.11").split(QLatin1Char(',')) << found << int(DnsblState::Listed)
                                      << true << "PBL";
        QTest::newRow("zen-sbl-and-pbl") << "spamhaus-zen" << QString::fromLatin1("127.0.0.2,127.0.0.10").split(QLatin1Char(',')) << found
                                         << int(DnsblState::Listed) << false << "PBL";
        QTest::newRow("zen-public-resolver") << "spamhaus-zen" << QString::fromLatin1("127.255.255.254").split(QLatin1Char(',')) << found
                                             << int(DnsblState::Error) << false << "public";
        QTest::newRow("zen-too-many") << "spamhaus-zen" << QString::fromLatin1("127.255.255.255").split(QLatin1Char(',')) << found
                                      << int(DnsblState::Error) << false << "too many";
        QTest::newRow("zen-undocumented") << "spamhaus-zen" << QString::fromLatin1("127.0.0.200").split(QLatin1Char(',')) << found
                                          << int(DnsblState::Listed) << false << "does not document";
        QTest::newRow("garbage-outside-127") << "spamcop" << QString::fromLatin1("198.51.100.7").split(QLatin1Char(',')) << found
                                             << int(DnsblState::Error) << false << "not a block list answer";
        QTest::newRow("garbage-mixed") << "spamcop" << QString::fromLatin1("127.0.0.2,198.51.100.7").split(QLatin1Char(',')) << found
                                       << int(DnsblState::Error) << false << "198.51.100.7";
        QTest::newRow("garbage-ipv6") << "spamcop" << QString::fromLatin1("2001:db8::2").split(QLatin1Char(',')) << found << int(DnsblState::Error)
                                      << false << "not a block list answer";
        QTest::newRow("dbl-phish") << "spamhaus-dbl" << QString::fromLatin1("127.0.1.4").split(QLatin1Char(',')) << found << int(DnsblState::Listed)
                                   << false << "phishing";
        QTest::newRow("dbl-ip-query") << "spamhaus-dbl" << QString::fromLatin1("127.0.1.255").split(QLatin1Char(',')) << found
                                      << int(DnsblState::Error) << false << "not IP";
        QTest::newRow("custom") << "zone:bl.example.test" << QString::fromLatin1("127.0.0.2").split(QLatin1Char(',')) << found
                                << int(DnsblState::Listed) << false << "does not document";
    }
    void interpretAnswers()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, answers);
        QFETCH(int, status);
        QFETCH(int, state);
        QFETCH(bool, policyOnly);
        QFETCH(QString, needle);
        const DnsblResult r = interpret(*listFor(list), QStringLiteral("192.0.2.1"), answer(answers, net::DnsStatus(status)));
        QCOMPARE(int(r.state), state);
        QCOMPARE(r.policyOnly, policyOnly);
        QCOMPARE(r.listId, list);
        const QString words = r.meanings.join(QLatin1Char('|')) + QLatin1Char('|') + r.error;
        QVERIFY2(words.contains(needle, Qt::CaseInsensitive), qPrintable(words));
        if (r.state == DnsblState::Listed)
            QCOMPARE(r.meanings.size(), r.codes.size());
        if (r.state == DnsblState::NotListed)
            QVERIFY(r.codes.isEmpty() && r.meanings.isEmpty());
    }

    void cacheKeepsAnswersForTheirTtl()
    {
        DnsblCache cache(3);
        DnsblResult r;
        r.listId = QStringLiteral("spamcop");
        r.subject = QStringLiteral("192.0.2.1");
        r.state = DnsblState::Listed;
        r.checkedUtc = 1000;
        r.expiresUtc = 1300;
        cache.insert(r);
        QVERIFY(cache.find(r.listId, r.subject, 1299));
        QVERIFY(cache.find(r.listId, r.subject, 1299)->fromCache);
        QVERIFY(!cache.find(r.listId, r.subject, 1300)); // expired
        QVERIFY(!cache.find(QStringLiteral("spamhaus-zen"), r.subject, 1000));
        DnsblResult err = r;
        err.subject = QStringLiteral("192.0.2.2");
        err.state = DnsblState::Error;
        cache.insert(err); // errors are never cached: the next look-up asks again
        QVERIFY(!cache.find(err.listId, err.subject, 1000));
        // Bounded: a full cache drops the expired, then the soonest to expire.
        for (int i = 0; i < 5; ++i) {
            DnsblResult e = r;
            e.subject = QStringLiteral("198.51.100.%1").arg(i);
            e.checkedUtc = 2000;
            e.expiresUtc = 3000 + i;
            cache.insert(e);
            QVERIFY(cache.size() <= 3);
        }
        QVERIFY(!cache.find(r.listId, r.subject, 1000)); // expired one went first
        QVERIFY(cache.find(r.listId, QStringLiteral("198.51.100.4"), 2500));
        QVERIFY(!cache.find(r.listId, QStringLiteral("198.51.100.0"), 2500));
    }

    /** Evenly spaced, across threads: 20 slots at 50 a second take at least 19/50 s. */
    void rateLimiterCapsQueriesPerSecond()
    {
        RateLimiter limiter(50);
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&limiter] {
                for (int j = 0; j < 5; ++j)
                    limiter.acquire();
            });
        for (auto &th : threads)
            th.join();
        QVERIFY2(t.elapsed() >= 370, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }

    void settingsAreOffByDefault()
    {
        QTemporaryDir dir;
        QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const DnsblSettings d = DnsblSettings::load(empty);
        QVERIFY(!d.enabled);
        QCOMPARE(d.listIds, defaultListIds());
        QVERIFY(d.maxQueriesPerSecond > 0);

        QSettings s(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        DnsblSettings chosen;
        chosen.enabled = true;
        chosen.listIds = {QStringLiteral("psbl"), QStringLiteral("zone:bl.example.test"), QStringLiteral("gone")};
        chosen.maxQueriesPerSecond = 2.5;
        chosen.save(s);
        const DnsblSettings back = DnsblSettings::load(s);
        QVERIFY(back.enabled);
        QCOMPARE(back.listIds, chosen.listIds);
        QCOMPARE(back.maxQueriesPerSecond, 2.5);
        QStringList skipped;
        const QList<DnsblList> lists = back.lists(&skipped);
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(1).zone, QStringLiteral("bl.example.test"));
        QCOMPARE(skipped, QStringList{QStringLiteral("gone")});
    }

    /** The store table: a 'now' row is replaced, 'arrival' rows accumulate (each check once);
     *  unexpired rows fill a new cache with their meanings read again. */
    void savedAnswers()
    {
        auto db = store::Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        DnsblResult listed = interpret(zen(), QStringLiteral("192.0.2.1"), answer({QStringLiteral("127.0.0.4")}));
        listed.reason = QStringLiteral("https://check.spamhaus.org/");
        listed.checkedUtc = 1000;
        listed.expiresUtc = 2000;
        QVERIFY(saveResults(*db.value(), {listed}, store::DnsblKind::Arrival));
        QVERIFY(saveResults(*db.value(), {listed}, store::DnsblKind::Arrival)); // the same check: once
        QVERIFY(saveResults(*db.value(), {listed}, store::DnsblKind::Now));
        DnsblResult clean = interpret(zen(), QStringLiteral("192.0.2.1"), answer({}));
        clean.checkedUtc = 5000;
        clean.expiresUtc = 5900;
        QVERIFY(saveResults(*db.value(), {clean}, store::DnsblKind::Now)); // replaces the 'now' row
        DnsblResult error = clean;
        error.state = DnsblState::Error;
        error.subject = QStringLiteral("192.0.2.2");
        QVERIFY(saveResults(*db.value(), {error}, store::DnsblKind::Now)); // not saved

        store::DnsblTable table(*db.value());
        auto rows = table.forIp(QStringLiteral("192.0.2.1"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).kind, store::DnsblKind::Now);
        QVERIFY(!rows->at(0).listed);
        QCOMPARE(rows->at(0).checkedUtc, qint64(5000));
        QCOMPARE(rows->at(1).kind, store::DnsblKind::Arrival);
        QVERIFY(rows->at(1).listed);
        QCOMPARE(rows->at(1).code, QStringLiteral("127.0.0.4"));
        QVERIFY(table.forIp(QStringLiteral("192.0.2.2"))->isEmpty());

        DnsblCache cache;
        QVERIFY(loadSaved(*db.value(), cache, 1500));
        auto hit = cache.find(QStringLiteral("spamhaus-zen"), QStringLiteral("192.0.2.1"), 1500);
        QVERIFY(hit);
        QVERIFY(hit->fromCache);
        // Both rows are unexpired at 1500; the newer ('now', not listed) wins.
        QCOMPARE(hit->state, DnsblState::NotListed);
        DnsblCache later;
        QVERIFY(loadSaved(*db.value(), later, 1500));
        const DnsblResult again = resultFromRow(rows->at(1));
        QCOMPARE(again.state, DnsblState::Listed);
        QVERIFY(again.meanings.join(QString()).contains(QStringLiteral("infected")));
        QCOMPARE(again.reason, listed.reason);
        DnsblCache expired;
        QVERIFY(loadSaved(*db.value(), expired, 6000));
        QCOMPARE(expired.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDnsbl)
#include "tst_dnsbl.moc"
