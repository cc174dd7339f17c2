// addMailboxFindings(): what the mailbox scan's numbers become in the report, row by row — the
// severities and their thresholds, what is said without a Sent folder, own bounces and
// complaints, DMARC sources that are the user's own — and the JSON and text views of them.
#include "selfcheck/MailboxScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mailtide::selfcheck;

namespace {

FoundReport bounce(const QString &ip, bool ours, MailReportKind kind = MailReportKind::Dsn)
{
    FoundReport f;
    f.report.kind = kind;
    f.report.sourceIp = ip;
    f.report.originalMessageId = QStringLiteral("m@good.test");
    f.folder = QStringLiteral("INBOX");
    f.ourMail = ours;
    return f;
}

MailboxFindings withSent()
{
    MailboxFindings m;
    m.account = QStringLiteral("a");
    m.sentFolder = QStringLiteral("Sent");
    m.sentMessages = 10;
    m.sentPerDay = {{QDate(2026, 11, 1), 5}, {QDate(2026, 11, 2), 5}};
    return m;
}

Report run(const MailboxFindings &m)
{
    Report r;
    r.domain = QStringLiteral("good.test");
    addMailboxFindings(r, m);
    return r;
}

DmarcRow row(const char *ip, qint64 count, bool pass)
{
    DmarcRow r;
    r.sourceIp = QString::fromLatin1(ip);
    r.count = count;
    r.dkim = r.spf = pass ? QStringLiteral("pass") : QStringLiteral("fail");
    return r;
}

} // namespace

class TestMailboxFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backscatterSeverity_data()
    {
        QTest::addColumn<int>("bounces");
        QTest::addColumn<int>("severity");
        QTest::newRow("none") << 0 << -1;
        QTest::newRow("one") << 1 << int(Severity::Warning);
        QTest::newRow("19") << 19 << int(Severity::Warning);
        QTest::newRow("20-severe") << 20 << int(Severity::Severe);
    }
    void backscatterSeverity()
    {
        QFETCH(int, bounces);
        QFETCH(int, severity);
        MailboxFindings m = withSent();
        for (int i = 0; i < bounces; ++i)
            m.reports << bounce(QStringLiteral("203.0.113.%1").arg(i % 3), false);
        const Report r = run(m);
        QCOMPARE(m.backscatterCount(), bounces);
        if (severity < 0) {
            QVERIFY(!r.has(QStringLiteral("mailbox.backscatter")));
            QVERIFY(r.has(QStringLiteral("mailbox.no-backscatter")));
            return;
        }
        const Finding f = r.withId(QStringLiteral("mailbox.backscatter")).value(0);
        QCOMPARE(int(f.severity), severity);
        QVERIFY2(f.title.contains(QStringLiteral("%1 bounces").arg(bounces)), qPrintable(f.title));
        QVERIFY(f.title.contains(QStringLiteral("from %1 distinct IPs").arg(std::min(bounces, 3))));
        QVERIFY(f.fix.contains(QStringLiteral("DMARC p=reject")));
    }

    /** Without a Sent folder nothing can be called backscatter, nor a spike. */
    void noSentFolder()
    {
        MailboxFindings m;
        m.reports << bounce(QStringLiteral("203.0.113.1"), false);
        const Report r = run(m);
        QCOMPARE(m.backscatterCount(), 0);
        QVERIFY(r.has(QStringLiteral("mailbox.no-sent-folder")));
        QVERIFY(!r.has(QStringLiteral("mailbox.backscatter")));
        QVERIFY(!r.has(QStringLiteral("mailbox.sent-steady")));
        QCOMPARE(r.worst(), Severity::Info);
    }

    void ownBouncesAndComplaints()
    {
        MailboxFindings m = withSent();
        m.reports << bounce(QStringLiteral("198.51.100.7"), true) << bounce(QString(), true, MailReportKind::LegacyBounce);
        Report r = run(m);
        QCOMPARE(r.withId(QStringLiteral("mailbox.bounces")).value(0).severity, Severity::Info);
        QVERIFY(r.withId(QStringLiteral("mailbox.bounces")).value(0).title.contains(QStringLiteral("2 of the messages")));
        QCOMPARE(r.worst(), Severity::Info); // own bounces and no DMARC report: nothing to warn about

        m.reports << bounce(QStringLiteral("198.51.100.7"), true, MailReportKind::Arf);
        r = run(m);
        QCOMPARE(r.withId(QStringLiteral("mailbox.complaint")).value(0).severity, Severity::Severe);
        QCOMPARE(m.complaintCount(), 1);
        QCOMPARE(m.backscatterCount(), 0);

        m.reports = {bounce(QStringLiteral("203.0.113.9"), false, MailReportKind::Arf)};
        r = run(m);
        QCOMPARE(r.withId(QStringLiteral("mailbox.forged-complaint")).value(0).severity, Severity::Warning);
        QVERIFY(!r.has(QStringLiteral("mailbox.backscatter"))); // a complaint is not a bounce
    }

    void spikes()
    {
        MailboxFindings m = withSent();
        m.spikes = {{QDate(2026, 11, 7), 150, 4.0, 20.0}, {QDate(2026, 11, 20), 90, 4.5, 20.0}};
        const Report r = run(m);
        const QList<Finding> f = r.withId(QStringLiteral("mailbox.sent-spike"));
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].severity, Severity::Severe);
        QCOMPARE(f[0].title, QStringLiteral("On 2026-11-07 you sent 150 messages, against a usual 4 a day."));
        QVERIFY(f[1].title.contains(QStringLiteral("4.5 a day")));
        QVERIFY(f[0].fix.contains(QStringLiteral("change its password")));
        QVERIFY(!r.has(QStringLiteral("mailbox.sent-steady")));
    }

    void dmarcSources()
    {
        MailboxFindings m = withSent();
        QVERIFY(run(m).has(QStringLiteral("dmarc-report.none")));
        m.outboundIps = {{QStringLiteral("198.51.100.7"), 10}};
        DmarcAggregateReport a;
        a.orgName = QStringLiteral("google.com");
        a.domain = QStringLiteral("good.test");
        a.rows = {row("198.51.100.7", 40, true), row("198.51.100.7", 2, false), row("203.0.113.5", 7, false),
                  row("203.0.113.6", 9, false)};
        m.dmarc = {a};
        const Report r = run(m);
        const Finding failing = r.withId(QStringLiteral("dmarc-report.failing-sources")).value(0);
        QCOMPARE(failing.severity, Severity::Warning);
        QVERIFY2(failing.title.contains(QStringLiteral("16 messages")), qPrintable(failing.title));
        QVERIFY(failing.title.contains(QStringLiteral("203.0.113.6 (9), 203.0.113.5 (7)"))); // most first
        QVERIFY(!failing.title.contains(QStringLiteral("198.51.100.7")));
        const Finding own = r.withId(QStringLiteral("dmarc-report.unaligned-own")).value(0);
        QVERIFY(own.title.contains(QStringLiteral("198.51.100.7 (2)")));
        QVERIFY(!r.has(QStringLiteral("dmarc-report.ok")));
        QCOMPARE(m.dmarcFailingSources().size(), 3);

        const QJsonObject o = QJsonDocument::fromJson(mailboxToJson(m)).object();
        QCOMPARE(o.value(QStringLiteral("dmarc")).toArray()[0].toObject().value(QStringLiteral("failing_messages")).toInt(), 18);
        QCOMPARE(o.value(QStringLiteral("dmarc_failing_sources")).toArray().size(), 3);
        const QString text = mailboxToText(m);
        QVERIFY2(text.contains(QStringLiteral("DMARC reports: 1, 58 messages; failing sources: 203.0.113.6 (9)")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestMailboxFindings)
#include "tst_mailboxfindings.moc"
