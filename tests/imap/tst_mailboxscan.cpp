// The self-check's mailbox scan (core/selfcheck/MailboxScan) against a real Dovecot holding the
// fixture mailboxes of tests/imap/SelfCheckMailbox.h: the clean user gives no warning, the forged
// one gives backscatter (with the bots' IPs), a forged complaint, the sent-volume spike on exactly
// its day and failing DMARC sources. The scan changes no flag on the server, stops when
// cancelled, and names a message over the size limit instead of reading it. A scripted server
// (FakeImapServer) plays the faults a real one does not make: a refused folder is a problem line,
// garbage or a dropped line ends the scan with an error, never a crash or a hang.
#include "DovecotServer.h"
#include "FakeImapServer.h"
#include "SelfCheckMailbox.h"
#include "imap/Account.h"
#include "imap/Session.h"
#include "selfcheck/MailboxScan.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;

namespace {

constexpr qint64 kNow = 1795780800; // 2026-11-27 12:00 UTC: the scan's clock

QStringList ipsOf(const QList<selfcheck::IpUse> &uses)
{
    QStringList out;
    for (const selfcheck::IpUse &u : uses)
        out << u.ip;
    out.sort();
    return out;
}

} // namespace

class TestMailboxScan : public QObject
{
    Q_OBJECT
    test::DovecotServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    QHash<QString, qint64> m_accounts;
    test::PlantedMailbox m_clean;
    test::PlantedMailbox m_forged;

    store::ImapAccount account(const QString &user) const
    {
        store::ImapAccount a = m_server.imapsAccount(user, user);
        a.passwordCommand = QStringLiteral("cat '%1'").arg(m_dir.filePath(QStringLiteral("pw")));
        return a;
    }
    Status open(imap::Connection &c, const QString &user) const
    {
        return c.open(imap::endpointFor(account(user)).value());
    }
    selfcheck::MailboxScanOptions options() const
    {
        selfcheck::MailboxScanOptions o;
        o.domain = QStringLiteral("good.test");
        o.clock = [] { return kNow; };
        o.zone = QTimeZone::utc();
        return o;
    }
    Result<selfcheck::MailboxFindings> scan(const QString &user, const selfcheck::MailboxScanOptions &o)
    {
        imap::Connection c;
        if (Status s = open(c, user); !s)
            return s.error();
        return selfcheck::scanMailbox(c, *m_store, m_accounts.value(user), o);
    }
    /** Every message's flags in every folder, read in a fresh session. */
    QMap<QString, QMap<quint64, QByteArray>> flags(const QString &user)
    {
        QMap<QString, QMap<quint64, QByteArray>> out;
        imap::Connection c;
        if (!open(c, user))
            return out;
        imap::Session s(c);
        auto folders = s.list();
        if (!folders)
            return out;
        for (const imap::MailboxInfo &m : folders.value()) {
            if (!s.examine(m.serverName, false))
                continue;
            const Status st = s.uidFetch("1:*", "UID FLAGS", [&](imap::Response &&r) -> Status {
                QByteArrayList f;
                if (const imap::Value *v = r.fetchItem("FLAGS"))
                    for (const imap::Value &x : v->list)
                        f << x.bytes;
                std::sort(f.begin(), f.end());
                out[m.path].insert(r.fetchItem("UID")->number, f.join(' '));
                return {};
            });
            if (!st)
                out[m.path].insert(0, "error");
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::DovecotServer::Options o;
        o.extraUsers = {QStringLiteral("clean"), QStringLiteral("forged")};
        const Status started = m_server.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        Status s = test::plantSelfCheckMailbox(m_server, QStringLiteral("clean"), false, kNow, &m_clean);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        s = test::plantSelfCheckMailbox(m_server, QStringLiteral("forged"), true, kNow, &m_forged);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(m_server.password().toUtf8());
        pw.close();
        auto st = store::Store::open(m_dir.filePath(QStringLiteral("scan.db")));
        QVERIFY(st);
        m_store = std::move(st.value());
        for (const QString &user : {QStringLiteral("clean"), QStringLiteral("forged")}) {
            auto id = m_store->addImapAccount(account(user));
            QVERIFY(id);
            m_accounts.insert(user, id.value());
        }
    }

    void clean()
    {
        const auto before = flags(QStringLiteral("clean"));
        QVERIFY(!before.isEmpty());
        auto r = scan(QStringLiteral("clean"), options());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const selfcheck::MailboxFindings &m = r.value();
        QCOMPARE(m.account, QStringLiteral("clean"));
        QCOMPARE(m.sentFolder, QStringLiteral("Sent"));
        QVERIFY(m.foldersScanned.contains(QStringLiteral("INBOX")));
        QVERIFY(m.foldersScanned.contains(QStringLiteral("Junk")));
        QVERIFY(!m.foldersScanned.contains(QStringLiteral("Trash")));
        QCOMPARE(m.sentMessages, qint64(m_clean.sentMessages));
        QCOMPARE(m.sentPerDay.size(), 60);
        int sum = 0;
        for (const selfcheck::DayCount &d : m.sentPerDay) {
            QVERIFY2(d.count >= 2 && d.count <= 6, qPrintable(d.day.toString(Qt::ISODate)));
            sum += d.count;
        }
        QCOMPARE(sum, m_clean.sentMessages);
        QVERIFY(m.spikes.isEmpty());
        QCOMPARE(m.dkimSelectors.size(), 1);
        QCOMPARE(m.dkimSelectors[0].selector, QStringLiteral("mail2024"));
        QCOMPARE(m.dkimSelectors[0].domain, QStringLiteral("good.test"));
        QCOMPARE(m.dkimSelectors[0].messages, m_clean.sentMessages);
        QCOMPARE(ipsOf(m.outboundIps), QStringList{QStringLiteral("198.51.100.7")});
        QCOMPARE(m.outboundIps[0].messages, m_clean.sentMessages);
        QCOMPARE(m.reports.size(), 1);
        QVERIFY(m.reports[0].ourMail);
        QCOMPARE(m.reports[0].report.recipients, QStringList{QStringLiteral("gone@example.net")});
        QCOMPARE(m.backscatterCount(), 0);
        QCOMPARE(m.complaintCount(), 0);
        QCOMPARE(m.dmarc.size(), m_clean.dmarcReports);
        QVERIFY(m.dmarcFailingSources().isEmpty());
        QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.join(QLatin1Char('\n'))));

        selfcheck::Report report;
        report.domain = QStringLiteral("good.test");
        selfcheck::addMailboxFindings(report, m);
        for (const selfcheck::Finding &f : std::as_const(report.findings))
            QVERIFY2(f.severity == selfcheck::Severity::Ok || f.severity == selfcheck::Severity::Info,
                     qPrintable(f.id + QStringLiteral(": ") + f.title));
        QVERIFY(report.has(QStringLiteral("mailbox.no-backscatter")));
        QVERIFY(report.has(QStringLiteral("mailbox.sent-steady")));
        QVERIFY(report.has(QStringLiteral("dmarc-report.ok")));
        QVERIFY(report.has(QStringLiteral("mailbox.bounces")));

        QCOMPARE(flags(QStringLiteral("clean")), before); // read-only: no flag changed
    }

    void forged()
    {
        const auto before = flags(QStringLiteral("forged"));
        auto r = scan(QStringLiteral("forged"), options());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const selfcheck::MailboxFindings &m = r.value();
        QCOMPARE(m.sentMessages, qint64(m_forged.sentMessages));
        QCOMPARE(m.spikes.size(), 1);
        QCOMPARE(m.spikes[0].day, m_forged.spikeDay);
        QCOMPARE(m.spikes[0].count, 150);
        QVERIFY(m.spikes[0].baseline >= 2 && m.spikes[0].baseline <= 6);
        QCOMPARE(m.dkimSelectors.size(), 1);
        QCOMPARE(m.dkimSelectors[0].selector, QStringLiteral("mail2024"));
        QCOMPARE(ipsOf(m.outboundIps), QStringList{QStringLiteral("198.51.100.7")});

        QCOMPARE(m.backscatterCount(), m_forged.backscatter);
        QCOMPARE(ipsOf(m.backscatterSources()), m_forged.backscatterIps);
        QCOMPARE(m.backscatterSources()[0].ip, QStringLiteral("203.0.113.45")); // two bounces
        QCOMPARE(m.backscatterSources()[0].messages, 2);
        QCOMPARE(m.complaintCount(), 1);
        int junk = 0;
        for (const selfcheck::FoundReport &f : m.reports) {
            QVERIFY(!f.ourMail);
            junk += f.folder == QLatin1String("Junk");
        }
        QCOMPARE(junk, 2);
        for (qsizetype i = 1; i < m.reports.size(); ++i)
            QVERIFY(m.reports[i - 1].arrivedUtc <= m.reports[i].arrivedUtc); // oldest first
        QCOMPARE(m.dmarc.size(), m_forged.dmarcReports);
        QCOMPARE(ipsOf(m.dmarcFailingSources()), m_forged.dmarcFailingIps);
        QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.join(QLatin1Char('\n'))));

        selfcheck::Report report;
        report.domain = QStringLiteral("good.test");
        selfcheck::addMailboxFindings(report, m);
        QCOMPARE(report.withId(QStringLiteral("mailbox.backscatter")).size(), 1);
        const selfcheck::Finding bs = report.withId(QStringLiteral("mailbox.backscatter"))[0];
        QCOMPARE(bs.severity, selfcheck::Severity::Warning);
        QVERIFY2(bs.title.contains(QStringLiteral("6 bounces")), qPrintable(bs.title));
        for (const QString &ip : m_forged.backscatterIps)
            QVERIFY2(bs.title.contains(ip), qPrintable(ip));
        QVERIFY(report.has(QStringLiteral("mailbox.forged-complaint")));
        QVERIFY(!report.has(QStringLiteral("mailbox.complaint")));
        const QList<selfcheck::Finding> spikes = report.withId(QStringLiteral("mailbox.sent-spike"));
        QCOMPARE(spikes.size(), 1);
        QCOMPARE(spikes[0].severity, selfcheck::Severity::Severe);
        QVERIFY2(spikes[0].title.contains(m_forged.spikeDay.toString(Qt::ISODate)), qPrintable(spikes[0].title));
        QVERIFY(report.has(QStringLiteral("dmarc-report.failing-sources")));
        QVERIFY(!report.has(QStringLiteral("mailbox.sent-steady")));
        QCOMPARE(report.worst(), selfcheck::Severity::Severe);

        // JSON carries the numbers.
        const QJsonObject o = QJsonDocument::fromJson(selfcheck::mailboxToJson(m)).object();
        QCOMPARE(o.value(QStringLiteral("backscatter")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("spikes")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("sent_per_day")).toArray().size(), 60);

        QCOMPARE(flags(QStringLiteral("forged")), before);
    }

    /** The window: 10 days back sees neither the spike nor most bounces. */
    void window()
    {
        selfcheck::MailboxScanOptions o = options();
        o.days = 10;
        auto r = scan(QStringLiteral("forged"), o);
        QVERIFY(r);
        QVERIFY(r->spikes.isEmpty());
        QVERIFY(r->sentPerDay.size() <= 11);
        QCOMPARE(r->backscatterCount(), 1); // the one of 5 days ago
    }

    void cancelStops()
    {
        std::atomic_bool cancel{false};
        selfcheck::MailboxScanOptions o = options();
        o.cancel = &cancel;
        int calls = 0;
        o.progress = [&](qint64, qint64, const QString &) {
            if (++calls == 2)
                cancel = true;
        };
        auto r = scan(QStringLiteral("forged"), o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("cancelled")), qPrintable(r.error().toString()));
        QCOMPARE(calls, 2); // nothing ran after the cancel
    }

    void oversizedMessageIsAProblemLine()
    {
        selfcheck::MailboxScanOptions o = options();
        o.maxMessageBytes = 50000;
        auto r = scan(QStringLiteral("forged"), o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->problems.size(), m_forged.bigMessages);
        QVERIFY2(r->problems[0].startsWith(QStringLiteral("INBOX UID ")), qPrintable(r->problems[0]));
        QVERIFY2(r->problems[0].contains(QStringLiteral("over the limit of 50000 bytes: not read")), qPrintable(r->problems[0]));
        // That one was not read; every other report still was.
        QCOMPARE(r->dmarc.size(), m_forged.dmarcReports - m_forged.bigMessages);
        QCOMPARE(r->backscatterCount(), m_forged.backscatter);
        QCOMPARE(r->complaintCount(), 1);
    }

    void faults_data()
    {
        QTest::addColumn<QByteArrayList>("afterSentFetch");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("expected"); // in the problem line, or in the error
        const QByteArray fetched = "S: * 1 FETCH (UID 1 INTERNALDATE \" 1-Nov-2026 10:00:00 +0000\" "
                                   "BODY[HEADER.FIELDS (MESSAGE-ID DATE FROM DKIM-SIGNATURE RECEIVED)] \"\")";
        QTest::newRow("folder-refused") << QByteArrayList{fetched, "S: {tag} OK done", "C: {tag} EXAMINE INBOX",
                                                          "S: {tag} NO [NONEXISTENT] No such mailbox"}
                                        << true << QStringLiteral("INBOX: ");
        QTest::newRow("dropped-mid-literal") << QByteArrayList{"SEND_RAW * 1 FETCH (UID 1 BODY[HEADER.FIELDS (MESSAGE-ID)] {900}\r\nMessage-ID: <x", "DROP"}
                                             << false << QString();
        QTest::newRow("garbage") << QByteArrayList{"SEND_RAW \x01\x02\x03 not IMAP at all\r\n"} << false << QString();
        QTest::newRow("literal-too-large") << QByteArrayList{"SEND_RAW * 1 FETCH (UID 1 BODY[] {99999999999}\r\n"} << false << QString();
        QTest::newRow("bye") << QByteArrayList{"S: * BYE shutting down"} << false << QString();
    }

    void faults()
    {
        QFETCH(QByteArrayList, afterSentFetch);
        QFETCH(bool, succeeds);
        QFETCH(QString, expected);
        test::FakeImapServer fake;
        QVERIFY(fake.start());
        const QByteArray since = "C: {tag} UID SEARCH SINCE " +
                                 QLocale::c().toString(QDateTime::fromSecsSinceEpoch(kNow - 181 * 86400, Qt::UTC).date(),
                                                       QStringLiteral("d-MMM-yyyy")).toLatin1();
        QByteArrayList script{"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready", "LOGIN IMAP4rev1 AUTH=PLAIN",
                              "C: {tag} LIST \"\" \"*\"", "S: * LIST (\\Sent) \"/\" Sent", "S: * LIST () \"/\" INBOX",
                              "S: * LIST (\\Trash) \"/\" Trash", "S: {tag} OK done", "C: {tag} EXAMINE Sent", "S: * 1 EXISTS",
                              "S: * OK [UIDVALIDITY 7] ok", "S: {tag} OK [READ-ONLY] done", since, "S: * SEARCH 1", "S: {tag} OK done",
                              "C: {tag} UID FETCH 1 (UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID DATE FROM DKIM-SIGNATURE RECEIVED)])"};
        script += afterSentFetch;
        fake.addScript(script);
        imap::Endpoint e;
        e.host = fake.host();
        e.port = fake.port();
        e.tls = imap::Tls::None;
        e.user = QStringLiteral("u");
        e.password = "p";
        e.idleTimeoutMs = 5000;
        imap::Connection c;
        QVERIFY(c.open(e));
        auto r = selfcheck::scanMailbox(c, *m_store, 0, options());
        QCOMPARE(bool(r), succeeds);
        if (succeeds) {
            QCOMPARE(r->sentFolder, QStringLiteral("Sent"));
            QCOMPARE(r->sentMessages, qint64(1));
            QCOMPARE(r->problems.size(), 1);
            QVERIFY2(r->problems[0].startsWith(expected), qPrintable(r->problems[0]));
            QVERIFY(r->problems[0].contains(QStringLiteral("No such mailbox")));
            QVERIFY(!r->foldersScanned.contains(QStringLiteral("Trash")));
            QVERIFY(fake.waitForScripts());
        } else {
            QVERIFY(!r.error().toString().isEmpty());
        }
        for (const QByteArray &line : fake.received()) // read-only, whatever happened
            QVERIFY2(!line.contains("SELECT") && !line.contains("STORE") && !line.contains("BODY[") && !line.contains("EXPUNGE"),
                     line.constData());
    }
};

QTEST_GUILESS_MAIN(TestMailboxScan)
#include "tst_mailboxscan.moc"
