#include "trends/LocalClock.h"

#include <QDateTime>

namespace mailtide::trends {

LocalClock::LocalClock(QTimeZone zone) : m_zone(std::move(zone)), m_transitions(m_zone.hasTransitions())
{
}

void LocalClock::refill(qint64 utc)
{
    ++m_lookups;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc());
    m_offset = m_zone.offsetFromUtc(at);
    m_from = utc;
    if (!m_transitions) {
        // A fixed-offset zone (UTC, "UTC+02:00") never changes; one with unknown rules gets
        // asked again at the next hour (offsets change on whole hours, at worst half hours:
        // asking per 15 minutes stays correct there too).
        m_until = m_zone.isDaylightTime(at) || m_zone.hasDaylightTime() ? utc - (utc % 900) + 900
                                                                          : std::numeric_limits<qint64>::max();
        return;
    }
    // The offset holds from this instant until the next transition strictly after it.
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    m_until = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (m_until <= utc) // defensive: a backend answering "at or after" would stall us
        m_until = utc + 1;
}

} // namespace mailtide::trends
