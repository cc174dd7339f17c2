#include "mime/Html.h"
#include "mime/ParsedMessage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cerrno>
#include <iconv.h>
#include <memory>
#include <thread>

using namespace mailtide::mime;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(MAILTIDE_TEST_DATA);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

QByteArray corpus(const char *name)
{
    return readFile(kData + QStringLiteral("/corpus/") + QString::fromUtf8(name));
}

/** A message with one attachment whose decoded bytes are payload. */
QByteArray withAttachment(const QByteArray &filename, const QByteArray &type, const QByteArray &payload)
{
    return "From: a@example.com\nSubject: att\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"B\"\n\n"
           "--B\nContent-Type: text/plain\n\nsee attached\n"
           "--B\nContent-Type: " +
           type + "; name=\"" + filename +
           "\"\n"
           "Content-Disposition: attachment; filename=\"" +
           filename +
           "\"\n"
           "Content-Transfer-Encoding: base64\n\n" +
           payload.toBase64() + "\n--B--\n";
}

QByteArray html(const QByteArray &body)
{
    return "<html><body>" + body + "</body></html>";
}

} // namespace

class TestParsedMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- real messages from the public corpus ------------------------------------------------

    void corpusHtmlOnlySpam()
    {
        const ParsedMessage m = parseMessage(corpus("spam-html-only-links.eml"));
        QCOMPARE(m.subject, QStringLiteral("60 minute free porn movie"));
        QCOMPARE(m.from.name, QStringLiteral("Free xxx movie"));
        QCOMPARE(m.from.address, QStringLiteral("thisisagreatfreepornmovie@framesetup.com"));
        QCOMPARE(m.returnPath, QStringLiteral("thisisagreatfreepornmovie@framesetup.com"));
        QCOMPARE(m.messageId, QStringLiteral("200208270031.BAA28619@webnote.net"));
        QCOMPARE(m.toCount, 1);
        QVERIFY(m.date);
        QCOMPARE(m.date->utc, qint64(1030414695)); // Mon, 26 Aug 2002 22:18:15 -0400
        QCOMPARE(m.date->offset, -4 * 3600);
        QCOMPARE(m.received.size(), 3);
        QCOMPARE(m.received[2].helo, QStringLiteral("framesetup.com"));
        QCOMPARE(m.received[2].rdns, QStringLiteral("1Cust182.tnt27.det3.da.uu.net"));
        QCOMPARE(m.received[2].ip, QStringLiteral("67.217.40.182"));
        QVERIFY(m.hasHtml);
        QVERIFY(m.htmlOnly);
        QVERIFY(m.text.isEmpty());
        QVERIFY(m.htmlText.contains(QStringLiteral("Click Here to enlarge your penis")));
        QVERIFY(!m.htmlText.contains(QStringLiteral("Untitled Document"))); // <title> is not shown
        QCOMPARE(m.links.size(), 3);
        QCOMPARE(m.links[1].url, QStringLiteral("http://www.jeweldive.com:81/sles/penis/index.html"));
        QCOMPARE(m.links[1].text, QStringLiteral("Click Here"));
        QCOMPARE(m.links[1].host, QStringLiteral("www.jeweldive.com"));
        QCOMPARE(m.links[1].domain, QStringLiteral("jeweldive.com"));
        QVERIFY(m.links[0].text.isEmpty()); // an image link
        QCOMPARE(m.imageCount, 1);
        QCOMPARE(m.contentTypes, QStringList{QStringLiteral("text/html")});
        QCOMPARE(m.charsets, QStringList{QStringLiteral("iso-8859-1")});
        QCOMPARE(m.partCount, 1);
        QCOMPARE(m.maxDepth, 1);
        QVERIFY(m.problems.isEmpty());
        QVERIFY(!m.truncated);
        QCOMPARE(m.header(u"sender"),
                 QStringLiteral("\"Free xxx movie\" <thisisagreatfreepornmovie@framesetup.com>"));
    }

    void corpusMultipartAlternativeHam()
    {
        const ParsedMessage m = parseMessage(corpus("ham-multipart-alternative.eml"));
        QCOMPARE(m.subject, QStringLiteral("Tiny DNS Swap"));
        QCOMPARE(m.replyTo.address, QStringLiteral("DNS-swap@lists.ironclad.net.au"));
        QCOMPARE(m.replyTo.name, QStringLiteral("DNS-swap"));
        QCOMPARE(m.contentTypes, (QStringList{QStringLiteral("multipart/alternative"),
                                              QStringLiteral("text/plain"), QStringLiteral("text/html")}));
        QCOMPARE(m.partCount, 3);
        QCOMPARE(m.maxDepth, 2);
        QCOMPARE(m.charsets, QStringList{QStringLiteral("windows-1252")});
        QVERIFY(m.hasHtml);
        QVERIFY(!m.htmlOnly);
        // quoted-printable soft breaks joined
        QVERIFY(m.text.contains(QStringLiteral("We support only a few web sites and I'd like to swap")));
        QVERIFY(m.htmlText.contains(QStringLiteral("We support only a few web sites and I'd like to swap")));
        QCOMPARE(m.links.size(), 2);
        QCOMPARE(m.links[0].scheme, QStringLiteral("mailto"));
        QCOMPARE(m.links[0].host, QStringLiteral("dbsinfo.com"));
        QCOMPARE(m.links[1].text, QStringLiteral("www.dbsinfo.com"));
        QVERIFY(!m.links[1].textShowsOtherDomain);
        QCOMPARE(m.list.unsubscribe.size(), 1);
        QCOMPARE(m.list.unsubscribe[0].kind, ListUri::Mailto);
        QCOMPARE(m.list.unsubscribe[0].uri, QStringLiteral("mailto:DNS-swap-off@lists.ironclad.net.au"));
        QVERIFY(!m.list.oneClick());
        QCOMPARE(m.received.size(), 4);
        QCOMPARE(m.received[3].helo, QStringLiteral("dbsinfo.com"));
        QCOMPARE(m.received[3].by, QStringLiteral("lists.ironclad.net.au"));
        QCOMPARE(m.hiddenTextChars, 0);
        QVERIFY(m.attachments.isEmpty());
        QVERIFY(m.problems.isEmpty());
    }

    void corpusRelatedJpeg()
    {
        const ParsedMessage m = parseMessage(corpus("spam-related-jpeg.eml"));
        QCOMPARE(m.contentTypes, (QStringList{QStringLiteral("multipart/related"),
                                              QStringLiteral("text/html"), QStringLiteral("image/jpeg")}));
        QCOMPARE(m.received.size(), 8);
        QCOMPARE(m.received[0].envelopeFrom, QStringLiteral("cpunks@hq.pro-ns.net"));
        QCOMPARE(m.received[2].ident, QStringLiteral("cpunks"));
        QCOMPARE(m.received[2].ip, QStringLiteral("207.200.56.4"));
        QCOMPARE(m.received[7].helo, QStringLiteral("appsales.net"));
        QCOMPARE(m.received[7].ip, QStringLiteral("65.168.244.26"));
        QCOMPARE(m.toCount, 0); // "undisclosed-recipients:;"
        QCOMPARE(m.attachments.size(), 1);
        const Attachment &a = m.attachments.first();
        QCOMPARE(a.filename, QStringLiteral("ezm.jpg"));
        QCOMPARE(a.contentType, QStringLiteral("image/jpeg"));
        QCOMPARE(a.sniffedType, QStringLiteral("image/jpeg"));
        QCOMPARE(a.size, qint64(7953));
        QVERIFY(!a.sizeEstimated);
        QVERIFY(!a.isExecutableOrScript);
        QVERIFY(m.htmlOnly);
        QCOMPARE(m.links.size(), 2);
        QCOMPARE(m.links[1].url, QStringLiteral("mailto:remove@linkitsoftware.com"));
    }

    void corpusOle2Attachment()
    {
        const ParsedMessage m = parseMessage(corpus("spam-ole2-attachment.eml"));
        QCOMPARE(m.attachments.size(), 1);
        const Attachment &a = m.attachments.first();
        QCOMPARE(a.filename, QStringLiteral("Yinxiang Motorcycles.doc"));
        QCOMPARE(a.contentType, QStringLiteral("application/octet-stream"));
        QCOMPARE(a.sniffedType, QStringLiteral("application/x-ole-storage"));
        QCOMPARE(a.size, qint64(64000));
        QVERIFY(!a.isExecutableOrScript);
        QVERIFY(m.text.startsWith(QStringLiteral("Dear Sir")));
        QVERIFY(!m.hasHtml);
        QVERIFY(!m.htmlOnly);
        QCOMPARE(m.received.last().helo, QStringLiteral("64.51.39.08"));
        QCOMPARE(m.received.last().ip, QStringLiteral("202.98.63.126"));
    }

    void corpusLatin1EightBit()
    {
        const ParsedMessage m = parseMessage(corpus("ham-latin1-8bit.eml"));
        QCOMPARE(m.charsets, QStringList{QStringLiteral("iso-8859-1")});
        QVERIFY(m.text.contains(QStringLiteral("those of the F\u00fchrer.")));
        // ISO-8859-1 declared, windows-1252 meant: 0x92 is a right single quote, as mail clients show it
        QVERIFY(m.text.contains(QStringLiteral("Germany\u2019s political parties")));
        QVERIFY(m.text.contains(QStringLiteral("\u201cEdmund Stoiber")));
        QVERIFY(!m.hasHtml);
        QVERIFY(m.problems.isEmpty());
    }

    void corpusHiddenTextAndIpLinks()
    {
        const ParsedMessage m = parseMessage(corpus("spam-hidden-text-ip-links.eml"));
        QVERIFY(m.hiddenTextChars > 100);
        QVERIFY(m.hiddenText.contains(QStringLiteral("Surprise Party")));
        QVERIFY(!m.htmlText.contains(QStringLiteral("Surprise Party")));
        QCOMPARE(m.links.size(), 3);
        QVERIFY(m.links[0].isIpLiteral);
        QCOMPARE(m.links[0].host, QStringLiteral("81.9.8.29"));
        QVERIFY(m.links[0].domain.isEmpty());
        QVERIFY(!m.links[2].isIpLiteral);
        QVERIFY(m.tinyFontChars > 0);
    }

    // ---- headers ----------------------------------------------------------------------------

    void headerValuesUnfoldedAndDecoded()
    {
        // Plain ASCII values are unfolded and their white space simplified; encoded words and
        // 8-bit bytes are decoded (GMime).
        const QByteArray raw = "X-Folded: one\r\n\ttwo  \t three\r\n   four\r\n"
                               "X-Tabs:\tlead\tand trail\t \r\n"
                               "X-Encoded: a =?UTF-8?Q?caf=C3=A9?= b\r\n"
                               "X-Raw-Utf8: caf\xc3\xa9 cr\xc3\xa8me\r\n"
                               "X-Not-Encoded: 1+1=2 ?=x\r\n"
                               "X-Empty:\r\n"
                               "\r\nbody\r\n";
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.header(u"X-Folded"), QStringLiteral("one two three four"));
        QCOMPARE(m.header(u"X-Tabs"), QStringLiteral("lead and trail"));
        QCOMPARE(m.header(u"X-Encoded"), QStringLiteral("a caf\u00e9 b"));
        QCOMPARE(m.header(u"X-Raw-Utf8"), QStringLiteral("caf\u00e9 cr\u00e8me"));
        QCOMPARE(m.header(u"X-Not-Encoded"), QStringLiteral("1+1=2 ?=x"));
        QCOMPARE(m.header(u"X-Empty"), QString());
    }

    void headersDecoded()
    {
        const QByteArray raw =
            "Received: from b.example (b.example [192.0.2.2]) by a.example with ESMTPS id 2; Tue, 7 Jan 2003 "
            "10:00:00 +0000\n"
            "Received: from c.example (c.example [192.0.2.3]) by b.example with ESMTP id 1; Tue, 7 Jan 2003 "
            "09:59:00 +0000\n"
            "Authentication-Results: a.example; spf=pass smtp.mailfrom=x.example; dkim=fail "
            "header.d=x.example\n"
            "Authentication-Results: other.example; dmarc=none header.from=x.example\n"
            "From: =?ISO-8859-1?Q?Andr=E9_M=FCller?= <andre@x.example>\n"
            "To: a@y.example, \"B\" <b@y.example>, team: c@y.example, d@y.example;\n"
            "Cc: e@y.example\n"
            "Reply-To: Sales <sales@z.example>\n"
            "Return-Path: <>\n"
            "Subject: =?UTF-8?B?w6l0w6kgZMOpasOgIHZ1?=\n"
            "Date: Tue, 7 Jan 2003 13:00:00 +0100\n"
            "Message-ID: <id1@x.example>\n"
            "List-Id: \"X News\" <news.x.example>\n"
            "List-Unsubscribe: <mailto:u@x.example>, <https://x.example/u?id=1>\n"
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
            "\nbody\n";
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.headers.size(), 15);
        QCOMPARE(m.headers[4].first, QStringLiteral("From"));
        QCOMPARE(m.headers[4].second, QStringLiteral("Andr\u00e9 M\u00fcller <andre@x.example>"));
        QCOMPARE(m.from.name, QStringLiteral("Andr\u00e9 M\u00fcller"));
        QCOMPARE(m.subject, QStringLiteral("\u00e9t\u00e9 d\u00e9j\u00e0 vu"));
        QCOMPARE(m.toCount, 4);
        QCOMPARE(m.ccCount, 1);
        QCOMPARE(m.replyTo.address, QStringLiteral("sales@z.example"));
        QVERIFY(m.returnPath.isEmpty()); // the null sender
        QCOMPARE(m.messageId, QStringLiteral("id1@x.example"));
        QVERIFY(m.date);
        QCOMPARE(m.date->utc, qint64(1041940800));
        QCOMPARE(m.date->offset, 3600);
        QCOMPARE(m.received.size(), 2);
        QCOMPARE(m.received[0].ip, QStringLiteral("192.0.2.2")); // top-most first
        QCOMPARE(m.headers[0].second, QStringLiteral("from b.example (b.example [192.0.2.2]) by a.example with ESMTPS "
                                                     "id 2; Tue, 7 Jan 2003 10:00:00 +0000"));
        QVERIFY(m.received[0].tls);
        QCOMPARE(m.received[1].helo, QStringLiteral("c.example"));
        QCOMPARE(m.authResults.size(), 2);
        QCOMPARE(m.authResults[0].authservId, QStringLiteral("a.example"));
        QCOMPARE(m.authResults[0].find(u"dkim")->result, QStringLiteral("fail"));
        QCOMPARE(m.authResults[1].find(u"dmarc")->property(u"header.from"), QStringLiteral("x.example"));
        QVERIFY(m.list.id);
        QCOMPARE(m.list.id->id, QStringLiteral("news.x.example"));
        QCOMPARE(m.list.id->phrase, QStringLiteral("X News"));
        QCOMPARE(m.list.unsubscribe.size(), 2);
        QVERIFY(m.list.unsubscribePost);
        QVERIFY(m.list.oneClick());
        QCOMPARE(m.text, QStringLiteral("body\n"));
    }

    void rfc2231Filename()
    {
        const QByteArray raw =
            "From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
            "--B\nContent-Type: application/octet-stream\n"
            "Content-Disposition: attachment;\n filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf.exe\n"
            "Content-Transfer-Encoding: base64\n\nTVqQAAMAAAAEAAAA\n--B--\n";
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments[0].filename, QStringLiteral("Rechnung M\u00e4rz.pdf.exe"));
        QCOMPARE(m.attachments[0].sniffedType, QStringLiteral("application/x-msdownload"));
        QVERIFY(m.attachments[0].isExecutableOrScript);
        QVERIFY(m.attachments[0].doubleExtension);
        QCOMPARE(m.attachments[0].size, qint64(12));
    }

    void noHeaderBlock()
    {
        const ParsedMessage m = parseMessage("just some text, no header at all\nsecond line\n");
        QVERIFY(m.problems.contains(QStringLiteral("no header block")));
        QVERIFY(m.text.contains(QStringLiteral("second line")));
        const ParsedMessage empty = parseMessage(QByteArrayView());
        QCOMPARE(empty.rawSize, 0);
        QVERIFY(empty.text.isEmpty());
    }

    /** The message's own fields are split by the pre-scan, not by GMime (which is given the MIME
     *  fields only): the rows are what GMime 3.2 itself made of them (checked with its parser). */
    void topLevelFields_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("noHeaderBlock");
        const QStringList sf{u"Subject"_s, u"From"_s};
        QTest::newRow("line-without-colon-ignored")
            << QByteArray("Subject: a\nThis is not a header\nFrom: x@y.example\n\nbody\n") << sf << u"a"_s
            << u"x@y.example"_s << QString() << u"body"_s << false;
        QTest::newRow("its-continuation-ignored-too")
            << QByteArray("Subject: a\nBad line\n cont of bad\nFrom: x@y.example\n\nbody\n") << sf << u"a"_s
            << u"x@y.example"_s << QString() << u"body"_s << false;
        QTest::newRow("space-before-colon-dropped-space-in-name-ignored")
            << QByteArray("Subject : spaced\nFrom:x@y.example\nX-Bad Name: v\n\nbody\n") << sf << u"spaced"_s
            << u"x@y.example"_s << QString() << u"body"_s << false;
        QTest::newRow("control-character-in-name-ignored")
            << QByteArray("Subject: a\n\x01X: v\nFrom: x@y.example\n\nbody\n") << sf << u"a"_s << u"x@y.example"_s
            << QString() << u"body"_s << false;
        QTest::newRow("folded")
            << QByteArray("Subject: folded\n  more\n\tand more\nFrom: \"A  B\" <x@y.example>\n\nbody\n") << sf
            << u"folded more and more"_s << u"x@y.example"_s << u"A  B"_s << u"body"_s << false;
        QTest::newRow("encoded-words")
            << QByteArray("Subject: =?utf-8?q?caf=C3=A9?= x\nFrom: =?utf-8?q?Caf=C3=A9?= <x@y.example>\n\nbody\n")
            << sf << u"caf\u00e9 x"_s << u"x@y.example"_s << u"Caf\u00e9"_s << u"body"_s << false;
        QTest::newRow("last-subject-first-from")
            << QByteArray("Subject: one\nFrom: a@y.example\nSubject: two\nFrom: b@y.example\n\nbody\n")
            << QStringList{u"Subject"_s, u"From"_s, u"Subject"_s, u"From"_s} << u"two"_s << u"a@y.example"_s
            << QString() << u"body"_s << false;
        QTest::newRow("content-fields-describe-the-body-not-listed")
            << QByteArray("Subject: a\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: "
                          "quoted-printable\nFrom: x@y.example\n\ncaf=E9\n")
            << sf << u"a"_s << u"x@y.example"_s << QString() << u"caf\u00e9"_s << false;
        QTest::newRow("header-block-to-the-end")
            << QByteArray("Subject: a\nFrom: x@y.example") << sf << u"a"_s << u"x@y.example"_s << QString()
            << QString() << false;
        QTest::newRow("first-line-folded-no-header-block")
            << QByteArray("  leading: 1\nB: 2\n\nbody\n") << QStringList() << QString() << QString() << QString()
            << u"leading: 1\nB: 2\n\nbody"_s << true;
    }

    void topLevelFields()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, names);
        QFETCH(QString, subject);
        QFETCH(QString, from);
        QFETCH(QString, fromName);
        QFETCH(QString, text);
        QFETCH(bool, noHeaderBlock);
        const ParsedMessage m = parseMessage(raw);
        QStringList got;
        for (const auto &h : m.headers)
            got << h.first;
        QCOMPARE(got, names);
        QCOMPARE(m.subject, subject);
        QCOMPARE(m.from.address, from);
        QCOMPARE(m.from.name, fromName);
        QCOMPARE(m.text.trimmed(), text);
        QCOMPARE(m.problems.contains(u"no header block"_s), noHeaderBlock);
    }

    /** Windows-1252 text is read by a table: byte for byte what glibc's iconv makes of it, its
     *  unassigned bytes (0x81, 0x8d, 0x8f, 0x90, 0x9d) as U+FFFD. */
    void windows1252AsIconvReadsIt()
    {
        QByteArray bytes;
        for (int b = 0x20; b < 0x100; ++b)
            bytes.append(char(b));
        QString expected;
        iconv_t cd = iconv_open("UTF-16LE", "CP1252");
        QVERIFY(cd != reinterpret_cast<iconv_t>(static_cast<intptr_t>(-1)));
        for (const char c : bytes) {
            char in[1] = {c};
            char out[8];
            char *inp = in, *outp = out;
            size_t inLeft = 1, outLeft = sizeof out;
            if (iconv(cd, &inp, &inLeft, &outp, &outLeft) == size_t(-1))
                expected += QChar(0xfffd);
            else
                expected += QString::fromUtf16(reinterpret_cast<const char16_t *>(out), (outp - out) / 2);
        }
        iconv_close(cd);
        QCOMPARE(expected.size(), bytes.size());
        const QByteArray raw = "Subject: cp1252\nContent-Type: text/plain; charset=windows-1252\n"
                               "Content-Transfer-Encoding: 8bit\n\n" + bytes + "\n";
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.text.trimmed(), expected.trimmed());
        QVERIFY(m.text.contains(QChar(0x20ac))); // 0x80, the euro sign
    }

    void mboxFromLineSkipped()
    {
        const ParsedMessage m = parseMessage("From someone@example.com  Tue Aug 27 01:34:09 2002\n"
                                             "Subject: after the separator\n\nbody\n");
        QCOMPARE(m.subject, QStringLiteral("after the separator"));
        QVERIFY(m.problems.isEmpty());
    }

    // ---- bodies, charsets, encodings --------------------------------------------------------

    void bodyText_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // "" = none
        QTest::newRow("utf8-8bit") << QByteArray(
                                          "Content-Type: text/plain; charset=utf-8\n\nd\xc3\xa9j\xc3\xa0\n")
                                   << QString::fromUtf8("d\u00e9j\u00e0\n") << "";
        QTest::newRow("no-charset-valid-utf8-is-utf8") << QByteArray("Subject: x\n\nd\xc3\xa9j\xc3\xa0\n")
                                                       << QString::fromUtf8("d\u00e9j\u00e0\n") << "";
        QTest::newRow("no-charset-8bit-is-windows-1252")
            << QByteArray("Subject: x\n\ncaf\xe9 \x93quoted\x94\n")
            << QString::fromUtf8("caf\u00e9 \u201cquoted\u201d\n") << "";
        QTest::newRow("us-ascii-declared-8bit-used")
            << QByteArray("Content-Type: text/plain; charset=us-ascii\n\ncaf\xe9\n")
            << QString::fromUtf8("caf\u00e9\n") << "";
        QTest::newRow("koi8-r")
            << QByteArray("Content-Type: text/plain; charset=koi8-r\n\n\xf0\xd2\xc9\xd7\xc5\xd4\n")
            << QString::fromUtf8("\u041f\u0440\u0438\u0432\u0435\u0442\n") << "";
        QTest::newRow("iso-2022-jp")
            << QByteArray("Content-Type: text/plain; charset=ISO-2022-JP\n\n\x1b$B$3$s$K$A$O\x1b(B\n")
            << QString::fromUtf8("\u3053\u3093\u306b\u3061\u306f\n") << "";
        QTest::newRow("shift-jis-alias")
            << QByteArray("Content-Type: text/plain; charset=x-sjis\n\n\x82\xb1\n")
            << QString::fromUtf8("\u3053\n") << "";
        QTest::newRow("invalid-sequence-in-euc-jp-replaced")
            << QByteArray("Content-Type: text/plain; charset=euc-jp\n\n\xa4\xb3\xff\xa4\xf3\n")
            << QString::fromUtf8("\u3053\ufffd\u3093\n") << "";
        QTest::newRow("unknown-charset-falls-back")
            << QByteArray("Content-Type: text/plain; charset=x-klingon\n\ncaf\xe9\n")
            << QString::fromUtf8("caf\u00e9\n") << "unknown charset";
        QTest::newRow("base64") << QByteArray(
                                       "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
                                       "SGVsbG8sIHdvcmxkIQ==\n")
                                << "Hello, world!"
                                << "";
        QTest::newRow("base64-invalid-characters")
            << QByteArray("Content-Transfer-Encoding: base64\n\nSGVs!!bG8=\n") << "Hello"
            << "invalid base64";
        QTest::newRow("quoted-printable") << QByteArray("Content-Type: text/plain; charset=iso-8859-1\n"
                                                        "Content-Transfer-Encoding: quoted-printable\n\n"
                                                        "caf=E9 au =\nlait\n")
                                          << QString::fromUtf8("caf\u00e9 au lait\n") << "";
        QTest::newRow("quoted-printable-invalid-escape")
            << QByteArray("Content-Transfer-Encoding: quoted-printable\n\na=ZZb=3Dc\n") << "a=ZZb=c\n"
            << "invalid quoted-printable";
        QTest::newRow("two-plain-parts-joined")
            << QByteArray("Content-Type: multipart/mixed; boundary=B\n\n--B\n\none\n--B\n\ntwo\n--B--\n")
            << "one\ntwo"
            << "";
    }
    void bodyText()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.text, text);
        if (problem.isEmpty())
            QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.join(QLatin1Char(','))));
        else
            QVERIFY2(m.problems.contains(problem), qPrintable(m.problems.join(QLatin1Char(','))));
    }

    void embeddedMessageIsWalked()
    {
        const QByteArray raw = "From: fwd@example.com\nSubject: Fwd\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/mixed; boundary=O\n\n"
                               "--O\nContent-Type: text/plain\n\nsee below\n"
                               "--O\nContent-Type: message/rfc822\n\n"
                               "From: origin@example.net\nSubject: inner\nContent-Type: text/html\n\n"
                               "<p>inner <a href=\"http://inner.example/\">words</a></p>\n"
                               "--O--\n";
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.contentTypes,
                 (QStringList{QStringLiteral("multipart/mixed"), QStringLiteral("text/plain"),
                              QStringLiteral("message/rfc822"), QStringLiteral("text/html")}));
        QCOMPARE(m.maxDepth, 3);
        QCOMPARE(m.subject, QStringLiteral("Fwd"));
        QVERIFY(m.htmlText.contains(QStringLiteral("inner words")));
        QCOMPARE(m.links.size(), 1);
    }

    // ---- attachments ------------------------------------------------------------------------

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("type");
        QTest::newRow("pe") << QByteArray("MZ\x90\x00", 4) << "application/x-msdownload";
        QTest::newRow("elf") << QByteArray("\x7f"
                                           "ELF\x02")
                             << "application/x-executable";
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14") << "application/zip";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7") << "application/pdf";
        QTest::newRow("rar") << QByteArray("Rar!\x1a\x07\x01\x00", 8) << "application/vnd.rar";
        QTest::newRow("7z") << QByteArray("7z\xbc\xaf\x27\x1c\x00\x04", 8) << "application/x-7z-compressed";
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) << "application/gzip";
        QTest::newRow("ole2") << QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
                              << "application/x-ole-storage";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n") << "image/png";
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0") << "image/jpeg";
        QTest::newRow("gif87") << QByteArray("GIF87a") << "image/gif";
        QTest::newRow("gif89") << QByteArray("GIF89a") << "image/gif";
        QTest::newRow("text") << QByteArray("hello") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("one-byte-of-pe") << QByteArray("M") << "";
    }
    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, type);
        QCOMPARE(sniffContentType(head), type);
    }

    void executableName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("executable");
        QTest::addColumn<bool>("doubleExtension");
        QTest::newRow("exe") << "setup.exe" << true << false;
        QTest::newRow("upper-case") << "SETUP.EXE" << true << false;
        for (const char *ext : {"scr", "js", "vbs", "bat", "cmd", "com", "pif", "jar", "msi", "ps1", "hta",
                                "lnk", "iso", "img"})
            QTest::newRow(ext) << QStringLiteral("file.") + QString::fromLatin1(ext) << true << false;
        QTest::newRow("double-pdf-exe") << "invoice.pdf.exe" << true << true;
        QTest::newRow("double-with-spaces") << "invoice.pdf        .scr" << true << true;
        QTest::newRow("double-doc-js") << "statement.doc.js" << true << true;
        QTest::newRow("trailing-dot-windows-strips") << "run.exe." << true << false;
        QTest::newRow("rlo-spoof-still-exe") << QString::fromUtf8("invoice\u202Efdp.exe") << true << false;
        QTest::newRow("pdf") << "invoice.pdf" << false << false;
        QTest::newRow("two-harmless") << "archive.tar.gz" << false << false;
        QTest::newRow("no-extension") << "README" << false << false;
        QTest::newRow("exe-in-middle") << "setup.exe.txt" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void executableName()
    {
        QFETCH(QString, name);
        QFETCH(bool, executable);
        QFETCH(bool, doubleExtension);
        bool dbl = false;
        QCOMPARE(isExecutableName(name, &dbl), executable);
        QCOMPARE(dbl, doubleExtension);
    }

    void attachments_data()
    {
        QTest::addColumn<QByteArray>("filename");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("sniffed");
        QTest::addColumn<bool>("executable");
        QTest::newRow("zip-declared-as-pdf") << QByteArray("scan.pdf") << QByteArray("application/pdf")
                                             << QByteArray("PK\x03\x04rest") << "application/zip" << false;
        QTest::newRow("pe-named-jpg")
            << QByteArray("photo.jpg") << QByteArray("image/jpeg") << QByteArray("MZ\x90\x00\x03", 5)
            << "application/x-msdownload" << true;
        QTest::newRow("elf-no-name") << QByteArray() << QByteArray("application/octet-stream")
                                     << QByteArray("\x7f"
                                                   "ELF\x02\x01")
                                     << "application/x-executable" << true;
        QTest::newRow("script-by-name") << QByteArray("update.js") << QByteArray("text/javascript")
                                        << QByteArray("var a = 1;") << "" << true;
        QTest::newRow("iso-disk-image") << QByteArray("docs.iso") << QByteArray("application/octet-stream")
                                        << QByteArray(64, '\0') << "" << true;
        QTest::newRow("plain-text-attachment")
            << QByteArray("notes.txt") << QByteArray("text/plain") << QByteArray("just notes") << "" << false;
    }
    void attachments()
    {
        QFETCH(QByteArray, filename);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, payload);
        QFETCH(QString, sniffed);
        QFETCH(bool, executable);
        const ParsedMessage m = parseMessage(withAttachment(filename, type, payload));
        QCOMPARE(m.attachments.size(), 1);
        const Attachment &a = m.attachments.first();
        QCOMPARE(a.filename, QString::fromUtf8(filename));
        QCOMPARE(a.contentType, QString::fromUtf8(type));
        QCOMPARE(a.sniffedType, sniffed);
        QCOMPARE(a.isExecutableOrScript, executable);
        QCOMPARE(a.size, qint64(payload.size()));
        QCOMPARE(m.text, QStringLiteral("see attached")); // the text/plain attachment is not body text
    }

    // ---- HTML ------------------------------------------------------------------------------

    void htmlVisibility_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("visible");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("tiny");
        QTest::newRow("plain") << QByteArray("<p>Hello <b>you</b></p>") << "Hello you" << 0 << 0;
        QTest::newRow("display-none")
            << QByteArray("<p>seen</p><div style=\"display:none\">secret</div>") << "seen" << 6 << 0;
        QTest::newRow("display-none-uppercase-important")
            << QByteArray("<p>seen</p><div style=\"DISPLAY: NONE !important\">secret</div>") << "seen" << 6
            << 0;
        QTest::newRow("display-none-not-undone-by-child")
            << QByteArray("<div style=\"display:none\"><span style=\"display:block\">gone</span></div>ok")
            << "ok" << 4 << 0;
        QTest::newRow("visibility-hidden")
            << QByteArray("<span style=\"visibility:hidden\">abc</span>ok") << "ok" << 3 << 0;
        QTest::newRow("visibility-visible-child-shows")
            << QByteArray(
                   "<div style=\"visibility:hidden\">no <span style=\"visibility:visible\">yes</span></div>")
            << "yes" << 2 << 0;
        QTest::newRow("font-size-zero")
            << QByteArray("<span style=\"font-size:0\">zero</span>ok") << "ok" << 4 << 0;
        QTest::newRow("font-size-1px")
            << QByteArray("<span style=\"font-size: 1px\">one</span>ok") << "ok" << 3 << 0;
        QTest::newRow("font-size-bigger-child-shows")
            << QByteArray("<div style=\"font-size:0\">a<span style=\"font-size:14px\">bc</span></div>")
            << "bc" << 1 << 0;
        QTest::newRow("font-shorthand-zero")
            << QByteArray("<span style=\"font:0px/0 arial\">x</span>ok") << "ok" << 1 << 0;
        QTest::newRow("font-size-3px-tiny")
            << QByteArray("<span style=\"font-size:3px\">tiny</span>") << "tiny" << 0 << 4;
        QTest::newRow("font-size-half-pt-is-hidden")
            << QByteArray("<span style=\"font-size:0.5pt\">x</span>ok") << "ok" << 1 << 0;
        QTest::newRow("font-size-1-tag-tiny")
            << QByteArray("<font size=1>small print</font>") << "small print" << 0 << 10;
        QTest::newRow("font-size-minus-2-tag-tiny")
            << QByteArray("<font size=\"-2\">xs</font>") << "xs" << 0 << 2;
        QTest::newRow("font-size-2-tag-normal")
            << QByteArray("<font size=2>normal</font>") << "normal" << 0 << 0;
        QTest::newRow("white-on-white-font-color")
            << QByteArray("<font color=\"#FFFFFF\">white</font>ok") << "ok" << 5 << 0;
        QTest::newRow("white-on-white-css")
            << QByteArray("<span style=\"color:white\">w</span>ok") << "ok" << 1 << 0;
        QTest::newRow("near-white-rgb")
            << QByteArray("<span style=\"color:rgb(250, 251, 252)\">w</span>ok") << "ok" << 1 << 0;
        QTest::newRow("short-hex-fff")
            << QByteArray("<span style=\"color:#fff\">w</span>ok") << "ok" << 1 << 0;
        QTest::newRow("white-on-dark-bgcolor-visible")
            << QByteArray(
                   "<table bgcolor=\"#000080\"><tr><td><font color=white>shown</font></td></tr></table>")
            << "shown" << 0 << 0;
        QTest::newRow("same-color-as-td-background")
            << QByteArray("<table><tr><td bgcolor=\"#336699\"><font "
                          "color=\"#336699\">blend</font></td></tr></table>ok")
            << "ok" << 5 << 0;
        QTest::newRow("css-background-shorthand")
            << QByteArray(
                   "<div style=\"background:#000 none\"><span style=\"color:#000\">dark</span></div>ok")
            << "ok" << 4 << 0;
        QTest::newRow("background-image-unknown-so-visible")
            << QByteArray(
                   "<div style=\"background-image:url(x.png)\"><font color=white>on image</font></div>")
            << "on image" << 0 << 0;
        QTest::newRow("body-background-attribute-unknown")
            << QByteArray("</body><body background=\"bg.gif\"><font color=white>on image</font>")
            << "on image" << 0 << 0;
        QTest::newRow("body-text-attribute-white")
            << QByteArray("</body><body text=\"#ffffff\">invisible") << "" << 9 << 0;
        QTest::newRow("opacity-zero") << QByteArray("<span style=\"opacity:0\">o</span>ok") << "ok" << 1 << 0;
        QTest::newRow("mso-hide") << QByteArray("<span style=\"mso-hide:all\">m</span>ok") << "ok" << 1 << 0;
        QTest::newRow("zero-height-overflow-hidden")
            << QByteArray("<div style=\"max-height:0;overflow:hidden\">pre</div>ok") << "ok" << 3 << 0;
        QTest::newRow("zero-height-without-overflow-visible")
            << QByteArray("<div style=\"height:0\">spill</div>") << "spill" << 0 << 0;
        QTest::newRow("text-indent-offscreen")
            << QByteArray("<p style=\"text-indent:-9999px\">away</p>ok") << "ok" << 4 << 0;
        QTest::newRow("hidden-attribute") << QByteArray("<p hidden>h</p>ok") << "ok" << 1 << 0;
        QTest::newRow("script-style-title-not-text")
            << QByteArray("<title>T</title><style>p{}</style><script>var x='s';</script>ok") << "ok" << 0
            << 0;
        QTest::newRow("comment-not-text") << QByteArray("<!-- hash buster words -->ok") << "ok" << 0 << 0;
        QTest::newRow("comment-closed-by-bang") << QByteArray("<!-- x --!>ok<!-- y -->!") << "ok!" << 0 << 0;
        QTest::newRow("comment-bang-after-first-close")
            << QByteArray("<!-- x -->a<!-- y --!>b<!-- z -->c") << "abc" << 0 << 0;
        QTest::newRow("comment-bang-inside-later-comment")
            << QByteArray("<!-- x -->a<!-- y -->b<!-- --!> -->c") << "ab -->c" << 0 << 0;
        QTest::newRow("entities-decoded") << QByteArray("caf&eacute; &amp; cr&#232;me")
                                          << QString::fromUtf8("caf\u00e9 & cr\u00e8me") << 0 << 0;
        QTest::newRow("br-and-blocks-end-lines")
            << QByteArray("a<br>b<div>c</div>d") << "a\nb\nc\nd" << 0 << 0;
    }
    void htmlVisibility()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, visible);
        QFETCH(int, hidden);
        QFETCH(int, tiny);
        const HtmlAnalysis a = analyzeHtml(html(body));
        QCOMPARE(a.visibleText, visible);
        QCOMPARE(a.hiddenTextChars, hidden);
        QCOMPARE(a.tinyFontChars, tiny);
    }

    void htmlCounts()
    {
        const HtmlAnalysis a =
            analyzeHtml(html("<img src=a.gif><img src=b.gif><form action=x><input name=p></form>"
                             "<script>1</script><script src=y.js></script>Buy"));
        QCOMPARE(a.imageCount, 2);
        QCOMPARE(a.formCount, 1);
        QCOMPARE(a.scriptCount, 2);
        QVERIFY(a.imagesOnly);
        const HtmlAnalysis text =
            analyzeHtml(html("<img src=a.gif><p>" + QByteArray("word ").repeated(40) + "</p>"));
        QVERIFY(!text.imagesOnly);
        const HtmlAnalysis none = analyzeHtml(html("<p>no images</p>"));
        QVERIFY(!none.imagesOnly);
    }

    void links_data()
    {
        QTest::addColumn<QByteArray>("anchor");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ip");
        QTest::addColumn<bool>("otherDomain");
        QTest::newRow("plain") << QByteArray("<a href=\"https://www.example.com/x\">Click here</a>")
                               << "www.example.com"
                               << "example.com"
                               << "Click here" << false << false;
        QTest::newRow("text-url-same-domain")
            << QByteArray("<a href=\"https://mail.example.co.uk/a\">https://www.example.co.uk/</a>")
            << "mail.example.co.uk"
            << "example.co.uk"
            << "https://www.example.co.uk/" << false << false;
        QTest::newRow("phish-text-url-other-domain")
            << QByteArray(
                   "<a href=\"http://paypal.account-verify.ru/login\">https://www.paypal.com/login</a>")
            << "paypal.account-verify.ru"
            << "account-verify.ru"
            << "https://www.paypal.com/login" << false << true;
        QTest::newRow("phish-text-bare-domain")
            << QByteArray("<a href=\"http://evil.example.net/\">PayPal.com</a>") << "evil.example.net"
            << "example.net"
            << "PayPal.com" << false << true;
        QTest::newRow("phish-text-www-in-sentence")
            << QByteArray("<a href=\"http://evil.example.net/\">Log in at www.bank.com now</a>")
            << "evil.example.net"
            << "example.net"
            << "Log in at www.bank.com now" << false << true;
        QTest::newRow("phish-text-email-address")
            << QByteArray("<a href=\"http://evil.example.net/\">service@paypal.com</a>") << "evil.example.net"
            << "example.net"
            << "service@paypal.com" << false << true;
        QTest::newRow("text-with-filename-not-a-domain")
            << QByteArray("<a href=\"http://files.example.net/r\">report.pdf</a>") << "files.example.net"
            << "example.net"
            << "report.pdf" << false << false;
        QTest::newRow("text-abbreviation-not-a-domain")
            << QByteArray("<a href=\"http://x.example.net/\">e.g. Mr.Smith</a>") << "x.example.net"
            << "example.net"
            << "e.g. Mr.Smith" << false << false;
        QTest::newRow("ip-literal") << QByteArray("<a href=\"http://192.0.2.7/cgi-bin/x\">Click</a>")
                                    << "192.0.2.7"
                                    << ""
                                    << "Click" << true << false;
        QTest::newRow("ip-literal-text-shows-domain")
            << QByteArray("<a href=\"http://192.0.2.7/\">www.mybank.com</a>") << "192.0.2.7"
            << ""
            << "www.mybank.com" << true << true;
        QTest::newRow("decimal-ip-host")
            << QByteArray("<a href=\"http://3232235777/\">x</a>") << "192.168.1.1"
            << ""
            << "x" << true << false;
        QTest::newRow("ipv6-literal")
            << QByteArray("<a href=\"http://[2001:db8::1]/\">x</a>") << "2001:db8::1"
            << ""
            << "x" << true << false;
        QTest::newRow("mailto") << QByteArray(
                                       "<a href=\"mailto:remove@list.example.org?subject=remove\">remove</a>")
                                << "list.example.org"
                                << "example.org"
                                << "remove" << false << false;
        QTest::newRow("www-without-scheme")
            << QByteArray("<a href=\"www.example.org/page\">site</a>") << "www.example.org"
            << "example.org"
            << "site" << false << false;
        QTest::newRow("entity-in-href")
            << QByteArray("<a href=\"http://a.example.com/?x=1&amp;y=2\">q</a>") << "a.example.com"
            << "example.com"
            << "q" << false << false;
        QTest::newRow("nested-markup-text")
            << QByteArray("<a href=\"http://a.example.com/\"><b>Big</b> <i>deal</i></a>") << "a.example.com"
            << "example.com"
            << "Big deal" << false << false;
        QTest::newRow("relative-href") << QByteArray("<a href=\"/local\">www.example.com</a>") << ""
                                       << ""
                                       << "www.example.com" << false << false;
    }
    void links()
    {
        QFETCH(QByteArray, anchor);
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QFETCH(QString, text);
        QFETCH(bool, ip);
        QFETCH(bool, otherDomain);
        const HtmlAnalysis a = analyzeHtml(html(anchor));
        QCOMPARE(a.links.size(), 1);
        const Link &l = a.links.first();
        QCOMPARE(l.host, host);
        QCOMPARE(l.domain, domain);
        QCOMPARE(l.text, text);
        QCOMPARE(l.isIpLiteral, ip);
        QCOMPARE(l.textShowsOtherDomain, otherDomain);
    }

    /** What the anchor text shows, as a registrable domain (or an IP): the rules compare it
     *  with the sender and the brand table. */
    void linkShownDomain_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("otherDomain");
        QTest::newRow("brand-to-ip") << u"http://203.0.113.7/x"_s << u"www.paypal.com"_s << u"paypal.com"_s << true;
        QTest::newRow("country-suffix") << u"https://evil.example.net/"_s << u"Login.PayPal.co.uk/signin"_s
                                        << u"paypal.co.uk"_s << true;
        QTest::newRow("same-domain") << u"https://www.example.com/a"_s << u"example.com"_s << u"example.com"_s << false;
        QTest::newRow("ip-shown") << u"http://203.0.113.7/"_s << u"203.0.113.9"_s << u"203.0.113.9"_s << true;
        QTest::newRow("words-only") << u"https://www.example.com/a"_s << u"click here"_s << QString() << false;
    }
    void linkShownDomain()
    {
        QFETCH(QString, href);
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QFETCH(bool, otherDomain);
        const Link l = makeLink(href, text);
        QCOMPARE(l.shownDomain, shown);
        QCOMPARE(l.textShowsOtherDomain, otherDomain);
    }

    /** A large attachment is sniffed and measured, not decoded whole: its size is estimated from
     *  the part read, with base64's line breaks counted (3/4 of the encoded length was 2.6% high). */
    void largeAttachmentSizeIsEstimatedClosely()
    {
        QByteArray payload(300'000, '\0');
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char((i * 7919) % 251);
        payload.replace(0, 2, "MZ");
        const QByteArray b64 = payload.toBase64();
        QByteArray lines;
        for (qsizetype i = 0; i < b64.size(); i += 76)
            lines += b64.mid(i, 76) + "\r\n";
        QByteArray raw = withAttachment("tool.bin", "application/octet-stream", "x");
        raw.replace(QByteArray("eA==\n"), lines); // "x" in base64, replaced by the wrapped payload
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.attachments.size(), 1);
        const Attachment &a = m.attachments.first();
        QCOMPARE(a.sniffedType, QStringLiteral("application/x-msdownload"));
        QVERIFY(a.sizeEstimated);
        QVERIFY2(std::abs(a.size - payload.size()) < payload.size() / 200, qPrintable(QString::number(a.size)));
        QVERIFY(!m.problems.contains(QStringLiteral("decoded size limit reached")));
    }

    void areaAndLinkLimit()
    {
        const HtmlAnalysis a = analyzeHtml(html("<map><area href=\"http://m.example.com/\"></map>"));
        QCOMPARE(a.links.size(), 1);
        QVERIFY(a.links[0].text.isEmpty());
        HtmlLimits limits;
        limits.maxLinks = 3;
        const HtmlAnalysis many =
            analyzeHtml(html(QByteArray("<a href=\"http://x.example/\">x</a>").repeated(10)), limits);
        QCOMPARE(many.links.size(), 3);
        QVERIFY(many.truncated);
        QVERIFY(many.problems.contains(QStringLiteral("link limit reached")));
    }

    /** Shapes that make gumbo's tree building quadratic, and tricks against the guard's nesting
     *  estimate. Each must stay cheap and keep the text. */
    void htmlGuard_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("mustShow");
        const int n = 100000;
        QTest::newRow("100k-nested-div") << html(QByteArray("<div>").repeated(n) + "deep") << "deep";
        QTest::newRow("100k-nested-span") << html(QByteArray("<span>").repeated(n) + "deep") << "deep";
        QTest::newRow("100k-nested-b-i") << html(QByteArray("<i><b>").repeated(n / 2) + "deep") << "deep";
        QTest::newRow("100k-formatting-distinct-attributes")
            << html("<p>" + QByteArray("<b id=x>").repeated(n) + "deep") << "deep";
        QTest::newRow("100k-nested-tables")
            << html(QByteArray("<table><tr><td>").repeated(n / 3) + "deep") << "deep";
        QTest::newRow("100k-unclosed-p") << html(QByteArray("<p>a").repeated(n)) << "a";
        QTest::newRow("span-div-close-span-does-not-pop")
            << html(QByteArray("<span><div></span>").repeated(n / 3) + "deep") << "deep";
        QTest::newRow("p-button-nesting")
            << html(QByteArray("<p><button>").repeated(n / 2) + "deep") << "deep";
        QTest::newRow("block-in-b-misnest")
            << html(QByteArray("<b id=1><div></b>").repeated(n / 3) + "deep") << "deep";
        QTest::newRow("div-b-close-div-reopens")
            << html(QByteArray("<div><b id=q></div>x").repeated(n / 4)) << "x";
        QTest::newRow("end-tag-flood-at-depth")
            << html(QByteArray("<span>").repeated(250) + QByteArray("</x>").repeated(200000) + "deep")
            << "deep";
        QTest::newRow("p-pairs-at-depth")
            << html(QByteArray("<span>").repeated(250) + QByteArray("<p></p>").repeated(100000) + "deep")
            << "deep";
        QTest::newRow("attribute-flood")
            << html("<div " + QByteArray("a=1 ").repeated(200000) + ">deep</div>") << "deep";
        QTest::newRow("duplicate-attribute-flood")
            << html("<div " + QByteArray("a ").repeated(400000) + ">deep</div>") << "deep";
        QTest::newRow("select-style-template-divs")
            << html("<select><style><template>" + QByteArray("<div>").repeated(n) + "deep") << "";
        QTest::newRow("svg-title-divs")
            << html("<svg><title>" + QByteArray("<div>").repeated(n) + "deep") << "";
        QTest::newRow("nested-a") << html(QByteArray("<a href=\"http://x.example/\">").repeated(n / 4) +
                                          "deep")
                                  << "deep";
        QTest::newRow("nested-lists") << html(QByteArray("<ul><li>").repeated(n / 2) + "deep") << "deep";
        QTest::newRow("unclosed-comment") << html("ok<!--" + QByteArray("<div>").repeated(n)) << "ok";
        QTest::newRow("1MB-text") << html(QByteArray("word ").repeated(200000)) << "word";
    }
    void htmlGuard()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, mustShow);
        QElapsedTimer t;
        t.start();
        const HtmlAnalysis a = analyzeHtml(doc);
        const qint64 ms = t.elapsed();
        qInfo("%s: %lld ms (%lld bytes)", QTest::currentDataTag(), ms, qint64(doc.size()));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        if (!mustShow.isEmpty())
            QVERIFY2(a.visibleText.contains(mustShow), qPrintable(a.visibleText.right(200)));
    }

    void htmlGuardKeepsNormalDocumentsWhole()
    {
        // 200 sibling tables with unclosed cells and <p>s, closed by </table>: what newsletters send
        const QByteArray table =
            "<table><tr><td><p>cell <a href=\"http://n.example/\">link</a><td><font size=2>more"
            "</table>";
        const HtmlAnalysis a = analyzeHtml(html(table.repeated(200)));
        QVERIFY2(a.problems.isEmpty(), qPrintable(a.problems.join(QLatin1Char(','))));
        QCOMPARE(a.links.size(), 200);
        QVERIFY(!a.truncated);
    }

    // ---- limits and hostile input -----------------------------------------------------------

    void explicitLimits()
    {
        ParseLimits limits;
        limits.maxParts = 3;
        limits.maxDecodedBytes = 10;
        const QByteArray raw =
            "Content-Type: multipart/mixed; boundary=B\n\n--B\n\n0123456789abcdef\n--B\n\nsecond\n"
            "--B\n\nthird\n--B\n\nfourth\n--B--\n";
        const ParsedMessage m = parseMessage(raw, limits);
        QVERIFY(m.truncated);
        QVERIFY(m.partCount <= 3);
        QVERIFY(m.text.size() <= 10 + 64 * 3); // the budget, plus a sniff of what follows
        QVERIFY(m.problems.contains(QStringLiteral("decoded size limit reached")));
        QVERIFY(m.problems.contains(QStringLiteral("MIME part limit reached")));
    }

    void hostileMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("problems"); // each must be reported
        const auto row = [](const char *file, std::initializer_list<const char *> problems) {
            QStringList p;
            for (const char *s : problems)
                p << QString::fromUtf8(s);
            QTest::newRow(file) << QString::fromUtf8(file) << p;
        };
        row("nested-multipart.eml", {"MIME boundary limit reached", "MIME depth limit reached"});
        row("nested-rfc822.eml", {"MIME depth limit reached"});
        row("long-line.eml", {"message size limit reached", "long lines cut", "decoded size limit reached"});
        row("long-header.eml", {"message size limit reached", "long lines cut"});
        row("nul-bytes.eml", {"NUL bytes replaced"});
        row("invalid-encodings.eml", {"invalid base64", "invalid quoted-printable"});
        row("unknown-charsets.eml", {"unknown charset"});
        // The attachment is sniffed and measured, not decoded: no decoded-size limit to reach.
        row("big-attachment.eml", {"message size limit reached"});
        row("html-nested.eml", {"HTML nesting limit reached"});
        row("many-parts.eml", {"MIME part limit reached"});
        row("boundary-scan.eml", {"MIME boundary scan limit reached"});
        row("received-flood.eml", {"Received hop limit reached"});
        row("header-flood.eml", {"header count limit reached"});
    }
    void hostileMessages()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, problems);
        const QString dir = hostileDir();
        if (dir.isEmpty()) QSKIP("python3 not found: cannot run tests/data/hostile/make-hostile.py");
        const QByteArray raw = readFile(dir + QLatin1Char('/') + file);
        QVERIFY(!raw.isEmpty());
        QElapsedTimer t;
        t.start();
        const ParsedMessage m = parseMessage(raw);
        const qint64 us = t.nsecsElapsed() / 1000;
        qInfo("%s: %.1f ms for %lld bytes", qPrintable(file), double(us) / 1000.0, qint64(raw.size()));
        QVERIFY2(us < 2'000'000, qPrintable(QString::number(us)));
        for (const QString &p : problems)
            QVERIFY2(m.problems.contains(p),
                     qPrintable(p + QStringLiteral(" not in ") + m.problems.join(u',')));
        QVERIFY(m.partCount <= ParseLimits{}.maxParts);
        QVERIFY(m.maxDepth <= ParseLimits{}.maxDepth);
        QVERIFY(m.received.size() <= ParseLimits{}.maxHops);
        QVERIFY(m.headers.size() <= ParseLimits{}.maxHeaders);
        QVERIFY(m.text.size() <= ParseLimits{}.maxDecodedBytes);

        if (file == QLatin1String("nul-bytes.eml")) {
            QCOMPARE(m.subject, QStringLiteral("nul bytes"));
            QVERIFY(m.text.contains(QStringLiteral("before after")));
            QVERIFY(m.text.contains(QStringLiteral("end of body")));
        } else if (file == QLatin1String("invalid-encodings.eml")) {
            QVERIFY(m.text.contains(QStringLiteral("caf\u00e9")));
            QVERIFY(!m.truncated);
        } else if (file == QLatin1String("unknown-charsets.eml")) {
            QVERIFY(m.text.contains(QStringLiteral("plain")));
            QVERIFY(m.charsets.contains(QStringLiteral("x-klingon")));
            QVERIFY(!m.truncated);
        } else if (file == QLatin1String("big-attachment.eml")) {
            QCOMPARE(m.attachments.size(), 1);
            const Attachment &a = m.attachments.first();
            QCOMPARE(a.filename, QStringLiteral("invoice.pdf.exe"));
            QCOMPARE(a.sniffedType, QStringLiteral("application/x-msdownload"));
            QVERIFY(a.isExecutableOrScript);
            QVERIFY(a.doubleExtension);
            QVERIFY(a.sizeEstimated);
            QVERIFY(a.size > 4 * 1024 * 1024);
            QVERIFY(m.text.startsWith(QStringLiteral("see the attachment")));
        } else if (file == QLatin1String("html-nested.eml")) {
            QVERIFY(m.htmlText.contains(QStringLiteral("deep text")));
        } else if (file == QLatin1String("many-parts.eml")) {
            QCOMPARE(m.partCount, ParseLimits{}.maxParts);
        } else if (file == QLatin1String("received-flood.eml")) {
            QCOMPARE(m.received.size(), ParseLimits{}.maxHops);
            QCOMPARE(m.received.first().ip, QStringLiteral("192.0.2.1"));
        }
    }

    /** Every input the fuzzer made crash or hang, kept as tests/data/hostile/fuzz-*.eml. */
    void fuzzFinds_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(kData + QStringLiteral("/hostile"));
        const QStringList finds = dir.entryList({QStringLiteral("fuzz-*.eml")}, QDir::Files, QDir::Name);
        for (const QString &f : finds)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        if (finds.isEmpty()) QTest::newRow("none-yet") << QString();
    }
    void fuzzFinds()
    {
        QFETCH(QString, path);
        if (path.isEmpty()) return;
        const QByteArray raw = readFile(path);
        QElapsedTimer t;
        t.start();
        const ParsedMessage m = parseMessage(raw);
        const HtmlAnalysis h = analyzeHtml(raw);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        Q_UNUSED(m);
        Q_UNUSED(h);
    }

    void threadSafe()
    {
        const QList<QByteArray> inputs = {
            corpus("spam-html-only-links.eml"), corpus("ham-multipart-alternative.eml"),
            corpus("spam-related-jpeg.eml"), corpus("spam-hidden-text-ip-links.eml"),
            corpus("ham-latin1-8bit.eml")};
        QList<ParsedMessage> expected;
        for (const QByteArray &raw : inputs)
            expected << parseMessage(raw);
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int round = 0; round < 20; ++round) {
                    for (qsizetype i = 0; i < inputs.size(); ++i) {
                        const ParsedMessage m = parseMessage(inputs[i]);
                        if (m.text != expected[i].text || m.htmlText != expected[i].htmlText ||
                            m.links.size() != expected[i].links.size() || m.subject != expected[i].subject)
                            ++mismatches;
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void mimeLeavesContent()
    {
        // The parts' decoded bytes, for the self-check's report readers: a DSN's three parts with
        // the report type, the returned message as a leaf (its own parts not listed), an
        // attachment decoded, and the per-leaf limit.
        const QByteArray dsn = "From: MAILER-DAEMON@mx.example\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/report; report-type=Delivery-Status; boundary=\"R\"\n\n"
                               "--R\nContent-Type: text/plain\n\nfailed\n--R\nContent-Type: message/delivery-status\n\n"
                               "Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; x@example.net\nAction: failed\n\n"
                               "--R\nContent-Type: message/rfc822\n\nFrom: a@example.com\nMessage-ID: <m1@example.com>\n"
                               "Content-Type: multipart/mixed; boundary=\"I\"\n\n--I\nContent-Type: text/plain\n\ninner\n--I--\n"
                               "--R--\n";
        const MimeLeaves d = mimeLeaves(dsn, 1024 * 1024);
        QCOMPARE(d.leaves.size(), 3);
        QCOMPARE(d.leaves[0].contentType, u"text/plain"_s);
        QCOMPARE(d.leaves[1].contentType, u"message/delivery-status"_s);
        QCOMPARE(d.leaves[2].contentType, u"message/rfc822"_s);
        for (const MimeLeaf &l : d.leaves) {
            QCOMPARE(l.reportType, u"delivery-status"_s);
            QCOMPARE(l.depth, 2);
        }
        QVERIFY(d.leaves[1].data.startsWith("Reporting-MTA: dns; mx.example"));
        QVERIFY(d.leaves[1].data.contains("Action: failed"));
        QVERIFY(d.leaves[2].data.contains("Message-ID: <m1@example.com>"));
        QVERIFY(d.leaves[2].data.contains("inner"));

        QByteArray payload(5000, '\0');
        for (int i = 0; i < payload.size(); ++i)
            payload[i] = char(i * 7);
        const MimeLeaves a = mimeLeaves(withAttachment("r.zip", "application/zip", payload), 1024 * 1024);
        QCOMPARE(a.leaves.size(), 2);
        QCOMPARE(a.leaves[1].filename, u"r.zip"_s);
        QCOMPARE(a.leaves[1].data, payload);
        QVERIFY(!a.leaves[1].cut);
        QVERIFY(a.leaves[1].reportType.isEmpty());
        const MimeLeaves cut = mimeLeaves(withAttachment("r.zip", "application/zip", payload), 1000);
        QCOMPARE(cut.leaves[1].data, payload.left(1000));
        QVERIFY(cut.leaves[1].cut);
        QVERIFY(cut.truncated);
        QVERIFY(mimeLeaves(QByteArray(), 100).leaves.size() <= 1);
    }

private:
    QString hostileDir()
    {
        if (m_hostile) return m_hostile->path();
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) return {};
        m_hostile = std::make_unique<QTemporaryDir>();
        QProcess p;
        p.start(python, {kData + QStringLiteral("/hostile/make-hostile.py"), m_hostile->path()});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("make-hostile.py failed: %s", p.readAllStandardError().constData());
            return {};
        }
        return m_hostile->path();
    }

    std::unique_ptr<QTemporaryDir> m_hostile;
};

QTEST_GUILESS_MAIN(TestParsedMessage)
#include "tst_parsedmessage.moc"
