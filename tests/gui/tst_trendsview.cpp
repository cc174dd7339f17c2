// The Trends view on a real store: refresh runs on a worker and fills the four charts, hover
// shows the numbers, exports write the chart and its CSV (and the report), errors come back as
// signals, and the charts follow the palette.
#include "../core/trends/TrendFixture.h"

#include "TrendsView.h"
#include "charts/ChartOverlays.h"
#include "charts/ChartTheme.h"
#include "models/MessageListModel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QTableView>
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

    // The rows the list shows, as (weekday of received time in UTC, verdict).
    static QList<std::pair<int, int>> listed(TrendsView &v)
    {
        QList<std::pair<int, int>> out;
        auto *m = static_cast<models::MessageListModel *>(v.bucketList()->model());
        for (int i = 0; i < m->rowCount(); ++i) {
            const store::MessageRow &r = m->rowAt(i);
            out.append({QDateTime::fromSecsSinceEpoch(r.receivedUtc, QTimeZone::utc()).date().dayOfWeek(), r.verdict});
        }
        return out;
    }

    void clickingABarListsItsMessages()
    {
        TrendsView v;
        setUp(v);
        v.setScope(QStringLiteral("shop"));
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QSignalSpy done(&v, &TrendsView::refreshed);
        v.refresh();
        QVERIFY(done.wait(30000));
        QVERIFY(v.bucketPanel()->isHidden());
        // The scope changes after the numbers were read: the list still follows what is shown.
        v.setScope(QString());

        QAbstractBarSeries *bars = nullptr;
        for (auto *s : v.chartView(ChartKind::Weekday)->chart()->series())
            bars = bars ? bars : qobject_cast<QAbstractBarSeries *>(s);
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2); // spam, ham
        QSignalSpy loaded(&v, &TrendsView::bucketLoaded);

        Q_EMIT bars->clicked(0, bars->barSets().at(0)); // Monday's spam bar
        QVERIFY(loaded.wait(30000));
        QVERIFY(!v.bucketPanel()->isHidden());
        auto rows = listed(v);
        QCOMPARE(rows.size(), 30);
        for (const auto &[day, verdict] : rows) {
            QCOMPARE(day, 1);
            QCOMPARE(verdict, 1);
        }

        Q_EMIT bars->clicked(1, bars->barSets().at(1)); // Tuesday's ham bar
        QVERIFY(loaded.wait(30000));
        rows = listed(v);
        QCOMPARE(rows.size(), 10);
        for (const auto &[day, verdict] : rows) {
            QCOMPARE(day, 2);
            QCOMPARE(verdict, 0);
        }

        Q_EMIT bars->clicked(2, bars->barSets().at(0)); // Wednesday: the other account's message is out
        QVERIFY(loaded.wait(30000));
        QCOMPARE(listed(v).size(), 0);

        // The heatmap: a real mouse click on Monday 10:00-11:00 (one spam a week).
        v.tabs()->setCurrentIndex(1);
        QChartView *heat = v.chartView(ChartKind::Heatmap);
        charts::HeatmapItem *grid = nullptr;
        for (QGraphicsItem *item : heat->chart()->childItems())
            grid = grid ? grid : dynamic_cast<charts::HeatmapItem *>(item);
        QVERIFY(grid);
        const QPoint at = heat->mapFromScene(heat->chart()->mapToScene(grid->cellRect(0, 10).center()));
        QTest::mouseClick(heat->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(loaded.wait(30000));
        auto *model = static_cast<models::MessageListModel *>(v.bucketList()->model());
        QCOMPARE(model->rowCount(), 10);
        for (int i = 0; i < model->rowCount(); ++i)
            QCOMPARE(QDateTime::fromSecsSinceEpoch(model->rowAt(i).receivedUtc, QTimeZone::utc()).time().hour(), 10);

        // The season chart: January 2024 holds 5 Mondays (15 spam) and 5 Tuesdays (5 ham).
        QLineSeries *y2024 = nullptr;
        for (auto *s : v.chartView(ChartKind::Season)->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == QStringLiteral("2024"))
                y2024 = line;
        QVERIFY(y2024);
        Q_EMIT y2024->clicked(QPointF(1, 20));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model->rowCount(), 20);

        // Activating a row names that message; newest first.
        QSignalSpy opened(&v, &TrendsView::messageActivated);
        Q_EMIT v.bucketList()->activated(model->index(0, 0));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), model->rowAt(0).id);
        QVERIFY(model->rowAt(0).receivedUtc >= model->rowAt(model->rowCount() - 1).receivedUtc);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(model->rowAt(0).receivedUtc, QTimeZone::utc()).date(), QDate(2024, 1, 30));

        v.closeBucket();
        QVERIFY(v.bucketPanel()->isHidden());
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
