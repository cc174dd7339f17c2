#pragma once
/** @short What a trend looks at, and in which time zone: the filters every chart and export
 *  shares, with a plain-words description for a chart's title or footer.
 *
 * A value: built on the GUI thread from the user's choices, copied to the worker that
 * aggregates. Dates are whole days in the chosen zone, both ends included. */
#include "store/TrendReader.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace mailtide::trends {

enum class VerdictFilter { All, Spam, Ham, Unsure };

struct Filter
{
    QString account;             ///< empty: every account
    QString folder;              ///< empty: every folder
    std::optional<QDate> from;   ///< first day counted, in `zone`
    std::optional<QDate> to;     ///< last day counted, in `zone` (included)
    VerdictFilter verdict = VerdictFilter::All;
    QTimeZone zone = QTimeZone::systemTimeZone();
    /** How the store reads (not a choice the user makes, not in describe() or toJson()):
     *  TableScan is the read before schema version 5, for the benchmark and the tests that
     *  check both reads agree. */
    store::TrendPlan plan = store::TrendPlan::Covering;

    /** The store selection: the day range turned into UTC instants at the zone's midnights
     *  (DST-correct: a day may last 23 or 25 hours). */
    store::TrendSelection selection() const;
    /** One line for a chart footer, translated: "All accounts · INBOX · spam · 2024-01-01 – 2024-12-31 · Europe/Paris". */
    QString describe() const;
    /** {"account", "folder", "from", "to", "verdict", "tz"}; unset ones are null. */
    QJsonObject toJson() const;
};

QString toString(VerdictFilter v); ///< "all", "spam", "ham", "unsure" (not translated: a keyword)
Result<VerdictFilter> parseVerdict(const QString &s);
/** An IANA zone id ("Europe/Paris"), "UTC", or "system". */
Result<QTimeZone> parseZone(const QString &s);
/** An ISO date, YYYY-MM-DD. */
Result<QDate> parseDate(const QString &s);
/** Checks from <= to. */
Status validate(const Filter &f);

} // namespace mailtide::trends
