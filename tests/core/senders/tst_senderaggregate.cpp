// Sender reports (core/senders/Aggregate.h) over a store written through the Store API, with
// counts known by construction; the authserv-id learning and override; the re-scan of local mail.
#include "localmail/LocalImporter.h"
#include "senders/Aggregate.h"
#include "senders/Rescan.h"
#include "store/SenderReader.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;
using namespace mailtide::senders;

namespace {

struct Msg
{
    QString from;
    QString domain;
    QString ip;
    int verdict = -1;
    qint64 utc = 1'700'000'000;
    QString topAuthserv; // "" with hasAuth: omitted id
    bool hasAuth = false;
    QString dmarc;
    qint64 flags = 0;
    qint64 fingerprint = 0;
};

qint64 bit(EvidenceId id)
{
    return qint64(1) << int(id);
}

void insert(store::Store &s, const QString &account, const QString &folder, const QVector<Msg> &msgs)
{
    auto acc = s.ensureLocalAccount(account, QStringLiteral("/nowhere"));
    QVERIFY(acc);
    auto fol = s.ensureFolder(acc.value(), folder);
    QVERIFY(fol);
    store::Transaction tx(s.db());
    QVERIFY(tx.begun());
    auto ins = s.inserter();
    QVERIFY(ins);
    static int serial = 0;
    for (const Msg &m : msgs) {
        store::NewMessage n;
        n.accountId = acc.value();
        n.folderId = fol.value();
        n.localKey = QStringLiteral("k%1").arg(++serial);
        n.receivedUtc = m.utc;
        n.fromAddr = m.from;
        n.fromDomain = m.domain;
        n.subject = QStringLiteral("s");
        if (m.verdict >= 0)
            n.verdict = m.verdict;
        store::EvidenceRow e;
        e.originIp = m.ip;
        e.originNet = networkOf(m.ip);
        if (m.hasAuth) {
            e.topAuthservId = m.topAuthserv;
            e.authservId = m.topAuthserv;
            e.dmarc = m.dmarc;
        }
        e.flags = m.flags;
        e.fingerprint = m.fingerprint;
        n.evidence = e;
        auto r = ins->insert(n);
        QVERIFY(r && r.value());
    }
    QVERIFY(tx.commit());
}

const SenderGroup *find(const QVector<SenderGroup> &g, const QString &key)
{
    for (const SenderGroup &x : g)
        if (x.key == key)
            return &x;
    return nullptr;
}

} // namespace

class TestSenderAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsAndCounts()
    {
        auto st = store::Store::open(QStringLiteral(":memory:"));
        QVERIFY(st);
        store::Store &s = *st.value();
        const QString mx = QStringLiteral("mx.example.net");
        QVector<Msg> msgs;
        // 4 from a forged bank domain, 4 different /24s, all spam, dynamic origin, DMARC fail at mx.
        for (int i = 0; i < 4; ++i)
            msgs << Msg{QStringLiteral("alert%1@bank.example").arg(i), QStringLiteral("bank.example"),
                        QStringLiteral("84.%1.1.7").arg(10 + i), 1, 1'700'000'000 + i * 86400, mx, true,
                        QStringLiteral("fail"), bit(EvidenceId::DynamicOrigin), 0};
        // 3 from a friend, one IP, ham, DMARC pass.
        for (int i = 0; i < 3; ++i)
            msgs << Msg{QStringLiteral("friend@pals.example"), QStringLiteral("pals.example"), QStringLiteral("93.184.216.34"), 0,
                        1'700'000'000 + i, mx, true, QStringLiteral("pass"), 0, 0};
        // A forged header from another server saying pass: not trusted, not counted.
        msgs << Msg{QStringLiteral("x@bank.example"), QStringLiteral("bank.example"), QStringLiteral("84.20.1.7"), 1,
                    1'700'000'000, QStringLiteral("evil.example"), true, QStringLiteral("fail"), 0, 0};
        insert(s, QStringLiteral("acc"), QStringLiteral("INBOX"), msgs);

        trends::Filter f;
        f.zone = QTimeZone::utc();
        auto byDomain = aggregateSenders(s.db(), f, GroupBy::Domain);
        QVERIFY(byDomain);
        QCOMPARE(byDomain->size(), 2);
        QCOMPARE(byDomain->first().key, QStringLiteral("bank.example")); // the suspicious one first
        const SenderGroup *bank = find(byDomain.value(), QStringLiteral("bank.example"));
        QCOMPARE(bank->messages, 5);
        QCOMPARE(bank->spam, 5);
        QCOMPARE(bank->authChecked, 4); // the evil.example header is not the account's server
        QCOMPARE(bank->dmarcFail, 4);
        QCOMPARE(bank->networks, 5);
        QCOMPARE(bank->evidence[size_t(EvidenceId::DynamicOrigin)], 4);
        QCOMPARE(bank->firstUtc, 1'700'000'000);
        QCOMPARE(bank->lastUtc, 1'700'000'000 + 3 * 86400);
        QVERIFY(bank->score > 0.8);
        QVERIFY(bank->reasons.join(u'|').contains(QStringLiteral("4 of 4 fail DMARC at your server")));
        const SenderGroup *pals = find(byDomain.value(), QStringLiteral("pals.example"));
        QCOMPARE(pals->messages, 3);
        QCOMPARE(pals->ham, 3);
        QCOMPARE(pals->dmarcFail, 0);
        QCOMPARE(pals->score, 0.0);
        QVERIFY(pals->reasons.isEmpty());

        auto ids = messagesOf(s.db(), f, GroupBy::Domain, QStringLiteral("bank.example"), -1);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 5);
        auto two = messagesOf(s.db(), f, GroupBy::Domain, QStringLiteral("bank.example"), 2);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->first(), 4); // the newest: the bank's fourth message (+3 days), row id 4
        QCOMPARE(messagesOf(s.db(), f, GroupBy::Network, QStringLiteral("93.184.216.0/24"), -1)->size(), 3);

        auto byAddress = aggregateSenders(s.db(), f, GroupBy::Address);
        QVERIFY(byAddress);
        QCOMPARE(byAddress->size(), 6);
        QCOMPARE(find(byAddress.value(), QStringLiteral("friend@pals.example"))->messages, 3);

        auto byIp = aggregateSenders(s.db(), f, GroupBy::Network);
        QVERIFY(byIp);
        QCOMPARE(byIp->size(), 6);
        QCOMPARE(find(byIp.value(), QStringLiteral("93.184.216.0/24"))->messages, 3);

        // The user says the server is evil.example: now only that header counts.
        QVERIFY(store::SenderReader(s.db()).setAuthservId(QStringLiteral("acc"), QStringLiteral("evil.example")));
        auto again = aggregateSenders(s.db(), f, GroupBy::Domain);
        QVERIFY(again);
        QCOMPARE(find(again.value(), QStringLiteral("bank.example"))->authChecked, 1);
        QVERIFY(!store::SenderReader(s.db()).setAuthservId(QStringLiteral("nobody"), QStringLiteral("x")));

        // Filters: a day range and a verdict.
        f.from = QDate(2023, 11, 15);
        f.to = QDate(2023, 11, 15);
        auto oneDay = aggregateSenders(s.db(), f, GroupBy::Domain);
        QVERIFY(oneDay);
        qint64 total = 0;
        for (const SenderGroup &g : oneDay.value())
            total += g.messages;
        QCOMPARE(total, 1); // 1'700'000'000 is 2023-11-14 22:13 UTC: only the bank's second message (+1 day)
        f.from.reset();
        f.to.reset();
        f.verdict = trends::VerdictFilter::Ham;
        auto ham = aggregateSenders(s.db(), f, GroupBy::Domain);
        QVERIFY(ham);
        QCOMPARE(ham->size(), 1);

        std::atomic_bool cancel{true};
        QVERIFY(!aggregateSenders(s.db(), trends::Filter{}, GroupBy::Domain, &cancel));
    }

    void learnedAuthservNeedsMajority()
    {
        auto st = store::Store::open(QStringLiteral(":memory:"));
        QVERIFY(st);
        QVector<Msg> msgs;
        // Two messages only: too few to learn from.
        for (int i = 0; i < 2; ++i)
            msgs << Msg{QStringLiteral("a@b.example"), QStringLiteral("b.example"), QStringLiteral("93.184.216.34"), 1, 1'700'000'000,
                        QStringLiteral("mx.example.net"), true, QStringLiteral("fail"), 0, 0};
        insert(*st.value(), QStringLiteral("acc"), QStringLiteral("INBOX"), msgs);
        auto ids = store::SenderReader(st.value()->db()).trustedAuthservIds();
        QVERIFY(ids);
        QVERIFY(ids->isEmpty());
        insert(*st.value(), QStringLiteral("acc"), QStringLiteral("INBOX"), {msgs.first()});
        ids = store::SenderReader(st.value()->db()).trustedAuthservIds();
        QCOMPARE(ids->size(), 1);
        QCOMPARE(ids->cbegin().value(), QStringLiteral("mx.example.net"));
    }

    void scores()
    {
        SenderGroup a;
        a.messages = 10;
        a.spam = 10;
        scoreGroup(a, GroupBy::Domain);
        SenderGroup b = a;
        b.evidence[size_t(EvidenceId::DynamicOrigin)] = 10;
        scoreGroup(b, GroupBy::Domain);
        QVERIFY(b.score > a.score); // each sign adds
        QVERIFY(a.score < 0.5);     // spam share alone stays below its weight
        QVERIFY(b.reasons.size() == 2);
        SenderGroup one;
        one.messages = 1;
        one.spam = 1;
        scoreGroup(one, GroupBy::Domain);
        QVERIFY(one.score < a.score); // one message is never a certainty
    }

    void campaigns()
    {
        auto st = store::Store::open(QStringLiteral(":memory:"));
        QVERIFY(st);
        QVector<Msg> msgs;
        for (int i = 0; i < 5; ++i) // one fingerprint from 5 IPs in 5 /24s, 5 senders
            msgs << Msg{QStringLiteral("s%1@x%1.example").arg(i), QStringLiteral("x%1.example").arg(i),
                        QStringLiteral("84.%1.2.3").arg(i), 1, 1'700'000'000, {}, false, {}, 0, 42};
        msgs << Msg{QStringLiteral("s@x.example"), QStringLiteral("x.example"), QStringLiteral("84.0.2.3"), 1, 1'700'000'000, {},
                    false, {}, 0, 42}; // the same IP again
        for (int i = 0; i < 4; ++i) // another fingerprint from one IP
            msgs << Msg{QStringLiteral("n@news.example"), QStringLiteral("news.example"), QStringLiteral("93.184.216.34"), 0,
                        1'700'000'000, {}, false, {}, 0, 7};
        insert(*st.value(), QStringLiteral("acc"), QStringLiteral("INBOX"), msgs);
        auto c = botnetCampaigns(st.value()->db(), trends::Filter{}, 3);
        QVERIFY(c);
        QCOMPARE(c->size(), 1);
        QCOMPARE(c->first().fingerprint, 42);
        QCOMPARE(c->first().messages, 6);
        QCOMPARE(c->first().ips, 5);
        QCOMPARE(c->first().networks, 5);
        QCOMPARE(c->first().senders, 6);
        auto all = botnetCampaigns(st.value()->db(), trends::Filter{}, 1);
        QCOMPARE(all->size(), 2);
    }

    void importStoresEvidenceAndRescanRestoresIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("a.eml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Received: from bettyjagessar.com (w142.z064000057.nyc-ny.dsl.cnc.net [64.0.57.142]) by mx.example.net "
                "(8.9.3/8.9.3) with ESMTP id WAA31201; Fri, 2 Aug 2002 22:50:11 +0100\r\n"
                "From: \"Start Now\" <startnow2002@hotmail.com>\r\nSubject: STOP THE MLM INSANITY\r\n"
                "Date: Fri, 02 Aug 2002 23:37:59 +0100\r\n\r\nJoin now.\r\n");
        f.close();
        auto st = store::Store::open(dir.filePath(QStringLiteral("t.db")));
        QVERIFY(st);
        localmail::LocalImporter imp(*st.value());
        auto r = imp.import(QStringLiteral("local"), {f.fileName()});
        QVERIFY(r);
        QCOMPARE(r->added, 1);
        store::Database &db = st.value()->db();
        auto check = [&] {
            auto g = aggregateSenders(db, trends::Filter{}, GroupBy::Network);
            QVERIFY(g);
            QCOMPARE(g->size(), 1);
            QCOMPARE(g->first().key, QStringLiteral("64.0.57.0/24"));
            QCOMPARE(g->first().evidence[size_t(EvidenceId::DynamicOrigin)], 1);
            QCOMPARE(g->first().evidence[size_t(EvidenceId::HeloMismatch)], 1);
        };
        check();
        QVERIFY(db.exec("DELETE FROM message_evidence"));
        QVERIFY(db.exec("UPDATE messages SET origin_ip = NULL"));
        QCOMPARE(aggregateSenders(db, trends::Filter{}, GroupBy::Network)->size(), 0);
        auto re = rescanEvidence(db, 0, false);
        QVERIFY(re);
        QCOMPARE(re->scanned, 1);
        QCOMPARE(re->unreadable, 0);
        check();
        auto again = rescanEvidence(db, 0, false); // nothing left to do
        QCOMPARE(again->scanned, 0);
        auto items = store::SenderReader(db).itemsOf(1);
        QVERIFY(items);
        QVERIFY(items->contains(QStringLiteral("dynamic-origin")));
    }
};

QTEST_GUILESS_MAIN(TestSenderAggregate)
#include "tst_senderaggregate.moc"
