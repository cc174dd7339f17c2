// `mailtide-cli stats` as a user runs it (the real binary through QProcess) on a profile filled
// through the Store API. The expected counts come from QDateTime::toTimeZone per message (the
// slow, obviously-right path), not from core/trends.
#include "CliRun.h"
#include "../core/trends/TrendFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using mailtide::testing::TrendFixture;

namespace {
using Run = mailtide::testing::CliRun;

Run cli(const QStringList &args)
{
    return mailtide::testing::runCli(args, 120000);
}

/** CSV lines without the '#' comments, split on commas (the tested tables have no quoted cells). */
QVector<QStringList> csvRows(const QString &out)
{
    QVector<QStringList> rows;
    for (const QString &line : out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1Char('#')))
            rows << line.split(QLatin1Char(','));
    return rows;
}
} // namespace

class TestCliStats : public QObject
{
    Q_OBJECT
private:
    TrendFixture m_fx;
    QVector<std::pair<qint64, int>> m_messages; // (received utc, verdict)

private Q_SLOTS:
    void initTestCase()
    {
        // 2,000 messages at random instants across 2024 (both Paris DST changes inside), in two
        // folders, with random verdicts; the sender's Date is always a forged 2031 one.
        const qint64 inbox = m_fx.folder(QStringLiteral("work"), QStringLiteral("INBOX"));
        const qint64 junk = m_fx.folder(QStringLiteral("work"), QStringLiteral("Junk"));
        QRandomGenerator rng(20241027);
        const qint64 from = TrendFixture::utc(QStringLiteral("2024-01-01T00:00:00Z"));
        for (int i = 0; i < 2000; ++i) {
            const qint64 t = from + qint64(rng.bounded(366 * 86400));
            const int verdict = int(rng.bounded(3));
            m_fx.add(verdict == 1 ? junk : inbox, t, verdict, QStringLiteral("s%1").arg(i),
                     TrendFixture::utc(QStringLiteral("2031-06-01T00:00:00Z")));
            m_messages.push_back({t, verdict});
        }
        m_fx.commit();
    }

    void weekdayHourMatchesQDateTime()
    {
        const Run r = cli({QStringLiteral("--db"), m_fx.path(), QStringLiteral("stats"), QStringLiteral("--by"),
                           QStringLiteral("weekday-hour"), QStringLiteral("--tz"), QStringLiteral("Europe/Paris"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith(QStringLiteral("# ")));
        QVERIFY(r.out.contains(QStringLiteral("tz=Europe/Paris")));
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("weekday"), QStringLiteral("name"), QStringLiteral("hour"),
                                            QStringLiteral("total"), QStringLiteral("spam"), QStringLiteral("ham"),
                                            QStringLiteral("unsure"), QStringLiteral("spam_share")}));
        QCOMPARE(rows.size(), 1 + 7 * 24);
        int total[7][24] = {}, spam[7][24] = {};
        const QTimeZone paris("Europe/Paris");
        for (const auto &[t, v] : m_messages) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toTimeZone(paris);
            ++total[local.date().dayOfWeek() - 1][local.time().hour()];
            spam[local.date().dayOfWeek() - 1][local.time().hour()] += v == 1;
        }
        for (int i = 1; i < rows.size(); ++i) {
            const int d = rows[i][0].toInt() - 1, h = rows[i][2].toInt();
            QCOMPARE(rows[i][3].toInt(), total[d][h]);
            QCOMPARE(rows[i][4].toInt(), spam[d][h]);
        }
    }

    void weekdayWithFiltersAsJson()
    {
        // Spam only, March in New York: the filter's days are New York days.
        const Run r = cli({QStringLiteral("--db"), m_fx.path(), QStringLiteral("stats"), QStringLiteral("--by"),
                           QStringLiteral("weekday"), QStringLiteral("--verdict"), QStringLiteral("spam"),
                           QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("--folder"),
                           QStringLiteral("Junk"), QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                           QStringLiteral("--to"), QStringLiteral("2024-03-31"), QStringLiteral("--tz"),
                           QStringLiteral("America/New_York"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("weekday"));
        const QJsonObject filters = o.value(QStringLiteral("filters")).toObject();
        QCOMPARE(filters.value(QStringLiteral("verdict")).toString(), QStringLiteral("spam"));
        QCOMPARE(filters.value(QStringLiteral("from")).toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(filters.value(QStringLiteral("tz")).toString(), QStringLiteral("America/New_York"));
        int expected[7] = {};
        const QTimeZone ny("America/New_York");
        for (const auto &[t, v] : m_messages) {
            const QDate d = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toTimeZone(ny).date();
            if (v == 1 && d >= QDate(2024, 3, 1) && d <= QDate(2024, 3, 31))
                ++expected[d.dayOfWeek() - 1];
        }
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 7);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(rows[i].toObject().value(QStringLiteral("spam")).toInt(), expected[i]);
            QCOMPARE(rows[i].toObject().value(QStringLiteral("ham")).toInt(), 0);
        }
        // March 2024: Fridays, Saturdays and Sundays five times, the other days four.
        QCOMPARE(rows[4].toObject().value(QStringLiteral("days")).toInt(), 5);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("days")).toInt(), 4);
        QVERIFY(o.value(QStringLiteral("weekend")).toObject().contains(QStringLiteral("change")));
    }

    void monthTimelineIgnoresForgedDates()
    {
        const Run r = cli({QStringLiteral("--db"), m_fx.path(), QStringLiteral("stats"), QStringLiteral("--by"),
                           QStringLiteral("month"), QStringLiteral("--tz"), QStringLiteral("UTC")});
        QCOMPARE(r.code, 0);
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.size(), 1 + 12); // 2024-01 .. 2024-12; nothing in 2031
        QCOMPARE(rows[1][0], QStringLiteral("2024-01"));
        QCOMPARE(rows[12][0], QStringLiteral("2024-12"));
        int sum = 0;
        for (int i = 1; i < rows.size(); ++i)
            sum += rows[i][2].toInt();
        QCOMPARE(sum, 2000);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no-by") << QStringList{} << 2 << QStringLiteral("--by");
        QTest::newRow("unknown-by") << QStringList{QStringLiteral("--by"), QStringLiteral("fortnight")} << 2 << QStringLiteral("fortnight");
        QTest::newRow("unknown-zone") << QStringList{QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--tz"), QStringLiteral("Europe/Atlantis")}
                                      << 2 << QStringLiteral("Europe/Atlantis");
        QTest::newRow("bad-date") << QStringList{QStringLiteral("--by"), QStringLiteral("day"), QStringLiteral("--from"), QStringLiteral("2024-02-30")}
                                  << 2 << QStringLiteral("2024-02-30");
        QTest::newRow("from-after-to") << QStringList{QStringLiteral("--by"), QStringLiteral("day"), QStringLiteral("--from"), QStringLiteral("2024-05-01"),
                                                      QStringLiteral("--to"), QStringLiteral("2024-04-01")}
                                       << 2 << QStringLiteral("2024-05-01 > 2024-04-01");
        QTest::newRow("bad-verdict") << QStringList{QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--verdict"), QStringLiteral("junk")}
                                     << 2 << QStringLiteral("junk");
        QTest::newRow("bad-format") << QStringList{QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 2 << QStringLiteral("xml");
        QTest::newRow("unknown-account") << QStringList{QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--account"), QStringLiteral("home")}
                                         << 1 << QStringLiteral("home");
        QTest::newRow("missing-events-file") << QStringList{QStringLiteral("--by"), QStringLiteral("campaigns"), QStringLiteral("--events"), QStringLiteral("/no/such.json")}
                                             << 1 << QStringLiteral("/no/such.json");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, needle);
        const Run r = cli(QStringList{QStringLiteral("--db"), m_fx.path(), QStringLiteral("stats")} + args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
