// store::HygieneStore on a fixture: the groups by address, domain and list (counts, sizes, date
// range, share read, verdict mix, unsubscribe), their filters and sorts, cancel; the messages a
// plan selects; the action log and the rules; the List-Id parsed at import. And the plan's JSON.
#include "hygiene/Plan.h"
#include "jobs/GroupsJob.h"
#include "localmail/LocalImporter.h"
#include "mime/MessageHeaders.h"
#include "store/HygieneStore.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace mailtide;
using namespace mailtide::store;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kNow = 1767225600; // 2026-01-01
} // namespace

class TestHygieneStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0, m_inbox = 0, m_junk = 0;

    void add(qint64 folder, qint64 uid, const QString &from, const QString &domain, const QString &list, int unsub,
             qint64 ageDays, qint64 size, int flags, std::optional<int> verdict)
    {
        NewMessage m;
        m.accountId = m_account;
        m.folderId = folder;
        m.uid = uid;
        m.messageId = QStringLiteral("m%1@x").arg(uid);
        m.receivedUtc = kNow - ageDays * kDay;
        m.receivedSource = ReceivedSource::InternalDate;
        m.fromAddr = from;
        m.fromDomain = domain;
        m.listId = list;
        m.unsubscribe = unsub;
        m.size = size;
        m.flags = flags;
        m.verdict = verdict;
        auto ins = m_store->inserter();
        QVERIFY(ins);
        auto r = ins->insert(m);
        QVERIFY(r && r.value());
    }

    QHash<QString, SenderGroup> byKey(const QVector<SenderGroup> &g)
    {
        QHash<QString, SenderGroup> out;
        for (const SenderGroup &x : g)
            out.insert(x.key, x);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto st = Store::open(m_dir.filePath(QStringLiteral("h.db")));
        QVERIFY(st);
        m_store = std::move(st.value());
        ImapAccount a;
        a.name = QStringLiteral("acct");
        a.host = QStringLiteral("127.0.0.1");
        a.user = QStringLiteral("u");
        auto id = m_store->addImapAccount(a);
        QVERIFY(id);
        m_account = id.value();
        auto inbox = m_store->ensureImapFolder(m_account, QStringLiteral("INBOX"), QStringLiteral("INBOX"), QString());
        auto junk = m_store->ensureImapFolder(m_account, QStringLiteral("Junk"), QStringLiteral("Junk"), QStringLiteral("\\Junk"));
        QVERIFY(inbox && junk);
        m_inbox = inbox.value();
        m_junk = junk.value();
        QVERIFY(m_store->setFolderState(m_inbox, {qint64(777), qint64(100), std::nullopt}));
        // news@shop.example: 3 in the inbox (one read, one old), one-click list "offers.shop.example".
        add(m_inbox, 1, QStringLiteral("news@shop.example"), QStringLiteral("shop.example"), QStringLiteral("offers.shop.example"), 2, 400, 1000, FlagSeen, 0);
        add(m_inbox, 2, QStringLiteral("News@Shop.example"), QStringLiteral("shop.example"), QStringLiteral("offers.shop.example"), 2, 10, 2000, 0, 0);
        add(m_inbox, 3, QStringLiteral("news@shop.example"), QStringLiteral("shop.example"), QStringLiteral("offers.shop.example"), 1, 5, 3000, 0, 2);
        // billing@shop.example: same domain, no list.
        add(m_inbox, 4, QStringLiteral("billing@shop.example"), QStringLiteral("shop.example"), QString(), 0, 30, 500, FlagSeen, 0);
        // spam from two addresses of one domain, in Junk.
        add(m_junk, 5, QStringLiteral("a@spam.test"), QStringLiteral("spam.test"), QString(), 0, 2, 50000, 0, 1);
        add(m_junk, 6, QStringLiteral("b@spam.test"), QStringLiteral("spam.test"), QString(), 1, 1, 60000, 0, 1);
        // a friend, unclassified, no From domain row value.
        add(m_inbox, 7, QStringLiteral("friend@mail.test"), QStringLiteral("mail.test"), QString(), 0, 3, 100, FlagSeen, std::nullopt);
    }

    void groupsByAddressCountAndMix()
    {
        HygieneStore hs(m_store->db());
        GroupFilter f;
        f.accountId = m_account;
        auto g = hs.groups(f, GroupBy::Address, GroupSort::Count);
        QVERIFY(g);
        QCOMPARE(g->size(), 5);
        // Largest first; addresses compared case-insensitively.
        QCOMPARE(g->first().key, QStringLiteral("news@shop.example"));
        const SenderGroup n = g->first();
        QCOMPARE(n.count, qint64(3));
        QCOMPARE(n.totalSize, qint64(6000));
        QCOMPARE(n.firstUtc, kNow - 400 * kDay);
        QCOMPARE(n.lastUtc, kNow - 5 * kDay);
        QCOMPARE(n.readCount, qint64(1));
        QCOMPARE(n.ham, qint64(2));
        QCOMPARE(n.unsure, qint64(1));
        QCOMPARE(n.spam, qint64(0));
        QCOMPARE(n.unsubscribe, 2);
        const auto k = byKey(g.value());
        QCOMPARE(k.value(QStringLiteral("friend@mail.test")).ham + k.value(QStringLiteral("friend@mail.test")).spam +
                     k.value(QStringLiteral("friend@mail.test")).unsure,
                 qint64(0)); // unclassified counts in none
        QCOMPARE(k.value(QStringLiteral("b@spam.test")).spam, qint64(1));
    }

    void groupsByDomainSortedBySize()
    {
        HygieneStore hs(m_store->db());
        GroupFilter f;
        f.accountId = m_account;
        auto bySize = hs.groups(f, GroupBy::Domain, GroupSort::Size);
        QVERIFY(bySize);
        QCOMPARE(bySize->size(), 3);
        QCOMPARE(bySize->at(0).key, QStringLiteral("spam.test"));
        QCOMPARE(bySize->at(0).totalSize, qint64(110000));
        auto byCount = hs.groups(f, GroupBy::Domain, GroupSort::Count);
        QVERIFY(byCount);
        QCOMPARE(byCount->at(0).key, QStringLiteral("shop.example"));
        QCOMPARE(byCount->at(0).count, qint64(4));
        QCOMPARE(byCount->at(0).readCount, qint64(2));
        QCOMPARE(byCount->at(0).shareRead(), 0.5);
    }

    void groupsByListOnlyListMail()
    {
        HygieneStore hs(m_store->db());
        GroupFilter f;
        f.accountId = m_account;
        auto g = hs.groups(f, GroupBy::List, GroupSort::Count);
        QVERIFY(g);
        QCOMPARE(g->size(), 1);
        QCOMPARE(g->at(0).key, QStringLiteral("offers.shop.example"));
        QCOMPARE(g->at(0).count, qint64(3));
    }

    void groupFilters_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected"); // key:count, by address, count order
        QTest::newRow("folder INBOX") << 0 << QStringLiteral("news@shop.example:3 billing@shop.example:1 friend@mail.test:1");
        QTest::newRow("older than 1 year") << 1 << QStringLiteral("news@shop.example:1");
        QTest::newRow("never read") << 2 << QStringLiteral("news@shop.example:2 b@spam.test:1 a@spam.test:1"); // ties: larger first
        QTest::newRow("newsletters") << 3 << QStringLiteral("news@shop.example:3 b@spam.test:1");
        QTest::newRow("limit 1") << 4 << QStringLiteral("news@shop.example:3");
    }
    void groupFilters()
    {
        QFETCH(int, mode);
        QFETCH(QString, expected);
        HygieneStore hs(m_store->db());
        GroupFilter f;
        f.accountId = m_account;
        int limit = 1000;
        switch (mode) {
        case 0: f.folderId = m_inbox; break;
        case 1: f.receivedBefore = kNow - 365 * kDay; break;
        case 2: f.neverRead = true; break;
        case 3: f.newslettersOnly = true; break;
        case 4: limit = 1; break;
        }
        auto g = hs.groups(f, GroupBy::Address, GroupSort::Count, limit);
        QVERIFY(g);
        QStringList got;
        for (const SenderGroup &x : g.value())
            got << QStringLiteral("%1:%2").arg(x.key).arg(x.count);
        QCOMPARE(got.join(QLatin1Char(' ')), expected);
    }

    void groupsCancelled()
    {
        HygieneStore hs(m_store->db());
        GroupFilter f;
        f.accountId = m_account;
        std::atomic_bool cancel{true};
        auto g = hs.groups(f, GroupBy::Address, GroupSort::Count, 1000, &cancel);
        QVERIFY(!g);
        // The handler is removed afterwards: the next query runs.
        QVERIFY(hs.groups(f, GroupBy::Address, GroupSort::Count));
    }

    /** The GUI's way: on a worker thread, the result by a queued signal. */
    void groupsJobOnAWorkerThread()
    {
        jobs::GroupsQuery q;
        q.account = QStringLiteral("acct");
        q.folder = QStringLiteral("INBOX");
        q.by = GroupBy::Domain;
        q.olderThanDays = 7;
        auto *job = new jobs::GroupsJob(m_store->db().path(), q, kNow);
        QThread thread;
        job->moveToThread(&thread);
        connect(&thread, &QThread::started, job, &jobs::GroupsJob::run);
        connect(&thread, &QThread::finished, job, &QObject::deleteLater);
        QSignalSpy spy(job, &jobs::GroupsJob::finished);
        thread.start();
        QVERIFY(spy.wait(10000));
        thread.quit();
        thread.wait();
        QVERIFY(spy[0][0].toBool());
        const auto groups = spy[0][2].value<QVector<SenderGroup>>();
        QCOMPARE(groups.size(), 1); // shop.example: the messages older than 7 days (uids 1, 2, 4)
        QCOMPARE(groups[0].key, QStringLiteral("shop.example"));
        QCOMPARE(groups[0].count, qint64(3));
    }

    void candidatesAndPlan()
    {
        hygiene::Criteria c;
        c.fromAddress = QStringLiteral("NEWS@shop.example");
        auto p = hygiene::makePlan(*m_store, QStringLiteral("acct"), QStringLiteral("INBOX"), c, hygiene::Action::Junk, kNow);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(p->uidValidity, qint64(777));
        QCOMPARE(p->destFolder, QStringLiteral("Junk"));
        QCOMPARE(p->items.size(), 3);
        QCOMPARE(p->items.at(0).uid, qint64(1));
        // older than 100 days: only the first; mark read: only the unread ones.
        c.olderThanDays = 100;
        auto old = hygiene::makePlan(*m_store, QStringLiteral("acct"), QStringLiteral("INBOX"), c, hygiene::Action::Junk, kNow);
        QVERIFY(old);
        QCOMPARE(old->items.size(), 1);
        c.olderThanDays.reset();
        auto read = hygiene::makePlan(*m_store, QStringLiteral("acct"), QStringLiteral("INBOX"), c, hygiene::Action::Read, kNow);
        QVERIFY(read);
        QCOMPARE(read->items.size(), 2);
        // No Archive folder in this account: refused, with the reason.
        auto arch = hygiene::makePlan(*m_store, QStringLiteral("acct"), QStringLiteral("INBOX"), c, hygiene::Action::Archive, kNow);
        QVERIFY(!arch);
        // By list and by domain.
        hygiene::Criteria l;
        l.listId = QStringLiteral("offers.shop.example");
        auto byList = hygiene::makePlan(*m_store, QStringLiteral("acct"), QStringLiteral("INBOX"), l, hygiene::Action::Junk, kNow);
        QVERIFY(byList);
        QCOMPARE(byList->items.size(), 3);
        hygiene::Criteria d;
        d.domain = QStringLiteral("shop.example");
        auto byDomain = hygiene::makePlan(*m_store, QStringLiteral("acct"), QStringLiteral("INBOX"), d, hygiene::Action::Junk, kNow);
        QVERIFY(byDomain);
        QCOMPARE(byDomain->items.size(), 4);
        // Two criteria at once: refused.
        d.listId = l.listId;
        QVERIFY(!hygiene::makePlan(*m_store, QStringLiteral("acct"), QStringLiteral("INBOX"), d, hygiene::Action::Junk, kNow));

        // The JSON round trip keeps every UID; hostile plans are refused.
        auto back = hygiene::Plan::fromJson(p->toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->items.size(), p->items.size());
        for (qsizetype i = 0; i < p->items.size(); ++i)
            QCOMPARE(back->items[i].uid, p->items[i].uid);
        QCOMPARE(back->uidValidity, p->uidValidity);
        QByteArray dup = p->toJson();
        dup.replace("\"uid\": 2", "\"uid\": 1");
        QVERIFY(!hygiene::Plan::fromJson(dup));
        QVERIFY(!hygiene::Plan::fromJson("{\"format\":\"mailtide-hygiene-plan/1\"}"));
        QVERIFY(!hygiene::Plan::fromJson("not json"));
        QByteArray count = p->toJson();
        count.replace("\"count\": 3", "\"count\": 57");
        QVERIFY(!hygiene::Plan::fromJson(count)); // "one tool's dialog said 57"
    }

    void actionLogAndRules()
    {
        HygieneStore hs(m_store->db());
        HygieneAction a;
        a.accountId = m_account;
        a.createdUtc = kNow;
        a.kind = QStringLiteral("junk");
        a.sourceFolderId = m_inbox;
        a.sourceValidity = 777;
        a.destFolderId = m_junk;
        auto id = hs.addAction(a, {{1, QStringLiteral("m1@x"), 0, ItemPending, {}}, {2, QStringLiteral("m2@x"), 1, ItemPending, {}}});
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        QVERIFY(hs.setItems(id.value(), {1}, ItemDone, {{1, 40}}));
        auto back = hs.action(id.value());
        QVERIFY(back);
        QCOMPARE(back->state, QStringLiteral("planned"));
        QCOMPARE(back->items, qint64(2));
        QCOMPARE(back->itemsDone, qint64(1));
        auto items = hs.items(id.value());
        QVERIFY(items);
        QCOMPARE(items->at(0).destUid.value_or(0), qint64(40));
        QVERIFY(!items->at(1).destUid);

        HygieneRule r;
        r.accountId = m_account;
        r.matchKind = QStringLiteral("list");
        r.matchValue = QStringLiteral("offers.shop.example");
        r.action = QStringLiteral("junk");
        auto rid = hs.addRule(r);
        QVERIFY(rid);
        r.id = rid.value();
        r.enabled = false;
        QVERIFY(hs.updateRule(r));
        QVERIFY(hs.addRuleCount(r.id, 3));
        QVERIFY(hs.addRuleCount(r.id, 2));
        auto rules = hs.rules(m_account);
        QVERIFY(rules);
        QCOMPARE(rules->size(), 1);
        QCOMPARE(rules->at(0).enabled, false);
        QCOMPARE(rules->at(0).lastCount, qint64(2));
        QCOMPARE(rules->at(0).totalCount, qint64(5));
        QVERIFY(hs.removeRule(r.id));
        QVERIFY(!hs.removeRule(r.id));
    }

    void listHeadersReachTheRow()
    {
        const QByteArray raw = "From: News <news@shop.example>\r\nList-Id: Offers <offers.shop.example>\r\n"
                               "List-Unsubscribe: <https://shop.example/u/1>, <mailto:u@shop.example>\r\n"
                               "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nSubject: x\r\n\r\nbody\r\n";
        const mime::MessageHeaders h = mime::parseHeaders(raw);
        QCOMPARE(h.listId, QStringLiteral("offers.shop.example"));
        QCOMPARE(h.listUnsubscribe, 2);
        NewMessage m;
        localmail::setHeaderFields(m, h);
        QCOMPARE(m.listId, QStringLiteral("offers.shop.example"));
        QCOMPARE(m.unsubscribe, 2);
        const mime::MessageHeaders noPost = mime::parseHeaders("List-Unsubscribe: <https://x.example/u>\r\n\r\n");
        QCOMPARE(noPost.listUnsubscribe, 1);
        const mime::MessageHeaders none = mime::parseHeaders("From: a@b.example\r\n\r\n");
        QCOMPARE(none.listUnsubscribe, 0);
        QVERIFY(none.listId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHygieneStore)
#include "tst_hygienestore.moc"
