#include "mime/Received.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mailtide::mime;

/** One row per shape a real MTA writes. The 2002 samples are from the SpamAssassin public corpus
 *  (tests/data/corpus and the sample mailbox); the recent ones follow what Gmail, Microsoft 365,
 *  Postfix 3, Exim 4 and Fastmail write today. */
class TestReceived : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("rdns");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("forAddress");
        QTest::addColumn<qint64>("utc"); // 0: no date

        QTest::newRow("postfix-localhost")
            << QByteArray(
                   "from localhost (localhost [127.0.0.1])\n\tby phobos.labs.netnoteinc.com (Postfix) with "
                   "ESMTP id D03E543C36\n\tfor <zzzz@localhost>; Thu, 22 Aug 2002 07:36:16 -0400 (EDT)")
            << "localhost"
            << "localhost"
            << "127.0.0.1"
            << "phobos.labs.netnoteinc.com"
            << "ESMTP"
            << "D03E543C36"
            << "zzzz@localhost" << qint64(1030016176);
        QTest::newRow("sendmail-folded-by-on-first-line")
            << QByteArray(
                   "from listman.spamassassin.taint.org (listman.spamassassin.taint.org [66.187.233.211]) "
                   "by\n    dogma.slashnull.org (8.11.6/8.11.6) with ESMTP id g7MBYrZ04811 for\n    "
                   "<zzzz-exmh@spamassassin.taint.org>; Thu, 22 Aug 2002 12:34:53 +0100")
            << "listman.spamassassin.taint.org"
            << "listman.spamassassin.taint.org"
            << "66.187.233.211"
            << "dogma.slashnull.org"
            << "ESMTP"
            << "g7MBYrZ04811"
            << "zzzz-exmh@spamassassin.taint.org" << qint64(1030016093);
        QTest::newRow("fetchmail-bare-bracket-ip")
            << QByteArray("from phobos [127.0.0.1]\n\tby localhost with IMAP (fetchmail-5.9.0)\n\tfor "
                          "zzzz@localhost "
                          "(single-drop); Thu, 22 Aug 2002 12:36:16 +0100 (IST)")
            << "phobos"
            << ""
            << "127.0.0.1"
            << "localhost"
            << "IMAP"
            << ""
            << "zzzz@localhost" << qint64(1030016176);
        QTest::newRow("sendmail-ident-user")
            << QByteArray("from klortho.waider.ie (IDENT:fqZjcglU1vS7HxIilFH5W/XbUYkOuyja@klortho.waider.ie "
                          "[10.0.0.100]) by gonzo.waider.ie (8.11.6/8.11.6) with ESMTP id g6JHAat28586 for "
                          "<ilug@linux.ie>; Fri, 19 Jul 2002 18:10:36 +0100")
            << "klortho.waider.ie"
            << "klortho.waider.ie"
            << "10.0.0.100"
            << "gonzo.waider.ie"
            << "ESMTP"
            << "g6JHAat28586"
            << "ilug@linux.ie" << qint64(1027098636);
        QTest::newRow("sendmail-may-be-forged")
            << QByteArray(
                   "from ntkayak.slpotosi.gob.mx (customer-148-233-24-193.uninet.net.mx [148.233.24.193] "
                   "(may be forged)) by dogma.slashnull.org (8.11.6/8.11.6) with ESMTP id g8ALd9C17714 "
                   "for <webmaster@efi.ie>; Tue, 10 Sep 2002 22:39:09 +0100")
            << "ntkayak.slpotosi.gob.mx"
            << "customer-148-233-24-193.uninet.net.mx"
            << "148.233.24.193"
            << "dogma.slashnull.org"
            << "ESMTP"
            << "g8ALd9C17714"
            << "webmaster@efi.ie" << qint64(1031693949);
        QTest::newRow("sendmail-no-rdns")
            << QByteArray("from tobe.co.kr ([211.219.114.162]) by webnote.net (8.9.3/8.9.3) with ESMTP id "
                          "GAA08628 for <zzzz@spamassassin.taint.org>; Fri, 23 Aug 2002 06:38:03 +0100")
            << "tobe.co.kr"
            << ""
            << "211.219.114.162"
            << "webnote.net"
            << "ESMTP"
            << "GAA08628"
            << "zzzz@spamassassin.taint.org" << qint64(1030081083);
        QTest::newRow("postfix-unknown-rdns")
            << QByteArray(
                   "from mail.yj.co.kr (unknown [211.202.3.130]) by mail.netnoteinc.com (Postfix) with "
                   "SMTP id 8ABAF1508E6; Sat, 28 Jul 2001 03:10:54 +0000 (Eire)")
            << "mail.yj.co.kr"
            << ""
            << "211.202.3.130"
            << "mail.netnoteinc.com"
            << "SMTP"
            << "8ABAF1508E6"
            << "" << qint64(996289854);
        QTest::newRow("qmail-unknown-with-helo")
            << QByteArray("from unknown (HELO protactinium.btinternet.com) (194.73.73.176) by "
                          "mta2.grp.scd.yahoo.com with SMTP; 7 Oct 2002 16:14:54 -0000")
            << "protactinium.btinternet.com"
            << ""
            << "194.73.73.176"
            << "mta2.grp.scd.yahoo.com"
            << "SMTP"
            << ""
            << "" << qint64(1034007294);
        QTest::newRow("qmail-rdns-and-helo")
            << QByteArray("from wendell.eircom.net (HELO webmail.eircom.net) (159.134.237.78) by "
                          "mail02.svc.cra.dublin.eircom.net (qp 38756) with SMTP; 21 Aug 2002 18:44:28 -0000")
            << "webmail.eircom.net"
            << "wendell.eircom.net"
            << "159.134.237.78"
            << "mail02.svc.cra.dublin.eircom.net"
            << "SMTP"
            << ""
            << "" << qint64(1029955468);
        QTest::newRow("qmail-ip-as-name-with-helo")
            << QByteArray(
                   "from 65.189.7.13 (HELO alumni.rice.edu) by smtp.directvinternet.com (209.228.33.228) "
                   "with SMTP; 23 Sep 2002 21:41:14 -0700")
            << "alumni.rice.edu"
            << ""
            << "65.189.7.13"
            << "smtp.directvinternet.com"
            << "SMTP"
            << ""
            << "" << qint64(1032842474);
        QTest::newRow("qmail-invoked-from-network")
            << QByteArray(
                   "(qmail 1866 messnum 187485 invoked from network[159.134.237.78/wendell.eircom.net]); "
                   "19 Jul 2002 20:53:16 -0000")
            << ""
            << "wendell.eircom.net"
            << "159.134.237.78"
            << ""
            << ""
            << ""
            << "" << qint64(1027111996);
        QTest::newRow("qmail-invoked-by-uid")
            << QByteArray("(qmail 28151 invoked by uid 501); 7 Oct 2002 19:20:33 -0000") << ""
            << ""
            << ""
            << ""
            << ""
            << ""
            << "" << qint64(1034018433);
        QTest::newRow("qmail-ldap-envelope-sender")
            << QByteArray(
                   "from unknown (HELO se7en.org) ([202.89.145.8]) (envelope-sender <mark@talios.com>) by 0 "
                   "(qmail-ldap-1.03) with SMTP for <rpm-list@freshrpms.net>; 5 Feb 2002 18:32:27 -0000")
            << "se7en.org"
            << ""
            << "202.89.145.8"
            << "0"
            << "SMTP"
            << ""
            << "rpm-list@freshrpms.net" << qint64(1012933947);
        QTest::newRow("exim3-rdns-ip-helo")
            << QByteArray(
                   "from host217-39-130-30.in-addr.btopenworld.com ([217.39.130.30] helo=b5w3e9) by "
                   "protactinium with smtp (Exim 3.22 #16) id 18IfUw-0006C2-00 for forteana@yahoogroups.com; "
                   "Mon, 02 Dec 2002 01:35:47 +0000")
            << "b5w3e9"
            << "host217-39-130-30.in-addr.btopenworld.com"
            << "217.39.130.30"
            << "protactinium"
            << "SMTP"
            << "18IfUw-0006C2-00"
            << "forteana@yahoogroups.com" << qint64(1038792947);
        QTest::newRow("exim3-no-rdns")
            << QByteArray(
                   "from [213.123.112.219] (helo=1Yop2245k) by gadolinium.btinternet.com with smtp (Exim "
                   "3.22 #9) id 15IgTM-0002Bg-00; Sat, 07 Jul 2001 02:01:28 +0100")
            << "1Yop2245k"
            << ""
            << "213.123.112.219"
            << "gadolinium.btinternet.com"
            << "SMTP"
            << "15IgTM-0002Bg-00"
            << "" << qint64(994467688);
        QTest::newRow("exim4-port-and-tls")
            << QByteArray(
                   "from mail-wr1-f41.google.com ([209.85.221.41]:36754 helo=mail-wr1-f41.google.com)\n\tby "
                   "mx.example.org with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t"
                   "(envelope-from <alice@gmail.com>)\n\tid 1rg0ab-0003xY-2E\n\tfor bob@example.org; Fri, "
                   "01 Mar 2024 10:00:00 +0000")
            << "mail-wr1-f41.google.com"
            << "mail-wr1-f41.google.com"
            << "209.85.221.41"
            << "mx.example.org"
            << "ESMTPS"
            << "1rg0ab-0003xY-2E"
            << "bob@example.org" << qint64(1709287200);
        QTest::newRow("exim-local-user")
            << QByteArray(
                   "from wash by ns2.wananchi.com with local (Exim 3.36 #1 (FreeBSD)) id 17Weco-000GDd-00 "
                   "for <spamassassin-talk@lists.sourceforge.net>; Mon, 22 Jul 2002 17:57:26 +0300")
            << "wash"
            << ""
            << ""
            << "ns2.wananchi.com"
            << "LOCAL"
            << "17Weco-000GDd-00"
            << "spamassassin-talk@lists.sourceforge.net" << qint64(1027349846);
        QTest::newRow("sendmail-local-submission")
            << QByteArray(
                   "(from tony@localhost) by hobbit.linuxworks.com.au (8.11.6/8.11.6) id g8E3Kww29126; Sat, "
                   "14 Sep 2002 13:20:58 +1000")
            << ""
            << ""
            << ""
            << "hobbit.linuxworks.com.au"
            << ""
            << "g8E3Kww29126"
            << "" << qint64(1031973658);
        QTest::newRow("postfix-from-userid-in-comment")
            << QByteArray(
                   "by crank.slack.net (Postfix, from userid 596) id C0A5C3ECF1; Thu,  1 Aug 2002 02:11:10 "
                   "-0400 (EDT)")
            << ""
            << ""
            << ""
            << "crank.slack.net"
            << ""
            << "C0A5C3ECF1"
            << "" << qint64(1028182270);
        QTest::newRow("exchange55-internal")
            << QByteArray(
                   "by EXCHANGE1_BJ with Internet Mail Service (5.5.2655.55) id <MABCR3BZ>; Sun, 2 Jun 2002 "
                   "18:22:46 +0800")
            << ""
            << ""
            << ""
            << "EXCHANGE1_BJ"
            << ""
            << "MABCR3BZ"
            << "" << qint64(1023013366);
        QTest::newRow("exchange55-ip-helo")
            << QByteArray(
                   "from 200.217.214.18 ([200.217.214.18]) by marents1.mareinc.org with SMTP (Microsoft "
                   "Exchange Internet Mail Service Version 5.5.2448.0) id LQDD23Z3; Mon, 22 Jul 2002 "
                   "07:19:46 -0400")
            << "200.217.214.18"
            << ""
            << "200.217.214.18"
            << "marents1.mareinc.org"
            << "SMTP"
            << "LQDD23Z3"
            << "" << qint64(1027336786);
        QTest::newRow("exchange-online-ipv6-https")
            << QByteArray(
                   "from AM6PR10MB2390.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:209:42::22) by "
                   "AM0PR10MB3313.EURPRD10.PROD.OUTLOOK.COM with HTTPS; Fri, 1 Mar 2024 09:12:13 +0000")
            << "AM6PR10MB2390.EURPRD10.PROD.OUTLOOK.COM"
            << ""
            << "2603:10a6:209:42::22"
            << "AM0PR10MB3313.EURPRD10.PROD.OUTLOOK.COM"
            << "HTTPS"
            << ""
            << "" << qint64(1709284333);
        QTest::newRow("exchange-online-frontend-tls")
            << QByteArray(
                   "from mail-ej1-f54.google.com (209.85.218.54) by "
                   "BN8NAM11FT045.mail.protection.outlook.com "
                   "(10.13.177.47) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher="
                   "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7362.11 via Frontend Transport; Fri, 1 "
                   "Mar 2024 09:12:12 +0000")
            << "mail-ej1-f54.google.com"
            << ""
            << "209.85.218.54"
            << "BN8NAM11FT045.mail.protection.outlook.com"
            << "ESMTPS"
            << "15.20.7362.11"
            << "" << qint64(1709284332);
        QTest::newRow("exchange-mapi-zone-index")
            << QByteArray(
                   "from DM6PR11MB4657.namprd11.prod.outlook.com ([fe80::1d:2c4f:19c9:e7a4]) by "
                   "DM6PR11MB4657.namprd11.prod.outlook.com ([fe80::1d:2c4f:19c9:e7a4%6]) with mapi id "
                   "15.20.7339.022; Fri, 1 Mar 2024 09:12:11 +0000")
            << "DM6PR11MB4657.namprd11.prod.outlook.com"
            << ""
            << "fe80::1d:2c4f:19c9:e7a4"
            << "DM6PR11MB4657.namprd11.prod.outlook.com"
            << "MAPI"
            << "15.20.7339.022"
            << "" << qint64(1709284331);
        QTest::newRow("gmail-mx-rooted-rdns")
            << QByteArray(
                   "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by "
                   "mx.google.com with SMTPS id a640c23a62f3a-a44f6a3b8c0sor123456766b.2.2024.03.01.01.02.03"
                   "\r\n        for <bob@gmail.com>\r\n        (Google Transport Security);\r\n        Fri, "
                   "01 Mar 2024 01:02:03 -0800 (PST)")
            << "mail-sor-f41.google.com"
            << "mail-sor-f41.google.com"
            << "209.85.220.41"
            << "mx.google.com"
            << "SMTPS"
            << "a640c23a62f3a-a44f6a3b8c0sor123456766b.2.2024.03.01.01.02.03"
            << "bob@gmail.com" << qint64(1709283723);
        QTest::newRow("gmail-internal-ipv6-by")
            << QByteArray(
                   "by 2002:a05:6a10:b24b:b0:4a5:3a5c:37f9 with SMTP id r11csp123456pxb;\r\n        Fri, 1 "
                   "Mar 2024 01:02:04 -0800 (PST)")
            << ""
            << ""
            << ""
            << "2002:a05:6a10:b24b:b0:4a5:3a5c:37f9"
            << "SMTP"
            << "r11csp123456pxb"
            << "" << qint64(1709283724);
        QTest::newRow("gmail-submission-esmtpsa")
            << QByteArray(
                   "from [192.168.1.20] ([203.0.113.5])\r\n        by smtp.gmail.com with ESMTPSA id "
                   "x12sm123456wrb.34.2024.03.01.01.02.00\r\n        for <bob@example.org>\r\n        "
                   "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 01 Mar 2024 "
                   "01:02:00 -0800 (PST)")
            << "[192.168.1.20]"
            << ""
            << "203.0.113.5"
            << "smtp.gmail.com"
            << "ESMTPSA"
            << "x12sm123456wrb.34.2024.03.01.01.02.00"
            << "bob@example.org" << qint64(1709283720);
        QTest::newRow("postfix3-ipv6-tls-comments")
            << QByteArray(
                   "from mail.example.com (mail.example.com [IPv6:2001:db8::1])\n\t(using TLSv1.3 with "
                   "cipher "
                   "TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS "
                   "(2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby "
                   "mx.example.org (Postfix) with ESMTPS id 4TmBQX0lF0z9sTb\n\tfor <me@example.org>; Fri,  1 "
                   "Mar 2024 10:00:00 +0100 (CET)")
            << "mail.example.com"
            << "mail.example.com"
            << "2001:db8::1"
            << "mx.example.org"
            << "ESMTPS"
            << "4TmBQX0lF0z9sTb"
            << "me@example.org" << qint64(1709283600);
        QTest::newRow("yahoo-webmail-via-http")
            << QByteArray(
                   "from [203.0.113.7] by web123.mail.yahoo.com via HTTP; Mon, 19 Aug 2002 10:00:00 PDT")
            << "[203.0.113.7]"
            << ""
            << "203.0.113.7"
            << "web123.mail.yahoo.com"
            << "HTTP"
            << ""
            << "" << qint64(1029776400);
        QTest::newRow("mdaemon-bracket-ips")
            << QByteArray(
                   "from holcberg [10.10.10.12] by heroic.aynrand.org [10.10.10.5] with SMTP "
                   "(MDaemon.PRO.v5.0.4.R) for <gazette@vineyard.net>; Wed, 24 Jul 2002 11:11:26 -0700")
            << "holcberg"
            << ""
            << "10.10.10.12"
            << "heroic.aynrand.org"
            << "SMTP"
            << ""
            << "gazette@vineyard.net" << qint64(1027534286);
        QTest::newRow("smtpd32-ip-helo-other-ip")
            << QByteArray(
                   "from 68.17.46.205 [210.22.129.122] by rrouzxp5u37blla with ESMTP (SMTPD32-7.11     ) id "
                   "AA1DAE0084; Thu, 19 Sep 2002 03:55:09 +0800")
            << "68.17.46.205"
            << ""
            << "210.22.129.122"
            << "rrouzxp5u37blla"
            << "ESMTP"
            << "AA1DAE0084"
            << "" << qint64(1032378909);
        QTest::newRow("vircom-unverified")
            << QByteArray(
                   "from mail.cnint.com (unverified [67.104.247.119]) by mail.cyberworldservers.net (Vircom "
                   "SMTPRS 5.3.232) with ESMTP id <B0036248326@mail.cyberworldservers.net> for "
                   "<ports@freebsd.org>; Sat, 14 Sep 2002 11:33:57 -0700")
            << "mail.cnint.com"
            << ""
            << "67.104.247.119"
            << "mail.cyberworldservers.net"
            << "ESMTP"
            << "B0036248326@mail.cyberworldservers.net"
            << "ports@freebsd.org" << qint64(1032028437);
        QTest::newRow("iplanet-msgid-style-id")
            << QByteArray(
                   "from pd5mr2so.prod.shaw.ca (pd5mr2so-qfe3.prod.shaw.ca [10.0.141.233]) by l-daemon "
                   "(iPlanet Messaging Server 5.1 (built May  7 2001)) with ESMTP id "
                   "<0GQU00M3PAQCDI@l-daemon> "
                   "for rpm-list@freshrpms.net; Thu, 31 Jan 2002 22:47:00 -0700 (MST)")
            << "pd5mr2so.prod.shaw.ca"
            << "pd5mr2so-qfe3.prod.shaw.ca"
            << "10.0.141.233"
            << "l-daemon"
            << "ESMTP"
            << "0GQU00M3PAQCDI@l-daemon"
            << "rpm-list@freshrpms.net" << qint64(1012542420);
        QTest::newRow("t-online-ident-at-bracket-ip")
            << QByteArray(
                   "from nebukadnezar.msquadrat.de (520061089980-0001@[62.155.187.197]) by "
                   "fmrl00.sul.t-online.com with esmtp id 17oLbT-1nMo40C; Mon, 9 Sep 2002 12:17:11 +0200")
            << "nebukadnezar.msquadrat.de"
            << ""
            << "62.155.187.197"
            << "fmrl00.sul.t-online.com"
            << "ESMTP"
            << "17oLbT-1nMo40C"
            << "" << qint64(1031566631);
        QTest::newRow("powermta-envelope-after-date")
            << QByteArray(
                   "from abv-sfo1-ac-agent6 (206.16.0.241) by abv-sfo-acmta2.cnet.com (PowerMTA(TM) v1.5); "
                   "Wed, 17 Jul 2002 17:22:25 -0700 (envelope-from "
                   "<Online#3.20340.74-k8cCgc95N6xNP9RR.1.b@newsletter.online.com>)")
            << "abv-sfo1-ac-agent6"
            << ""
            << "206.16.0.241"
            << "abv-sfo-acmta2.cnet.com"
            << ""
            << ""
            << "" << qint64(1026951745);
        QTest::newRow("fastmail-lmtpa")
            << QByteArray("from compute2.internal (compute2.nyi.internal [10.202.2.42])\n\t by imap45 (Cyrus "
                          "3.11.0-alpha0-172-gd4b8fc6e5f-fm-20240227.001-gd4b8fc6e) with LMTPA;\n\t Fri, 01 "
                          "Mar 2024 "
                          "04:00:02 -0500")
            << "compute2.internal"
            << "compute2.nyi.internal"
            << "10.202.2.42"
            << "imap45"
            << "LMTPA"
            << ""
            << "" << qint64(1709283602);
        QTest::newRow("garbage") << QByteArray("complete garbage ((( ;;; [[[ by") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "" << qint64(0);
        QTest::newRow("empty") << QByteArray() << ""
                               << ""
                               << ""
                               << ""
                               << ""
                               << ""
                               << "" << qint64(0);
        QTest::newRow("unterminated-comment-loses-rest")
            << QByteArray(
                   "from a.example (b.example [192.0.2.9] by c.example; Mon, 6 Jan 2003 09:00:00 +0000")
            << "a.example"
            << "b.example"
            << "192.0.2.9"
            << ""
            << ""
            << ""
            << "" << qint64(1041843600);
        QTest::newRow("bad-ip-in-brackets-ignored")
            << QByteArray(
                   "from x.example (y.example [999.1.1.1]) by z.example with SMTP; Mon, 6 Jan 2003 09:00:00 "
                   "+0000")
            << "x.example"
            << "y.example"
            << ""
            << "z.example"
            << "SMTP"
            << ""
            << "" << qint64(1041843600);
    }
    void parse()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, helo);
        QFETCH(QString, rdns);
        QFETCH(QString, ip);
        QFETCH(QString, by);
        QFETCH(QString, protocol);
        QFETCH(QString, id);
        QFETCH(QString, forAddress);
        QFETCH(qint64, utc);
        const ReceivedHop hop = parseReceived(value);
        QCOMPARE(hop.helo, helo);
        QCOMPARE(hop.rdns, rdns);
        QCOMPARE(hop.ip, ip);
        QCOMPARE(hop.by, by);
        QCOMPARE(hop.protocol, protocol);
        QCOMPARE(hop.id, id);
        QCOMPARE(hop.forAddress, forAddress);
        if (utc == 0) {
            QVERIFY(!hop.date);
        } else {
            QVERIFY(hop.date);
            QCOMPARE(hop.date->utc, utc);
        }
    }

    void details()
    {
        const ReceivedHop forged =
            parseReceived("from ntkayak.slpotosi.gob.mx (customer-148-233-24-193.uninet.net.mx "
                          "[148.233.24.193] (may be forged)) "
                          "by dogma.slashnull.org with ESMTP; Tue, 10 Sep 2002 22:39:09 +0100");
        QVERIFY(forged.mayBeForged);
        QVERIFY(!forged.tls);

        const ReceivedHop ident =
            parseReceived("from klortho.waider.ie (IDENT:fqZjcglU1vS7HxIilFH5W/XbUYkOuyja@klortho.waider.ie "
                          "[10.0.0.100]) by g");
        QCOMPARE(ident.ident, QStringLiteral("fqZjcglU1vS7HxIilFH5W/XbUYkOuyja"));

        const ReceivedHop envelope = parseReceived(
            "from user2.pro-ns.net (user2.pro-ns.net [208.200.182.45]) by hq.pro-ns.net (8.12.5/8.12.5) with "
            "ESMTP "
            "id g6LLkDCT050797 for <wmo+webmaster@hq.pro-ns.net>; Sun, 21 Jul 2002 16:46:13 -0500 (CDT) "
            "(envelope-from root@mail5.aweber.com)");
        QCOMPARE(envelope.envelopeFrom, QStringLiteral("root@mail5.aweber.com"));
        QVERIFY(envelope.date);
        QCOMPARE(envelope.date->utc, qint64(1027287973));

        const ReceivedHop exim = parseReceived(
            "from x ([192.0.2.1] helo=x) by y with esmtps (Exim 4.96) (envelope-from <a@b.example>) id 1; "
            "Fri, 01 Mar 2024 10:00:00 +0000");
        QCOMPARE(exim.envelopeFrom, QStringLiteral("a@b.example"));
        QVERIFY(exim.tls);

        const ReceivedHop postfixTls =
            parseReceived("from a (a [192.0.2.1]) (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 "
                          "(256/256 bits)) by b "
                          "(Postfix) with ESMTP id 1; Fri, 01 Mar 2024 10:00:00 +0000");
        QVERIFY(postfixTls.tls);
        QCOMPARE(postfixTls.by, QStringLiteral("b"));

        const ReceivedHop msTls = parseReceived(
            "from a (192.0.2.1) by b with Microsoft SMTP Server (version=TLS1_2, cipher=X) id 1; "
            "Fri, 1 Mar 2024 09:12:12 +0000");
        QVERIFY(msTls.tls);
        QCOMPARE(msTls.with, QStringLiteral("Microsoft SMTP Server"));
    }

    void canonicalIp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ip");
        QTest::newRow("v4") << "192.0.2.1"
                            << "192.0.2.1";
        QTest::newRow("v4-brackets") << "[192.0.2.1]"
                                     << "192.0.2.1";
        QTest::newRow("v4-leading-zero") << "192.000.002.001"
                                         << "192.0.2.1";
        QTest::newRow("v4-out-of-range") << "256.1.1.1"
                                         << "";
        QTest::newRow("v4-three-parts") << "10.1.1"
                                        << "";
        QTest::newRow("v6-rfc5321-tag") << "IPv6:2001:DB8::1"
                                        << "2001:db8::1";
        QTest::newRow("v6-brackets-tag") << "[IPv6:2001:db8:0:0:0:0:0:1]"
                                         << "2001:db8::1";
        QTest::newRow("v6-zone") << "fe80::1%6"
                                 << "fe80::1";
        QTest::newRow("hostname") << "mail.example.com"
                                  << "";
        QTest::newRow("v4-five-parts") << "1.2.3.4.5"
                                       << "";
        QTest::newRow("v4-four-digits") << "1.2.3.0004"
                                        << "";
        QTest::newRow("v4-empty-part") << "1..3.4"
                                       << "";
        QTest::newRow("v4-trailing-dot") << "1.2.3.4."
                                         << "";
        QTest::newRow("v4-space-inside") << "1.2 .3.4"
                                         << "";
        QTest::newRow("v4-sign") << "+1.2.3.4"
                                 << "";
        QTest::newRow("v4-extremes") << "0.0.0.0"
                                     << "0.0.0.0";
        QTest::newRow("v4-max") << "255.255.255.255"
                                << "255.255.255.255";
        QTest::newRow("digits-then-letters") << "192.0.2.1a"
                                             << "";
        QTest::newRow("v6-garbage") << "dead:beef:zz::1"
                                    << "";
    }
    void canonicalIp()
    {
        QFETCH(QString, text);
        QFETCH(QString, ip);
        QCOMPARE(mailtide::mime::canonicalIp(text), ip);
    }

    void hostileValuesAreCheap_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("10k-helo") << "from " + QByteArray(10 * 1024, 'a') +
                                         " (b [192.0.2.1]) by c with SMTP; "
                                         "Mon, 6 Jan 2003 09:00:00 +0000";
        QTest::newRow("1M-of-parens") << QByteArray(1 << 20, '(');
        QTest::newRow("1M-of-closing-parens") << QByteArray(1 << 20, ')');
        QTest::newRow("1M-of-semicolons") << QByteArray(1 << 20, ';');
        QTest::newRow("1M-of-from") << QByteArray("from ").repeated(200000);
        QTest::newRow("nul-and-8bit") << QByteArray("from \0\xff\xfe (\xc3 [1.2.3.4]) by \x80;", 24);
    }
    void hostileValuesAreCheap()
    {
        QFETCH(QByteArray, value);
        QElapsedTimer t;
        t.start();
        const ReceivedHop hop = parseReceived(value);
        QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(hop.helo.size() <= kMaxReceivedBytes);
    }
};

QTEST_GUILESS_MAIN(TestReceived)
#include "tst_received.moc"
