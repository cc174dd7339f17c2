#pragma once
/** @short "Messages in this bar": the ids of the messages one chart bucket counts — a weekday,
 *  an hour, a weekday × hour cell, a timeline period, a season slot — newest first, a page at a
 *  time.
 *
 * A bucket is read exactly as the aggregations (trends/Aggregate.h) count it: the filter's
 * messages, each placed by its received time in the filter's zone with a LocalClock
 * (DST-correct), so the ids of a bar are the messages its count counted. A plain call for a
 * worker thread, on that thread's own Database; `cancel` (may be null) is polled per row read.
 * Periods and season slots read only their own days (an index range); weekdays and hours walk
 * the filter's messages newest first until the page is full. The ids go to the store's row
 * reader (store::Store::messageRows) for display. */
#include "store/Database.h"
#include "trends/Aggregate.h"
#include "trends/Filter.h"
#include "trends/LocalClock.h"
#include "util/Result.h"

#include <QDate>
#include <QVector>

#include <atomic>
#include <optional>

namespace mailtide::trends {

struct Bucket
{
    enum class Kind { Weekday, Hour, WeekdayHour, Period, Season };
    Kind kind = Kind::Weekday;
    int weekday = 1;                        ///< Weekday, WeekdayHour: ISO 1 = Monday .. 7 = Sunday
    int hour = 0;                           ///< Hour, WeekdayHour: local wall-clock hour 0..23
    Granularity granularity = Granularity::Day; ///< Period
    QDate start;                            ///< Period: the day, the ISO week's Monday, the month's first day
    SeasonKind season = SeasonKind::MonthOfYear; ///< Season
    int year = 0;                           ///< Season: calendar year, or ISO week-numbering year
    int slot = 1;                           ///< Season: month 1..12, or ISO week 1..53

    static Bucket ofWeekday(int weekday);
    static Bucket ofHour(int hour);
    static Bucket ofCell(int weekday, int hour);
    /** start is moved to its period's start (any day of the week or month names it). */
    static Bucket ofPeriod(Granularity g, const QDate &start);
    static Bucket ofSeason(SeasonKind kind, int year, int slot);

    /** Whether a message received at local time t is in this bucket. */
    bool holds(const LocalTime &t) const;
    /** The local days the bucket can hold (Period and Season), else unset: every day. */
    std::optional<DayRange> days() const;
};

/** Where the next page starts: just after the last message of the previous one. */
struct BucketCursor
{
    qint64 receivedUtc = 0;
    qint64 id = 0;
};

struct BucketPage
{
    QVector<qint64> ids;              ///< newest first: received time, then id, descending
    std::optional<BucketCursor> next; ///< set when more messages follow
};

/** Up to `limit` (>= 1) ids of the bucket's messages, newest first, after `after` when set.
 *  An Error for an unknown account or folder, an invalid bucket, or cancelMessage(). */
Result<BucketPage> messagesIn(store::Database &db, const Filter &f, const Bucket &bucket, int limit = 1000,
                              const std::optional<BucketCursor> &after = std::nullopt,
                              const std::atomic_bool *cancel = nullptr);

} // namespace mailtide::trends
