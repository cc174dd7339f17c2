#include "localmail/MailSource.h"
#include "mime/MessageHeaders.h"
#include "store/Types.h"

#include <QDir>
#include <QTest>

using namespace mailtide;
using namespace mailtide::localmail;

namespace {
const QString kData = QStringLiteral(MAILTIDE_TEST_DATA);

QStringList subjectsOf(const QString &path, SourceKind kind, QStringList *folders = nullptr)
{
    QStringList subjects;
    const Status st = read(path, kind, QStringLiteral("top"), [&](RawMessage &&m) {
        subjects << mime::parseHeaders(m.bytes).subject;
        if (folders)
            *folders << m.folder;
        return true;
    });
    if (!st)
        subjects << QStringLiteral("ERROR: ") + st.error().toString();
    return subjects;
}
} // namespace

class TestMailSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectAndRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind"); // -1: an error
        QTest::addColumn<QStringList>("subjects");
        const QStringList three = {QStringLiteral("Message 1"), QStringLiteral("Message 2"), QStringLiteral("Message 3")};
        QTest::newRow("mbox") << kData + QStringLiteral("/mbox/three.mbox") << int(SourceKind::Mbox) << three;
        QTest::newRow("mbox-crlf") << kData + QStringLiteral("/mbox/crlf.mbox") << int(SourceKind::Mbox) << three;
        QTest::newRow("mbox-no-trailing-newline")
            << kData + QStringLiteral("/mbox/no-trailing-newline.mbox") << int(SourceKind::Mbox)
            << QStringList{QStringLiteral("First"), QStringLiteral("Last, no newline")};
        QTest::newRow("mbox-from-in-body")
            << kData + QStringLiteral("/mbox/from-in-body.mbox") << int(SourceKind::Mbox)
            << QStringList{QStringLiteral("Body with From lines"), QStringLiteral("After")};
        QTest::newRow("mbox-empty") << kData + QStringLiteral("/mbox/empty.mbox") << int(SourceKind::Mbox) << QStringList();
        QTest::newRow("eml-file") << kData + QStringLiteral("/dates/good-date.eml") << int(SourceKind::EmlFile)
                                  << QStringList{QStringLiteral("Plausible Date only")};
        // bug: a message with NUL bytes in its first 4 KiB was "not a mailbox" (spam carries them).
        QTest::newRow("eml-with-nul-bytes") << kData + QStringLiteral("/nul-bytes.eml") << int(SourceKind::EmlFile)
                                            << QStringList{QStringLiteral("NUL bytes inside")};
        QTest::newRow("binary-file") << kData + QStringLiteral("/not-mail.bin") << -1 << QStringList();
        QTest::newRow("text-not-mail") << kData + QStringLiteral("/not-a-mailbox.txt") << -1 << QStringList();
        QTest::newRow("missing") << kData + QStringLiteral("/no/such/file") << -1 << QStringList();
    }
    void detectAndRead()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QStringList, subjects);
        auto k = detect(path);
        if (kind < 0) {
            QVERIFY(!k);
            QVERIFY(!k.error().message.isEmpty());
            return;
        }
        QVERIFY2(k, qPrintable(k ? QString() : k.error().toString()));
        QCOMPARE(int(k.value()), kind);
        QCOMPARE(subjectsOf(path, k.value()), subjects);
    }

    void mboxQuotingIsUndone()
    {
        QByteArray body;
        QVERIFY(read(kData + QStringLiteral("/mbox/from-in-body.mbox"), SourceKind::Mbox, QStringLiteral("x"),
                     [&](RawMessage &&m) {
                         if (body.isEmpty())
                             body = m.bytes;
                         return true;
                     }));
        QVERIFY(body.contains("\n\nFrom the desk of the director"));
        QVERIFY(body.contains("\nFrom me at 10:30, quoted by mboxrd\n"));
        QVERIFY(body.contains("\n>From quoted twice at 11:45\n"));
        QVERIFY(!body.endsWith("\n\n")); // the separator's blank line is mbox's, not the message's
    }

    void splitMbox_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("count");
        const QByteArray fl = "From a@b Mon Jan  6 10:00:00 2003\n";
        QTest::newRow("one") << QByteArray(fl + "S: 1\n\nx\n") << 1;
        QTest::newRow("two") << QByteArray(fl + "S: 1\n\nx\n\n" + fl + "S: 2\n\ny\n") << 2;
        QTest::newRow("from-line-not-after-blank") << QByteArray(fl + "S: 1\n\nx\n" + fl + "y\n") << 1;
        QTest::newRow("from-without-time") << QByteArray(fl + "S: 1\n\nx\n\nFrom here on\n") << 1;
        QTest::newRow("no-from-line") << QByteArray("S: 1\n\nx\n") << 0;
    }
    void splitMbox()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, count);
        QCOMPARE(localmail::splitMbox(data).size(), count);
    }

    void maildirFlags_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("flags");
        QTest::newRow("seen") << QStringLiteral("1.M1.host:2,S") << int(store::FlagSeen);
        QTest::newRow("all") << QStringLiteral("1.M1.host:2,DFPRST")
                             << int(store::FlagDraft | store::FlagFlagged | store::FlagForwarded | store::FlagAnswered |
                                    store::FlagSeen | store::FlagDeleted);
        QTest::newRow("none") << QStringLiteral("1.M1.host:2,") << 0;
        QTest::newRow("no-info") << QStringLiteral("1.M1.host") << 0;
    }
    void maildirFlags()
    {
        QFETCH(QString, name);
        QFETCH(int, flags);
        QCOMPARE(localmail::maildirFlags(name), flags);
    }

    void maildirFoldersAndFlags()
    {
        const QString path = kData + QStringLiteral("/maildir");
        QCOMPARE(detect(path).value(), SourceKind::Maildir);
        QMap<QString, int> flagsBySubject;
        QMap<QString, QString> folderBySubject;
        QVERIFY(read(path, SourceKind::Maildir, QStringLiteral("ignored"), [&](RawMessage &&m) {
            const QString s = mime::parseHeaders(m.bytes).subject;
            flagsBySubject[s] = m.flags;
            folderBySubject[s] = m.folder;
            return true;
        }));
        QCOMPARE(flagsBySubject.size(), 4);
        QCOMPARE(flagsBySubject.value(QStringLiteral("Seen one")), int(store::FlagSeen));
        QCOMPARE(flagsBySubject.value(QStringLiteral("Flagged replied seen")),
                 int(store::FlagSeen | store::FlagFlagged | store::FlagAnswered));
        QCOMPARE(flagsBySubject.value(QStringLiteral("Brand new")), 0);
        QCOMPARE(folderBySubject.value(QStringLiteral("Brand new")), QStringLiteral("INBOX"));
        QCOMPARE(folderBySubject.value(QStringLiteral("On a list")), QStringLiteral("Lists/Qt"));
    }

    void emlFolderSkipsStrayFiles()
    {
        const QString path = kData + QStringLiteral("/emlfolder");
        QCOMPARE(detect(path).value(), SourceKind::EmlFolder);
        QStringList folders, warnings;
        QStringList subjects;
        QVERIFY(read(path, SourceKind::EmlFolder, QStringLiteral("emlfolder"), [&](RawMessage &&m) {
            subjects << mime::parseHeaders(m.bytes).subject;
            folders << m.folder;
            return true;
        }, &warnings));
        QCOMPARE(subjects, (QStringList{QStringLiteral("Top-level eml"), QStringLiteral("Nested eml")}));
        QCOMPARE(folders, (QStringList{QStringLiteral("emlfolder"), QStringLiteral("emlfolder/sub")}));
        QCOMPARE(warnings.size(), 1); // notes.txt
    }

    /** bug: a folder given by a relative path ("tests/data/modern") became a folder of that
     *  name, nested three deep in the GUI's tree. */
    void emlFolderByRelativePath()
    {
        const QDir data(kData);
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(data.absoluteFilePath(QStringLiteral(".."))));
        const QString relative = data.dirName() + QStringLiteral("/emlfolder");
        QStringList folders;
        const bool ok = bool(read(relative, SourceKind::EmlFolder, defaultFolderName(relative, SourceKind::EmlFolder),
                                  [&](RawMessage &&m) {
                                      folders << m.folder;
                                      return true;
                                  }));
        QDir::setCurrent(previous);
        QVERIFY(ok);
        QCOMPARE(folders, (QStringList{QStringLiteral("emlfolder"), QStringLiteral("emlfolder/sub")}));
    }

    /** bug: corpus-style files (.eml starting with a From_ line) were counted as "not mail" in a
     *  folder, and given one folder each when listed one by one. */
    void messageFilesWithFromLines()
    {
        const QString root = kData + QStringLiteral("/fromline-eml");
        QStringList folders, warnings;
        QStringList subjects;
        bool fromLineKept = false;
        QVERIFY(read(root, SourceKind::EmlFolder, defaultFolderName(root, SourceKind::EmlFolder),
                     [&](RawMessage &&m) {
                         subjects << mime::parseHeaders(m.bytes).subject;
                         folders << m.folder;
                         fromLineKept = fromLineKept || m.bytes.startsWith("From ");
                         return true;
                     },
                     &warnings));
        QVERIFY(!fromLineKept);
        QCOMPARE(subjects, (QStringList{QStringLiteral("[ILUG] meeting"), QStringLiteral("Life Insurance - Why Pay More?")}));
        QCOMPARE(folders, (QStringList{QStringLiteral("ham"), QStringLiteral("spam")})); // no extra "fromline-eml/" level
        QVERIFY(warnings.isEmpty());
        const QString file = root + QStringLiteral("/spam/00002.eml");
        QCOMPARE(defaultFolderName(file, detect(file).value()), QStringLiteral("spam"));
        QCOMPARE(defaultFolderName(kData + QStringLiteral("/mbox/three.mbox"), SourceKind::Mbox), QStringLiteral("three"));
    }

    void readMessageBytesMatchesImport()
    {
        const QString path = kData + QStringLiteral("/mbox/from-in-body.mbox");
        QList<RawMessage> msgs;
        QVERIFY(read(path, SourceKind::Mbox, QStringLiteral("x"), [&](RawMessage &&m) {
            msgs << m;
            return true;
        }));
        QCOMPARE(msgs.size(), 2);
        for (const auto &m : msgs) {
            auto again = readMessageBytes(m.sourcePath, m.offset, m.length);
            QVERIFY(again);
            QCOMPARE(again.value(), m.bytes);
        }
        QVERIFY(!readMessageBytes(path, qint64(1) << 40, 10)); // beyond the file: an error, not a crash
    }
};

QTEST_GUILESS_MAIN(TestMailSource)
#include "tst_mailsource.moc"
