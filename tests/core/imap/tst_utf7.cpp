#include "imap/Utf7.h"

#include <QTest>

using namespace mailtide::imap;

/** Modified UTF-7 (RFC 3501 section 5.1.3): the RFC's example, the names real servers list for
 *  German, French and Chinese users, emoji (surrogate pairs), and the invalid forms decode must
 *  survive without guessing. */
class TestUtf7 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid"); // valid ones must also encode back to the same bytes

        QTest::newRow("ascii") << QByteArray("INBOX") << QStringLiteral("INBOX") << true;
        QTest::newRow("empty") << QByteArray() << QString() << true;
        QTest::newRow("rfc3501-example") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-")
                                         << QStringLiteral("~peter/mail/台北/日本語") << true;
        QTest::newRow("ampersand") << QByteArray("&-") << QStringLiteral("&") << true;
        QTest::newRow("ampersand-in-name") << QByteArray("Spam &- Junk") << QStringLiteral("Spam & Junk") << true;
        QTest::newRow("german-drafts-dovecot") << QByteArray("Entw&APw-rfe") << QStringLiteral("Entwürfe") << true;
        QTest::newRow("german-deleted-exchange") << QByteArray("Gel&APY-schte Elemente")
                                                 << QStringLiteral("Gelöschte Elemente") << true;
        QTest::newRow("french-sent") << QByteArray("&AMk-l&AOk-ments envoy&AOk-s") << QStringLiteral("Éléments envoyés")
                                     << true;
        QTest::newRow("three-umlauts-one-run") << QByteArray("&AOQA9gD8-") << QStringLiteral("äöü") << true;
        QTest::newRow("gmail-russian") << QByteArray("[Gmail]/&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-")
                                       << QStringLiteral("[Gmail]/Отправленные") << true;
        QTest::newRow("emoji-surrogate-pair") << QByteArray("&2D3eAA-") << QStringLiteral("😀") << true;
        QTest::newRow("emoji-between-text") << QByteArray("a&2D3eANg93gE-b") << QStringLiteral("a😀😁b") << true;
        QTest::newRow("tab-encoded") << QByteArray("a&AAk-b") << QStringLiteral("a\tb") << true;

        // Invalid: returned whole as UTF-8 (or Latin-1), never partly decoded.
        QTest::newRow("invalid-printable-ascii-encoded") << QByteArray("&AGE-") << QStringLiteral("&AGE-") << false;
        QTest::newRow("invalid-ampersand-encoded") << QByteArray("&ACY-") << QStringLiteral("&ACY-") << false;
        QTest::newRow("invalid-unterminated") << QByteArray("&Jjo") << QStringLiteral("&Jjo") << false;
        QTest::newRow("invalid-lone-ampersand") << QByteArray("a&") << QStringLiteral("a&") << false;
        QTest::newRow("invalid-bad-base64") << QByteArray("&Jj!o-") << QStringLiteral("&Jj!o-") << false;
        QTest::newRow("invalid-slash-not-comma") << QByteArray("&U/BTFw-") << QStringLiteral("&U/BTFw-") << false;
        QTest::newRow("invalid-nonzero-padding") << QByteArray("Entw&APx-rfe") << QStringLiteral("Entw&APx-rfe") << false;
        QTest::newRow("invalid-odd-bytes") << QByteArray("&AOQA-") << QStringLiteral("&AOQA-") << false;
        QTest::newRow("invalid-lone-high-surrogate") << QByteArray("&2D0-") << QStringLiteral("&2D0-") << false;
        QTest::newRow("invalid-lone-low-surrogate") << QByteArray("&3gA-") << QStringLiteral("&3gA-") << false;
        QTest::newRow("invalid-adjacent-runs") << QByteArray("&AOQ-&APY-") << QStringLiteral("&AOQ-&APY-") << false;
        QTest::newRow("run-then-ampersand-valid") << QByteArray("&AOQ-&-") << QStringLiteral("ä&") << true;
        QTest::newRow("raw-utf8-utf8-accept") << QByteArray("Entw\xc3\xbcrfe") << QStringLiteral("Entwürfe") << false;
        QTest::newRow("raw-latin1") << QByteArray("Entw\xfcrfe") << QStringLiteral("Entwürfe") << false;
        QTest::newRow("control-byte") << QByteArray("a\x01" "b") << QStringLiteral("a\u0001b") << false;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(decodeMailboxName(bytes), name);
        QCOMPARE(isValidMailboxName(bytes), valid);
        if (valid) QCOMPARE(encodeMailboxName(name), bytes);
    }

    void encode_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ampersands") << QStringLiteral("a&b&&") << QByteArray("a&-b&-&-");
        QTest::newRow("chinese-then-ascii") << QStringLiteral("台北x") << QByteArray("&U,BTFw-x");
        QTest::newRow("ascii-specials-stay") << QStringLiteral("~/.%*\"\\") << QByteArray("~/.%*\"\\");
        QTest::newRow("delete-char") << QStringLiteral("\u007f") << QByteArray("&AH8-");
    }

    void encode()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QCOMPARE(encodeMailboxName(name), bytes);
        QCOMPARE(decodeMailboxName(bytes), name);
    }
};

QTEST_GUILESS_MAIN(TestUtf7)
#include "tst_utf7.moc"
