// Campaign detection: season keywords in English, French and German near their event, and a
// planted burst among steady background terms.
#include "TrendFixture.h"
#include "trends/Campaigns.h"
#include "trends/SubjectTokens.h"

#include <QTest>

using namespace mailtide;
using namespace mailtide::trends;
using mailtide::testing::TrendFixture;

namespace {
Filter utcFilter()
{
    Filter f;
    f.zone = QTimeZone::utc();
    return f;
}
} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subjectTerms_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("lower-stop-short") << QStringLiteral("RE: The BEST Deals for you!!!")
                                          << QStringList{QStringLiteral("best"), QStringLiteral("deals")};
        QTest::newRow("french-accents") << QStringLiteral("Bonne fête des Mères à toutes")
                                        << QStringList{QStringLiteral("bonne"), QStringLiteral("fete"), QStringLiteral("meres"),
                                                       QStringLiteral("toutes")}.mid(0, 3);
        QTest::newRow("german-umlaut") << QStringLiteral("Ihre Steuerrückerstattung für 2024")
                                       << QStringList{QStringLiteral("steuerruckerstattung")};
        QTest::newRow("numbers-dropped") << QStringLiteral("Order 123456 shipped, iPhone15 inside")
                                         << QStringList{QStringLiteral("order"), QStringLiteral("shipped"),
                                                        QStringLiteral("iphone15"), QStringLiteral("inside")};
        QTest::newRow("apostrophe") << QStringLiteral("Mother's Day sale") << QStringList{QStringLiteral("mother"), QStringLiteral("day"), QStringLiteral("sale")};
        QTest::newRow("cyrillic-letters") << QStringLiteral("Скидки сегодня") << QStringList{QStringLiteral("скидки"), QStringLiteral("сегодня")};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void subjectTerms()
    {
        QFETCH(QString, subject);
        QFETCH(QStringList, terms);
        QCOMPARE(trends::subjectTerms(subject), terms);
    }

    void seasonKeywordsInThreeLanguages()
    {
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        // Christmas 2024 window (built-in: 35 days before, 2 after: 2024-11-20 .. 2024-12-27).
        fx.add(inbox, QStringLiteral("2024-12-01T10:00:00Z"), 1, QStringLiteral("Christmas deals: 70% off"));
        fx.add(inbox, QStringLiteral("2024-12-02T10:00:00Z"), 1, QStringLiteral("Vos cadeaux de Noël livrés à temps"));
        fx.add(inbox, QStringLiteral("2024-12-03T10:00:00Z"), 1, QStringLiteral("Weihnachten: Ihr Gutschein wartet"));
        fx.add(inbox, QStringLiteral("2024-12-04T10:00:00Z"), 0, QStringLiteral("Xmas party on Friday"));
        fx.add(inbox, QStringLiteral("2024-12-05T10:00:00Z"), 1, QStringLiteral("Your invoice")); // no keyword
        // The same words far from the season are not a season campaign.
        fx.add(inbox, QStringLiteral("2024-07-10T10:00:00Z"), 1, QStringLiteral("Christmas in July sale"));
        // Black Friday 2024 (29 Nov; window 21 before, 3 after) in German and French.
        fx.add(inbox, QStringLiteral("2024-11-25T10:00:00Z"), 1, QStringLiteral("Black Friday Woche: alles muss raus"));
        fx.add(inbox, QStringLiteral("2024-11-26T10:00:00Z"), 1, QStringLiteral("Offres BLACK-FRIDAY exclusives"));
        fx.add(inbox, QStringLiteral("2024-11-27T10:00:00Z"), 1, QStringLiteral("Schwarzer Freitag bei uns"));
        // Black Friday 2023 (24 Nov).
        fx.add(inbox, QStringLiteral("2023-11-20T10:00:00Z"), 1, QStringLiteral("black friday early access"));
        // French Mother's Day 2024 (26 May).
        fx.add(inbox, QStringLiteral("2024-05-20T10:00:00Z"), 1, QStringLiteral("Fete des meres : -30%"));
        fx.commit();
        Calendar cal = Calendar::load().value();
        cal.setCountries({QStringLiteral("FR")});
        auto r = seasonCampaigns(fx.db(), utcFilter(), cal);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        auto find = [&](const QString &id, int year) -> const SeasonCampaign * {
            for (const auto &c : r.value())
                if (c.eventId == id && c.year == year)
                    return &c;
            return nullptr;
        };
        const SeasonCampaign *xmas = find(QStringLiteral("christmas"), 2024);
        QVERIFY(xmas);
        QCOMPARE(xmas->counts.total, 4);
        QCOMPARE(xmas->counts.spam, 3);
        QCOMPARE(xmas->counts.ham, 1);
        QCOMPARE(xmas->byLanguage.value(QStringLiteral("en")), 2);
        QCOMPARE(xmas->byLanguage.value(QStringLiteral("fr")), 1);
        QCOMPARE(xmas->byLanguage.value(QStringLiteral("de")), 1);
        QCOMPARE(xmas->date, QDate(2024, 12, 25));
        QCOMPARE(xmas->examples.size(), 3);
        QCOMPARE(xmas->examples.first(), QStringLiteral("Christmas deals: 70% off"));
        const SeasonCampaign *bf = find(QStringLiteral("black-friday"), 2024);
        QVERIFY(bf);
        QCOMPARE(bf->counts.total, 3);
        // "black friday" is a keyword in all three lists; "schwarzer freitag" only in German.
        QCOMPARE(bf->byLanguage.value(QStringLiteral("en")), 2);
        QCOMPARE(bf->byLanguage.value(QStringLiteral("fr")), 2);
        QCOMPARE(bf->byLanguage.value(QStringLiteral("de")), 3);
        const SeasonCampaign *bf23 = find(QStringLiteral("black-friday"), 2023);
        QVERIFY(bf23);
        QCOMPARE(bf23->counts.total, 1);
        const SeasonCampaign *mum = find(QStringLiteral("mothers-day-fr"), 2024);
        QVERIFY(mum);
        QCOMPARE(mum->counts.total, 1);
        QVERIFY(!find(QStringLiteral("mothers-day-us"), 2024)); // not kept: country FR only
        qint64 july = 0;
        for (const auto &c : r.value())
            july += c.windowStart.month() <= 7 && c.windowEnd.month() >= 7 ? c.counts.total : 0;
        QCOMPARE(july, 0);
        // Ordered by event date.
        for (qsizetype i = 1; i < r->size(); ++i)
            QVERIFY(r->at(i - 1).date <= r->at(i).date);
        // The verdict filter applies: spam only drops the ham Xmas party.
        Filter spam = utcFilter();
        spam.verdict = VerdictFilter::Spam;
        auto s = seasonCampaigns(fx.db(), spam, cal);
        QVERIFY(s);
        for (const auto &c : s.value())
            if (c.eventId == QLatin1String("christmas"))
                QCOMPARE(c.counts.total, 3);
    }

    void examplesAreTheEarliestWhateverTheRowOrder()
    {
        // Rows are read in table order: insert the latest first.
        TrendFixture fx;
        const qint64 inbox = fx.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
        for (int day = 15; day >= 1; --day) // 2024-12-15 .. 2024-12-01, each subject twice
            for (int k = 0; k < 2; ++k)
                fx.add(inbox, QDateTime(QDate(2024, 12, day), QTime(9, k), QTimeZone::utc()).toSecsSinceEpoch(), 1,
                       QStringLiteral("Christmas offer %1").arg(QChar(QLatin1Char('A' + day))));
        fx.commit();
        auto r = seasonCampaigns(fx.db(), utcFilter(), Calendar::load().value());
        QVERIFY(r);
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().counts.total, 30);
        QCOMPARE(r->first().examples, (QStringList{QStringLiteral("Christmas offer B"), QStringLiteral("Christmas offer C"),
                                                   QStringLiteral("Christmas offer D")}));
    }

    void detectorRows_data()
    {
        QTest::addColumn<QVector<int>>("daily");
        QTest::addColumn<QVector<int>>("spans"); // start, end pairs
        BurstParams p;
        QVector<int> flat(40, 10);
        QTest::newRow("flat") << flat << QVector<int>{};
        QVector<int> jump(40, 10);
        jump[20] = 40, jump[21] = 35, jump[22] = 16, jump[23] = 12;
        // Baseline median 10, MAD 0 -> sigma = sqrt(10) = 3.16: 40 -> z 9.5 starts; 35 (7.9)
        // and 16 (1.9 < 2) -> ends at 21.
        QTest::newRow("jump") << jump << QVector<int>{20, 21};
        QVector<int> early(40, 0);
        early[3] = 50; // before minHistoryDays: no baseline yet
        QTest::newRow("too-early") << early << QVector<int>{};
        QVector<int> small(40, 0);
        small[20] = 4; // below minCount
        QTest::newRow("too-small") << small << QVector<int>{};
        QVector<int> two(60, 1);
        two[15] = 20, two[45] = 20, two[46] = 20;
        QTest::newRow("two-bursts") << two << QVector<int>{15, 15, 45, 46};
    }
    void detectorRows()
    {
        QFETCH(QVector<int>, daily);
        QFETCH(QVector<int>, spans);
        QVector<int> got;
        for (const BurstSpan &b : detectBursts(daily, BurstParams{}))
            got << b.start << b.end;
        QCOMPARE(got, spans);
    }

    void plantedBurstAmongSteadyTerms()
    {
        TrendFixture fx;
        const qint64 junk = fx.folder(QStringLiteral("a"), QStringLiteral("Junk"));
        const QDate first(2024, 6, 1);
        // 60 days of steady spam: two background campaigns with a little day-to-day noise, and
        // a ham newsletter. Days 40..43 (2024-07-11 .. 07-14) add 25 "olympic tickets" spam a day.
        for (int d = 0; d < 60; ++d) {
            const qint64 day = QDateTime(first.addDays(d), QTime(6, 0), QTimeZone::utc()).toSecsSinceEpoch();
            const int meds = 8 + d % 5, watches = 10 + (d * 7) % 4;
            for (int k = 0; k < meds; ++k)
                fx.add(junk, day + k * 60, 1, QStringLiteral("Cheap meds from online pharmacy #%1").arg(d * 100 + k));
            for (int k = 0; k < watches; ++k)
                fx.add(junk, day + 3600 + k * 60, 1, QStringLiteral("Replica watches, luxury brands"));
            fx.add(junk, day + 7200, 0, QStringLiteral("Weekly olympic club newsletter"));
            if (d >= 40 && d <= 43)
                for (int k = 0; k < 25; ++k)
                    fx.add(junk, day + 10800 + k * 60, 1,
                           QStringLiteral("Olympic tickets available: final %1").arg(QChar(QLatin1Char('A' + k % 3))));
        }
        fx.commit();
        Filter f = utcFilter();
        f.verdict = VerdictFilter::Spam;
        auto r = bursts(fx.db(), f);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 1);
        const Burst &b = r->first();
        QCOMPARE(b.start, QDate(2024, 7, 11));
        QCOMPARE(b.end, QDate(2024, 7, 14));
        QCOMPARE(b.volume, 100);
        QVERIFY(b.terms.contains(QStringLiteral("olympic")));
        QVERIFY(b.terms.contains(QStringLiteral("tickets")));
        for (const char *steady : {"cheap", "meds", "pharmacy", "replica", "watches", "luxury"})
            QVERIFY2(!b.terms.contains(QString::fromLatin1(steady)), steady);
        QCOMPARE(b.peakCount, 25);
        QCOMPARE(b.examples.size(), 3);
        for (const QString &e : b.examples)
            QVERIFY(e.startsWith(QStringLiteral("Olympic tickets available")));
        // The same data stored in another order (new ids, so a table scan reads it shuffled)
        // gives the same burst.
        QVERIFY(fx.db().exec("CREATE TABLE shuffled AS SELECT * FROM messages ORDER BY random(); UPDATE shuffled SET id = NULL; "
                             "DELETE FROM messages; INSERT INTO messages SELECT * FROM shuffled; DROP TABLE shuffled;"));
        auto again = bursts(fx.db(), f);
        QVERIFY(again);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().start, b.start);
        QCOMPARE(again->first().end, b.end);
        QCOMPARE(again->first().volume, b.volume);
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
