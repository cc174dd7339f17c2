#include "localmail/LocalImporter.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;
using namespace mailtide::localmail;

namespace {
const QString kData = QStringLiteral(MAILTIDE_TEST_DATA);
constexpr qint64 kNow = 1800000000; // 2027-01-15: pinned, so "the future" does not move
} // namespace

class TestLocalImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reimportAddsNothing()
    {
        auto store = store::Store::open(QStringLiteral(":memory:"));
        QVERIFY(store);
        LocalImporter importer(*store.value());
        importer.setNow(kNow);
        const QStringList paths = {kData + QStringLiteral("/mbox/three.mbox"), kData + QStringLiteral("/maildir")};
        auto first = importer.import(QStringLiteral("local"), paths);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->seen, 7);
        QCOMPARE(first->added, 7);
        auto second = importer.import(QStringLiteral("local"), paths);
        QVERIFY(second);
        QCOMPARE(second->seen, 7);
        QCOMPARE(second->added, 0);
        QCOMPARE(second->duplicates, 7);
        QCOMPARE(store.value()->messageCount().value(), 7);
        // The CRLF copy of three.mbox holds other bytes: three new messages.
        auto crlf = importer.import(QStringLiteral("local"), {kData + QStringLiteral("/mbox/crlf.mbox")});
        QCOMPARE(crlf->added, 3);
    }

    void storesDecodedMetadata()
    {
        auto store = store::Store::open(QStringLiteral(":memory:"));
        LocalImporter importer(*store.value());
        importer.setNow(kNow);
        QVERIFY(importer.import(QStringLiteral("enc"), {kData + QStringLiteral("/mbox/encoded.mbox")}));
        auto rows = store.value()->messageRows({});
        QCOMPARE(rows->size(), 1);
        auto d = store.value()->messageDetail(rows->first().id);
        QVERIFY(d);
        QCOMPARE(d->row.subject, QStringLiteral("été déjà vu"));
        QCOMPARE(d->row.fromName, QStringLiteral("André Müller"));
        QCOMPARE(d->row.receivedUtc, qint64(1041944400));
        QCOMPARE(d->row.receivedOffset, -5 * 3600);
        QCOMPARE(d->receivedSource, QStringLiteral("received"));
        QCOMPARE(d->folderName, QStringLiteral("encoded"));
        QCOMPARE(d->messageId, QStringLiteral("enc@example.de"));
    }

    void receivedTimeSource_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("utc"); // -1: the file's time
        QTest::newRow("received-beats-forged-date") << QStringLiteral("received.eml") << QStringLiteral("received")
                                                    << qint64(1041843690);
        QTest::newRow("future-date-rejected") << QStringLiteral("future-date.eml") << QStringLiteral("file") << qint64(-1);
        QTest::newRow("pre-1990-date-rejected") << QStringLiteral("old-date.eml") << QStringLiteral("file") << qint64(-1);
        QTest::newRow("plausible-date") << QStringLiteral("good-date.eml") << QStringLiteral("date") << qint64(1066220400);
        QTest::newRow("no-date") << QStringLiteral("no-date.eml") << QStringLiteral("file") << qint64(-1);
    }
    void receivedTimeSource()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(qint64, utc);
        auto store = store::Store::open(QStringLiteral(":memory:"));
        LocalImporter importer(*store.value());
        importer.setNow(kNow);
        const QString path = kData + QStringLiteral("/dates/") + file;
        QVERIFY(importer.import(QStringLiteral("d"), {path}));
        auto d = store.value()->messageDetail(store.value()->messageRows({})->first().id);
        QCOMPARE(d->receivedSource, source);
        const qint64 expected = utc >= 0 ? utc : QFileInfo(path).lastModified().toSecsSinceEpoch();
        QCOMPARE(d->row.receivedUtc, expected);
    }

    void mboxStatusFlags()
    {
        auto store = store::Store::open(QStringLiteral(":memory:"));
        LocalImporter importer(*store.value());
        QVERIFY(importer.import(QStringLiteral("s"), {kData + QStringLiteral("/mbox/status.mbox")}));
        auto rows = store.value()->messageRows({}, store::MessageSort::Subject, false);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).subject, QStringLiteral("Read and flagged"));
        QCOMPARE(rows->at(0).flags, int(store::FlagSeen | store::FlagAnswered | store::FlagFlagged));
        QCOMPARE(rows->at(1).flags, 0);
    }

    void badInputs()
    {
        auto store = store::Store::open(QStringLiteral(":memory:"));
        LocalImporter importer(*store.value());
        // The only path is not mail: an error, and nothing written (not even the account).
        auto r = importer.import(QStringLiteral("x"), {kData + QStringLiteral("/not-mail.bin")});
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("Not a mailbox")));
        QCOMPARE(store.value()->accounts()->size(), 0);
        // Mixed with good mail: a warning, and the good mail is imported.
        auto mixed = importer.import(QStringLiteral("x"), {kData + QStringLiteral("/not-a-mailbox.txt"),
                                                          kData + QStringLiteral("/mbox/three.mbox"),
                                                          kData + QStringLiteral("/mbox/empty.mbox")});
        QVERIFY(mixed);
        QCOMPARE(mixed->added, 3);
        QVERIFY(!mixed->warnings.isEmpty());
    }

    void cancelKeepsWhatWasDoneAndResumes()
    {
        QTemporaryDir dir;
        auto store = store::Store::open(dir.filePath(QStringLiteral("c.db")));
        LocalImporter importer(*store.value());
        std::atomic_bool cancel{true};
        importer.setCancelFlag(&cancel);
        const QStringList three = {kData + QStringLiteral("/mbox/three.mbox")};
        // Cancelled before it starts: nothing written, and it says so.
        auto none = importer.import(QStringLiteral("c"), three);
        QVERIFY(none);
        QVERIFY(none->cancelled);
        QCOMPARE(none->added, 0);
        // Cancelled after the first message: that one is kept (batches of one commit at once).
        cancel = false;
        importer.setBatchSize(1);
        importer.setProgressInterval(0);
        importer.setProgress([&](const ImportProgress &p) {
            if (p.seen >= 1)
                cancel = true;
        });
        auto r = importer.import(QStringLiteral("c"), three);
        QVERIFY(r);
        QVERIFY(r->cancelled);
        QCOMPARE(r->added, 1);
        QCOMPARE(store.value()->messageCount().value(), 1);
        // The next run resumes: the rest is added, nothing twice.
        cancel = false;
        importer.setProgress(nullptr);
        auto rest = importer.import(QStringLiteral("c"), three);
        QVERIFY(rest && !rest->cancelled);
        QCOMPARE(rest->added, 2);
        QCOMPARE(rest->duplicates, 1);
        QCOMPARE(store.value()->messageCount().value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLocalImporter)
#include "tst_localimporter.moc"
