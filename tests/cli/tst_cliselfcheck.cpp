// `mailtide-cli selfcheck` as a user (or cron) runs it: the real binary, `--dns` pointing at
// dnsmasq on loopback serving the test zones of tests/imap/SelfCheckZones.h. The good domain
// exits 0 with no warning; broken ones exit 3 with their planted faults named; errors exit 1 or 2.
// MAILTIDE_SHOW_OUTPUT=1 prints what the CLI printed.
#include "CliRun.h"
#include "DnsServer.h"
#include "DovecotServer.h"
#include "SelfCheckMailbox.h"
#include "SelfCheckZones.h"
#include "SmtpServer.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QRegularExpression>
#include <QUdpSocket>

#include <unistd.h>

using mailtide::testing::CliRun;

class TestCliSelfcheck : public QObject
{
    Q_OBJECT
    mailtide::test::DnsServer m_dns;
    mailtide::test::SmtpServer m_open;
    mailtide::test::SmtpServer m_closed;
    mailtide::test::DovecotServer m_dovecot;
    mailtide::test::PlantedMailbox m_forged;
    QString m_profile; ///< a profile with the accounts "clean" and "forged" of m_dovecot
    QTemporaryDir m_dir;

    /** Dovecot with the self-check's fixture mailboxes (SelfCheckMailbox.h), dated from now (the
     *  CLI reads the system clock), and a profile with both accounts. */
    void startMailboxes()
    {
        mailtide::test::DovecotServer::Options o;
        o.extraUsers = {QStringLiteral("clean"), QStringLiteral("forged")};
        const mailtide::Status started = m_dovecot.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        mailtide::Status s = mailtide::test::plantSelfCheckMailbox(m_dovecot, QStringLiteral("clean"), false, now, nullptr);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        s = mailtide::test::plantSelfCheckMailbox(m_dovecot, QStringLiteral("forged"), true, now, &m_forged);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(m_dovecot.password().toUtf8());
        pw.close();
        m_profile = m_dir.filePath(QStringLiteral("accounts.db"));
        auto st = mailtide::store::Store::open(m_profile);
        QVERIFY(st);
        for (const QString &user : {QStringLiteral("clean"), QStringLiteral("forged")}) {
            mailtide::store::ImapAccount a = m_dovecot.imapsAccount(user, user);
            a.passwordCommand = QStringLiteral("cat '%1'").arg(pw.fileName());
            QVERIFY(st.value()->addImapAccount(a));
        }
    }

    /** Postfix's own record of the probe's sessions: each ended without DATA, nothing queued. */
    static void checkNoData(const mailtide::test::SmtpServer &server)
    {
        QVERIFY2(server.waitForLog(QStringLiteral(" mail=1 ")), qPrintable(server.log()));
        const QString log = server.log();
        static const QRegularExpression disconnect(QStringLiteral("disconnect from \\S+ (.*)$"), QRegularExpression::MultilineOption);
        int sessions = 0;
        for (auto it = disconnect.globalMatch(log); it.hasNext();) {
            const QString counts = it.next().captured(1);
            if (!counts.contains(QStringLiteral("mail="))) continue; // the server's own readiness check
            ++sessions;
            QVERIFY2(!counts.contains(QStringLiteral("data=")) && !counts.contains(QStringLiteral("bdat=")), qPrintable(counts));
        }
        QVERIFY(sessions >= 1);
        QVERIFY2(!log.contains(QStringLiteral("message-id=")), qPrintable(log));
        QCOMPARE(server.queuedMessages(), 0);
    }

    QString dns() const { return QStringLiteral("127.0.0.1:%1").arg(m_dns.port()); }
    CliRun selfcheck(const QStringList &args, const QString &db = {})
    {
        QStringList all{QStringLiteral("--db"), db.isEmpty() ? m_dir.filePath(QStringLiteral("none.db")) : db,
                        QStringLiteral("--dns"), dns(), QStringLiteral("selfcheck")};
        all += args;
        const CliRun r = mailtide::testing::runCli(all, 60000);
        if (qEnvironmentVariableIsSet("MAILTIDE_SHOW_OUTPUT"))
            qInfo().noquote() << "$ mailtide-cli" << all.join(QLatin1Char(' ')) << "\n" << r.out << r.err << "exit" << r.code;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_dns.start(mailtide::test::selfCheckZones());
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        startMailboxes();
        if (geteuid() != 0) return; // Postfix's master needs root; the relay rows skip
        if (mailtide::Status s = m_open.start(mailtide::test::SmtpServer::Mode::OpenRelay); !s) QFAIL(qPrintable(s.error().toString()));
        if (mailtide::Status s = m_closed.start(mailtide::test::SmtpServer::Mode::Closed); !s) QFAIL(qPrintable(s.error().toString()));
    }

    /** `--smtp` at a real Postfix that relays for loopback: severe, exit 3, the whole transcript
     *  printed, and Postfix saw no DATA. */
    void openRelayExitsThree()
    {
        if (geteuid() != 0) QSKIP("The Postfix test servers need root (run the tests as root, as CI does)");
        const QString target = QStringLiteral("%1:%2").arg(m_open.host()).arg(m_open.port());
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("s1"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--smtp"),
                                    target});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("[SEVERE]  smtp.open-relay  ") + target), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Result: SEVERE")));
        QVERIFY(r.out.contains(QStringLiteral("reject_unauth_destination"))); // the fix
        QVERIFY(r.out.contains(QStringLiteral("Open-relay test of %1 (open-relay):").arg(target)));
        for (const char *line : {"S: 220 ", "C: EHLO relay-test.mailtide.invalid", "C: MAIL FROM:<relay-test@mailtide-probe.example>",
                                 "C: RCPT TO:<relay-test@example.net>", "C: RSET", "C: QUIT"})
            QVERIFY2(r.out.contains(QString::fromLatin1(line)), line);
        QVERIFY(!r.out.contains(QStringLiteral("C: DATA")));
        checkNoData(m_open);

        // JSON: the finding with the whole transcript as its detail.
        const CliRun j = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--smtp"), target,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(j.code, 3);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        bool found = false;
        for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray()) {
            if (f.toObject().value(QStringLiteral("id")).toString() != QLatin1String("smtp.open-relay")) continue;
            found = true;
            QCOMPARE(f.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("severe"));
            const QString detail = f.toObject().value(QStringLiteral("detail")).toString();
            QVERIFY(detail.contains(QStringLiteral("C: RCPT TO:<relay-test@example.net>")));
            QVERIFY(detail.contains(QStringLiteral("C: QUIT")));
        }
        QVERIFY(found);
        checkNoData(m_open);
    }

    /** The closed Postfix refuses the relay: an ok finding, and the good domain still exits 0. */
    void closedServerExitsZero()
    {
        if (geteuid() != 0) QSKIP("The Postfix test servers need root (run the tests as root, as CI does)");
        const QString target = QStringLiteral("%1:%2").arg(m_closed.host()).arg(m_closed.port());
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("s1"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--smtp"),
                                    target});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("smtp.refuses-relay  ") + target), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("smtp.open-relay")));
        QVERIFY(r.out.contains(QStringLiteral("Relay access denied"))); // the transcript
        checkNoData(m_closed);

        // STARTTLS with the test CA: same verdict over TLS.
        const CliRun tls = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--dkim-selector"),
                                      QStringLiteral("s1"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--smtp"),
                                      target, QStringLiteral("--smtp-starttls"), QStringLiteral("--smtp-ca"), m_closed.caFile()});
        QCOMPARE(tls.code, 0);
        QVERIFY2(tls.out.contains(QStringLiteral("smtp.refuses-relay")), qPrintable(tls.out));
        QVERIFY(tls.out.contains(QStringLiteral("C: STARTTLS")));
    }

    /** A port nobody listens on: a warning with the error in words, not a crash, not severe. */
    void unreachableSmtpIsAWarning()
    {
        QUdpSocket none; // a free port number (TCP on it is very likely closed too)
        QVERIFY(none.bind(QHostAddress::LocalHost, 0));
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("weakdkim.test"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("s2"), QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:%1").arg(none.localPort())});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("[WARNING] smtp.relay-error")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("could not run")));
    }

    void goodDomainExitsZero()
    {
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("s1"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"),
                                    QStringLiteral("--dnsbl"), QStringLiteral("--dnsbl-list"), QStringLiteral("spamhaus-zen@zen.test"),
                                    QStringLiteral("--dnsbl-list"), QStringLiteral("spamhaus-dbl@dbl.test")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith(QStringLiteral("Self-check of good.test")));
        QVERIFY(r.out.contains(QStringLiteral("Result: OK")));
        QVERIFY(!r.out.contains(QStringLiteral("[SEVERE]")));
        QVERIFY(!r.out.contains(QStringLiteral("[WARNING]")));
        QVERIFY(r.out.contains(QStringLiteral("DNS answers from ") + dns()));
        for (const char *id : {"spf.ok", "dmarc.ok", "dkim.ok", "rdns.ok", "dnsbl.clean"})
            QVERIFY2(r.out.contains(QString::fromLatin1(id)), id);
    }

    /** Every planted fault is named, and the exit code is 3 (something severe). */
    void brokenDomainsExitThree_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected"); // finding ids, with their severity
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromLatin1(i);
            return out;
        };
        QTest::newRow("nospf") << l({"--domain", "nospf.test"}) << l({"[SEVERE]  spf.missing", "[WARNING] dmarc.p-none"});
        QTest::newRow("passall") << l({"--domain", "passall.test"}) << l({"[SEVERE]  spf.pass-all", "[SEVERE]  dmarc.missing"});
        QTest::newRow("loop") << l({"--domain", "loop.test"}) << l({"[SEVERE]  spf.include-loop"});
        QTest::newRow("many") << l({"--domain", "many.test"}) << l({"[SEVERE]  spf.too-many-lookups"});
        QTest::newRow("weakdkim") << l({"--domain", "weakdkim.test", "--dkim-selector", "s1", "--dkim-selector", "s2"})
                                  << l({"[SEVERE]  dkim.weak-key", "[WARNING] dkim.short-key"});
        QTest::newRow("listed") << l({"--domain", "listed.test", "--dnsbl", "--dnsbl-list", "spamhaus-zen@zen.test",
                                      "--dnsbl-list", "spamhaus-dbl@dbl.test"})
                                << l({"[SEVERE]  dnsbl.listed  192.0.2.20 (mx.listed.test)", "Spamhaus SBL",
                                      "[SEVERE]  dnsbl.listed  listed.test", "a domain used by spammers",
                                      "https://check.spamhaus.org/results/?query=192.0.2.20"});
        QTest::newRow("nordns") << l({"--domain", "nordns.test", "--ip", "192.0.2.30"})
                                << l({"[WARNING] rdns.missing  192.0.2.21 (mx.nordns.test)", "[SEVERE]  rdns.mismatch  192.0.2.30",
                                      "[SEVERE]  spf.ip-not-allowed  192.0.2.30"});
    }
    void brokenDomainsExitThree()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const CliRun r = selfcheck(args);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("Result: SEVERE")), qPrintable(r.out));
        for (const QString &e : expected)
            QVERIFY2(r.out.contains(e), qPrintable(e + QStringLiteral("\n") + r.out));
    }

    /** A warning alone is not severe: exit 0 (cron stays quiet). */
    void warningsAloneExitZero()
    {
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("weakdkim.test"), QStringLiteral("--dkim-selector"),
                                    QStringLiteral("s2")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Result: WARNING")));
        QVERIFY(r.out.contains(QStringLiteral("dkim.short-key")));
    }

    void json()
    {
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("passall.test"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(r.code, 3);
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("passall.test"));
        QCOMPARE(o.value(QStringLiteral("worst")).toString(), QStringLiteral("severe"));
        QStringList ids;
        for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray()) {
            ids << f.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(!f.toObject().value(QStringLiteral("title")).toString().isEmpty());
        }
        QVERIFY(ids.contains(QStringLiteral("spf.pass-all")));
        QVERIFY(ids.contains(QStringLiteral("dmarc.missing")));
    }

    /** With a profile, block list answers are saved: the second run asks dnsmasq nothing. */
    void dnsblAnswersAreSaved()
    {
        const QString db = m_dir.filePath(QStringLiteral("profile.db"));
        QCOMPARE(mailtide::testing::runCli({QStringLiteral("--db"), db, QStringLiteral("list")}, 30000).code, 0); // creates it
        const QStringList args{QStringLiteral("--domain"), QStringLiteral("listed.test"), QStringLiteral("--dnsbl"),
                               QStringLiteral("--dnsbl-list"), QStringLiteral("zone:zen.test")};
        const QString name = QStringLiteral("20.2.0.192.zen.test");
        const int before = m_dns.queryCount(name);
        QCOMPARE(selfcheck(args, db).code, 3);
        QTRY_COMPARE(m_dns.queryCount(name), before + 2); // A and TXT
        const CliRun again = selfcheck(args, db);
        QCOMPARE(again.code, 3);
        QVERIFY(again.out.contains(QStringLiteral("dnsbl.listed")));
        QTest::qWait(200);
        QCOMPARE(m_dns.queryCount(name), before + 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromLatin1(i);
            return out;
        };
        QTest::newRow("no-domain") << l({"selfcheck"}) << 2 << "--domain";
        QTest::newRow("bad-domain") << l({"selfcheck", "--domain", "not a domain"}) << 2 << "not a domain name";
        QTest::newRow("bad-ip") << l({"selfcheck", "--domain", "good.test", "--ip", "192.0.2"}) << 2 << "not an IP";
        QTest::newRow("bad-format") << l({"selfcheck", "--domain", "good.test", "--format", "xml"}) << 2 << "--format";
        QTest::newRow("list-without-dnsbl") << l({"selfcheck", "--domain", "good.test", "--dnsbl-list", "spamcop"}) << 2
                                            << "needs --dnsbl";
        QTest::newRow("unknown-list") << l({"selfcheck", "--domain", "good.test", "--dnsbl", "--dnsbl-list", "nope"}) << 2
                                      << "unknown block list";
        QTest::newRow("bad-smtp") << l({"selfcheck", "--domain", "good.test", "--smtp", "host:99999"}) << 2 << "--smtp";
        QTest::newRow("ca-without-smtp") << l({"selfcheck", "--domain", "good.test", "--smtp-ca", "/etc/hostname"}) << 2 << "--smtp-ca";
        QTest::newRow("nxdomain") << l({"selfcheck", "--domain", "nosuch.good.test"}) << 1 << "does not exist";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, needle);
        const CliRun r = mailtide::testing::runCli(
            QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("--dns"), dns()} + args, 60000);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    }

    /** --dns itself: a bad value is a usage error; a resolver that does not answer is an error (1),
     *  not a report of missing records. */
    void dnsOption()
    {
        CliRun r = mailtide::testing::runCli({QStringLiteral("--dns"), QStringLiteral("dns.example"), QStringLiteral("selfcheck"),
                                              QStringLiteral("--domain"), QStringLiteral("good.test")},
                                             30000);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--dns")));
        r = mailtide::testing::runCli({QStringLiteral("--dns"), QStringLiteral("selfcheck")}, 30000);
        QCOMPARE(r.code, 2);
        QUdpSocket mute;
        QVERIFY(mute.bind(QHostAddress::LocalHost, 0));
        r = mailtide::testing::runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")),
                                       QStringLiteral("--dns=127.0.0.1:%1").arg(mute.localPort()), QStringLiteral("selfcheck"),
                                       QStringLiteral("--domain"), QStringLiteral("good.test")},
                                      60000);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("did not answer")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        const CliRun r = mailtide::testing::runCli({QStringLiteral("selfcheck"), QStringLiteral("--help")}, 30000);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--dkim-selector")));
        QVERIFY(r.out.contains(QStringLiteral("--dnsbl")));
        const CliRun global = mailtide::testing::runCli({QStringLiteral("--help")}, 30000);
        QVERIFY(global.out.contains(QStringLiteral("--dns ADDRESS[:PORT]")));
        QVERIFY(global.out.contains(QStringLiteral("selfcheck")));
    }

    /** --account forged: the mailbox's planted faults are each named, and the run exits 3. */
    void forgedMailboxExitsThree()
    {
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--account"),
                                    QStringLiteral("forged")},
                                   m_profile);
        QVERIFY2(r.code == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("[WARNING] mailbox.backscatter  good.test")), qPrintable(r.out));
        const QString words = r.out.simplified(); // the text is wrapped at 100 columns
        QVERIFY(words.contains(QStringLiteral("6 bounces in your mailbox are for mail you never sent, from 5 distinct IPs")));
        for (const QString &ip : m_forged.backscatterIps)
            QVERIFY2(r.out.contains(ip), qPrintable(ip));
        QVERIFY(r.out.contains(QStringLiteral("mailbox.forged-complaint")));
        QVERIFY(r.out.contains(QStringLiteral("[SEVERE]  mailbox.sent-spike")));
        QVERIFY2(words.contains(QStringLiteral("On %1 you sent 150 messages").arg(m_forged.spikeDay.toString(Qt::ISODate))),
                 qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral("mailbox.sent-spike")), 1);
        QVERIFY(r.out.contains(QStringLiteral("dmarc-report.failing-sources")));
        for (const QString &ip : m_forged.dmarcFailingIps)
            QVERIFY2(r.out.section(QStringLiteral("dmarc-report.failing-sources"), 1).contains(ip), qPrintable(ip));
        // The mailbox section.
        QVERIFY(r.out.contains(QStringLiteral("Bounces for mail never sent (backscatter): 6, from 203.0.113.45 (2)")));
        QVERIFY(r.out.contains(QStringLiteral("Spike: %1, 150 messages").arg(m_forged.spikeDay.toString(Qt::ISODate))));
        QVERIFY(r.out.contains(QStringLiteral("DKIM selectors in Sent: mail2024 (d=good.test")));
        // The selector and the outbound address found in Sent were checked in DNS.
        QVERIFY2(r.out.contains(QStringLiteral("dkim.ok  mail2024._domainkey.good.test")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("198.51.100.7")));

        const CliRun j = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--account"),
                                    QStringLiteral("forged"), QStringLiteral("--format"), QStringLiteral("json")},
                                   m_profile);
        QCOMPARE(j.code, 3);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        const QJsonObject m = o.value(QStringLiteral("mailbox")).toObject();
        QCOMPARE(m.value(QStringLiteral("backscatter")).toInt(), 6);
        QCOMPARE(m.value(QStringLiteral("complaints")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("spikes")).toArray().size(), 1);
        QCOMPARE(m.value(QStringLiteral("spikes")).toArray()[0].toObject().value(QStringLiteral("day")).toString(),
                 m_forged.spikeDay.toString(Qt::ISODate));
        QCOMPARE(m.value(QStringLiteral("dmarc")).toArray().size(), m_forged.dmarcReports);
        QStringList ids;
        for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
            ids << f.toObject().value(QStringLiteral("id")).toString();
        for (const char *id : {"mailbox.backscatter", "mailbox.forged-complaint", "mailbox.sent-spike", "dmarc-report.failing-sources"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }

    /** --account clean: nothing to warn about, exit 0; the selector of its Sent mail is checked
     *  in DNS without --dkim-selector. */
    void cleanMailboxExitsZero()
    {
        const CliRun r = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--account"),
                                    QStringLiteral("clean"), QStringLiteral("--days"), QStringLiteral("90")},
                                   m_profile);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("[WARNING]")) && !r.out.contains(QStringLiteral("[SEVERE]")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("dkim.ok  mail2024._domainkey.good.test")));
        QVERIFY(!r.out.contains(QStringLiteral("dkim.no-selector")));
        QVERIFY(r.out.contains(QStringLiteral("mailbox.no-backscatter")));
        QVERIFY(r.out.contains(QStringLiteral("mailbox.sent-steady")));
        QVERIFY(r.out.contains(QStringLiteral("dmarc-report.ok")));
        QVERIFY(r.out.contains(QStringLiteral("Bounces for mail never sent (backscatter): 0")));
        QVERIFY(r.err.isEmpty());
    }

    void accountErrors()
    {
        const CliRun unknown = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--account"),
                                          QStringLiteral("nobody")},
                                         m_profile);
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("--account nobody: No such account")), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
        const CliRun noProfile = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--account"),
                                            QStringLiteral("clean")});
        QCOMPARE(noProfile.code, 1);
        QVERIFY2(noProfile.err.contains(QStringLiteral("no database at")), qPrintable(noProfile.err));
        const CliRun days = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--days"), QStringLiteral("9")},
                                      m_profile);
        QCOMPARE(days.code, 2);
        const CliRun badDays = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--account"),
                                          QStringLiteral("clean"), QStringLiteral("--days"), QStringLiteral("0")},
                                         m_profile);
        QCOMPARE(badDays.code, 2);
        // A wrong password: an error naming the login, not a crash and not exit 0 or 3.
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("wrong");
        pw.close();
        const CliRun login = selfcheck({QStringLiteral("--domain"), QStringLiteral("good.test"), QStringLiteral("--account"),
                                        QStringLiteral("clean")},
                                       m_profile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(m_dovecot.password().toUtf8());
        pw.close();
        QCOMPARE(login.code, 1);
        QVERIFY2(login.err.contains(QStringLiteral("cannot log in to clean")), qPrintable(login.err));
    }

    void cleanupTestCase()
    {
        m_dovecot.stop();
        m_dns.stop();
        m_open.stop();
        m_closed.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliSelfcheck)
#include "tst_cliselfcheck.moc"
