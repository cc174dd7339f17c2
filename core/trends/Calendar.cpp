#include "trends/Calendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace mailtide::trends {

namespace {

Error bad(const QString &origin, const QString &id, const QString &what)
{
    return Error{QCoreApplication::translate("Trends", "Invalid event calendar"),
                 origin + QStringLiteral(": ") + (id.isEmpty() ? QString() : id + QStringLiteral(": ")) + what};
}

int weekdayOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QString s = v.toString().left(3).toLower();
    for (int i = 0; i < 7; ++i)
        if (s == QLatin1String(names[i]))
            return i + 1;
    return 0;
}

Result<EventRule> parseRule(const QJsonObject &o, const QString &origin, const QString &id)
{
    EventRule r;
    const QString type = o.value(QStringLiteral("type")).toString();
    r.month = o.value(QStringLiteral("month")).toInt();
    r.day = o.value(QStringLiteral("day")).toInt();
    r.weekday = weekdayOf(o.value(QStringLiteral("weekday")));
    r.n = o.value(QStringLiteral("n")).toInt();
    r.days = o.value(QStringLiteral("days")).toInt();
    r.event = o.value(QStringLiteral("event")).toString();
    const bool monthOk = r.month >= 1 && r.month <= 12;
    if (type == QLatin1String("fixed")) {
        r.kind = EventRule::Kind::Fixed;
        if (!monthOk || !QDate::isValid(2024, r.month, r.day)) // 2024: a leap year allows 02-29
            return bad(origin, id, QStringLiteral("fixed needs a valid month and day"));
    } else if (type == QLatin1String("nth-weekday") || type == QLatin1String("last-weekday")) {
        r.kind = EventRule::Kind::NthWeekday;
        if (type == QLatin1String("last-weekday"))
            r.n = -1;
        if (!monthOk || r.weekday < 1 || r.weekday > 7 || r.n == 0 || r.n < -1 || r.n > 5)
            return bad(origin, id, QStringLiteral("%1 needs month, weekday and n (1..5 or -1)").arg(type));
    } else if (type == QLatin1String("easter")) {
        r.kind = EventRule::Kind::Easter;
    } else if (type == QLatin1String("after")) {
        r.kind = EventRule::Kind::After;
        if (r.event.isEmpty())
            return bad(origin, id, QStringLiteral("after needs an event"));
    } else if (type == QLatin1String("dates")) {
        r.kind = EventRule::Kind::Dates;
        for (const QJsonValue &v : o.value(QStringLiteral("dates")).toArray()) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid())
                return bad(origin, id, QStringLiteral("not a date: %1").arg(v.toString()));
            r.dates << d;
        }
        if (r.dates.isEmpty())
            return bad(origin, id, QStringLiteral("dates needs at least one date"));
    } else {
        return bad(origin, id,
                   QStringLiteral("unknown rule type '%1' (fixed, nth-weekday, last-weekday, easter, after, dates)")
                       .arg(type));
    }
    const QJsonObject avoid = o.value(QStringLiteral("if-same-day-as")).toObject();
    if (!avoid.isEmpty()) {
        r.avoidEvent = avoid.value(QStringLiteral("event")).toString();
        r.avoidShift = avoid.value(QStringLiteral("shift")).toInt();
        if (r.avoidEvent.isEmpty() || r.avoidShift == 0)
            return bad(origin, id, QStringLiteral("if-same-day-as needs an event and a non-zero shift"));
    }
    return r;
}

} // namespace

QDate Calendar::easter(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate Calendar::nthWeekday(int year, int month, int weekday, int n)
{
    if (n == -1) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(year, month, 1);
    const QDate d = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
    return d.month() == month ? d : QDate();
}

Result<Calendar> Calendar::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(origin, QString(), pe.errorString() + QStringLiteral(" at offset %1").arg(pe.offset));
    const QJsonArray events = doc.object().value(QStringLiteral("events")).toArray();
    if (!doc.isObject() || !doc.object().value(QStringLiteral("events")).isArray())
        return bad(origin, QString(), QStringLiteral("expected {\"events\": [...]}"));
    Calendar cal;
    for (const QJsonValue &v : events) {
        const QJsonObject o = v.toObject();
        Event e;
        e.id = o.value(QStringLiteral("id")).toString();
        if (e.id.isEmpty())
            return bad(origin, QString(), QStringLiteral("an event without an id"));
        if (cal.event(e.id))
            return bad(origin, e.id, QStringLiteral("defined twice"));
        e.name = o.value(QStringLiteral("name")).toString(e.id);
        const QJsonObject names = o.value(QStringLiteral("names")).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            e.names.insert(it.key(), it.value().toString());
        e.country = o.value(QStringLiteral("country")).toString().toUpper();
        auto rule = parseRule(o.value(QStringLiteral("rule")).toObject(), origin, e.id);
        if (!rule)
            return rule.error();
        e.rule = rule.value();
        const QJsonArray window = o.value(QStringLiteral("window")).toArray();
        if (window.size() == 2) {
            e.before = window.at(0).toInt();
            e.after = window.at(1).toInt();
        }
        if (e.before < 0 || e.after < 0 || e.before > 366 || e.after > 366)
            return bad(origin, e.id, QStringLiteral("window needs [days before, days after], 0..366"));
        const QJsonObject kw = o.value(QStringLiteral("keywords")).toObject();
        for (auto it = kw.begin(); it != kw.end(); ++it) {
            QStringList phrases;
            for (const QJsonValue &p : it.value().toArray())
                if (!p.toString().trimmed().isEmpty())
                    phrases << p.toString();
            e.keywords.insert(it.key(), phrases);
        }
        e.annotate = o.value(QStringLiteral("annotate")).toBool(true);
        cal.m_events.push_back(std::move(e));
    }
    if (Status s = cal.checkReferences(origin); !s)
        return s.error();
    return cal;
}

Result<Calendar> Calendar::load(const QString &userFile)
{
    QFile builtin(builtinPath());
    if (!builtin.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Trends", "The built-in event calendar is missing"), builtinPath()};
    auto cal = fromJson(builtin.readAll(), builtinPath());
    if (!cal || userFile.isEmpty() || !QFile::exists(userFile))
        return cal;
    QFile f(userFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Trends", "Cannot read the event calendar"),
                     userFile + QStringLiteral(": ") + f.errorString()};
    auto user = fromJson(f.readAll(), userFile);
    if (!user)
        return user.error();
    if (Status s = cal->merge(user.value()); !s)
        return s.error();
    return cal;
}

QString Calendar::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/events.json");
}

Status Calendar::merge(const Calendar &other)
{
    for (const Event &e : other.m_events) {
        auto it = std::find_if(m_events.begin(), m_events.end(), [&](const Event &x) { return x.id == e.id; });
        if (it != m_events.end())
            *it = e;
        else
            m_events.push_back(e);
    }
    return checkReferences(QStringLiteral("merged calendar"));
}

Status Calendar::checkReferences(const QString &origin) const
{
    for (const Event &e : m_events) {
        for (const QString &ref : {e.rule.event, e.rule.avoidEvent})
            if (!ref.isEmpty() && !event(ref))
                return bad(origin, e.id, QStringLiteral("refers to unknown event '%1'").arg(ref));
        // A chain longer than the number of events is a cycle.
        const Event *cur = &e;
        for (qsizetype steps = 0; cur && cur->rule.kind == EventRule::Kind::After; ++steps) {
            if (steps > m_events.size())
                return bad(origin, e.id, QStringLiteral("its 'after' rules form a cycle"));
            cur = event(cur->rule.event);
        }
    }
    return Status::success();
}

const Event *Calendar::event(const QString &id) const
{
    for (const Event &e : m_events)
        if (e.id == id)
            return &e;
    return nullptr;
}

std::optional<QDate> Calendar::resolve(const Event &e, int year, int depth) const
{
    if (depth > 32)
        return std::nullopt;
    const EventRule &r = e.rule;
    QDate d;
    switch (r.kind) {
    case EventRule::Kind::Fixed: d = QDate(year, r.month, r.day); break; // 02-29 is invalid in other years
    case EventRule::Kind::NthWeekday: d = nthWeekday(year, r.month, r.weekday, r.n); break;
    case EventRule::Kind::Easter: d = easter(year).addDays(r.days); break;
    case EventRule::Kind::After: {
        const Event *base = event(r.event);
        const auto b = base ? resolve(*base, year, depth + 1) : std::nullopt;
        if (b)
            d = b->addDays(r.days);
        break;
    }
    case EventRule::Kind::Dates:
        for (const QDate &x : r.dates)
            if (x.year() == year) {
                d = x;
                break;
            }
        break;
    }
    if (!d.isValid())
        return std::nullopt;
    if (!r.avoidEvent.isEmpty()) {
        const Event *other = event(r.avoidEvent);
        if (other && other != &e && resolve(*other, year, depth + 1) == d)
            d = d.addDays(r.avoidShift);
    }
    return d;
}

std::optional<QDate> Calendar::dateOf(const QString &id, int year) const
{
    const Event *e = event(id);
    return e ? resolve(*e, year, 0) : std::nullopt;
}

void Calendar::setCountries(const QStringList &countries)
{
    m_countries.clear();
    for (const QString &c : countries)
        m_countries << (c.compare(QLatin1String("UK"), Qt::CaseInsensitive) == 0 ? QStringLiteral("GB") : c.toUpper());
}

bool Calendar::kept(const Event &e) const
{
    return e.country.isEmpty() || m_countries.isEmpty() || m_countries.contains(e.country, Qt::CaseInsensitive);
}

QVector<Occurrence> Calendar::occurrences(int fromYear, int toYear) const
{
    QVector<Occurrence> out;
    for (int y = fromYear; y <= toYear; ++y)
        for (const Event &e : m_events)
            if (kept(e))
                if (const auto d = resolve(e, y, 0))
                    out.push_back({e.id, e.name, *d, d->addDays(-e.before), d->addDays(e.after), e.annotate});
    std::stable_sort(out.begin(), out.end(), [](const Occurrence &a, const Occurrence &b) { return a.date < b.date; });
    return out;
}

} // namespace mailtide::trends
