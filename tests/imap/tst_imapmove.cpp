// Moving messages on a real Dovecot: "mark as spam / not spam" moves, follows in the store, teaches
// the model, and is undone exactly; UID MOVE and the COPY + \Deleted + UID EXPUNGE fallback.
#include "DovecotServer.h"

#include "classify/Learner.h"
#include "classify/Model.h"
#include "imap/Account.h"
#include "imap/Mover.h"
#include "imap/Sync.h"
#include "jobs/MoveJob.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;

class TestImapMove : public QObject
{
    Q_OBJECT
    test::DovecotServer m_server;
    QTemporaryDir m_dir;
    QTemporaryDir m_secret;
    std::unique_ptr<store::Store> m_store;
    qint64 m_account = 0;

    store::ImapAccount account() const
    {
        store::ImapAccount a = m_server.imapsAccount(QStringLiteral("dovecot"));
        a.passwordCommand = QStringLiteral("cat '%1'").arg(m_secret.filePath(QStringLiteral("pw")));
        return a;
    }

    Result<imap::SyncReport> sync()
    {
        imap::Connection c;
        if (Status s = c.open(imap::endpointFor(account()).value()); !s)
            return s.error();
        imap::Syncer syncer(*m_store, c);
        return syncer.sync(m_account, {});
    }

    QHash<QString, qint64> counts()
    {
        QHash<QString, qint64> out;
        const auto folders = m_store->folders(m_account);
        for (const auto &f : folders.value())
            out.insert(f.name, f.messageCount);
        return out;
    }


    jobs::MoveRecord runJob(jobs::MoveJob &job, bool *ok, QString *message)
    {
        jobs::MoveRecord record;
        connect(&job, &jobs::MoveJob::finished, this, [&](bool k, const QString &m, const jobs::MoveRecord &r) {
            *ok = k;
            *message = m;
            record = r;
        });
        job.run();
        return record;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QFile pw(m_secret.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(m_server.password().toUtf8());
        pw.close();
        QDir corpus(QStringLiteral(MAILTIDE_TEST_DATA "/corpus"));
        for (const QString &f : corpus.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QFile file(corpus.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(m_server.addMessage(QStringLiteral("INBOX"), file.readAll()));
        }
        auto st = store::Store::open(m_dir.filePath(QStringLiteral("move.db")));
        QVERIFY(st);
        m_store = std::move(st.value());
        auto id = m_store->addImapAccount(account());
        QVERIFY(id);
        m_account = id.value();
        QVERIFY(sync());
    }

    void copyUidRows_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("pairs"); // "src>dst ..."
        QTest::newRow("rfc4315-example") << QByteArray("A003 OK [COPYUID 38505 304,319:320 3956:3958] Done")
                                         << QStringLiteral("304>3956 319>3957 320>3958");
        QTest::newRow("single") << QByteArray("A1 OK [COPYUID 1 7 12] Moved") << QStringLiteral("7>12");
        QTest::newRow("sizes-differ") << QByteArray("A1 OK [COPYUID 1 7:8 12] Moved") << QString();
        QTest::newRow("not-copyuid") << QByteArray("A1 OK [APPENDUID 1 7] Done") << QString();
    }
    void copyUidRows()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, pairs);
        auto r = imap::parseOne(QByteArray(line + "\r\n"));
        QVERIFY(r);
        auto m = imap::parseCopyUid(r->code);
        if (pairs.isEmpty()) {
            QVERIFY(!m);
            return;
        }
        QVERIFY(m);
        QStringList got;
        QList<quint64> keys = m->destUid.keys();
        std::sort(keys.begin(), keys.end());
        for (quint64 k : keys)
            got << QStringLiteral("%1>%2").arg(k).arg(m->destUid.value(k));
        QCOMPARE(got.join(QLatin1Char(' ')), pairs);
    }

    void markAsSpamMovesLearnsAndUndoes()
    {
        const auto before = counts();
        const qint64 inboxBefore = before.value(QStringLiteral("INBOX"));
        QVERIFY(inboxBefore >= 8);
        auto rows = m_store->messageRows({m_account, 0, 0}, store::MessageSort::Received, false, 2);
        QVERIFY(rows && rows->size() == 2);
        const QVector<qint64> ids{rows->at(0).id, rows->at(1).id};

        classify::Model model;
        classify::Learner learner(m_store->db(), model);
        QVERIFY(learner.load());
        const quint32 spamBefore = model.spamMessages();

        bool ok = false;
        QString message;
        jobs::MoveJob job(m_store->db().path(), QStringLiteral("dovecot"), {}, ids, true);
        const jobs::MoveRecord record = runJob(job, &ok, &message);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("2 message")) && message.contains(QStringLiteral("moved to Junk")), qPrintable(message));
        QCOMPARE(record.messageIds.size(), 2);
        // On the server...
        QCOMPARE(m_server.messageCount(QStringLiteral("INBOX")), inboxBefore - 2);
        QCOMPARE(m_server.messageCount(QStringLiteral("Junk")), qint64(2));
        // ... in the store (the same rows, now in Junk with their new UIDs) ...
        QCOMPARE(counts().value(QStringLiteral("INBOX")), inboxBefore - 2);
        QCOMPARE(counts().value(QStringLiteral("Junk")), qint64(2));
        // ... and in the model.
        QVERIFY(learner.load());
        QCOMPARE(model.spamMessages(), spamBefore + 2);
        // A sync finds everything in place: nothing fetched, nothing removed.
        auto r = sync();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->added, qint64(0));
        QCOMPARE(r->removed, qint64(0));

        // Undo: back in the inbox, the lessons unlearned.
        jobs::MoveJob undo(m_store->db().path(), {}, record);
        runJob(undo, &ok, &message);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_server.messageCount(QStringLiteral("INBOX")), inboxBefore);
        QCOMPARE(m_server.messageCount(QStringLiteral("Junk")), qint64(0));
        QCOMPARE(counts().value(QStringLiteral("INBOX")), inboxBefore);
        QVERIFY(learner.load());
        QCOMPARE(model.spamMessages(), spamBefore);
        auto again = sync();
        QVERIFY(again);
        QCOMPARE(again->added, qint64(0));
        QCOMPARE(again->removed, qint64(0));
    }

    void serverWithoutMove_data()
    {
        QTest::addColumn<QString>("capability");
        QTest::addColumn<bool>("moves");
        // Dovecot announcing less than it has (imap_capability): what Mailtide does is decided by
        // what the server announces.
        QTest::newRow("UIDPLUS, no MOVE: COPY + UID EXPUNGE")
            << QStringLiteral("IMAP4rev1 SASL-IR LITERAL+ ENABLE IDLE NAMESPACE UIDPLUS CONDSTORE SPECIAL-USE") << true;
        QTest::newRow("neither MOVE nor UIDPLUS: refused")
            << QStringLiteral("IMAP4rev1 SASL-IR LITERAL+ ENABLE IDLE NAMESPACE CONDSTORE SPECIAL-USE") << false;
    }

    /** Without MOVE, the COPY + \Deleted + UID EXPUNGE path expunges only the moved UIDs: another
     *  message marked \Deleted by someone else survives. Without UIDPLUS too, nothing is done: a
     *  plain EXPUNGE would remove that other message. */
    void serverWithoutMove()
    {
        QFETCH(QString, capability);
        QFETCH(bool, moves);
        test::DovecotServer server;
        test::DovecotServer::Options o;
        o.imapCapability = capability;
        QVERIFY(server.start(o));
        QDir corpus(QStringLiteral(MAILTIDE_TEST_DATA "/corpus"));
        for (const QString &f : corpus.entryList({QStringLiteral("ham-*.eml")}, QDir::Files, QDir::Name).mid(0, 3)) {
            QFile file(corpus.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(server.addMessage(QStringLiteral("INBOX"), file.readAll()));
        }
        const auto count = [&server](const QString &folder) { return server.messageCount(folder); };
        const store::ImapAccount a = server.imapsAccount(QStringLiteral("less"));
        imap::Connection c;
        QVERIFY(c.open(imap::endpointFor(a, server.password().toUtf8()).value()));
        imap::Session s(c);
        auto caps = s.capability();
        QVERIFY(caps);
        QVERIFY(!caps->has("MOVE"));
        QCOMPARE(caps->has("UIDPLUS"), moves);
        QVERIFY(s.select("INBOX"));
        auto uids = s.uidSearchAll();
        QVERIFY(uids && uids->size() == 3);
        QVERIFY(c.runOk(QByteArray("UID STORE " + QByteArray::number(uids->at(2)) + " +FLAGS.SILENT (\\Deleted)")));
        auto moved = imap::moveSelected(c, caps.value(), {uids->at(0), uids->at(1)}, "Trash");
        if (moves) {
            QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
            QCOMPARE(moved->destUid.size(), 2); // COPYUID: the store can follow them
            QCOMPARE(count(QStringLiteral("INBOX")), qint64(1));
            QCOMPARE(count(QStringLiteral("Trash")), qint64(2));
        } else {
            QVERIFY(!moved);
            QVERIFY2(moved.error().toString().contains(QLatin1String("neither MOVE nor UIDPLUS")), qPrintable(moved.error().toString()));
            QCOMPARE(count(QStringLiteral("INBOX")), qint64(3));
            QCOMPARE(count(QStringLiteral("Trash")), qint64(0));
        }
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestImapMove)
#include "tst_imapmove.moc"
