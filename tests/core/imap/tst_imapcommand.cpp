#include "imap/Command.h"

#include <QTest>

using namespace mailtide::imap;

/** Command arguments (RFC 3501 section 4.1-4.3, 9): nothing a user or a server wrote can end a
 *  command line early. */
class TestImapCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected"); // "<none>": a literal is needed
        QTest::newRow("plain") << QByteArray("hello") << QByteArray("\"hello\"");
        QTest::newRow("empty") << QByteArray() << QByteArray("\"\"");
        QTest::newRow("space") << QByteArray("My Folder") << QByteArray("\"My Folder\"");
        QTest::newRow("dquote") << QByteArray("say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("\"a\\\\b\"");
        QTest::newRow("8bit-kept") << QByteArray("Entw\xc3\xbcrfe") << QByteArray("\"Entw\xc3\xbcrfe\"");
        QTest::newRow("cr-needs-literal") << QByteArray("a\rb") << QByteArray("<none>");
        QTest::newRow("lf-needs-literal") << QByteArray("a\nb") << QByteArray("<none>");
        QTest::newRow("injection-needs-literal") << QByteArray("x\r\nA2 DELETE INBOX") << QByteArray("<none>");
        QTest::newRow("nul-needs-literal") << QByteArray("a\0b", 3) << QByteArray("<none>");
    }

    void quoted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        const std::optional<QByteArray> q = mailtide::imap::quoted(bytes);
        QCOMPARE(q.value_or("<none>"), expected);
    }

    void astring_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("atom") << QByteArray("INBOX") << QByteArray("INBOX");
        QTest::newRow("atom-with-punctuation") << QByteArray("INBOX.Sent-2024_a/b") << QByteArray("INBOX.Sent-2024_a/b");
        QTest::newRow("close-bracket-is-astring-char") << QByteArray("[Gmail]") << QByteArray("[Gmail]");
        QTest::newRow("mutf7-stays-atom") << QByteArray("Entw&APw-rfe") << QByteArray("Entw&APw-rfe");
        QTest::newRow("empty") << QByteArray() << QByteArray("\"\"");
        QTest::newRow("nil-is-quoted") << QByteArray("NIL") << QByteArray("\"NIL\"");
        QTest::newRow("nil-lowercase-is-quoted") << QByteArray("nil") << QByteArray("\"nil\"");
        QTest::newRow("space") << QByteArray("Deleted Items") << QByteArray("\"Deleted Items\"");
        QTest::newRow("list-wildcards") << QByteArray("a*%") << QByteArray("\"a*%\"");
        QTest::newRow("parens") << QByteArray("(x)") << QByteArray("\"(x)\"");
        QTest::newRow("brace") << QByteArray("{5}") << QByteArray("\"{5}\"");
        QTest::newRow("dquote") << QByteArray("a\"b") << QByteArray("\"a\\\"b\"");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("\"a\\\\b\"");
        QTest::newRow("8bit") << QByteArray("\xc3\xa9t\xc3\xa9") << QByteArray("\"\xc3\xa9t\xc3\xa9\"");
        QTest::newRow("crlf-dropped-never-sent") << QByteArray("x\r\nA2 DELETE INBOX") << QByteArray("\"xA2 DELETE INBOX\"");
    }

    void astring()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        QCOMPARE(mailtide::imap::astring(bytes), expected);
    }

    void mailboxArgument_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("inbox") << QStringLiteral("INBOX") << QByteArray("INBOX");
        QTest::newRow("german") << QStringLiteral("Entwürfe") << QByteArray("Entw&APw-rfe");
        QTest::newRow("chinese-path") << QStringLiteral("~peter/mail/台北/日本語") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("space-quoted") << QStringLiteral("Gelöschte Elemente") << QByteArray("\"Gel&APY-schte Elemente\"");
        QTest::newRow("ampersand") << QStringLiteral("Spam & Junk") << QByteArray("\"Spam &- Junk\"");
        QTest::newRow("gmail") << QStringLiteral("[Gmail]/All Mail") << QByteArray("\"[Gmail]/All Mail\"");
        QTest::newRow("newline-encoded-not-sent-raw") << QStringLiteral("a\nb") << QByteArray("a&AAo-b");
    }

    void mailboxArgument()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(mailtide::imap::mailboxArgument(name), expected);
    }
};

QTEST_GUILESS_MAIN(TestImapCommand)
#include "tst_imapcommand.moc"
