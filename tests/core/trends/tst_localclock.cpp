// LocalClock against Qt's own per-instant conversion (QDateTime::toTimeZone), the slow path it
// replaces: every 20 minutes over two years, in zones with DST, half-hour DST and odd offsets.
#include "trends/LocalClock.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>
#include <random>

using namespace mailtide::trends;

class TestLocalClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesQDateTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *z : {"UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu",
                              "America/St_Johns", "Pacific/Chatham", "Europe/London", "America/Sao_Paulo"})
            QTest::newRow(z) << QByteArray(z);
    }
    void matchesQDateTime()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        LocalClock clock(tz);
        const qint64 from = QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (qint64 t = from; t < to; t += 1200) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toTimeZone(tz);
            const LocalTime lt = clock.at(t);
            if (lt.date() != local.date() || lt.hour != local.time().hour() || lt.weekday != local.date().dayOfWeek())
                QFAIL(qPrintable(QStringLiteral("%1: clock says %2 h%3 wd%4, Qt says %5")
                                     .arg(t)
                                     .arg(lt.date().toString(Qt::ISODate))
                                     .arg(lt.hour)
                                     .arg(lt.weekday)
                                     .arg(local.toString(Qt::ISODate))));
        }
        // Ascending input asks the zone about once per transition, not per row.
        QVERIFY2(clock.lookups() <= 8, qPrintable(QString::number(clock.lookups())));
    }

    void shuffledInstantsMatchAndStayCached()
    {
        // Rows from a table scan come in insertion order, not time order.
        const QTimeZone tz("Europe/Paris");
        LocalClock clock(tz);
        QVector<qint64> instants;
        const qint64 from = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i)
            instants << from + qint64(i) * 4723; // about three years
        std::mt19937 rng(7);
        std::shuffle(instants.begin(), instants.end(), rng);
        for (qint64 t : instants) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toTimeZone(tz);
            const LocalTime lt = clock.at(t);
            QCOMPARE(lt.date(), local.date());
            QCOMPARE(lt.hour, local.time().hour());
        }
        // Three years of Paris: six transitions, seven intervals, each asked once.
        QVERIFY2(clock.lookups() <= 8, qPrintable(QString::number(clock.lookups())));
    }

    void outOfOrderStillCorrect()
    {
        const QTimeZone paris("Europe/Paris");
        LocalClock clock(paris);
        // Summer, then winter before it, then summer again: each answer is right.
        const qint64 summer = QDateTime(QDate(2024, 7, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 winter = QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(clock.at(summer).hour, 14);
        QCOMPARE(clock.at(winter).hour, 13);
        QCOMPARE(clock.at(summer).hour, 14);
    }

    void beforeEpoch()
    {
        LocalClock clock(QTimeZone::utc());
        const LocalTime t = clock.at(-1); // 1969-12-31 23:59:59, a Wednesday
        QCOMPARE(t.date(), QDate(1969, 12, 31));
        QCOMPARE(t.hour, 23);
        QCOMPARE(t.weekday, 3);
    }
};

QTEST_GUILESS_MAIN(TestLocalClock)
#include "tst_localclock.moc"
