// Messages per day and their spikes (selfcheck/SentVolume.h): the days a compromised account or a
// spambot shows in the Sent folder, and the ordinary patterns (weekends, growth, one earlier
// spike) that must not look like one.
#include "selfcheck/SentVolume.h"

#include <QDateTime>
#include <QTest>

using namespace mailtide::selfcheck;

namespace {

const QDate kStart(2026, 3, 2); // a Monday

/** counts[i] on kStart + i. */
QList<DayCount> series(const QList<int> &counts)
{
    QList<DayCount> out;
    for (int i = 0; i < counts.size(); ++i)
        out.append({kStart.addDays(i), counts[i]});
    return out;
}

QList<QDate> spikeDays(const QList<VolumeSpike> &spikes)
{
    QList<QDate> out;
    for (const VolumeSpike &s : spikes)
        out.append(s.day);
    return out;
}

/** An office: weekday volume that wobbles (deterministically) around base, nothing at weekends. */
QList<int> office(int days, int base, bool weekends = true)
{
    QList<int> out;
    for (int i = 0; i < days; ++i) {
        const int dow = kStart.addDays(i).dayOfWeek();
        if (weekends && dow >= 6)
            out.append(0);
        else
            out.append(base + ((i * 7) % 11) - 5); // base-5 .. base+5
    }
    return out;
}

} // namespace

class TestSentVolume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perDayFillsZeros()
    {
        const QTimeZone utc = QTimeZone::utc();
        const qint64 d0 = QDateTime(kStart, QTime(9, 0), utc).toSecsSinceEpoch();
        const QList<qint64> times = {d0, d0 + 3600, d0 + 3 * 86400, d0 + 86400 - 1 + 3600 * 14 /* the next day, 22:59:59 */};
        const QList<DayCount> days = perDay(times, utc);
        QCOMPARE(days.size(), 4);
        QCOMPARE(days[0].day, kStart);
        QCOMPARE(days[0].count, 2);
        QCOMPARE(days[1].day, kStart.addDays(1));
        QCOMPARE(days[1].count, 1);
        QCOMPARE(days[2].count, 0);
        QCOMPARE(days[3].day, kStart.addDays(3));
        QCOMPARE(days[3].count, 1);
        QVERIFY(perDay({}, utc).isEmpty());
    }
    void perDayUsesTheZone()
    {
        // 23:30 UTC is already the next day in Berlin.
        const qint64 t = QDateTime(kStart, QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(perDay({t}, QTimeZone::utc()).first().day, kStart);
        QCOMPARE(perDay({t}, QTimeZone(QByteArrayLiteral("Europe/Berlin"))).first().day, kStart.addDays(1));
    }
    void perDayBoundsHostileTimes()
    {
        // A date in the year 300,000 next to one of today must not fill a hundred million days.
        const QList<DayCount> days = perDay({0, qint64(9'000'000'000'000LL)}, QTimeZone::utc());
        QVERIFY(days.size() <= 100 * 366);
        QCOMPARE(days.first().count, 1);
    }

    void steadyHasNoSpike()
    {
        QVERIFY(detectSpikes(series(office(120, 60, false))).isEmpty());
    }
    void oneTenfoldDay()
    {
        QList<int> c = office(60, 40, false);
        c[45] = 400;
        const QList<VolumeSpike> s = detectSpikes(series(c));
        QCOMPARE(spikeDays(s), QList<QDate>{kStart.addDays(45)});
        QCOMPARE(s[0].count, 400);
        QVERIFY(s[0].baseline >= 35 && s[0].baseline <= 45);
        QVERIFY(s[0].threshold > 4 * 35 && s[0].threshold < 400);
    }
    void secondSpikeStillFound()
    {
        QList<int> c = office(60, 40, false);
        c[30] = 500;
        c[40] = 450; // ten days later, the first one still in the window
        QCOMPARE(spikeDays(detectSpikes(series(c))), (QList<QDate>{kStart.addDays(30), kStart.addDays(40)}));
    }
    void spikeLastingDays()
    {
        // A spambot sends for three days: each is a spike (the median does not follow it up).
        QList<int> c = office(50, 30, false);
        c[40] = c[41] = c[42] = 600;
        QCOMPARE(spikeDays(detectSpikes(series(c))),
                 (QList<QDate>{kStart.addDays(40), kStart.addDays(41), kStart.addDays(42)}));
    }
    void weekendsDoNotMakeMondaySpike()
    {
        const QList<int> c = office(91, 50, true);
        QVERIFY(detectSpikes(series(c)).isEmpty());
        // ... also when only a few weeks are known
        QVERIFY(detectSpikes(series(office(16, 50, true))).isEmpty());
        // ... and a real spike on a Monday is still one
        QList<int> d = c;
        QCOMPARE(kStart.addDays(63).dayOfWeek(), 1);
        d[63] = 900;
        QCOMPARE(spikeDays(detectSpikes(series(d))), QList<QDate>{kStart.addDays(63)});
    }
    void minHistory()
    {
        // The big day comes on the fourth day: too little history for a verdict.
        QList<int> c = office(20, 10, false);
        c[3] = 1000;
        QVERIFY(detectSpikes(series(c)).isEmpty());
        SpikeOptions o;
        o.minHistory = 3;
        QCOMPARE(spikeDays(detectSpikes(series(c), o)), QList<QDate>{kStart.addDays(3)});
    }
    void minCount()
    {
        // From one a day to fifteen is ten times more, yet too few messages to call a spike.
        QList<int> c(40, 1);
        c[30] = 15;
        QVERIFY(detectSpikes(series(c)).isEmpty());
        c[30] = 21;
        QCOMPARE(spikeDays(detectSpikes(series(c))), QList<QDate>{kStart.addDays(30)});
        SpikeOptions o;
        o.minCount = 25;
        QVERIFY(detectSpikes(series(c), o).isEmpty());
    }
    void quietPeriodDoesNotMakeOrdinaryDaySpike()
    {
        // A holiday week of near silence, then the usual volume again.
        QList<int> c = office(60, 50, false);
        for (int i = 30; i < 37; ++i)
            c[i] = 1;
        QVERIFY(detectSpikes(series(c)).isEmpty());
    }
    void growingSmoothVolume()
    {
        // A business that doubles its mail over a quarter, with day-to-day wobble.
        QList<int> c;
        for (int i = 0; i < 120; ++i)
            c.append(40 + i * 40 / 90 + ((i * 5) % 9) - 4);
        QVERIFY(detectSpikes(series(c)).isEmpty());
        // ... and even steep smooth growth (+3% a day) is no spike
        QList<int> g;
        double v = 30;
        for (int i = 0; i < 90; ++i, v *= 1.03)
            g.append(int(v));
        QVERIFY(detectSpikes(series(g)).isEmpty());
    }
    void noisyLargeVolumeNeedsMoreThanFactor()
    {
        // Volume that swings widely: the MAD term keeps ordinary swings from being spikes. The
        // factor is set low so that the MAD term alone decides.
        SpikeOptions o;
        o.factor = 1.0;
        o.minHistory = 28; // whole windows only: half of the days at 20, half at 100
        QList<int> c;
        for (int i = 0; i < 40; ++i)
            c.append(i % 2 ? 100 : 20); // median 60, MAD 40: threshold 60 + 6 x 1.4826 x 40 = 415.8
        c[35] = 400;
        QVERIFY(detectSpikes(series(c), o).isEmpty());
        c[35] = 420;
        const QList<VolumeSpike> s = detectSpikes(series(c), o);
        QCOMPARE(spikeDays(s), QList<QDate>{kStart.addDays(35)});
        QCOMPARE(s[0].baseline, 60.0);
        QVERIFY(qAbs(s[0].threshold - 415.8) < 0.1);
    }
    void missingDaysCountAsZero()
    {
        // A list with a gap (not as perDay() gives it) is read by date: the gap is days of no mail.
        QList<DayCount> days = series(office(20, 30, false));
        days.append({kStart.addDays(40), 35});
        QVERIFY(detectSpikes(days).isEmpty() == false); // 35 over a window of mostly zero days: > 20
        QCOMPARE(spikeDays(detectSpikes(days)), QList<QDate>{kStart.addDays(40)});
        QVERIFY(detectSpikes({}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSentVolume)
#include "tst_sentvolume.moc"
