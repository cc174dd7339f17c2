#pragma once
/** @short Campaigns in the subjects: season campaigns (an event's keywords near its date) and
 *  bursts (terms whose daily count jumps far above their own recent baseline).
 *
 * Subjects only: the store keeps no message bodies (privacy), so a campaign that names its
 * season only in the body is not seen. Plain calls for a worker thread, on that thread's own
 * Database, cancellable like the aggregations (core/trends/Aggregate.h). */
#include "store/Database.h"
#include "trends/Aggregate.h"
#include "trends/Calendar.h"
#include "trends/Filter.h"

#include <QDate>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace mailtide::trends {

/** The messages of one event's window in one year whose subject carries its keywords. */
struct SeasonCampaign
{
    QString eventId;
    QString name;
    int year = 0;
    QDate date;          ///< the event's date that year
    QDate windowStart;
    QDate windowEnd;
    Counts counts;
    QHash<QString, qint64> byLanguage; ///< "en"/"fr"/"de" -> messages matched by that language's keywords
    QStringList examples; ///< up to 3 distinct subjects, the earliest received
};

/** Every event occurrence that has at least one matching message, by date. A message counts
 *  for each event whose window holds its local day and whose keywords its subject carries
 *  (any language). Which messages: the filter's (verdict included). */
Result<QVector<SeasonCampaign>> seasonCampaigns(store::Database &db, const Filter &f, const Calendar &calendar,
                                                const std::atomic_bool *cancel = nullptr);

/** Burst detection: a robust z-score of a term's daily message count against its own trailing
 *  baseline (median and MAD of the previous baselineDays days, zeros included).
 *    sigma = max(1.4826 · MAD, sqrt(median), 1)   (the sqrt: Poisson noise of a count; the 1:
 *                                                  a term never seen before)
 *    z = (count − median) / sigma
 *  A burst starts on a day with z >= zStart and count >= minCount, after at least
 *  minHistoryDays of data; it goes on while z >= zContinue against the baseline frozen at its
 *  start, and ends on the last such day. Bursts of different terms over the same messages (at
 *  least `overlap` of the smaller one's) are one campaign. */
struct BurstParams
{
    int baselineDays = 28;
    int minHistoryDays = 7;
    double zStart = 5.0;
    double zContinue = 2.0;
    int minCount = 5;
    double overlap = 0.5;
    int maxCampaigns = 50;
};

struct Burst
{
    QStringList terms;     ///< the bursting terms, strongest first
    QDate start;           ///< first local day of the burst
    QDate end;             ///< last local day (included)
    qint64 volume = 0;     ///< messages in start..end carrying any of the terms
    QDate peakDay;
    qint64 peakCount = 0;  ///< the strongest term's count on its peak day
    double peakZ = 0;
    double baseline = 0;   ///< the strongest term's baseline median at the start
    QStringList examples;  ///< up to 3 distinct subjects, of the first stored messages (lowest ids)
};

/** Bursts among the messages the filter selects (callers usually set verdict = Spam), by
 *  volume, largest first. */
Result<QVector<Burst>> bursts(store::Database &db, const Filter &f, const BurstParams &params = {},
                              const std::atomic_bool *cancel = nullptr);

/** The detector itself, over daily counts (index = day): the (start, end) index pairs of the
 *  bursts in one series. Pure; exposed for tests. */
struct BurstSpan
{
    int start = 0;
    int end = 0;
    int peak = 0;
    double peakZ = 0;
    double baseline = 0;
};
QVector<BurstSpan> detectBursts(const QVector<int> &daily, const BurstParams &params);

} // namespace mailtide::trends
