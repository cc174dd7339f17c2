// DKIM key records (RFC 6376 3.6.1, RFC 8463) row by row: the key's type and size read from p=
// (keys made by OpenSSL, tests/data/selfcheck/README.md), revoked and testing keys, errors, and
// hostile DER that must give 0 bits, never a crash.
#include "selfcheck/DkimKey.h"

#include <QFile>
#include <QTest>

using namespace mailtide::selfcheck;

namespace {
QString key(const char *file)
{
    QFile f(QStringLiteral(MAILTIDE_TEST_DATA "/selfcheck/") + QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test key %s", file);
    return QString::fromLatin1(f.readAll().trimmed());
}
} // namespace

class TestDkimKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<bool>("testing");
        const QString k512 = key("dkim-rsa512.spki.b64"), k1024 = key("dkim-rsa1024.spki.b64"),
                      k2048 = key("dkim-rsa2048.spki.b64"), pkcs1 = key("dkim-rsa1024.pkcs1.b64"),
                      ed = key("dkim-ed25519.raw.b64");
        QTest::newRow("rsa-2048") << QString(QStringLiteral("v=DKIM1; k=rsa; p=") + k2048) << true << "rsa" << 2048 << false << false;
        QTest::newRow("rsa-1024") << QString(QStringLiteral("v=DKIM1; k=rsa; p=") + k1024) << true << "rsa" << 1024 << false << false;
        QTest::newRow("rsa-512") << QString(QStringLiteral("v=DKIM1; p=") + k512) << true << "rsa" << 512 << false << false;
        QTest::newRow("rsa-default-type-no-v") << QString(QStringLiteral("p=") + k2048) << true << "rsa" << 2048 << false << false;
        QTest::newRow("rsa-pkcs1-bare") << QString(QStringLiteral("v=DKIM1; p=") + pkcs1) << true << "rsa" << 1024 << false << false;
        // As DNS hands a long key over in 255-byte strings, some publish it with spaces inside.
        QTest::newRow("rsa-folded") << QString(QStringLiteral("v=DKIM1; k=rsa; p=") + k2048.left(200) + QStringLiteral("  ") + k2048.mid(200)) << true << "rsa" << 2048
                                    << false << false;
        QTest::newRow("ed25519") << QString(QStringLiteral("v=DKIM1; k=ed25519; p=") + ed) << true << "ed25519" << 256 << false << false;
        QTest::newRow("testing") << QString(QStringLiteral("v=DKIM1; t=y; p=") + k2048) << true << "rsa" << 2048 << false << true;
        QTest::newRow("testing-and-strict") << QString(QStringLiteral("v=DKIM1; t=y:s; p=") + k2048) << true << "rsa" << 2048 << false << true;
        QTest::newRow("revoked") << "v=DKIM1; k=rsa; p=" << true << "rsa" << 0 << true << false;
        QTest::newRow("no-p") << "v=DKIM1; k=rsa" << false << "rsa" << 0 << false << false;
        QTest::newRow("not-base64") << "v=DKIM1; p=!!!notbase64" << false << "rsa" << 0 << false << false;
        QTest::newRow("base64-not-a-key") << "v=DKIM1; p=aGVsbG8gd29ybGQ=" << false << "rsa" << 0 << false << false;
        QTest::newRow("truncated-key") << QString(QStringLiteral("v=DKIM1; p=") + k2048.left(100)) << false << "rsa" << 0 << false << false;
        QTest::newRow("unknown-type") << QString(QStringLiteral("v=DKIM1; k=dsa; p=") + k1024) << false << "dsa" << 0 << false << false;
        QTest::newRow("v-not-first") << QString(QStringLiteral("k=rsa; v=DKIM1; p=") + k2048) << false << "rsa" << 2048 << false << false;
        QTest::newRow("wrong-version") << QString(QStringLiteral("v=DKIM2; p=") + k2048) << false << "rsa" << 2048 << false << false;
        QTest::newRow("ed25519-wrong-length") << QString(QStringLiteral("v=DKIM1; k=ed25519; p=") + k512) << false << "ed25519" << 0 << false << false;
    }
    void parse()
    {
        QFETCH(QString, record);
        QFETCH(bool, valid);
        QFETCH(QString, type);
        QFETCH(int, bits);
        QFETCH(bool, revoked);
        QFETCH(bool, testing);
        const DkimKey k = parseDkimKey(record);
        QVERIFY2(k.valid() == valid, qPrintable(k.errors.join(QLatin1Char('|'))));
        QCOMPARE(k.keyType, type);
        QCOMPARE(k.bits, bits);
        QCOMPARE(k.revoked, revoked);
        QCOMPARE(k.testing, testing);
        QVERIFY(isDkimKeyRecord(record) || !valid);
    }

    void hostileDer_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one-byte") << QByteArray::fromHex("30");
        QTest::newRow("length-past-end") << QByteArray::fromHex("3082ffff0201");
        QTest::newRow("huge-length") << QByteArray::fromHex("3084ffffffff");
        QTest::newRow("indefinite-length") << QByteArray::fromHex("3080020101");
        QTest::newRow("integer-of-zeros") << QByteArray::fromHex("300602010002010300");
        QTest::newRow("not-rsa-oid") << QByteArray::fromHex("3010300b06092a864886f70d0101020500030100");
        QTest::newRow("bitstring-unused-bits") << QByteArray::fromHex("3012300d06092a864886f70d0101010500030101");
        QTest::newRow("random") << QByteArray::fromBase64("q83vASNFZ4mrze8BI0VniavN7wEjRWeJ");
    }
    void hostileDer()
    {
        QFETCH(QByteArray, der);
        QCOMPARE(rsaModulusBits(der), 0);
    }

    void hostileRecord()
    {
        QVERIFY(!parseDkimKey(QStringLiteral("p=") + QString(20000, QLatin1Char('A'))).valid());
        QVERIFY(!parseDkimKey(QStringLiteral(";;;;===;;")).valid());
    }
};

QTEST_GUILESS_MAIN(TestDkimKey)
#include "tst_dkimkey.moc"
