#include "mime/ListHeaders.h"

#include <QTest>

using namespace mailtide::mime;

namespace {

/** "kind:uri" per URI, joined by " | ", to compare a whole parse in one column. */
QString describe(const QList<ListUri> &uris)
{
    QStringList parts;
    for (const ListUri &u : uris) {
        const char *kind = u.kind == ListUri::Https    ? "https"
                           : u.kind == ListUri::Http   ? "http"
                           : u.kind == ListUri::Mailto ? "mailto"
                                                       : "other";
        parts << QString::fromLatin1(kind) + QLatin1Char(':') + u.uri;
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestListHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unsubscribe_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rfc2369-mailto") << QByteArray("<mailto:list@host.com?subject=unsubscribe>")
                                        << "mailto:mailto:list@host.com?subject=unsubscribe";
        QTest::newRow("rfc2369-comment-before")
            << QByteArray("(Use this command to get off the list) "
                          "<mailto:list-manager@host.com?body=unsubscribe%20list>")
            << "mailto:mailto:list-manager@host.com?body=unsubscribe%20list";
        QTest::newRow("rfc2369-two-uris-preference-order")
            << QByteArray("<mailto:list-request@host.com?subject=unsubscribe>,\r\n "
                          "<http://www.host.com/list.cgi?cmd=unsub&lst=list>")
            << "mailto:mailto:list-request@host.com?subject=unsubscribe | "
               "http:http://www.host.com/list.cgi?cmd=unsub&lst=list";
        QTest::newRow("rfc2369-whitespace-inside-brackets-removed")
            << QByteArray("<http://www.host.com/list.cgi?cmd=unsub\r\n   &lst=list>")
            << "http:http://www.host.com/list.cgi?cmd=unsub&lst=list";
        QTest::newRow("rfc2369-text-after-bracket-ignored")
            << QByteArray("<mailto:u@list.example> (or reply with STOP)") << "mailto:mailto:u@list.example";
        QTest::newRow("rfc8058-one-click-pair")
            << QByteArray("<https://example.com/unsubscribe/opaquepart>, "
                          "<mailto:listrequest@example.com?subject=unsubscribe>")
            << "https:https://example.com/unsubscribe/opaquepart | "
               "mailto:mailto:listrequest@example.com?subject=unsubscribe";
        QTest::newRow("other-scheme-kept")
            << QByteArray("<ftp://ftp.example.org/unsub>, <https://x.example/u>")
            << "other:ftp://ftp.example.org/unsub | https:https://x.example/u";
        QTest::newRow("scheme-case-insensitive")
            << QByteArray("<HTTPS://X.example/u>") << "https:HTTPS://X.example/u";
        QTest::newRow("quirk-no-angle-brackets")
            << QByteArray("https://bulk.example/unsub?id=1, mailto:unsub@bulk.example")
            << "https:https://bulk.example/unsub?id=1 | mailto:mailto:unsub@bulk.example";
        QTest::newRow("quirk-no-brackets-not-a-uri") << QByteArray("click the link in the footer") << "";
        QTest::newRow("unterminated-bracket")
            << QByteArray("<https://x.example/u") << "https:https://x.example/u";
        QTest::newRow("empty-brackets")
            << QByteArray("<>, <https://x.example/u>") << "https:https://x.example/u";
        QTest::newRow("empty") << QByteArray() << "";
    }
    void unsubscribe()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        QCOMPARE(describe(parseListUnsubscribe(value)), expected);
    }

    void unsubscribeIsBounded()
    {
        const QByteArray many = QByteArray("<https://x.example/u>,").repeated(100000);
        QCOMPARE(parseListUnsubscribe(many).size(), kMaxListUris);
        const QByteArray parens = QByteArray(1 << 20, '(');
        QVERIFY(parseListUnsubscribe(parens).isEmpty());
    }

    void oneClick_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("oneClick");
        QTest::newRow("rfc8058-exact") << QByteArray("List-Unsubscribe=One-Click") << true;
        QTest::newRow("rfc8058-folding-white-space") << QByteArray(" List-Unsubscribe=One-Click\r\n") << true;
        QTest::newRow("other-key") << QByteArray("List-Unsubscribe=Two-Click") << false;
        QTest::newRow("extra-pair") << QByteArray("List-Unsubscribe=One-Click&x=1") << false;
        QTest::newRow("wrong-case") << QByteArray("list-unsubscribe=one-click") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void oneClick()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, oneClick);
        QCOMPARE(isOneClickPost(value), oneClick);
    }

    void oneClickNeedsHttps()
    {
        ListHeaders h;
        h.unsubscribePost = true;
        h.unsubscribe = parseListUnsubscribe("<mailto:u@x.example>, <http://x.example/u>");
        QVERIFY(!h.oneClick()); // RFC 8058 section 3.1: an HTTPS URI to POST to
        h.unsubscribe = parseListUnsubscribe("<mailto:u@x.example>, <https://x.example/u>");
        QVERIFY(h.oneClick());
        h.unsubscribePost = false;
        QVERIFY(!h.oneClick());
        QVERIFY(h.hasUnsubscribe());
    }

    void listId_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<bool>("valid");
        QTest::newRow("rfc2919-phrase")
            << QByteArray("List Header Mailing List <list-header.nisto.com>") << "list-header.nisto.com"
            << "List Header Mailing List" << true;
        QTest::newRow("rfc2919-no-phrase")
            << QByteArray("<commonspace-users.list-id.within.com>") << "commonspace-users.list-id.within.com"
            << "" << true;
        QTest::newRow("rfc2919-quoted-phrase")
            << QByteArray("\"Lena's Personal <Joke> List\" "
                          "<lenas-jokes.da39efc25c530ad145d41b86f7420c3b.021999.localhost>")
            << "lenas-jokes.da39efc25c530ad145d41b86f7420c3b.021999.localhost"
            << "Lena's Personal <Joke> List" << true;
        QTest::newRow("rfc2047-phrase") << QByteArray("=?UTF-8?Q?Caf=C3=A9_List?= <cafe.lists.example.org>")
                                        << "cafe.lists.example.org" << QString::fromUtf8("Café List") << true;
        QTest::newRow("corpus-mailman-2002")
            << QByteArray("Irish Linux Users' Group <ilug.linux.ie>") << "ilug.linux.ie"
            << "Irish Linux Users' Group" << true;
        QTest::newRow("quirk-bare-id") << QByteArray("announce.example.org") << "announce.example.org"
                                       << "" << true;
        QTest::newRow("quirk-bare-words") << QByteArray("my list") << ""
                                          << "" << false;
        QTest::newRow("empty-brackets") << QByteArray("Name <>") << ""
                                        << "" << false;
        QTest::newRow("empty") << QByteArray() << ""
                               << "" << false;
    }
    void listId()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, id);
        QFETCH(QString, phrase);
        QFETCH(bool, valid);
        const auto l = parseListId(value);
        QCOMPARE(bool(l), valid);
        if (!l) return;
        QCOMPARE(l->id, id);
        QCOMPARE(l->phrase, phrase);
    }
};

QTEST_GUILESS_MAIN(TestListHeaders)
#include "tst_listheaders.moc"
