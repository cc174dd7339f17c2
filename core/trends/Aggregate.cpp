#include "trends/Aggregate.h"

#include "store/TrendReader.h"
#include "trends/LocalClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <cmath>
#include <map>

Q_LOGGING_CATEGORY(lcTrends, "mailtide.trends")

namespace mailtide::trends {

namespace {

/** Streams the selected messages' local times (in any order) into onRow(LocalTime, verdict)
 *  and returns the local days covered (the filter's range, else the data's first..last day). */
template<typename OnRow>
Result<DayRange> stream(store::Database &db, const Filter &f, const std::atomic_bool *cancel, OnRow &&onRow)
{
    if (Status s = validate(f); !s)
        return s.error();
    store::TrendReader reader(db);
    const store::TrendSelection sel = f.selection();
    if (Status s = reader.check(sel); !s)
        return s.error();
    LocalClock clock(f.zone);
    QElapsedTimer timer;
    timer.start();
    qint64 firstDay = 0, lastDay = 0, rows = 0;
    bool any = false, cancelled = false;
    auto place = [&](qint64 utc, int verdict) {
        const LocalTime t = clock.at(utc);
        if (!any)
            firstDay = lastDay = t.day, any = true;
        firstDay = std::min(firstDay, t.day);
        lastDay = std::max(lastDay, t.day);
        onRow(t, verdict);
    };
    Status s = Status::success();
    if (sel.plan == store::TrendPlan::Covering) { // a block of rows per call: no call per row
        s = reader.forEachTimeBlock(sel, [&](const qint64 *utc, const int *verdict, int n) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return false;
            }
            for (int i = 0; i < n; ++i)
                place(utc[i], verdict[i]);
            rows += n;
            return true;
        });
    } else { // as before schema version 5, for comparisons: a call per row
        s = reader.forEachTime(sel, [&](qint64 utc, int verdict) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return false;
            }
            place(utc, verdict);
            ++rows;
            return true;
        });
    }
    qCDebug(lcTrends) << rows << "rows in" << timer.elapsed() << "ms," << clock.lookups() << "zone look-ups";
    if (!s)
        return s.error();
    if (cancelled)
        return Error{cancelledMessage(), QString()};
    DayRange r;
    r.first = f.from ? *f.from : (any ? QDate::fromJulianDay(firstDay + LocalTime::kJulianEpoch) : QDate());
    r.last = f.to ? *f.to : (any ? QDate::fromJulianDay(lastDay + LocalTime::kJulianEpoch) : QDate());
    if (r.first.isValid() && r.last.isValid() && r.first > r.last)
        r = {}; // e.g. only --to given and every message after it: nothing covered
    return r;
}

QDate periodStart(const QDate &d, Granularity g)
{
    switch (g) {
    case Granularity::Day: return d;
    case Granularity::Week: return d.addDays(1 - d.dayOfWeek());
    case Granularity::Month: return QDate(d.year(), d.month(), 1);
    }
    return d;
}

QDate nextPeriod(const QDate &d, Granularity g)
{
    switch (g) {
    case Granularity::Day: return d.addDays(1);
    case Granularity::Week: return d.addDays(7);
    case Granularity::Month: return d.addMonths(1);
    }
    return d;
}

QString periodLabel(const QDate &start, Granularity g)
{
    switch (g) {
    case Granularity::Day: return start.toString(Qt::ISODate);
    case Granularity::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Granularity::Month: return start.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

} // namespace

QString cancelledMessage()
{
    return QCoreApplication::translate("Trends", "Cancelled");
}

int defaultWindow(Granularity g)
{
    switch (g) {
    case Granularity::Day: return 7;
    case Granularity::Week: return 4;
    case Granularity::Month: return 3;
    }
    return 1;
}

std::array<int, 7> weekdaysIn(const DayRange &range)
{
    std::array<int, 7> n{};
    if (!range.isValid())
        return n;
    const qint64 days = range.days();
    const int firstDow = range.first.dayOfWeek();
    for (int i = 0; i < 7; ++i) // day i after the first is weekday (firstDow-1+i)%7
        n[(firstDow - 1 + i) % 7] = int(days / 7 + (i < days % 7 ? 1 : 0));
    return n;
}

WeekendEffect weekendEffect(const std::array<Counts, 7> &days, const DayRange &range)
{
    WeekendEffect e;
    const auto covered = weekdaysIn(range);
    for (int i = 0; i < 7; ++i) {
        if (i >= 5) {
            e.weekendDays += covered[i];
            e.weekendSpam += days[i].spam;
        } else {
            e.weekdayDays += covered[i];
            e.weekdaySpam += days[i].spam;
        }
    }
    if (e.weekendDays > 0)
        e.weekendMean = double(e.weekendSpam) / e.weekendDays;
    if (e.weekdayDays > 0)
        e.weekdayMean = double(e.weekdaySpam) / e.weekdayDays;
    if (e.weekendDays > 0 && e.weekdayDays > 0 && e.weekdaySpam > 0)
        e.change = e.weekendMean / e.weekdayMean - 1.0;
    return e;
}

QString WeekendEffect::text() const
{
    if (!change)
        return {};
    const long pct = std::lround(*change * 100.0);
    // U+2212 MINUS SIGN: the typographic minus a chart prints.
    QString n = QString::number(pct < 0 ? -pct : pct);
    if (pct < 0)
        n.prepend(QChar(0x2212));
    else if (pct > 0)
        n.prepend(QLatin1Char('+'));
    return QCoreApplication::translate("Trends", "weekend spam %1% vs weekdays").arg(n);
}

Result<WeekdayStats> byWeekday(store::Database &db, const Filter &f, const std::atomic_bool *cancel)
{
    WeekdayStats out;
    auto range = stream(db, f, cancel, [&](const LocalTime &t, int v) { out.days[t.weekday - 1].add(v); });
    if (!range)
        return range.error();
    out.range = range.value();
    out.daysCovered = weekdaysIn(out.range);
    out.weekend = weekendEffect(out.days, out.range);
    return out;
}

Result<HourStats> byHour(store::Database &db, const Filter &f, const std::atomic_bool *cancel)
{
    HourStats out;
    auto range = stream(db, f, cancel, [&](const LocalTime &t, int v) { out.hours[t.hour].add(v); });
    if (!range)
        return range.error();
    out.range = range.value();
    return out;
}

Result<WeekdayHourStats> byWeekdayHour(store::Database &db, const Filter &f, const std::atomic_bool *cancel)
{
    WeekdayHourStats out;
    auto range = stream(db, f, cancel, [&](const LocalTime &t, int v) { out.cells[t.weekday - 1][t.hour].add(v); });
    if (!range)
        return range.error();
    out.range = range.value();
    return out;
}

Result<Timeline> timeline(store::Database &db, const Filter &f, Granularity g, int window,
                          const std::atomic_bool *cancel)
{
    // One entry per local day that has mail; rows come in any order, mostly ascending.
    QHash<qint64, Counts> perDay;
    qint64 lastDay = std::numeric_limits<qint64>::min();
    Counts *last = nullptr;
    auto range = stream(db, f, cancel, [&](const LocalTime &t, int v) {
        if (t.day != lastDay || !last) {
            lastDay = t.day;
            last = &perDay[t.day];
        }
        last->add(v);
    });
    if (!range)
        return range.error();
    Timeline out;
    out.granularity = g;
    out.window = window > 0 ? window : defaultWindow(g);
    out.range = range.value();
    if (!out.range.isValid())
        return out;
    std::map<QDate, Counts> periods;
    for (QDate p = periodStart(out.range.first, g); p <= out.range.last; p = nextPeriod(p, g))
        periods[p] = Counts{};
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        periods[periodStart(QDate::fromJulianDay(it.key() + LocalTime::kJulianEpoch), g)] += it.value();
    double sumTotal = 0, sumSpam = 0;
    for (const auto &[start, c] : periods) {
        TimelinePoint p;
        p.start = start;
        p.label = periodLabel(start, g);
        p.counts = c;
        out.points.push_back(p);
        sumTotal += double(c.total);
        sumSpam += double(c.spam);
        const qsizetype n = out.points.size();
        if (n > out.window) {
            sumTotal -= double(out.points[n - 1 - out.window].counts.total);
            sumSpam -= double(out.points[n - 1 - out.window].counts.spam);
        }
        const double inWindow = double(std::min<qsizetype>(n, out.window));
        out.points.back().rollingTotal = sumTotal / inWindow;
        out.points.back().rollingSpam = sumSpam / inWindow;
    }
    return out;
}

Result<SeasonStats> bySeason(store::Database &db, const Filter &f, SeasonKind kind, const std::atomic_bool *cancel)
{
    std::map<int, YearSeries> years;
    const int slots = kind == SeasonKind::MonthOfYear ? 12 : 53;
    auto seriesOf = [&](int year) -> YearSeries & {
        auto it = years.find(year);
        if (it == years.end())
            it = years.emplace(year, YearSeries{year, QVector<Counts>(slots)}).first;
        return it->second;
    };
    qint64 cachedDay = std::numeric_limits<qint64>::min();
    Counts *slot = nullptr;
    auto range = stream(db, f, cancel, [&](const LocalTime &t, int v) {
        if (t.day != cachedDay) { // once per local day, not per row
            cachedDay = t.day;
            const QDate d = t.date();
            if (kind == SeasonKind::MonthOfYear) {
                slot = &seriesOf(d.year()).slots[d.month() - 1];
            } else {
                int isoYear = 0;
                const int week = d.weekNumber(&isoYear);
                slot = &seriesOf(isoYear).slots[week - 1];
            }
        }
        slot->add(v);
    });
    if (!range)
        return range.error();
    SeasonStats out;
    out.kind = kind;
    out.range = range.value();
    if (out.range.isValid()) { // every year the range touches, empty ones too
        int y0 = out.range.first.year(), y1 = out.range.last.year();
        if (kind == SeasonKind::IsoWeekOfYear) {
            out.range.first.weekNumber(&y0);
            out.range.last.weekNumber(&y1);
        }
        for (int y = y0; y <= y1; ++y)
            seriesOf(y);
    }
    for (auto &[y, s] : years)
        out.years.push_back(std::move(s));
    return out;
}

} // namespace mailtide::trends
