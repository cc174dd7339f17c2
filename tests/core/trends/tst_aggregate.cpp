// Aggregations on fixtures with known received times. Every expected value below is worked out
// by hand from the instants and the zones' published rules, in the comments beside it.
#include "TrendFixture.h"
#include "trends/Aggregate.h"

#include <QTest>

using namespace mailtide;
using namespace mailtide::trends;
using mailtide::testing::TrendFixture;

namespace {
Filter inZone(const char *zone)
{
    Filter f;
    f.zone = QTimeZone(QByteArray(zone));
    return f;
}
qint64 hourTotal(const HourStats &h, int hour) { return h.hours[hour].total; }
} // namespace

class TestAggregate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameInstantsDifferentZones()
    {
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        fx.add(inbox, QStringLiteral("2024-01-05T23:30:00Z"), 1); // a Friday in UTC
        fx.commit();
        struct Case
        {
            const char *zone;
            int weekday;
            int hour;
        };
        // Paris UTC+1 in January: Sat 00:30. New York UTC-5: Fri 18:30. Tokyo UTC+9: Sat 08:30.
        // Kathmandu UTC+5:45: Sat 05:15.
        for (const Case &c : {Case{"UTC", 5, 23}, Case{"Europe/Paris", 6, 0}, Case{"America/New_York", 5, 18},
                              Case{"Asia/Tokyo", 6, 8}, Case{"Asia/Kathmandu", 6, 5}}) {
            auto r = byWeekdayHour(fx.db(), inZone(c.zone));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QVERIFY2(r->cells[c.weekday - 1][c.hour].total == 1, c.zone);
            QCOMPARE(r->cells[c.weekday - 1][c.hour].spam, 1);
        }
    }

    void parisSpringForwardDayHas23Hours()
    {
        // 2024-03-31 in Paris: 00:00 CET = 2024-03-30T23:00Z; clocks jump 02:00 -> 03:00 at
        // 01:00Z; 24:00 CEST = 2024-03-31T22:00Z. One message every UTC hour from 22:00Z the day
        // before to 23:00Z: 26 messages, 23 of them on the local day.
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        const qint64 start = TrendFixture::utc(QStringLiteral("2024-03-30T22:00:00Z"));
        for (int i = 0; i < 26; ++i)
            fx.add(inbox, start + i * 3600, 1);
        fx.commit();
        Filter f = inZone("Europe/Paris");
        f.from = f.to = QDate(2024, 3, 31);
        auto h = byHour(fx.db(), f);
        QVERIFY(h);
        qint64 sum = 0;
        for (int i = 0; i < 24; ++i)
            sum += hourTotal(h.value(), i);
        QCOMPARE(sum, 23);
        QCOMPARE(hourTotal(h.value(), 2), 0); // 02:00-03:00 does not exist that day
        for (int i : {0, 1, 3, 12, 23})
            QCOMPARE(hourTotal(h.value(), i), 1);
        auto t = timeline(fx.db(), f, Granularity::Day);
        QVERIFY(t);
        QCOMPARE(t->points.size(), 1);
        QCOMPARE(t->points[0].label, QStringLiteral("2024-03-31"));
        QCOMPARE(t->points[0].counts.total, 23);
        // Unfiltered, the 22:00Z message is Saturday 23:00 and the 22:00Z/23:00Z ones of the 31st
        // are Monday 00:00 and 01:00 local.
        auto w = byWeekday(fx.db(), inZone("Europe/Paris"));
        QVERIFY(w);
        QCOMPARE(w->days[5].total, 1);  // Saturday
        QCOMPARE(w->days[6].total, 23); // Sunday
        QCOMPARE(w->days[0].total, 2);  // Monday
    }

    void parisFallBackDayHas25Hours()
    {
        // 2024-10-27 in Paris: 00:00 CEST = 2024-10-26T22:00Z; 03:00 CEST -> 02:00 CET at
        // 01:00Z; 24:00 CET = 2024-10-27T23:00Z. 25 UTC hours; local hour 2 happens twice
        // (00:00Z is 02:00 CEST, 01:00Z is 02:00 CET).
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        const qint64 start = TrendFixture::utc(QStringLiteral("2024-10-26T22:00:00Z"));
        for (int i = 0; i < 25; ++i)
            fx.add(inbox, start + i * 3600, 0);
        fx.commit();
        Filter f = inZone("Europe/Paris");
        f.from = f.to = QDate(2024, 10, 27);
        auto h = byHour(fx.db(), f);
        QVERIFY(h);
        QCOMPARE(hourTotal(h.value(), 2), 2);
        for (int i : {0, 1, 3, 4, 23})
            QCOMPARE(hourTotal(h.value(), i), 1);
        auto t = timeline(fx.db(), f, Granularity::Day);
        QVERIFY(t);
        QCOMPARE(t->points.size(), 1);
        QCOMPARE(t->points[0].counts.total, 25);
        QCOMPARE(t->points[0].counts.ham, 25);
    }

    void newYorkDstDays()
    {
        // America/New_York 2024-03-10: 00:00 EST = 05:00Z, 02:00 EST -> 03:00 EDT at 07:00Z, day
        // ends 2024-03-11T04:00Z: 23 hours. 2024-11-03: 00:00 EDT = 04:00Z, 02:00 EDT -> 01:00 EST
        // at 06:00Z, day ends 2024-11-04T05:00Z: 25 hours, hour 1 twice.
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        for (const char *day : {"2024-03-10T00:00:00Z", "2024-11-03T00:00:00Z"}) {
            const qint64 s = TrendFixture::utc(QString::fromLatin1(day));
            for (int i = 0; i < 36; ++i)
                fx.add(inbox, s + i * 3600, 1);
        }
        fx.commit();
        Filter f = inZone("America/New_York");
        f.from = f.to = QDate(2024, 3, 10);
        auto spring = byHour(fx.db(), f);
        QVERIFY(spring);
        QCOMPARE(hourTotal(spring.value(), 2), 0);
        QCOMPARE(hourTotal(spring.value(), 3), 1);
        f.from = f.to = QDate(2024, 11, 3);
        auto fall = byHour(fx.db(), f);
        QVERIFY(fall);
        QCOMPARE(hourTotal(fall.value(), 1), 2);
        QCOMPARE(hourTotal(fall.value(), 2), 1);
        qint64 sum = 0;
        for (const auto &c : fall->hours)
            sum += c.total;
        QCOMPARE(sum, 25);
    }

    void forgedFutureDatesDoNotMoveBuckets()
    {
        // Received on Tuesday 2024-04-02 10:15Z; the sender's Date says 2031-01-01 (a Wednesday).
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        const qint64 forged = TrendFixture::utc(QStringLiteral("2031-01-01T03:00:00Z"));
        fx.add(inbox, QStringLiteral("2024-04-02T10:15:00Z"), 1, QStringLiteral("You won"), forged);
        fx.add(inbox, QStringLiteral("2024-04-02T11:15:00Z"), 1, QStringLiteral("You won again"), forged);
        fx.commit();
        auto w = byWeekdayHour(fx.db(), inZone("UTC"));
        QVERIFY(w);
        QCOMPARE(w->cells[1][10].total, 1);
        QCOMPARE(w->cells[1][11].total, 1);
        QCOMPARE(w->cells[2][3].total, 0);
        auto m = timeline(fx.db(), inZone("UTC"), Granularity::Month);
        QVERIFY(m);
        QCOMPARE(m->points.size(), 1); // no months stretched out to 2031
        QCOMPARE(m->points[0].label, QStringLiteral("2024-04"));
        QCOMPARE(m->range.last, QDate(2024, 4, 2));
    }

    void leapDay()
    {
        // 2024-02-29 is in February and in ISO week 9 of 2024 (Monday 26 Feb .. Sunday 3 Mar).
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        fx.add(inbox, QStringLiteral("2024-02-29T12:00:00Z"), 1);
        fx.add(inbox, QStringLiteral("2024-03-01T12:00:00Z"), 1);
        fx.commit();
        auto months = bySeason(fx.db(), inZone("UTC"), SeasonKind::MonthOfYear);
        QVERIFY(months);
        QCOMPARE(months->years.size(), 1);
        QCOMPARE(months->years[0].year, 2024);
        QCOMPARE(months->years[0].slots[1].spam, 1); // February
        QCOMPARE(months->years[0].slots[2].spam, 1); // March
        auto weeks = bySeason(fx.db(), inZone("UTC"), SeasonKind::IsoWeekOfYear);
        QVERIFY(weeks);
        QCOMPARE(weeks->years[0].slots[8].total, 2); // week 9 holds both
        auto days = timeline(fx.db(), inZone("UTC"), Granularity::Day);
        QVERIFY(days);
        QCOMPARE(days->points.size(), 2);
        QCOMPARE(days->points[0].label, QStringLiteral("2024-02-29"));
    }

    void isoWeek53()
    {
        // 2020 has 53 ISO weeks: Thursday 2020-12-31 and Sunday 2021-01-03 are in 2020-W53;
        // Monday 2021-01-04 starts 2021-W01. 2021 has 52 weeks.
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        fx.add(inbox, QStringLiteral("2020-12-31T12:00:00Z"), 1);
        fx.add(inbox, QStringLiteral("2021-01-03T12:00:00Z"), 1);
        fx.add(inbox, QStringLiteral("2021-01-04T12:00:00Z"), 1);
        fx.commit();
        auto weeks = bySeason(fx.db(), inZone("UTC"), SeasonKind::IsoWeekOfYear);
        QVERIFY(weeks);
        QCOMPARE(weeks->years.size(), 2);
        QCOMPARE(weeks->years[0].year, 2020);
        QCOMPARE(weeks->years[0].slots[52].total, 2);
        QCOMPARE(weeks->years[1].year, 2021);
        QCOMPARE(weeks->years[1].slots[0].total, 1);
        auto tl = timeline(fx.db(), inZone("UTC"), Granularity::Week);
        QVERIFY(tl);
        QCOMPARE(tl->points.size(), 2);
        QCOMPARE(tl->points[0].label, QStringLiteral("2020-W53"));
        QCOMPARE(tl->points[0].start, QDate(2020, 12, 28));
        QCOMPARE(tl->points[0].counts.total, 2);
        QCOMPARE(tl->points[1].label, QStringLiteral("2021-W01"));
        // Month-of-year splits the same three by calendar year.
        auto months = bySeason(fx.db(), inZone("UTC"), SeasonKind::MonthOfYear);
        QVERIFY(months);
        QCOMPARE(months->years[0].slots[11].total, 1);
        QCOMPARE(months->years[1].slots[0].total, 2);
    }

    void filters()
    {
        TrendFixture fx;
        const qint64 aIn = fx.folder(QStringLiteral("work"), QStringLiteral("INBOX"));
        const qint64 aJunk = fx.folder(QStringLiteral("work"), QStringLiteral("Junk"));
        const qint64 bIn = fx.folder(QStringLiteral("home"), QStringLiteral("INBOX"));
        // Wednesday 2024-05-01 .. Friday 2024-05-03, noon UTC.
        fx.add(aIn, QStringLiteral("2024-05-01T12:00:00Z"), 0);
        fx.add(aIn, QStringLiteral("2024-05-02T12:00:00Z"), 2);
        fx.add(aJunk, QStringLiteral("2024-05-02T12:00:00Z"), 1);
        fx.add(aJunk, QStringLiteral("2024-05-03T12:00:00Z"), 1);
        fx.add(bIn, QStringLiteral("2024-05-03T12:00:00Z"), -1); // not classified
        fx.add(bIn, QStringLiteral("2024-05-03T13:00:00Z"), 1);
        fx.commit();
        auto total = [&](const Filter &f) {
            auto r = byWeekday(fx.db(), f);
            if (!r)
                return qint64(-1);
            qint64 n = 0;
            for (const auto &c : r->days)
                n += c.total;
            return n;
        };
        Filter f = inZone("UTC");
        QCOMPARE(total(f), 6);
        f.account = QStringLiteral("work");
        QCOMPARE(total(f), 4);
        f.folder = QStringLiteral("Junk");
        QCOMPARE(total(f), 2);
        f = inZone("UTC");
        f.folder = QStringLiteral("INBOX"); // both accounts' INBOX
        QCOMPARE(total(f), 4);
        f = inZone("UTC");
        f.verdict = VerdictFilter::Spam;
        QCOMPARE(total(f), 3);
        f.verdict = VerdictFilter::Ham;
        QCOMPARE(total(f), 1);
        f.verdict = VerdictFilter::Unsure;
        QCOMPARE(total(f), 1);
        f = inZone("UTC");
        f.from = QDate(2024, 5, 2);
        f.to = QDate(2024, 5, 2);
        QCOMPARE(total(f), 2);
        // The day range is in the filter's zone: in Tokyo (UTC+9) the 05-03 12:00Z (two) and
        // 13:00Z messages are 21:00 and 22:00 on 05-03, and the 05-02 ones stay on 05-02.
        f.zone = QTimeZone("Asia/Tokyo");
        f.from = f.to = QDate(2024, 5, 3);
        QCOMPARE(total(f), 3);
        // Share: of the 5 classified, 3 spam.
        auto all = byWeekday(fx.db(), inZone("UTC"));
        QVERIFY(all);
        Counts sum;
        for (const auto &c : all->days)
            sum += c;
        QCOMPARE(sum.classified(), 5);
        QCOMPARE(sum.spamShare(), 0.6);
    }

    void badFilters()
    {
        TrendFixture fx;
        fx.folder(QStringLiteral("work"), QStringLiteral("INBOX"));
        Filter f = inZone("UTC");
        f.from = QDate(2024, 2, 1);
        f.to = QDate(2024, 1, 1);
        QVERIFY(!byWeekday(fx.db(), f));
        f = inZone("UTC");
        f.account = QStringLiteral("nobody");
        auto r = byWeekday(fx.db(), f);
        QVERIFY(!r);
        QVERIFY(r.error().detail.contains(QStringLiteral("nobody")));
        f = inZone("UTC");
        f.folder = QStringLiteral("Nope");
        QVERIFY(!byHour(fx.db(), f));
        QVERIFY(!parseZone(QStringLiteral("Mars/Olympus_Mons")));
        QVERIFY(parseZone(QStringLiteral("Europe/Paris")));
        QVERIFY(!parseDate(QStringLiteral("2024-13-01")));
        QVERIFY(!parseDate(QStringLiteral("yesterday")));
        QVERIFY(!parseVerdict(QStringLiteral("maybe")));
    }

    void rollingMeanOverCalendarDays()
    {
        // Day i of 2024-06-01..06-10 gets i messages, except 06-05 which gets none.
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        const qint64 base = TrendFixture::utc(QStringLiteral("2024-06-01T08:00:00Z"));
        for (int i = 1; i <= 10; ++i)
            for (int k = 0; k < (i == 5 ? 0 : i); ++k)
                fx.add(inbox, base + (i - 1) * 86400 + k * 60, 1);
        fx.commit();
        auto t = timeline(fx.db(), inZone("UTC"), Granularity::Day);
        QVERIFY(t);
        QCOMPARE(t->window, 7);
        QCOMPARE(t->points.size(), 10); // the empty day is a point
        QCOMPARE(t->points[4].label, QStringLiteral("2024-06-05"));
        QCOMPARE(t->points[4].counts.total, 0);
        // Day 3: mean of 1, 2, 3 (fewer than 7 days so far) = 2.
        QCOMPARE(t->points[2].rollingTotal, 2.0);
        // Day 10: mean of days 4..10 = (4+0+6+7+8+9+10)/7 = 44/7.
        QCOMPARE(t->points[9].rollingTotal, 44.0 / 7.0);
        QCOMPARE(t->points[9].rollingSpam, 44.0 / 7.0);
        auto w = timeline(fx.db(), inZone("UTC"), Granularity::Week, 2);
        QVERIFY(w);
        // Weeks: Mon 05-27 (holds Sat 1, Sun 2: 3), Mon 06-03 (3+4+0+6+7+8+9 = 37), Mon 06-10 (10).
        QCOMPARE(w->points.size(), 3);
        QCOMPARE(w->points[1].counts.total, 37);
        QCOMPARE(w->points[2].rollingTotal, (37.0 + 10.0) / 2);
    }

    void weekendEffect()
    {
        // Monday 2024-01-01 .. Sunday 2024-01-14: 10 weekdays with 25 spam each (250), the four
        // weekend days with 20 + 18 + 17 + 18 = 73 spam; weekend mean 18.25, weekday mean 25:
        // 18.25 / 25 - 1 = -0.27. Ham on weekends must not count.
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        const int weekendSpam[] = {20, 18, 17, 18};
        int we = 0;
        for (int d = 0; d < 14; ++d) {
            const QDate day = QDate(2024, 1, 1).addDays(d);
            const qint64 noon = QDateTime(day, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
            const bool weekend = day.dayOfWeek() >= 6;
            const int n = weekend ? weekendSpam[we++] : 25;
            for (int k = 0; k < n; ++k)
                fx.add(inbox, noon + k, 1);
            if (weekend)
                for (int k = 0; k < 40; ++k)
                    fx.add(inbox, noon + 100 + k, 0);
        }
        fx.commit();
        Filter f = inZone("UTC");
        f.from = QDate(2024, 1, 1);
        f.to = QDate(2024, 1, 14);
        auto w = byWeekday(fx.db(), f);
        QVERIFY(w);
        QCOMPARE(w->weekend.weekdayDays, 10);
        QCOMPARE(w->weekend.weekendDays, 4);
        QCOMPARE(w->weekend.weekdayMean, 25.0);
        QCOMPARE(w->weekend.weekendMean, 18.25);
        QVERIFY(w->weekend.change);
        QVERIFY(qAbs(*w->weekend.change + 0.27) < 1e-12);
        QCOMPARE(w->weekend.text(), QStringLiteral("weekend spam \u221227% vs weekdays"));
        QCOMPARE(w->daysCovered[0], 2);
        // Days without mail still count as days: widen the range by an empty week (7 more
        // days: 5 weekdays, 2 weekend days): 250/15 vs 73/6.
        f.to = QDate(2024, 1, 21);
        auto wider = byWeekday(fx.db(), f);
        QVERIFY(wider);
        QCOMPARE(wider->weekend.weekdayDays, 15);
        QVERIFY(qAbs(*wider->weekend.change - ((73.0 / 6) / (250.0 / 15) - 1)) < 1e-12);
        // No spam on weekdays: no number to print.
        f.verdict = VerdictFilter::Ham;
        auto ham = byWeekday(fx.db(), f);
        QVERIFY(ham);
        QVERIFY(!ham->weekend.change);
        QVERIFY(ham->weekend.text().isEmpty());
    }

    void weekdaysInRange()
    {
        // 2024-01-01 (Mon) .. 2024-01-10 (Wed): Mon, Tue, Wed twice; Thu..Sun once.
        const auto n = weekdaysIn({QDate(2024, 1, 1), QDate(2024, 1, 10)});
        const std::array<int, 7> expected{2, 2, 2, 1, 1, 1, 1};
        QCOMPARE(n, expected);
        const auto one = weekdaysIn({QDate(2024, 1, 7), QDate(2024, 1, 7)}); // a Sunday
        QCOMPARE(one[6], 1);
        QCOMPARE(one[0], 0);
    }

    void cancelStops()
    {
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        for (int i = 0; i < 100; ++i)
            fx.add(inbox, 1700000000 + i, 1);
        fx.commit();
        std::atomic_bool cancel{true};
        auto r = byWeekdayHour(fx.db(), inZone("UTC"), &cancel);
        QVERIFY(!r);
        QCOMPARE(r.error().message, cancelledMessage());
    }

    void emptyStore()
    {
        TrendFixture fx;
        auto r = timeline(fx.db(), inZone("UTC"), Granularity::Month);
        QVERIFY(r);
        QVERIFY(r->points.isEmpty());
        QVERIFY(!r->range.isValid());
        auto w = byWeekday(fx.db(), inZone("UTC"));
        QVERIFY(w);
        QVERIFY(!w->weekend.change);
    }
};

QTEST_GUILESS_MAIN(TestAggregate)
#include "tst_aggregate.moc"
