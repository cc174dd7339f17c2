#include "charts/ChartBuilders.h"

#include "charts/ChartOverlays.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mailtide::ui::charts {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

/** "6,046 messages · 1,779 spam · 4,215 ham · 52 unsure" */
QString countsLine(const trends::Counts &c)
{
    QString s = QCoreApplication::translate("Charts", "%1 messages").arg(number(c.total));
    if (c.classified() > 0)
        s += QCoreApplication::translate("Charts", " · %1 spam · %2 ham · %3 unsure")
                 .arg(number(c.spam), number(c.ham), number(c.unsure));
    return s;
}

/** Title (bold) and an optional second line under it; QChart titles take HTML. */
void setTitle(QChart *chart, const QString &title, const QString &subtitle)
{
    QString html = QStringLiteral("<div style='font-size:13pt; font-weight:bold'>%1</div>").arg(title.toHtmlEscaped());
    if (!subtitle.isEmpty())
        html += QStringLiteral("<div style='font-size:10pt; font-weight:normal'>%1</div>").arg(subtitle.toHtmlEscaped());
    chart->setTitle(html);
}

/** Theme, margins and the footer (the filters, the counts) every chart shares. */
void finish(QChart *chart, const ChartTheme &theme, const trends::Filter &filter, const trends::Counts &counts,
            int rightMargin = 12)
{
    applyTheme(chart, theme);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QStringList footer = {filter.describe(), countsLine(counts)};
    chart->setMargins(QMargins(8, 6, rightMargin, int(std::ceil(FooterItem::height(int(footer.size()))))));
    new FooterItem(chart, footer, theme.mutedText);
    chart->setAnimationOptions(QChart::NoAnimation);
}

/** 0..max on 4 to 6 round steps (1, 2, 2.5 or 5 × 10^n): QValueAxis::applyNiceNumbers() rounds
 *  its step up to 5 × 10^n and leaves a third of the chart empty (0..1500 for 1,081). */
QValueAxis *valueAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    max = max > 0 ? max : 1;
    const double raw = max / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    step = std::max(step, 1.0); // whole messages
    const int steps = int(std::ceil(max / step - 1e-9));
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

QLineSeries *lineSeries(QChart *chart, const QString &name, const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    auto *s = new QLineSeries(chart);
    s->setName(name);
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    s->setPen(pen);
    return s;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

qint64 metric(const trends::Counts &c, bool spam)
{
    return spam ? c.spam : c.total;
}

QDate periodEnd(const QDate &start, trends::Granularity g)
{
    switch (g) {
    case trends::Granularity::Day: return start.addDays(1);
    case trends::Granularity::Week: return start.addDays(7);
    case trends::Granularity::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

double msecs(const QDate &d)
{
    return double(d.startOfDay().toMSecsSinceEpoch());
}

} // namespace

bool countsSpam(const trends::Filter &filter, qint64 classified)
{
    return filter.verdict == trends::VerdictFilter::All && classified > 0;
}

// --- weekday -----------------------------------------------------------------------------------

QChart *weekdayChart(const trends::WeekdayStats &stats, const trends::Filter &filter, const ChartOptions &options)
{
    const ChartTheme theme = chartTheme(options.palette);
    auto *chart = new QChart;
    trends::Counts all;
    for (const auto &d : stats.days)
        all += d;
    QStringList days;
    for (int i = 1; i <= 7; ++i)
        days << QLocale().dayName(i, QLocale::ShortFormat);

    auto makeSet = [&](const QString &name, const QColor &color) {
        auto *set = new QBarSet(name);
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(theme.text);
        QFont f = set->labelFont();
        f.setPointSizeF(7.5);
        set->setLabelFont(f);
        return set;
    };
    QAbstractBarSeries *series = nullptr;
    double max = 0;
    QString yTitle;
    if (all.classified() == 0) {
        auto *bars = new QBarSeries;
        auto *set = makeSet(QCoreApplication::translate("Charts", "Messages (not classified)"), theme.total);
        for (const auto &d : stats.days) {
            *set << double(d.total);
            max = std::max(max, double(d.total));
        }
        bars->append(set);
        series = bars;
        yTitle = QCoreApplication::translate("Charts", "messages");
    } else if (options.weekdayMode == WeekdayMode::Count) {
        auto *bars = new QBarSeries;
        auto *spam = makeSet(QCoreApplication::translate("Charts", "Spam"), theme.spam);
        auto *ham = makeSet(QCoreApplication::translate("Charts", "Ham"), theme.ham);
        for (const auto &d : stats.days) {
            *spam << double(d.spam);
            *ham << double(d.ham);
            max = std::max({max, double(d.spam), double(d.ham)});
        }
        bars->append({spam, ham});
        series = bars;
        yTitle = QCoreApplication::translate("Charts", "messages");
    } else {
        auto *bars = new QStackedBarSeries;
        auto *spam = makeSet(QCoreApplication::translate("Charts", "Spam"), theme.spam);
        auto *ham = makeSet(QCoreApplication::translate("Charts", "Ham"), theme.ham);
        auto *unsure = makeSet(QCoreApplication::translate("Charts", "Unsure"), theme.unsure);
        for (const auto &d : stats.days) {
            const double c = double(d.classified());
            *spam << (c > 0 ? 100.0 * double(d.spam) / c : 0.0);
            *ham << (c > 0 ? 100.0 * double(d.ham) / c : 0.0);
            *unsure << (c > 0 ? 100.0 * double(d.unsure) / c : 0.0);
        }
        // Unsure is a sliver of a percent: its label would cover the others (its share is in the CSV).
        unsure->setLabelColor(Qt::transparent);
        bars->append({spam, ham, unsure});
        bars->setLabelsFormat(QStringLiteral("@value %"));
        bars->setLabelsPrecision(2);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
        series = bars;
        max = 100;
        yTitle = QCoreApplication::translate("Charts", "share of classified mail (%)");
    }
    series->setLabelsVisible(true);
    if (options.weekdayMode == WeekdayMode::Count || all.classified() == 0) {
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        max *= 1.08; // room for the labels over the highest bar
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(days);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(max, yTitle);
    if (options.weekdayMode == WeekdayMode::Share && all.classified() > 0)
        y->setRange(0, 100);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    setTitle(chart, chartTitle(ChartKind::Weekday), weekendSentence(stats.weekend));
    finish(chart, theme, filter, all);
    return chart;
}

// --- heatmap -----------------------------------------------------------------------------------

QChart *heatmapChart(const trends::WeekdayHourStats &stats, const trends::Filter &filter, const ChartOptions &options)
{
    const ChartTheme theme = chartTheme(options.palette);
    auto *chart = new QChart;
    trends::Counts all;
    for (const auto &row : stats.cells)
        for (const auto &c : row)
            all += c;
    const bool spam = countsSpam(filter, all.classified());
    std::array<std::array<qint64, 24>, 7> values{};
    for (std::size_t d = 0; d < 7; ++d)
        for (std::size_t h = 0; h < 24; ++h)
            values[d][h] = metric(stats.cells[d][h], spam);

    // An invisible series spans the grid so the axes exist and mapToPosition works.
    auto *frame = new QLineSeries(chart);
    frame->append(0, 0);
    frame->append(24, 7);
    frame->setPen(Qt::NoPen);
    chart->addSeries(frame);
    auto *x = new QValueAxis;
    x->setRange(0, 24);
    x->setTickCount(9);
    x->setLabelFormat(QStringLiteral("%02.0f:00"));
    x->setTitleText(QCoreApplication::translate("Charts", "hour received (%1)").arg(QString::fromUtf8(filter.zone.id())));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    frame->attachAxis(x);
    auto *y = new QCategoryAxis;
    y->setRange(0, 7);
    y->setReverse(true); // Monday on top
    for (int d = 1; d <= 7; ++d)
        y->append(QLocale().dayName(d, QLocale::ShortFormat), d);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    frame->attachAxis(y);
    chart->legend()->setVisible(false);

    new HeatmapItem(chart, frame, values, theme, spam ? QCoreApplication::translate("Charts", "spam") : QCoreApplication::translate("Charts", "messages"));
    setTitle(chart, chartTitle(ChartKind::Heatmap),
             spam ? QCoreApplication::translate("Charts", "Spam messages per hour of each weekday") : QCoreApplication::translate("Charts", "Messages per hour of each weekday"));
    finish(chart, theme, filter, all, HeatmapItem::scaleWidth);
    return chart;
}

// --- timeline ----------------------------------------------------------------------------------

QChart *timelineChart(const trends::Timeline &timeline, const QVector<trends::Occurrence> &events,
                      const trends::Filter &filter, const ChartOptions &options)
{
    const ChartTheme theme = chartTheme(options.palette);
    auto *chart = new QChart;
    trends::Counts all;
    for (const auto &p : timeline.points)
        all += p.counts;
    const bool classified = all.classified() > 0;
    const bool spamMode = countsSpam(filter, all.classified());

    QString unit;
    switch (timeline.granularity) {
    case trends::Granularity::Day: unit = QCoreApplication::translate("Charts", "messages per day"); break;
    case trends::Granularity::Week: unit = QCoreApplication::translate("Charts", "messages per week"); break;
    case trends::Granularity::Month: unit = QCoreApplication::translate("Charts", "messages per month"); break;
    }
    QString window;
    switch (timeline.granularity) {
    case trends::Granularity::Day: window = QCoreApplication::translate("Charts", "%1-day mean").arg(timeline.window); break;
    case trends::Granularity::Week: window = QCoreApplication::translate("Charts", "%1-week mean").arg(timeline.window); break;
    case trends::Granularity::Month: window = QCoreApplication::translate("Charts", "%1-month mean").arg(timeline.window); break;
    }

    // Lower band: spam (or everything, when nothing is classified / a verdict is chosen);
    // upper band stacked on it: ham.
    const QString lowerName = spamMode ? QCoreApplication::translate("Charts", "Spam") : QCoreApplication::translate("Charts", "Messages");
    const QColor lowerColor = spamMode ? theme.spam : (classified ? theme.ham : theme.total);
    double max = 0;
    auto *lower = lineSeries(chart, lowerName, lowerColor, 1.5);
    auto *upper = spamMode ? lineSeries(chart, QCoreApplication::translate("Charts", "Ham"), theme.ham, 1.5) : nullptr;
    auto *rollingLower = lineSeries(chart, QStringLiteral("%1, %2").arg(lowerName, window), lowerColor.darker(theme.dark ? 80 : 140), 2.5);
    auto *rollingAll = spamMode ? lineSeries(chart, QCoreApplication::translate("Charts", "All mail, %1").arg(window), theme.mutedText, 1.5, Qt::DashLine)
                                : nullptr;
    for (const auto &p : timeline.points) {
        const double a = msecs(p.start);
        const double b = msecs(periodEnd(p.start, timeline.granularity));
        const double mid = (a + b) / 2;
        const double lo = double(metric(p.counts, spamMode));
        const double hi = lo + (spamMode ? double(p.counts.ham) : 0.0);
        if (options.timelineStyle == TimelineStyle::Bars) {
            lower->append(a, lo);
            lower->append(b, lo);
            if (upper) {
                upper->append(a, hi);
                upper->append(b, hi);
            }
        } else {
            lower->append(mid, lo);
            if (upper)
                upper->append(mid, double(p.counts.ham));
        }
        rollingLower->append(mid, spamMode ? p.rollingSpam : p.rollingTotal);
        if (rollingAll)
            rollingAll->append(mid, p.rollingTotal);
        max = std::max({max, hi, spamMode ? p.rollingTotal : 0.0});
    }

    QVector<QAbstractSeries *> series;
    if (options.timelineStyle == TimelineStyle::Bars) {
        if (upper) {
            auto *hamArea = new QAreaSeries(upper, lower);
            hamArea->setName(QCoreApplication::translate("Charts", "Ham"));
            hamArea->setColor(theme.ham);
            hamArea->setBorderColor(theme.ham);
            series << hamArea;
        }
        auto *lowerArea = new QAreaSeries(lower);
        lowerArea->setName(lowerName);
        lowerArea->setColor(lowerColor);
        lowerArea->setBorderColor(lowerColor);
        series.prepend(lowerArea);
    } else {
        series << lower;
        if (upper)
            series << upper;
    }
    series << rollingLower;
    if (rollingAll)
        series << rollingAll;
    if (options.timelineStyle == TimelineStyle::Bars) {
        // The rolling mean over the bars of its own colour would vanish: draw it in the text colour.
        rollingLower->setPen(QPen(theme.text, 2.0));
    }

    auto *x = new QDateTimeAxis;
    const QDate first = timeline.points.isEmpty() ? QDate::currentDate() : timeline.points.first().start;
    const QDate last = timeline.points.isEmpty() ? first : periodEnd(timeline.points.last().start, timeline.granularity);
    x->setRange(first.startOfDay(), last.startOfDay());
    const qint64 spanDays = first.daysTo(last);
    x->setFormat(spanDays <= 92 ? QStringLiteral("MMM d") : spanDays <= 3 * 366 ? QStringLiteral("MMM yyyy") : QStringLiteral("yyyy"));
    x->setTickCount(spanDays <= 14 ? int(spanDays) + 1 : 9);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(max * 1.05, unit);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }

    QVector<EventMarkersItem::Marker> markers;
    for (const auto &o : events)
        if (o.date >= first && o.date < last)
            markers.push_back({msecs(o.date) + 12 * 3600 * 1000.0, o.name});
    new EventMarkersItem(chart, rollingLower, markers, theme.event, theme.background);

    QString granularity;
    switch (timeline.granularity) {
    case trends::Granularity::Day: granularity = QCoreApplication::translate("Charts", "by day"); break;
    case trends::Granularity::Week: granularity = QCoreApplication::translate("Charts", "by week"); break;
    case trends::Granularity::Month: granularity = QCoreApplication::translate("Charts", "by month"); break;
    }
    setTitle(chart, chartTitle(ChartKind::Timeline),
             QCoreApplication::translate("Charts", "%1, with the %2 and calendar events").arg(granularity, window));
    finish(chart, theme, filter, all);
    return chart;
}

// --- season ------------------------------------------------------------------------------------

QChart *seasonChart(const trends::SeasonStats &stats, const QVector<trends::Occurrence> &events,
                    const trends::Filter &filter, const ChartOptions &options)
{
    const ChartTheme theme = chartTheme(options.palette);
    auto *chart = new QChart;
    const bool months = stats.kind == trends::SeasonKind::MonthOfYear;
    trends::Counts all;
    for (const auto &y : stats.years)
        for (const auto &c : y.slots)
            all += c;
    const bool spam = countsSpam(filter, all.classified());

    // A slot outside the data's days is not a zero: it is unknown, and left out of the line.
    auto slotKnown = [&](int year, int slot) {
        QDate a, b;
        if (months) {
            a = QDate(year, slot + 1, 1);
            b = a.addMonths(1).addDays(-1);
        } else {
            const QDate jan4(year, 1, 4);
            a = jan4.addDays(-(jan4.dayOfWeek() - 1) + 7 * slot);
            int isoYear = 0;
            if (a.weekNumber(&isoYear) != slot + 1 || isoYear != year)
                return false; // no week 53 this year
            b = a.addDays(6);
        }
        return !stats.range.isValid() || (b >= stats.range.first && a <= stats.range.last);
    };
    double max = 0;
    QVector<QLineSeries *> lines;
    int i = 0;
    for (const auto &ys : stats.years) {
        auto *line = lineSeries(chart, QString::number(ys.year), theme.year(i++), 2.0);
        line->setPointsVisible(months);
        for (int s = 0; s < ys.slots.size(); ++s) {
            if (!slotKnown(ys.year, s))
                continue;
            const double v = double(metric(ys.slots.at(s), spam));
            line->append(s + 1, v);
            max = std::max(max, v);
        }
        lines << line;
    }
    if (lines.isEmpty()) { // no data: an empty frame, still with its axes
        auto *line = lineSeries(chart, QString(), theme.grid, 0);
        line->append(1, 0);
        lines << line;
    }

    auto *x = new QCategoryAxis;
    const int slots = months ? 12 : 53;
    x->setRange(0.5, slots + 0.5);
    if (months) {
        for (int m = 1; m <= 12; ++m)
            x->append(QLocale().monthName(m, QLocale::ShortFormat), m + 0.5);
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        x->setTitleText(QCoreApplication::translate("Charts", "month received"));
    } else {
        for (int w = 1; w <= 53; w += 4)
            x->append(QString::number(w), w);
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setTitleText(QCoreApplication::translate("Charts", "ISO week received"));
    }
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(max * 1.05, spam ? QCoreApplication::translate("Charts", "spam messages") : QCoreApplication::translate("Charts", "messages"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *l : lines) {
        chart->addSeries(l);
        l->attachAxis(x);
        l->attachAxis(y);
    }
    if (stats.years.isEmpty())
        hideFromLegend(chart, lines.first());

    // Each event once, at its date in the latest year it occurs in the data's years.
    QHash<QString, trends::Occurrence> latest;
    for (const auto &o : events)
        if (!latest.contains(o.eventId) || latest.value(o.eventId).date < o.date)
            latest.insert(o.eventId, o);
    QVector<EventMarkersItem::Marker> markers;
    for (const auto &o : std::as_const(latest)) {
        double pos = 0;
        if (months) {
            pos = o.date.month() - 0.5 + (o.date.day() - 0.5) / o.date.daysInMonth();
        } else {
            const int week = o.date.weekNumber();
            pos = week - 0.5 + (o.date.dayOfWeek() - 0.5) / 7.0;
        }
        markers.push_back({pos, o.name});
    }
    new EventMarkersItem(chart, lines.first(), markers, theme.event, theme.background);

    setTitle(chart, chartTitle(ChartKind::Season),
             months ? (spam ? QCoreApplication::translate("Charts", "Spam per month, one line per year") : QCoreApplication::translate("Charts", "Messages per month, one line per year"))
                    : (spam ? QCoreApplication::translate("Charts", "Spam per ISO week, one line per year") : QCoreApplication::translate("Charts", "Messages per ISO week, one line per year")));
    finish(chart, theme, filter, all);
    return chart;
}

QChart *makeChart(const ChartData &data, const ChartOptions &options)
{
    switch (data.kind) {
    case ChartKind::Weekday: return weekdayChart(data.weekday, data.filter, options);
    case ChartKind::Heatmap: return heatmapChart(data.heatmap, data.filter, options);
    case ChartKind::Timeline: return timelineChart(data.timeline, data.events, data.filter, options);
    case ChartKind::Season: return seasonChart(data.season, data.events, data.filter, options);
    }
    return nullptr;
}

} // namespace mailtide::ui::charts
