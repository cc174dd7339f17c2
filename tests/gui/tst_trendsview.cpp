// The Trends view on a real store: refresh runs on a worker and fills the four charts, hover
// shows the numbers, exports write the chart and its CSV (and the report), errors come back as
// signals, and the charts follow the palette.
#include "../core/trends/TrendFixture.h"

#include "TrendsView.h"
#include "charts/ChartTheme.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>

using namespace mailtide;
using namespace mailtide::ui;
using charts::ChartKind;
using mailtide::testing::TrendFixture;

class TestTrendsView : public QObject
{
    Q_OBJECT
private:
    TrendFixture m_fx;
    QTemporaryDir m_out;

    void setUp(TrendsView &v)
    {
        v.setDatabase(m_fx.path());
        v.setTimeZone(QTimeZone::utc());
        v.resize(1000, 700);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        const qint64 inbox = m_fx.folder(QStringLiteral("shop"), QStringLiteral("INBOX"));
        const qint64 other = m_fx.folder(QStringLiteral("home"), QStringLiteral("INBOX"));
        // 2024-01-01 is a Monday: 3 spam every Monday, 1 ham every Tuesday, for ten weeks; and
        // one message in another account.
        for (int w = 0; w < 10; ++w) {
            const QDate monday = QDate(2024, 1, 1).addDays(7 * w);
            for (int i = 0; i < 3; ++i)
                m_fx.add(inbox, QDateTime(monday, QTime(9 + i, 0), QTimeZone::utc()).toSecsSinceEpoch(), 1);
            m_fx.add(inbox, QDateTime(monday.addDays(1), QTime(14, 0), QTimeZone::utc()).toSecsSinceEpoch(), 0);
        }
        m_fx.add(other, QStringLiteral("2024-01-03T12:00:00Z"), 1);
        m_fx.commit();
    }

    void refreshFillsEveryChartOffTheGuiThread()
    {
        TrendsView v;
        setUp(v);
        v.setScope(QStringLiteral("shop"));
        QSignalSpy busy(&v, &TrendsView::busyChanged);
        QSignalSpy done(&v, &TrendsView::refreshed);
        QSignalSpy failed(&v, &TrendsView::failed);
        v.refresh();
        QVERIFY(v.isBusy());
        QCOMPARE(busy.size(), 1);
        QVERIFY(done.wait(30000));
        QVERIFY(!v.isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(failed.size(), 0);
        QVERIFY(v.data());
        QCOMPARE(v.data()->weekday.weekday.days[0].spam, 30);
        QCOMPARE(v.data()->weekday.weekday.days[1].ham, 10);
        QCOMPARE(v.data()->weekday.weekday.days[2].total, 0); // the other account's Wednesday is out
        for (ChartKind k : {ChartKind::Weekday, ChartKind::Heatmap, ChartKind::Timeline, ChartKind::Season}) {
            QChart *chart = v.chartView(k)->chart();
            QVERIFY(chart);
            QVERIFY2(chart->title().contains(charts::chartTitle(k)), qPrintable(chart->title()));
            QVERIFY(!chart->series().isEmpty());
        }
        QCOMPARE(v.tabs()->count(), 4);
    }

    void hoverShowsTheNumbers()
    {
        TrendsView v;
        setUp(v);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QSignalSpy done(&v, &TrendsView::refreshed);
        v.refresh();
        QVERIFY(done.wait(30000));
        QAbstractBarSeries *bars = nullptr;
        for (auto *s : v.chartView(ChartKind::Weekday)->chart()->series())
            bars = bars ? bars : qobject_cast<QAbstractBarSeries *>(s);
        QVERIFY(bars);
        QBarSet *spam = bars->barSets().first();
        Q_EMIT bars->hovered(true, 0, spam); // as the chart does when the mouse enters Monday's bar
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLocale().dayName(1)), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("30")), qPrintable(QToolTip::text()));
        Q_EMIT bars->hovered(false, 0, spam);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void exportsWriteTheChartAndItsCsv()
    {
        TrendsView v;
        setUp(v);
        QSignalSpy done(&v, &TrendsView::refreshed);
        v.refresh();
        QVERIFY(done.wait(30000));
        QSignalSpy exported(&v, &TrendsView::exported);
        QSignalSpy failed(&v, &TrendsView::failed);
        const QString png = m_out.filePath(QStringLiteral("weekday.png"));
        v.exportChart(ChartKind::Weekday, png);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().first().toString(), png);
        QCOMPARE(QImage(png).size(), QSize(2200, 1300));
        QFile csv(m_out.filePath(QStringLiteral("weekday.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), trends::toCsv(charts::tableOf(v.data()->weekday), v.filter()));

        const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
        v.exportReport(pdf);
        QVERIFY(v.isBusy()); // the campaigns and bursts are counted first
        QVERIFY(exported.wait(30000));
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(4) == "%PDF");

        v.exportChart(ChartKind::Season, QStringLiteral("/nonexistent-folder/season.svg"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("/nonexistent-folder/season.svg")));
    }

    void badFiltersAreSaidNotRun()
    {
        TrendsView v;
        setUp(v);
        QSignalSpy failed(&v, &TrendsView::failed);
        v.setDateRange(QDate(2024, 3, 1), QDate(2024, 1, 1));
        v.refresh();
        QVERIFY(!v.isBusy());
        QCOMPARE(failed.size(), 1);
        v.setDateRange(std::nullopt, std::nullopt);
        // The user types a zone that does not exist in the (editable) zone box.
        QComboBox *zone = nullptr;
        for (auto *c : v.findChildren<QComboBox *>())
            zone = c->isEditable() ? c : zone;
        QVERIFY(zone);
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        v.refresh();
        QVERIFY(!v.isBusy());
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("Mars/Olympus")));
    }

    void refreshTwiceAndCancelEndIdle()
    {
        TrendsView v;
        setUp(v);
        QSignalSpy done(&v, &TrendsView::refreshed);
        QSignalSpy failed(&v, &TrendsView::failed);
        v.refresh();
        v.refresh(); // restarts: the first is cancelled, the second runs
        QVERIFY(done.wait(30000));
        QTRY_VERIFY(!v.isBusy());
        QCOMPARE(failed.size(), 0);
        v.refresh();
        v.cancel();
        QTRY_VERIFY(!v.isBusy());
        QCOMPARE(failed.size(), 0); // cancelling is not a failure
    }

    void chartsFollowThePalette()
    {
        TrendsView v;
        setUp(v);
        QSignalSpy done(&v, &TrendsView::refreshed);
        v.refresh();
        QVERIFY(done.wait(30000));
        v.setPalette(charts::darkPalette());
        const QColor dark = charts::darkPalette().color(QPalette::Base);
        QCOMPARE(v.chartView(ChartKind::Heatmap)->chart()->backgroundBrush().color(), dark);
        v.setPalette(charts::lightPalette());
        QCOMPARE(v.chartView(ChartKind::Heatmap)->chart()->backgroundBrush().color(), QColor(Qt::white));
    }
};

QTEST_MAIN(TestTrendsView)
#include "tst_trendsview.moc"
