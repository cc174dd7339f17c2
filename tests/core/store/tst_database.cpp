#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;
using namespace mailtide::store;

class TestDatabase : public QObject
{
    Q_OBJECT
private:
    static NewMessage message(qint64 account, qint64 folder, int n)
    {
        NewMessage m;
        m.accountId = account;
        m.folderId = folder;
        m.localKey = QStringLiteral("sha256:%1").arg(n);
        m.messageId = QStringLiteral("m%1@example.com").arg(n);
        m.receivedUtc = 1041843600 + n;
        m.receivedSource = ReceivedSource::Received;
        m.fromAddr = QStringLiteral("a%1@example.com").arg(n % 97);
        m.subject = QStringLiteral("Subject %1").arg(n);
        m.size = 1000 + n;
        return m;
    }

private Q_SLOTS:
    void migratesNewFileToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
            QCOMPARE(db.value()->schemaVersion(), int(migrations().size()));
            auto mode = db.value()->prepare("PRAGMA journal_mode");
            QVERIFY(mode && mode->step());
            QCOMPARE(mode->text(0), QStringLiteral("wal"));
        }
        // Re-opening runs no migration and keeps the version.
        auto again = Database::open(path);
        QVERIFY(again);
        QCOMPARE(again.value()->schemaVersion(), int(migrations().size()));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->exec("PRAGMA user_version = 999"));
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer")), qPrintable(db.error().toString()));
    }

    void corruptFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().toString().contains(QStringLiteral("not a database")), qPrintable(db.error().toString()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto store = Store::open(QStringLiteral(":memory:"));
        QVERIFY(store);
        Store &s = *store.value();
        auto account = s.ensureLocalAccount(QStringLiteral("a"), QStringLiteral("/x"));
        QVERIFY(account);
        {
            Transaction tx(s.db());
            QVERIFY(tx.begun());
            QVERIFY(s.ensureFolder(account.value(), QStringLiteral("INBOX")));
            // no commit: the destructor rolls back
        }
        QCOMPARE(s.folders(account.value())->size(), 0);
        {
            Transaction tx(s.db());
            QVERIFY(s.ensureFolder(account.value(), QStringLiteral("INBOX")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(s.folders(account.value())->size(), 1);
    }

    void failedStatementLeavesNothing()
    {
        auto store = Store::open(QStringLiteral(":memory:"));
        QVERIFY(store);
        Store &s = *store.value();
        const qint64 account = s.ensureLocalAccount(QStringLiteral("a"), {}).value();
        const qint64 folder = s.ensureFolder(account, QStringLiteral("f")).value();
        {
            Transaction tx(s.db());
            auto ins = s.inserter();
            QVERIFY(ins);
            QVERIFY(ins->insert(message(account, folder, 1)));
            NewMessage bad = message(account, 9999, 2); // no such folder: foreign key fails
            auto r = ins->insert(bad);
            QVERIFY(!r);
            QVERIFY2(r.error().toString().contains(QStringLiteral("FOREIGN KEY")), qPrintable(r.error().toString()));
        } // the error path never commits
        QCOMPARE(s.messageCount().value(), 0);
    }

    void duplicateKeysAreSkipped()
    {
        auto store = Store::open(QStringLiteral(":memory:"));
        Store &s = *store.value();
        const qint64 account = s.ensureLocalAccount(QStringLiteral("a"), {}).value();
        const qint64 f1 = s.ensureFolder(account, QStringLiteral("one")).value();
        const qint64 f2 = s.ensureFolder(account, QStringLiteral("two")).value();
        Transaction tx(s.db());
        auto ins = s.inserter();
        QCOMPARE(ins->insert(message(account, f1, 7)).value(), true);
        QCOMPARE(ins->insert(message(account, f2, 7)).value(), false); // same bytes elsewhere
        NewMessage imap = message(account, f1, 8);
        imap.localKey.clear();
        imap.uid = 42;
        QCOMPARE(ins->insert(imap).value(), true);
        QCOMPARE(ins->insert(imap).value(), false); // same folder + UID
        QVERIFY(tx.commit());
        QCOMPARE(s.messageCount().value(), 2);
    }

    void hundredThousandRowsInOneTransaction()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("big.db")));
        QVERIFY(store);
        Store &s = *store.value();
        const qint64 account = s.ensureLocalAccount(QStringLiteral("big"), {}).value();
        const qint64 folder = s.ensureFolder(account, QStringLiteral("INBOX")).value();
        QElapsedTimer t;
        t.start();
        {
            Transaction tx(s.db());
            auto ins = s.inserter();
            QVERIFY(ins);
            for (int i = 0; i < 100000; ++i)
                QVERIFY(ins->insert(message(account, folder, i)).value());
            QVERIFY(tx.commit());
        }
        const double secs = double(t.elapsed()) / 1000;
        qInfo("100,000 inserts in %.2f s (%.0f rows/s)", secs, 100000 / secs); // reported, not asserted
        QCOMPARE(s.messageCount(account).value(), 100000);
        auto rows = s.messageRows({account, folder, 0}, MessageSort::Subject, false, 5);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5);
        QCOMPARE(rows->first().subject, QStringLiteral("Subject 0"));
        auto newest = s.messageRows({account, 0, 99990}, MessageSort::Received, true);
        QCOMPARE(newest->size(), 10); // ids after 99,990
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
