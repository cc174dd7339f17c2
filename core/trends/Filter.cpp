#include "trends/Filter.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace mailtide::trends {

store::TrendSelection Filter::selection() const
{
    store::TrendSelection s;
    s.account = account;
    s.folder = folder;
    s.plan = plan;
    if (from)
        s.fromUtc = from->startOfDay(zone).toSecsSinceEpoch();
    if (to)
        s.toUtc = to->addDays(1).startOfDay(zone).toSecsSinceEpoch();
    switch (verdict) {
    case VerdictFilter::All: break;
    case VerdictFilter::Spam: s.verdict = 1; break;
    case VerdictFilter::Ham: s.verdict = 0; break;
    case VerdictFilter::Unsure: s.verdict = 2; break;
    }
    return s;
}

QString toString(VerdictFilter v)
{
    switch (v) {
    case VerdictFilter::All: return QStringLiteral("all");
    case VerdictFilter::Spam: return QStringLiteral("spam");
    case VerdictFilter::Ham: return QStringLiteral("ham");
    case VerdictFilter::Unsure: return QStringLiteral("unsure");
    }
    return QStringLiteral("all");
}

Result<VerdictFilter> parseVerdict(const QString &s)
{
    for (auto v : {VerdictFilter::All, VerdictFilter::Spam, VerdictFilter::Ham, VerdictFilter::Unsure})
        if (s == toString(v))
            return v;
    return Error{QCoreApplication::translate("Trends", "Unknown verdict (spam, ham, unsure or all)"), s};
}

Result<QTimeZone> parseZone(const QString &s)
{
    if (s.isEmpty() || s == QLatin1String("system"))
        return QTimeZone::systemTimeZone();
    if (s == QLatin1String("UTC"))
        return QTimeZone::utc();
    QTimeZone z(s.toUtf8());
    if (!z.isValid())
        return Error{QCoreApplication::translate("Trends", "Unknown time zone (use an IANA name such as Europe/Paris)"), s};
    return z;
}

Result<QDate> parseDate(const QString &s)
{
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        return Error{QCoreApplication::translate("Trends", "Not a date (use YYYY-MM-DD)"), s};
    return d;
}

Status validate(const Filter &f)
{
    if (!f.zone.isValid())
        return Error{QCoreApplication::translate("Trends", "Invalid time zone"), QString()};
    if (f.from && f.to && *f.from > *f.to)
        return Error{QCoreApplication::translate("Trends", "The start date is after the end date"),
                     f.from->toString(Qt::ISODate) + QStringLiteral(" > ") + f.to->toString(Qt::ISODate)};
    return Status::success();
}

QString Filter::describe() const
{
    const QString sep = QStringLiteral(" · ");
    QString s = account.isEmpty() ? QCoreApplication::translate("Trends", "All accounts") : account;
    s += sep + (folder.isEmpty() ? QCoreApplication::translate("Trends", "all folders") : folder);
    switch (verdict) {
    case VerdictFilter::All: s += sep + QCoreApplication::translate("Trends", "all verdicts"); break;
    case VerdictFilter::Spam: s += sep + QCoreApplication::translate("Trends", "spam only"); break;
    case VerdictFilter::Ham: s += sep + QCoreApplication::translate("Trends", "not spam only"); break;
    case VerdictFilter::Unsure: s += sep + QCoreApplication::translate("Trends", "unsure only"); break;
    }
    const QString f = from ? from->toString(Qt::ISODate) : QCoreApplication::translate("Trends", "first message");
    const QString t = to ? to->toString(Qt::ISODate) : QCoreApplication::translate("Trends", "last message");
    s += sep + f + QStringLiteral(" – ") + t;
    s += sep + QCoreApplication::translate("Trends", "received time, %1").arg(QString::fromUtf8(zone.id()));
    return s;
}

QJsonObject Filter::toJson() const
{
    auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    return {{QStringLiteral("account"), orNull(account)},
            {QStringLiteral("folder"), orNull(folder)},
            {QStringLiteral("from"), from ? QJsonValue(from->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("to"), to ? QJsonValue(to->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("verdict"), toString(verdict)},
            {QStringLiteral("tz"), QString::fromUtf8(zone.id())},
            {QStringLiteral("time"), QStringLiteral("received")}};
}

} // namespace mailtide::trends
