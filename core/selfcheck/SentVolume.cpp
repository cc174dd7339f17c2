#include "selfcheck/SentVolume.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mailtide::selfcheck {

namespace {

/** Median of values (reordered). Empty: 0. */
double median(std::vector<double> &values)
{
    if (values.empty()) return 0;
    const size_t n = values.size();
    const auto mid = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    const double upper = *mid;
    if (n % 2 == 1) return upper;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2;
}

/** A hostile or corrupt time (year 300,000) must not make perDay() fill millions of days. */
constexpr qint64 kMaxDays = 100 * 366;

} // namespace

QList<DayCount> perDay(const QList<qint64> &utcTimes, const QTimeZone &zone)
{
    QMap<QDate, int> counts;
    for (const qint64 t : utcTimes) {
        const QDate d = QDateTime::fromSecsSinceEpoch(t, zone).date();
        if (d.isValid()) ++counts[d];
    }
    QList<DayCount> out;
    if (counts.isEmpty()) return out;
    const QDate first = counts.firstKey();
    QDate last = counts.lastKey();
    if (first.daysTo(last) >= kMaxDays) last = first.addDays(kMaxDays - 1); // the rest is beyond belief: dropped
    out.reserve(first.daysTo(last) + 1);
    for (QDate d = first; d <= last; d = d.addDays(1))
        out.append({d, counts.value(d, 0)});
    return out;
}

QList<VolumeSpike> detectSpikes(const QList<DayCount> &days, const SpikeOptions &options)
{
    QList<VolumeSpike> spikes;
    if (days.isEmpty() || options.window <= 0) return spikes;
    // By date, so that a day missing from the list counts as a day with no mail (as perDay() would
    // have listed it) and duplicates add up.
    QMap<QDate, int> byDay;
    for (const DayCount &d : days) {
        if (d.day.isValid()) byDay[d.day] += d.count;
    }
    if (byDay.isEmpty()) return spikes;
    const QDate first = byDay.firstKey();
    std::vector<double> history;
    std::vector<double> deviations;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const QDate day = it.key();
        const qint64 before = std::min<qint64>(first.daysTo(day), options.window);
        if (before < options.minHistory || before <= 0) continue;
        history.clear();
        for (qint64 k = before; k >= 1; --k)
            history.push_back(byDay.value(day.addDays(-k), 0));
        const double med = median(history);
        deviations.clear();
        for (const double v : history)
            deviations.push_back(std::abs(v - med));
        const double mad = median(deviations);
        const double threshold =
            std::max({double(options.minCount), options.factor * med, med + options.madFactor * 1.4826 * mad});
        if (double(it.value()) > threshold) spikes.append({day, it.value(), med, threshold});
    }
    return spikes;
}

} // namespace mailtide::selfcheck
