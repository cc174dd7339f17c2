// Watching an inbox for new mail on a real Dovecot: IDLE where the server offers it, a NOOP every
// few minutes where it does not (Dovecot announcing a capability list without IDLE), and a prompt
// stop either way. Every wait is a QSignalSpy::wait or a QTRY_*.
#include "DovecotServer.h"

#include "jobs/IdleJob.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mailtide;

namespace {

constexpr int kTimeoutMs = 20000;

QByteArray corpusMessage()
{
    QFile f(QStringLiteral(MAILTIDE_TEST_DATA "/corpus/ham-plain-discussion.eml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestIdleJob : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    /** A database holding one account for `server`; its path. */
    QString databaseFor(const test::DovecotServer &server)
    {
        const QString db = m_dir.filePath(QStringLiteral("idle-%1.db").arg(++m_count));
        auto st = store::Store::open(db);
        if (!st)
            qFatal("%s", qPrintable(st.error().toString()));
        if (!st.value()->addImapAccount(server.imapsAccount(QStringLiteral("Work"))))
            qFatal("cannot add the account");
        return db;
    }

    /** Runs the job on its own thread; a delivery by another client must wake it (changed()). */
    void watchAndDeliver(test::DovecotServer &server, jobs::IdleJob *job, bool expectPolling)
    {
        QThread thread;
        job->moveToThread(&thread);
        connect(&thread, &QThread::started, job, &jobs::IdleJob::run);
        QSignalSpy watching(job, &jobs::IdleJob::watching);
        QSignalSpy changed(job, &jobs::IdleJob::changed);
        QSignalSpy ended(job, &jobs::IdleJob::ended);
        thread.start();
        QVERIFY(watching.wait(kTimeoutMs));
        QCOMPARE(watching.first().at(0).toString(), QStringLiteral("Work"));
        QCOMPARE(watching.first().at(1).toBool(), expectPolling);
        QVERIFY(server.append(QStringLiteral("INBOX"), corpusMessage()));
        QVERIFY(changed.wait(kTimeoutMs));
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("Work"));
        QVERIFY(ended.isEmpty());
        // Stopping ends it promptly (well within the IDLE renewal or the poll interval).
        QElapsedTimer t;
        t.start();
        job->stop();
        QVERIFY(ended.wait(kTimeoutMs));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(ended.first().at(1).toString(), QString()); // stopped, not failed
        thread.quit();
        thread.wait();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void idleWakesOnNewMail()
    {
        test::DovecotServer server;
        QVERIFY(server.start());
        QVERIFY(server.addMessage(QStringLiteral("INBOX"), corpusMessage()));
        auto *job = new jobs::IdleJob(databaseFor(server), QStringLiteral("Work"), server.password().toUtf8());
        watchAndDeliver(server, job, false);
        delete job;
    }

    /** No IDLE announced: the job asks with NOOP (every 300 ms here, 5 minutes by default). */
    void withoutIdleItPolls()
    {
        test::DovecotServer server;
        test::DovecotServer::Options o;
        o.imapCapability = QStringLiteral("IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ NAMESPACE UIDPLUS "
                                          "MOVE CONDSTORE SPECIAL-USE");
        QVERIFY(server.start(o));
        QVERIFY(server.addMessage(QStringLiteral("INBOX"), corpusMessage()));
        auto *job = new jobs::IdleJob(databaseFor(server), QStringLiteral("Work"), server.password().toUtf8());
        job->setPollIntervalMs(300);
        watchAndDeliver(server, job, true);
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestIdleJob)
#include "tst_idlejob.moc"
