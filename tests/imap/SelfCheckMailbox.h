#pragma once
// Fixture mailboxes for the business self-check's mailbox scan (issue 8 part 4), written into a
// real Dovecot (tests/imap/DovecotServer.h) for users of the good.test domain (the clean zone of
// tests/imap/SelfCheckZones.h). Shared by tests/imap/tst_mailboxscan (the scan in process),
// tests/cli/tst_cliselfcheck (`selfcheck --account`) and the GUI's self-check view test.
//
//  - "clean":  Sent with a steady 2-6 messages a day over 60 days (fixed seed), each signed
//              DKIM d=good.test s=mail2024 and sent out through 198.51.100.7 (good.test's provider,
//              inside its SPF); one genuine bounce of one of those (same Message-ID); two DMARC
//              aggregate reports (one zip, one gzip) whose rows all pass. Nothing to warn about.
//  - "forged": the same Sent plus one day with 150 messages (the spike, 20 days before now); six
//              backscatter bounces (2 Postfix DSN, an Exim DSN, an Exim text bounce, 2 qmail) for
//              Message-IDs never sent, From @good.test forged, returned by bots at 203.0.113.x,
//              one a week; an ARF complaint about a message never sent; DMARC reports (one zip, one
//              gzip) with failing rows from 203.0.113.x, and a big plain-XML one (~100 KB) that passes.
// Every date is relative to the `now` given (the scan's clock), at 08:00-16:00 UTC so that the
// calendar day is the same in any zone within 8 hours of UTC. Archives are made here: deflate by
// zlib (through qCompress), zip and gzip framing written by hand with their CRC-32.
#include "DovecotServer.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <random>

namespace mailtide::test {

/** What was planted, for the tests to compare with what the scan found. */
struct PlantedMailbox
{
    qint64 now = 0;
    int sentMessages = 0;
    QDate spikeDay;          ///< invalid for "clean"
    int spikeCount = 0;
    int backscatter = 0;     ///< bounces for mail never sent
    QStringList backscatterIps; ///< distinct, sorted
    int ownBounces = 0;
    int forgedComplaints = 0;
    int dmarcReports = 0;
    QStringList dmarcFailingIps; ///< distinct, sorted
    int bigMessages = 0;         ///< reports over 50,000 bytes (the others are under 10,000)
    QStringList ordinaryInInbox; ///< subjects of mail that is no report
};

namespace selfcheckmailbox {

inline quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xffffffffu;
    for (const char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
    return ~c;
}

/** Raw deflate (RFC 1951) of data: qCompress's zlib stream without its 4-byte length prefix,
 *  2-byte zlib header and 4-byte Adler-32 trailer. */
inline QByteArray deflateRaw(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 6 - 4);
}

inline void le16(QByteArray &out, quint32 v)
{
    out += char(v & 0xff);
    out += char((v >> 8) & 0xff);
}
inline void le32(QByteArray &out, quint32 v)
{
    le16(out, v & 0xffff);
    le16(out, v >> 16);
}

/** A gzip member (RFC 1952) with the file name. */
inline QByteArray gzip(const QByteArray &data, const QByteArray &name)
{
    QByteArray out("\x1f\x8b\x08\x08", 4);
    le32(out, 0);
    out += '\x02';
    out += '\x03';
    out += name + '\0';
    out += deflateRaw(data);
    le32(out, crc32(data));
    le32(out, quint32(data.size()));
    return out;
}

/** A zip archive (PKWARE APPNOTE 4.3) of one deflated file. */
inline QByteArray zip(const QByteArray &data, const QByteArray &name)
{
    const QByteArray packed = deflateRaw(data);
    const quint32 crc = crc32(data);
    const auto common = [&](QByteArray &out) {
        le16(out, 20); // version needed
        le16(out, 0);  // flags
        le16(out, 8);  // deflate
        le16(out, 0);  // time
        le16(out, (2026 - 1980) << 9 | 11 << 5 | 27);
        le32(out, crc);
        le32(out, quint32(packed.size()));
        le32(out, quint32(data.size()));
        le16(out, quint32(name.size()));
        le16(out, 0); // extra
    };
    QByteArray out;
    le32(out, 0x04034b50);
    common(out);
    out += name + packed;
    const quint32 cdOffset = quint32(out.size());
    QByteArray cd;
    le32(cd, 0x02014b50);
    le16(cd, 20); // made by
    common(cd);
    le16(cd, 0); // comment
    le16(cd, 0); // disk
    le16(cd, 0); // internal attributes
    le32(cd, 0); // external attributes
    le32(cd, 0); // local header offset
    cd += name;
    out += cd;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, 1);
    le16(out, 1);
    le32(out, quint32(cd.size()));
    le32(out, cdOffset);
    le16(out, 0);
    return out;
}

inline QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b.size(); i += 76)
        out += b.mid(i, 76) + '\n';
    return out;
}

/** RFC 5322 date in UTC. */
inline QByteArray rfcDate(qint64 utc)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000";
}

inline qint64 dayStart(qint64 now, int daysAgo)
{
    return (now / 86400 - daysAgo) * 86400;
}

struct DmarcRowSpec
{
    const char *ip;
    int count;
    bool pass;
};

inline QByteArray dmarcXml(const QByteArray &org, const QByteArray &id, qint64 begin, const QList<DmarcRowSpec> &rows)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n    <org_name>" + org +
                   "</org_name>\n    <email>noreply-dmarc@" + org + "</email>\n    <report_id>" + id +
                   "</report_id>\n    <date_range>\n      <begin>" + QByteArray::number(begin) + "</begin>\n      <end>" +
                   QByteArray::number(begin + 86399) +
                   "</end>\n    </date_range>\n  </report_metadata>\n  <policy_published>\n    <domain>good.test</domain>\n"
                   "    <adkim>r</adkim>\n    <aspf>r</aspf>\n    <p>reject</p>\n    <sp>reject</sp>\n    <pct>100</pct>\n"
                   "  </policy_published>\n";
    for (const DmarcRowSpec &r : rows) {
        const QByteArray res = r.pass ? "pass" : "fail";
        x += "  <record>\n    <row>\n      <source_ip>" + QByteArray(r.ip) + "</source_ip>\n      <count>" + QByteArray::number(r.count) +
             "</count>\n      <policy_evaluated>\n        <disposition>" + QByteArray(r.pass ? "none" : "reject") +
             "</disposition>\n        <dkim>" + res + "</dkim>\n        <spf>" + res +
             "</spf>\n      </policy_evaluated>\n    </row>\n    <identifiers>\n      <header_from>good.test</header_from>\n"
             "    </identifiers>\n    <auth_results>\n";
        if (r.pass)
            x += "      <dkim>\n        <domain>good.test</domain>\n        <result>pass</result>\n        <selector>mail2024</selector>\n"
                 "      </dkim>\n";
        x += "      <spf>\n        <domain>" + QByteArray(r.pass ? "good.test" : "bot.example") + "</domain>\n        <result>" +
             QByteArray(r.pass ? "pass" : "softfail") + "</result>\n      </spf>\n    </auth_results>\n  </record>\n";
    }
    return x + "</feedback>\n";
}

/** A report as Google sends it: the zip is the whole body. */
inline QByteArray dmarcZipMessage(qint64 arrived, const QByteArray &id, const QList<DmarcRowSpec> &rows)
{
    const qint64 begin = dayStart(arrived, 1);
    const QByteArray name = "google.com!good.test!" + QByteArray::number(begin) + '!' + QByteArray::number(begin + 86399) + ".zip";
    return "Return-Path: <noreply-dmarc-support@google.com>\n"
           "Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [192.0.2.69])\n"
           "\tby mx.good.test (Postfix) with ESMTPS id 4FpC7x1Yza\n\tfor <dmarc@good.test>; " + rfcDate(arrived) + "\n"
           "Date: " + rfcDate(arrived - 60) + "\n"
           "Message-ID: <" + id + "@google.com>\n"
           "Subject: Report domain: good.test Submitter: google.com Report-ID: " + id + "\n"
           "From: noreply-dmarc-support@google.com\nTo: dmarc@good.test\nMIME-Version: 1.0\n"
           "Content-Type: application/zip; \n\tname=\"" + name + "\"\n"
           "Content-Disposition: attachment; \n\tfilename=\"" + name + "\"\n"
           "Content-Transfer-Encoding: base64\n\n" +
           base64Lines(zip(dmarcXml("google.com", id, begin, rows), name.chopped(4) + ".xml"));
}

/** A report as Microsoft sends it: a text part and a .xml.gz attachment. */
inline QByteArray dmarcGzipMessage(qint64 arrived, const QByteArray &id, const QList<DmarcRowSpec> &rows)
{
    const qint64 begin = dayStart(arrived, 1);
    const QByteArray name = "enterprise.protection.outlook.com!good.test!" + QByteArray::number(begin) + '!' +
                            QByteArray::number(begin + 86400) + ".xml.gz";
    return "Return-Path: <dmarcreport@microsoft.com>\n"
           "From: DMARC Aggregate Report <dmarcreport@microsoft.com>\nTo: dmarc@good.test\n"
           "Subject: Report Domain: good.test Submitter: enterprise.protection.outlook.com Report-ID: " + id + "\n"
           "Date: " + rfcDate(arrived) + "\nMessage-ID: <" + id + "@dmarc.outlook.example>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"_000_" + id + "_\"\n\n"
           "--_000_" + id + "_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
           "This is a DMARC aggregate report from Microsoft Corporation.\n\n"
           "--_000_" + id + "_\nContent-Type: application/gzip\nContent-Transfer-Encoding: base64\n"
           "Content-Disposition: attachment; filename=\"" + name + "\"\n\n" +
           base64Lines(gzip(dmarcXml("enterprise.protection.outlook.com", id, begin, rows), name.chopped(3))) +
           "\n--_000_" + id + "_--\n";
}

/** A report sent as plain XML (text/xml attachment, not compressed): some receivers do. */
inline QByteArray dmarcXmlMessage(qint64 arrived, const QByteArray &id, const QList<DmarcRowSpec> &rows)
{
    const qint64 begin = dayStart(arrived, 1);
    return "From: dmarc-reports@receiver.example\nTo: dmarc@good.test\n"
           "Subject: Report Domain: good.test Submitter: receiver.example Report-ID: " + id + "\n"
           "Date: " + rfcDate(arrived) + "\nMessage-ID: <" + id + "@receiver.example>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"b-" + id + "\"\n\n"
           "--b-" + id + "\nContent-Type: text/plain\n\nDMARC aggregate report.\n\n"
           "--b-" + id + "\nContent-Type: text/xml; name=\"receiver.example!good.test.xml\"\n"
           "Content-Disposition: attachment; filename=\"receiver.example!good.test.xml\"\n\n" +
           dmarcXml("receiver.example", id, begin, rows) + "\n--b-" + id + "--\n";
}

/** One message of the Sent folder as a server keeps it after sending: DKIM-signed, with the
 *  submission hop (a private address) and the provider's hop to the recipient (198.51.100.7). */
inline QByteArray sentMessage(qint64 when, const QByteArray &messageId, int n)
{
    const QByteArray date = rfcDate(when);
    return "Return-Path: <alice@good.test>\n"
           "Received: from out.provider.test (out.provider.test [198.51.100.7])\n"
           "\tby mx.customer.example (Postfix) with ESMTPS id 4Fs" + QByteArray::number(n) + "\n"
           "\tfor <bob@customer.example>; " + date + "\n"
           "Received: from [10.0.0.23] (unknown [10.0.0.23])\n"
           "\tby out.provider.test (Postfix) with ESMTPSA id 4Fr" + QByteArray::number(n) + ";\n\t" + date + "\n"
           "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=good.test;\n"
           "\ts=mail2024; t=" + QByteArray::number(when) + "; h=from:to:subject:date:message-id;\n"
           "\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n\tb=dGVzdCBzaWduYXR1cmUgbm90IHZlcmlmaWVk\n"
           "From: Alice <alice@good.test>\nTo: Bob <bob@customer.example>\n"
           "Subject: Order " + QByteArray::number(n) + "\nDate: " + date + "\nMessage-ID: <" + messageId + ">\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
           "Your order " + QByteArray::number(n) + " is on its way.\n";
}

/** The returned message of a forged mail: From @good.test, from a bot at ip. */
inline QByteArray forgedOriginal(qint64 when, const QByteArray &messageId, const QByteArray &ip, const QByteArray &to)
{
    return "Return-Path: <alice@good.test>\n"
           "Received: from bot.residential.example (dyn-" + QByteArray(ip).replace('.', '-') + ".residential.example [" + ip + "])\n"
           "\tby mx.example.net (Postfix) with ESMTP id 4Fq2Zj6TgRz\n\tfor <" + to + ">; " + rfcDate(when) + "\n"
           "From: \"Alice\" <alice@good.test>\nTo: " + to + "\nSubject: Cheap meds, best prices\n"
           "Date: " + rfcDate(when - 2) + "\nMessage-ID: <" + messageId + ">\n";
}

inline QByteArray postfixDsn(qint64 when, const QByteArray &original, const QByteArray &to, bool headersOnly)
{
    const QByteArray b = "4Fq2Zj6TgRz." + QByteArray::number(when) + "/mx.example.net";
    return "Return-Path: <>\n"
           "Received: by mx.example.net (Postfix)\n\tid 4Fq2Zj6TgRz; " + rfcDate(when) + "\n"
           "Date: " + rfcDate(when) + "\nFrom: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
           "Subject: Undelivered Mail Returned to Sender\nTo: alice@good.test\nAuto-Submitted: auto-replied\n"
           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + b + "\"\n"
           "Message-Id: <" + QByteArray::number(when) + ".4Fq2Zj6TgRz@mx.example.net>\n\n"
           "This is a MIME-encapsulated message.\n\n"
           "--" + b + "\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
           "This is the mail system at host mx.example.net.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
           "<" + to + ">: unknown user\n\n"
           "--" + b + "\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mx.example.net\nArrival-Date: " + rfcDate(when - 1) + "\n\n"
           "Final-Recipient: rfc822; " + to + "\nOriginal-Recipient: rfc822;" + to + "\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: X-Postfix; unknown user: \"" + to.left(to.indexOf('@')) + "\"\n\n"
           "--" + b + "\nContent-Description: Undelivered Message" + (headersOnly ? " Headers" : "") + "\n"
           "Content-Type: " + (headersOnly ? "text/rfc822-headers" : "message/rfc822") + "\n\n" + original +
           (headersOnly ? "" : "\nBest prices on meds, order today.\n") + "\n--" + b + "--\n";
}

inline QByteArray eximDsn(qint64 when, const QByteArray &original, const QByteArray &to)
{
    const QByteArray b = QByteArray::number(when) + "-eximdsn-1804289383";
    return "Return-path: <>\nReceived: from Debian-exim by relay.example.org with local (Exim 4.96)\n"
           "\tid 1vNabx-000124-AC\n\tfor alice@good.test; " + rfcDate(when) + "\n"
           "X-Failed-Recipients: " + to + "\nAuto-Submitted: auto-replied\n"
           "From: Mail Delivery System <Mailer-Daemon@relay.example.org>\nTo: alice@good.test\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=" + b + "\nMIME-Version: 1.0\n"
           "Subject: Mail delivery failed: returning message to sender\n"
           "Message-Id: <E1vNabx-" + QByteArray::number(when) + "@relay.example.org>\nDate: " + rfcDate(when) + "\n\n"
           "--" + b + "\nContent-type: text/plain; charset=us-ascii\n\n"
           "This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
           "The following address(es) failed:\n\n  " + to + "\n    550 5.1.1 User unknown\n\n"
           "--" + b + "\nContent-type: message/delivery-status\n\nReporting-MTA: dns; relay.example.org\n\n"
           "Action: failed\nFinal-Recipient: rfc822;" + to + "\nStatus: 5.0.0\nRemote-MTA: dns; mx.customer.example\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <" + to + ">: Recipient address rejected: User unknown\n\n"
           "--" + b + "\nContent-type: text/rfc822-headers\n\n" + original + "\n--" + b + "--\n";
}

inline QByteArray eximText(qint64 when, const QByteArray &messageId, const QByteArray &ip, const QByteArray &to)
{
    return "Return-path: <>\nReceived: from mailnull by mx2.example.com with local (Exim 4.69)\n"
           "\tid 1kQabd-0003xZ-No\n\tfor alice@good.test; " + rfcDate(when) + "\n"
           "X-Failed-Recipients: " + to + "\nFrom: Mail Delivery System <Mailer-Daemon@mx2.example.com>\n"
           "To: alice@good.test\nSubject: Mail delivery failed: returning message to sender\n"
           "Message-Id: <E1kQabd-" + QByteArray::number(when) + "@mx2.example.com>\nDate: " + rfcDate(when) + "\n\n"
           "This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n  " + to + "\n"
           "    SMTP error from remote mail server after RCPT TO:<" + to + ">:\n"
           "    host mx.example.com [192.0.2.31]: 550 5.7.1 <" + to + ">... Relaying denied\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n"
           "Return-path: <alice@good.test>\nReceived: from [" + ip + "] (helo=good.test)\n"
           "\tby mx2.example.com with smtp (Exim 4.69)\n\t(envelope-from <alice@good.test>)\n\tid 1kQabc-0003xY-Mn\n"
           "\tfor " + to + "; " + rfcDate(when - 2) + "\n"
           "From: alice@good.test\nTo: " + to + "\nSubject: You have won a prize\nMessage-Id: <" + messageId + ">\n"
           "Date: " + rfcDate(when - 3) + "\n\nClaim your prize now.\n";
}

inline QByteArray qmailBounce(qint64 when, const QByteArray &messageId, const QByteArray &ip, const QByteArray &to)
{
    return "Return-Path: <>\nReceived: (qmail 12345 invoked for bounce); " + rfcDate(when) + "\n"
           "Date: " + rfcDate(when) + "\nFrom: MAILER-DAEMON@mail.example.com\nTo: alice@good.test\nSubject: failure notice\n\n"
           "Hi. This is the qmail-send program at mail.example.com.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<" + to + ">:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <alice@good.test>\nReceived: (qmail 12340 invoked from network); " + rfcDate(when - 1) + "\n"
           "Received: from unknown (HELO good.test) (" + ip + ")\n  by mail.example.com with SMTP; " + rfcDate(when - 1) + "\n"
           "From: \"Alice\" <alice@good.test>\nTo: " + to + "\nSubject: Re: your account\nMessage-ID: <" + messageId + ">\n"
           "Date: " + rfcDate(when - 2) + "\n\nClick here to verify your account.\n";
}

inline QByteArray arfComplaint(qint64 when, const QByteArray &messageId, const QByteArray &ip)
{
    const QByteArray b = "boundary-" + QByteArray::number(when);
    return "Return-Path: <scomp@aol.example>\nFrom: AOL SCOMP <scomp@aol.example>\nTo: abuse@good.test\n"
           "Subject: Email Feedback Report for IP " + ip + "\nDate: " + rfcDate(when) + "\n"
           "Message-ID: <scomp." + QByteArray::number(when) + ".1@aol.example>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=feedback-report; boundary=\"" + b + "\"\n\n"
           "--" + b + "\nContent-Type: text/plain; charset=us-ascii\n\n"
           "This is an email abuse report for an email message received from IP " + ip + ".\n\n"
           "--" + b + "\nContent-Type: message/feedback-report\n\nVersion: 1\nFeedback-Type: abuse\nUser-Agent: AOL SComp\n"
           "Received-Date: " + rfcDate(when - 900) + "\nSource-IP: " + ip + "\nOriginal-Mail-From: <bounce-7734@good.test>\n"
           "Reported-Domain: good.test\n\n"
           "--" + b + "\nContent-Type: text/rfc822-headers\n\n"
           "Received: from spam-host.example (spam-host.example [" + ip + "])\n\tby mx.aol.example with ESMTP id 7734; " +
           rfcDate(when - 900) + "\n"
           "From: \"PayPal Support\" <support@good.test>\nTo: redacted@aol.example\nSubject: Your account is limited\n"
           "Message-ID: <" + messageId + ">\nDate: " + rfcDate(when - 902) + "\n\n--" + b + "--\n";
}

inline QByteArray ordinary(qint64 when, int n)
{
    return "From: Carol <carol@customer.example>\nTo: alice@good.test\nSubject: Question " + QByteArray::number(n) + "\n"
           "Date: " + rfcDate(when) + "\nMessage-ID: <q" + QByteArray::number(n) + "@customer.example>\n\n"
           "Could you send me the invoice?\n";
}

} // namespace selfcheckmailbox

/** Writes the "clean" or "forged" mailbox (see the top of this file) into `user`'s Maildir of a
 *  started server that no client has opened yet. Returns what was planted in *planted. */
inline Status plantSelfCheckMailbox(DovecotServer &server, const QString &user, bool forged, qint64 now, PlantedMailbox *planted)
{
    using namespace selfcheckmailbox;
    PlantedMailbox p;
    p.now = now;
    const auto at = [](qint64 utc) { return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC); };
    // Sent mail is \\Seen; what arrived is not (a scan that set \\Seen would show in its flags).
    const auto add = [&](const QString &folder, const QByteArray &bytes, qint64 when) {
        return server.addMessageFor(user, folder, bytes, folder == QLatin1String("Sent") ? QStringLiteral("S") : QString(), at(when));
    };
    std::mt19937 random(20261127); // the same steady Sent for both users, on every run
    std::uniform_int_distribution<int> perDay(2, 6);
    constexpr int kSpikeDaysAgo = 20;
    QList<QPair<qint64, QByteArray>> sentIds; // (when, Message-ID)
    int n = 0;
    for (int daysAgo = 60; daysAgo >= 1; --daysAgo) {
        const int steady = perDay(random);
        const int count = forged && daysAgo == kSpikeDaysAgo ? 150 : steady;
        const qint64 start = dayStart(now, daysAgo) + 8 * 3600;
        for (int i = 0; i < count; ++i) {
            const qint64 when = start + qint64(i) * (8 * 3600) / count;
            const QByteArray id = "s" + QByteArray::number(++n) + '.' + QByteArray::number(when) + "@good.test";
            sentIds.append({when, id});
            if (Status s = add(QStringLiteral("Sent"), sentMessage(when, id, n), when); !s)
                return s;
        }
        p.sentMessages += count;
        if (forged && daysAgo == kSpikeDaysAgo) {
            p.spikeDay = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).date();
            p.spikeCount = count;
        }
    }
    // Ordinary mail: read by no one but the structure check.
    for (int i = 0; i < 3; ++i) {
        const qint64 when = dayStart(now, 3 + i) + 9 * 3600;
        p.ordinaryInInbox << QStringLiteral("Question %1").arg(i);
        if (Status s = add(QStringLiteral("INBOX"), ordinary(when, i), when); !s)
            return s;
    }
    const qint64 reportDay = dayStart(now, 2) + 10 * 3600;
    if (!forged) {
        // One genuine bounce: a Sent message of 15 days ago, returned whole.
        const qint64 when = dayStart(now, 15) + 15 * 3600;
        QByteArray id;
        for (const auto &[sentAt, sentId] : std::as_const(sentIds))
            if (sentAt >= dayStart(now, 15)) {
                id = sentId;
                break;
            }
        const QByteArray original = "Return-Path: <alice@good.test>\n"
                                    "Received: from out.provider.test (out.provider.test [198.51.100.7])\n"
                                    "\tby mx.example.net (Postfix) with ESMTPS id 4Fq9\n\tfor <gone@example.net>; " + rfcDate(when - 5) + "\n"
                                    "From: Alice <alice@good.test>\nTo: gone@example.net\nSubject: Order\n"
                                    "Date: " + rfcDate(when - 6) + "\nMessage-ID: <" + id + ">\n";
        if (Status s = add(QStringLiteral("INBOX"), postfixDsn(when, original, "gone@example.net", true), when); !s)
            return s;
        p.ownBounces = 1;
        if (Status s = add(QStringLiteral("INBOX"),
                           dmarcZipMessage(reportDay, "4795148925345218793", {{"198.51.100.7", 42, true}}), reportDay);
            !s)
            return s;
        if (Status s = add(QStringLiteral("INBOX"),
                           dmarcGzipMessage(reportDay + 3600, "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                                            {{"198.51.100.7", 120, true}, {"198.51.100.8", 4, true}}),
                           reportDay + 3600);
            !s)
            return s;
        p.dmarcReports = 2;
    } else {
        // Six bounces of mail never sent, one a week, two of them filtered to Junk.
        struct Bounce
        {
            int daysAgo;
            const char *ip;
            int kind; // 0 Postfix DSN (whole message), 1 Postfix (headers), 2 Exim DSN, 3 Exim text, 4 qmail
            const char *folder;
        };
        const Bounce bounces[] = {{40, "203.0.113.45", 0, "INBOX"}, {33, "203.0.113.46", 2, "INBOX"},
                                  {26, "203.0.113.51", 4, "Junk"},  {19, "203.0.113.45", 3, "INBOX"},
                                  {12, "203.0.113.52", 4, "Junk"},  {5, "203.0.113.50", 1, "INBOX"}};
        QStringList ips;
        int k = 0;
        for (const Bounce &b : bounces) {
            const qint64 when = dayStart(now, b.daysAgo) + 14 * 3600;
            const QByteArray id = "forged." + QByteArray::number(when) + '.' + QByteArray::number(++k) + "@good.test";
            const QByteArray to = "victim" + QByteArray::number(k) + "@example.net";
            QByteArray m;
            switch (b.kind) {
            case 0: m = postfixDsn(when, forgedOriginal(when - 5, id, b.ip, to), to, false); break;
            case 1: m = postfixDsn(when, forgedOriginal(when - 5, id, b.ip, to), to, true); break;
            case 2: m = eximDsn(when, forgedOriginal(when - 5, id, b.ip, to), to); break;
            case 3: m = eximText(when, id, b.ip, to); break;
            default: m = qmailBounce(when, id, b.ip, to); break;
            }
            if (Status s = add(QString::fromLatin1(b.folder), m, when); !s)
                return s;
            if (!ips.contains(QString::fromLatin1(b.ip)))
                ips << QString::fromLatin1(b.ip);
        }
        ips.sort();
        p.backscatter = int(std::size(bounces));
        p.backscatterIps = ips;
        const qint64 when = dayStart(now, 9) + 22 * 3600 - 3600 * 8;
        if (Status s = add(QStringLiteral("INBOX"), arfComplaint(when, "8f3e2a1b9c@good.test", "203.0.113.60"), when); !s)
            return s;
        p.forgedComplaints = 1;
        if (Status s = add(QStringLiteral("INBOX"),
                           dmarcZipMessage(reportDay, "4795148925345218794",
                                           {{"198.51.100.7", 42, true}, {"203.0.113.45", 17, false}, {"203.0.113.46", 3, false}}),
                           reportDay);
            !s)
            return s;
        if (Status s = add(QStringLiteral("INBOX"),
                           dmarcGzipMessage(reportDay + 3600, "b1b2c3d4e5f60718293a4b5c6d7e8f91",
                                            {{"198.51.100.7", 120, true}, {"203.0.113.77", 9, false}}),
                           reportDay + 3600);
            !s)
            return s;
        // A big one (about 100 KB of plain XML, every row passing): over a small size limit.
        QList<DmarcRowSpec> many;
        for (int i = 0; i < 200; ++i)
            many.append({"198.51.100.7", 1 + i % 3, true});
        if (Status s = add(QStringLiteral("INBOX"), dmarcXmlMessage(reportDay + 7200, "c0ffee2026", many), reportDay + 7200); !s)
            return s;
        p.dmarcReports = 3;
        p.bigMessages = 1;
        p.dmarcFailingIps = {QStringLiteral("203.0.113.45"), QStringLiteral("203.0.113.46"), QStringLiteral("203.0.113.77")};
    }
    if (planted)
        *planted = p;
    return {};
}

} // namespace mailtide::test
