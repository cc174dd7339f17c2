// gzip and zip as DMARC reports arrive in them (selfcheck/Archive.h), against what the real gzip
// 1.12 and Info-ZIP zip 3.0 wrote (tests/data/selfcheck/mailbox/make-fixtures.sh), and the hostile
// archives: bad CRCs, cut files, a bomb, too many entries, encryption, zip64, a path-traversal name.
#include "selfcheck/Archive.h"

#include <QElapsedTimer>
#include <QFile>
#include "MailboxFixture.h"

#include <QTest>

using namespace mailtide::selfcheck;

namespace {

QByteArray fixture(const QString &name)
{
    return mailtide::test::mailboxFixture(name);
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gunzipRealGzip()
    {
        const auto r = gunzip(fixture(QStringLiteral("archive/microsoft.xml.gz")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value(), fixture(QStringLiteral("xml/microsoft.xml")));
    }
    void gunzipJoinsMembers()
    {
        const auto r = gunzip(fixture(QStringLiteral("archive/two-members.gz")));
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QByteArrayLiteral("first member, second member"));
    }
    void gunzipIgnoresZeroPadding()
    {
        const QByteArray padded = fixture(QStringLiteral("archive/two-members.gz")) + QByteArray(512, '\0');
        const auto r = gunzip(padded);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QByteArrayLiteral("first member, second member"));
        // Mimecast sends its reports with CRLF after the gzip trailer: gzip itself says "trailing
        // garbage ignored"
        const QByteArray crlf = fixture(QStringLiteral("archive/microsoft.xml.gz")) + QByteArrayLiteral("\r\n");
        const auto m = gunzip(crlf);
        QVERIFY(m.ok());
        QCOMPARE(m.value(), fixture(QStringLiteral("xml/microsoft.xml")));
    }
    void gunzipErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad-crc") << fixture(QStringLiteral("archive/badcrc.xml.gz")) << "CRC-32 mismatch";
        QTest::newRow("truncated") << fixture(QStringLiteral("archive/truncated.xml.gz")) << "cut short";
        QTest::newRow("header-only") << fixture(QStringLiteral("archive/microsoft.xml.gz")).left(12) << "cut short";
        QTest::newRow("no-trailer") << fixture(QStringLiteral("archive/two-members.gz")).left(30) << "cut short";
        QTest::newRow("not-gzip") << QByteArrayLiteral("<?xml version=\"1.0\"?><feedback/>") << "not gzip";
        QTest::newRow("empty") << QByteArray() << "not gzip";
        QTest::newRow("zip-not-gzip") << fixture(QStringLiteral("archive/google.zip")) << "not gzip";
        QByteArray corrupt = fixture(QStringLiteral("archive/microsoft.xml.gz"));
        for (int i = 40; i < 80; ++i)
            corrupt[i] = char(0xff);
        QTest::newRow("corrupt-deflate") << corrupt << "corrupt";
        QByteArray method = fixture(QStringLiteral("archive/microsoft.xml.gz"));
        method[2] = 7;
        QTest::newRow("unknown-method") << method << "method";
    }
    void gunzipErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const auto r = gunzip(data);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(error), qPrintable(r.error().toString()));
    }
    void gunzipStopsAtTheLimit()
    {
        const QByteArray gz = fixture(QStringLiteral("archive/zeros-1MiB.gz"));
        QVERIFY(gz.size() < 2000);
        const auto whole = gunzip(gz);
        QVERIFY(whole.ok());
        QCOMPARE(whole.value().size(), 1024 * 1024);
        QCOMPARE(whole.value().count('\0'), 1024 * 1024);
        const auto cut = gunzip(gz, 64 * 1024);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().toString().contains(QLatin1String("more than 65536 bytes")), qPrintable(cut.error().toString()));
        QVERIFY(gunzip(gz, 1024 * 1024).ok()); // exactly the limit is allowed
    }

    void unzipRealZip()
    {
        const auto r = unzip(fixture(QStringLiteral("archive/google.zip")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value()[0].name, QStringLiteral("google.com!good.test!1795564800!1795651199.xml"));
        QCOMPARE(r.value()[0].data, fixture(QStringLiteral("xml/google.xml")));
    }
    void unzipStreamedWithDataDescriptor()
    {
        // Written to a pipe: the local header has no sizes (bit 3); the central directory has them.
        const QByteArray zip = fixture(QStringLiteral("archive/streamed.zip"));
        QVERIFY(quint8(zip[6]) & 0x08);
        const auto r = unzip(zip);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value()[0].name, QStringLiteral("-"));
        QCOMPARE(r.value()[0].data, fixture(QStringLiteral("xml/google.xml")));
    }
    void unzipSkipsDirectories()
    {
        const auto r = unzip(fixture(QStringLiteral("archive/with-dir.zip")));
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value()[0].name, QStringLiteral("reports/report.xml"));
        QCOMPARE(r.value()[0].data, fixture(QStringLiteral("xml/google.xml")));
    }
    void unzipTraversalNameIsOnlyAName()
    {
        const auto r = unzip(fixture(QStringLiteral("archive/traversal.zip")));
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value()[0].name, QStringLiteral("../../etc/passwd"));
        QVERIFY(r.value()[0].data.startsWith("root:x:0:0:not really"));
    }
    void unzipErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad-crc") << fixture(QStringLiteral("archive/badcrc.zip")) << "CRC-32 mismatch";
        QTest::newRow("encrypted") << fixture(QStringLiteral("archive/encrypted.zip")) << "encrypted";
        QTest::newRow("too-many") << fixture(QStringLiteral("archive/many.zip")) << "more than 100 files";
        QTest::newRow("zip64") << fixture(QStringLiteral("archive/zip64.zip")) << "zip64";
        QTest::newRow("bomb") << fixture(QStringLiteral("archive/bomb.zip")) << "more than 33554432 bytes";
        QTest::newRow("gzip-not-zip") << fixture(QStringLiteral("archive/microsoft.xml.gz")) << "not a zip";
        QTest::newRow("empty") << QByteArray() << "not a zip";
        QTest::newRow("xml") << fixture(QStringLiteral("xml/google.xml")) << "not a zip";
        const QByteArray zip = fixture(QStringLiteral("archive/google.zip"));
        // the central directory and end record kept, the data cut away (the offsets point past it)
        QTest::newRow("local-data-missing") << zip.right(120) << "zip";
        QTest::newRow("truncated-end") << zip.left(zip.size() - 10) << "not a zip";
        QByteArray method = zip;
        method[8] = 12; // bzip2 in the local header ...
        const qsizetype cd = zip.lastIndexOf(QByteArrayLiteral("PK\x01\x02"));
        method[cd + 10] = 12; // ... and in the central directory
        QTest::newRow("bzip2-method") << method << "method 12";
        QByteArray lying = zip; // the central directory claims a smaller size: the data is more
        lying[cd + 24] = char(quint8(lying[cd + 24]) - 1);
        QTest::newRow("size-lies") << lying << "larger than it says";
        QByteArray disk = zip;
        const qsizetype eocd = zip.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
        disk[eocd + 4] = 1;
        QTest::newRow("multi-disk") << disk << "multi-disk";
        QByteArray offset = zip;
        offset[eocd + 19] = char(0x7f); // central directory offset far past the end
        QTest::newRow("cd-outside") << offset << "outside";
    }
    void unzipErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const auto r = unzip(data);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(error), qPrintable(r.error().toString()));
    }
    void unzipEntryLimitIsAParameter()
    {
        const auto r = unzip(fixture(QStringLiteral("archive/many.zip")), kMaxArchiveOutput, 101);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 101);
        QCOMPARE(r.value().first().name, QStringLiteral("f001.txt"));
        QCOMPARE(r.value().first().data, QByteArrayLiteral("001\n"));
    }
    void unzipBombStopsQuickly()
    {
        // 100 MiB declared: refused from the central directory, before anything is inflated.
        QElapsedTimer t;
        t.start();
        const auto r = unzip(fixture(QStringLiteral("archive/bomb.zip")), 1024 * 1024);
        QVERIFY(!r.ok());
        QVERIFY(t.elapsed() < 2000);
    }
    void unzipWithComment()
    {
        // A zip comment after the end record (up to 64 KiB) does not hide the record.
        QByteArray zip = fixture(QStringLiteral("archive/google.zip"));
        const qsizetype eocd = zip.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
        const QByteArray comment(60000, 'c');
        zip[eocd + 20] = char(comment.size() & 0xff);
        zip[eocd + 21] = char(comment.size() >> 8);
        zip += comment;
        const auto r = unzip(zip);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
    }
    void hostileBytesNeverCrash()
    {
        // Every prefix and a byte flipped at every position of a real zip and gzip: an error or
        // a value, never a crash (run under the asan preset too).
        const QByteArray zip = fixture(QStringLiteral("archive/with-dir.zip"));
        const QByteArray gz = fixture(QStringLiteral("archive/microsoft.xml.gz"));
        for (const QByteArray &a : {zip, gz}) {
            for (qsizetype n = 0; n < a.size(); ++n) {
                (void)unzip(QByteArrayView(a).first(n));
                (void)gunzip(QByteArrayView(a).first(n));
                QByteArray b = a;
                b[n] = char(b[n] ^ 0x5a);
                (void)unzip(b);
                (void)gunzip(b);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestArchive)
#include "tst_archive.moc"
