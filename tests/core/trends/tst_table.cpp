// Tables, their CSV and JSON forms, and the item model charts read.
#include "trends/TableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mailtide::trends;

namespace {
WeekdayStats sample()
{
    WeekdayStats s;
    s.days[0] = {10, 6, 3, 1};
    s.days[6] = {2, 1, 1, 0};
    s.range = {QDate(2024, 1, 1), QDate(2024, 1, 7)};
    s.daysCovered = weekdaysIn(s.range);
    s.weekend = weekendEffect(s.days, s.range);
    return s;
}
} // namespace

class TestTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvHasFiltersHeaderAndRows()
    {
        Filter f;
        f.zone = QTimeZone("Europe/Paris");
        f.account = QStringLiteral("Shop, Inc.");
        f.from = QDate(2024, 1, 1);
        f.verdict = VerdictFilter::Spam;
        const QString csv = QString::fromUtf8(toCsv(tableOf(sample()), f));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines[0].startsWith(QStringLiteral("# Shop, Inc.")));
        QVERIFY(lines[1].contains(QStringLiteral("tz=Europe/Paris")));
        QVERIFY(lines[1].contains(QStringLiteral("verdict=spam")));
        QVERIFY(lines[1].contains(QStringLiteral("from=2024-01-01")));
        // Weekend: 1 spam over Saturday and Sunday = 0.5 a day; weekdays: 6 over 5 days = 1.2
        // a day; 0.5 / 1.2 - 1 = -58%.
        QCOMPARE(lines[2], QStringLiteral("# weekend spam \u221258% vs weekdays"));
        QCOMPARE(lines[3], QStringLiteral("weekday,name,days,total,spam,ham,unsure,spam_share"));
        QCOMPARE(lines[4], QStringLiteral("1,Monday,1,10,6,3,1,0.6000"));
        QCOMPARE(lines[10], QStringLiteral("7,Sunday,1,2,1,1,0,0.5000"));
        QCOMPARE(lines.size(), 11);
    }

    void csvQuotesWhatNeedsIt()
    {
        SeasonCampaign c;
        c.eventId = QStringLiteral("christmas");
        c.name = QStringLiteral("Christmas");
        c.examples = {QStringLiteral("Say \"hi\", Santa"), QStringLiteral("#1 gift")};
        const QString csv = QString::fromUtf8(toCsv(tableOf(QVector<SeasonCampaign>{c}), Filter{}));
        QVERIFY(csv.contains(QStringLiteral(",\"Say \"\"hi\"\", Santa | #1 gift\"\r\n")));
    }

    void jsonKeepsTypes()
    {
        Filter f;
        f.zone = QTimeZone::utc();
        const QJsonObject o = QJsonDocument::fromJson(toJson(tableOf(sample()), f)).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("weekday"));
        QVERIFY(o.value(QStringLiteral("filters")).toObject().value(QStringLiteral("account")).isNull());
        const QJsonObject monday = o.value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(monday.value(QStringLiteral("spam")).toInt(), 6);
        QCOMPARE(monday.value(QStringLiteral("spam_share")).toDouble(), 0.6);
        const QJsonObject weekend = o.value(QStringLiteral("weekend")).toObject();
        QCOMPARE(weekend.value(QStringLiteral("weekend_days")).toInt(), 2);
        QVERIFY(qAbs(weekend.value(QStringLiteral("change")).toDouble() - (0.5 / 1.2 - 1)) < 1e-12);
        Burst b;
        b.terms = {QStringLiteral("olympic"), QStringLiteral("tickets")};
        const QJsonObject bo = QJsonDocument::fromJson(toJson(tableOf(QVector<Burst>{b}), f)).object();
        QCOMPARE(bo.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("terms")).toArray().size(), 2);
    }

    void model()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        m.setTable(tableOf(sample()), Filter{});
        QCOMPARE(m.rowCount(), 7);
        const int spam = m.column(QStringLiteral("spam"));
        QCOMPARE(spam, 4);
        QCOMPARE(m.data(m.index(0, spam)).toLongLong(), 6);
        QCOMPARE(m.data(m.index(0, m.column(QStringLiteral("spam_share"))), TableModel::TextRole).toString(),
                 QStringLiteral("0.6000"));
        QCOMPARE(m.headerData(spam, Qt::Horizontal).toString(), QStringLiteral("spam"));
        QCOMPARE(m.data(m.index(6, 1)).toString(), QStringLiteral("Sunday"));
    }
};

QTEST_GUILESS_MAIN(TestTable)
#include "tst_table.moc"
