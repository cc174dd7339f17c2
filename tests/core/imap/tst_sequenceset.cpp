#include "imap/SequenceSet.h"

#include <QTest>

using namespace mailtide::imap;

/** sequence-set (RFC 3501 section 9): parsed into ranges, never expanded. */
class TestSequenceSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("star"); // -1: "*" unknown, kept open
        QTest::addColumn<QByteArray>("formatted");
        QTest::addColumn<quint64>("size");

        QTest::newRow("single") << QByteArray("5") << qint64(-1) << QByteArray("5") << quint64(1);
        QTest::newRow("rfc-example-open") << QByteArray("1:3,5,7:*") << qint64(-1) << QByteArray("1:3,5,7:*")
                                          << quint64(3 + 1 + (4294967295ULL - 7 + 1));
        QTest::newRow("star-given") << QByteArray("1:3,5,7:*") << qint64(10) << QByteArray("1:3,5,7:10") << quint64(8);
        QTest::newRow("star-below-start-reverses") << QByteArray("7:*") << qint64(5) << QByteArray("5:7") << quint64(3);
        QTest::newRow("star-alone-known") << QByteArray("*") << qint64(9) << QByteArray("9") << quint64(1);
        QTest::newRow("star-alone-open") << QByteArray("*") << qint64(-1) << QByteArray("*") << quint64(1);
        QTest::newRow("reversed-range") << QByteArray("3:1") << qint64(-1) << QByteArray("1:3") << quint64(3);
        QTest::newRow("singles-merge") << QByteArray("1,2,3") << qint64(-1) << QByteArray("1:3") << quint64(3);
        QTest::newRow("adjacent-ranges-merge") << QByteArray("1:2,3:4") << qint64(-1) << QByteArray("1:4") << quint64(4);
        QTest::newRow("overlapping") << QByteArray("1:5,3:8,10") << qint64(-1) << QByteArray("1:8,10") << quint64(9);
        QTest::newRow("unordered") << QByteArray("10,1,5:6,2") << qint64(-1) << QByteArray("1:2,5:6,10") << quint64(5);
        QTest::newRow("open-absorbs-later") << QByteArray("5:*,3,9,7:8") << qint64(-1) << QByteArray("3,5:*")
                                            << quint64(1 + (4294967295ULL - 5 + 1));
        QTest::newRow("whole-uid-space-not-expanded") << QByteArray("1:4294967295") << qint64(-1)
                                                      << QByteArray("1:4294967295") << quint64(4294967295ULL);
        QTest::newRow("copyuid-set") << QByteArray("304,319:320") << qint64(-1) << QByteArray("304,319:320") << quint64(3);
        QTest::newRow("vanished-set") << QByteArray("41,43:116,118") << qint64(-1) << QByteArray("41,43:116,118")
                                      << quint64(1 + 74 + 1);
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, star);
        QFETCH(QByteArray, formatted);
        QFETCH(quint64, size);
        auto set = SequenceSet::parse(text, star < 0 ? std::nullopt : std::optional<quint64>(quint64(star)));
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->toString(), formatted);
        QCOMPARE(set->size(), size);
        auto again = SequenceSet::parse(formatted, star < 0 ? std::nullopt : std::optional<quint64>(quint64(star)));
        QVERIFY(again.ok());
        QCOMPARE(*again, *set);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("zero-in-range") << QByteArray("1:0");
        QTest::newRow("above-32-bit") << QByteArray("4294967296");
        QTest::newRow("huge") << QByteArray("99999999999999999999999");
        QTest::newRow("trailing-comma") << QByteArray("1,");
        QTest::newRow("leading-comma") << QByteArray(",1");
        QTest::newRow("double-colon") << QByteArray("1::2");
        QTest::newRow("three-part-range") << QByteArray("1:2:3");
        QTest::newRow("letters") << QByteArray("a");
        QTest::newRow("space") << QByteArray("1 2");
        QTest::newRow("negative") << QByteArray("-1");
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        auto set = SequenceSet::parse(text);
        QVERIFY(!set.ok());
        QVERIFY(!set.error().message.isEmpty());
    }

    void contains()
    {
        auto set = SequenceSet::parse("1:3,5,7:*");
        QVERIFY(set.ok());
        for (quint64 n : {1, 2, 3, 5, 7, 8, 1000000})
            QVERIFY2(set->contains(n), qPrintable(QString::number(n)));
        for (quint64 n : {0, 4, 6})
            QVERIFY2(!set->contains(n), qPrintable(QString::number(n)));
        QVERIFY(set->hasOpenEnd());
        QVERIFY(!set->toVector().ok()); // open end
        QCOMPARE(set->min(), quint64(1));
    }

    void toVectorAndIteration()
    {
        auto set = SequenceSet::parse("7,1:3,5");
        QVERIFY(set.ok());
        const auto v = set->toVector();
        QVERIFY(v.ok());
        QCOMPARE(v.value(), (QVector<quint64>{1, 2, 3, 5, 7}));
        QVector<quint64> iterated;
        for (quint64 n : *set)
            iterated.append(n);
        QCOMPARE(iterated, v.value());

        auto big = SequenceSet::parse("1:4294967295");
        QVERIFY(big.ok());
        QCOMPARE(big->ranges().size(), 1);
        QVERIFY(!big->toVector().ok()); // over the default limit: an error, no allocation
        QVERIFY(!big->toVector(10).ok());
        QVERIFY(big->contains(4294967295ULL));
    }

    void fromList()
    {
        QCOMPARE(SequenceSet::fromList({5, 1, 3, 2, 2, 0}).toString(), QByteArray("1:3,5"));
        QCOMPARE(SequenceSet::fromList({}).toString(), QByteArray());
        QVERIFY(SequenceSet::fromList({}).isEmpty());
        QCOMPARE(SequenceSet::fromList({4294967295ULL, 4294967294ULL}).toString(), QByteArray("4294967294:4294967295"));
        UidSet s;
        s.add(10);
        s.addRange(12, 11);
        s.add(20);
        s.addRange(13, 19);
        QCOMPARE(s.toString(), QByteArray("10:20"));
        QCOMPARE(s.size(), quint64(11));
    }
};

QTEST_GUILESS_MAIN(TestSequenceSet)
#include "tst_sequenceset.moc"
