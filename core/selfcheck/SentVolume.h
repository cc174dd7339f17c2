#pragma once
/** @short Messages sent per day and the days that jump: how a compromised account or a spambot on
 *  a company machine shows in the Sent folder (and in the server's outgoing counts).
 *
 * A day is a spike when its count is well above what the days before it were: more than
 * max(minCount, factor x the trailing median, median + madFactor x 1.4826 x MAD) over the previous
 * window days (zero days included). Robust statistics, so one earlier spike does not hide the next
 * and a quiet week does not make an ordinary day look like one. Pure functions. */
#include <QDate>
#include <QList>
#include <QTimeZone>

namespace mailtide::selfcheck {

struct DayCount
{
    QDate day;
    int count = 0;
};

struct VolumeSpike
{
    QDate day;
    int count = 0;
    double baseline = 0;  ///< the trailing median
    double threshold = 0; ///< what the count had to exceed
};

struct SpikeOptions
{
    int window = 28;        ///< days before a day that make its baseline
    int minHistory = 7;     ///< fewer days before it: no verdict on that day
    int minCount = 20;      ///< never a spike at or below this many messages a day
    double factor = 4.0;    ///< ... nor at or below factor x the median
    double madFactor = 6.0; ///< ... nor at or below median + madFactor x 1.4826 x MAD
};

/** Counts per calendar day in zone, every day from the first to the last (zeros included), in order. */
QList<DayCount> perDay(const QList<qint64> &utcTimes, const QTimeZone &zone = QTimeZone::systemTimeZone());

/** The spikes among days (consecutive days in order, as perDay() gives them). */
QList<VolumeSpike> detectSpikes(const QList<DayCount> &days, const SpikeOptions &options = {});

} // namespace mailtide::selfcheck
