#pragma once
/** @short The event calendar: holidays, shopping days, tax deadlines and the user's own dates,
 *  as rules in data (resources/events/events.json, compiled in as :/mailtide/events.json).
 *
 * Rules: a fixed date; the nth (or last) weekday of a month; an offset from Easter (Gregorian
 * computus); an offset from another event; a list of explicit dates. A rule may shift when it
 * falls on the same day as another event (France's Mother's Day moves a week when it meets
 * Pentecost). Country presets are events with a "country" field, kept or dropped by
 * setCountries(). The user extends or overrides it with a file of the same format (same id
 * replaces). A value, cheap to copy; pure once loaded. */
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <optional>

namespace mailtide::trends {

struct EventRule
{
    enum class Kind { Fixed, NthWeekday, Easter, After, Dates };
    Kind kind = Kind::Fixed;
    int month = 0;
    int day = 0;
    int weekday = 0;     ///< ISO 1 = Monday .. 7 = Sunday
    int n = 0;           ///< 1..5, or -1 for the last one of the month
    int days = 0;        ///< offset for Easter / After
    QString event;       ///< After: the event this one follows
    QVector<QDate> dates; ///< Dates
    QString avoidEvent;  ///< when on the same day as this event ...
    int avoidShift = 0;  ///< ... move by this many days
};

struct Event
{
    QString id;
    QString name;                 ///< English
    QHash<QString, QString> names; ///< language ("fr", "de") -> name
    QString country;              ///< ISO 3166 code of a country preset; empty: everywhere
    EventRule rule;
    int before = 14;              ///< campaign window: days before the date ...
    int after = 3;                ///< ... and after it
    QHash<QString, QStringList> keywords; ///< language -> phrases ("black friday", "schwarzer freitag")
    bool annotate = true;         ///< drawn on charts (helper events such as Pentecost are not)

    QString displayName(const QString &language) const { return names.value(language, name); }
};

struct Occurrence
{
    QString eventId;
    QString name;
    QDate date;
    QDate windowStart;
    QDate windowEnd;
    bool annotate = true; ///< Event::annotate: drawn on charts
};

class Calendar
{
public:
    /** The built-in calendar, then the user's file on top when userFile is set and exists
     *  (a missing file is not an error: the user has none yet; a broken one is). */
    static Result<Calendar> load(const QString &userFile = {});
    /** Parses one calendar document; origin names it in errors (a path). */
    static Result<Calendar> fromJson(const QByteArray &json, const QString &origin);
    /** Where the user's own events live: <settings dir>/events.json. */
    static QString defaultUserFile();
    static QString builtinPath() { return QStringLiteral(":/mailtide/events.json"); }

    /** Adds other's events; one with an id already here replaces it. Checks references. */
    Status merge(const Calendar &other);

    /** Keeps only country presets of these countries (plus events for everywhere). Empty: all.
     *  ISO 3166 codes; "UK" is taken as "GB". */
    void setCountries(const QStringList &countries);

    const QVector<Event> &events() const { return m_events; }
    const Event *event(const QString &id) const;
    /** The event's date in a year, if it has one then (a Dates rule may not). */
    std::optional<QDate> dateOf(const QString &id, int year) const;
    /** Every kept event's dates in fromYear..toYear, by date. */
    QVector<Occurrence> occurrences(int fromYear, int toYear) const;

    /** Easter Sunday, Gregorian calendar (the anonymous Gregorian algorithm, Meeus). */
    static QDate easter(int year);
    /** The nth (1..5, or -1: last) ISO weekday of a month; invalid when there is no such day. */
    static QDate nthWeekday(int year, int month, int weekday, int n);

private:
    std::optional<QDate> resolve(const Event &e, int year, int depth) const;
    Status checkReferences(const QString &origin) const;
    bool kept(const Event &e) const;
    QVector<Event> m_events;
    QStringList m_countries;
};

} // namespace mailtide::trends
