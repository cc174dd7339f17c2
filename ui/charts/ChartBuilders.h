#pragma once
/** @short The charts: core/trends results turned into QCharts (Qt Charts), each with its title,
 *  the filters as a footer (trends::Filter::describe()), and colours from a palette.
 *
 * GUI thread only (a QChart is a QGraphicsWidget); no database access: the numbers come from
 * charts/ChartData.h, computed on a worker. The caller owns the returned chart (put it in a
 * QChartView, or export it with charts/ChartExport.h). Cheap: build a fresh one per export. */
#include "charts/ChartData.h"
#include "charts/ChartTheme.h"

#include <QPalette>

class QChart;

namespace mailtide::ui::charts {

enum class WeekdayMode { Count, Share };
enum class TimelineStyle { Bars, Lines };

struct ChartOptions
{
    QPalette palette = lightPalette();
    WeekdayMode weekdayMode = WeekdayMode::Count;
    TimelineStyle timelineStyle = TimelineStyle::Bars;
};

/** Spam and ham per weekday (counts: grouped bars; shares: stacked to 100 %), the weekend
 *  effect ("weekend spam −27% vs weekdays") under the title. Unclassified mail only: one set. */
QChart *weekdayChart(const trends::WeekdayStats &stats, const trends::Filter &filter, const ChartOptions &options = {});
/** Weekday (rows, Monday on top) × local hour (columns), coloured by spam count (by message
 *  count when the filter selects a verdict or nothing is classified), with a colour scale. */
QChart *heatmapChart(const trends::WeekdayHourStats &stats, const trends::Filter &filter, const ChartOptions &options = {});
/** Spam and ham per day / week / month (bars: stacked steps; lines), the rolling means, and the
 *  events as labelled vertical markers. */
QChart *timelineChart(const trends::Timeline &timeline, const QVector<trends::Occurrence> &events,
                      const trends::Filter &filter, const ChartOptions &options = {});
/** One line per year over 12 months or 53 ISO weeks (spam; all mail when the filter selects a
 *  verdict or nothing is classified), events annotated at their latest year's date. */
QChart *seasonChart(const trends::SeasonStats &stats, const QVector<trends::Occurrence> &events,
                    const trends::Filter &filter, const ChartOptions &options = {});
/** The chart for a ChartData's kind. */
QChart *makeChart(const ChartData &data, const ChartOptions &options = {});

/** Whether a chart counts spam (true) or all selected mail: spam unless the filter already
 *  picks a verdict or nothing in `classified` messages was classified. */
bool countsSpam(const trends::Filter &filter, qint64 classified);

} // namespace mailtide::ui::charts
