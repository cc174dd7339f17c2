#include "trends/Bucket.h"

#include "store/TrendReader.h"
#include "trends/LocalClock.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailtide::trends {

namespace {

QDate periodStartOf(const QDate &d, Granularity g)
{
    switch (g) {
    case Granularity::Day: return d;
    case Granularity::Week: return d.addDays(1 - d.dayOfWeek());
    case Granularity::Month: return QDate(d.year(), d.month(), 1);
    }
    return d;
}

/** The Monday of ISO week 1 of an ISO year: the week holding 4 January (ISO 8601). */
QDate isoYearStart(int year)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

bool isValid(const Bucket &b)
{
    switch (b.kind) {
    case Bucket::Kind::Weekday: return b.weekday >= 1 && b.weekday <= 7;
    case Bucket::Kind::Hour: return b.hour >= 0 && b.hour <= 23;
    case Bucket::Kind::WeekdayHour: return b.weekday >= 1 && b.weekday <= 7 && b.hour >= 0 && b.hour <= 23;
    case Bucket::Kind::Period: return b.start.isValid();
    case Bucket::Kind::Season:
        return b.slot >= 1 && b.slot <= (b.season == SeasonKind::MonthOfYear ? 12 : 53) && QDate(b.year, 1, 1).isValid();
    }
    return false;
}

} // namespace

Bucket Bucket::ofWeekday(int weekday)
{
    Bucket b;
    b.kind = Kind::Weekday;
    b.weekday = weekday;
    return b;
}

Bucket Bucket::ofHour(int hour)
{
    Bucket b;
    b.kind = Kind::Hour;
    b.hour = hour;
    return b;
}

Bucket Bucket::ofCell(int weekday, int hour)
{
    Bucket b;
    b.kind = Kind::WeekdayHour;
    b.weekday = weekday;
    b.hour = hour;
    return b;
}

Bucket Bucket::ofPeriod(Granularity g, const QDate &start)
{
    Bucket b;
    b.kind = Kind::Period;
    b.granularity = g;
    b.start = periodStartOf(start, g);
    return b;
}

Bucket Bucket::ofSeason(SeasonKind kind, int year, int slot)
{
    Bucket b;
    b.kind = Kind::Season;
    b.season = kind;
    b.year = year;
    b.slot = slot;
    return b;
}

std::optional<DayRange> Bucket::days() const
{
    switch (kind) {
    case Kind::Weekday:
    case Kind::Hour:
    case Kind::WeekdayHour: return std::nullopt;
    case Kind::Period:
        switch (granularity) {
        case Granularity::Day: return DayRange{start, start};
        case Granularity::Week: return DayRange{start, start.addDays(6)};
        case Granularity::Month: return DayRange{start, start.addMonths(1).addDays(-1)};
        }
        break;
    case Kind::Season:
        if (season == SeasonKind::MonthOfYear) {
            const QDate first(year, slot, 1);
            return DayRange{first, first.addMonths(1).addDays(-1)};
        } else {
            const QDate monday = isoYearStart(year).addDays(7 * qint64(slot - 1));
            if (monday >= isoYearStart(year + 1)) // week 53 of a 52-week year: no day
                return DayRange{};
            return DayRange{monday, monday.addDays(6)};
        }
    }
    return std::nullopt;
}

bool Bucket::holds(const LocalTime &t) const
{
    switch (kind) {
    case Kind::Weekday: return t.weekday == weekday;
    case Kind::Hour: return t.hour == hour;
    case Kind::WeekdayHour: return t.weekday == weekday && t.hour == hour;
    case Kind::Period:
    case Kind::Season: {
        const auto r = days();
        return r->isValid() && t.day >= LocalClock::dayOf(r->first) && t.day <= LocalClock::dayOf(r->last);
    }
    }
    return false;
}

Result<BucketPage> messagesIn(store::Database &db, const Filter &f, const Bucket &bucket, int limit,
                              const std::optional<BucketCursor> &after, const std::atomic_bool *cancel)
{
    if (Status s = validate(f); !s)
        return s.error();
    if (limit < 1 || !isValid(bucket))
        return Error{QCoreApplication::translate("Trends", "Invalid chart bucket"), QString()};
    store::TrendReader reader(db);
    if (Status s = reader.check(f.selection()); !s)
        return s.error();

    BucketPage page;
    // A period or a season slot reads its own days only: the filter's range narrowed to them.
    Filter narrowed = f;
    const std::optional<DayRange> days = bucket.days();
    // For Period and Season, the first and last local days as day numbers (holds() without
    // recomputing the range per row).
    qint64 firstDay = std::numeric_limits<qint64>::min(), lastDay = std::numeric_limits<qint64>::max();
    if (days) {
        if (!days->isValid())
            return page;
        narrowed.from = f.from ? std::max(*f.from, days->first) : days->first;
        narrowed.to = f.to ? std::min(*f.to, days->last) : days->last;
        if (*narrowed.from > *narrowed.to)
            return page;
        firstDay = LocalClock::dayOf(days->first);
        lastDay = LocalClock::dayOf(days->last);
    }
    store::TrendSelection sel = narrowed.selection();
    if (after)
        sel.toUtc = sel.toUtc ? std::min(*sel.toUtc, after->receivedUtc + 1) : after->receivedUtc + 1;

    LocalClock clock(f.zone);
    bool cancelled = false;
    qint64 lastUtc = 0;
    Status s = reader.forEachNewest(sel, [&](qint64 utc, int, qint64 id) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        if (after && (utc > after->receivedUtc || (utc == after->receivedUtc && id >= after->id)))
            return true; // on the previous page
        const LocalTime t = clock.at(utc);
        if (days ? (t.day < firstDay || t.day > lastDay) : !bucket.holds(t))
            return true;
        if (page.ids.size() == limit) { // one more exists: the next page starts after the last
            page.next = BucketCursor{lastUtc, page.ids.back()};
            return false;
        }
        page.ids.push_back(id);
        lastUtc = utc;
        return true;
    });
    if (!s)
        return s.error();
    if (cancelled)
        return Error{cancelledMessage(), QString()};
    return page;
}

} // namespace mailtide::trends
