#include "CliRun.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kData = QStringLiteral(MAILTIDE_TEST_DATA);

using Run = mailtide::testing::CliRun;

Run cli(const QStringList &args, const QByteArray &stdinData = {})
{
    return mailtide::testing::runCli(args, 300000, stdinData);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void helpEverywhere_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("global") << QStringList{QStringLiteral("--help")};
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")};
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--help")};
    }
    void helpEverywhere()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage")) || r.out.contains(QStringLiteral("usage")));
        QVERIFY(r.err.isEmpty());
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        const QString d = db(QStringLiteral("errors.db"));
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("--db"), d, QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("import-without-account")
            << QStringList{QStringLiteral("--db"), d, QStringLiteral("import"), kData + QStringLiteral("/mbox/three.mbox")}
            << 2 << QStringLiteral("--account");
        QTest::newRow("import-not-mail")
            << QStringList{QStringLiteral("--db"), d, QStringLiteral("import"), QStringLiteral("--account"),
                           QStringLiteral("x"), kData + QStringLiteral("/not-mail.bin")}
            << 1 << QStringLiteral("Not a mailbox");
        QTest::newRow("import-missing-path")
            << QStringList{QStringLiteral("--db"), d, QStringLiteral("import"), QStringLiteral("--account"),
                           QStringLiteral("x"), QStringLiteral("/no/such/mbox")}
            << 1 << QStringLiteral("No such file");
        QTest::newRow("corrupt-db") << QStringList{QStringLiteral("--db"), kData + QStringLiteral("/not-a-mailbox.txt"),
                                                   QStringLiteral("list")}
                                    << 1 << QStringLiteral("not a database");
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, needle);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void importThenList()
    {
        const QString d = db(QStringLiteral("list.db"));
        Run r = cli({QStringLiteral("--db"), d, QStringLiteral("import"), QStringLiteral("--quiet"),
                     QStringLiteral("--account"), QStringLiteral("home"), kData + QStringLiteral("/mbox/three.mbox"),
                     kData + QStringLiteral("/maildir")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("7 messages read, 7 added")), qPrintable(r.out));
        r = cli({QStringLiteral("--db"), d, QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.contains(QStringLiteral("home\t\t7\t0")));
        QVERIFY(lines.contains(QStringLiteral("home\tthree\t3\t0")));
        QVERIFY(lines.contains(QStringLiteral("home\tINBOX\t3\t0")));
        QVERIFY(lines.contains(QStringLiteral("home\tLists/Qt\t1\t0")));
        // The --db file is the only place written: the database file holds the account.
        QVERIFY(QFileInfo::exists(d));
    }

    /** The acceptance check: the whole public corpus, then again. */
    void sampleCorpusImportsOnce()
    {
        const QString sample = QStringLiteral(MAILTIDE_SAMPLE_DIR);
        if (!QFileInfo::exists(sample + QStringLiteral("/.complete")))
            QSKIP("sample not installed: run installer/fetch-sample.sh (installer/test.sh does)");
        QStringList files;
        QDirIterator it(sample, {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QCOMPARE(files.size(), 6046);
        const QByteArray list = files.join(QLatin1Char('\n')).toUtf8();
        const QString d = db(QStringLiteral("sample.db"));
        const QStringList args = {QStringLiteral("--db"), d, QStringLiteral("import"), QStringLiteral("--quiet"),
                                  QStringLiteral("--account"), QStringLiteral("sample"), QStringLiteral("--files-from"),
                                  QStringLiteral("-")};
        Run r = cli(args, list);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("6046 messages read, 6046 added, 0 already there")), qPrintable(r.out));
        qInfo("%s", qPrintable(r.out.trimmed()));
        r = cli(args, list);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("6046 messages read, 0 added, 6046 already there")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
