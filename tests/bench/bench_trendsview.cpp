// bench_trendsview DB [RUNS]: how responsive the window stays while the Trends view counts a
// large profile (make one with `bench_trends 1000000 DB`). A 5 ms timer on the GUI thread
// records the gaps between its ticks while TrendsView::refresh() computes the four charts on
// its worker, then while the messages of Monday's bar are listed (BucketJob). The peer, in the
// same run on the same profile, computes the same four charts on the GUI thread, as a view
// without a worker would: its longest gap is what the user would feel as a frozen window.
// Prints, per run, the refresh time and the longest and 99th-percentile gaps. Not a test.
#include "TrendsView.h"
#include "charts/ChartData.h"
#include "store/Store.h"
#include "trends/Calendar.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace mailtide;

namespace {

/** Ticks every 5 ms on the GUI thread and keeps the gaps between ticks. */
struct Ticker
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    QVector<double> gaps;

    Ticker()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            gaps.push_back(double(now - last) / 1e6);
            last = now;
        });
    }
    void start()
    {
        gaps.clear();
        clock.start();
        last = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
    /** The longest gap and the 99th percentile, in ms; a final gap up to now is counted too
     *  (a GUI thread busy until the end never ticked at all). */
    std::pair<double, double> figures()
    {
        gaps.push_back(double(clock.nsecsElapsed() - last) / 1e6);
        QVector<double> g = gaps;
        std::sort(g.begin(), g.end());
        return {g.back(), g.at(std::min<qsizetype>(g.size() - 1, qsizetype(0.99 * double(g.size()))))};
    }
};

void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("mailtide.*.debug=false"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_trendsview DB [RUNS]\n");
        return 2;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const QTimeZone zone("Europe/Paris");
    {
        auto st = store::Store::open(db);
        auto n = st ? st.value()->messageCount() : Result<qint64>(st.error());
        if (!n) {
            std::fprintf(stderr, "%s\n", qPrintable(n.error().toString()));
            return 1;
        }
        std::printf("profile: %lld messages\n", static_cast<long long>(n.value()));
    }

    ui::TrendsView view;
    view.setDatabase(db);
    view.setTimeZone(zone);
    view.resize(1200, 800);
    view.show();
    Ticker ticker;
    std::printf("%-44s %10s %12s %12s\n", "", "time ms", "longest gap", "p99 gap");
    for (int run = 1; run <= runs; ++run) {
        // 1. The view: four charts on its worker.
        ticker.start();
        QElapsedTimer t;
        t.start();
        // busyChanged(false) comes when the numbers are back, just before the charts are drawn
        // (on the GUI thread: Qt Charts must): the gaps until then are the counting's.
        bool done = false;
        double countMs = 0;
        std::pair<double, double> counting;
        auto c = QObject::connect(&view, &ui::TrendsView::busyChanged, [&](bool busy) {
            if (busy || done)
                return;
            done = true;
            countMs = double(t.nsecsElapsed()) / 1e6;
            counting = ticker.figures();
        });
        view.refresh();
        waitUntil([&] { return done; });
        const double refreshMs = double(t.nsecsElapsed()) / 1e6;
        ticker.stop();
        QObject::disconnect(c);
        std::printf("run %d: four charts counted on the worker       %10.1f %10.1f ms %10.1f ms\n", run, countMs,
                    counting.first, counting.second);
        std::printf("run %d: ... then drawn on the GUI thread         %10.1f %10.1f ms\n", run, refreshMs - countMs,
                    refreshMs - countMs);

        // 2. Monday's bar clicked: its newest 500 messages listed.
        QAbstractBarSeries *bars = nullptr;
        for (auto *s : view.chartView(ui::charts::ChartKind::Weekday)->chart()->series())
            bars = bars ? bars : qobject_cast<QAbstractBarSeries *>(s);
        if (bars) {
            bool loaded = false;
            auto l = QObject::connect(&view, &ui::TrendsView::bucketLoaded, [&] { loaded = true; });
            ticker.start();
            t.restart();
            Q_EMIT bars->clicked(0, bars->barSets().first());
            waitUntil([&] { return loaded; });
            const double listMs = double(t.nsecsElapsed()) / 1e6;
            ticker.stop();
            QObject::disconnect(l);
            auto [lg, lp] = ticker.figures();
            std::printf("run %d: Monday's bar listed (worker)            %10.1f %10.1f ms %10.1f ms\n", run, listMs, lg, lp);
        }

        // 3. The peer: the same four charts computed on the GUI thread.
        auto st = store::Store::open(db);
        auto calendar = trends::Calendar::load(trends::Calendar::defaultUserFile());
        if (!st || !calendar)
            return 1;
        const trends::Filter f = view.filter();
        ticker.start();
        t.restart();
        // The timer cannot tick while this runs: its one gap is the whole computation.
        for (auto kind : {ui::charts::ChartKind::Weekday, ui::charts::ChartKind::Heatmap, ui::charts::ChartKind::Timeline,
                          ui::charts::ChartKind::Season}) {
            auto d = ui::charts::computeChart(st.value()->db(), f, {kind, std::nullopt, trends::SeasonKind::MonthOfYear},
                                              calendar.value());
            if (!d)
                return 1;
        }
        QCoreApplication::processEvents();
        const double peerMs = double(t.nsecsElapsed()) / 1e6;
        ticker.stop();
        auto [pg, pp] = ticker.figures();
        std::printf("run %d: same four charts on the GUI thread (peer) %8.1f %10.1f ms %10.1f ms\n", run, peerMs, pg, pp);
    }
    return 0;
}
