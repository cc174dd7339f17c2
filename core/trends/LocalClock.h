#pragma once
/** @short UTC instants to local wall-clock days and hours in one time zone, fast and DST-correct.
 *
 * QTimeZone::offsetFromUtc() costs microseconds a call; trends convert hundreds of thousands of
 * rows. A LocalClock asks the zone once per offset interval (from one instant to the zone's next
 * transition, QTimeZone::nextTransition) and then converts with integer arithmetic. Rows in
 * ascending order (as TrendReader gives them) hit the cached interval; an instant before it
 * just starts a new interval. Zones without transition data fall back to offsetFromUtc per call.
 * One LocalClock per thread: it is a cache, not shared. */
#include <QDate>
#include <QTimeZone>

#include <limits>

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
        if (utc < m_from || utc >= m_until)
            refill(utc);
        const qint64 local = utc + m_offset;
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
    void refill(qint64 utc);
    QTimeZone m_zone;
    bool m_transitions = false;
    qint64 m_from = 0;
    qint64 m_until = std::numeric_limits<qint64>::min(); // empty: the first call refills
    int m_offset = 0;
    int m_lookups = 0;
};

} // namespace mailtide::trends
