#include "charts/ChartData.h"

#include <QCoreApplication>
#include <QLocale>

namespace mailtide::ui::charts {

QString chartKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Weekday: return QStringLiteral("weekday");
    case ChartKind::Heatmap: return QStringLiteral("heatmap");
    case ChartKind::Timeline: return QStringLiteral("timeline");
    case ChartKind::Season: return QStringLiteral("season");
    }
    return {};
}

std::optional<ChartKind> parseChartKind(const QString &key)
{
    for (ChartKind k : {ChartKind::Weekday, ChartKind::Heatmap, ChartKind::Timeline, ChartKind::Season})
        if (key == chartKey(k))
            return k;
    return std::nullopt;
}

QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Weekday: return QCoreApplication::translate("Charts", "Mail by weekday");
    case ChartKind::Heatmap: return QCoreApplication::translate("Charts", "Mail by weekday and hour");
    case ChartKind::Timeline: return QCoreApplication::translate("Charts", "Mail over time");
    case ChartKind::Season: return QCoreApplication::translate("Charts", "Mail by season, year over year");
    }
    return {};
}

QString weekendSentence(const trends::WeekendEffect &effect)
{
    const QString change = effect.text();
    if (change.isEmpty())
        return {};
    const QLocale loc;
    const auto mean = [&loc](double v) {
        return v >= 10 ? loc.toString(v, 'f', 0) : v >= 1 ? loc.toString(v, 'f', 1) : loc.toString(v, 'g', 2);
    };
    return QCoreApplication::translate("Charts", "%1 (spam per day: %2 on weekdays, %3 at weekends)")
        .arg(change, mean(effect.weekdayMean), mean(effect.weekendMean));
}

trends::Granularity granularityFor(const trends::DayRange &range)
{
    const qint64 days = range.days();
    if (days <= 92)
        return trends::Granularity::Day;
    if (days <= 3 * 366)
        return trends::Granularity::Week;
    return trends::Granularity::Month;
}

QVector<trends::Occurrence> eventsIn(const trends::Calendar &calendar, const trends::DayRange &range)
{
    QVector<trends::Occurrence> out;
    if (!range.isValid())
        return out;
    for (const auto &o : calendar.occurrences(range.first.year(), range.last.year()))
        if (o.annotate) {
            out << o;
            // Occurrences carry the English name; a chart speaks the user's language.
            if (const trends::Event *e = calendar.event(o.eventId))
                out.last().name = e->displayName(QLocale().name().section(QLatin1Char('_'), 0, 0));
        }
    return out;
}

Result<ChartData> computeChart(store::Database &db, const trends::Filter &filter, const ChartRequest &request,
                               const trends::Calendar &calendar, const std::atomic_bool *cancel)
{
    ChartData d;
    d.kind = request.kind;
    d.filter = filter;
    switch (request.kind) {
    case ChartKind::Weekday: {
        auto r = trends::byWeekday(db, filter, cancel);
        if (!r)
            return r.error();
        d.weekday = std::move(r.value());
        break;
    }
    case ChartKind::Heatmap: {
        auto r = trends::byWeekdayHour(db, filter, cancel);
        if (!r)
            return r.error();
        d.heatmap = std::move(r.value());
        break;
    }
    case ChartKind::Timeline: {
        trends::Granularity g = trends::Granularity::Day;
        if (request.granularity) {
            g = *request.granularity;
        } else if (filter.from && filter.to) {
            g = granularityFor({*filter.from, *filter.to});
        } else {
            // The span decides; without both dates a cheap month timeline first tells it.
            auto probe = trends::timeline(db, filter, trends::Granularity::Month, 0, cancel);
            if (!probe)
                return probe.error();
            g = granularityFor(probe->range);
        }
        auto r = trends::timeline(db, filter, g, 0, cancel);
        if (!r)
            return r.error();
        d.timeline = std::move(r.value());
        d.events = eventsIn(calendar, d.timeline.range);
        break;
    }
    case ChartKind::Season: {
        auto r = trends::bySeason(db, filter, request.season, cancel);
        if (!r)
            return r.error();
        d.season = std::move(r.value());
        d.events = eventsIn(calendar, d.season.range);
        break;
    }
    }
    return d;
}

trends::Table tableOf(const ChartData &data)
{
    switch (data.kind) {
    case ChartKind::Weekday: return trends::tableOf(data.weekday);
    case ChartKind::Heatmap: return trends::tableOf(data.heatmap);
    case ChartKind::Timeline: return trends::tableOf(data.timeline);
    case ChartKind::Season: return trends::tableOf(data.season);
    }
    return {};
}

Result<ReportData> computeReport(store::Database &db, const trends::Filter &filter, const trends::Calendar &calendar,
                                 const std::atomic_bool *cancel)
{
    ReportData r;
    r.filter = filter;
    auto weekday = computeChart(db, filter, {ChartKind::Weekday, {}, {}}, calendar, cancel);
    if (!weekday)
        return weekday.error();
    r.weekday = std::move(weekday.value());
    auto heatmap = computeChart(db, filter, {ChartKind::Heatmap, {}, {}}, calendar, cancel);
    if (!heatmap)
        return heatmap.error();
    r.heatmap = std::move(heatmap.value());
    auto timeline = computeChart(db, filter, {ChartKind::Timeline, granularityFor(r.weekday.weekday.range), {}}, calendar, cancel);
    if (!timeline)
        return timeline.error();
    r.timeline = std::move(timeline.value());
    auto season = computeChart(db, filter, {ChartKind::Season, {}, trends::SeasonKind::MonthOfYear}, calendar, cancel);
    if (!season)
        return season.error();
    r.season = std::move(season.value());
    auto campaigns = trends::seasonCampaigns(db, filter, calendar, cancel);
    if (!campaigns)
        return campaigns.error();
    r.campaigns = std::move(campaigns.value());
    trends::Filter spam = filter;
    if (spam.verdict == trends::VerdictFilter::All)
        spam.verdict = trends::VerdictFilter::Spam;
    auto bursts = trends::bursts(db, spam, trends::BurstParams{}, cancel);
    if (!bursts)
        return bursts.error();
    r.bursts = std::move(bursts.value());
    return r;
}

} // namespace mailtide::ui::charts
