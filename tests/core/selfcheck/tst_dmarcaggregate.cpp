// DMARC aggregate reports (selfcheck/DmarcAggregate.h) as Google, Microsoft and an RFC 7489bis
// reporter send them (tests/data/selfcheck/mailbox), and hostile XML: a DTD with nested entities,
// an external entity, garbage, another XML vocabulary, a report cut short, too many rows.
#include "selfcheck/DmarcAggregate.h"

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

/** "ip count disposition dkim spf" per row, for one compact comparison. */
QStringList rowSummary(const DmarcAggregateReport &r)
{
    QStringList out;
    for (const DmarcRow &row : r.rows)
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(row.sourceIp).arg(row.count).arg(row.disposition, row.dkim, row.spf);
    return out;
}

QByteArray reportWithRows(int rows)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<feedback><report_metadata><org_name>big.example</org_name>"
                     "<report_id>big</report_id><date_range><begin>1</begin><end>2</end></date_range></report_metadata>"
                     "<policy_published><domain>good.test</domain><p>none</p></policy_published>\n";
    xml.reserve(xml.size() + qsizetype(rows) * 200);
    for (int i = 0; i < rows; ++i) {
        xml += "<record><row><source_ip>203.0.";
        xml += QByteArray::number((i / 256) % 256);
        xml += '.';
        xml += QByteArray::number(i % 256);
        xml += "</source_ip><count>1</count><policy_evaluated><disposition>none</disposition><dkim>fail</dkim>"
               "<spf>fail</spf></policy_evaluated></row><identifiers><header_from>good.test</header_from></identifiers>"
               "</record>\n";
    }
    xml += "</feedback>\n";
    return xml;
}

} // namespace

class TestDmarcAggregate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void googleXml()
    {
        const auto r = parseDmarcAggregateXml(fixture(QStringLiteral("xml/google.xml")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const DmarcAggregateReport &rep = r.value();
        QCOMPARE(rep.orgName, QStringLiteral("google.com"));
        QCOMPARE(rep.email, QStringLiteral("noreply-dmarc-support@google.com"));
        QCOMPARE(rep.reportId, QStringLiteral("4795148925345218793"));
        QCOMPARE(rep.beginUtc, 1795564800);
        QCOMPARE(rep.endUtc, 1795651199);
        QCOMPARE(rep.domain, QStringLiteral("good.test"));
        QCOMPARE(rep.p, QStringLiteral("none"));
        QCOMPARE(rep.sp, QStringLiteral("none"));
        QCOMPARE(rep.pct, 100);
        QCOMPARE(rep.adkim, QStringLiteral("r"));
        QCOMPARE(rep.aspf, QStringLiteral("r"));
        QCOMPARE(rowSummary(rep), (QStringList{QStringLiteral("198.51.100.7 42 none pass pass"),
                                               QStringLiteral("203.0.113.45 17 none fail fail"),
                                               QStringLiteral("203.0.113.46 3 none fail fail")}));
        QCOMPARE(rep.messages(), 62);
        QCOMPARE(rep.failingMessages(), 20);
        QVERIFY(rep.rows[0].passes());
        QVERIFY(!rep.rows[1].passes());
        QCOMPARE(rep.rows[0].headerFrom, QStringLiteral("good.test"));
        QCOMPARE(rep.rows[0].dkimResults.size(), 1);
        QCOMPARE(rep.rows[0].dkimResults[0].domain, QStringLiteral("good.test"));
        QCOMPARE(rep.rows[0].dkimResults[0].result, QStringLiteral("pass"));
        QCOMPARE(rep.rows[0].dkimResults[0].selector, QStringLiteral("s2026"));
        QCOMPARE(rep.rows[0].spfResults.size(), 1);
        QCOMPARE(rep.rows[1].dkimResults.size(), 0);
        QCOMPARE(rep.rows[1].spfResults[0].domain, QStringLiteral("bot-203-0-113-45.example"));
        QCOMPARE(rep.rows[1].spfResults[0].result, QStringLiteral("softfail"));
        QVERIFY(rep.problems.isEmpty());
    }
    void namespacedDmarc2()
    {
        const auto r = parseDmarcAggregateXml(fixture(QStringLiteral("xml/dmarc2-namespaced.xml")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const DmarcAggregateReport &rep = r.value();
        QCOMPARE(rep.orgName, QStringLiteral("mail.receiver.example"));
        QCOMPARE(rep.p, QStringLiteral("reject"));
        QCOMPARE(rep.sp, QStringLiteral("quarantine"));
        QCOMPARE(rep.adkim, QStringLiteral("s"));
        QCOMPARE(rep.pct, 100); // no pct in DMARCbis: 100
        QCOMPARE(rowSummary(rep), (QStringList{QStringLiteral("198.51.100.7 5 none pass pass"),
                                               QStringLiteral("203.0.113.99 250 reject fail fail")}));
        QCOMPARE(rep.rows[1].reasons, QStringList{QStringLiteral("local_policy")});
        QCOMPARE(rep.failingMessages(), 250);
    }
    void prefixedNamespaceAndMinimal()
    {
        // A prefix instead of a default namespace, unknown elements, no optional fields.
        const QByteArray xml = "<d:feedback xmlns:d=\"urn:ietf:params:xml:ns:dmarc-2.0\"><d:extension><x>1</x></d:extension>"
                               "<d:policy_published><d:domain>Good.Test</d:domain></d:policy_published>"
                               "<d:record><d:row><d:source_ip> 2001:DB8::1 </d:source_ip><d:count>7</d:count></d:row>"
                               "<d:unknown/></d:record></d:feedback>";
        const auto r = parseDmarcAggregateXml(xml);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().domain, QStringLiteral("good.test"));
        QCOMPARE(r.value().rows.size(), 1);
        QCOMPARE(r.value().rows[0].sourceIp, QStringLiteral("2001:db8::1"));
        QCOMPARE(r.value().rows[0].count, 7);
        QVERIFY(!r.value().rows[0].passes()); // no policy_evaluated: neither passed
        QCOMPARE(r.value().failingMessages(), 7);
    }
    void leadingWhitespace()
    {
        const QByteArray xml = QByteArrayLiteral("\n\n  ") + fixture(QStringLiteral("xml/google.xml"));
        const auto r = parseDmarcAggregateXml(xml);
        QVERIFY(r.ok());
        QCOMPARE(r.value().rows.size(), 3);
    }
    void strayWindows1252Byte()
    {
        // Declared UTF-8, yet a 0x91 (a windows-1252 curly quote) in a value: the row is kept.
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback><policy_published><domain>good.test"
                               "</domain></policy_published><record><row><source_ip>192.0.2.5</source_ip><count>1</count>"
                               "</row><identifiers><header_from>bad\x91</header_from></identifiers></record></feedback>";
        const auto r = parseDmarcAggregateXml(xml);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().rows.size(), 1);
        QCOMPARE(r.value().rows[0].headerFrom, QStringLiteral("bad\ufffd"));
        QVERIFY(r.value().problems.isEmpty());
    }
    void emptyReasonAndUnknownElements()
    {
        // An empty <reason><type/>, the old draft's <human_result>, upper-case results.
        const QByteArray xml = "<feedback><version>1.0</version><policy_published><domain>good.test</domain><fo>1</fo>"
                               "</policy_published><record><row><source_ip>192.0.2.5</source_ip><count>2</count>"
                               "<policy_evaluated><disposition>none</disposition><dkim>PASS</dkim><spf>fail</spf>"
                               "<reason><type></type><comment></comment></reason></policy_evaluated></row>"
                               "<auth_results><dkim><domain>good.test</domain><result>Pass</result><human_result>2048-bit key"
                               "</human_result></dkim></auth_results></record></feedback>";
        const auto r = parseDmarcAggregateXml(xml);
        QVERIFY(r.ok());
        QCOMPARE(r.value().rows.size(), 1);
        QVERIFY(r.value().rows[0].reasons.isEmpty());
        QCOMPARE(r.value().rows[0].dkim, QStringLiteral("pass"));
        QCOMPARE(r.value().rows[0].dkimResults.size(), 1);
        QCOMPARE(r.value().rows[0].dkimResults[0].result, QStringLiteral("pass"));
    }
    void rowWithoutIpIsAProblem()
    {
        const QByteArray xml = "<feedback><policy_published><domain>good.test</domain></policy_published>"
                               "<record><row><source_ip>not-an-ip</source_ip><count>3</count></row></record>"
                               "<record><row><source_ip>192.0.2.1</source_ip><count>2</count></row></record></feedback>";
        const auto r = parseDmarcAggregateXml(xml);
        QVERIFY(r.ok());
        QCOMPARE(r.value().rows.size(), 1);
        QCOMPARE(r.value().problems.size(), 1);
        QVERIFY2(r.value().problems[0].contains(QLatin1String("source IP")), qPrintable(r.value().problems[0]));
    }
    void errors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("billion-laughs") << fixture(QStringLiteral("xml/billion-laughs.xml")) << "DTD";
        QTest::newRow("external-entity") << fixture(QStringLiteral("xml/external-entity.xml")) << "DTD";
        QTest::newRow("garbage") << fixture(QStringLiteral("xml/garbage.xml")) << "not well-formed";
        QTest::newRow("not-dmarc") << fixture(QStringLiteral("xml/not-dmarc.xml")) << "not a DMARC";
        QTest::newRow("empty") << QByteArray() << "not a DMARC";
        QTest::newRow("no-domain") << QByteArray("<feedback><report_metadata><org_name>x</org_name></report_metadata></feedback>")
                                   << "policy_published";
        QTest::newRow("broken-before-records") << QByteArray("<feedback><policy_published><domain>good.test</dom")
                                               << "not well-formed";
        QTest::newRow("undeclared-entity") << QByteArray("<feedback><report_metadata><org_name>&boom;</org_name>"
                                                         "</report_metadata></feedback>")
                                           << "";
    }
    void errors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        QElapsedTimer t;
        t.start();
        const auto r = parseDmarcAggregateXml(xml);
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(error), qPrintable(r.error().toString()));
    }
    void truncatedKeepsWhatWasRead()
    {
        const auto r = parseDmarcAggregateXml(fixture(QStringLiteral("xml/truncated.xml")));
        QVERIFY(r.ok());
        QCOMPARE(rowSummary(r.value()), QStringList{QStringLiteral("198.51.100.7 4 none pass pass")});
        QCOMPARE(r.value().problems.size(), 1);
        QVERIFY2(r.value().problems[0].contains(QLatin1String("breaks off")), qPrintable(r.value().problems[0]));
    }
    void rowsCapped()
    {
        const QByteArray xml = reportWithRows(kMaxDmarcRows + 1);
        QElapsedTimer t;
        t.start();
        const auto r = parseDmarcAggregateXml(xml);
        qInfo("%d rows (%lld bytes) parsed in %lld ms", kMaxDmarcRows + 1, qlonglong(xml.size()), qlonglong(t.elapsed()));
        QVERIFY(r.ok());
        QCOMPARE(r.value().rows.size(), kMaxDmarcRows);
        QCOMPARE(r.value().messages(), kMaxDmarcRows);
        QCOMPARE(r.value().problems.size(), 1);
        QVERIFY2(r.value().problems[0].contains(QString::number(kMaxDmarcRows)), qPrintable(r.value().problems[0]));
        // exactly the limit: no problem
        const auto exact = parseDmarcAggregateXml(reportWithRows(1000));
        QVERIFY(exact.ok());
        QVERIFY(exact.value().problems.isEmpty());
    }

    void messages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("reportId");
        QTest::addColumn<qint64>("begin");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("p");
        QTest::addColumn<int>("pct");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<qint64>("failing");
        QTest::newRow("google-zip") << "dmarc-google-zip.eml" << "google.com" << "4795148925345218793" << qint64(1795564800)
                                    << qint64(1795651199) << "none" << 100
                                    << QStringList{QStringLiteral("198.51.100.7 42 none pass pass"),
                                                   QStringLiteral("203.0.113.45 17 none fail fail"),
                                                   QStringLiteral("203.0.113.46 3 none fail fail")}
                                    << qint64(20);
        QTest::newRow("microsoft-gzip") << "dmarc-microsoft-gzip.eml" << "Enterprise Outlook"
                                        << "a1b2c3d4e5f60718293a4b5c6d7e8f90" << qint64(1795478400) << qint64(1795564800)
                                        << "quarantine" << 50
                                        << QStringList{QStringLiteral("198.51.100.7 120 none pass pass"),
                                                       QStringLiteral("192.0.2.80 2 none pass fail"),
                                                       QStringLiteral("2001:db8::25 9 quarantine fail fail")}
                                        << qint64(9);
        QTest::newRow("plain-xml") << "dmarc-plain-xml.eml" << "mail.receiver.example" << "receiver-2026-11-25-good.test"
                                   << qint64(1795564800) << qint64(1795651199) << "reject" << 100
                                   << QStringList{QStringLiteral("198.51.100.7 5 none pass pass"),
                                                  QStringLiteral("203.0.113.99 250 reject fail fail")}
                                   << qint64(250);
    }
    void messages()
    {
        QFETCH(QString, file);
        QFETCH(QString, org);
        QFETCH(QString, reportId);
        QFETCH(qint64, begin);
        QFETCH(qint64, end);
        QFETCH(QString, p);
        QFETCH(int, pct);
        QFETCH(QStringList, rows);
        QFETCH(qint64, failing);
        const DmarcInMessage m = dmarcReportsIn(fixture(file));
        QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.join(QLatin1Char('\n'))));
        QVERIFY(m.looksLikeReport);
        QCOMPARE(m.reports.size(), 1);
        const DmarcAggregateReport &rep = m.reports[0];
        QCOMPARE(rep.orgName, org);
        QCOMPARE(rep.reportId, reportId);
        QCOMPARE(rep.beginUtc, begin);
        QCOMPARE(rep.endUtc, end);
        QCOMPARE(rep.domain, QStringLiteral("good.test"));
        QCOMPARE(rep.p, p);
        QCOMPARE(rep.pct, pct);
        QCOMPARE(rowSummary(rep), rows);
        QCOMPARE(rep.failingMessages(), failing);
    }
    void microsoftDetails()
    {
        const DmarcInMessage m = dmarcReportsIn(fixture(QStringLiteral("dmarc-microsoft-gzip.eml")));
        QCOMPARE(m.reports.size(), 1);
        const DmarcRow &fwd = m.reports[0].rows[1];
        QCOMPARE(fwd.reasons, QStringList{QStringLiteral("forwarded")});
        QCOMPARE(fwd.envelopeFrom, QStringLiteral("lists.example"));
        QCOMPARE(fwd.spfResults[0].domain, QStringLiteral("lists.example"));
        QCOMPARE(fwd.spfResults[0].result, QStringLiteral("pass"));
        QVERIFY(fwd.passes()); // DKIM aligned and passed
    }
    void zipBetweenOtherParts()
    {
        // Google's multipart/mixed shape with a footer a virus scanner appended after the zip.
        QByteArray msg = "From: noreply-dmarc-support@google.com\nSubject: Report domain: good.test Submitter: google.com\n"
                         "MIME-Version: 1.0\nContent-type: multipart/mixed; boundary=\"----------=_1-2-0\"\n\n"
                         "This is a multi-part message in MIME format...\n\n------------=_1-2-0\n"
                         "Content-Type: application/zip;\n\tname=\"google.com!good.test!1795564800!1795651199.zip\"\n"
                         "Content-Disposition: attachment;\n\tfilename=\"google.com!good.test!1795564800!1795651199.zip\"\n"
                         "Content-Transfer-Encoding: base64\n\n";
        const QByteArray b64 = fixture(QStringLiteral("archive/google.zip")).toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 60)
            msg += b64.mid(i, 60) + "\n";
        msg += "\n------------=_1-2-0\nContent-Type: text/plain; charset=\"utf8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
               "This email was virus checked.=\n\n------------=_1-2-0--";
        const DmarcInMessage m = dmarcReportsIn(msg);
        QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.join(QLatin1Char('\n'))));
        QCOMPARE(m.reports.size(), 1);
        QCOMPARE(m.reports[0].rows.size(), 3);
    }
    void gzipWithTrailingCrlfAsOctetStream()
    {
        // Mimecast's shape: the whole body a gzip with CRLF after its trailer; and a reporter that
        // labels it application/octet-stream: the name and the magic bytes decide.
        QByteArray msg = "From: no-reply@report.example\nSubject: Report domain: good.test Submitter: mimecast.example\n"
                         "MIME-Version: 1.0\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
                         "Content-Disposition: attachment;\n filename=\"mimecast.example!good.test!1!2!abc.xml.gz\"\n\n";
        const QByteArray gz = fixture(QStringLiteral("archive/microsoft.xml.gz")) + QByteArrayLiteral("\r\n");
        msg += gz.toBase64() + "\n";
        const DmarcInMessage m = dmarcReportsIn(msg);
        QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.join(QLatin1Char('\n'))));
        QCOMPARE(m.reports.size(), 1);
        QCOMPARE(m.reports[0].orgName, QStringLiteral("Enterprise Outlook"));
    }
    void notReports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ordinary") << "ordinary.eml";
        QTest::newRow("dsn") << "dsn-postfix-backscatter.eml";
        QTest::newRow("arf") << "arf-abuse.eml";
    }
    void notReports()
    {
        QFETCH(QString, file);
        const DmarcInMessage m = dmarcReportsIn(fixture(file));
        QVERIFY(m.reports.isEmpty());
        QVERIFY(m.problems.isEmpty());
        QVERIFY(!m.looksLikeReport);
    }
    void hostileAttachments_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("problem");
        QTest::newRow("bomb") << "archive/bomb.zip" << "application/zip" << "zip bomb";
        QTest::newRow("encrypted") << "archive/encrypted.zip" << "application/zip" << "encrypted";
        QTest::newRow("truncated-gzip") << "archive/truncated.xml.gz" << "application/gzip" << "cut short";
        QTest::newRow("bad-crc-gzip") << "archive/badcrc.xml.gz" << "application/gzip" << "CRC";
        QTest::newRow("laughs-as-xml") << "xml/billion-laughs.xml" << "text/xml" << "DTD";
        QTest::newRow("rss-as-xml") << "xml/not-dmarc.xml" << "application/xml" << "not a DMARC";
        // labelled gzip, but a zip: the magic bytes decide
        QTest::newRow("mislabelled") << "archive/traversal.zip" << "application/gzip" << "../../etc/passwd";
    }
    void hostileAttachments()
    {
        QFETCH(QString, archive);
        QFETCH(QString, type);
        QFETCH(QString, problem);
        QByteArray msg = "From: noreply@receiver.example\r\nTo: dmarc@good.test\r\n"
                         "Subject: Report Domain: good.test Submitter: receiver.example\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nReport.\r\n"
                         "--b\r\nContent-Type: ";
        msg += type.toLatin1() + "; name=\"report\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        const QByteArray b64 = fixture(archive).toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 76)
            msg += b64.mid(i, 76) + "\r\n";
        msg += "--b--\r\n";
        QElapsedTimer t;
        t.start();
        const DmarcInMessage m = dmarcReportsIn(msg);
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(m.looksLikeReport);
        QVERIFY(m.reports.isEmpty());
        QCOMPARE(m.problems.size(), 1);
        QVERIFY2(m.problems[0].contains(problem), qPrintable(m.problems[0]));
    }
};

QTEST_APPLESS_MAIN(TestDmarcAggregate)
#include "tst_dmarcaggregate.moc"
