// The suspicious-senders view on a real store written through the Store API: refresh runs on a
// worker and lists the senders with the counts the test knows by construction; sorting, the text
// filter, the drill-down to a sender's messages and to one message's evidence; "always treat as
// spam" writes one enabled hygiene rule; exports parse; a bad profile comes back as failed().
// With MAILTIDE_SHOT_DB and MAILTIDE_SHOT_OUT set, shot() saves a screenshot of the view on that
// profile (resources/screenshots/senders-view.png).
#include "SendersModel.h"
#include "SendersView.h"
#include "models/MessageListModel.h"
#include "senders/Evidence.h"
#include "store/HygieneStore.h"
#include "store/Store.h"

#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSet>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>

using namespace mailtide;
using namespace mailtide::ui;

namespace {

struct Msg
{
    QString from;
    QString domain;
    QString ip;
    int verdict;
    qint64 flags = 0;
    QString items;
};

const QString kDynamicText = QStringLiteral("sent from a home connection (dyn-198-51-100-7.example.net)");

QVector<Msg> corpus()
{
    const qint64 dyn = qint64(1) << int(senders::EvidenceId::DynamicOrigin);
    const QString items = QStringLiteral(R"([{"id":"dynamic-origin","weight":0.6,"text":"%1"}])").arg(kDynamicText);
    return {
        {QStringLiteral("a@spam.example"), QStringLiteral("spam.example"), QStringLiteral("198.51.100.7"), 1, dyn, items},
        {QStringLiteral("a@spam.example"), QStringLiteral("spam.example"), QStringLiteral("198.51.101.7"), 1, dyn, items},
        {QStringLiteral("a@spam.example"), QStringLiteral("spam.example"), QStringLiteral("198.51.102.7"), 1, dyn, items},
        {QStringLiteral("b@spam.example"), QStringLiteral("spam.example"), QStringLiteral("198.51.103.9"), 1, dyn, items},
        {QStringLiteral("friend@good.example"), QStringLiteral("good.example"), QStringLiteral("192.0.2.1"), 0, 0, {}},
        {QStringLiteral("friend@good.example"), QStringLiteral("good.example"), QStringLiteral("192.0.2.1"), 0, 0, {}},
        {QStringLiteral("x@other.example"), QStringLiteral("other.example"), QStringLiteral("203.0.113.5"), 2, 0, {}},
    };
}

} // namespace

class TestSendersView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    /** The view refreshed on the fixture, by domain. */
    void refreshed(SendersView &v, SendersView::Mode mode = SendersView::Mode::Domain)
    {
        v.setDatabase(m_db);
        v.setMode(mode);
        QSignalSpy done(&v, &SendersView::refreshed);
        v.refresh();
        QVERIFY(v.isBusy());
        QVERIFY(done.wait(30000));
        QVERIFY(!v.isBusy());
    }

    int rowOf(SendersView &v, const QString &key)
    {
        for (int r = 0; r < v.proxy()->rowCount(); ++r)
            if (v.proxy()->data(v.proxy()->index(r, 0), SendersModel::KeyRole).toString() == key)
                return r;
        return -1;
    }

    void select(QTableView *t, int row)
    {
        t->selectionModel()->setCurrentIndex(t->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("senders.db"));
        auto st = store::Store::open(m_db);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        store::Store &s = *st.value();
        auto acc = s.ensureLocalAccount(QStringLiteral("main"), QStringLiteral("/nowhere"));
        QVERIFY(acc);
        auto fol = s.ensureFolder(acc.value(), QStringLiteral("INBOX"));
        QVERIFY(fol);
        store::Transaction tx(s.db());
        QVERIFY(tx.begun());
        auto ins = s.inserter();
        QVERIFY(ins);
        int serial = 0;
        for (const Msg &m : corpus()) {
            store::NewMessage n;
            n.accountId = acc.value();
            n.folderId = fol.value();
            n.localKey = QStringLiteral("k%1").arg(++serial);
            n.receivedUtc = 1'700'000'000 + serial * 3600;
            n.fromAddr = m.from;
            n.fromDomain = m.domain;
            n.subject = QStringLiteral("message %1").arg(serial);
            n.verdict = m.verdict;
            store::EvidenceRow e;
            e.originIp = m.ip;
            e.originNet = senders::networkOf(m.ip);
            e.flags = m.flags;
            e.items = m.items;
            e.fingerprint = m.domain == QLatin1String("spam.example") ? 0xC0FFEE : 0; // one campaign, 4 IPs
            n.evidence = e;
            auto r = ins->insert(n);
            QVERIFY(r && r.value());
        }
        QVERIFY(tx.commit());
    }

    void refreshFillsTheTableOnAWorker()
    {
        SendersView v;
        // The job runs on its own thread: the GUI thread's event loop stays free meanwhile.
        bool workerSeen = false;
        connect(&v, &SendersView::busyChanged, this, [&](bool busy) {
            if (busy)
                for (QObject *c : v.children())
                    if (auto *t = qobject_cast<QThread *>(c); t && t->objectName() == QLatin1String("SendersJob"))
                        workerSeen = t != QThread::currentThread();
        });
        refreshed(v);
        QVERIFY(workerSeen);
        std::map<QString, qint64> expected, spam;
        for (const Msg &m : corpus()) {
            ++expected[m.domain];
            spam[m.domain] += m.verdict == 1;
        }
        QCOMPARE(v.proxy()->rowCount(), int(expected.size()));
        for (const auto &[domain, count] : expected) {
            const int r = rowOf(v, domain);
            QVERIFY2(r >= 0, qPrintable(domain));
            QCOMPARE(v.proxy()->data(v.proxy()->index(r, SendersModel::ColMessages), SendersModel::SortRole).toLongLong(), count);
            QCOMPARE(v.proxy()->data(v.proxy()->index(r, SendersModel::ColSpamShare), SendersModel::SortRole).toDouble(),
                     double(spam[domain]) / double(count));
        }
        // Reasons in words, all of them in the tooltip.
        const int top = rowOf(v, QStringLiteral("spam.example"));
        const QString reasons = v.proxy()->index(top, SendersModel::ColReasons).data().toString();
        QVERIFY2(!reasons.isEmpty(), "the most suspicious sender has reasons");
        const QString tip = v.proxy()->index(top, SendersModel::ColReasons).data(Qt::ToolTipRole).toString();
        for (const QString &r : v.model()->groups().at(v.proxy()->mapToSource(v.proxy()->index(top, 0)).row()).reasons)
            QVERIFY(tip.contains(r.toHtmlEscaped()));
    }

    void sortingByScoreWorks()
    {
        SendersView v;
        refreshed(v, SendersView::Mode::Address);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            v.table()->sortByColumn(SendersModel::ColScore, order);
            QSet<QString> addresses;
            for (const Msg &m : corpus())
                addresses.insert(m.from);
            QCOMPARE(v.proxy()->rowCount(), int(addresses.size()));
            for (int r = 1; r < v.proxy()->rowCount(); ++r) {
                const double a = v.proxy()->index(r - 1, SendersModel::ColScore).data(SendersModel::SortRole).toDouble();
                const double b = v.proxy()->index(r, SendersModel::ColScore).data(SendersModel::SortRole).toDouble();
                QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b, qPrintable(QStringLiteral("%1 then %2").arg(a).arg(b)));
            }
        }
        // Highest first: the address of the dynamic-IP spam is on top, the friend at the bottom.
        QCOMPARE(v.proxy()->index(0, 0).data(SendersModel::KeyRole).toString(), QStringLiteral("a@spam.example"));
        v.table()->sortByColumn(SendersModel::ColMessages, Qt::DescendingOrder);
        QCOMPARE(v.proxy()->index(0, SendersModel::ColMessages).data(SendersModel::SortRole).toLongLong(), 3);
    }

    void textFilterFilters()
    {
        SendersView v;
        refreshed(v);
        v.show();
        v.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&v));
        QTest::keySequence(&v, QKeySequence::Find);
        QTRY_VERIFY(v.textFilterEdit()->hasFocus());
        QTest::keyClicks(v.textFilterEdit(), QStringLiteral("GOOD"));
        QCOMPARE(v.proxy()->rowCount(), 1);
        QCOMPARE(v.proxy()->index(0, 0).data().toString(), QStringLiteral("good.example"));
        v.setTextFilter(QStringLiteral(".example"));
        QCOMPARE(v.proxy()->rowCount(), 3);
        v.setTextFilter(QStringLiteral("nothing-like-this"));
        QCOMPARE(v.proxy()->rowCount(), 0);
    }

    void drillDownListsTheSendersMessagesAndEvidence()
    {
        SendersView v;
        refreshed(v);
        QSignalSpy listed(&v, &SendersView::drillLoaded);
        select(v.table(), rowOf(v, QStringLiteral("spam.example")));
        QVERIFY(listed.wait(30000));
        QStringList want, got;
        for (const Msg &m : corpus())
            if (m.domain == QLatin1String("spam.example"))
                want << m.from;
        for (int r = 0; r < v.messageModel()->rowCount(); ++r)
            got << v.messageModel()->rowAt(r).fromAddr;
        want.sort();
        got.sort();
        QCOMPARE(got, want);
        QCOMPARE(v.selectedSenderIds().size(), want.size());

        QSignalSpy shown(&v, &SendersView::evidenceLoaded);
        select(v.messageList(), 0);
        QVERIFY(shown.wait(30000));
        QCOMPARE(v.evidenceList()->count(), 1);
        QCOMPARE(v.evidenceList()->item(0)->text(), kDynamicText);

        // Enter opens the message in the mail view.
        QSignalSpy opened(&v, &SendersView::messageActivated);
        v.show();
        v.messageList()->setFocus();
        QTest::keyClick(v.messageList(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), v.messageModel()->rowAt(0).id);

        // Mark all: every id of the sender, for the window's move flow.
        QSignalSpy mark(&v, &SendersView::markAllRequested);
        QVERIFY(v.markAllButton()->isEnabled());
        v.markAllButton()->click();
        QCOMPARE(mark.size(), 1);
        QCOMPARE(mark.at(0).at(0).value<QVector<qint64>>().size(), want.size());

        // A sender with no evidence: said in words, list empty.
        listed.clear();
        select(v.table(), rowOf(v, QStringLiteral("good.example")));
        QVERIFY(listed.wait(30000));
        QCOMPARE(v.messageModel()->rowCount(), 2);
        shown.clear();
        select(v.messageList(), 1);
        QVERIFY(shown.wait(30000));
        QCOMPARE(v.evidenceList()->count(), 0);
    }

    void alwaysTreatAsSpamAddsOneRule()
    {
        SendersView v;
        refreshed(v);
        QSignalSpy listed(&v, &SendersView::drillLoaded);
        select(v.table(), rowOf(v, QStringLiteral("spam.example")));
        QVERIFY(listed.wait(30000));
        QVERIFY(v.alwaysSpamButton()->isEnabled());
        QSignalSpy added(&v, &SendersView::ruleAdded);
        v.alwaysSpamButton()->click();
        QVERIFY(added.wait(30000));
        QCOMPARE(added.at(0).at(0).toInt(), 1);
        QVERIFY(added.at(0).at(1).toString().contains(QStringLiteral("spam.example")));
        // Again: nothing new, and it says so.
        QTRY_VERIFY(v.alwaysSpamButton()->isEnabled());
        v.alwaysSpamButton()->click();
        QVERIFY(added.wait(30000));
        QCOMPARE(added.at(1).at(0).toInt(), 0);

        auto st = store::Store::open(m_db);
        QVERIFY(st);
        auto rules = store::HygieneStore(st.value()->db()).rules(0);
        QVERIFY(rules);
        QCOMPARE(rules->size(), 1);
        QCOMPARE(rules->at(0).matchKind, QStringLiteral("domain"));
        QCOMPARE(rules->at(0).matchValue, QStringLiteral("spam.example"));
        QCOMPARE(rules->at(0).action, QStringLiteral("junk"));
        QVERIFY(rules->at(0).enabled);

        // Not for a network row.
        SendersView n;
        refreshed(n, SendersView::Mode::Network);
        select(n.table(), 0);
        QVERIFY(!n.alwaysSpamButton()->isEnabled());
    }

    void exportsParse()
    {
        SendersView v;
        QSignalSpy failed(&v, &SendersView::failed);
        v.exportTo(m_dir.filePath(QStringLiteral("early.csv")));
        QCOMPARE(failed.size(), 1); // nothing computed yet
        refreshed(v);
        QSignalSpy done(&v, &SendersView::exported);

        const QString csv = m_dir.filePath(QStringLiteral("senders.csv"));
        v.exportTo(csv);
        QVERIFY(done.wait(30000));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QStringList lines;
        for (const QByteArray &l : c.readAll().split('\n'))
            if (!l.trimmed().isEmpty() && !l.startsWith('#'))
                lines << QString::fromUtf8(l.trimmed());
        QVERIFY(lines.size() == 4); // header + 3 domains
        const QStringList header = lines.first().split(QLatin1Char(','));
        QCOMPARE(header.value(0), QStringLiteral("key"));
        QVERIFY(header.contains(QStringLiteral("messages")) && header.contains(QStringLiteral("score")) && header.contains(QStringLiteral("reasons")));
        const int messagesCol = int(header.indexOf(QStringLiteral("messages")));
        qint64 total = 0;
        for (const QString &l : lines.mid(1))
            total += l.split(QLatin1Char(',')).value(messagesCol).toLongLong(); // keys have no commas
        QCOMPARE(total, qint64(corpus().size()));

        const QString json = m_dir.filePath(QStringLiteral("senders.json"));
        v.exportTo(json);
        QVERIFY(done.wait(30000));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(j.readAll(), &pe);
        QVERIFY2(doc.isObject(), qPrintable(pe.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("kind")).toString(), QStringLiteral("senders-domain"));
        QCOMPARE(doc.object().value(QStringLiteral("rows")).toArray().size(), 3);

        // The text filter applies to exports.
        v.setTextFilter(QStringLiteral("spam"));
        const QString pdf = m_dir.filePath(QStringLiteral("senders.pdf"));
        v.exportTo(pdf);
        QVERIFY(done.wait(30000));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5).startsWith("%PDF-"));
        QVERIFY(p.size() > 1000);
        if (const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm")); !tool.isEmpty()) {
            QProcess pp;
            pp.start(tool, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), pdf, m_dir.filePath(QStringLiteral("page"))});
            QVERIFY(pp.waitForFinished(60000));
            QCOMPARE(pp.exitCode(), 0);
            QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("page-1.png"))));
        }
        QCOMPARE(failed.size(), 1);
    }

    void campaignsListedWithTheirIpCount()
    {
        SendersView v;
        refreshed(v, SendersView::Mode::Campaigns);
        QSet<QString> ips;
        for (const Msg &m : corpus())
            if (m.domain == QLatin1String("spam.example"))
                ips.insert(m.ip);
        QCOMPARE(v.proxy()->rowCount(), 1);
        QCOMPARE(v.proxy()->index(0, SendersModel::CColIps).data(SendersModel::SortRole).toLongLong(), qint64(ips.size()));
        QCOMPARE(v.proxy()->index(0, SendersModel::CColSenders).data(SendersModel::SortRole).toLongLong(), 2);
        select(v.table(), 0);
        QVERIFY(!v.alwaysSpamButton()->isEnabled());
        QVERIFY(!v.markAllButton()->isEnabled());
    }

    void badProfileFailsInWords()
    {
        SendersView v;
        v.setDatabase(QStringLiteral("/nonexistent/dir/nothing.db"));
        QSignalSpy failed(&v, &SendersView::failed);
        v.refresh();
        QVERIFY(failed.wait(30000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("/nonexistent/dir/nothing.db")), qPrintable(message));
        QVERIFY(!v.isBusy());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/nothing.db")));
    }

    void escCancels()
    {
        SendersView v;
        v.setDatabase(m_db);
        v.show();
        QSignalSpy busy(&v, &SendersView::busyChanged);
        v.refresh();
        QTest::keyClick(v.table(), Qt::Key_Escape);
        QTRY_VERIFY(!v.isBusy()); // either cancelled or already done: never stuck
        QCOMPARE(busy.size(), 2);
    }

    /** Not a test: the screenshot for the docs, on a real profile. */
    void shot()
    {
        const QString db = qEnvironmentVariable("MAILTIDE_SHOT_DB");
        const QString out = qEnvironmentVariable("MAILTIDE_SHOT_OUT");
        if (db.isEmpty() || out.isEmpty())
            QSKIP("set MAILTIDE_SHOT_DB and MAILTIDE_SHOT_OUT to save a screenshot");
        SendersView v;
        v.resize(1400, 860);
        v.setDatabase(db);
        v.show();
        QSignalSpy done(&v, &SendersView::refreshed);
        v.refresh();
        QVERIFY(done.wait(300000));
        QVERIFY(v.proxy()->rowCount() > 0);
        QSignalSpy listed(&v, &SendersView::drillLoaded);
        select(v.table(), 0);
        QVERIFY(listed.wait(60000));
        // The first message with evidence, to show some.
        QSignalSpy shown(&v, &SendersView::evidenceLoaded);
        for (int r = 0; r < v.messageModel()->rowCount(); ++r) {
            select(v.messageList(), r);
            QVERIFY(shown.wait(60000));
            if (v.evidenceList()->count() > 0)
                break;
        }
        QVERIFY(v.grab().save(out));
        QSignalSpy exported(&v, &SendersView::exported);
        v.exportTo(out + QStringLiteral(".pdf")); // to look at, not for the repository
        QVERIFY(exported.wait(60000));
    }
};

QTEST_MAIN(TestSendersView)
#include "tst_sendersview.moc"
