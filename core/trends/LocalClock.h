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

#include <algorithm>
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
        // Rows mostly come in time order (the time index): the local hour of the last call
        // answers most calls with two comparisons.
        if (utc >= m_hourFrom && utc < m_hourUntil)
            return m_hourTime;
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
        // The instants of this local hour under this offset: the same day, hour and weekday.
        const qint64 hourStart = utc - secs % 3600;
        m_hourFrom = std::max(hourStart, m_cur.from);
        m_hourUntil = std::min(hourStart + 3600, m_cur.until);
        m_hourTime = t;
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
    qint64 m_hourFrom = 0;  ///< the last local hour met, within m_cur: [from, until) in UTC
    qint64 m_hourUntil = 0; ///< (empty at first)
    LocalTime m_hourTime;
    int m_lookups = 0;
};

} // namespace mailtide::trends
