// "Messages in this bar" (trends::messagesIn) on a hand-worked fixture around Paris's two DST
// days of 2024. Ids are 1.. in the order added (a fresh table).
//   id  UTC                    Europe/Paris               verdict folder
//    1  2024-03-30T22:30Z      Sat 30 Mar 23:30 CET       spam    INBOX
//    2  2024-03-30T23:00Z      Sun 31 Mar 00:00 CET       ham     INBOX
//    3  2024-03-31T00:59Z      Sun 31 Mar 01:59 CET       spam    INBOX
//    4  2024-03-31T01:00Z      Sun 31 Mar 03:00 CEST      ham     INBOX   (clocks jump 02:00 -> 03:00)
//    5  2024-03-31T21:59Z      Sun 31 Mar 23:59 CEST      spam    INBOX
//    6  2024-03-31T22:00Z      Mon  1 Apr 00:00 CEST      ham     Junk
//    7  2024-10-27T00:30Z      Sun 27 Oct 02:30 CEST      spam    INBOX
//    8  2024-10-27T01:30Z      Sun 27 Oct 02:30 CET       ham     INBOX   (03:00 CEST -> 02:00 CET at 01:00Z)
//    9  2024-10-27T02:30Z      Sun 27 Oct 03:30 CET       spam    INBOX
//   10  2024-03-31T01:00Z      Sun 31 Mar 03:00 CEST      ham     INBOX   (the same instant as 4)
// Newest first is received time descending, then id descending: 10 comes before 4.
#include "TrendFixture.h"
#include "trends/Bucket.h"

#include <QTest>

using namespace mailtide;
using namespace mailtide::trends;
using mailtide::testing::TrendFixture;

using Ids = QVector<qint64>;

class TestBucket : public QObject
{
    Q_OBJECT
private:
    TrendFixture m_fx;

    Filter paris() const
    {
        Filter f;
        f.zone = QTimeZone("Europe/Paris");
        return f;
    }
    Ids ids(const Filter &f, const Bucket &b, int limit = 1000)
    {
        auto r = messagesIn(m_fx.db(), f, b, limit);
        if (!r) {
            qWarning() << r.error().toString();
            return {-1};
        }
        return r->ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const qint64 inbox = m_fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        const qint64 junk = m_fx.folder(QStringLiteral("a"), QStringLiteral("Junk"));
        const char *const times[] = {"2024-03-30T22:30:00Z", "2024-03-30T23:00:00Z", "2024-03-31T00:59:00Z",
                                     "2024-03-31T01:00:00Z", "2024-03-31T21:59:00Z", "2024-03-31T22:00:00Z",
                                     "2024-10-27T00:30:00Z", "2024-10-27T01:30:00Z", "2024-10-27T02:30:00Z",
                                     "2024-03-31T01:00:00Z"};
        for (int i = 0; i < 10; ++i)
            m_fx.add(i == 5 ? junk : inbox, QString::fromLatin1(times[i]), (i + 1) % 2);
        m_fx.commit();
    }

    void parisBuckets()
    {
        const Filter f = paris();
        QCOMPARE(ids(f, Bucket::ofWeekday(7)), (Ids{9, 8, 7, 5, 10, 4, 3, 2}));
        QCOMPARE(ids(f, Bucket::ofWeekday(6)), (Ids{1}));
        QCOMPARE(ids(f, Bucket::ofWeekday(1)), (Ids{6}));
        QCOMPARE(ids(f, Bucket::ofWeekday(3)), Ids{});
        // Hour 2 does not exist on 31 March and happens twice on 27 October.
        QCOMPARE(ids(f, Bucket::ofHour(2)), (Ids{8, 7}));
        QCOMPARE(ids(f, Bucket::ofHour(3)), (Ids{9, 10, 4}));
        QCOMPARE(ids(f, Bucket::ofHour(1)), (Ids{3}));
        QCOMPARE(ids(f, Bucket::ofCell(7, 2)), (Ids{8, 7}));
        QCOMPARE(ids(f, Bucket::ofCell(7, 23)), (Ids{5}));
        QCOMPARE(ids(f, Bucket::ofCell(6, 23)), (Ids{1}));
        // The 23-hour day: 23:00Z on the 30th to 22:00Z on the 31st.
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 3, 31))), (Ids{5, 10, 4, 3, 2}));
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 3, 30))), (Ids{1}));
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 4, 1))), (Ids{6}));
        // The 25-hour day.
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 10, 27))), (Ids{9, 8, 7}));
        // Any day of a week or month names it.
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Week, QDate(2024, 3, 27))), (Ids{5, 10, 4, 3, 2, 1}));
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Week, QDate(2024, 4, 1))), (Ids{6}));
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Month, QDate(2024, 3, 15))), (Ids{5, 10, 4, 3, 2, 1}));
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Month, QDate(2024, 4, 1))), (Ids{6}));
        QCOMPARE(ids(f, Bucket::ofSeason(SeasonKind::MonthOfYear, 2024, 10)), (Ids{9, 8, 7}));
        QCOMPARE(ids(f, Bucket::ofSeason(SeasonKind::MonthOfYear, 2023, 10)), Ids{});
        // ISO 2024-W13 is 25-31 March; W43 is 21-27 October; 2024 has no week 53.
        QCOMPARE(ids(f, Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2024, 13)), (Ids{5, 10, 4, 3, 2, 1}));
        QCOMPARE(ids(f, Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2024, 43)), (Ids{9, 8, 7}));
        QCOMPARE(ids(f, Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2024, 53)), Ids{});
    }

    void utcBuckets()
    {
        Filter f;
        f.zone = QTimeZone::utc();
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 3, 31))), (Ids{6, 5, 10, 4, 3}));
        QCOMPARE(ids(f, Bucket::ofHour(2)), (Ids{9}));
        QCOMPARE(ids(f, Bucket::ofWeekday(6)), (Ids{2, 1}));
    }

    void filtersApply()
    {
        Filter f = paris();
        f.verdict = VerdictFilter::Spam;
        QCOMPARE(ids(f, Bucket::ofWeekday(7)), (Ids{9, 7, 5, 3}));
        f = paris();
        f.from = f.to = QDate(2024, 3, 31);
        QCOMPARE(ids(f, Bucket::ofWeekday(7)), (Ids{5, 10, 4, 3, 2}));
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Month, QDate(2024, 3, 1))), (Ids{5, 10, 4, 3, 2}));
        QCOMPARE(ids(f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 10, 27))), Ids{}); // outside the range
        f = paris();
        f.folder = QStringLiteral("Junk");
        QCOMPARE(ids(f, Bucket::ofWeekday(1)), (Ids{6}));
        QCOMPARE(ids(f, Bucket::ofWeekday(7)), Ids{});
        f = paris();
        f.account = QStringLiteral("a");
        QCOMPARE(ids(f, Bucket::ofHour(2)), (Ids{8, 7}));
    }

    void pages()
    {
        const Filter f = paris();
        // Five, then the rest: the cursor falls between 10 and 4, two messages of one instant.
        auto p1 = messagesIn(m_fx.db(), f, Bucket::ofWeekday(7), 5);
        QVERIFY(p1);
        QCOMPARE(p1->ids, (Ids{9, 8, 7, 5, 10}));
        QVERIFY(p1->next);
        QCOMPARE(p1->next->id, 10);
        QCOMPARE(p1->next->receivedUtc, TrendFixture::utc(QStringLiteral("2024-03-31T01:00:00Z")));
        auto p2 = messagesIn(m_fx.db(), f, Bucket::ofWeekday(7), 5, p1->next);
        QVERIFY(p2);
        QCOMPARE(p2->ids, (Ids{4, 3, 2}));
        QVERIFY(!p2->next);
        // A page exactly as long as the bucket says nothing follows.
        auto all = messagesIn(m_fx.db(), f, Bucket::ofWeekday(7), 8);
        QVERIFY(all);
        QCOMPARE(all->ids.size(), 8);
        QVERIFY(!all->next);
        auto one = messagesIn(m_fx.db(), f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 3, 31)), 1);
        QVERIFY(one);
        QCOMPARE(one->ids, (Ids{5}));
        auto two = messagesIn(m_fx.db(), f, Bucket::ofPeriod(Granularity::Day, QDate(2024, 3, 31)), 2, one->next);
        QVERIFY(two);
        QCOMPARE(two->ids, (Ids{10, 4}));
    }

    void holds()
    {
        auto on = [](const QDate &d, int hour) {
            LocalTime t;
            t.day = LocalClock::dayOf(d);
            t.hour = hour;
            t.weekday = d.dayOfWeek();
            return t;
        };
        const Bucket week = Bucket::ofPeriod(Granularity::Week, QDate(2024, 3, 27));
        QCOMPARE(week.start, QDate(2024, 3, 25));
        QVERIFY(week.holds(on(QDate(2024, 3, 25), 0)));
        QVERIFY(week.holds(on(QDate(2024, 3, 31), 23)));
        QVERIFY(!week.holds(on(QDate(2024, 4, 1), 0)));
        QVERIFY(!week.holds(on(QDate(2024, 3, 24), 23)));
        const Bucket feb = Bucket::ofSeason(SeasonKind::MonthOfYear, 2024, 2);
        QVERIFY(feb.holds(on(QDate(2024, 2, 29), 12))); // a leap day
        QVERIFY(!feb.holds(on(QDate(2023, 2, 28), 12)));
        // ISO 2020-W53 is 28 December 2020 - 3 January 2021; 2024 has no week 53.
        const Bucket w53 = Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2020, 53);
        QVERIFY(w53.holds(on(QDate(2021, 1, 3), 5)));
        QVERIFY(!w53.holds(on(QDate(2021, 1, 4), 5)));
        QVERIFY(!Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2024, 53).holds(on(QDate(2024, 12, 30), 5)));
        QVERIFY(Bucket::ofCell(7, 2).holds(on(QDate(2024, 10, 27), 2)));
        QVERIFY(!Bucket::ofCell(7, 2).holds(on(QDate(2024, 10, 27), 3)));
    }

    void errors()
    {
        Filter f = paris();
        f.account = QStringLiteral("nobody");
        auto r = messagesIn(m_fx.db(), f, Bucket::ofWeekday(1));
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(QStringLiteral("nobody")), qPrintable(r.error().toString()));
        QVERIFY(!messagesIn(m_fx.db(), paris(), Bucket::ofHour(24)));
        QVERIFY(!messagesIn(m_fx.db(), paris(), Bucket::ofCell(0, 3)));
        QVERIFY(!messagesIn(m_fx.db(), paris(), Bucket::ofSeason(SeasonKind::MonthOfYear, 2024, 13)));
        QVERIFY(!messagesIn(m_fx.db(), paris(), Bucket::ofWeekday(1), 0));
        std::atomic_bool cancel{true};
        auto c = messagesIn(m_fx.db(), paris(), Bucket::ofWeekday(7), 10, std::nullopt, &cancel);
        QVERIFY(!c);
        QCOMPARE(c.error().message, cancelledMessage());
    }
};

QTEST_GUILESS_MAIN(TestBucket)
#include "tst_bucket.moc"
