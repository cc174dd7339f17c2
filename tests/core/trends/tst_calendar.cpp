// The event calendar: rule arithmetic against published dates, the built-in resource, the
// user's extension file and its errors.
#include "trends/Calendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;
using namespace mailtide::trends;

class TestCalendar : public QObject
{
    Q_OBJECT
private:
    Calendar m_cal;

private Q_SLOTS:
    void initTestCase()
    {
        auto c = Calendar::load();
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        m_cal = c.value();
    }

    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        // Published Western (Gregorian) Easter Sundays.
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2011-latest-in-decades") << 2011 << QDate(2011, 4, 24);
        QTest::newRow("2008-early") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2038-latest") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("1818-earliest") << 1818 << QDate(1818, 3, 22);
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(Calendar::easter(year), expected);
        QCOMPARE(m_cal.dateOf(QStringLiteral("easter"), year), std::optional<QDate>(expected));
    }

    void builtinDates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("thanksgiving-2024") << QStringLiteral("thanksgiving-us") << 2024 << QDate(2024, 11, 28);
        QTest::newRow("black-friday-2024") << QStringLiteral("black-friday") << 2024 << QDate(2024, 11, 29);
        QTest::newRow("cyber-monday-2024") << QStringLiteral("cyber-monday") << 2024 << QDate(2024, 12, 2);
        QTest::newRow("thanksgiving-2025") << QStringLiteral("thanksgiving-us") << 2025 << QDate(2025, 11, 27);
        QTest::newRow("black-friday-2023") << QStringLiteral("black-friday") << 2023 << QDate(2023, 11, 24);
        QTest::newRow("christmas") << QStringLiteral("christmas") << 2024 << QDate(2024, 12, 25);
        QTest::newRow("valentine") << QStringLiteral("valentines-day") << 2025 << QDate(2025, 2, 14);
        QTest::newRow("singles-day") << QStringLiteral("singles-day") << 2024 << QDate(2024, 11, 11);
        QTest::newRow("mothers-us-2024") << QStringLiteral("mothers-day-us") << 2024 << QDate(2024, 5, 12);
        QTest::newRow("mothers-uk-2024") << QStringLiteral("mothers-day-uk") << 2024 << QDate(2024, 3, 10);
        QTest::newRow("mothers-uk-2025") << QStringLiteral("mothers-day-uk") << 2025 << QDate(2025, 3, 30);
        QTest::newRow("mothers-fr-2024") << QStringLiteral("mothers-day-fr") << 2024 << QDate(2024, 5, 26);
        // 2012: Pentecost (Easter 8 Apr + 49) was 27 May, the last Sunday of May: la fête des
        // mères moved to the first Sunday of June.
        QTest::newRow("mothers-fr-2012-pentecost") << QStringLiteral("mothers-day-fr") << 2012 << QDate(2012, 6, 3);
        QTest::newRow("pentecost-2024") << QStringLiteral("pentecost") << 2024 << QDate(2024, 5, 19);
        QTest::newRow("tax-us") << QStringLiteral("tax-us") << 2024 << QDate(2024, 4, 15);
        QTest::newRow("tax-uk") << QStringLiteral("tax-uk") << 2024 << QDate(2024, 1, 31);
        QTest::newRow("tax-de") << QStringLiteral("tax-de") << 2024 << QDate(2024, 7, 31);
    }
    void builtinDates()
    {
        QFETCH(QString, id);
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(m_cal.dateOf(id, year), std::optional<QDate>(expected));
    }

    void everyEventHasKeywordsInThreeLanguages()
    {
        for (const Event &e : m_cal.events()) {
            if (!e.annotate)
                continue;
            for (const char *lang : {"en", "fr", "de"})
                QVERIFY2(!e.keywords.value(QString::fromLatin1(lang)).isEmpty(),
                         qPrintable(e.id + QStringLiteral(" has no ") + QString::fromLatin1(lang)));
        }
    }

    void nthWeekday()
    {
        QCOMPARE(Calendar::nthWeekday(2024, 5, 7, -1), QDate(2024, 5, 26));
        QCOMPARE(Calendar::nthWeekday(2024, 2, 4, -1), QDate(2024, 2, 29)); // leap day is a Thursday
        QCOMPARE(Calendar::nthWeekday(2024, 9, 1, 1), QDate(2024, 9, 2));
        QVERIFY(!Calendar::nthWeekday(2024, 2, 1, 5).isValid()); // no fifth Monday in Feb 2024
    }

    void countriesFilterPresets()
    {
        Calendar c = m_cal;
        c.setCountries({QStringLiteral("UK")});
        QStringList ids;
        for (const Occurrence &o : c.occurrences(2024, 2024))
            ids << o.eventId;
        QVERIFY(ids.contains(QStringLiteral("mothers-day-uk")));
        QVERIFY(ids.contains(QStringLiteral("christmas")));
        QVERIFY(!ids.contains(QStringLiteral("mothers-day-us")));
        QVERIFY(!ids.contains(QStringLiteral("tax-de")));
        // Sorted by date, windows around the date.
        const auto occ = c.occurrences(2024, 2024);
        for (qsizetype i = 1; i < occ.size(); ++i)
            QVERIFY(occ[i - 1].date <= occ[i].date);
        for (const Occurrence &o : occ)
            QVERIFY(o.windowStart <= o.date && o.date <= o.windowEnd);
    }

    void userFileExtendsAndOverrides()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"events": [
            {"id": "phone-launch", "name": "Phone launch", "rule": {"type": "dates", "dates": ["2024-09-09", "2025-09-09"]},
             "window": [3, 14], "keywords": {"en": ["new phone"], "fr": ["nouveau téléphone"], "de": ["neues handy"]}},
            {"id": "launch-party", "rule": {"type": "after", "event": "phone-launch", "days": 2}},
            {"id": "christmas", "name": "Noël", "rule": {"type": "fixed", "month": 12, "day": 24}, "window": [10, 1]}
        ]})");
        f.close();
        auto c = Calendar::load(path);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        QCOMPARE(c->dateOf(QStringLiteral("phone-launch"), 2024), std::optional<QDate>(QDate(2024, 9, 9)));
        QCOMPARE(c->dateOf(QStringLiteral("launch-party"), 2025), std::optional<QDate>(QDate(2025, 9, 11)));
        QVERIFY(!c->dateOf(QStringLiteral("phone-launch"), 2023)); // no date that year
        QCOMPARE(c->dateOf(QStringLiteral("christmas"), 2024), std::optional<QDate>(QDate(2024, 12, 24)));
        QCOMPARE(c->event(QStringLiteral("christmas"))->before, 10);
        QCOMPARE(c->dateOf(QStringLiteral("easter"), 2024), std::optional<QDate>(QDate(2024, 3, 31))); // built-ins stay
        // A missing user file is not an error (the user has none yet).
        QVERIFY(Calendar::load(dir.filePath(QStringLiteral("none.json"))));
    }

    void brokenFilesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not-json") << QByteArray("{") << QStringLiteral("offset");
        QTest::newRow("no-events") << QByteArray("{\"x\": 1}") << QStringLiteral("events");
        QTest::newRow("unknown-rule") << QByteArray(R"({"events": [{"id": "a", "rule": {"type": "lunar"}}]})")
                                      << QStringLiteral("lunar");
        QTest::newRow("bad-date") << QByteArray(R"({"events": [{"id": "a", "rule": {"type": "fixed", "month": 2, "day": 30}}]})")
                                  << QStringLiteral("a:");
        QTest::newRow("unknown-ref") << QByteArray(R"({"events": [{"id": "a", "rule": {"type": "after", "event": "zz", "days": 1}}]})")
                                     << QStringLiteral("zz");
        QTest::newRow("cycle") << QByteArray(R"({"events": [{"id": "a", "rule": {"type": "after", "event": "b", "days": 1}},
                                                            {"id": "b", "rule": {"type": "after", "event": "a", "days": 1}}]})")
                               << QStringLiteral("cycle");
        QTest::newRow("duplicate") << QByteArray(R"({"events": [{"id": "a", "rule": {"type": "easter"}}, {"id": "a", "rule": {"type": "easter"}}]})")
                                   << QStringLiteral("twice");
    }
    void brokenFilesSayWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        auto c = Calendar::fromJson(json, QStringLiteral("user.json"));
        QVERIFY(!c);
        QVERIFY2(c.error().detail.contains(needle), qPrintable(c.error().toString()));
        QVERIFY(c.error().detail.startsWith(QStringLiteral("user.json")));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
