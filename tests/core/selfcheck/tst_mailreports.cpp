// Bounces and complaints (selfcheck/MailReports.h), one row per fixture of
// tests/data/selfcheck/mailbox: Postfix and Exim DSNs (RFC 3464), ARF reports (RFC 5965), legacy
// qmail/Exim/gateway bounces, and what is none of them (an ordinary reply, DMARC reports). Then the
// source IP rule row by row, and hostile input.
#include "selfcheck/MailReports.h"

#include <QElapsedTimer>
#include <QFile>
#include "MailboxFixture.h"

#include <QTest>

using namespace mailtide::selfcheck;

namespace {

QByteArray fixture(const QString &name)
{
    return mailtide::test::mailboxFixture(name);
}

/** A Postfix-shaped DSN returning a message with these Received headers (top-most first). */
QByteArray dsnWithHops(const QStringList &hops)
{
    QByteArray m = "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\nTo: alice@good.test\n"
                   "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
                   "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                   "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
                   "Final-Recipient: rfc822; x@example.net\nAction: failed\nStatus: 5.1.1\n\n"
                   "--B\nContent-Type: message/rfc822\n\n";
    for (const QString &h : hops)
        m += "Received: " + h.toUtf8() + "; Wed, 25 Nov 2026 09:14:05 +0000\n";
    m += "From: alice@good.test\nMessage-ID: <x@good.test>\nSubject: hi\n\nbody\n--B--\n";
    return m;
}

} // namespace

class TestMailReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind"); // "" for nullopt
        QTest::addColumn<QString>("reporter");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("diagnostic");
        QTest::addColumn<bool>("hasOriginal");
        QTest::addColumn<QString>("messageId");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("mailFrom");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("sourceIp");

        QTest::newRow("postfix-dsn-backscatter")
            << "dsn-postfix-backscatter.eml" << "dsn" << "mx.example.net" << QStringList{QStringLiteral("nobody@example.net")}
            << "failed" << "5.1.1" << "unknown user: \"nobody\"" << true << "forged.1795598042.77@good.test"
            << "alice@good.test" << "alice@good.test" << "Cheap meds, best prices" << "203.0.113.45";
        QTest::newRow("exim-dsn-headers-only")
            << "dsn-exim-headers.eml" << "dsn" << "relay.example.org"
            << QStringList{QStringLiteral("bob@customer.example"), QStringLiteral("carol@customer.example")} << "failed"
            << "5.0.0" << "550 5.1.1 <bob@customer.example>: Recipient address rejected: User unknown" << true
            << "20261124153000.GA1234@good.test" << "alice@good.test" << "alice@good.test" << "Your invoice for November"
            << "198.51.100.7";
        QTest::newRow("exim-legacy-text")
            << "bounce-exim-legacy.eml" << "bounce" << "Mailer-Daemon@mx2.example.com"
            << QStringList{QStringLiteral("dave@example.com")} << "failed" << "5.7.1"
            << "host mx.example.com [192.0.2.31]: 550 5.7.1 <dave@example.com>... Relaying denied" << true
            << "xq8m2k1v.0031@good.test" << "alice@good.test" << "alice@good.test" << "You have won a prize"
            << "203.0.113.50";
        QTest::newRow("qmail")
            << "bounce-qmail.eml" << "bounce" << "MAILER-DAEMON@mail.example.com" << QStringList{QStringLiteral("erin@example.com")}
            << "failed" << "5.1.1" << "Sorry, no mailbox here by that name. (#5.1.1)" << true << "qm.1795604522.4471@good.test"
            << "alice@good.test" << "alice@good.test" << "Re: your account" << "203.0.113.51";
        QTest::newRow("undelivered-flat-text")
            << "bounce-undelivered-text.eml" << "bounce" << "postmaster@example.biz"
            << QStringList{QStringLiteral("frank@example.biz")} << "failed" << "5.1.1"
            << "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found" << true << "000b01d9e3f2$9a8b7c60$0a00a8c0@workstation"
            << "alice@good.test" << "" << "Payment overdue" << "203.0.113.52";
        QTest::newRow("arf-own-newsletter")
            << "arf-abuse.eml" << "arf" << "mail.isp.example" << QStringList{QStringLiteral("user@isp.example")} << "" << ""
            << "" << true << "news.2026-11.0042@good.test" << "newsletter@good.test" << "newsletter@good.test"
            << "November newsletter" << "198.51.100.7";
        QTest::newRow("arf-forged-headers-only")
            << "arf-forged-headers.eml" << "arf" << "AOL SComp" << QStringList{} << "" << "" << "" << true
            << "8f3e2a1b9c@good.test" << "support@good.test" << "bounce-7734@good.test" << "Your account is limited"
            << "203.0.113.60";
        QTest::newRow("dsn-garbage-returned")
            << "dsn-garbage-returned.eml" << "dsn" << "mx.broken.example" << QStringList{QStringLiteral("ghost@broken.example")}
            << "failed" << "5.4.4" << "554 5.4.4 no route to host" << false << "" << "" << "" << "" << "";
        QTest::newRow("arf-no-original")
            << "arf-no-original.eml" << "arf" << "ISP-FBL/2.1" << QStringList{} << "" << "" << "" << false << "" << ""
            << "" << "" << "198.51.100.7";
        const QStringList none = {QStringLiteral("ordinary.eml"), QStringLiteral("dmarc-google-zip.eml"),
                                  QStringLiteral("dmarc-microsoft-gzip.eml"), QStringLiteral("dmarc-plain-xml.eml")};
        for (const QString &f : none)
            QTest::newRow(qPrintable(QStringLiteral("none-") + f)) << f << "" << "" << QStringList{} << "" << "" << ""
                                                                    << false << "" << "" << "" << "" << "";
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, reporter);
        QFETCH(QStringList, recipients);
        QFETCH(QString, action);
        QFETCH(QString, status);
        QFETCH(QString, diagnostic);
        QFETCH(bool, hasOriginal);
        QFETCH(QString, messageId);
        QFETCH(QString, from);
        QFETCH(QString, mailFrom);
        QFETCH(QString, subject);
        QFETCH(QString, sourceIp);
        const std::optional<MailReport> r = parseMailReport(fixture(file));
        if (kind.isEmpty()) {
            QVERIFY2(!r, r ? qPrintable(toString(r->kind)) : "");
            return;
        }
        QVERIFY(r);
        QCOMPARE(toString(r->kind), kind);
        QCOMPARE(r->reporter, reporter);
        QCOMPARE(r->recipients, recipients);
        QCOMPARE(r->action, action);
        QCOMPARE(r->status, status);
        QCOMPARE(r->diagnostic, diagnostic);
        QCOMPARE(r->hasOriginal, hasOriginal);
        QCOMPARE(r->originalMessageId, messageId);
        QCOMPARE(r->originalFrom, from);
        QCOMPARE(r->originalMailFrom, mailFrom);
        QCOMPARE(r->originalSubject, subject);
        QCOMPARE(r->sourceIp, sourceIp);
        QVERIFY(r->dateUtc.has_value());
    }
    void dsnDates()
    {
        const auto r = parseMailReport(fixture(QStringLiteral("dsn-postfix-backscatter.eml")));
        QVERIFY(r);
        QCOMPARE(*r->dateUtc, 1795598046);      // Wed, 25 Nov 2026 09:14:06 +0000
        QCOMPARE(*r->originalDateUtc, 1795598042); // 10:14:02 +0100
    }
    void arfFields()
    {
        const auto r = parseMailReport(fixture(QStringLiteral("arf-abuse.eml")));
        QVERIFY(r);
        QCOMPARE(r->feedbackType, QStringLiteral("abuse"));
        QCOMPARE(r->reportedDomain, QStringLiteral("good.test"));
        QCOMPARE(*r->arrivalUtc, 1795719600); // Thu, 26 Nov 2026 14:00:00 -0500
        const auto aol = parseMailReport(fixture(QStringLiteral("arf-forged-headers.eml")));
        QVERIFY(aol);
        QCOMPARE(aol->feedbackType, QStringLiteral("abuse"));
        QVERIFY(aol->arrivalUtc.has_value()); // from Received-Date
        const auto fraud = parseMailReport(fixture(QStringLiteral("arf-no-original.eml")));
        QVERIFY(fraud);
        QCOMPARE(fraud->feedbackType, QStringLiteral("fraud"));
        QCOMPARE(fraud->reportedDomain, QStringLiteral("good.test"));
    }
    void kindNames()
    {
        QCOMPARE(toString(MailReportKind::Dsn), QStringLiteral("dsn"));
        QCOMPARE(toString(MailReportKind::Arf), QStringLiteral("arf"));
        QCOMPARE(toString(MailReportKind::LegacyBounce), QStringLiteral("bounce"));
    }
    void legacyShapes_data()
    {
        // Shapes of text bounces seen in the wild (as the bounce parsers of mailing-list managers
        // know them), each with an original whose hop says where it came from.
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("messageId");
        const QByteArray original = "Received: from x (x [203.0.113.70]) by mx.example.com with SMTP; 24 Nov 2026 11:02:02 -0000\n"
                                    "From: alice@good.test\nSubject: hello\nMessage-ID: <orig.1@good.test>\n\nbody\n";
        QTest::newRow("gmail-before-dsn")
            << QByteArray("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n"
                          "Delivery to the following recipient failed permanently:\n\n     frank@example.com\n\n"
                          "Technical details of permanent failure:\nThe email account that you tried to reach does not exist. "
                          "550 5.1.1 x\n\n----- Original message -----\n\n") + original
            << "frank@example.com" << "5.1.1" << "orig.1@good.test";
        QTest::newRow("qmail-variant")
            << QByteArray("From: MAILER-DAEMON@mail.example.ru\nSubject: failure notice\n\n"
                          "This is the machine generated message from mail service.\n"
                          "Hi. This is the mail delivery agent at mail.example.ru.\n\n<ivan@example.ru>:\nuser is over quota (#4.2.2)\n\n"
                          "--- Below the next line is a copy of the message.\n\n") + original
            << "ivan@example.ru" << "4.2.2" << "orig.1@good.test";
        QTest::newRow("yahoo-hosted")
            << QByteArray("From: MAILER-DAEMON@yahoo.example\nSubject: Failure Notice\n\nSorry, we were unable to deliver your "
                          "message to the following address.\n\n<joe@sbc.example>:\n554: delivery error: dd This user doesn't have "
                          "an account (#5.1.1)\n\n--- Original message follows.\n\n") + original
            << "joe@sbc.example" << "5.1.1" << "orig.1@good.test";
    }
    void legacyShapes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, recipient);
        QFETCH(QString, status);
        QFETCH(QString, messageId);
        const auto r = parseMailReport(raw);
        QVERIFY(r);
        QCOMPARE(toString(r->kind), QStringLiteral("bounce"));
        QCOMPARE(r->recipients, QStringList{recipient});
        QCOMPARE(r->status, status);
        QCOMPARE(r->action, status.startsWith(QLatin1Char('5')) ? QStringLiteral("failed") : QStringLiteral("delayed"));
        QCOMPARE(r->originalMessageId, messageId);
        QCOMPARE(r->sourceIp, QStringLiteral("203.0.113.70"));
    }
    void sourceIpRule_data()
    {
        QTest::addColumn<QStringList>("hops");
        QTest::addColumn<QString>("sourceIp");
        QTest::newRow("public-top") << QStringList{QStringLiteral("from a (a [203.0.113.9]) by mx.example.net")} << "203.0.113.9";
        QTest::newRow("private-above-public")
            << QStringList{QStringLiteral("from a (a [10.1.2.3]) by mx"), QStringLiteral("from b (b [172.20.0.1]) by a"),
                           QStringLiteral("from c (c [192.168.0.9]) by b"), QStringLiteral("from d (d [198.51.100.20]) by c")}
            << "198.51.100.20";
        QTest::newRow("cgnat-loopback-linklocal")
            << QStringList{QStringLiteral("from a (a [100.64.0.1]) by mx"), QStringLiteral("from b (b [127.0.0.1]) by a"),
                           QStringLiteral("from c (c [169.254.1.1]) by b"), QStringLiteral("from d (d [192.0.2.99]) by c")}
            << "192.0.2.99";
        QTest::newRow("cgnat-edge-is-public") << QStringList{QStringLiteral("from a (a [100.128.0.1]) by mx")} << "100.128.0.1";
        QTest::newRow("ipv6-private-then-public")
            << QStringList{QStringLiteral("from a (a [IPv6:::1]) by mx"), QStringLiteral("from b (b [IPv6:fd00::5]) by a"),
                           QStringLiteral("from c (c [IPv6:fe80::1]) by b"), QStringLiteral("from d (d [IPv6:2001:db8::7]) by c")}
            << "2001:db8::7";
        QTest::newRow("v4-mapped-private") << QStringList{QStringLiteral("from a (a [IPv6:::ffff:192.168.1.1]) by mx")} << "";
        QTest::newRow("no-ip") << QStringList{QStringLiteral("by mx.example.net (Postfix) id 123")} << "";
        QTest::newRow("only-private") << QStringList{QStringLiteral("from a (a [10.0.0.1]) by mx")} << "";
    }
    void sourceIpRule()
    {
        QFETCH(QStringList, hops);
        QFETCH(QString, sourceIp);
        const auto r = parseMailReport(dsnWithHops(hops));
        QVERIFY(r);
        QVERIFY(r->kind == MailReportKind::Dsn);
        QVERIFY(r->hasOriginal);
        QCOMPARE(r->sourceIp, sourceIp);
    }
    void hostile_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray(4096, '\xff');
        QTest::newRow("nul-bytes") << QByteArray(1000, '\0');
        QByteArray many = "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\n"
                          "Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n";
        for (int i = 0; i < 20000; ++i)
            many += "\nFinal-Recipient: rfc822; r" + QByteArray::number(i) + "@example.net\nAction: failed\nStatus: 5.1.1\n";
        many += "--B--\n";
        QTest::newRow("20000-recipients") << many;
        QByteArray longField = "Content-Type: multipart/report; report-type=feedback-report; boundary=\"B\"\n\n--B\n"
                               "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\nSource-IP: ";
        longField += QByteArray(2 * 1024 * 1024, '1') + "\n--B--\n";
        QTest::newRow("2MB-field") << longField;
        QByteArray nested = "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B0\"\n\n";
        for (int i = 1; i < 500; ++i)
            nested += "--B" + QByteArray::number(i - 1) + "\nContent-Type: multipart/mixed; boundary=\"B" + QByteArray::number(i) + "\"\n\n";
        QTest::newRow("500-nested") << nested;
        QByteArray legacy = "From: MAILER-DAEMON@x.example\nSubject: failure notice\n\nHi. This is the qmail-send program\n";
        for (int i = 0; i < 50000; ++i)
            legacy += "<r" + QByteArray::number(i) + "@example.com>:\n";
        QTest::newRow("legacy-50000-addresses") << legacy;
        QTest::newRow("legacy-copy-is-garbage")
            << QByteArray("From: MAILER-DAEMON@x.example\nSubject: failure notice\n\n--- Below this line is a copy of the message.\n\n"
                          "\x01\x02\x03 not headers at all");
    }
    void hostile()
    {
        QFETCH(QByteArray, raw);
        QElapsedTimer t;
        t.start();
        const auto r = parseMailReport(raw);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        if (r) {
            QVERIFY(r->recipients.size() <= 1000);
            QVERIFY(r->sourceIp.size() < 64);
            QVERIFY(r->diagnostic.size() <= 300);
        }
    }
};

QTEST_APPLESS_MAIN(TestMailReports)
#include "tst_mailreports.moc"
