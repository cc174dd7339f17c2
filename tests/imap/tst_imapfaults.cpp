#include "FakeImapServer.h"

#include "imap/Account.h"
#include "imap/Connection.h"
#include "imap/Sync.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace mailtide;

namespace {

/** A corpus message with CRLF line ends, as a server sends it. */
QByteArray corpus(const char *name)
{
    QFile f(QStringLiteral(MAILTIDE_TEST_DATA "/corpus/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    QByteArray b = f.readAll();
    b.replace("\r\n", "\n");
    b.replace("\n", "\r\n");
    return b;
}

/** A field of /proc/self/status in kB (VmRSS, VmHWM). */
qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

const QByteArray kCaps = "IMAP4rev1 AUTH=PLAIN";
const QByteArray kFetchItems = " (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[]<0.65536>)";

/** Greeting and libcurl's login, whichever mechanism it picks. */
QByteArrayList login(const QByteArray &caps = kCaps)
{
    return {"S: * OK [CAPABILITY " + caps + "] ready", "LOGIN " + caps};
}

/** Syncer's CAPABILITY and LIST (one folder, INBOX), then EXAMINE INBOX. */
QByteArrayList upToExamine(const QByteArray &caps = kCaps)
{
    const bool condstore = caps.contains("CONDSTORE");
    return {"C: {tag} CAPABILITY",
            "S: * CAPABILITY " + caps,
            "S: {tag} OK done",
            "C: {tag} LIST \"\" \"*\"",
            "S: * LIST (\\HasNoChildren) \"/\" INBOX",
            "S: {tag} OK done",
            condstore ? "C: {tag} EXAMINE INBOX (CONDSTORE)" : "C: {tag} EXAMINE INBOX"};
}

/** The EXAMINE answer, then UID SEARCH ALL and its answer. */
QByteArrayList examinedAndSearched(const QVector<quint64> &uids, std::optional<quint64> highestModSeq = {})
{
    QByteArrayList s{"S: * " + QByteArray::number(uids.size()) + " EXISTS", "S: * OK [UIDVALIDITY 7] ok",
                     "S: * OK [UIDNEXT " + QByteArray::number(uids.isEmpty() ? 1 : uids.last() + 1) + "] ok"};
    if (highestModSeq)
        s << "S: * OK [HIGHESTMODSEQ " + QByteArray::number(*highestModSeq) + "] ok";
    s << "S: {tag} OK [READ-ONLY] done" << "C: {tag} UID SEARCH ALL";
    QByteArray search = "S: * SEARCH";
    for (quint64 u : uids)
        search += ' ' + QByteArray::number(u);
    s << search << "S: {tag} OK done";
    return s;
}

QByteArray fetchCommand(const QByteArray &set, const QByteArray &tag = "{tag}")
{
    return "C: " + tag + " UID FETCH " + set + kFetchItems;
}

struct Outcome
{
    std::optional<Result<imap::SyncReport>> result;
    imap::FailureKind kind = imap::FailureKind::None;
    bool stillOpen = false;
    qint64 ms = 0; ///< sync and the connection's teardown
    QString error() const { return *result ? QString() : (*result).error().toString(); }
};

} // namespace

/** The IMAP layer against a scripted loopback server (FakeImapServer, STYLE 4): the faults a real
 *  Dovecot does not make — a connection dropped mid-literal, NO/BAD, garbage, a 2 GiB literal, a
 *  stall, a hostile body, BYE, a cancel — each asserted through Connection, Syncer and a real Store. */
class TestImapFaults : public QObject
{
    Q_OBJECT

    test::FakeImapServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    qint64 m_account = 0;
    int m_dbCount = 0;
    QList<QByteArray> m_msgs;

    Outcome sync(imap::SyncOptions o = {}, int idleTimeoutMs = 5000, const std::atomic_bool *cancel = nullptr)
    {
        Outcome out;
        QElapsedTimer t;
        t.start();
        auto account = m_store->imapAccount(QStringLiteral("fake"));
        if (!account)
            qFatal("%s", qPrintable(account.error().toString()));
        auto e = imap::endpointFor(account.value());
        if (!e)
            qFatal("%s", qPrintable(e.error().toString()));
        e->idleTimeoutMs = idleTimeoutMs;
        {
            imap::Connection c;
            if (Status s = c.open(e.value()); !s) {
                out.result = Result<imap::SyncReport>(s.error());
            } else {
                imap::Syncer syncer(*m_store, c);
                if (cancel)
                    syncer.setCancelFlag(cancel);
                out.result = syncer.sync(m_account, o);
            }
            out.kind = c.failureKind();
            out.stillOpen = c.isOpen();
        }
        out.ms = t.elapsed();
        return out;
    }

    qint64 inboxId()
    {
        auto fs = m_store->folders(m_account);
        for (const auto &f : fs.value())
            if (f.name == QLatin1String("INBOX"))
                return f.id;
        return -1;
    }

    QList<qint64> storedUids()
    {
        auto u = m_store->uidFlags(inboxId());
        QList<qint64> keys = u.value().keys();
        std::sort(keys.begin(), keys.end());
        return keys;
    }

    qint64 storedCount()
    {
        auto rows = m_store->messageRows({m_account, 0, 0});
        return rows.value().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        for (const char *name : {"ham-plain-discussion.eml", "spam-html-only-links.eml", "ham-multipart-alternative.eml",
                                 "spam-hidden-text-ip-links.eml", "ham-latin1-8bit.eml"})
            m_msgs << corpus(name);
    }

    void init()
    {
        m_server.reset();
        auto st = store::Store::open(m_dir.filePath(QStringLiteral("faults-%1.db").arg(++m_dbCount)));
        QVERIFY(st);
        m_store = std::move(st.value());
        store::ImapAccount a;
        a.name = QStringLiteral("fake");
        a.host = m_server.host();
        a.port = m_server.port();
        a.tls = QStringLiteral("none");
        a.user = QStringLiteral("alice");
        a.passwordCommand = QStringLiteral("echo x");
        auto id = m_store->addImapAccount(a);
        QVERIFY(id);
        m_account = id.value();
    }

    void cleanup()
    {
        m_server.waitForScripts();
        const QStringList problems = m_server.problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        m_store.reset();
    }

    /** The fake server itself: a C: line that does not match fails with both lines shown. */
    void mismatchShowsBothLines()
    {
        m_server.addScript(login() + QByteArrayList{"C: {tag} CAPABILITY", "S: * CAPABILITY " + kCaps,
                                                    "S: {tag} OK done", "C: {tag} LIST \"\" \"%\""});
        const Outcome o = sync();
        QVERIFY(!*o.result);
        m_server.waitForScripts();
        const QString p = m_server.problems().join(QLatin1Char('\n'));
        QVERIFY2(p.contains(QLatin1String("expected C: M2 LIST \"\" \"%\"")), qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("got C: M2 LIST \"\" \"*\"")), qPrintable(p));
        QVERIFY(m_server.received().contains("M2 LIST \"\" \"*\""));
        m_server.reset(); // the mismatch was the point
    }

    /** Dropped in the middle of a literal: the committed batch stays, nothing of the broken one is
     *  stored, the folder is not marked complete; the next sync fetches the rest, each message once. */
    void dropMidLiteralThenResume()
    {
        const QByteArray caps = "IMAP4rev1 AUTH=PLAIN CONDSTORE";
        const QByteArray fourth = test::FakeImapServer::fetchStep(4, 4, m_msgs[3]);
        m_server.addScript(login(caps) + upToExamine(caps) + examinedAndSearched({1, 2, 3, 4, 5}, 90) +
                           QByteArrayList{fetchCommand("1:2"), test::FakeImapServer::fetchStep(1, 1, m_msgs[0]),
                                          test::FakeImapServer::fetchStep(2, 2, m_msgs[1]), "S: {tag} OK done",
                                          fetchCommand("3:4"), test::FakeImapServer::fetchStep(3, 3, m_msgs[2]),
                                          fourth.left(fourth.size() - m_msgs[3].size() / 2), "DROP"});
        imap::SyncOptions o;
        o.batch = 2;
        const Outcome first = sync(o);
        QVERIFY(!*first.result);
        QVERIFY2(first.error().contains(QLatin1String("connection was lost")), qPrintable(first.error()));
        QCOMPARE(first.kind, imap::FailureKind::ConnectionLost);
        QCOMPARE(storedUids(), (QList<qint64>{1, 2}));
        auto state = m_store->folderState(inboxId());
        QVERIFY(state);
        QVERIFY(!state->uidNext);        // not complete: no fast path next time
        QVERIFY(!state->highestModSeq);

        QVERIFY(m_server.waitForScripts());
        // The server now serves everything; UID 2 became \Seen meanwhile.
        m_server.addScript(login(caps) + upToExamine(caps) + examinedAndSearched({1, 2, 3, 4, 5}, 91) +
                           QByteArrayList{"C: {tag} UID FETCH 1:* (UID FLAGS)", "S: * 1 FETCH (UID 1 FLAGS ())",
                                          "S: * 2 FETCH (UID 2 FLAGS (\\Seen))", "S: {tag} OK done",
                                          fetchCommand("3:4"), test::FakeImapServer::fetchStep(3, 3, m_msgs[2]),
                                          test::FakeImapServer::fetchStep(4, 4, m_msgs[3]), "S: {tag} OK done",
                                          fetchCommand("5"), test::FakeImapServer::fetchStep(5, 5, m_msgs[4]),
                                          "S: {tag} OK done"});
        const Outcome second = sync(o);
        QVERIFY2(*second.result, qPrintable(second.error()));
        QCOMPARE((*second.result)->added, qint64(3));
        QCOMPARE((*second.result)->flagsChanged, qint64(1));
        QCOMPARE(storedUids(), (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(storedCount(), qint64(5)); // no duplicate row anywhere
        QSet<qint64> sizes;
        const auto rows = m_store->messageRows({m_account, 0, 0});
        for (const auto &row : rows.value())
            sizes.insert(row.size);
        for (const QByteArray &m : std::as_const(m_msgs))
            QVERIFY(sizes.contains(m.size()));
        state = m_store->folderState(inboxId());
        QCOMPARE(state->uidNext, std::optional<qint64>(6));
        QCOMPARE(state->highestModSeq, std::optional<qint64>(91));
    }

    void refusedCommand_data()
    {
        QTest::addColumn<QByteArray>("at");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NO to EXAMINE") << QByteArray("EXAMINE") << QByteArray("NO [NONEXISTENT] Mailbox doesn't exist: INBOX")
                                       << QStringLiteral("The server refused EXAMINE: INBOX: it said: NO Mailbox doesn't exist: INBOX");
        QTest::newRow("BAD to UID SEARCH") << QByteArray("SEARCH") << QByteArray("BAD Error in IMAP command: Unknown argument")
                                           << QStringLiteral("The server refused UID SEARCH: INBOX: it said: BAD Error in IMAP command: Unknown argument");
        QTest::newRow("NO to UID FETCH") << QByteArray("FETCH") << QByteArray("NO [SERVERBUG] Internal error occurred")
                                         << QStringLiteral("The server refused UID FETCH: INBOX: it said: NO Internal error occurred");
        QTest::newRow("BAD to UID FETCH") << QByteArray("FETCH") << QByteArray("BAD Invalid characters in atom")
                                          << QStringLiteral("The server refused UID FETCH: INBOX: it said: BAD Invalid characters in atom");
    }

    /** NO and BAD: an error quoting the server; nothing of the folder's batch is written (a FETCH
     *  answered before the NO is rolled back with its batch). */
    void refusedCommand()
    {
        QFETCH(QByteArray, at);
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        QByteArrayList script = login() + upToExamine();
        if (at == "EXAMINE") {
            script << "S: {tag} " + answer;
        } else {
            script << examinedAndSearched({1, 2, 3});
            if (at == "SEARCH") {
                script.removeLast();
                script.removeLast();
                script << "S: {tag} " + answer;
            } else {
                script << fetchCommand("1:3") << test::FakeImapServer::fetchStep(1, 1, m_msgs[0]) << "S: {tag} " + answer;
            }
        }
        m_server.addScript(script);
        const Outcome o = sync();
        QVERIFY(!*o.result);
        QCOMPARE(o.error(), expected); // "<what>: <folder>: <the server's words>"
        QCOMPARE(o.kind, imap::FailureKind::Protocol);
        QCOMPARE(storedCount(), qint64(0));
        QVERIFY(!m_store->folderState(inboxId())->uidNext);
    }

    /** Batches are pipelined (the next UID FETCH goes out before this one's answer is read): a NO
     *  to the second while the third is already sent keeps the first batch, quotes the server,
     *  and stores nothing of the second or third; the next sync fetches them, each once. */
    void refusedWhileNextBatchInFlight()
    {
        m_server.addScript(login() + upToExamine() + examinedAndSearched({1, 2, 3}) +
                           QByteArrayList{fetchCommand("1"), test::FakeImapServer::fetchStep(1, 1, m_msgs[0]),
                                          "S: {tag} OK done", fetchCommand("2"),
                                          test::FakeImapServer::fetchStep(2, 2, m_msgs[1]),
                                          "S: {tag} NO [SERVERBUG] Internal error occurred",
                                          fetchCommand("3")}); // sent before the NO was read
        imap::SyncOptions opt;
        opt.batch = 1;
        const Outcome first = sync(opt);
        QVERIFY(!*first.result);
        QCOMPARE(first.error(), QStringLiteral("The server refused UID FETCH: INBOX: it said: NO Internal error occurred"));
        QCOMPARE(storedUids(), (QList<qint64>{1}));
        QVERIFY(!m_store->folderState(inboxId())->uidNext);
        QVERIFY(m_server.waitForScripts());

        m_server.addScript(login() + upToExamine() + examinedAndSearched({1, 2, 3}) +
                           QByteArrayList{"C: {tag} UID FETCH 1:* (UID FLAGS)", "S: * 1 FETCH (UID 1 FLAGS ())",
                                          "S: {tag} OK done", fetchCommand("2"),
                                          test::FakeImapServer::fetchStep(2, 2, m_msgs[1]), "S: {tag} OK done",
                                          fetchCommand("3"), test::FakeImapServer::fetchStep(3, 3, m_msgs[2]),
                                          "S: {tag} OK done"});
        const Outcome second = sync(opt);
        QVERIFY2(*second.result, qPrintable(second.error()));
        QCOMPARE((*second.result)->added, qint64(2));
        QCOMPARE(storedUids(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(storedCount(), qint64(3));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("junk");
        QTest::newRow("HTTP error") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe\x80junk\r\n", 11);
        QTest::newRow("TLS alert") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7);
        QTest::newRow("SMTP greeting") << QByteArray("220 mx.example.com ESMTP Postfix\r\n");
    }

    /** A line that is not IMAP among the responses: a Protocol error naming it, the connection
     *  closed at once (no waiting for the idle timeout), nothing of the batch stored, no crash. */
    void garbage()
    {
        QFETCH(QByteArray, junk);
        m_server.addScript(login() + upToExamine() + examinedAndSearched({1, 2}) +
                           QByteArrayList{fetchCommand("1:2"), test::FakeImapServer::fetchStep(1, 1, m_msgs[0]),
                                          "SEND_RAW " + junk, "STALL"});
        const Outcome o = sync({}, 5000);
        QVERIFY(!*o.result);
        QVERIFY2(o.error().startsWith(QLatin1String("The server sent something that is not IMAP")), qPrintable(o.error()));
        QCOMPARE(o.kind, imap::FailureKind::Protocol);
        QVERIFY(!o.stillOpen);
        QVERIFY2(o.ms < 3000, qPrintable(QString::number(o.ms)));
        QCOMPARE(storedCount(), qint64(0));
    }

    /** A literal announced at 2 GiB: refused by its announcement, with its size in the error; no
     *  allocation of that size (peak RSS stays within 100 MB). */
    void hugeLiteral()
    {
        const QByteArray announce = "SEND_RAW * 1 FETCH (UID 1 FLAGS () RFC822.SIZE 2147483648 BODY[]<0> {2147483648}\r\n";
        m_server.addScript(login() + upToExamine() + examinedAndSearched({1}) +
                           QByteArrayList{fetchCommand("1"), announce, "SEND_RAW " + QByteArray(1 << 20, 'x'), "STALL"});
        QFile refs(QStringLiteral("/proc/self/clear_refs"));
        const bool peakReset = refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
        refs.close();
        const qint64 rssBefore = procStatusKb("VmRSS");
        const Outcome o = sync();
        const qint64 grownKb = (peakReset ? procStatusKb("VmHWM") : procStatusKb("VmRSS")) - rssBefore;
        QVERIFY(!*o.result);
        QVERIFY2(o.error().contains(QLatin1String("2147483648")), qPrintable(o.error()));
        QCOMPARE(o.kind, imap::FailureKind::Protocol);
        QVERIFY2(grownKb < 100 * 1024, qPrintable(QStringLiteral("RSS grew by %1 kB").arg(grownKb)));
        QCOMPARE(storedCount(), qint64(0));
    }

    /** A server that stops answering: the idle timeout ends the sync, in about that time. */
    void stallTimesOut()
    {
        m_server.addScript(login() + upToExamine() + QByteArrayList{"STALL"});
        const Outcome o = sync({}, 1500);
        QVERIFY(!*o.result);
        QCOMPARE(o.kind, imap::FailureKind::Timeout);
        QVERIFY2(o.error().contains(QLatin1String("stopped answering")), qPrintable(o.error()));
        QVERIFY2(o.ms >= 1400 && o.ms < 10000, qPrintable(QString::number(o.ms)));
    }

    /** A body holding the next tag's OK, "* 3 EXISTS", ")" and a literal announcement on their own
     *  lines is one message with its UID, and the next command still gets its own answer. */
    void bodyWithProtocolLines()
    {
        QByteArray hostile = m_msgs[0];
        hostile += "M5 OK done\r\n* 3 EXISTS\r\n)\r\n{5}\r\nM6 OK UID FETCH completed\r\n";
        m_server.addScript(login() + upToExamine() + examinedAndSearched({1, 2}) +
                           QByteArrayList{fetchCommand("1", "M5"), test::FakeImapServer::fetchStep(1, 1, hostile),
                                          "S: M5 OK done", fetchCommand("2", "M6"),
                                          test::FakeImapServer::fetchStep(2, 2, m_msgs[1]), "S: M6 OK done"});
        imap::SyncOptions opt;
        opt.batch = 1;
        const Outcome o = sync(opt);
        QVERIFY2(*o.result, qPrintable(o.error()));
        QCOMPARE((*o.result)->added, qint64(2));
        QCOMPARE(storedUids(), (QList<qint64>{1, 2}));
        QSet<qint64> sizes;
        const auto rows = m_store->messageRows({m_account, 0, 0});
        for (const auto &row : rows.value())
            sizes.insert(row.size);
        QCOMPARE(sizes, (QSet<qint64>{hostile.size(), m_msgs[1].size()}));
    }

    /** An untagged BYE in the middle of the session: the server's words, ConnectionLost. */
    void byeMidSession()
    {
        QByteArrayList script = login() + upToExamine() + examinedAndSearched({1, 2});
        script.removeLast();
        script.removeLast();
        script << "S: * BYE Server shutting down for maintenance" << "DROP";
        m_server.addScript(script);
        const Outcome o = sync();
        QVERIFY(!*o.result);
        QVERIFY2(o.error().contains(QLatin1String("closed the session")), qPrintable(o.error()));
        QVERIFY2(o.error().contains(QLatin1String("Server shutting down for maintenance")), qPrintable(o.error()));
        QCOMPARE(o.kind, imap::FailureKind::ConnectionLost);
        QCOMPARE(storedCount(), qint64(0));
    }

    /** The cancel flag, set from another thread while the server stalls mid-FETCH: the sync ends
     *  at once (long before the idle timeout), cancelled, and the broken batch is not stored. */
    void cancelWhileStalled()
    {
        m_server.addScript(login() + upToExamine() + examinedAndSearched({1, 2, 3}) +
                           QByteArrayList{fetchCommand("1:3"), test::FakeImapServer::fetchStep(1, 1, m_msgs[0]), "STALL"});
        std::atomic_bool cancel{false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        const Outcome o = sync({}, 30000, &cancel);
        canceller.join();
        QVERIFY2(*o.result, qPrintable(o.error()));
        QVERIFY((*o.result)->cancelled);
        QCOMPARE(o.kind, imap::FailureKind::Cancelled);
        QVERIFY2(o.ms < 3000, qPrintable(QString::number(o.ms)));
        QCOMPARE(storedCount(), qint64(0));
    }

    /** A plain IMAP4rev1 server (no CONDSTORE, no ESEARCH): EXAMINE without (CONDSTORE), flags read
     *  in full without CHANGEDSINCE, SEARCH answered as RFC 3501 does; removals, flag changes and
     *  new messages all found. */
    void plainImap4rev1Server()
    {
        const QByteArray caps = "IMAP4rev1 AUTH=PLAIN";
        m_server.addScript(login(caps) + upToExamine(caps) + examinedAndSearched({1, 2, 3}) +
                           QByteArrayList{fetchCommand("1:3"), test::FakeImapServer::fetchStep(1, 1, m_msgs[0]),
                                          test::FakeImapServer::fetchStep(2, 2, m_msgs[1], "\\Seen"),
                                          test::FakeImapServer::fetchStep(3, 3, m_msgs[2]), "S: {tag} OK done"});
        const Outcome first = sync();
        QVERIFY2(*first.result, qPrintable(first.error()));
        QCOMPARE((*first.result)->added, qint64(3));
        QVERIFY(m_server.waitForScripts());

        // UID 1 expunged, UID 3 flagged, UID 4 new.
        m_server.addScript(login(caps) + upToExamine(caps) + examinedAndSearched({2, 3, 4}) +
                           QByteArrayList{"C: {tag} UID FETCH 1:* (UID FLAGS)", "S: * 1 FETCH (UID 2 FLAGS (\\Seen))",
                                          "S: * 2 FETCH (UID 3 FLAGS (\\Flagged))", "S: {tag} OK done",
                                          fetchCommand("4"), test::FakeImapServer::fetchStep(3, 4, m_msgs[3]),
                                          "S: {tag} OK done"});
        const Outcome second = sync();
        QVERIFY2(*second.result, qPrintable(second.error()));
        QCOMPARE((*second.result)->added, qint64(1));
        QCOMPARE((*second.result)->removed, qint64(1));
        QCOMPARE((*second.result)->flagsChanged, qint64(1));
        auto flags = m_store->uidFlags(inboxId());
        QCOMPARE(flags->keys().size(), 3);
        QCOMPARE(flags->value(2), int(store::FlagSeen));
        QCOMPARE(flags->value(3), int(store::FlagFlagged));
        QCOMPARE(flags->value(4), 0);
        for (const QByteArray &line : m_server.received())
            QVERIFY2(!line.contains("CONDSTORE") && !line.contains("CHANGEDSINCE") && !line.contains("RETURN"),
                     line.constData());
    }
};

QTEST_GUILESS_MAIN(TestImapFaults)
#include "tst_imapfaults.moc"
