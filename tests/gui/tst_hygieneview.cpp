// The Hygiene view (ui/HygieneView) against a real Dovecot on loopback: the groups table counts
// what the server holds; the preview lists exactly the plan's UIDs and Apply moves exactly those
// (checked in a fresh IMAP session), with progress; the log shows the action and Undo brings the
// messages back; a rule added in the view is stored enabled and can be disabled; an unsubscribe on
// a group judged spam is refused with its reason shown; Delete previews a move to Trash and Esc
// closes it. With MAILTIDE_SCREENSHOTS=DIR set, saves hygiene-groups/-preview/-log.png there.
#include "../imap/DovecotServer.h"

#include "HygieneView.h"
#include "hygiene/Applier.h"
#include "imap/Account.h"
#include "imap/Connection.h"
#include "imap/Session.h"
#include "imap/Sync.h"
#include "models/MessageListModel.h"
#include "store/Store.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;

namespace {

const QString kNews = QStringLiteral("news@shop.example");
const QString kTracker = QStringLiteral("notifications@tracker.example");
const QString kSpam = QStringLiteral("winner@prize.example");

struct Mail
{
    QString from;
    QString name;
    QString subject;
    QString listId;
    bool oneClick = false;
    int bodyLines = 3;
};

QByteArray message(const Mail &m, const QString &id, const QDateTime &when)
{
    QByteArray b = "From: " + m.name.toUtf8() + " <" + m.from.toUtf8() + ">\r\nTo: alice@example.test\r\nSubject: " +
                   m.subject.toUtf8() + "\r\nDate: " + QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, d MMM yyyy HH:mm:ss +0000")).toUtf8() +
                   "\r\nMessage-ID: <" + id.toUtf8() + ">\r\n";
    if (!m.listId.isEmpty()) {
        b += "List-Id: <" + m.listId.toUtf8() + ">\r\nList-Unsubscribe: <https://" + m.from.section(QLatin1Char('@'), 1).toUtf8() +
             "/unsubscribe?u=alice>\r\n";
        if (m.oneClick)
            b += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    }
    b += "\r\n";
    for (int i = 0; i < m.bodyLines; ++i)
        b += "Line " + QByteArray::number(i) + " of a message that is long enough to have a size worth showing.\r\n";
    return b;
}

struct Fixture
{
    test::DovecotServer server;
    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
    qint64 account = 0;
    QHash<QString, int> sent; ///< messages per sender in INBOX

    store::ImapAccount imapAccount() const
    {
        store::ImapAccount a = server.imapsAccount(QStringLiteral("dovecot"));
        a.passwordCommand = QStringLiteral("cat '%1'").arg(dir.filePath(QStringLiteral("pw")));
        return a;
    }
    Status add(const Mail &m, int n, int everyDays, int readEvery)
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-2);
        for (int i = 0; i < n; ++i) {
            const QDateTime when = base.addDays(-i * everyDays).addSecs(-3600 * (i % 7));
            const QString id = QStringLiteral("%1.%2@%3").arg(m.from.section(QLatin1Char('@'), 0, 0)).arg(i).arg(m.from.section(QLatin1Char('@'), 1));
            const bool read = readEvery > 0 && i % readEvery == 0;
            Mail v = m;
            if (i > 0) // each mail of a sender a little different, as real ones are
                v.subject = QStringLiteral("%1 (%2)").arg(m.subject, QLocale::c().toString(when.date(), QStringLiteral("d MMM")));
            if (Status s = server.addMessage(QStringLiteral("INBOX"), message(v, id, when), read ? QStringLiteral("S") : QString(), when); !s)
                return s;
        }
        sent[m.from] += n;
        return {};
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
        imap::Connection c;
        if (Status s = c.open(imap::endpointFor(imapAccount()).value()); !s)
            return s;
        imap::Syncer syncer(*store, c);
        auto r = syncer.sync(account, {});
        if (!r)
            return r.error();
        return {};
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

int rowOf(const QTableWidget *t, const QString &key)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0) && t->item(r, 0)->text() == key)
            return r;
    return -1;
}

} // namespace

class TestHygieneView : public QObject
{
    Q_OBJECT
    Fixture m;
    std::unique_ptr<ui::HygieneView> view;

    bool idle() { return QTest::qWaitFor([&] { return !view->isBusy(); }, 30000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m.server.start());
        QVERIFY(m.add({kNews, QStringLiteral("Shop Example"), QStringLiteral("Weekly deals: up to 40% off garden tools"),
                       QStringLiteral("offers.shop.example"), true, 40},
                      24, 7, 5));
        QVERIFY(m.add({QStringLiteral("digest@forum.example"), QStringLiteral("Forum digest"), QStringLiteral("Your daily digest: 14 new posts"),
                       QStringLiteral("digest.forum.example"), false, 25},
                      15, 2, 1));
        QVERIFY(m.add({kTracker, QStringLiteral("Tracker"), QStringLiteral("Issue #4711 was updated"), {}, false, 6}, 12, 1, 0));
        QVERIFY(m.add({QStringLiteral("alerts@bank.example"), QStringLiteral("Your Bank"), QStringLiteral("Your statement is ready"), {}, false, 8},
                      6, 30, 1));
        QVERIFY(m.add({kSpam, QStringLiteral("Prize Team"), QStringLiteral("Congratulations, you have won!"), QStringLiteral("prizes.prize.example"),
                       true, 12},
                      9, 3, 0));
        QVERIFY(m.add({QStringLiteral("bob@mail.test"), QStringLiteral("Bob"), QStringLiteral("Lunch on Friday?"), {}, false, 2}, 3, 10, 1));
        QVERIFY(m.setUp());
        // The classifier's verdict, as a sync with a trained model would leave it: the prize mail is spam.
        QVERIFY(m.store->db().exec("UPDATE messages SET verdict = 1 WHERE from_addr = 'winner@prize.example'"));
        QVERIFY(m.store->db().exec("UPDATE messages SET verdict = 0 WHERE from_addr <> 'winner@prize.example'"));

        view = std::make_unique<ui::HygieneView>();
        view->resize(1100, 720);
        view->setDatabase(m.store->db().path());
        view->setScope(QStringLiteral("dovecot"));
        view->setBatchSize(5);
        view->setCredentialsProvider([](const QString &) -> std::optional<QByteArray> { return QByteArray(); });
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }

    void groupsShowTheCounts()
    {
        QSignalSpy refreshed(view.get(), &ui::HygieneView::refreshed);
        QSignalSpy busy(view.get(), &ui::HygieneView::busyChanged);
        view->refresh();
        QVERIFY(view->isBusy());
        QVERIFY(idle());
        QVERIFY(!busy.isEmpty());
        QCOMPARE(busy.last().at(0).toBool(), false);
        QVERIFY(!refreshed.isEmpty());
        QCOMPARE(view->groups().size(), m.sent.size());
        QCOMPARE(view->groupTable()->rowCount(), int(m.sent.size()));
        for (auto it = m.sent.cbegin(); it != m.sent.cend(); ++it) {
            const int r = rowOf(view->groupTable(), it.key());
            QVERIFY2(r >= 0, qPrintable(it.key()));
            QCOMPARE(view->groupTable()->item(r, 1)->text(), QLocale().toString(it.value()));
        }
        // Largest first; read share and the verdict mix as stored.
        QCOMPARE(view->groups().first().key, kNews);
        const int spam = rowOf(view->groupTable(), kSpam);
        QCOMPARE(view->groupTable()->item(spam, 6)->text(), QStringLiteral("9 · 0 · 0"));
        QCOMPARE(view->groupTable()->item(rowOf(view->groupTable(), QStringLiteral("digest@forum.example")), 5)->text(),
                 QLocale().toString(100) + QLatin1Char('%'));
        QCOMPARE(view->groupTable()->item(rowOf(view->groupTable(), kNews), 7)->text(), QStringLiteral("one-click"));
        // By list: only the three lists.
        view->setGrouping(store::GroupBy::List, store::GroupSort::Count);
        view->refresh();
        QVERIFY(idle());
        QStringList lists;
        for (const store::SenderGroup &g : view->groups())
            if (!g.key.isEmpty())
                lists << g.key;
        lists.sort();
        QCOMPARE(lists, QStringList({QStringLiteral("digest.forum.example"), QStringLiteral("offers.shop.example"),
                                     QStringLiteral("prizes.prize.example")}));
        view->setGrouping(store::GroupBy::Address, store::GroupSort::Count);
        view->refresh();
        QVERIFY(idle());
    }

    /** The preview lists exactly the plan's messages; Apply moves exactly those, with progress. */
    void previewIsWhatApplyMoves()
    {
        QVERIFY(view->selectGroup(kTracker));
        QSignalSpy ready(view.get(), &ui::HygieneView::previewReady);
        view->preview(hygiene::Action::Archive);
        QVERIFY(idle());
        QCOMPARE(ready.size(), 1);
        QVERIFY(view->previewPlan());
        const hygiene::Plan plan = *view->previewPlan();
        QCOMPARE(plan.items.size(), 12);
        QCOMPARE(plan.destFolder, QStringLiteral("Archive"));
        QVERIFY(view->previewPanel()->isVisible());
        // "Archive 12 messages from …" (the English plural comes from translations/mailtide_en.ts).
        QVERIFY2(view->previewTitle()->text().startsWith(QStringLiteral("Archive 12 message")), qPrintable(view->previewTitle()->text()));
        QVERIFY(view->previewTitle()->text().endsWith(QStringLiteral(" from ") + kTracker));
        QVERIFY(view->applyButton()->text().contains(QStringLiteral("12")));
        // Row for row, the plan's messages.
        auto *model = qobject_cast<models::MessageListModel *>(view->previewList()->model());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), int(plan.items.size()));
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->rowAt(r).subject, plan.items.at(r).subject);
            QCOMPARE(model->rowAt(r).receivedUtc, plan.items.at(r).receivedUtc);
            QVERIFY(model->rowAt(r).id > 0);
        }
        // Arrives after the preview, from the same sender: not touched.
        QVERIFY(m.server.append(QStringLiteral("INBOX"), message({kTracker, QStringLiteral("Tracker"), QStringLiteral("late"), {}, false, 1},
                                                                 QStringLiteral("late@tracker.example"), QDateTime::currentDateTimeUtc())));
        const QStringList inboxBefore = m.server.messageIdsIn(QStringLiteral("INBOX"));
        QVERIFY(inboxBefore.contains(QStringLiteral("late@tracker.example")));

        QSignalSpy progress(view.get(), &ui::HygieneView::progress);
        QSignalSpy finished(view.get(), &ui::HygieneView::actionFinished);
        QVERIFY(view->applyButton()->isEnabled());
        QTest::mouseClick(view->applyButton(), Qt::LeftButton);
        QVERIFY(view->isBusy());
        QVERIFY(view->progressBar()->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
        QCOMPARE(progress.size(), 3); // 12 messages in batches of 5
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(12));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(12));
        QVERIFY(finished[0][2].toLongLong() > 0);
        // On the server, seen by a fresh session: exactly the plan's messages moved.
        QCOMPARE(m.server.messageIdsIn(QStringLiteral("Archive")), idsOf(plan));
        QStringList expected = inboxBefore;
        for (const QString &id : idsOf(plan))
            expected.removeOne(id);
        QCOMPARE(m.server.messageIdsIn(QStringLiteral("INBOX")), expected);
        QVERIFY(idle()); // the refresh after it
        QVERIFY(!view->previewPanel()->isVisible());
        // The store followed the messages: the group is gone from the inbox's table.
        QCOMPARE(rowOf(view->groupTable(), kTracker), -1);
        m_lastPlan = plan;
        m_lastAction = finished[0][2].toLongLong();
    }

    /** The log shows the action; Ctrl+Z in the log undoes it and the messages come back. */
    void logShowsTheActionAndUndoRestores()
    {
        QVERIFY(m_lastAction > 0);
        QVERIFY(!view->actions().isEmpty());
        QCOMPARE(view->actions().first().id, m_lastAction);
        QCOMPARE(view->actions().first().state, QStringLiteral("done"));
        QCOMPARE(view->logTable()->rowCount(), int(view->actions().size()));
        QCOMPARE(view->logTable()->item(0, 1)->text(), QStringLiteral("Archive"));
        QCOMPARE(view->logTable()->item(0, 3)->text(), QLocale().toString(12));
        QCOMPARE(view->logTable()->item(0, 4)->text(), QStringLiteral("done"));

        view->tabs()->setCurrentIndex(1);
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->logTable()->setFocus();
        view->logTable()->selectRow(0);
        QSignalSpy finished(view.get(), &ui::HygieneView::actionFinished);
        QTest::keyClick(view->logTable(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
        QCOMPARE(m.server.messageCount(QStringLiteral("Archive")), qint64(0));
        const QStringList inbox = m.server.messageIdsIn(QStringLiteral("INBOX"));
        for (const QString &id : idsOf(m_lastPlan))
            QVERIFY2(inbox.count(id) == 1, qPrintable(id));
        QVERIFY(idle());
        // The log: the undo on top, the action marked undone.
        QVERIFY(view->actions().size() >= 2);
        QCOMPARE(view->actions().at(1).id, m_lastAction);
        QVERIFY(view->actions().at(1).undoneBy > 0);
        QVERIFY(view->logTable()->item(1, 4)->text().startsWith(QStringLiteral("undone")));
        view->tabs()->setCurrentIndex(0);
    }

    void ruleAddedIsStoredEnabledAndCanBeDisabled()
    {
        store::HygieneRule r;
        r.matchKind = QStringLiteral("list");
        r.matchValue = QStringLiteral("offers.shop.example");
        r.action = QStringLiteral("junk");
        view->addRule(r);
        QVERIFY(idle());
        store::HygieneStore h(m.store->db());
        auto stored = h.rules(m.account);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().matchValue, QStringLiteral("offers.shop.example"));
        QCOMPARE(stored->first().action, QStringLiteral("junk"));
        QVERIFY(stored->first().enabled);
        QCOMPARE(view->ruleTable()->rowCount(), 1);
        QCOMPARE(view->ruleTable()->item(0, 0)->checkState(), Qt::Checked);
        QCOMPARE(view->ruleTable()->item(0, 1)->text(), QStringLiteral("list offers.shop.example"));
        // Unticking the box turns it off in the store.
        view->ruleTable()->item(0, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(idle());
        stored = h.rules(m.account);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QVERIFY(!stored->first().enabled);
        QCOMPARE(view->ruleTable()->item(0, 0)->checkState(), Qt::Unchecked);
        // A rule the core refuses is not stored.
        store::HygieneRule bad = r;
        bad.matchValue.clear();
        QSignalSpy failed(view.get(), &ui::HygieneView::failed);
        view->addRule(bad);
        QVERIFY(idle());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(h.rules(m.account)->size(), 1);
    }

    /** Spam is never answered: the unsubscribe is refused and the reason shown; nothing to confirm. */
    void unsubscribeFromSpamIsRefused()
    {
        view->refresh();
        QVERIFY(idle());
        QVERIFY(view->selectGroup(kSpam));
        QSignalSpy ready(view.get(), &ui::HygieneView::previewReady);
        view->planUnsubscribe();
        QVERIFY(idle());
        QCOMPARE(ready.size(), 1);
        QVERIFY(view->unsubscribePlan());
        QCOMPARE(hygiene::toString(view->unsubscribePlan()->method), QStringLiteral("refused"));
        QVERIFY(view->previewNote()->text().contains(QStringLiteral("judged spam")));
        QVERIFY(view->previewTitle()->text().contains(QStringLiteral("refused")));
        QVERIFY(view->previewPanel()->isVisible());
        QVERIFY(!view->applyButton()->isVisible());
        const auto buttons = view->previewPanel()->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text() == QStringLiteral("Unsubscribe"))
                QVERIFY(!b->isEnabled());
        view->closePreview();
    }

    /** Delete on a group previews a move to Trash; Esc closes the preview without acting. */
    void keyboard()
    {
        QVERIFY(view->selectGroup(QStringLiteral("alerts@bank.example")));
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->groupTable()->setFocus();
        QTest::keyClick(view->groupTable(), Qt::Key_Delete);
        QVERIFY(idle());
        QVERIFY(view->previewPlan());
        QCOMPARE(hygiene::toString(view->previewPlan()->action), QStringLiteral("trash"));
        QCOMPARE(view->previewPlan()->items.size(), 6);
        QTest::keyClick(view->groupTable(), Qt::Key_Escape);
        QVERIFY(!view->previewPlan());
        QVERIFY(!view->previewPanel()->isVisible());
        QCOMPARE(m.server.messageCount(QStringLiteral("Trash")) > 0, false);
    }

    /** An action cut by a dropped connection shows as resumable; Resume finishes it without acting
     *  on any message twice. */
    void resumeFinishesAnInterruptedAction()
    {
        hygiene::Criteria c;
        c.fromAddress = QStringLiteral("alerts@bank.example");
        auto plan = hygiene::makePlan(*m.store, QStringLiteral("dovecot"), QStringLiteral("INBOX"), c, hygiene::Action::Archive,
                                      QDateTime::currentSecsSinceEpoch());
        QVERIFY(plan);
        QCOMPARE(plan->items.size(), 6);
        const qint64 archiveBefore = m.server.messageCount(QStringLiteral("Archive"));
        hygiene::Applier applier(*m.store);
        applier.setBatchSize(4);
        applier.setAfterSend([&](imap::Connection &conn, int batch) {
            if (batch == 0) { // the server moves 4; the answer never reaches us
                QVERIFY(QTest::qWaitFor([&] { return m.server.messageCount(QStringLiteral("Archive")) >= archiveBefore + 4; }, 10000));
                conn.close();
            }
        });
        auto id = applier.record(*plan);
        QVERIFY(id);
        imap::Connection conn;
        QVERIFY(conn.open(imap::endpointFor(m.imapAccount()).value()));
        QVERIFY(!applier.run(conn, id.value()));

        view->refresh();
        QVERIFY(idle());
        QCOMPARE(view->actions().first().id, id.value());
        QCOMPARE(view->actions().first().state, QStringLiteral("interrupted"));
        view->tabs()->setCurrentIndex(1);
        view->logTable()->selectRow(0);
        QVERIFY(view->resumeButton()->isEnabled());
        QSignalSpy finished(view.get(), &ui::HygieneView::actionFinished);
        QTest::mouseClick(view->resumeButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
        QVERIFY(idle());
        // Each planned message in the archive exactly once, none left in the inbox.
        const QStringList archive = m.server.messageIdsIn(QStringLiteral("Archive"));
        const QStringList inbox = m.server.messageIdsIn(QStringLiteral("INBOX"));
        for (const QString &mid : idsOf(plan.value())) {
            QVERIFY2(archive.count(mid) == 1, qPrintable(mid));
            QVERIFY2(!inbox.contains(mid), qPrintable(mid));
        }
        QCOMPARE(m.server.messageCount(QStringLiteral("Archive")), archiveBefore + 6);
        QCOMPARE(view->actions().first().state, QStringLiteral("done"));
        QVERIFY(!view->resumeButton()->isEnabled());
        view->tabs()->setCurrentIndex(0);
    }

    /** Not a test: with MAILTIDE_SCREENSHOTS=DIR, the pictures of the note. */
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MAILTIDE_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("MAILTIDE_SCREENSHOTS not set");
        QDir().mkpath(dir);
        view->tabs()->setCurrentIndex(0);
        view->refresh();
        QVERIFY(idle());
        QVERIFY(view->selectGroup(kNews));
        QTest::qWait(100); // let the layouts settle before painting
        QVERIFY(view->grab().save(QDir(dir).filePath(QStringLiteral("hygiene-groups.png"))));
        view->preview(hygiene::Action::Archive);
        QVERIFY(idle());
        QVERIFY(view->previewPlan());
        QTest::qWait(100);
        QVERIFY(view->grab().save(QDir(dir).filePath(QStringLiteral("hygiene-preview.png"))));
        // Apply it, so that the log holds a fresh action that Undo can take back.
        QSignalSpy finished(view.get(), &ui::HygieneView::actionFinished);
        view->apply();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY(idle());
        view->tabs()->setCurrentIndex(1);
        view->logTable()->selectRow(0);
        QTest::qWait(100);
        QVERIFY(view->grab().save(QDir(dir).filePath(QStringLiteral("hygiene-log.png"))));
        view->tabs()->setCurrentIndex(0);
    }

    void cleanupTestCase() { view.reset(); }

private:
    hygiene::Plan m_lastPlan;
    qint64 m_lastAction = 0;
};

QTEST_MAIN(TestHygieneView)
#include "tst_hygieneview.moc"
