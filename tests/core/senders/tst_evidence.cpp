// Sender evidence (core/senders/Evidence.h), row by row: each pure check on its own, then whole
// messages built from real header samples (Gmail, Microsoft 365, Postfix, Sendmail, Exim, qmail,
// and the SpamAssassin public corpus) through mime::parseMessage, and hostile input.
#include "mime/ParsedMessage.h"
#include "senders/Evidence.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mailtide;
using namespace mailtide::senders;

Q_DECLARE_METATYPE(mailtide::senders::EvidenceId)

namespace {

QByteArray message(const QByteArray &headers, const QByteArray &body = "Hello.\r\n")
{
    QByteArray h = headers;
    h.replace("\n", "\r\n");
    return h + "\r\n" + body;
}

QStringList ids(const SenderEvidence &e)
{
    QStringList out;
    for (const EvidenceItem &i : e.items)
        out << idString(i.id);
    out.sort();
    return out;
}

// Real Gmail top header, with the Received line that goes with it.
const QByteArray kGmailTop =
    "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n"
    "        by mx.google.com with SMTPS id a1sor123wrx.1.2019.03.04.05.06.07\n"
    "        for <me@gmail.com>\n"
    "        (Google Transport Security);\n"
    "        Mon, 04 Mar 2019 05:06:07 -0800 (PST)\n";

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipKinds_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<int>("kind");
        QTest::newRow("public-v4") << "64.0.57.142" << int(IpKind::Public);
        QTest::newRow("rfc1918-10") << "10.1.2.3" << int(IpKind::Private);
        QTest::newRow("rfc1918-172.16") << "172.16.0.1" << int(IpKind::Private);
        QTest::newRow("172.32-is-public") << "172.32.0.1" << int(IpKind::Public);
        QTest::newRow("rfc1918-192.168") << "192.168.1.1" << int(IpKind::Private);
        QTest::newRow("cgnat-rfc6598") << "100.64.1.1" << int(IpKind::Reserved);
        QTest::newRow("loopback") << "127.0.0.1" << int(IpKind::Loopback);
        QTest::newRow("link-local") << "169.254.1.1" << int(IpKind::LinkLocal);
        QTest::newRow("doc-test-net-3") << "203.0.113.7" << int(IpKind::Reserved);
        QTest::newRow("multicast") << "224.0.0.1" << int(IpKind::Reserved);
        QTest::newRow("v6-public") << "2a00:1450:4864:20::42" << int(IpKind::Public);
        QTest::newRow("v6-loopback") << "::1" << int(IpKind::Loopback);
        QTest::newRow("v6-ula") << "fd00::1" << int(IpKind::Private);
        QTest::newRow("v6-link-local") << "fe80::1" << int(IpKind::LinkLocal);
        QTest::newRow("v6-doc") << "2001:db8::1" << int(IpKind::Reserved);
        QTest::newRow("v4-mapped-private") << "::ffff:192.168.0.1" << int(IpKind::Private);
        QTest::newRow("garbage") << "999.1.1.1" << int(IpKind::Invalid);
        QTest::newRow("empty") << "" << int(IpKind::Invalid);
    }
    void ipKinds()
    {
        QFETCH(QString, ip);
        QFETCH(int, kind);
        QCOMPARE(int(classifyIp(ip)), kind);
    }

    void networks()
    {
        QCOMPARE(networkOf(QStringLiteral("64.0.57.142")), QStringLiteral("64.0.57.0/24"));
        QCOMPARE(networkOf(QStringLiteral("2a00:1450:4864:20::42")), QStringLiteral("2a00:1450:4864::/48"));
        QCOMPARE(networkOf(QStringLiteral("nonsense")), QString());
    }

    void dynamicRdns_data()
    {
        QTest::addColumn<QString>("rdns");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<bool>("dynamic");
        // From the SpamAssassin corpus (spam-2/00001): a DSL line in New York.
        QTest::newRow("corpus-cnc-dsl") << "w142.z064000057.nyc-ny.dsl.cnc.net" << "64.0.57.142" << true;
        QTest::newRow("octets-dashed") << "84-12-34-56.dyn.example-isp.net" << "84.12.34.56" << true;
        QTest::newRow("octets-reversed") << "56.34.12.84.broadband.example.net" << "84.12.34.56" << true;
        QTest::newRow("octets-only") << "c-84-12-34-56.hsd1.ma.comcast.net" << "84.12.34.56" << true;
        QTest::newRow("zero-padded") << "host084012034056.example.net" << "84.12.34.56" << true;
        QTest::newRow("pool-word") << "pool-71-1-2-3.nycmny.fios.verizon.net" << "71.1.2.3" << true;
        QTest::newRow("ppp-word") << "ppp.example.ru" << "" << true;
        QTest::newRow("adsl-in-part") << "adsl196-1-2.example.tn" << "" << true;
        QTest::newRow("gmail-outbound") << "mail-sor-f41.google.com" << "209.85.220.41" << false;
        QTest::newRow("static-mx") << "mx1.example.com" << "192.0.2.10" << false;
        QTest::newRow("host-number-is-static") << "host66.insuranceiq.com" << "65.217.159.66" << false;
        QTest::newRow("two-octets-not-enough") << "mx-57-142.example.com" << "64.0.57.142" << false;
        QTest::newRow("empty") << "" << "1.2.3.4" << false;
        QTest::newRow("overlong") << QString(4000, QLatin1Char('a')) + QStringLiteral(".dsl.example") << "" << false;
    }
    void dynamicRdns()
    {
        QFETCH(QString, rdns);
        QFETCH(QString, ip);
        QFETCH(bool, dynamic);
        QCOMPARE(isDynamicRdns(rdns, ip), dynamic);
    }

    void helo_data()
    {
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("rdns");
        QTest::addColumn<int>("problem"); // -1: none
        QTest::newRow("ip-literal") << "[203.0.113.5]" << "x.example.net" << int(EvidenceId::HeloIpLiteral);
        QTest::newRow("bare-ip") << "64.0.57.142" << "" << int(EvidenceId::HeloIpLiteral);
        QTest::newRow("own-domain") << "mail.mydomain.example" << "dsl.example-isp.net" << int(EvidenceId::HeloOwnDomain);
        QTest::newRow("corpus-claimed-other") << "bettyjagessar.com" << "w142.z064000057.nyc-ny.dsl.cnc.net"
                                               << int(EvidenceId::HeloMismatch);
        QTest::newRow("matches") << "mail-sor-f41.google.com" << "mail-sor-f41.google.com" << -1;
        QTest::newRow("same-domain-other-host") << "smtp.example.com" << "out3.example.com" << -1;
        QTest::newRow("no-rdns-recorded") << "whatever.example.org" << "" << -1;
        QTest::newRow("10kB") << QString(10240, QLatin1Char('x')) << "x.example.net" << int(EvidenceId::HeloMismatch);
    }
    void helo()
    {
        QFETCH(QString, helo);
        QFETCH(QString, rdns);
        QFETCH(int, problem);
        Origin o;
        o.helo = helo;
        o.rdns = rdns;
        EvidenceContext ctx;
        ctx.ownDomains = {QStringLiteral("mydomain.example")};
        const auto p = heloProblem(o, ctx);
        QCOMPARE(p ? int(*p) : -1, problem);
    }

    void editDistances()
    {
        QCOMPARE(editDistance(u"paypal", u"paypal", 2), 0);
        QCOMPARE(editDistance(u"paypal", u"paypai", 2), 1);
        QCOMPARE(editDistance(u"paypal", u"pyapal", 2), 2);
        QCOMPARE(editDistance(u"kitten", u"sitting", 2), 3); // beyond the limit: limit + 1
        QCOMPARE(editDistance(QString(100, QLatin1Char('a')), QString(100, QLatin1Char('a')), 2), 3); // too long
    }

    void mixedScripts_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("mixed");
        // "pаypal.com" with a Cyrillic а, as punycode, and all-Cyrillic "раураl".
        QTest::newRow("cyrillic-a-in-latin") << QString::fromUtf8(QUrl::toAce(QStringLiteral(u"p\u0430ypal.com"))) << true;
        QTest::newRow("all-cyrillic-lookalike") << QString::fromUtf8(QUrl::toAce(QStringLiteral(u"\u0440\u0430\u0443\u0440\u0430l.com")))
                                                << true;
        QTest::newRow("all-cyrillic-lookalike-2") << QString::fromUtf8(QUrl::toAce(QStringLiteral(u"\u0430\u0440\u0440\u04cf\u0435.com")))
                                                  << true;
        QTest::newRow("real-russian-word") << QString::fromUtf8(QUrl::toAce(QStringLiteral(u"\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444")))
                                           << false; // пример.рф: Cyrillic with non-Latin shapes
        QTest::newRow("german-umlaut") << QString::fromUtf8(QUrl::toAce(QStringLiteral(u"m\u00fcller.de"))) << false;
        QTest::newRow("ascii") << "paypal.com" << false;
    }
    void mixedScripts()
    {
        QFETCH(QString, domain);
        QFETCH(bool, mixed);
        QCOMPARE(isMixedScriptDomain(domain), mixed);
    }

    void skeletons()
    {
        QCOMPARE(latinSkeleton(QString::fromUtf8(QUrl::toAce(QStringLiteral(u"p\u0430ypal.com")))), QStringLiteral("paypal.com"));
        QCOMPARE(latinSkeleton(QStringLiteral("example.com")), QStringLiteral("example.com"));
    }

    void nearMisses()
    {
        const QStringList frequent = {QStringLiteral("mybank.com"), QStringLiteral("colleagues-inc.com"), QStringLiteral("ab.com")};
        QCOMPARE(nearMissOf(QStringLiteral("mybamk.com"), frequent), QStringLiteral("mybank.com"));
        QCOMPARE(nearMissOf(QStringLiteral("mybank.net"), frequent), QStringLiteral("mybank.com")); // same name, other suffix
        QCOMPARE(nearMissOf(QStringLiteral("colaegues-inc.com"), frequent), QStringLiteral("colleagues-inc.com")); // 2 edits, long
        QCOMPARE(nearMissOf(QStringLiteral("mybank.com"), frequent), QString());  // itself
        QCOMPARE(nearMissOf(QStringLiteral("ac.com"), frequent), QString());      // too short to judge
        QCOMPARE(nearMissOf(QStringLiteral("otherbank.com"), frequent), QString());
    }

    void trusted_data()
    {
        QTest::addColumn<QByteArrayList>("headers"); // top-most first
        QTest::addColumn<QString>("authservId");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("spf");
        QTest::addColumn<QString>("dkim");
        QTest::addColumn<QString>("dkimDomain");
        QTest::addColumn<QString>("dmarc");
        const QByteArray gmail =
            "mx.google.com;\r\n       dkim=pass header.i=@paypal.com header.s=pp-dkim1 header.b=AbCd;\r\n"
            "       spf=pass (google.com: domain of service@paypal.com designates 173.0.84.226 as permitted sender) "
            "smtp.mailfrom=service@paypal.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=paypal.com";
        QTest::newRow("gmail-pass") << QByteArrayList{gmail} << "mx.google.com" << true << "pass" << "pass"
                                    << "paypal.com" << "pass";
        QTest::newRow("learned-from-top") << QByteArrayList{gmail} << "" << true << "pass" << "pass" << "paypal.com" << "pass";
        // Microsoft 365 omits the authserv-id.
        const QByteArray m365 =
            "spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=paypa1.com; dkim=none (message not signed) "
            "header.d=none;dmarc=fail action=none header.from=paypal.com;compauth=fail reason=000";
        QTest::newRow("m365-no-id") << QByteArrayList{m365} << "" << true << "fail" << "none" << "" << "fail";
        // A forger's header below the real one, with the same id: the top-most result wins.
        QTest::newRow("forged-pass-below")
            << QByteArrayList{"mx.example.net; dkim=fail header.d=paypal.com; dmarc=fail header.from=paypal.com",
                              "mx.example.net; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com"}
            << "mx.example.net" << true << "" << "fail" << "paypal.com" << "fail";
        // A forged header from another id only: nothing is trusted.
        QTest::newRow("only-foreign") << QByteArrayList{"evil.example; spf=pass smtp.mailfrom=paypal.com; dmarc=pass"}
                                      << "mx.example.net" << false << "" << "" << "" << "";
        // A local filter's header above the server's is skipped; a foreign one below is not read.
        QTest::newRow("filter-above")
            << QByteArrayList{"localhost; x-filter=pass", "mx.example.net; spf=softfail smtp.mailfrom=a@b.example",
                              "mx.example.net; dmarc=fail", "evil.example; dmarc=pass"}
            << "mx.example.net" << true << "softfail" << "" << "" << "fail";
        QTest::newRow("malformed") << QByteArrayList{";;;; dkim= ; =pass; spf", "\x01\x02garbage"} << "" << true << "" << ""
                                   << "" << "";
        QTest::newRow("none") << QByteArrayList{"mx.example.net; none"} << "mx.example.net" << true << "" << "" << "" << "";
    }
    void trusted()
    {
        QFETCH(QByteArrayList, headers);
        QFETCH(QString, authservId);
        QList<mime::AuthResults> parsed;
        for (const QByteArray &h : headers)
            parsed << mime::parseAuthResults(h);
        const TrustedAuth t = trustedAuth(parsed, authservId);
        QTEST(t.present, "present");
        QTEST(t.spf, "spf");
        QTEST(t.dkim, "dkim");
        QTEST(t.dkimDomain, "dkimDomain");
        QTEST(t.dmarc, "dmarc");
    }

    void origin_data()
    {
        QTest::addColumn<QByteArray>("received"); // Received headers, top-most first
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("rdns");
        QTest::addColumn<int>("hopIndex");
        // The corpus's usual route: Postfix on localhost, fetchmail, the provider's sendmail, a
        // mailing list's sendmail; the origin is the list server that handed it to the provider.
        QTest::newRow("corpus-fetchmail-list")
            << QByteArray("Received: from localhost (localhost [127.0.0.1])\n\tby phobos.labs.netnoteinc.com (Postfix) with ESMTP id 9E1F5441DD\n"
                          "\tfor <jm@localhost>; Tue,  6 Aug 2002 06:48:09 -0400 (EDT)\n"
                          "Received: from phobos [127.0.0.1]\n\tby localhost with IMAP (fetchmail-5.9.0)\n"
                          "\tfor jm@localhost (single-drop); Tue, 06 Aug 2002 11:48:09 +0100 (IST)\n"
                          "Received: from lugh.tuatha.org (root@lugh.tuatha.org [194.125.145.45]) by\n"
                          "    dogma.slashnull.org (8.11.6/8.11.6) with ESMTP id g72LqWv13294 for\n"
                          "    <jm-ilug@jmason.org>; Fri, 2 Aug 2002 22:52:32 +0100\n"
                          "Received: from bettyjagessar.com (w142.z064000057.nyc-ny.dsl.cnc.net\n"
                          "    [64.0.57.142]) by lugh.tuatha.org (8.9.3/8.9.3) with ESMTP id WAA31201 for\n"
                          "    <ilug@linux.ie>; Fri, 2 Aug 2002 22:50:11 +0100\n")
            << "194.125.145.45" << "lugh.tuatha.org" << 2;
        // Direct to the provider: the botnet host is the origin.
        QTest::newRow("direct-botnet")
            << QByteArray("Received: from bettyjagessar.com (w142.z064000057.nyc-ny.dsl.cnc.net\n"
                          "    [64.0.57.142]) by mx.example.net (8.9.3/8.9.3) with ESMTP id WAA31201 for\n"
                          "    <me@example.net>; Fri, 2 Aug 2002 22:50:11 +0100\n")
            << "64.0.57.142" << "w142.z064000057.nyc-ny.dsl.cnc.net" << 0;
        // Provider-internal relays (same registrable domain as the receiving hosts) are skipped.
        QTest::newRow("provider-internal")
            << QByteArray("Received: from mx2.example.net (mx2.example.net [198.18.0.1]) by store.example.net with LMTP; "
                          "Mon, 4 Mar 2019 05:06:07 +0000\n"
                          "Received: from sender.example.org (sender.example.org [93.184.216.34]) by mx2.example.net "
                          "(Postfix) with ESMTPS id 1; Mon, 4 Mar 2019 05:06:06 +0000\n")
            << "93.184.216.34" << "sender.example.org" << 1;
        // Gmail: the external hop is the top one.
        QTest::newRow("gmail") << kGmailTop << "209.85.220.41" << "mail-sor-f41.google.com" << 0;
        // Exim: "rdns ([ip] helo=name)".
        QTest::newRow("exim")
            << QByteArray("Received: from c-84-12-34-56.hsd1.ma.comcast.net ([84.12.34.56] helo=WIN-ABC)\n\tby mx.example.net "
                          "with esmtp (Exim 4.92)\n\tid 1abc; Mon, 04 Mar 2019 05:06:07 +0000\n")
            << "84.12.34.56" << "c-84-12-34-56.hsd1.ma.comcast.net" << 0;
        // Only local hops: no origin.
        QTest::newRow("local-only") << QByteArray("Received: from localhost (localhost [127.0.0.1]) by x.example (Postfix); "
                                                  "Mon, 4 Mar 2019 05:06:07 +0000\n")
                                    << "" << "" << -1;
        QTest::newRow("none") << QByteArray() << "" << "" << -1;
    }
    void origin()
    {
        QFETCH(QByteArray, received);
        const mime::ParsedMessage p = mime::parseMessage(message(received + "From: a@b.example\nSubject: x\n"));
        const Origin o = findOrigin(p.received, EvidenceContext{});
        QTEST(o.ip, "ip");
        QTEST(o.rdns, "rdns");
        QTEST(o.hopIndex, "hopIndex");
    }

    // Whole messages: which evidence items fire.
    void messages_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("expected"); // sorted ids
        QTest::newRow("clean-gmail-paypal")
            << message(kGmailTop +
                       "Authentication-Results: mx.google.com;\n       dkim=pass header.i=@paypal.com header.s=pp-dkim1;\n"
                       "       spf=pass smtp.mailfrom=service@paypal.com;\n       dmarc=pass header.from=paypal.com\n"
                       "Return-Path: <service@paypal.com>\nFrom: PayPal <service@paypal.com>\nSubject: Your receipt\n"
                       "Date: Mon, 04 Mar 2019 13:06:00 +0000\n")
            << QStringList{};
        QTest::newRow("dkim-other-domain")
            << message(kGmailTop +
                       "Authentication-Results: mx.google.com; dkim=pass header.d=mailer.example; spf=pass "
                       "smtp.mailfrom=bounce@mailer.example; dmarc=fail header.from=paypal.com\n"
                       "Return-Path: <bounce@mailer.example>\nFrom: PayPal <service@paypal.com>\nSubject: Verify\n")
            << QStringList{QStringLiteral("dkim-not-aligned"), QStringLiteral("return-path-not-aligned")};
        QTest::newRow("display-name-address-and-brand")
            << message("From: \"service@paypal.com\" <x@evil-shop.example>\nSubject: hi\n")
            << QStringList{QStringLiteral("display-name-address"), QStringLiteral("display-name-brand")};
        QTest::newRow("freemail-reply-to")
            << message("From: Accounts <billing@acme-corp.com>\nReply-To: acme.billing@gmail.com\nSubject: invoice\n")
            << QStringList{QStringLiteral("freemail-reply-to")};
        QTest::newRow("reply-to-other")
            << message("From: a@shop.example\nReply-To: b@other.example\nSubject: x\n")
            << QStringList{QStringLiteral("reply-to-other-domain")};
        QTest::newRow("list-envelope-is-not-a-sign")
            << message("Return-Path: <ilug-admin@linux.ie>\nFrom: a@shop.example\nList-Id: Irish Linux Users' Group <ilug.linux.ie>\n"
                       "Subject: x\n")
            << QStringList{};
        QTest::newRow("lookalike-brand") << message("From: Support <help@paypa1-secure.com>\nSubject: x\n")
                                         << QStringList{QStringLiteral("lookalike-brand")};
        QTest::newRow("idn-homoglyph")
            << message("From: Support <help@" + QUrl::toAce(QStringLiteral(u"p\u0430ypal.com")) + ">\nSubject: x\n")
            << QStringList{QStringLiteral("idn-mixed-scripts"), QStringLiteral("lookalike-brand")};
        // spam-2/00001 of the corpus without its list hops: a DSL host claiming another name.
        QTest::newRow("corpus-botnet-direct")
            << message("Received: from bettyjagessar.com (w142.z064000057.nyc-ny.dsl.cnc.net\n"
                       "    [64.0.57.142]) by mx.example.net (8.9.3/8.9.3) with ESMTP id WAA31201 for\n"
                       "    <me@example.net>; Fri, 2 Aug 2002 22:50:11 +0100\n"
                       "From: \"Start Now\" <startnow2002@hotmail.com>\nDate: Fri, 02 Aug 2002 23:37:59 +0530\n"
                       "Subject: STOP THE MLM INSANITY\n")
            << QStringList{QStringLiteral("dynamic-origin"), QStringLiteral("helo-mismatch")};
        QTest::newRow("helo-ip-no-rdns")
            << message("Received: from [93.184.216.34] (unknown [93.184.216.34]) by mx.example.net (Postfix) with SMTP id 1;\n"
                       " Mon, 4 Mar 2019 05:06:07 +0000\nFrom: a@b.example\nSubject: x\n")
            << QStringList{QStringLiteral("helo-ip-literal"), QStringLiteral("no-reverse-dns")};
        QTest::newRow("sendmail-may-be-forged")
            << message("Received: from mail.example.org (bogus.example.com [93.184.216.34] (may be forged)) by mx.example.net "
                       "(8.12.8/8.12.8) with ESMTP id h1; Mon, 4 Mar 2019 05:06:07 +0000\nFrom: a@example.org\nSubject: x\n")
            << QStringList{QStringLiteral("helo-mismatch"), QStringLiteral("may-be-forged")};
        QTest::newRow("reserved-origin")
            << message("Received: from x.example.org (x.example.org [203.0.113.9]) by mx.example.net with ESMTP id 1; "
                       "Mon, 4 Mar 2019 05:06:07 +0000\nFrom: a@example.org\nSubject: x\n")
            << QStringList{QStringLiteral("private-origin")};
        QTest::newRow("clock-skew")
            << message("Received: from x.example.org (x.example.org [93.184.216.34]) by mx.example.net with ESMTP id 1; "
                       "Mon, 4 Mar 2019 05:06:07 +0000\nFrom: a@example.org\nDate: Mon, 1 Jan 2018 00:00:00 +0000\nSubject: x\n")
            << QStringList{QStringLiteral("clock-skew")};
        QTest::newRow("links")
            << message("From: a@example.org\nSubject: x\nContent-Type: text/html\n",
                       "<a href=\"http://198.51.100.20/login\">http://www.paypal.com/</a> "
                       "<a href=\"https://bit.ly/3abc\">here</a> <a href=\"http://paypal-verify.com/\">verify</a>\r\n")
            << QStringList{QStringLiteral("ip-link"), QStringLiteral("link-text-mismatch"), QStringLiteral("lookalike-link"),
                           QStringLiteral("url-shortener")};
    }
    void messages()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, expected);
        const SenderEvidence e = extractEvidence(mime::parseMessage(raw), EvidenceContext{});
        QCOMPARE(ids(e), expected);
        for (const EvidenceItem &i : e.items) {
            QVERIFY(!i.text.isEmpty());
            QVERIFY(i.weight > 0 && i.weight <= 1);
            QVERIFY(e.has(i.id));
        }
    }

    void plainWords()
    {
        const QByteArray raw = message(kGmailTop +
                                       "Authentication-Results: mx.google.com; dkim=pass header.d=mailer.example; "
                                       "dmarc=fail header.from=paypal.com\nFrom: PayPal <service@paypal.com>\nSubject: x\n");
        const SenderEvidence e = extractEvidence(mime::parseMessage(raw), EvidenceContext{});
        QVERIFY(e.has(EvidenceId::DkimNotAligned));
        QCOMPARE(e.items.first().text, QStringLiteral("From says paypal.com but DKIM signed by mailer.example"));
        QVERIFY(e.itemsJson().contains(QStringLiteral("\"id\":\"dkim-not-aligned\"")));
    }

    void contextMatters()
    {
        const QByteArray raw = message("Received: from mail.mydomain.example (dsl-1-2-3-4.isp.example [93.184.216.34]) by "
                                       "mx.example.net with ESMTP id 1; Mon, 4 Mar 2019 05:06:07 +0000\n"
                                       "From: boss@mydomian.example\nSubject: urgent wire\n");
        const mime::ParsedMessage p = mime::parseMessage(raw);
        EvidenceContext ctx;
        ctx.ownDomains = {QStringLiteral("mydomain.example")};
        ctx.frequentDomains = {QStringLiteral("mydomain.example")};
        const SenderEvidence e = extractEvidence(p, ctx);
        QVERIFY(e.has(EvidenceId::HeloOwnDomain));
        QVERIFY(e.has(EvidenceId::LookalikeCorrespondent));
        QVERIFY(e.has(EvidenceId::DynamicOrigin));
        const SenderEvidence none = extractEvidence(p, EvidenceContext{});
        QVERIFY(!none.has(EvidenceId::HeloOwnDomain));
        QVERIFY(!none.has(EvidenceId::LookalikeCorrespondent));
    }

    void fingerprints()
    {
        const qint64 a = fingerprint(QStringLiteral("WIN $1000 now!!"), QStringLiteral("Click here, friend 12345"));
        QCOMPARE(fingerprint(QStringLiteral("Re: win $2500 NOW"), QStringLiteral("click  here friend 999")), a);
        QVERIFY(fingerprint(QStringLiteral("win now"), QStringLiteral("another text")) != a);
        QCOMPARE(fingerprint(QString(), QString()), qint64(0));
    }

    // Hostile input: bounded time, a best-effort result, never a crash.
    void hostile500Received()
    {
        QByteArray h;
        for (int i = 0; i < 500; ++i)
            h += "Received: from relay" + QByteArray::number(i) + ".example.org (relay" + QByteArray::number(i) +
                 ".example.org [93.184." + QByteArray::number(i % 250) + ".1]) by relay" + QByteArray::number(i + 1) +
                 ".example.org with ESMTP id " + QByteArray::number(i) + "; Mon, 4 Mar 2019 05:06:07 +0000\n";
        QElapsedTimer t;
        t.start();
        const SenderEvidence e = extractEvidence(mime::parseMessage(message(h + "From: a@example.org\nSubject: x\n")), {});
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(e.has(EvidenceId::ManyHops));
        QVERIFY(e.origin.hops <= 100); // the parser keeps at most ParseLimits::maxHops
    }
    void hostile10kHelo()
    {
        const QByteArray helo(10240, 'A');
        const QByteArray raw = message("Received: from " + helo + " (dsl-9-9-9-9.example.net [93.184.216.34]) by mx.example.net "
                                       "with ESMTP id 1; Mon, 4 Mar 2019 05:06:07 +0000\nFrom: a@example.org\nSubject: x\n");
        const SenderEvidence e = extractEvidence(mime::parseMessage(raw), {});
        for (const EvidenceItem &i : e.items)
            QVERIFY2(i.text.size() < 600, qPrintable(i.text.left(100)));
        QVERIFY(e.origin.helo.size() <= 1024);
    }
    void hostileAuthResults()
    {
        QByteArray h;
        h += "Authentication-Results: " + QByteArray(20000, ';') + "\n";
        h += "Authentication-Results: mx.example.net; dkim=" + QByteArray(5000, 'x') + " header.d=" + QByteArray(5000, 'y') + "\n";
        h += "Authentication-Results: (unclosed comment ; spf=pass\n";
        for (int i = 0; i < 200; ++i)
            h += "Authentication-Results: mx.example.net; dkim=pass header.d=d" + QByteArray::number(i) + ".example\n";
        const SenderEvidence e = extractEvidence(mime::parseMessage(message(h + "From: a@example.org\nSubject: x\n")), {});
        Q_UNUSED(e); // any result is fine; no crash, no hang
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
