// The main window end to end, offscreen: welcome page, import, list, tree, detail pane, errors,
// and closing or cancelling mid-import. Every wait is a QSignalSpy::wait or a QTRY_*.
#include "MainWindow.h"
#include "TrendsView.h"
#include "jobs/StoreReader.h"
#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"
#include "store/Store.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace mailtide;
using models::FolderTreeModel;
using models::MessageListModel;

namespace {

constexpr int kTimeoutMs = 20000;

template <typename T> T *child(const QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QLatin1String(name));
    if (!c) qFatal("no child %s", name);
    return c;
}

/** An mbox big enough that an import is still running when the test acts on it. */
QString writeBigMbox(const QString &dir, int count)
{
    const QString path = dir + QStringLiteral("/big.mbox");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    const QByteArray filler(400, 'x');
    for (int i = 0; i < count; ++i) {
        f.write("From sender@example.com Mon Jan  6 10:00:00 2003\n"
                "From: Bulk <bulk@example.com>\nTo: bob@example.org\n"
                "Date: Mon, 6 Jan 2003 10:00:00 +0000\nSubject: Bulk " +
                QByteArray::number(i) + "\nMessage-ID: <bulk" + QByteArray::number(i) + "@example.com>\n\n" +
                filler + "\n\n");
    }
    return path;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings too: no writes to the user's config
        jobs::registerMetaTypes();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("test-%1.db").arg(++m_count));
    }

    void welcomeThenImport()
    {
        ui::MainWindow w(m_db);
        auto *messages = child<MessageListModel>(&w, "messageModel");
        auto *folders = child<FolderTreeModel>(&w, "folderModel");
        QAbstractItemModelTester messagesTester(messages,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester foldersTester(folders,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(child<QWidget>(&w, "welcomePage")->isVisible());
        QVERIFY(!child<QPushButton>(&w, "openSampleButton")->text().isEmpty());

        QSignalSpy finished(&w, &ui::MainWindow::importFinished);
        QSignalSpy shown(&w, &ui::MainWindow::messagesShown);
        w.importPaths(QStringLiteral("fixture"), {QStringLiteral(MAILTIDE_TEST_DATA "/mbox/three.mbox")});
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("3")),
                 qPrintable(finished.first().at(1).toString()));

        QTRY_COMPARE(messages->rowCount(), 3);
        QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).toInt() == 3);
        QTRY_COMPARE(folders->rowCount(), 1);
        QVERIFY(folders->index(0, 0).data().toString().startsWith(QLatin1String("fixture")));
        QVERIFY(folders->index(0, 0).data(FolderTreeModel::IsAccountRole).toBool());
        QTRY_VERIFY(child<QWidget>(&w, "messageView")->isVisible());

        // Newest first by default; select the first row as a user would.
        auto *table = child<QTableView>(&w, "messageView");
        const QModelIndex first = messages->index(0, MessageListModel::ColSubject);
        QCOMPARE(first.data().toString(), QStringLiteral("Message 3"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTRY_COMPARE(child<QLabel>(&w, "detailSubject")->text(), QStringLiteral("Message 3"));
        QCOMPARE(child<QLabel>(&w, "detailFrom")->text(),
                 QStringLiteral("Alice Example <alice@example.com>"));
        QCOMPARE(child<QLabel>(&w, "detailMessageId")->text(), QStringLiteral("<msg3@example.com>"));
        QVERIFY(child<QLabel>(&w, "detailReceived")->text().contains(QLatin1String("2003-01-06 09:03:30")));
        // Classified on arrival with the shipped default model: a verdict, a score and reasons.
        const QString verdict = child<QLabel>(&w, "detailVerdict")->text();
        QVERIFY2(verdict.startsWith(QLatin1String("Not spam (score")) || verdict.startsWith(QLatin1String("Unsure (score")) ||
                     verdict.startsWith(QLatin1String("Spam (score")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("• ")), qPrintable(verdict));
        // The score is shown with the scale it is read on ("0.62" alone read as 62% spam).
        QVERIFY2(verdict.contains(QLatin1String("unsure from 0.75, spam from 0.90")), qPrintable(verdict));
        QVERIFY(child<QPlainTextEdit>(&w, "detailBody")
                    ->toPlainText()
                    .contains(QLatin1String("Hello number 3.")));

        // Sorting goes through the store; the selected message stays selected.
        table->sortByColumn(MessageListModel::ColSubject, Qt::AscendingOrder);
        QTRY_COMPARE(messages->index(0, MessageListModel::ColSubject).data().toString(),
                     QStringLiteral("Message 1"));
        QCOMPARE(table->selectionModel()->currentIndex().row(), 2);
        QCOMPARE(child<QLabel>(&w, "detailSubject")->text(), QStringLiteral("Message 3"));

        // Importing the same file again adds nothing (the import is incremental).
        finished.clear();
        w.importPaths(QStringLiteral("fixture"), {QStringLiteral(MAILTIDE_TEST_DATA "/mbox/three.mbox")});
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QTRY_COMPARE(messages->rowCount(), 3);
    }

    void notMailFails()
    {
        ui::MainWindow w(m_db);
        w.show();
        QSignalSpy finished(&w, &ui::MainWindow::importFinished);
        w.openPaths({QStringLiteral(MAILTIDE_TEST_DATA "/not-mail.bin")});
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("not-mail.bin")), qPrintable(message));
        // The user sees it: a warning box (not blocking the window) and the status bar.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().endsWith(message));
        box->close();
        // Nothing was created: still the welcome page.
        QTRY_VERIFY(child<QWidget>(&w, "welcomePage")->isVisible());
        QCOMPARE(child<FolderTreeModel>(&w, "folderModel")->rowCount(), 0);
    }

    /** A server that names its spam folder in another language and flags nothing: the user says
     *  which folder is Junk, from the Accounts menu or the tree's context menu. The store keeps
     *  it (a sync then does not overwrite it), the old Junk folder loses the role, and the tree
     *  shows it. Local accounts have no such choice. */
    void userChoosesTheJunkFolder()
    {
        qint64 account = 0;
        {
            auto opened = store::Store::open(m_db);
            QVERIFY(opened);
            store::Store &s = *opened.value();
            store::ImapAccount a;
            a.name = QStringLiteral("work");
            a.host = QStringLiteral("imap.example.org");
            a.user = QStringLiteral("bob");
            a.passwordCommand = QStringLiteral("echo secret");
            account = s.addImapAccount(a).value();
            QVERIFY(s.ensureImapFolder(account, QStringLiteral("INBOX"), QStringLiteral("INBOX"), {}));
            QVERIFY(s.ensureImapFolder(account, QStringLiteral("Junk"), QStringLiteral("Junk"), QStringLiteral("\\Junk")));
            QVERIFY(s.ensureImapFolder(account, QStringLiteral("Pourriel"), QStringLiteral("Pourriel"), {}));
            QVERIFY(s.ensureLocalAccount(QStringLiteral("archive"), {}));
        }
        ui::MainWindow w(m_db);
        auto *folders = child<FolderTreeModel>(&w, "folderModel");
        QAbstractItemModelTester tester(folders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_COMPARE(folders->rowCount(), 2);
        const auto folderNamed = [&](const QString &path) {
            const QModelIndex acc = folders->indexForAccount(account);
            for (int i = 0; i < folders->rowCount(acc); ++i)
                if (folders->index(i, 0, acc).data(FolderTreeModel::FolderPathRole).toString() == path)
                    return folders->index(i, 0, acc);
            return QModelIndex();
        };
        QCOMPARE(folderNamed(QStringLiteral("Junk")).data(FolderTreeModel::SpecialUseRole).toString(), QStringLiteral("\\Junk"));
        auto *menu = child<QMenu>(&w, "folderUseMenu");
        auto *tree = child<QTreeView>(&w, "folderView");

        // A local account: nothing to choose.
        tree->setCurrentIndex(folders->indexForAccount(folders->index(0, 0).data(FolderTreeModel::AccountIdRole).toLongLong() == account
                                                           ? folders->index(1, 0).data(FolderTreeModel::AccountIdRole).toLongLong()
                                                           : folders->index(0, 0).data(FolderTreeModel::AccountIdRole).toLongLong()));
        QVERIFY(!menu->isEnabled());
        tree->setCurrentIndex(folderNamed(QStringLiteral("Pourriel")));
        QVERIFY(menu->isEnabled());
        QVERIFY(!child<QAction>(&w, "folderUseJunk")->isChecked());

        QSignalSpy reset(folders, &QAbstractItemModel::modelReset);
        child<QAction>(&w, "folderUseJunk")->trigger();
        QVERIFY(reset.wait(kTimeoutMs));
        QCOMPARE(folderNamed(QStringLiteral("Pourriel")).data(FolderTreeModel::SpecialUseRole).toString(), QStringLiteral("\\Junk"));
        QVERIFY(folderNamed(QStringLiteral("Junk")).data(FolderTreeModel::SpecialUseRole).toString().isEmpty());
        QVERIFY2(folderNamed(QStringLiteral("Pourriel")).data(Qt::ToolTipRole).toString().contains(QLatin1String("Used as: Junk")),
                 qPrintable(folderNamed(QStringLiteral("Pourriel")).data(Qt::ToolTipRole).toString()));
        // The selection stayed on the folder, and the menu says what it is now.
        QCOMPARE(tree->currentIndex(), folderNamed(QStringLiteral("Pourriel")));
        QTRY_VERIFY(child<QAction>(&w, "folderUseJunk")->isChecked());
        {
            auto opened = store::Store::open(m_db);
            QVERIFY(opened);
            auto stored = opened.value()->imapFolders(account);
            QVERIFY(stored);
            QHash<QString, QString> use;
            for (const auto &f : stored.value())
                use.insert(f.name, f.specialUse);
            QCOMPARE(use.value(QStringLiteral("Pourriel")), QStringLiteral("\\Junk"));
            QCOMPARE(use.value(QStringLiteral("Junk")), QString());
            // A sync's LIST finding the server's \Junk on "Junk" again does not undo the choice.
            QVERIFY(opened.value()->ensureImapFolder(account, QStringLiteral("Junk"), QStringLiteral("Junk"), QStringLiteral("\\Junk")));
            QVERIFY(opened.value()->ensureImapFolder(account, QStringLiteral("Pourriel"), QStringLiteral("Pourriel"), {}));
            use.clear();
            const auto after = opened.value()->imapFolders(account);
            QVERIFY(after);
            for (const auto &f : after.value())
                use.insert(f.name, f.specialUse);
            QCOMPARE(use.value(QStringLiteral("Pourriel")), QStringLiteral("\\Junk"));
            QCOMPARE(use.value(QStringLiteral("Junk")), QString());
        }

        // And back to nothing special.
        child<QAction>(&w, "folderUseNone")->trigger();
        QVERIFY(reset.wait(kTimeoutMs));
        QVERIFY(folderNamed(QStringLiteral("Pourriel")).data(FolderTreeModel::SpecialUseRole).toString().isEmpty());
    }

    /** View → Trends (Ctrl+2) shows the charts of what the sidebar selects; new mail refreshes
     *  them; Ctrl+1 is the mail again. */
    void trendsViewFollowsTheSidebar()
    {
        ui::MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy imported(&w, &ui::MainWindow::importFinished);
        w.importPaths(QStringLiteral("fixture"), {QStringLiteral(MAILTIDE_TEST_DATA "/mbox/three.mbox")});
        QVERIFY(imported.wait(kTimeoutMs));
        auto *folders = child<FolderTreeModel>(&w, "folderModel");
        QTRY_COMPARE(folders->rowCount(), 1);
        auto *trends = child<ui::TrendsView>(&w, "trendsView");
        QSignalSpy refreshed(trends, &ui::TrendsView::refreshed);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_2));
        QTRY_VERIFY(trends->isVisible());
        QVERIFY(!child<QWidget>(&w, "messageView")->isVisible());
        QVERIFY(!child<QAction>(&w, "markSpamAction")->isEnabled());
        QVERIFY(refreshed.wait(kTimeoutMs));
        QVERIFY(trends->data().has_value());
        qint64 total = 0;
        for (const auto &day : trends->data()->weekday.weekday.days)
            total += day.total;
        QCOMPARE(total, qint64(3));
        QCOMPARE(trends->filter().account, QStringLiteral("fixture"));

        // More mail: the shown charts are recomputed.
        w.importPaths(QStringLiteral("second"), {QStringLiteral(MAILTIDE_TEST_DATA "/mbox/three.mbox")});
        QVERIFY(imported.wait(kTimeoutMs));
        QTRY_COMPARE(folders->rowCount(), 2);
        QVERIFY(refreshed.count() >= 2 || refreshed.wait(kTimeoutMs));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_1));
        QTRY_VERIFY(child<QWidget>(&w, "messageView")->isVisible());
        QVERIFY(child<QAction>(&w, "markSpamAction")->isEnabled());
    }

    void barMessagesOpenInTheMailView()
    {
        ui::MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy imported(&w, &ui::MainWindow::importFinished);
        w.importPaths(QStringLiteral("first"), {QStringLiteral(MAILTIDE_TEST_DATA "/mbox/three.mbox")});
        QVERIFY(imported.wait(kTimeoutMs));
        w.importPaths(QStringLiteral("second"), {QStringLiteral(MAILTIDE_TEST_DATA "/mbox/three.mbox")});
        QVERIFY(imported.wait(kTimeoutMs));
        auto *folders = child<FolderTreeModel>(&w, "folderModel");
        QTRY_COMPARE(folders->rowCount(), 2);
        auto *tree = child<QTreeView>(&w, "folderView");
        tree->setCurrentIndex(folders->index(0, 0)); // "first"
        auto *trends = child<ui::TrendsView>(&w, "trendsView");
        QSignalSpy refreshed(trends, &ui::TrendsView::refreshed);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_2));
        QVERIFY(refreshed.wait(kTimeoutMs));
        QTRY_VERIFY(!trends->isBusy() && trends->data().has_value());
        QCOMPARE(trends->filter().account, QStringLiteral("first"));

        // Click the first weekday bar that counts something (spam bars first, then ham).
        int day = -1, set = -1;
        for (int d = 0; d < 7 && day < 0; ++d) {
            const auto &c = trends->data()->weekday.weekday.days[std::size_t(d)];
            if (c.spam > 0 || c.ham > 0) {
                day = d;
                set = c.spam > 0 ? 0 : 1;
            }
        }
        QVERIFY(day >= 0);
        QAbstractBarSeries *bars = nullptr;
        for (auto *s : trends->chartView(ui::charts::ChartKind::Weekday)->chart()->series())
            bars = bars ? bars : qobject_cast<QAbstractBarSeries *>(s);
        QVERIFY(bars);
        QSignalSpy loaded(trends, &ui::TrendsView::bucketLoaded);
        QCOMPARE(bars->barSets().size(), 2);
        Q_EMIT bars->clicked(day, bars->barSets().at(set));
        QVERIFY(loaded.wait(kTimeoutMs));
        auto *listed = static_cast<MessageListModel *>(trends->bucketList()->model());
        QVERIFY2(listed->rowCount() > 0, qPrintable(trends->bucketPanel()->findChild<QLabel *>()->text()));
        const store::MessageRow row = listed->rowAt(0);

        // Opening it shows the mail view with that message selected.
        Q_EMIT trends->bucketList()->activated(listed->index(0, 0));
        auto *table = child<QTableView>(&w, "messageView");
        QTRY_VERIFY(table->isVisible());
        auto *messages = static_cast<MessageListModel *>(table->model());
        QTRY_VERIFY(table->currentIndex().isValid());
        QCOMPARE(messages->rowAt(table->currentIndex().row()).id, row.id);

        // From another account's list: its folder is opened, then the message selected.
        tree->setCurrentIndex(folders->index(1, 0)); // "second"
        QTRY_VERIFY(messages->rowCount() > 0 && messages->rowAt(0).folderId != row.folderId);
        w.openMessage(row.id, row.folderId);
        QTRY_VERIFY(table->currentIndex().isValid() && messages->rowAt(table->currentIndex().row()).id == row.id);
        QCOMPARE(tree->currentIndex().data(FolderTreeModel::FolderIdRole).toLongLong(), row.folderId);
    }

    void blockListLookupsAreOffUntilSwitchedOn()
    {
        QSettings().remove(QStringLiteral("dnsbl/enabled"));
        ui::MainWindow w(m_db);
        auto *dnsbl = child<QAction>(&w, "dnsblAction");
        QVERIFY(!dnsbl->isChecked()); // off by default: nothing is sent to a third party
        dnsbl->setChecked(true);
        QCOMPARE(QSettings().value(QStringLiteral("dnsbl/enabled")).toBool(), true);
        dnsbl->setChecked(false);
        QCOMPARE(QSettings().value(QStringLiteral("dnsbl/enabled")).toBool(), false);
        QSettings().remove(QStringLiteral("dnsbl/enabled"));
    }

    void corruptDatabaseIsReported()
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not an SQLite database, just text. ").repeated(200));
        f.close();
        ui::MainWindow w(m_db);
        QSignalSpy unavailable(&w, &ui::MainWindow::storeUnavailable);
        QVERIFY(unavailable.wait(kTimeoutMs));
        QVERIFY(!unavailable.first().at(0).toString().isEmpty());
        QCOMPARE(unavailable.size(), 1);
    }

    void escCancelsImport()
    {
        const QString big = writeBigMbox(m_dir.path(), 40000);
        ui::MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // shortcuts need an active window
        QSignalSpy finished(&w, &ui::MainWindow::importFinished);
        w.importPaths(QStringLiteral("big"), {big});
        auto *cancel = child<QPushButton>(&w, "cancelImportButton");
        QVERIFY(cancel->isVisible());
        // Running for real: the first progress report switched the bar from busy to percent.
        QTRY_COMPARE_WITH_TIMEOUT(child<QProgressBar>(&w, "importProgress")->maximum(), 100, kTimeoutMs);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().at(0).toBool(), true); // a cancelled import keeps what it did
        QVERIFY(!cancel->isVisible());
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("cancelled")),
                 qPrintable(finished.first().at(1).toString()));
    }

    void closeWhileImporting()
    {
        const QString big = writeBigMbox(m_dir.path(), 40000);
        auto w = std::make_unique<ui::MainWindow>(m_db);
        w->show();
        w->importPaths(QStringLiteral("big"), {big});
        QTRY_COMPARE_WITH_TIMEOUT(child<QProgressBar>(w.get(), "importProgress")->maximum(), 100, kTimeoutMs);
        QElapsedTimer timer;
        timer.start();
        w.reset();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        // What was committed before the close is there on the next start.
        ui::MainWindow again(m_db);
        QTRY_COMPARE(child<FolderTreeModel>(&again, "folderModel")->rowCount(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
