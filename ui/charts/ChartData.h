#pragma once
/** @short What one chart shows, computed off the GUI thread: the aggregation behind a chart
 *  kind, the calendar events in its range, and the filter it was made with.
 *
 * computeChart() and computeReport() are plain calls for a worker thread (they take that
 * thread's own Database and poll `cancel`, like core/trends); the results are values that cross
 * to the GUI thread in a queued signal, where charts/ChartBuilders.h turns them into QCharts.
 * They never touch a widget. */
#include "store/Database.h"
#include "trends/Aggregate.h"
#include "trends/Calendar.h"
#include "trends/Campaigns.h"
#include "trends/Filter.h"
#include "trends/Table.h"
#include "util/Result.h"

#include <atomic>
#include <optional>

namespace mailtide::ui::charts {

enum class ChartKind { Weekday, Heatmap, Timeline, Season };

/** "weekday", "heatmap", "timeline", "season" (keywords of the CLI and of file names). */
QString chartKey(ChartKind kind);
std::optional<ChartKind> parseChartKind(const QString &key);
/** The chart's translated title ("Spam by weekday"). */
QString chartTitle(ChartKind kind);

struct ChartRequest
{
    ChartKind kind = ChartKind::Weekday;
    /** Timeline only; unset: chosen from the data's span (granularityFor). */
    std::optional<trends::Granularity> granularity;
    trends::SeasonKind season = trends::SeasonKind::MonthOfYear; ///< Season only
};

struct ChartData
{
    ChartKind kind = ChartKind::Weekday;
    trends::Filter filter;
    trends::WeekdayStats weekday;       ///< Weekday
    trends::WeekdayHourStats heatmap;   ///< Heatmap
    trends::Timeline timeline;          ///< Timeline
    trends::SeasonStats season;         ///< Season
    QVector<trends::Occurrence> events; ///< Timeline and Season: annotated events in the data's years
};

/** "weekend spam −27% vs weekdays (spam per day: 40 on weekdays, 29 at weekends)", translated,
 *  the means to two significant figures below 10 (a small mailbox gets 0.12, not 0.0); ""
 *  when the effect has no change to state. */
QString weekendSentence(const trends::WeekendEffect &effect);

/** Day for spans up to 92 days, week up to three years, month beyond. */
trends::Granularity granularityFor(const trends::DayRange &range);

/** The annotated occurrences of the calendar in a range's years, named in the locale's language. */
QVector<trends::Occurrence> eventsIn(const trends::Calendar &calendar, const trends::DayRange &range);

Result<ChartData> computeChart(store::Database &db, const trends::Filter &filter, const ChartRequest &request,
                               const trends::Calendar &calendar, const std::atomic_bool *cancel = nullptr);

/** The numbers behind the chart (the CSV of its export). */
trends::Table tableOf(const ChartData &data);

/** Everything the one-file PDF report shows. */
struct ReportData
{
    trends::Filter filter;
    ChartData weekday;
    ChartData heatmap;
    ChartData timeline;
    ChartData season;
    QVector<trends::SeasonCampaign> campaigns; ///< the filter's messages
    QVector<trends::Burst> bursts;             ///< among the filter's spam
};

Result<ReportData> computeReport(store::Database &db, const trends::Filter &filter, const trends::Calendar &calendar,
                                 const std::atomic_bool *cancel = nullptr);

} // namespace mailtide::ui::charts
