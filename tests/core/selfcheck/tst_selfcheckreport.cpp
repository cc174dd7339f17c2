// The self-check report: the worst severity (the CLI's exit code), text worst first with the fix,
// JSON with every field.
#include "selfcheck/SelfCheckReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mailtide::selfcheck;

class TestSelfCheckReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worstAndCounts()
    {
        Report r;
        QCOMPARE(r.worst(), Severity::Ok);
        r.add({QStringLiteral("a.ok"), Severity::Ok, QStringLiteral("x"), QStringLiteral("fine"), {}, {}});
        r.add({QStringLiteral("b.info"), Severity::Info, QStringLiteral("x"), QStringLiteral("note"), {}, {}});
        QCOMPARE(r.worst(), Severity::Info);
        r.add({QStringLiteral("c.warn"), Severity::Warning, QStringLiteral("x"), QStringLiteral("hmm"), QStringLiteral("do this"), {}});
        r.add({QStringLiteral("d.bad"), Severity::Severe, QStringLiteral("y"), QStringLiteral("bad"), QStringLiteral("fix it"), QStringLiteral("rec")});
        QCOMPARE(r.worst(), Severity::Severe);
        QCOMPARE(r.count(Severity::Ok), 1);
        QVERIFY(r.has(QStringLiteral("c.warn")));
        QVERIFY(!r.has(QStringLiteral("nope")));
        QCOMPARE(r.withId(QStringLiteral("d.bad")).size(), 1);
    }

    void textAndJson()
    {
        Report r;
        r.domain = QStringLiteral("example.test");
        r.checkedUtc = 1'800'000'000;
        r.add({QStringLiteral("spf.ok"), Severity::Ok, QStringLiteral("example.test"), QStringLiteral("SPF fine"), {}, QStringLiteral("v=spf1 -all")});
        r.add({QStringLiteral("dmarc.missing"), Severity::Severe, QStringLiteral("_dmarc.example.test"),
               QStringLiteral("No DMARC record"), QStringLiteral("Publish one"), {}});
        const QString text = toText(r);
        QVERIFY(text.startsWith(QStringLiteral("Self-check of example.test — 2027-01-15 08:00 UTC")));
        QVERIFY(text.contains(QStringLiteral("Result: SEVERE — severe: 1, warnings: 0, for information: 0, fine: 1")));
        QVERIFY(text.indexOf(QStringLiteral("dmarc.missing")) < text.indexOf(QStringLiteral("spf.ok"))); // worst first
        QVERIFY(text.contains(QStringLiteral("Fix: Publish one")));
        QVERIFY(text.contains(QStringLiteral("Found: v=spf1 -all")));

        const QJsonObject o = QJsonDocument::fromJson(toJson(r)).object();
        QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("example.test"));
        QCOMPARE(o.value(QStringLiteral("worst")).toString(), QStringLiteral("severe"));
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("ok")).toInt(), 1);
        const QJsonArray f = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("dmarc.missing"));
        QCOMPARE(f.at(0).toObject().value(QStringLiteral("fix")).toString(), QStringLiteral("Publish one"));
        QCOMPARE(f.at(1).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("v=spf1 -all"));
    }

    void longWordsWrap()
    {
        Report r;
        r.domain = QStringLiteral("example.test");
        r.add({QStringLiteral("x"), Severity::Info, QStringLiteral("s"), QString(QStringLiteral("word ")).repeated(60), {}, {}});
        for (const QString &line : toText(r).split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 100, qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestSelfCheckReport)
#include "tst_selfcheckreport.moc"
