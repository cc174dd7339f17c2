#include "mime/MessageHeaders.h"
#include "mime/MessageText.h"
#include "mime/ParsedMessage.h"
#include "store/Types.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <gmime/gmime.h>
#include <functional>
#include <random>

using namespace mailtide::mime;

class TestMessageHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseDate_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("utc"); // 0 = no date
        QTest::addColumn<int>("offset");
        QTest::newRow("rfc5322") << QByteArray("Mon, 6 Jan 2003 10:00:00 +0100") << qint64(1041843600) << 3600;
        QTest::newRow("no-weekday") << QByteArray("6 Jan 2003 09:00:00 +0000") << qint64(1041843600) << 0;
        QTest::newRow("negative-zone") << QByteArray("Tue, 7 Jan 2003 08:00:00 -0500") << qint64(1041944400) << -18000;
        QTest::newRow("obsolete-zone-EST") << QByteArray("Tue, 7 Jan 2003 08:00:00 EST") << qint64(1041944400) << -18000;
        QTest::newRow("comment-after") << QByteArray("Mon, 6 Jan 2003 09:00:00 +0000 (UTC)") << qint64(1041843600) << 0;
        QTest::newRow("two-digit-year") << QByteArray("Mon, 6 Jan 03 09:00:00 +0000") << qint64(1041843600) << 0;
        QTest::newRow("garbage") << QByteArray("not a date at all") << qint64(0) << 0;
        QTest::newRow("empty") << QByteArray("") << qint64(0) << 0;
    }
    void parseDate()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, utc);
        QFETCH(int, offset);
        const auto t = mailtide::mime::parseDate(text);
        if (utc == 0) {
            QVERIFY(!t);
            return;
        }
        QVERIFY(t);
        QCOMPARE(t->utc, utc);
        QCOMPARE(t->offset, offset);
    }

    /** parseDate reads canonical dates itself and leaves the rest to GMime: on 20,000 dates
     *  made of valid and invalid pieces (days 0-32, hours to 24, seconds to 61, years before
     *  1970, odd offsets, obsolete zones, comments), it must answer exactly what GMime answers. */
    void parseDateAgreesWithGmime()
    {
        g_mime_init();
        std::mt19937 rng(20261127);
        const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "dec", "JAN"};
        const char *weekdays[] = {"", "Mon, ", "Tue, ", "sun, "};
        const char *zones[] = {"+0000", "-0700", "+0530", "+1400", "-1200", "GMT", "UT", "+2359", "-0000", "+0960", "EST",
                               "+0100 (CET)"};
        int compared = 0;
        for (int k = 0; k < 20000; ++k) {
            const int year = rng() % 3 == 0 ? 1960 + int(rng() % 100) : 1995 + int(rng() % 40);
            const bool seconds = rng() % 4 != 0;
            const QByteArray text = QStringLiteral("%1%2 %3 %4 %5:%6%7 %8")
                                        .arg(QLatin1String(weekdays[rng() % 4]))
                                        .arg(rng() % 33)
                                        .arg(QLatin1String(months[rng() % 13]))
                                        .arg(year)
                                        .arg(rng() % 25, 2, 10, QLatin1Char('0'))
                                        .arg(rng() % 61, 2, 10, QLatin1Char('0'))
                                        .arg(seconds ? QStringLiteral(":%1").arg(rng() % 62, 2, 10, QLatin1Char('0')) : QString())
                                        .arg(QLatin1String(zones[rng() % 12]))
                                        .toLatin1();
            GDateTime *dt = g_mime_utils_header_decode_date(text.constData());
            qint64 utc = 0; // GMime answers the epoch for text it cannot read
            int offset = 0;
            if (dt) {
                utc = g_date_time_to_unix(dt);
                offset = int(g_date_time_get_utc_offset(dt) / G_TIME_SPAN_SECOND);
                g_date_time_unref(dt);
            }
            const auto got = mailtide::mime::parseDate(text);
            QVERIFY2(bool(got) == (utc != 0), text.constData());
            if (got) {
                QVERIFY2(got->utc == utc && got->offset == offset, text.constData());
                ++compared;
            }
        }
        QVERIFY(compared > 5000); // most of them are dates
    }

    /** From, Reply-To and Return-Path skip GMime for the plain shapes ("Name <a@b.c>"); on random
     *  values, plain or not, the result must be GMime's own reading of the first mailbox. */
    void addressesAgreeWithGmime()
    {
        g_mime_init();
        std::mt19937 rng(20261127);
        const char *names[] = {"", "John Smith", "John  Smith", "O'Brien", "J. Smith", "\"Smith, John\"", "Ann-Marie_2",
                               "=?UTF-8?B?SsO8cmdlbg==?=", "Bob (work)", "a+b", "Zoë", "x\ty"};
        const char *locals[] = {"john", "john.smith", "j+tag", "o'brien", ".dot", "a..b", "x_y-z", "\"quoted\"", "UPPER"};
        const char *domains[] = {"example.com", "EXAMPLE.org", "mail.example.co.uk", "localhost", "xn--bcher-kva.example",
                                 "exa mple.com", "[192.0.2.1]", "a-b.c", "example.com."};
        const char *shapes[] = {"%1 <%2@%3>", "<%2@%3>", "%2@%3", "%1<%2@%3>", "%1 <%2@%3> ", "%1 <%2@%3>, x@y.z",
                                "group: %2@%3;", "%2@%3 (%1)", "%1 < %2@%3 >"};
        for (int k = 0; k < 5000; ++k) {
            const QByteArray value = QString::fromUtf8(shapes[rng() % 9])
                                         .arg(QString::fromUtf8(names[rng() % 12]), QString::fromUtf8(locals[rng() % 9]),
                                              QString::fromUtf8(domains[rng() % 9]))
                                         .toUtf8();
            InternetAddressList *list = internet_address_list_parse(nullptr, value.constData());
            QString name, address;
            std::function<bool(InternetAddressList *)> first = [&](InternetAddressList *l) { // groups too
                for (int i = 0; l && i < internet_address_list_length(l); ++i) {
                    InternetAddress *ia = internet_address_list_get_address(l, i);
                    if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
                        name = QString::fromUtf8(internet_address_get_name(ia)).trimmed();
                        address = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed();
                        return true;
                    }
                    if (INTERNET_ADDRESS_IS_GROUP(ia) && first(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia))))
                        return true;
                }
                return false;
            };
            first(list);
            if (list)
                g_object_unref(list);
            const QByteArray raw = "From: " + value + "\nReply-To: " + value + "\nReturn-Path: " + value + "\n\n";
            const auto h = parseHeaders(raw);
            QVERIFY2(h.from.name == name && h.from.address == address,
                     qPrintable(QStringLiteral("%1 -> [%2] [%3], GMime [%4] [%5]")
                                    .arg(QString::fromUtf8(value), h.from.name, h.from.address, name, address)));
            QCOMPARE(h.replyTo, address);
            QCOMPARE(h.returnPath, address);
        }
    }

    void receivedDatePart_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("date");
        QTest::newRow("simple") << QByteArray("from a by b; Mon, 6 Jan 2003 09:00:00 +0000")
                                << QByteArray("Mon, 6 Jan 2003 09:00:00 +0000");
        QTest::newRow("semicolon-in-comment-uses-last")
            << QByteArray("from a (x; y) by b with SMTP id 1;\n\tMon, 6 Jan 2003 09:00:00 +0000")
            << QByteArray("Mon, 6 Jan 2003 09:00:00 +0000");
        QTest::newRow("no-semicolon") << QByteArray("from a by b") << QByteArray();
    }
    void receivedDatePart()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, date);
        QCOMPARE(mailtide::mime::receivedDatePart(value).toByteArray(), date);
    }

    void headerBlock_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("block");
        QTest::newRow("lf") << QByteArray("A: 1\nB: 2\n\nbody\n") << QByteArray("A: 1\nB: 2\n");
        QTest::newRow("crlf") << QByteArray("A: 1\r\n\r\nbody") << QByteArray("A: 1\r\n");
        QTest::newRow("headers-only") << QByteArray("A: 1\nB: 2\n") << QByteArray("A: 1\nB: 2\n");
        QTest::newRow("empty-headers") << QByteArray("\nbody") << QByteArray();
    }
    void headerBlock()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, block);
        QCOMPARE(mailtide::mime::headerBlock(raw).toByteArray(), block);
    }

    void headerBlockIsBounded()
    {
        const QByteArray huge = "X: " + QByteArray(1 << 20, 'a') + "\n\nbody";
        QCOMPARE(mailtide::mime::headerBlock(huge).size(), kMaxHeaderBytes);
        const auto h = parseHeaders(huge); // must not choke on a 1 MB header line
        QVERIFY(h.subject.isEmpty());
    }

    void decodesEncodedWords()
    {
        const QByteArray raw = "Received: from a by b; Tue, 7 Jan 2003 08:00:00 -0500\n"
                               "From: =?ISO-8859-1?Q?Andr=E9_M=FCller?= <andre@example.de>\n"
                               "Reply-To: \"Sales\" <sales@example.net>\n"
                               "Return-Path: <bounce@example.org>\n"
                               "Subject: =?UTF-8?B?w6l0w6kgZMOpasOgIHZ1?=\n"
                               "Date: Tue, 7 Jan 2003 13:00:00 +0000\n"
                               "Message-ID: <enc@example.de>\n\nbody\n";
        const auto h = parseHeaders(raw);
        QCOMPARE(h.from.name, QStringLiteral("André Müller"));
        QCOMPARE(h.from.address, QStringLiteral("andre@example.de"));
        QCOMPARE(h.subject, QStringLiteral("été déjà vu"));
        QCOMPARE(h.replyTo, QStringLiteral("sales@example.net"));
        QCOMPARE(h.returnPath, QStringLiteral("bounce@example.org"));
        QCOMPARE(h.messageId, QStringLiteral("enc@example.de"));
        QVERIFY(h.topReceived);
        QCOMPARE(h.topReceived->utc, qint64(1041944400));
        QVERIFY(h.date);
        QCOMPARE(h.date->utc, qint64(1041944400));
    }

    void topMostReceivedWins()
    {
        const QByteArray raw = "Received: from relay by mx; Wed, 8 Jan 2003 10:00:00 +0000\n"
                               "Received: from origin by relay; Tue, 7 Jan 2003 10:00:00 +0000\n"
                               "Subject: x\n\n";
        const auto h = parseHeaders(raw);
        QVERIFY(h.topReceived);
        QCOMPARE(h.topReceived->utc, qint64(1042020000));
    }

    void survivesBrokenHeaders_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("nul-bytes") << QByteArray("Subject: a\0b\nFrom: x\0@y\n\nbody", 30);
        QTest::newRow("unknown-charset") << QByteArray("Subject: =?x-klingon?Q?abc?=\n\n");
        QTest::newRow("bad-base64-word") << QByteArray("Subject: =?utf-8?B?!!!?=\n\n");
        QTest::newRow("no-colon") << QByteArray("this is not a header\n\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("from-group") << QByteArray("From: undisclosed:;\n\n");
    }
    void survivesBrokenHeaders()
    {
        QFETCH(QByteArray, raw);
        const auto h = parseHeaders(raw); // best effort: no crash, fields may be empty
        Q_UNUSED(h);
        const auto t = readableText(raw);
        Q_UNUSED(t);
    }

    /** An import that classifies takes its header facts from the full parse: they must be the
     *  ones the header-only parse gives, message for message. */
    void headersOfAgreesWithParseHeaders_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *dir : {"/corpus", "/dates", "/modern", "/fromline-eml", "/emlfolder"}) {
            QDirIterator it(QStringLiteral(MAILTIDE_TEST_DATA) + QLatin1String(dir), {QStringLiteral("*.eml")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            }
        }
    }
    void headersOfAgreesWithParseHeaders()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray raw = f.readAll();
        if (raw.startsWith("From ")) // a one-message mbox file: the reader drops the From_ line
            raw = raw.mid(raw.indexOf('\n') + 1);
        const MessageHeaders a = parseHeaders(raw);
        const MessageHeaders b = headersOf(parseMessage(raw));
        QCOMPARE(b.messageId, a.messageId);
        QCOMPARE(b.subject, a.subject);
        QCOMPARE(b.from.address, a.from.address);
        QCOMPARE(b.from.name, a.from.name);
        QCOMPARE(b.replyTo, a.replyTo);
        QCOMPARE(b.returnPath, a.returnPath);
        QCOMPARE(b.date.has_value(), a.date.has_value());
        if (a.date)
            QCOMPARE(b.date->utc, a.date->utc);
        QCOMPARE(b.topReceived.has_value(), a.topReceived.has_value());
        if (a.topReceived)
            QCOMPARE(b.topReceived->utc, a.topReceived->utc);
        QCOMPARE(b.statusFlags, a.statusFlags);
    }

    void htmlBecomesText()
    {
        const QByteArray html = "<html><head><title>T</title><style>p{}</style></head><body>"
                                "<p>Hello <b>you</b></p><script>alert(1)</script><div>Next line</div>"
                                "<img src=\"http://tracker.example/x.gif\"></body></html>";
        QCOMPARE(htmlToText(html), QStringLiteral("Hello you\nNext line"));
    }

    void readableTextPrefersPlain()
    {
        const QByteArray raw = "From: a@b\nSubject: alt\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/alternative; boundary=XX\n\n"
                               "--XX\nContent-Type: text/plain; charset=utf-8\n\nPlain words\n"
                               "--XX\nContent-Type: text/html\n\n<p>Html words</p>\n--XX--\n";
        const auto t = readableText(raw);
        QCOMPARE(t.body.trimmed(), QStringLiteral("Plain words"));
        QVERIFY(!t.bodyFromHtml);
        const QByteArray htmlOnly = "From: a@b\nContent-Type: text/html\n\n<p>Only <i>html</i></p>";
        const auto h = readableText(htmlOnly);
        QCOMPARE(h.body, QStringLiteral("Only html"));
        QVERIFY(h.bodyFromHtml);
    }
};

QTEST_GUILESS_MAIN(TestMessageHeaders)
#include "tst_messageheaders.moc"
