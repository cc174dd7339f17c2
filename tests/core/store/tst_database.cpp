#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <sqlite3.h>

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

    /** A database file as schema `version` left it (its migrations run by hand, no later ones),
     *  holding `rows` (SQL run after them). */
    static bool writeAtVersion(const QString &path, int version, const char *rows)
    {
        sqlite3 *raw = nullptr;
        bool ok = sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK;
        for (int v = 0; ok && v < version; ++v)
            ok = sqlite3_exec(raw, migrations()[size_t(v)], nullptr, nullptr, nullptr) == SQLITE_OK;
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(version);
        ok = ok && sqlite3_exec(raw, bump.constData(), nullptr, nullptr, nullptr) == SQLITE_OK &&
             sqlite3_exec(raw, rows, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(raw);
        return ok;
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

    void version4KeepsMessagesAndTheirChecks()
    {
        // A database as schema 3 left it, with messages, opened by this build: every row and
        // index is still there, the CHECK still refuses a bad value, and the INSERT no longer
        // opens a temporary b-tree for it (that is what version 4 is for).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        const char *rows =
            "INSERT INTO accounts (id, name, kind, created_utc) VALUES (1, 'a', 'imap', 0);"
            "INSERT INTO folders (id, account_id, name) VALUES (5, 1, 'INBOX');"
            "INSERT INTO messages (id, account_id, folder_id, uid, message_id, received_utc, received_source,"
            " subject, size, verdict, score) VALUES (17, 1, 5, 42, '<m@x>', 1700000000, 'internaldate',"
            " 'Kept', 1234, 1, 0.97);"
            "INSERT INTO messages (id, account_id, folder_id, local_key, received_utc, received_source, size)"
            " VALUES (18, 1, 5, 'sha256:ab', 1700000001, 'file', 99);";
        QVERIFY(writeAtVersion(path, 3, rows));
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), int(migrations().size()));
        auto q = db.prepare("SELECT id, folder_id, uid, message_id, subject, size, verdict, score, local_key"
                            " FROM messages ORDER BY id");
        QVERIFY(q && q->step());
        QCOMPARE(q->int64(0), 17);
        QCOMPARE(q->int64(1), 5);
        QCOMPARE(q->int64(2), 42);
        QCOMPARE(q->text(3), QStringLiteral("<m@x>"));
        QCOMPARE(q->text(4), QStringLiteral("Kept"));
        QCOMPARE(q->int64(5), 1234);
        QCOMPARE(q->int64(6), 1);
        QCOMPARE(q->real(7), 0.97);
        QVERIFY(q->step());
        QCOMPARE(q->int64(0), 18);
        QCOMPARE(q->text(8), QStringLiteral("sha256:ab"));
        QVERIFY(!q->step());
        auto idx = db.prepare("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema"
                              " WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL ORDER BY name)");
        QVERIFY(idx && idx->step());
        // (messages_list_id: version 6, hygiene grouping by list)
        QCOMPARE(idx->text(0), QStringLiteral("messages_folder_time messages_from_domain messages_list_id messages_local_key "
                                              "messages_message_id messages_time messages_uid"));
        // The unique indexes still hold: the same folder and UID again is refused.
        QVERIFY(!db.exec("INSERT INTO messages (account_id, folder_id, uid, received_utc, received_source, size)"
                         " VALUES (1, 5, 42, 0, 'internaldate', 1)"));
        QVERIFY(!db.exec("INSERT INTO messages (account_id, folder_id, received_utc, received_source, size)"
                         " VALUES (1, 5, 0, 'forged', 1)"));
        QVERIFY(db.exec("INSERT INTO messages (account_id, folder_id, received_utc, received_source, size)"
                        " VALUES (1, 5, 0, 'date', 1)"));
        auto plan = db.prepare("EXPLAIN INSERT INTO messages (account_id, folder_id, received_utc, received_source,"
                               " size) VALUES (1, 5, 0, ?1, 1) ON CONFLICT DO NOTHING");
        QVERIFY(plan);
        int ops = 0;
        while (plan->step()) {
            ++ops;
            QVERIFY2(plan->text(1) != QStringLiteral("OpenEphemeral"), "the INSERT opens a temporary b-tree");
        }
        QVERIFY(ops > 10);
    }

    void version5CoversTrendReadsAndKeepsMessages()
    {
        // A database as schema 4 left it, with messages, opened by this build: the rows are
        // kept, and the two time indexes now hold every column trends read (and nothing else
        // changed: the same six indexes).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        const char *rows =
            "INSERT INTO accounts (id, name, kind, created_utc) VALUES (1, 'a', 'imap', 0);"
            "INSERT INTO folders (id, account_id, name) VALUES (5, 1, 'INBOX'), (6, 1, 'Junk');"
            "INSERT INTO messages (id, account_id, folder_id, uid, received_utc, received_source, size, verdict)"
            " VALUES (17, 1, 5, 42, 1700000000, 'internaldate', 10, 1), (18, 1, 6, 43, 1700000100, 'internaldate', 10,"
            " NULL), (19, 1, 5, 44, 1600000000, 'internaldate', 10, 0);";
        QVERIFY(writeAtVersion(path, 4, rows));
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), int(migrations().size()));
        auto q = db.prepare("SELECT group_concat(id || ':' || folder_id || ':' || COALESCE(verdict, 'n'), ' ')"
                            " FROM (SELECT * FROM messages ORDER BY id)");
        QVERIFY(q && q->step());
        QCOMPARE(q->text(0), QStringLiteral("17:5:1 18:6:n 19:5:0"));
        auto columns = [&](const char *index) {
            auto c = db.prepare("SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(?1) ORDER BY seqno)");
            c->bind(1, QString::fromLatin1(index));
            return c->step() ? c->text(0) : QString();
        };
        QCOMPARE(columns("messages_time"), QStringLiteral("received_utc,verdict,folder_id,account_id"));
        QCOMPARE(columns("messages_folder_time"), QStringLiteral("folder_id,received_utc,verdict,account_id"));
        auto idx = db.prepare("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema"
                              " WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL ORDER BY name)");
        QVERIFY(idx && idx->step());
        // (messages_list_id: version 6, hygiene grouping by list)
        QCOMPARE(idx->text(0), QStringLiteral("messages_folder_time messages_from_domain messages_list_id messages_local_key "
                                              "messages_message_id messages_time messages_uid"));
        // Read through the new index, in time order, without the table.
        auto t = db.prepare("SELECT group_concat(id, ' ') FROM (SELECT id FROM messages INDEXED BY messages_time"
                            " ORDER BY received_utc)");
        QVERIFY(t && t->step());
        QCOMPARE(t->text(0), QStringLiteral("19 17 18"));
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
