#include "trends/LocalClock.h"

#include <QDateTime>

#include <algorithm>

namespace mailtide::trends {

LocalClock::LocalClock(QTimeZone zone) : m_zone(std::move(zone)), m_transitions(m_zone.hasTransitions())
{
}

void LocalClock::find(qint64 utc)
{
    if (!m_transitions) { // one interval for ever, or 15-minute slots: not worth a table
        m_cur = ask(utc);
        return;
    }
    // The interval holding utc: in the table (binary search), else asked of the zone.
    auto it = std::upper_bound(m_known.begin(), m_known.end(), utc,
                               [](qint64 t, const Interval &i) { return t < i.from; });
    if (it != m_known.begin() && utc < std::prev(it)->until) {
        m_cur = *std::prev(it);
        return;
    }
    m_cur = ask(utc);
    // Keep the table disjoint: clip the new interval to its neighbours.
    if (it != m_known.begin())
        m_cur.from = std::max(m_cur.from, std::prev(it)->until);
    if (it != m_known.end())
        m_cur.until = std::min(m_cur.until, it->from);
    m_known.insert(it, m_cur);
}

LocalClock::Interval LocalClock::ask(qint64 utc)
{
    ++m_lookups;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc());
    Interval i;
    i.offset = m_zone.offsetFromUtc(at);
    if (!m_transitions) {
        // Fixed-offset zones (UTC, "UTC+02:00") never change; a zone with DST but no transition
        // data is asked again for the next 15-minute slot (offsets change on those, at worst).
        if (!m_zone.hasDaylightTime())
            return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), i.offset};
        i.from = utc - ((utc % 900) + 900) % 900;
        i.until = i.from + 900;
        return i;
    }
    // previousTransition() is strictly before its argument: ask just after utc, so a
    // transition at utc itself starts the interval.
    const QTimeZone::OffsetData prev = m_zone.previousTransition(at.addSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    i.from = prev.atUtc.isValid() ? prev.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    i.until = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (i.from > utc || i.until <= utc) // a backend disagreeing with itself: trust this instant only
        i.from = utc, i.until = utc + 1;
    return i;
}

} // namespace mailtide::trends
