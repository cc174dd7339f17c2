#pragma once
/** @short The numbers behind a chart as a table: named columns, typed cells, the filters; and
 *  its CSV and JSON forms (the "CSV behind the chart" of every export, and mailtide-cli stats).
 *
 * Column names and ISO labels are stable keywords (not translated): scripts read them. */
#include "trends/Aggregate.h"
#include "trends/Campaigns.h"
#include "trends/Filter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace mailtide::trends {

struct Table
{
    QString kind;          ///< "weekday", "hour", "weekday-hour", "day", "week", "month", "season", "isoweek", "campaigns", "bursts"
    QStringList columns;
    QVector<QVariantList> rows; ///< qint64, int, double, QString, QDate or QStringList cells (CSV joins lists with " | ")
    QStringList notes;     ///< extra facts for a footer ("weekend spam −27% vs weekdays")
    QJsonObject extra;     ///< the same, machine-readable, merged into the JSON
};

Table tableOf(const WeekdayStats &s);
Table tableOf(const HourStats &s);
Table tableOf(const WeekdayHourStats &s);
Table tableOf(const Timeline &t);
Table tableOf(const SeasonStats &s);
Table tableOf(const QVector<SeasonCampaign> &c);
Table tableOf(const QVector<Burst> &b);

/** RFC 4180 CSV (CRLF line ends, quotes doubled), UTF-8. The first lines start with '#': the
 *  filters (Filter::describe() and its key=value form) and the notes; then the header row. */
QByteArray toCsv(const Table &t, const Filter &f);
/** {"kind", "filters": Filter::toJson(), "columns", "rows": [{column: value}...], "notes", ...extra}. */
QByteArray toJson(const Table &t, const Filter &f);

/** The CSV text of one cell (shares with 4 decimals, dates ISO, lists joined with " | "). */
QString cellText(const QVariant &v);

/** English weekday name (ISO 1 = Monday), for CSV and JSON (not translated). */
QString weekdayKey(int isoWeekday);

} // namespace mailtide::trends
