// DMARC records (RFC 7489 6.3) row by row: policy, subdomain policy, pct, report addresses,
// alignment modes; what makes receivers ignore a record, and what they tolerate.
#include "selfcheck/Dmarc.h"

#include <QTest>

using namespace mailtide::selfcheck;

class TestDmarc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("p");
        QTest::addColumn<QString>("sp");
        QTest::addColumn<int>("pct");
        QTest::addColumn<int>("rua");
        QTest::addColumn<QString>("alignment"); // adkim + aspf
        QTest::addColumn<int>("notes");
        QTest::newRow("reject-with-reports") << "v=DMARC1; p=reject; rua=mailto:dmarc@example.test" << true << "reject" << ""
                                             << 100 << 1 << "rr" << 0;
        QTest::newRow("p-none") << "v=DMARC1; p=none" << true << "none" << "" << 100 << 0 << "rr" << 0;
        QTest::newRow("everything") << "v=DMARC1;p=quarantine;sp=none;pct=50;adkim=s;aspf=s;fo=1;ri=3600;rf=afrf" << true
                                    << "quarantine" << "none" << 50 << 0 << "ss" << 0;
        QTest::newRow("spaces-around") << " v = DMARC1 ; p = Reject ; rua = mailto:a@x.test , mailto:b@y.test!10m " << true
                                       << "reject" << "" << 100 << 2 << "rr" << 0;
        QTest::newRow("trailing-semicolon") << "v=DMARC1; p=reject;" << true << "reject" << "" << 100 << 0 << "rr" << 0;
        // RFC 7489 6.6.3: no p= but a valid rua= is read as p=none.
        QTest::newRow("no-p-with-rua") << "v=DMARC1; rua=mailto:a@x.test" << true << "none" << "" << 100 << 1 << "rr" << 1;
        QTest::newRow("no-p") << "v=DMARC1" << false << "" << "" << 100 << 0 << "rr" << 0;
        QTest::newRow("bad-p") << "v=DMARC1; p=block" << false << "" << "" << 100 << 0 << "rr" << 0;
        QTest::newRow("p-not-second") << "v=DMARC1; rua=mailto:a@x.test; p=reject" << true << "reject" << "" << 100 << 1 << "rr"
                                      << 1;
        QTest::newRow("v-not-first") << "p=reject; v=DMARC1" << false << "" << "" << 100 << 0 << "rr" << 0;
        QTest::newRow("v-lower-case") << "v=dmarc1; p=reject" << false << "" << "" << 100 << 0 << "rr" << 0;
        QTest::newRow("pct-out-of-range") << "v=DMARC1; p=reject; pct=150" << true << "reject" << "" << 100 << 0 << "rr" << 1;
        QTest::newRow("bad-sp") << "v=DMARC1; p=reject; sp=maybe" << true << "reject" << "" << 100 << 0 << "rr" << 1;
        QTest::newRow("bad-alignment") << "v=DMARC1; p=reject; adkim=x" << true << "reject" << "" << 100 << 0 << "rr" << 1;
        QTest::newRow("rua-not-uri") << "v=DMARC1; p=reject; rua=dmarc@example.test" << true << "reject" << "" << 100 << 0
                                     << "rr" << 1;
        QTest::newRow("unknown-tag") << "v=DMARC1; p=reject; foo=bar" << true << "reject" << "" << 100 << 0 << "rr" << 1;
        QTest::newRow("not-a-pair") << "v=DMARC1; p=reject; junk" << true << "reject" << "" << 100 << 0 << "rr" << 1;
        QTest::newRow("spf-record-not-dmarc") << "v=spf1 -all" << false << "" << "" << 100 << 0 << "rr" << 0;
        QTest::newRow("hostile-5kB") << QStringLiteral("v=DMARC1; p=reject; ") + QString(5000, QLatin1Char('x')) << false << ""
                                     << "" << 100 << 0 << "rr" << 0;
        QTest::newRow("hostile-many-tags") << QStringLiteral("v=DMARC1; p=reject") + QStringLiteral("; a=b").repeated(100)
                                           << false << "" << "" << 100 << 0 << "rr" << 0;
    }
    void parse()
    {
        QFETCH(QString, record);
        QFETCH(bool, valid);
        QFETCH(QString, p);
        QFETCH(QString, sp);
        QFETCH(int, pct);
        QFETCH(int, rua);
        QFETCH(QString, alignment);
        QFETCH(int, notes);
        const DmarcRecord r = parseDmarc(record);
        QVERIFY2(r.valid() == valid, qPrintable(r.errors.join(QLatin1Char('|'))));
        QCOMPARE(r.policy, p);
        QCOMPARE(r.subdomainPolicy, sp);
        QCOMPARE(r.pct, pct);
        QCOMPARE(r.rua.size(), rua);
        QCOMPARE(QString(r.adkim) + r.aspf, alignment);
        if (valid)
            QVERIFY2(r.notes.size() == notes, qPrintable(r.notes.join(QLatin1Char('|'))));
    }

    void recognises()
    {
        QVERIFY(isDmarcRecord(QStringLiteral("v=DMARC1; p=none")));
        QVERIFY(isDmarcRecord(QStringLiteral("v=DMARC1")));
        QVERIFY(!isDmarcRecord(QStringLiteral("v=DMARC10; p=none")));
        QVERIFY(!isDmarcRecord(QStringLiteral("v=spf1 -all")));
    }
};

QTEST_GUILESS_MAIN(TestDmarc)
#include "tst_dmarc.moc"
