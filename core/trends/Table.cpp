#include "trends/Table.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mailtide::trends {

namespace {

const QStringList kCounts = {QStringLiteral("total"), QStringLiteral("spam"), QStringLiteral("ham"),
                             QStringLiteral("unsure"), QStringLiteral("spam_share")};

void appendCounts(QVariantList &row, const Counts &c)
{
    row << c.total << c.spam << c.ham << c.unsure << c.spamShare();
}

} // namespace

QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: return QString::number(v.toDouble(), 'f', 4);
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList: return v.toStringList().join(QStringLiteral(" | "));
    default: return v.toString();
    }
}

namespace {

QByteArray csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')) && !s.startsWith(QLatin1Char('#')))
        return s.toUtf8();
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + q.toUtf8() + '"';
}

QJsonValue json(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong: case QMetaType::Int: return QJsonValue(v.toLongLong());
    case QMetaType::Double: return QJsonValue(v.toDouble());
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList: return QJsonArray::fromStringList(v.toStringList());
    default: return v.toString();
    }
}

} // namespace

QString weekdayKey(int isoWeekday)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return isoWeekday >= 1 && isoWeekday <= 7 ? QString::fromLatin1(names[isoWeekday - 1]) : QString();
}

Table tableOf(const WeekdayStats &s)
{
    Table t{QStringLiteral("weekday"), QStringList{QStringLiteral("weekday"), QStringLiteral("name"), QStringLiteral("days")} + kCounts, {}, {}, {}};
    for (int d = 0; d < 7; ++d) {
        QVariantList row{d + 1, weekdayKey(d + 1), s.daysCovered[d]};
        appendCounts(row, s.days[d]);
        t.rows << row;
    }
    const WeekendEffect &w = s.weekend;
    if (w.change)
        t.notes << w.text();
    t.extra.insert(QStringLiteral("weekend"),
                   QJsonObject{{QStringLiteral("weekend_days"), w.weekendDays},
                               {QStringLiteral("weekday_days"), w.weekdayDays},
                               {QStringLiteral("weekend_spam_per_day"), w.weekendMean},
                               {QStringLiteral("weekday_spam_per_day"), w.weekdayMean},
                               {QStringLiteral("change"), w.change ? QJsonValue(*w.change) : QJsonValue()},
                               {QStringLiteral("text"), w.text()}});
    return t;
}

Table tableOf(const HourStats &s)
{
    Table t{QStringLiteral("hour"), QStringList{QStringLiteral("hour")} + kCounts, {}, {}, {}};
    for (int h = 0; h < 24; ++h) {
        QVariantList row{h};
        appendCounts(row, s.hours[h]);
        t.rows << row;
    }
    return t;
}

Table tableOf(const WeekdayHourStats &s)
{
    Table t{QStringLiteral("weekday-hour"), QStringList{QStringLiteral("weekday"), QStringLiteral("name"), QStringLiteral("hour")} + kCounts, {}, {}, {}};
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            QVariantList row{d + 1, weekdayKey(d + 1), h};
            appendCounts(row, s.cells[d][h]);
            t.rows << row;
        }
    return t;
}

Table tableOf(const Timeline &tl)
{
    static const char *const kinds[] = {"day", "week", "month"};
    Table t{QString::fromLatin1(kinds[int(tl.granularity)]),
            QStringList{QStringLiteral("period"), QStringLiteral("start")} + kCounts
                + QStringList{QStringLiteral("rolling_total"), QStringLiteral("rolling_spam")},
            {}, {}, {}};
    for (const TimelinePoint &p : tl.points) {
        QVariantList row{p.label, p.start};
        appendCounts(row, p.counts);
        row << p.rollingTotal << p.rollingSpam;
        t.rows << row;
    }
    t.extra.insert(QStringLiteral("rolling_window"), tl.window);
    return t;
}

Table tableOf(const SeasonStats &s)
{
    const bool months = s.kind == SeasonKind::MonthOfYear;
    Table t{months ? QStringLiteral("season") : QStringLiteral("isoweek"),
            QStringList{QStringLiteral("year"), months ? QStringLiteral("month") : QStringLiteral("week")} + kCounts, {}, {}, {}};
    for (const YearSeries &y : s.years)
        for (int i = 0; i < y.slots.size(); ++i) {
            if (!months && i == 52 && QDate(y.year, 12, 28).weekNumber() < 53)
                continue; // no week 53 that ISO year
            QVariantList row{y.year, i + 1};
            appendCounts(row, y.slots[i]);
            t.rows << row;
        }
    return t;
}

Table tableOf(const QVector<SeasonCampaign> &cs)
{
    Table t{QStringLiteral("campaigns"),
            QStringList{QStringLiteral("event"), QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("date"),
                        QStringLiteral("window_start"), QStringLiteral("window_end")}
                + kCounts + QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("examples")},
            {}, {}, {}};
    for (const SeasonCampaign &c : cs) {
        QVariantList row{c.eventId, c.name, c.year, c.date, c.windowStart, c.windowEnd};
        appendCounts(row, c.counts);
        row << c.byLanguage.value(QStringLiteral("en")) << c.byLanguage.value(QStringLiteral("fr"))
            << c.byLanguage.value(QStringLiteral("de")) << QVariant(c.examples);
        t.rows << row;
    }
    return t;
}

Table tableOf(const QVector<Burst> &bs)
{
    Table t{QStringLiteral("bursts"),
            {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("terms"), QStringLiteral("volume"),
             QStringLiteral("peak_day"), QStringLiteral("peak_count"), QStringLiteral("peak_z"), QStringLiteral("baseline"),
             QStringLiteral("examples")},
            {}, {}, {}};
    for (const Burst &b : bs)
        t.rows << QVariantList{b.start, b.end, QVariant(b.terms), b.volume, b.peakDay, b.peakCount,
                               b.peakZ, b.baseline, QVariant(b.examples)};
    return t;
}

QByteArray toCsv(const Table &t, const Filter &f)
{
    QByteArray out = "# " + f.describe().toUtf8() + "\r\n# filters:";
    const QJsonObject filters = f.toJson();
    for (auto it = filters.begin(); it != filters.end(); ++it)
        out += ' ' + it.key().toUtf8() + '=' + (it.value().isNull() ? QByteArray() : it.value().toString().toUtf8());
    out += "\r\n";
    for (const QString &n : t.notes)
        out += "# " + n.toUtf8() + "\r\n";
    QByteArrayList header;
    for (const QString &c : t.columns)
        header << csvField(c);
    out += header.join(',') + "\r\n";
    for (const QVariantList &row : t.rows) {
        QByteArrayList cells;
        for (const QVariant &v : row)
            cells << csvField(cellText(v));
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QByteArray toJson(const Table &t, const Filter &f)
{
    QJsonObject o = t.extra;
    o.insert(QStringLiteral("kind"), t.kind);
    o.insert(QStringLiteral("filters"), f.toJson());
    o.insert(QStringLiteral("description"), f.describe());
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(t.columns));
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(t.notes));
    QJsonArray rows;
    for (const QVariantList &row : t.rows) {
        QJsonObject r;
        for (int i = 0; i < row.size() && i < t.columns.size(); ++i)
            r.insert(t.columns[i], json(row[i]));
        rows.append(r);
    }
    o.insert(QStringLiteral("rows"), rows);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace mailtide::trends
