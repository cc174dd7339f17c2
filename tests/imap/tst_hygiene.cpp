// Hygiene actions on a real Dovecot: the plan's messages are exactly the ones moved (checked in a
// fresh IMAP session), undo puts every one back, a message arriving after the plan is not touched,
// a connection dropped mid-apply resumes without acting twice (MOVE and COPY paths), a server
// without MOVE takes the COPY + UID EXPUNGE path, a plan whose folder changed is refused, and the
// rules run after a sync with their counts.
#include "DovecotServer.h"

#include "hygiene/Applier.h"
#include "hygiene/Rules.h"
#include "imap/Account.h"
#include "imap/Session.h"
#include "imap/Sync.h"
#include "jobs/HygieneJob.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mailtide;

namespace {

QByteArray message(const QString &from, const QString &id, const QString &listId = {})
{
    QByteArray m = "From: " + from.toUtf8() + "\r\nTo: alice@example.test\r\nSubject: note " + id.toUtf8() +
                   "\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <" + id.toUtf8() + ">\r\n";
    if (!listId.isEmpty())
        m += "List-Id: Some list <" + listId.toUtf8() + ">\r\nList-Unsubscribe: <https://u.example/x>\r\n";
    return m + "\r\nHello " + id.toUtf8() + "\r\n";
}

/** One Dovecot, its store, and the helpers every test uses. */
struct Fixture
{
    test::DovecotServer server;
    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
    qint64 account = 0;

    store::ImapAccount imapAccount() const
    {
        store::ImapAccount a = server.imapsAccount(QStringLiteral("dovecot"));
        a.passwordCommand = QStringLiteral("cat '%1'").arg(dir.filePath(QStringLiteral("pw")));
        return a;
    }
    Status setUp()
    {
        QFile pw(dir.filePath(QStringLiteral("pw")));
        if (!pw.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("pw"), {}};
        pw.write(server.password().toUtf8());
        pw.close();
        auto st = store::Store::open(dir.filePath(QStringLiteral("h.db")));
        if (!st)
            return st.error();
        store = std::move(st.value());
        auto id = store->addImapAccount(imapAccount());
        if (!id)
            return id.error();
        account = id.value();
        return {};
    }
    Status open(imap::Connection &c) const { return c.open(imap::endpointFor(imapAccount()).value()); }
    Result<imap::SyncReport> sync()
    {
        imap::Connection c;
        if (Status s = open(c); !s)
            return s.error();
        imap::Syncer syncer(*store, c);
        return syncer.sync(account, {});
    }
    /** Waits until a folder holds at least n messages (the server did a command whose answer we drop). */
    bool waitCount(const QString &folder, qint64 n)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (server.messageCount(folder) >= n)
                return true;
            QThread::msleep(20);
        }
        return false;
    }
    hygiene::Plan plan(const QString &folder, const QString &from, hygiene::Action action)
    {
        hygiene::Criteria c;
        c.fromAddress = from;
        auto p = hygiene::makePlan(*store, QStringLiteral("dovecot"), folder, c, action, QDateTime::currentSecsSinceEpoch());
        return p ? p.value() : hygiene::Plan{};
    }
};

QStringList idsOf(const hygiene::Plan &p)
{
    QStringList out;
    for (const hygiene::PlanItem &i : p.items)
        out << i.messageId;
    out.sort();
    return out;
}

QStringList without(QStringList all, const QStringList &gone)
{
    for (const QString &g : gone)
        all.removeOne(g);
    return all;
}

} // namespace

class TestHygiene : public QObject
{
    Q_OBJECT
    Fixture m;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m.server.start());
        for (int i = 0; i < 6; ++i)
            QVERIFY(m.server.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("news@shop.example"), QStringLiteral("news%1@shop").arg(i),
                                                                        QStringLiteral("offers.shop.example"))));
        for (int i = 0; i < 12; ++i)
            QVERIFY(m.server.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("bulk@mass.example"), QStringLiteral("bulk%1@mass").arg(i))));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m.server.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("gone@x.example"), QStringLiteral("gone%1@x").arg(i))));
        for (int i = 0; i < 2; ++i)
            QVERIFY(m.server.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("friend@mail.test"), QStringLiteral("friend%1@mail").arg(i))));
        for (int i = 0; i < 4; ++i)
            QVERIFY(m.server.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("unread@x.example"), QStringLiteral("unread%1@x").arg(i))));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m.server.addMessage(QStringLiteral("Lists"), message(QStringLiteral("l@lists.example"), QStringLiteral("l%1@lists").arg(i))));
        QVERIFY(m.setUp());
        auto r = m.sync();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    }

    /** The preview is what is moved, message for message; a message that arrives after the plan is
     *  not touched; undo puts every message back. */
    void previewIsWhatMovesAndUndoRestores()
    {
        const QStringList inboxBefore = m.server.messageIdsIn(QStringLiteral("INBOX"));
        const hygiene::Plan plan = m.plan(QStringLiteral("INBOX"), QStringLiteral("news@shop.example"), hygiene::Action::Archive);
        QCOMPARE(plan.items.size(), 6);
        QCOMPARE(plan.destFolder, QStringLiteral("Archive"));
        // Arrives between plan and apply, from the same sender.
        QVERIFY(m.server.append(QStringLiteral("INBOX"), message(QStringLiteral("news@shop.example"), QStringLiteral("late@shop"))));

        hygiene::Applier applier(*m.store);
        applier.setBatchSize(4);
        auto id = applier.record(plan);
        QVERIFY(id);
        imap::Connection c;
        QVERIFY(m.open(c));
        auto r = applier.run(c, id.value());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->acted, qint64(6));
        QCOMPARE(r->batches, 2);
        QVERIFY(r->usedMove);
        // On the server, seen by a fresh session: exactly the plan's messages in Archive.
        QCOMPARE(m.server.messageIdsIn(QStringLiteral("Archive")), idsOf(plan));
        QStringList expectedInbox = without(inboxBefore, idsOf(plan));
        expectedInbox << QStringLiteral("late@shop");
        expectedInbox.sort();
        QCOMPARE(m.server.messageIdsIn(QStringLiteral("INBOX")), expectedInbox);
        // In the log: every item done with its new UID; in the store: the rows followed.
        store::HygieneStore log(m.store->db());
        auto act = log.action(id.value());
        QVERIFY(act);
        QCOMPARE(act->state, QStringLiteral("done"));
        QCOMPARE(act->itemsDone, qint64(6));
        QVERIFY(act->destValidity.has_value());
        // A second run does nothing more.
        auto again = applier.run(c, id.value());
        QVERIFY(again);
        QCOMPARE(again->acted, qint64(0));
        QCOMPARE(m.server.messageCount(QStringLiteral("Archive")), qint64(6));

        // Undo: every message back in the inbox, the archive empty; the late one still there.
        auto undoId = applier.recordUndo(id.value());
        QVERIFY2(undoId, qPrintable(undoId ? QString() : undoId.error().toString()));
        auto u = applier.run(c, undoId.value());
        QVERIFY2(u, qPrintable(u ? QString() : u.error().toString()));
        QCOMPARE(u->acted, qint64(6));
        QCOMPARE(m.server.messageCount(QStringLiteral("Archive")), qint64(0));
        QStringList all = inboxBefore;
        all << QStringLiteral("late@shop");
        all.sort();
        QCOMPARE(m.server.messageIdsIn(QStringLiteral("INBOX")), all);
        QVERIFY(!applier.recordUndo(id.value())); // undone once only
        // The store agrees with the server: a sync adds only the late message.
        auto s = m.sync();
        QVERIFY(s);
        QCOMPARE(s->added, qint64(1));
        QCOMPARE(s->removed, qint64(0));
    }

    /** The GUI's way: a HygieneJob applies a plan with progress signals, then undoes it. */
    void jobAppliesWithProgressAndUndoes()
    {
        QVERIFY(m.server.append(QStringLiteral("INBOX"), message(QStringLiteral("job@x.example"), QStringLiteral("job0@x"))));
        QVERIFY(m.server.append(QStringLiteral("INBOX"), message(QStringLiteral("job@x.example"), QStringLiteral("job1@x"))));
        QVERIFY(m.server.append(QStringLiteral("INBOX"), message(QStringLiteral("job@x.example"), QStringLiteral("job2@x"))));
        QVERIFY(m.sync());
        const hygiene::Plan plan = m.plan(QStringLiteral("INBOX"), QStringLiteral("job@x.example"), hygiene::Action::Archive);
        QCOMPARE(plan.items.size(), 3);
        const qint64 archiveBefore = m.server.messageCount(QStringLiteral("Archive"));
        jobs::HygieneJob job(m.store->db().path(), {}, plan);
        job.setBatchSize(2);
        QSignalSpy progress(&job, &jobs::HygieneJob::progress);
        QSignalSpy finished(&job, &jobs::HygieneJob::finished);
        job.run();
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
        QCOMPARE(progress.size(), 2); // one per batch
        QCOMPARE(progress[1][0].toLongLong(), qint64(3));
        QCOMPARE(m.server.messageCount(QStringLiteral("Archive")), archiveBefore + 3);
        const qint64 actionId = finished[0][2].toLongLong();
        jobs::HygieneJob undo(m.store->db().path(), QStringLiteral("dovecot"), {}, actionId, jobs::HygieneJob::Mode::Undo);
        QSignalSpy undone(&undo, &jobs::HygieneJob::finished);
        undo.run();
        QCOMPARE(undone.size(), 1);
        QVERIFY2(undone[0][0].toBool(), qPrintable(undone[0][1].toString()));
        QCOMPARE(m.server.messageCount(QStringLiteral("Archive")), archiveBefore);
        QVERIFY(m.server.messageIdsIn(QStringLiteral("INBOX")).contains(QStringLiteral("job2@x")));
    }

    /** The line drops after a MOVE was sent and done by the server, before its answer: run again
     *  on a new connection, it finishes, and no message was moved twice or left behind. */
    void droppedConnectionResumesWithoutDoubleMoves()
    {
        const hygiene::Plan plan = m.plan(QStringLiteral("INBOX"), QStringLiteral("bulk@mass.example"), hygiene::Action::Junk);
        QCOMPARE(plan.items.size(), 12);
        const qint64 junkBefore = m.server.messageCount(QStringLiteral("Junk"));
        hygiene::Applier applier(*m.store);
        applier.setBatchSize(4);
        bool dropped = false;
        applier.setAfterSend([&](imap::Connection &c, int batch) {
            if (batch == 1 && !dropped) {
                dropped = true;
                // The server did it (8 moved); the answer never reaches us.
                QVERIFY(m.waitCount(QStringLiteral("Junk"), junkBefore + 8));
                c.close();
            }
        });
        auto id = applier.record(plan);
        QVERIFY(id);
        {
            imap::Connection c;
            QVERIFY(m.open(c));
            auto r = applier.run(c, id.value());
            QVERIFY(!r); // the lost line is an error...
            QVERIFY(!c.isOpen());
        }
        store::HygieneStore log(m.store->db());
        QCOMPARE(log.action(id.value())->state, QStringLiteral("interrupted")); // ... and the log says so
        imap::Connection c2;
        QVERIFY(m.open(c2));
        auto r = applier.run(c2, id.value());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->resumed, qint64(8)); // 4 answered + 4 whose answer was lost
        QCOMPARE(r->acted, qint64(4));
        QCOMPARE(log.action(id.value())->state, QStringLiteral("done"));
        // Each planned message in Junk exactly once; none left in the inbox.
        QCOMPARE(m.server.messageIdsIn(QStringLiteral("Junk")), idsOf(plan));
        for (const QString &i : idsOf(plan))
            QVERIFY(!m.server.messageIdsIn(QStringLiteral("INBOX")).contains(i));
        // The resume found where the lost batch landed (by Message-ID): undo brings all 12 back.
        auto undoId = applier.recordUndo(id.value());
        QVERIFY2(undoId, qPrintable(undoId ? QString() : undoId.error().toString()));
        auto u = applier.run(c2, undoId.value());
        QVERIFY2(u, qPrintable(u ? QString() : u.error().toString()));
        QCOMPARE(u->acted, qint64(12));
        QCOMPARE(m.server.messageCount(QStringLiteral("Junk")), junkBefore);
        const QStringList inbox = m.server.messageIdsIn(QStringLiteral("INBOX"));
        for (const QString &i : idsOf(plan))
            QVERIFY(inbox.contains(i));
    }

    /** A planned UID gone from the server (another client moved it): the whole plan is refused and
     *  nothing is moved. */
    void refusedWhenAPlannedMessageIsGone()
    {
        const hygiene::Plan plan = m.plan(QStringLiteral("INBOX"), QStringLiteral("gone@x.example"), hygiene::Action::Trash);
        QCOMPARE(plan.items.size(), 3);
        QVERIFY(m.server.moveMessage(QStringLiteral("INBOX"), quint64(plan.items[1].uid), QStringLiteral("Drafts")));
        const qint64 trashBefore = m.server.messageCount(QStringLiteral("Trash"));
        hygiene::Applier applier(*m.store);
        auto id = applier.record(plan);
        QVERIFY(id);
        imap::Connection c;
        QVERIFY(m.open(c));
        auto check = applier.check(c, plan);
        QVERIFY(check);
        QCOMPARE(check->missing, QVector<qint64>{plan.items[1].uid});
        auto r = applier.run(c, id.value());
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(QLatin1String("no longer in the folder")), qPrintable(r.error().toString()));
        QCOMPARE(m.server.messageCount(QStringLiteral("Trash")), trashBefore);
        store::HygieneStore log(m.store->db());
        QCOMPARE(log.action(id.value())->state, QStringLiteral("refused"));
        QVERIFY(!applier.run(c, id.value())); // stays refused
    }

    /** The folder was recreated (new UIDVALIDITY): the UIDs mean other messages now; refused. */
    void refusedWhenUidValidityChanged()
    {
        const hygiene::Plan plan = m.plan(QStringLiteral("Lists"), QStringLiteral("l@lists.example"), hygiene::Action::Archive);
        QCOMPARE(plan.items.size(), 3);
        QVERIFY(m.server.recreateFolder(QStringLiteral("Lists")));
        QVERIFY(m.server.append(QStringLiteral("Lists"), message(QStringLiteral("l@lists.example"), QStringLiteral("new-l@lists"))));
        hygiene::Applier applier(*m.store);
        auto id = applier.record(plan);
        QVERIFY(id);
        imap::Connection c;
        QVERIFY(m.open(c));
        auto check = applier.check(c, plan);
        QVERIFY(check && !check->validityMatches);
        const qint64 archiveBefore = m.server.messageCount(QStringLiteral("Archive"));
        auto r = applier.run(c, id.value());
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(QLatin1String("UIDVALIDITY")), qPrintable(r.error().toString()));
        QCOMPARE(m.server.messageCount(QStringLiteral("Lists")), qint64(1));
        QCOMPARE(m.server.messageCount(QStringLiteral("Archive")), archiveBefore);
    }

    /** Mark read sets \Seen on exactly the plan's messages; undo clears it again. */
    void markReadAndUndo()
    {
        const hygiene::Plan plan = m.plan(QStringLiteral("INBOX"), QStringLiteral("unread@x.example"), hygiene::Action::Read);
        QCOMPARE(plan.items.size(), 4);
        hygiene::Applier applier(*m.store);
        auto id = applier.record(plan);
        QVERIFY(id);
        imap::Connection c;
        QVERIFY(m.open(c));
        auto r = applier.run(c, id.value());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const auto seen = [&]() {
            auto out = m.server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m.server.user(), QStringLiteral("mailbox"),
                                         QStringLiteral("INBOX"), QStringLiteral("SEEN")});
            return out ? out->trimmed().split('\n').size() - (out->trimmed().isEmpty() ? 1 : 0) : -1;
        };
        QCOMPARE(seen(), 4);
        auto undoId = applier.recordUndo(id.value());
        QVERIFY(undoId);
        QVERIFY(applier.run(c, undoId.value()));
        QCOMPARE(seen(), 0);
    }

    /** A rule runs after a sync, moves what it matches, and counts it; a disabled rule does nothing. */
    void rulesRunAfterSyncWithCounts()
    {
        store::HygieneStore log(m.store->db());
        store::HygieneRule rule;
        rule.accountId = m.account;
        rule.matchKind = QStringLiteral("list");
        rule.matchValue = QStringLiteral("rules.list.example");
        rule.action = QStringLiteral("junk");
        QVERIFY(hygiene::validateRule(rule));
        auto rid = log.addRule(rule);
        QVERIFY(rid);
        rule.id = rid.value();
        store::HygieneRule off = rule;
        off.matchKind = QStringLiteral("address");
        off.matchValue = QStringLiteral("friend@mail.test");
        off.enabled = false;
        QVERIFY(log.addRule(off));
        for (int i = 0; i < 2; ++i)
            QVERIFY(m.server.append(QStringLiteral("INBOX"), message(QStringLiteral("r@list.example"), QStringLiteral("rule%1@list").arg(i),
                                                                    QStringLiteral("rules.list.example"))));
        const qint64 junkBefore = m.server.messageCount(QStringLiteral("Junk"));
        auto s = m.sync();
        QVERIFY(s);
        imap::Connection c;
        QVERIFY(m.open(c));
        auto out = hygiene::applyRules(*m.store, c, QStringLiteral("dovecot"), QDateTime::currentSecsSinceEpoch());
        QVERIFY(out);
        QCOMPARE(out->size(), 1); // the disabled one did not run
        QCOMPARE(out->at(0).moved, qint64(2));
        QVERIFY(out->at(0).error.isEmpty());
        QCOMPARE(m.server.messageCount(QStringLiteral("Junk")), junkBefore + 2);
        QVERIFY(m.server.messageIdsIn(QStringLiteral("INBOX")).contains(QStringLiteral("friend0@mail")));
        auto rules = log.rules(m.account);
        QVERIFY(rules);
        QCOMPARE(rules->at(0).lastCount, qint64(2));
        QCOMPARE(rules->at(0).totalCount, qint64(2));
        // The next run finds nothing new and says so.
        auto again = hygiene::applyRules(*m.store, c, QStringLiteral("dovecot"), QDateTime::currentSecsSinceEpoch());
        QVERIFY(again);
        QCOMPARE(again->at(0).moved, qint64(0));
        QCOMPARE(log.rules(m.account)->at(0).totalCount, qint64(2));
    }

    /** A server without MOVE: COPY + \Deleted + UID EXPUNGE of exactly the plan's UIDs (another
     *  client's \Deleted message survives); a line dropped after a COPY was done is resumed without
     *  copying twice; undo out of Trash copies back and expunges nothing from Trash. */
    void serverWithoutMoveTakesTheCopyPath()
    {
        Fixture f;
        test::DovecotServer::Options o;
        o.imapCapability = QStringLiteral("IMAP4rev1 SASL-IR LITERAL+ ENABLE IDLE NAMESPACE UIDPLUS CONDSTORE SPECIAL-USE");
        QVERIFY(f.server.start(o));
        for (int i = 0; i < 10; ++i)
            QVERIFY(f.server.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("copy@x.example"), QStringLiteral("copy%1@x").arg(i))));
        QVERIFY(f.server.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("other@x.example"), QStringLiteral("deleted@x")), QStringLiteral("T")));
        QVERIFY(f.setUp());
        QVERIFY(f.sync());
        const hygiene::Plan plan = f.plan(QStringLiteral("INBOX"), QStringLiteral("copy@x.example"), hygiene::Action::Trash);
        QCOMPARE(plan.items.size(), 10);
        hygiene::Applier applier(*f.store);
        applier.setBatchSize(4);
        bool dropped = false;
        applier.setAfterSend([&](imap::Connection &c, int batch) {
            if (batch == 1 && !dropped) {
                dropped = true;
                QVERIFY(f.waitCount(QStringLiteral("Trash"), 8)); // the second COPY was done
                c.close();
            }
        });
        auto id = applier.record(plan);
        QVERIFY(id);
        {
            imap::Connection c;
            QVERIFY(f.open(c));
            QVERIFY(!applier.run(c, id.value()));
        }
        imap::Connection c;
        QVERIFY(f.open(c));
        auto r = applier.run(c, id.value());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(!r->usedMove);
        // Each message in Trash once (the lost COPY was not repeated); the inbox keeps only the
        // other client's \Deleted message (never a plain EXPUNGE).
        QCOMPARE(f.server.messageIdsIn(QStringLiteral("Trash")), idsOf(plan));
        QCOMPARE(f.server.messageIdsIn(QStringLiteral("INBOX")), QStringList{QStringLiteral("deleted@x")});

        // Undo out of Trash without MOVE: copies back, expunges nothing from Trash.
        auto undoId = applier.recordUndo(id.value());
        QVERIFY2(undoId, qPrintable(undoId ? QString() : undoId.error().toString()));
        auto u = applier.run(c, undoId.value());
        QVERIFY2(u, qPrintable(u ? QString() : u.error().toString()));
        QVERIFY(u->keptInTrash);
        QCOMPARE(f.server.messageCount(QStringLiteral("Trash")), qint64(10));
        QStringList back = idsOf(plan);
        back << QStringLiteral("deleted@x");
        back.sort();
        QCOMPARE(f.server.messageIdsIn(QStringLiteral("INBOX")), back);
    }

    void cleanupTestCase() { m.server.stop(); }
};

QTEST_GUILESS_MAIN(TestHygiene)
#include "tst_hygiene.moc"
