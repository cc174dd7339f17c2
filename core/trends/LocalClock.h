#pragma once
/** @short UTC instants to local wall-clock days and hours in one time zone, fast and DST-correct.
 *
 * QTimeZone::offsetFromUtc() costs about half a microsecond a call; trends convert hundreds of
 * thousands of rows. A LocalClock asks the zone once per offset interval (between two of the
 * zone's transitions: QTimeZone::previousTransition / nextTransition), keeps the intervals it has
 * met in a sorted table, and converts with integer arithmetic: the last interval used first,
 * else a binary search, so rows in any order are fast (a year of a DST zone is two intervals).
 * Zones without transition data are asked per 15-minute slot. One LocalClock per thread: it is
 * a cache, not shared. */
#include <QDate>
#include <QTimeZone>

#include <limits>
#include <vector>

namespace mailtide::trends {

struct LocalTime
{
    qint64 day = 0; ///< days since 1970-01-01 in local time (a Julian day minus 2440588)
    int hour = 0;   ///< local wall-clock hour 0..23 (on a fall-back day hour 2 holds two hours)
    int weekday = 1; ///< ISO: 1 = Monday .. 7 = Sunday
    QDate date() const { return QDate::fromJulianDay(day + kJulianEpoch); }
    static constexpr qint64 kJulianEpoch = 2440588; ///< QDate(1970, 1, 1).toJulianDay()
};

class LocalClock
{
public:
    explicit LocalClock(QTimeZone zone);

    LocalTime at(qint64 utc)
    {
        if (utc < m_cur.from || utc >= m_cur.until)
            find(utc);
        const qint64 local = utc + m_cur.offset;
        const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        const qint64 secs = local - day * 86400;
        LocalTime t;
        t.day = day;
        t.hour = int(secs / 3600);
        // 1970-01-01 was a Thursday (ISO 4).
        const qint64 w = (day + 3) % 7;
        t.weekday = int(w < 0 ? w + 7 : w) + 1;
        return t;
    }

    /** How many times the zone was asked for an offset (for tests and benchmarks). */
    int lookups() const { return m_lookups; }

    static qint64 dayOf(const QDate &d) { return d.toJulianDay() - LocalTime::kJulianEpoch; }

private:
    struct Interval
    {
        qint64 from = 0;
        qint64 until = std::numeric_limits<qint64>::min(); ///< exclusive; empty by default
        int offset = 0;
    };
    void find(qint64 utc);
    Interval ask(qint64 utc);
    QTimeZone m_zone;
    bool m_transitions = false;
    Interval m_cur;
    std::vector<Interval> m_known; ///< sorted by from, disjoint
    int m_lookups = 0;
};

} // namespace mailtide::trends
