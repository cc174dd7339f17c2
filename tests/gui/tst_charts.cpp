// The trend charts and their exports (ui/charts), on a real store with known received times and
// verdicts: the SVG holds one bar per weekday with heights in the data's ratios, the heatmap one
// cell per weekday and hour in the data's colours, the PNG is twice the logical size and readable
// in a dark palette, the PDF renders with pdftoppm, the CSV is trends::toCsv of the same numbers,
// and a bad path is an error, not a crash.
#include "../core/trends/TrendFixture.h"

#include "charts/ChartBuilders.h"
#include "charts/ChartData.h"
#include "charts/ChartExport.h"
#include "charts/ChartOverlays.h"
#include "charts/ChartTheme.h"
#include "trends/Table.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace mailtide;
using namespace mailtide::ui::charts;
using mailtide::testing::TrendFixture;

namespace {

// Spam and ham per ISO weekday (Monday first), all different so the bar order is checkable.
constexpr int kSpam[7] = {4, 9, 6, 5, 3, 1, 2};
constexpr int kHam[7] = {2, 3, 5, 7, 8, 6, 4};

struct SvgRect
{
    QRectF rect; ///< in the SVG's user space (group transforms applied)
    QString fill;
};

/** Every <rect> of an SVG with its fill and transform inherited from the enclosing <g>s. */
QVector<SvgRect> svgRects(const QByteArray &svg, QStringList *texts = nullptr, bool *wellFormed = nullptr)
{
    QVector<SvgRect> out;
    QXmlStreamReader xml(svg);
    struct State
    {
        QString fill;
        QTransform t;
    };
    QVector<State> stack{{QString(), QTransform()}};
    auto parseTransform = [](const QString &s) {
        // QSvgGenerator writes matrix(a,b,c,d,e,f)
        if (!s.startsWith(QLatin1String("matrix(")))
            return QTransform();
        const QStringList v = s.mid(7, s.size() - 8).split(QLatin1Char(','));
        if (v.size() != 6)
            return QTransform();
        return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(), v[5].toDouble());
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = xml.attributes();
            State s = stack.last();
            if (a.hasAttribute(QStringLiteral("fill")))
                s.fill = a.value(QStringLiteral("fill")).toString().toLower();
            if (a.hasAttribute(QStringLiteral("transform")))
                s.t = parseTransform(a.value(QStringLiteral("transform")).toString()) * s.t;
            if (xml.name() == QLatin1String("rect")) {
                const QRectF r(a.value(QStringLiteral("x")).toDouble(), a.value(QStringLiteral("y")).toDouble(),
                               a.value(QStringLiteral("width")).toDouble(), a.value(QStringLiteral("height")).toDouble());
                out.push_back({s.t.mapRect(r), s.fill});
            }
            if (xml.name() == QLatin1String("text") && texts)
                *texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                stack.push_back(s);
        } else if (token == QXmlStreamReader::EndElement) {
            if (stack.size() > 1)
                stack.pop_back();
        }
    }
    if (wellFormed)
        *wellFormed = !xml.hasError();
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The bars of one colour standing on the chart's baseline (the legend's swatch of that
 *  colour is elsewhere), left to right. */
QVector<QRectF> barsOf(const QVector<SvgRect> &rects, const QColor &color)
{
    QHash<int, QVector<QRectF>> byBottom;
    for (const auto &r : rects)
        if (r.fill == color.name() && r.rect.height() > 0.5)
            byBottom[qRound(r.rect.bottom())].push_back(r.rect);
    QVector<QRectF> best;
    for (const auto &group : std::as_const(byBottom))
        if (group.size() > best.size())
            best = group;
    std::sort(best.begin(), best.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    return best;
}

double lightness(QRgb c)
{
    return QColor(c).lightnessF();
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TrendFixture> m_fx;
    trends::Filter m_filter;
    trends::Calendar m_calendar;
    QTemporaryDir m_out;

    ChartData compute(ChartKind kind, std::optional<trends::Granularity> g = std::nullopt)
    {
        auto d = computeChart(m_fx->db(), m_filter, {kind, g, trends::SeasonKind::MonthOfYear}, m_calendar);
        if (!d)
            qFatal("aggregation failed: %s", qPrintable(d.error().toString()));
        return d.value();
    }
    QString out(const QString &name) const { return m_out.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        m_fx = std::make_unique<TrendFixture>();
        const qint64 inbox = m_fx->folder(QStringLiteral("work"), QStringLiteral("INBOX"));
        // Four weeks, Monday 2024-03-04 to Sunday 2024-03-31 (Easter), UTC: each weekday gets
        // kSpam spam and kHam ham a week, at hours that depend on the weekday and the index.
        const QDate monday(2024, 3, 4);
        for (int week = 0; week < 4; ++week)
            for (int d = 0; d < 7; ++d) {
                const QDate day = monday.addDays(7 * week + d);
                for (int i = 0; i < kSpam[d] + kHam[d]; ++i) {
                    const int hour = (d * 3 + i * 5) % 24;
                    const QDateTime t(day, QTime(hour, 10), QTimeZone::utc());
                    m_fx->add(inbox, t.toSecsSinceEpoch(), i < kSpam[d] ? 1 : 0, QStringLiteral("subject %1").arg(i));
                }
            }
        // A year earlier, some spam in March and December: the season chart has two lines.
        for (int i = 0; i < 10; ++i) {
            m_fx->add(inbox, QStringLiteral("2023-03-1%1T12:00:00Z").arg(i % 10), 1);
            m_fx->add(inbox, QStringLiteral("2023-12-1%1T12:00:00Z").arg(i % 10), 1);
        }
        m_fx->commit();
        m_filter.zone = QTimeZone::utc();
        m_filter.from = QDate(2023, 1, 1);
        m_filter.to = QDate(2024, 3, 31);
        auto cal = trends::Calendar::load();
        QVERIFY2(cal, qPrintable(cal ? QString() : cal.error().toString()));
        m_calendar = cal.value();
    }

    void weekdaySvgHasEveryBarInTheDataOrder()
    {
        trends::Filter f = m_filter;
        f.from = QDate(2024, 3, 4); // the four whole weeks only
        auto d = computeChart(m_fx->db(), f, {ChartKind::Weekday, {}, {}}, m_calendar);
        QVERIFY(d);
        const QString path = out(QStringLiteral("weekday.svg"));
        QVERIFY(exportChart(d.value(), path));
        bool ok = false;
        QStringList texts;
        const QVector<SvgRect> rects = svgRects(readAll(path), &texts, &ok);
        QVERIFY(ok);
        const ChartTheme theme = chartTheme(lightPalette());
        for (const auto &[color, expected] : {std::pair{theme.spam, kSpam}, std::pair{theme.ham, kHam}}) {
            const QVector<QRectF> bars = barsOf(rects, color);
            QCOMPARE(bars.size(), 7);
            // Heights in the ratios of the counts (4 weeks of each), bar by bar, left to right.
            for (int i = 1; i < 7; ++i)
                QVERIFY2(qAbs(bars[i].height() / bars[0].height() - double(expected[i]) / expected[0]) < 0.02,
                         qPrintable(QStringLiteral("bar %1: %2 vs %3").arg(i).arg(bars[i].height()).arg(bars[0].height())));
        }
        // The weekend effect is printed: spam per day 27/5 = 5.4 on weekdays, 1.5 at weekends: −72 %.
        QCOMPARE(d->weekday.weekend.text(), QStringLiteral("weekend spam \u221272% vs weekdays"));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains(QStringLiteral("weekend spam \u221272% vs weekdays").toUtf8()));
        // The filters are its footer.
        QVERIFY(svg.contains(f.describe().toHtmlEscaped().toUtf8()));
        // The CSV beside it is the table's.
        QCOMPARE(readAll(out(QStringLiteral("weekday.csv"))), trends::toCsv(tableOf(d.value()), f));
    }

    void weekdayShareModeStacksToAHundred()
    {
        ChartOptions o;
        o.weekdayMode = WeekdayMode::Share;
        const ChartData d = compute(ChartKind::Weekday);
        const QString path = out(QStringLiteral("weekday-share.svg"));
        QVERIFY(exportChart(d, path, o));
        const QVector<SvgRect> rects = svgRects(readAll(path));
        const ChartTheme theme = chartTheme(lightPalette());
        const QVector<QRectF> spam = barsOf(rects, theme.spam);
        QCOMPARE(spam.size(), 7);
        // Each day's ham bar stands on its spam bar, and the two reach the same height every day
        // (100 %: no unsure message in the data).
        double full = -1;
        for (const auto &s : spam) {
            auto ham = std::find_if(rects.begin(), rects.end(), [&](const SvgRect &r) {
                return r.fill == theme.ham.name() && qAbs(r.rect.left() - s.left()) < 0.5 && qAbs(r.rect.bottom() - s.top()) < 0.5;
            });
            QVERIFY(ham != rects.end());
            const double h = s.height() + ham->rect.height();
            if (full < 0)
                full = h;
            QVERIFY2(qAbs(h - full) < 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(h).arg(full)));
        }
    }

    void heatmapSvgHasEveryCellInTheDataColours()
    {
        const ChartData d = compute(ChartKind::Heatmap);
        const QString path = out(QStringLiteral("heatmap.svg"));
        QVERIFY(exportChart(d, path));
        const QVector<SvgRect> rects = svgRects(readAll(path));
        QVector<SvgRect> cells;
        for (const auto &r : rects)
            if (r.rect.width() > 10 && r.rect.width() < 100 && r.rect.height() > 10 && r.rect.height() < 100)
                cells << r;
        QCOMPARE(cells.size(), 7 * 24);
        std::sort(cells.begin(), cells.end(), [](const SvgRect &a, const SvgRect &b) {
            return qRound(a.rect.top()) != qRound(b.rect.top()) ? a.rect.top() < b.rect.top() : a.rect.left() < b.rect.left();
        });
        qint64 max = 0;
        for (const auto &row : d.heatmap.cells)
            for (const auto &c : row)
                max = std::max(max, c.spam);
        QVERIFY(max > 0);
        const ChartTheme theme = chartTheme(lightPalette());
        for (int day = 0; day < 7; ++day)
            for (int hour = 0; hour < 24; ++hour) {
                const qint64 v = d.heatmap.cells[std::size_t(day)][std::size_t(hour)].spam;
                const QColor expected = v == 0 ? theme.grid : ChartTheme::scale(double(v) / double(max));
                QVERIFY2(cells[day * 24 + hour].fill == expected.name(),
                         qPrintable(QStringLiteral("day %1 hour %2: %3, expected %4 (%5 spam)")
                                        .arg(day).arg(hour).arg(cells[day * 24 + hour].fill, expected.name()).arg(v)));
            }
        QCOMPARE(readAll(out(QStringLiteral("heatmap.csv"))), trends::toCsv(tableOf(d), m_filter));
    }

    void timelineShowsTheEventsAndItsNumbers()
    {
        const ChartData d = compute(ChartKind::Timeline, trends::Granularity::Week);
        QCOMPARE(d.timeline.granularity, trends::Granularity::Week);
        const QString path = out(QStringLiteral("timeline.svg"));
        QVERIFY(exportChart(d, path));
        QStringList texts;
        bool ok = false;
        svgRects(readAll(path), &texts, &ok);
        QVERIFY(ok);
        // Easter 2024 (March 31) and Christmas 2023 are inside; their labels are drawn.
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Easter")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Christmas")), qPrintable(all));
        QCOMPARE(readAll(out(QStringLiteral("timeline.csv"))), trends::toCsv(tableOf(d), m_filter));
        // And the markers are the calendar's, not made up.
        std::unique_ptr<QChart> chart(makeChart(d));
        QVector<EventMarkersItem *> markers;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *m = dynamic_cast<EventMarkersItem *>(item))
                markers << m;
        QCOMPARE(markers.size(), 1);
        // One marker per calendar event inside the range (the years' other events are left out).
        const auto inRange = std::count_if(d.events.begin(), d.events.end(), [&](const trends::Occurrence &o) {
            return o.date >= *m_filter.from && o.date <= *m_filter.to;
        });
        QVERIFY(inRange > 10);
        QCOMPARE(markers.first()->markers().size(), inRange);
    }

    void seasonHasOneLinePerYear()
    {
        const ChartData d = compute(ChartKind::Season);
        QCOMPARE(d.season.years.size(), 2);
        std::unique_ptr<QChart> chart(makeChart(d));
        QStringList names;
        for (auto *s : chart->series())
            names << s->name();
        QCOMPARE(names, (QStringList{QStringLiteral("2023"), QStringLiteral("2024")}));
        const QString path = out(QStringLiteral("season.svg"));
        QVERIFY(exportChart(d, path));
        QStringList texts;
        svgRects(readAll(path), &texts);
        QVERIFY(texts.contains(QStringLiteral("2023")));
        QVERIFY(texts.contains(QStringLiteral("2024")));
        QCOMPARE(readAll(out(QStringLiteral("season.csv"))), trends::toCsv(tableOf(d), m_filter));
    }

    void pngIsTwiceTheLogicalSize_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("weekday") << int(ChartKind::Weekday);
        QTest::newRow("heatmap") << int(ChartKind::Heatmap);
        QTest::newRow("timeline") << int(ChartKind::Timeline);
        QTest::newRow("season") << int(ChartKind::Season);
    }
    void pngIsTwiceTheLogicalSize()
    {
        QFETCH(int, kind);
        const ChartData d = compute(ChartKind(kind));
        const QString path = out(chartKey(ChartKind(kind)) + QStringLiteral(".png"));
        ExportOptions o;
        o.size = QSizeF(800, 500);
        QVERIFY(exportChart(d, path, {}, o));
        QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 1000));
        // Not blank: the chart's own colours are there, not just the background.
        const QRgb bg = image.pixel(2, 2);
        int other = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                other += image.pixel(x, y) != bg;
        QVERIFY2(other > 2000, qPrintable(QString::number(other)));
        QCOMPARE(readAll(csvPathFor(path)), trends::toCsv(tableOf(d), m_filter));
    }

    void darkPaletteIsReadable()
    {
        ChartOptions o;
        o.palette = darkPalette();
        const ChartData d = compute(ChartKind::Weekday);
        const QString path = out(QStringLiteral("weekday-dark.png"));
        QVERIFY(exportChart(d, path, o));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(lightness(image.pixel(2, 2)) < 0.2); // dark background
        // The title (top 60 logical px) has light text on it: many light pixels.
        int light = 0;
        for (int y = 0; y < 120; ++y)
            for (int x = 0; x < image.width(); ++x)
                light += lightness(image.pixel(x, y)) > 0.7;
        QVERIFY2(light > 500, qPrintable(QString::number(light)));
        // The same chart in the light palette: light background, dark title.
        QVERIFY(exportChart(d, out(QStringLiteral("weekday-light.png"))));
        QImage lightImage(out(QStringLiteral("weekday-light.png")));
        QVERIFY(lightness(lightImage.pixel(2, 2)) > 0.9);
        int dark = 0;
        for (int y = 0; y < 120; ++y)
            for (int x = 0; x < lightImage.width(); ++x)
                dark += lightness(lightImage.pixel(x, y)) < 0.3;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
    }

    void pdfRendersWithPdftoppm()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm not installed (installer/install-deps.sh --test installs poppler-utils)");
        const ChartData d = compute(ChartKind::Heatmap);
        const QString path = out(QStringLiteral("heatmap.pdf"));
        QVERIFY(exportChart(d, path));
        QVERIFY(readAll(path).startsWith("%PDF"));
        QCOMPARE(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), path,
                                              out(QStringLiteral("heatmap-page"))}),
                 0);
        QImage page(out(QStringLiteral("heatmap-page-1.png")));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                ink += lightness(page.pixel(x, y)) < 0.9;
        QVERIFY2(ink > page.width() * page.height() / 20, qPrintable(QString::number(ink)));
        QCOMPARE(readAll(out(QStringLiteral("heatmap.csv"))), trends::toCsv(tableOf(d), m_filter));
    }

    void reportHasASummaryAndEveryChart()
    {
        auto data = computeReport(m_fx->db(), m_filter, m_calendar);
        QVERIFY(data);
        const QString html = reportSummaryHtml(data.value());
        QVERIFY(html.contains(m_filter.describe().toHtmlEscaped()));
        QVERIFY(html.contains(data->weekday.weekday.weekend.text().toHtmlEscaped()));
        const QString path = out(QStringLiteral("report.pdf"));
        QVERIFY(writeReport(data.value(), path));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm not installed");
        QCOMPARE(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), path,
                                              out(QStringLiteral("report-page"))}),
                 0);
        for (int i = 1; i <= 5; ++i) { // the summary, then four charts
            QImage page(out(QStringLiteral("report-page-%1.png").arg(i)));
            QVERIFY2(!page.isNull(), qPrintable(QString::number(i)));
            int ink = 0;
            for (int y = 0; y < page.height(); ++y)
                for (int x = 0; x < page.width(); ++x)
                    ink += lightness(page.pixel(x, y)) < 0.8;
            QVERIFY2(ink > 200, qPrintable(QStringLiteral("page %1: %2").arg(i).arg(ink)));
        }
        QVERIFY(!QFile::exists(out(QStringLiteral("report-page-6.png"))));
    }

    void badPathsAreErrors()
    {
        const ChartData d = compute(ChartKind::Weekday);
        Status s = exportChart(d, QStringLiteral("/nonexistent-folder/chart.png"));
        QVERIFY(!s);
        QVERIFY2(s.error().toString().contains(QStringLiteral("/nonexistent-folder/chart.png")), qPrintable(s.error().toString()));
        s = exportChart(d, out(QStringLiteral("chart.gif")));
        QVERIFY(!s);
        QVERIFY(!QFile::exists(out(QStringLiteral("chart.gif"))));
        // A folder where the file should be: QSaveFile cannot write it.
        QVERIFY(QDir(m_out.path()).mkpath(QStringLiteral("taken.svg")));
        s = exportChart(d, out(QStringLiteral("taken.svg")));
        QVERIFY(!s);
        QVERIFY(s.error().toString().contains(QStringLiteral("taken.svg")));
        s = writeReport(computeReport(m_fx->db(), m_filter, m_calendar).value(), out(QStringLiteral("report.png")));
        QVERIFY(!s);
    }

    void aChartInAViewExportsAndKeepsItsSize()
    {
        const ChartData d = compute(ChartKind::Season);
        QChartView view(makeChart(d));
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.chart()->size().width() > 600);
        const QSizeF before = view.chart()->size();
        QVERIFY(exportChart(view.chart(), out(QStringLiteral("inview.png")), QByteArray("x"), ExportOptions{}));
        QCOMPARE(QImage(out(QStringLiteral("inview.png"))).size(), QSize(2200, 1300));
        QCOMPARE(view.chart()->size(), before);
    }

    void weekendSentenceKeepsSmallMeansReadable()
    {
        trends::WeekendEffect e;
        e.weekdayDays = 5;
        e.weekendDays = 2;
        e.weekdaySpam = 6;
        e.weekendSpam = 1;
        e.weekdayMean = 0.123;
        e.weekendMean = 0.0612;
        e.change = e.weekendMean / e.weekdayMean - 1;
        const QString small = weekendSentence(e);
        QVERIFY2(small.contains(QStringLiteral("0.12 on weekdays")), qPrintable(small));
        QVERIFY2(small.contains(QStringLiteral("0.061 at weekends")), qPrintable(small));
        e.weekdayMean = 40.4;
        e.weekendMean = 3.25;
        const QString big = weekendSentence(e);
        QVERIFY2(big.contains(QStringLiteral("40 on weekdays")), qPrintable(big));
        QVERIFY2(big.contains(QStringLiteral("3.2 at weekends")) || big.contains(QStringLiteral("3.3 at weekends")), qPrintable(big));
        e.change.reset();
        QVERIFY(weekendSentence(e).isEmpty());
    }

    void emptyDataStillDraws()
    {
        trends::Filter f = m_filter;
        f.account = QStringLiteral("nobody");
        auto unknown = computeChart(m_fx->db(), f, {ChartKind::Weekday, {}, {}}, m_calendar);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().toString().contains(QStringLiteral("nobody")));
        // A range with no mail in it: every chart still draws (empty, with its axes and footer).
        f.account.clear();
        f.from = QDate(2020, 1, 1);
        f.to = QDate(2020, 1, 31);
        for (ChartKind k : {ChartKind::Weekday, ChartKind::Heatmap, ChartKind::Timeline, ChartKind::Season}) {
            auto d = computeChart(m_fx->db(), f, {k, {}, {}}, m_calendar);
            QVERIFY(d);
            const QString path = out(QStringLiteral("empty-%1.png").arg(chartKey(k)));
            QVERIFY2(exportChart(d.value(), path), qPrintable(chartKey(k)));
            QCOMPARE(QImage(path).size(), QSize(2200, 1300));
        }
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
