#pragma once
/** @short Trend aggregations over the store: by weekday, hour, weekday × hour, day / week /
 *  month timelines with a rolling average, and month / ISO week of year per year.
 *
 * Each function is a plain call for a worker thread: it takes that thread's own Database
 * (never the GUI's), reads the received time of each selected message once (in any order: a
 * table scan when no date range is set) through store::TrendReader, and buckets it in the filter's zone with a LocalClock (DST-correct:
 * never a fixed offset in SQL). `cancel` (may be null) is polled per block of 4,096 rows; a cancelled run
 * returns an Error whose message is cancelledMessage(). Counts are exact integers; a chart
 * draws them and prints Filter::describe() under them. */
#include "store/Database.h"
#include "trends/Filter.h"
#include "util/Result.h"

#include <QDate>
#include <QVector>

#include <array>
#include <atomic>
#include <optional>

namespace mailtide::trends {

/** Messages in one bucket, by verdict. Messages not classified yet count in total only. */
struct Counts
{
    qint64 total = 0;
    qint64 spam = 0;
    qint64 ham = 0;
    qint64 unsure = 0;

    qint64 classified() const { return spam + ham + unsure; }
    /** spam / classified (unsure included in the denominator); 0 when nothing is classified. */
    double spamShare() const { return classified() > 0 ? double(spam) / double(classified()) : 0.0; }
    void add(int verdict)
    {
        ++total;
        spam += verdict == 1;
        ham += verdict == 0;
        unsure += verdict == 2;
    }
    Counts &operator+=(const Counts &o)
    {
        total += o.total, spam += o.spam, ham += o.ham, unsure += o.unsure;
        return *this;
    }
    bool operator==(const Counts &) const = default;
};

/** The local days a result covers: the filter's from..to when set, else the first and last
 *  message's local day. Unset when nothing was counted and no range was given. */
struct DayRange
{
    QDate first;
    QDate last;
    bool isValid() const { return first.isValid() && last.isValid(); }
    qint64 days() const { return isValid() ? first.daysTo(last) + 1 : 0; }
};

/** "Weekend spam −27% vs weekdays": the mean number of spam messages per Saturday or Sunday
 *  against the mean per Monday..Friday, each over the days of that kind the range covers
 *  (days without spam count as zeros). change = weekendMean / weekdayMean − 1. */
struct WeekendEffect
{
    int weekendDays = 0;
    int weekdayDays = 0;
    qint64 weekendSpam = 0;
    qint64 weekdaySpam = 0;
    double weekendMean = 0;
    double weekdayMean = 0;
    std::optional<double> change; ///< unset: no weekend day, no weekday, or no weekday spam
    /** "weekend spam −27% vs weekdays" (translated), or "" when change is unset. */
    QString text() const;
};

struct WeekdayStats
{
    std::array<Counts, 7> days;    ///< [0] Monday .. [6] Sunday (ISO)
    std::array<int, 7> daysCovered{}; ///< how many Mondays... the range covers (for per-day means)
    DayRange range;
    WeekendEffect weekend;
};

struct HourStats
{
    std::array<Counts, 24> hours; ///< local wall-clock hour
    DayRange range;
};

struct WeekdayHourStats
{
    std::array<std::array<Counts, 24>, 7> cells; ///< [weekday-1][hour]
    DayRange range;
};

enum class Granularity { Day, Week, Month };

struct TimelinePoint
{
    QDate start;  ///< the day; the ISO week's Monday; the month's first day
    QString label; ///< "2024-03-31", "2024-W13", "2024-03" (ISO, not translated)
    Counts counts;
    double rollingTotal = 0; ///< trailing mean of counts.total over up to `window` points
    double rollingSpam = 0;  ///< same for counts.spam
};

/** Every period from the range's first to last, empty ones included (zeros), so the rolling
 *  mean runs over calendar time. The first window-1 points average the points available. */
struct Timeline
{
    Granularity granularity = Granularity::Day;
    int window = 7;
    QVector<TimelinePoint> points;
    DayRange range;
};

/** Default rolling windows: 7 days, 4 weeks, 3 months. */
int defaultWindow(Granularity g);

enum class SeasonKind { MonthOfYear, IsoWeekOfYear };

struct YearSeries
{
    int year = 0;           ///< calendar year; for ISO weeks the ISO week-numbering year
    QVector<Counts> slots;  ///< 12 months, or 53 ISO weeks ([52] stays empty in 52-week years)
};

/** Year over year: one series per year the data covers, ascending. */
struct SeasonStats
{
    SeasonKind kind = SeasonKind::MonthOfYear;
    QVector<YearSeries> years;
    DayRange range;
};

Result<WeekdayStats> byWeekday(store::Database &db, const Filter &f, const std::atomic_bool *cancel = nullptr);
Result<HourStats> byHour(store::Database &db, const Filter &f, const std::atomic_bool *cancel = nullptr);
Result<WeekdayHourStats> byWeekdayHour(store::Database &db, const Filter &f, const std::atomic_bool *cancel = nullptr);
/** window 0: defaultWindow(g). */
Result<Timeline> timeline(store::Database &db, const Filter &f, Granularity g, int window = 0,
                          const std::atomic_bool *cancel = nullptr);
Result<SeasonStats> bySeason(store::Database &db, const Filter &f, SeasonKind kind,
                             const std::atomic_bool *cancel = nullptr);

/** Computes the weekend effect from per-weekday spam counts over a range of days. */
WeekendEffect weekendEffect(const std::array<Counts, 7> &days, const DayRange &range);
/** How many of each weekday (ISO, [0] Monday) a range covers. */
std::array<int, 7> weekdaysIn(const DayRange &range);

/** The message of the Error a cancelled aggregation returns. */
QString cancelledMessage();

} // namespace mailtide::trends
