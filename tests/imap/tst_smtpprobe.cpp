// The open-relay test and the submission check (core/selfcheck/SmtpProbe) against two real Postfix
// servers on loopback, one an open relay and one closed, and a scripted server for faults. Every
// test also proves that no message was ever accepted: no DATA in the transcript, none in Postfix's
// own log, nothing in its queue.
#include "ScriptedSocketServer.h"
#include "SmtpServer.h"
#include "selfcheck/SmtpProbe.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <unistd.h>

using namespace mailtide;
using namespace mailtide::selfcheck;
using mailtide::test::ScriptedSocketServer;
using mailtide::test::SmtpServer;

namespace {

SmtpProbeOptions optionsFor(const QString &host, quint16 port)
{
    SmtpProbeOptions o;
    o.host = host;
    o.port = port;
    o.timeoutMs = 5000;
    return o;
}

bool transcriptSentData(const QStringList &transcript)
{
    for (const QString &line : transcript)
        if (line.startsWith(QStringLiteral("C: DATA"), Qt::CaseInsensitive) ||
            line.startsWith(QStringLiteral("C: BDAT"), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

class TestSmtpProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Postfix's master must start as root (CI runs as root). As a normal user the tests that need
        // it say so with QSKIP; the parser and fault rows still run.
        if (geteuid() != 0) return;
        if (Status s = m_open.start(SmtpServer::Mode::OpenRelay); !s) QFAIL(qPrintable(s.error().toString()));
        if (Status s = m_closed.start(SmtpServer::Mode::Closed); !s) QFAIL(qPrintable(s.error().toString()));
    }

    void replyParser_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("outcome"); // 0 complete, 1 needs more, 2 error
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("lines");
        QTest::newRow("single-line") << QByteArray("250 2.1.0 Ok\r\n") << 0 << 250 << 1;
        QTest::newRow("multi-line-ehlo") << QByteArray("250-mx\r\n250-PIPELINING\r\n250 STARTTLS\r\n") << 0 << 250 << 3;
        QTest::newRow("bare-lf-quirk") << QByteArray("220 hello\n") << 0 << 220 << 1;
        QTest::newRow("code-only-rfc5321-4.2") << QByteArray("250\r\n") << 0 << 250 << 1;
        QTest::newRow("partial-line") << QByteArray("250 Ok") << 1 << 0 << 0;
        QTest::newRow("continuation-pending") << QByteArray("250-mx\r\n") << 1 << 0 << 0;
        QTest::newRow("garbage") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << 2 << 0 << 0;
        QTest::newRow("code-changes") << QByteArray("250-a\r\n550 b\r\n") << 2 << 0 << 0;
        QTest::newRow("code-out-of-range") << QByteArray("999 what\r\n") << 2 << 0 << 0;
        QTest::newRow("bad-separator") << QByteArray("250xOk\r\n") << 2 << 0 << 0;
        QTest::newRow("endless-line") << QByteArray(kMaxReplyLineBytes + 10, '2') << 2 << 0 << 0;
        QByteArray many;
        for (int i = 0; i < kMaxReplyLines + 5; ++i) many += "250-x\r\n";
        QTest::newRow("endless-reply") << many << 2 << 0 << 0;
    }
    void replyParser()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, outcome);
        qsizetype used = 0;
        const std::optional<Result<SmtpReply>> r = parseSmtpReply(bytes, &used);
        if (outcome == 1) {
            QVERIFY(!r.has_value());
            return;
        }
        QVERIFY(r.has_value());
        QCOMPARE(r->ok(), outcome == 0);
        if (outcome == 0) {
            QFETCH(int, code);
            QFETCH(int, lines);
            QCOMPARE(r->value().code, code);
            QCOMPARE(r->value().lines.size(), lines);
            QCOMPARE(used, bytes.size());
        }
    }

    void tellsOpenFromClosed()
    {
        if (geteuid() != 0) QSKIP("The Postfix test servers need root (run the tests as root, as CI does)");
        const RelayProbeResult open = probeOpenRelay(optionsFor(m_open.host(), m_open.port()));
        QVERIFY2(open.verdict == RelayVerdict::OpenRelay, qPrintable(open.explanation + u'\n' + open.transcript.join(u'\n')));
        QCOMPARE(open.rcptCode, 250);
        QVERIFY(open.explanation.contains(QStringLiteral("OPEN RELAY")));

        const RelayProbeResult closed = probeOpenRelay(optionsFor(m_closed.host(), m_closed.port()));
        QVERIFY2(closed.verdict == RelayVerdict::RefusesRelay, qPrintable(closed.explanation + u'\n' + closed.transcript.join(u'\n')));
        QCOMPARE(closed.rcptCode, 554);
        QVERIFY(closed.transcript.join(u'\n').contains(QStringLiteral("Relay access denied")));

        // The full conversation is in the transcript: greeting and EHLO (libcurl's), then ours.
        for (const RelayProbeResult *r : {&open, &closed}) {
            const QString t = r->transcript.join(u'\n');
            QVERIFY2(t.contains(QStringLiteral("S: 220 mx.local.test ESMTP")), qPrintable(t));
            QVERIFY(t.contains(QStringLiteral("C: EHLO relay-test.mailtide.invalid")));
            QVERIFY(t.contains(QStringLiteral("C: MAIL FROM:<relay-test@mailtide-probe.example>")));
            QVERIFY(t.contains(QStringLiteral("C: RCPT TO:<relay-test@example.net>")));
            QVERIFY(t.contains(QStringLiteral("C: RSET")));
            QVERIFY(t.contains(QStringLiteral("C: QUIT")));
            QVERIFY(!transcriptSentData(r->transcript));
        }
        checkNothingAccepted(m_open, 1);
        checkNothingAccepted(m_closed, 0);
    }

    void startTlsVerified()
    {
        if (geteuid() != 0) QSKIP("The Postfix test servers need root (run the tests as root, as CI does)");
        SmtpProbeOptions o = optionsFor(m_closed.host(), m_closed.port());
        o.startTls = true;
        // Not trusted: the probe refuses to go on, as everywhere in Mailtide.
        const RelayProbeResult untrusted = probeOpenRelay(o);
        QCOMPARE(toString(untrusted.verdict), toString(RelayVerdict::Error));
        QVERIFY2(untrusted.explanation.contains(QStringLiteral("certificate")), qPrintable(untrusted.explanation));
        o.caFile = m_closed.caFile();
        const RelayProbeResult trusted = probeOpenRelay(o);
        QVERIFY2(trusted.verdict == RelayVerdict::RefusesRelay, qPrintable(trusted.explanation));
        QVERIFY(trusted.tls);
        QVERIFY(trusted.transcript.contains(QStringLiteral("C: STARTTLS")));
    }

    void submissionCheck()
    {
        if (geteuid() != 0) QSKIP("The Postfix test servers need root (run the tests as root, as CI does)");
        SmtpProbeOptions o = optionsFor(m_closed.host(), m_closed.port());
        o.caFile = m_closed.caFile();
        const SubmissionCheck c = checkSubmission(o);
        QVERIFY2(c.reachable, qPrintable(c.explanation));
        QVERIFY(c.startTls);
        // The test Postfix has no SASL: STARTTLS but no AUTH, said in plain words.
        QVERIFY(!c.authAfterTls);
        QVERIFY(!c.authWithoutTls);
        QVERIFY2(c.explanation.contains(QStringLiteral("no AUTH")), qPrintable(c.explanation));

        SmtpProbeOptions nothing = optionsFor(QStringLiteral("127.0.0.1"), closedPort());
        const SubmissionCheck none = checkSubmission(nothing);
        QVERIFY(!none.reachable);
        QVERIFY(!none.explanation.isEmpty());
    }

    void submissionAuthInClear()
    {
        ScriptedSocketServer server({ScriptedSocketServer::send("220 fake ESMTP\r\n"), ScriptedSocketServer::readLine(),
                                     ScriptedSocketServer::send("250-fake\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"),
                                     ScriptedSocketServer::readLine(),
                                     ScriptedSocketServer::send("250-fake\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"),
                                     ScriptedSocketServer::readLine(), ScriptedSocketServer::send("221 bye\r\n")});
        const SubmissionCheck c = checkSubmission(optionsFor(QStringLiteral("127.0.0.1"), server.port()));
        QVERIFY(c.reachable);
        QVERIFY(!c.startTls);
        QVERIFY(c.authWithoutTls);
        QVERIFY2(c.explanation.contains(QStringLiteral("STARTTLS")), qPrintable(c.explanation));
    }

    /** Stop while the server has not even greeted (libcurl's connect phase): the probe ends on
     *  the cancel flag within a second or two, not at its timeout (60 s here). */
    void cancelBeforeTheGreeting()
    {
        ScriptedSocketServer server({ScriptedSocketServer::sleep(60000)});
        std::atomic_bool cancel{false};
        SmtpProbeOptions o = optionsFor(QStringLiteral("127.0.0.1"), server.port());
        o.timeoutMs = 60000;
        o.cancel = &cancel;
        std::thread stopper([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel = true;
        });
        QElapsedTimer t;
        t.start();
        const RelayProbeResult r = probeOpenRelay(o);
        stopper.join();
        qInfo("the probe ended %lld ms after it started (cancelled at 500 ms)", qint64(t.elapsed()));
        QVERIFY(r.verdict == RelayVerdict::Error);
        QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed()))); // half the timeout: ended by the flag
        QVERIFY2(r.explanation.contains(QStringLiteral("Cancelled")) || r.explanation.contains(QStringLiteral("cancelled")),
                 qPrintable(r.explanation));
    }

    void faults_data()
    {
        using S = ScriptedSocketServer;
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected"); // in the explanation
        QTest::newRow("garbage-after-mail") << 0 << QStringLiteral("not SMTP");
        QTest::newRow("dropped-after-rcpt") << 1 << QStringLiteral("connection was lost");
        QTest::newRow("silent-after-mail") << 2 << QStringLiteral("stopped answering");
        QTest::newRow("refused-connection") << 3 << QStringLiteral("refused");
        QTest::newRow("temporary-rcpt") << 4 << QStringLiteral("temporary");
        (void)sizeof(S);
    }
    void faults()
    {
        using S = ScriptedSocketServer;
        QFETCH(int, which);
        QFETCH(QString, expected);
        const std::vector<S::Step> hello = {S::send("220 fake ESMTP\r\n"), S::readLine(), S::send("250-fake\r\n250 8BITMIME\r\n")};
        std::vector<S::Step> script = hello;
        switch (which) {
        case 0: script.insert(script.end(), {S::readLine(), S::send("<html>oops</html>\r\n")}); break;
        case 1: script.insert(script.end(), {S::readLine(), S::send("250 ok\r\n"), S::readLine(), S::close()}); break;
        case 2: script.insert(script.end(), {S::readLine(), S::sleep(30000)}); break;
        case 4:
            script.insert(script.end(), {S::readLine(), S::send("250 ok\r\n"), S::readLine(), S::send("451 4.3.0 try later\r\n"),
                                         S::readLine(), S::send("250 ok\r\n"), S::readLine(), S::send("221 bye\r\n")});
            break;
        default: break;
        }
        S server(script);
        SmtpProbeOptions o = optionsFor(QStringLiteral("127.0.0.1"), which == 3 ? closedPort() : server.port());
        o.timeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const RelayProbeResult r = probeOpenRelay(o);
        QVERIFY2(timer.elapsed() < 6000, "the probe must not hang on a silent server");
        QCOMPARE(toString(r.verdict), toString(which == 4 ? RelayVerdict::Inconclusive : RelayVerdict::Error));
        QVERIFY2(r.explanation.contains(expected, Qt::CaseInsensitive), qPrintable(r.explanation));
        QVERIFY(!transcriptSentData(r.transcript));
        if (which != 3) QVERIFY(server.received().value(1).startsWith("MAIL FROM:<"));
    }

private:
    /** Postfix's own record: the probe's sessions ended without DATA, and nothing is queued. */
    void checkNothingAccepted(const SmtpServer &server, int expectRcptAccepted)
    {
        // postlogd writes a moment later; start()'s readiness check has its own "disconnect" line, so
        // wait for the probe's session (it gave MAIL FROM).
        QVERIFY2(server.waitForLog(QStringLiteral(" mail=1 ")), qPrintable(server.log()));
        const QString log = server.log();
        static const QRegularExpression disconnect(QStringLiteral("disconnect from \\S+ (.*)$"),
                                                   QRegularExpression::MultilineOption);
        auto it = disconnect.globalMatch(log);
        int sessions = 0;
        while (it.hasNext()) {
            const QString counts = it.next().captured(1);
            if (!counts.contains(QStringLiteral("mail="))) continue; // start()'s readiness check
            ++sessions;
            QVERIFY2(!counts.contains(QStringLiteral("data=")) && !counts.contains(QStringLiteral("bdat=")), qPrintable(counts));
            QVERIFY2(counts.contains(QStringLiteral("rcpt=%1/1").arg(expectRcptAccepted)) ||
                         (expectRcptAccepted == 1 && counts.contains(QStringLiteral("rcpt=1 "))),
                     qPrintable(counts));
        }
        QVERIFY(sessions >= 1);
        // Postfix opens a queue file at the first accepted RCPT (and logs "client=" then) and drops it
        // at RSET; only a message's content makes cleanup log its message-id and qmgr its sender.
        QVERIFY2(!log.contains(QStringLiteral("message-id=")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("postfix/qmgr")), qPrintable(log));
        QCOMPARE(server.queuedMessages(), 0);
        QVERIFY(server.deliveredMessages().isEmpty());
    }

    static quint16 closedPort()
    {
        // A port that was free a moment ago and is not listened on.
        ScriptedSocketServer s({});
        return quint16(s.port() == 65535 ? 1 : s.port());
    }

    SmtpServer m_open;
    SmtpServer m_closed;
};

QTEST_GUILESS_MAIN(TestSmtpProbe)
#include "tst_smtpprobe.moc"
