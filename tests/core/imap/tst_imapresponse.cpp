#include "imap/Response.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mailtide;
using namespace mailtide::imap;

namespace {

/** A string's bytes in the dump: quoted, with "\\", "\"" and non-printable bytes escaped. */
QByteArray dumpBytes(const QByteArray &b)
{
    QByteArray out = "\"";
    for (char c : b) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\n') {
            out += "\\n";
        } else if (u < 0x20 || u >= 0x7f) {
            out += "\\x";
            out += QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

/** Values in one line: Atom as is, Number "#n", String quoted, NIL, (lists). */
QByteArray dumpValue(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::Atom:
        return v.bytes;
    case Value::Kind::Number:
        return '#' + QByteArray::number(v.number);
    case Value::Kind::String:
        return dumpBytes(v.bytes);
    case Value::Kind::Nil:
        return "NIL";
    case Value::Kind::List: {
        QByteArray out = "(";
        for (qsizetype i = 0; i < v.list.size(); ++i) {
            if (i) out += ' ';
            out += dumpValue(v.list[i]);
        }
        return out + ')';
    }
    }
    return {};
}

/** The whole response in one line: "T tag NAME", "U #n NAME" or "+", then " [code]", the data
 *  values, and for status responses and continuations text="...". */
QByteArray dump(const Response &r)
{
    QByteArray out;
    switch (r.type) {
    case Response::Type::Tagged:
        out = "T " + r.tag + ' ' + r.name;
        break;
    case Response::Type::Untagged:
        out = "U";
        if (r.number) out += " #" + QByteArray::number(*r.number);
        out += ' ' + r.name;
        break;
    case Response::Type::Continuation:
        out = "+";
        break;
    }
    if (!r.code.isEmpty()) {
        out += " [";
        for (qsizetype i = 0; i < r.code.size(); ++i) {
            if (i) out += ' ';
            out += dumpValue(r.code[i]);
        }
        out += ']';
    }
    for (const Value &v : r.data)
        out += ' ' + dumpValue(v);
    if (r.isStatus() || r.type == Response::Type::Continuation) out += " text=" + dumpBytes(r.text);
    return out;
}

QByteArray lit(const QByteArray &bytes)
{
    return '{' + QByteArray::number(bytes.size()) + "}\r\n" + bytes;
}

/** Feeds the bytes in chunks of `chunk` bytes (0: all at once), draining after each. */
QList<QByteArray> parseAll(const QByteArray &bytes, qsizetype chunk, QString *error = nullptr, Limits limits = {})
{
    ResponseParser p(limits);
    QList<QByteArray> out;
    const qsizetype step = chunk > 0 ? chunk : std::max<qsizetype>(bytes.size(), 1);
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        p.feed(QByteArrayView(bytes).sliced(i, std::min(step, bytes.size() - i)));
        while (std::optional<Response> r = p.next())
            out.append(dump(*r));
    }
    if (error) *error = p.error() ? p.error()->toString() : QString();
    return out;
}

/** A message body that looks like protocol: it must stay literal bytes. */
const QByteArray kHostileBody = "Subject: hi\r\n\r\nA004 OK done\r\n* 3 EXISTS\r\n)\r\n{5}\r\n* BYE\r\n)";

} // namespace

/** One row per grammar rule or server quirk. Greetings and data are from Dovecot 2.3, Gmail,
 *  Microsoft 365, Cyrus 3 and Courier sessions and from the RFC examples; every row is parsed
 *  whole, byte by byte and in 7-byte chunks (framing must not care). */
class TestImapResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");

        // Tagged status (RFC 3501 section 7.1)
        QTest::newRow("tagged-ok-read-write") << QByteArray("A001 OK [READ-WRITE] SELECT completed\r\n")
                                              << QByteArray("T A001 OK [READ-WRITE] text=\"SELECT completed\"");
        QTest::newRow("tagged-no-authenticationfailed-dovecot")
            << QByteArray("A2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
            << QByteArray("T A2 NO [AUTHENTICATIONFAILED] text=\"Authentication failed.\"");
        QTest::newRow("tagged-bad-dovecot") << QByteArray("A3 BAD Error in IMAP command UIDX: Unknown command.\r\n")
                                            << QByteArray("T A3 BAD text=\"Error in IMAP command UIDX: Unknown command.\"");
        QTest::newRow("tagged-lowercase-status") << QByteArray("a1 ok done\r\n") << QByteArray("T a1 OK text=\"done\"");
        QTest::newRow("tagged-exchange-login") << QByteArray("A1 OK LOGIN completed.\r\n")
                                               << QByteArray("T A1 OK text=\"LOGIN completed.\"");
        QTest::newRow("tagged-no-text") << QByteArray("A7 OK\r\n") << QByteArray("T A7 OK text=\"\"");
        QTest::newRow("tagged-copyuid-sets-stay-atoms")
            << QByteArray("A5 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n")
            << QByteArray("T A5 OK [COPYUID #38505 304,319:320 3956:3958] text=\"Done\"");
        QTest::newRow("tagged-appenduid") << QByteArray("A6 OK [APPENDUID 38505 3955] APPEND completed\r\n")
                                          << QByteArray("T A6 OK [APPENDUID #38505 #3955] text=\"APPEND completed\"");
        QTest::newRow("tagged-badcharset")
            << QByteArray("A6 NO [BADCHARSET (US-ASCII)] The specified charset is not supported\r\n")
            << QByteArray("T A6 NO [BADCHARSET (US-ASCII)] text=\"The specified charset is not supported\"");
        QTest::newRow("tagged-gmail-webalert-url")
            << QByteArray("A1 NO [WEBALERT https://accounts.google.com/signin/continue?sarp=1&scc=1] Web login required.\r\n")
            << QByteArray("T A1 NO [WEBALERT https://accounts.google.com/signin/continue?sarp=1&scc=1] text=\"Web login required.\"");
        QTest::newRow("tagged-gmail-throttled")
            << QByteArray("A9 NO [OVERQUOTA] Account exceeded command or bandwidth limits. x8mb1234 (Failure)\r\n")
            << QByteArray("T A9 NO [OVERQUOTA] text=\"Account exceeded command or bandwidth limits. x8mb1234 (Failure)\"");

        // Untagged status and response codes (RFC 3501 section 7.1, RFC 7162, RFC 5530)
        QTest::newRow("untagged-ok-uidvalidity") << QByteArray("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n")
                                                 << QByteArray("U OK [UIDVALIDITY #3857529045] text=\"UIDs valid\"");
        QTest::newRow("untagged-ok-permanentflags")
            << QByteArray("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n")
            << QByteArray("U OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] text=\"Limited\"");
        QTest::newRow("untagged-ok-uidnext") << QByteArray("* OK [UIDNEXT 4392] Predicted next UID\r\n")
                                             << QByteArray("U OK [UIDNEXT #4392] text=\"Predicted next UID\"");
        QTest::newRow("untagged-ok-highestmodseq") << QByteArray("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n")
                                                   << QByteArray("U OK [HIGHESTMODSEQ #715194045007] text=\"Highest\"");
        QTest::newRow("untagged-ok-closed-dovecot") << QByteArray("* OK [CLOSED] Previous mailbox closed.\r\n")
                                                    << QByteArray("U OK [CLOSED] text=\"Previous mailbox closed.\"");
        QTest::newRow("untagged-ok-no-text") << QByteArray("* OK\r\n") << QByteArray("U OK text=\"\"");
        QTest::newRow("untagged-no-alert") << QByteArray("* NO [ALERT] Mailbox is at 95% of quota\r\n")
                                           << QByteArray("U NO [ALERT] text=\"Mailbox is at 95% of quota\"");
        QTest::newRow("untagged-bye") << QByteArray("* BYE Server shutting down\r\n")
                                      << QByteArray("U BYE text=\"Server shutting down\"");
        QTest::newRow("untagged-bye-dovecot-idle") << QByteArray("* BYE Disconnected for inactivity.\r\n")
                                                   << QByteArray("U BYE text=\"Disconnected for inactivity.\"");
        QTest::newRow("untagged-preauth-bare") << QByteArray("* PREAUTH\r\n") << QByteArray("U PREAUTH text=\"\"");
        QTest::newRow("untagged-code-lowercase") << QByteArray("* ok [uidvalidity 1] x\r\n")
                                                 << QByteArray("U OK [UIDVALIDITY #1] text=\"x\"");
        QTest::newRow("code-unknown-atoms") << QByteArray("* OK [XAPPLE-FOO bar 12 (a b)] Whatever\r\n")
                                            << QByteArray("U OK [XAPPLE-FOO bar #12 (a b)] text=\"Whatever\"");
        QTest::newRow("code-unknown-not-values-kept-raw")
            << QByteArray("* OK [XFOO \"unterminated] text\r\n")
            << QByteArray("U OK [XFOO \"unterminated] text=\"text\"");
        QTest::newRow("code-quoted-bracket") << QByteArray("* OK [XFOO \"a]b\"] text\r\n")
                                             << QByteArray("U OK [XFOO \"a]b\"] text=\"text\"");
        QTest::newRow("code-empty-brackets-is-text") << QByteArray("* OK [] hmm\r\n") << QByteArray("U OK text=\"[] hmm\"");
        QTest::newRow("bracket-without-close-is-text") << QByteArray("* OK [partial text\r\n")
                                                       << QByteArray("U OK text=\"[partial text\"");
        QTest::newRow("greeting-dovecot-capability")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
                          "AUTH=PLAIN] Dovecot ready.\r\n")
            << QByteArray("U OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
                          "AUTH=PLAIN] text=\"Dovecot ready.\"");
        QTest::newRow("greeting-gmail") << QByteArray("* OK Gimap ready for requests from 192.0.2.7 e12mb41936wrb\r\n")
                                        << QByteArray("U OK text=\"Gimap ready for requests from 192.0.2.7 e12mb41936wrb\"");
        QTest::newRow("greeting-m365-brackets-after-text")
            << QByteArray("* OK The Microsoft Exchange IMAP4 service is ready. [TQBXADIAUABSADAAMgBDAEEAMAAwADAANAA=]\r\n")
            << QByteArray("U OK text=\"The Microsoft Exchange IMAP4 service is ready. [TQBXADIAUABSADAAMgBDAEEAMAAwADAANAA=]\"");
        QTest::newRow("greeting-courier-double-space")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 UIDPLUS CHILDREN NAMESPACE THREAD=ORDEREDSUBJECT ACL ACL2=UNION] "
                          "Courier-IMAP ready. Copyright 1998-2011 Double Precision, Inc.  See COPYING for distribution "
                          "information.\r\n")
            << QByteArray("U OK [CAPABILITY IMAP4rev1 UIDPLUS CHILDREN NAMESPACE THREAD=ORDEREDSUBJECT ACL ACL2=UNION] "
                          "text=\"Courier-IMAP ready. Copyright 1998-2011 Double Precision, Inc.  See COPYING for "
                          "distribution information.\"");
        QTest::newRow("greeting-cyrus")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 LITERAL+ ID ENABLE STARTTLS AUTH=PLAIN SASL-IR] imap.example.org "
                          "Cyrus IMAP 3.0.7 server ready\r\n")
            << QByteArray("U OK [CAPABILITY IMAP4rev1 LITERAL+ ID ENABLE STARTTLS AUTH=PLAIN SASL-IR] "
                          "text=\"imap.example.org Cyrus IMAP 3.0.7 server ready\"");
        QTest::newRow("text-ending-in-literal-kept-raw") << QByteArray("* OK odd {3}\r\nabc\r\n")
                                                         << QByteArray("U OK text=\"odd {3}\\r\\nabc\"");

        // Continuation requests (RFC 3501 section 7.5)
        QTest::newRow("continuation-space") << QByteArray("+ \r\n") << QByteArray("+ text=\"\"");
        QTest::newRow("continuation-bare") << QByteArray("+\r\n") << QByteArray("+ text=\"\"");
        QTest::newRow("continuation-text") << QByteArray("+ Ready for literal data\r\n")
                                           << QByteArray("+ text=\"Ready for literal data\"");
        QTest::newRow("continuation-base64-cram-md5")
            << QByteArray("+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n")
            << QByteArray("+ text=\"PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\"");
        QTest::newRow("continuation-base64-padding") << QByteArray("+ base64==\r\n") << QByteArray("+ text=\"base64==\"");
        QTest::newRow("continuation-gmail-idling") << QByteArray("+ idling\r\n") << QByteArray("+ text=\"idling\"");

        // Data (RFC 3501 section 7.2-7.4, RFC 4731, 5161, 5258, 7162, 2342, 2971)
        QTest::newRow("capability-dovecot")
            << QByteArray("* CAPABILITY IMAP4rev1 SASL-IR SORT SORT=DISPLAY THREAD=REFERENCES I18NLEVEL=1 CONDSTORE "
                          "QRESYNC LITERAL+ AUTH=PLAIN\r\n")
            << QByteArray("U CAPABILITY IMAP4rev1 SASL-IR SORT SORT=DISPLAY THREAD=REFERENCES I18NLEVEL=1 CONDSTORE "
                          "QRESYNC LITERAL+ AUTH=PLAIN");
        QTest::newRow("capability-gmail")
            << QByteArray("* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 "
                          "APPENDLIMIT=35651584 AUTH=XOAUTH2 AUTH=PLAIN-CLIENTTOKEN\r\n")
            << QByteArray("U CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 "
                          "APPENDLIMIT=35651584 AUTH=XOAUTH2 AUTH=PLAIN-CLIENTTOKEN");
        QTest::newRow("list-dovecot-junk") << QByteArray("* LIST (\\HasNoChildren \\Junk) \"/\" \"INBOX/Spam\"\r\n")
                                           << QByteArray("U LIST (\\HasNoChildren \\Junk) \"/\" \"INBOX/Spam\"");
        QTest::newRow("list-nil-delimiter") << QByteArray("* LIST () NIL INBOX\r\n") << QByteArray("U LIST () NIL INBOX");
        QTest::newRow("list-literal-name-with-crlf")
            << QByteArray("* LIST (\\Noselect) \".\" {12}\r\nfoo bar\r\nbaz\r\n")
            << QByteArray("U LIST (\\Noselect) \".\" \"foo bar\\r\\nbaz\"");
        QTest::newRow("list-escaped-quote-backslash")
            << QByteArray("* LIST () \"/\" \"a \\\"quoted\\\" \\\\ name\"\r\n")
            << QByteArray("U LIST () \"/\" \"a \\\"quoted\\\" \\\\ name\"");
        QTest::newRow("list-extended-childinfo")
            << QByteArray("* LIST (\\Subscribed) \"/\" \"x\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n")
            << QByteArray("U LIST (\\Subscribed) \"/\" \"x\" (\"CHILDINFO\" (\"SUBSCRIBED\"))");
        QTest::newRow("list-gmail-special-use")
            << QByteArray("* LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"\r\n")
            << QByteArray("U LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"");
        QTest::newRow("list-unquoted-bracket-name") << QByteArray("* LIST (\\HasChildren) \"/\" [Gmail]\r\n")
                                                    << QByteArray("U LIST (\\HasChildren) \"/\" [Gmail]");
        QTest::newRow("list-m365-trash") << QByteArray("* LIST (\\HasNoChildren \\Trash) \"/\" \"Deleted Items\"\r\n")
                                         << QByteArray("U LIST (\\HasNoChildren \\Trash) \"/\" \"Deleted Items\"");
        QTest::newRow("list-cyrus-atom-name") << QByteArray("* LIST (\\HasNoChildren) \".\" INBOX.Drafts\r\n")
                                              << QByteArray("U LIST (\\HasNoChildren) \".\" INBOX.Drafts");
        QTest::newRow("list-mutf7-name") << QByteArray("* LIST (\\HasNoChildren) \"/\" \"Entw&APw-rfe\"\r\n")
                                         << QByteArray("U LIST (\\HasNoChildren) \"/\" \"Entw&APw-rfe\"");
        QTest::newRow("list-utf8-accept-8bit-kept") << QByteArray("* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n")
                                                    << QByteArray("U LIST () \"/\" \"Entw\\xc3\\xbcrfe\"");
        QTest::newRow("list-nil-lowercase") << QByteArray("* LIST () nil INBOX\r\n") << QByteArray("U LIST () NIL INBOX");
        QTest::newRow("list-quoted-NIL-is-string") << QByteArray("* LIST () \"/\" \"NIL\"\r\n")
                                                   << QByteArray("U LIST () \"/\" \"NIL\"");
        QTest::newRow("list-unknown-escape-kept") << QByteArray("* LIST () \"\\\\\" \"C:\\x\"\r\n")
                                                  << QByteArray("U LIST () \"\\\\\" \"C:\\\\x\"");
        QTest::newRow("lsub-courier") << QByteArray("* LSUB () \".\" \"INBOX.Sent\"\r\n")
                                      << QByteArray("U LSUB () \".\" \"INBOX.Sent\"");
        QTest::newRow("status") << QByteArray("* STATUS \"INBOX\" (MESSAGES 231 UIDNEXT 44292)\r\n")
                                << QByteArray("U STATUS \"INBOX\" (MESSAGES #231 UIDNEXT #44292)");
        QTest::newRow("status-cyrus-atom-name") << QByteArray("* STATUS INBOX (MESSAGES 3 UNSEEN 1)\r\n")
                                                << QByteArray("U STATUS INBOX (MESSAGES #3 UNSEEN #1)");
        QTest::newRow("flags") << QByteArray("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n")
                               << QByteArray("U FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)");
        QTest::newRow("flags-keywords-yahoo") << QByteArray("* FLAGS (\\Seen $MDNSent NonJunk $label1)\r\n")
                                              << QByteArray("U FLAGS (\\Seen $MDNSent NonJunk $label1)");
        QTest::newRow("search") << QByteArray("* SEARCH 2 84 882\r\n") << QByteArray("U SEARCH #2 #84 #882");
        QTest::newRow("search-empty") << QByteArray("* SEARCH\r\n") << QByteArray("U SEARCH");
        QTest::newRow("search-condstore-modseq") << QByteArray("* SEARCH 2 5 6 (MODSEQ 917162500)\r\n")
                                                 << QByteArray("U SEARCH #2 #5 #6 (MODSEQ #917162500)");
        QTest::newRow("esearch-min-count") << QByteArray("* ESEARCH (TAG \"A282\") UID MIN 2 COUNT 3\r\n")
                                           << QByteArray("U ESEARCH (TAG \"A282\") UID MIN #2 COUNT #3");
        QTest::newRow("esearch-all-set") << QByteArray("* ESEARCH (TAG \"A3\") UID ALL 1:3,5\r\n")
                                         << QByteArray("U ESEARCH (TAG \"A3\") UID ALL 1:3,5");
        QTest::newRow("exists") << QByteArray("* 23 EXISTS\r\n") << QByteArray("U #23 EXISTS");
        QTest::newRow("recent") << QByteArray("* 5 RECENT\r\n") << QByteArray("U #5 RECENT");
        QTest::newRow("expunge") << QByteArray("* 3 EXPUNGE\r\n") << QByteArray("U #3 EXPUNGE");
        QTest::newRow("exists-zero") << QByteArray("* 0 EXISTS\r\n") << QByteArray("U #0 EXISTS");
        QTest::newRow("vanished-earlier") << QByteArray("* VANISHED (EARLIER) 41,43:116,118\r\n")
                                          << QByteArray("U VANISHED (EARLIER) 41,43:116,118");
        QTest::newRow("enabled") << QByteArray("* ENABLED QRESYNC\r\n") << QByteArray("U ENABLED QRESYNC");
        QTest::newRow("namespace-dovecot") << QByteArray("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n")
                                           << QByteArray("U NAMESPACE ((\"\" \"/\")) NIL NIL");
        QTest::newRow("namespace-courier-adjacent-lists")
            << QByteArray("* NAMESPACE ((\"INBOX.\" \".\")) NIL ((\"#shared.\" \".\")(\"shared.\" \".\"))\r\n")
            << QByteArray("U NAMESPACE ((\"INBOX.\" \".\")) NIL ((\"#shared.\" \".\") (\"shared.\" \".\"))");
        QTest::newRow("id-dovecot") << QByteArray("* ID (\"name\" \"Dovecot\")\r\n")
                                    << QByteArray("U ID (\"name\" \"Dovecot\")");
        QTest::newRow("id-nil-mixed-case") << QByteArray("* ID Nil\r\n") << QByteArray("U ID NIL");
        QTest::newRow("quota") << QByteArray("* QUOTA \"User quota\" (STORAGE 2304 1048576)\r\n")
                               << QByteArray("U QUOTA \"User quota\" (STORAGE #2304 #1048576)");
        QTest::newRow("unknown-keyword-passes") << QByteArray("* XSTATE foo (1 2)\r\n") << QByteArray("U XSTATE foo (#1 #2)");

        // Numbers: number64 (RFC 9051) is the limit; a longer run stays an Atom
        QTest::newRow("number-max-int64") << QByteArray("* SEARCH 9223372036854775807\r\n")
                                          << QByteArray("U SEARCH #9223372036854775807");
        QTest::newRow("number-above-int64-is-atom") << QByteArray("* SEARCH 9223372036854775808\r\n")
                                                    << QByteArray("U SEARCH 9223372036854775808");
        QTest::newRow("number-40-digits-is-atom")
            << QByteArray("* SEARCH 1234567890123456789012345678901234567890\r\n")
            << QByteArray("U SEARCH 1234567890123456789012345678901234567890");

        // FETCH (RFC 3501 section 7.4.2, RFC 3516 BINARY, RFC 7162 MODSEQ, Gmail X-GM-*)
        QTest::newRow("fetch-full")
            << QByteArray(QByteArray("* 12 FETCH (UID 4827313 FLAGS (\\Seen $Junk) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
                                     "RFC822.SIZE 4286 MODSEQ (12121231000) BODY[]<0> ")
                          + lit("From: a@example.org\r\nSubject: x\r\n\r\nbody\r\n") + ")\r\n")
            << QByteArray("U #12 FETCH (UID #4827313 FLAGS (\\Seen $Junk) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
                          "RFC822.SIZE #4286 MODSEQ (#12121231000) BODY[]<0> "
                          "\"From: a@example.org\\r\\nSubject: x\\r\\n\\r\\nbody\\r\\n\")");
        QTest::newRow("fetch-header-fields-spaces-in-section")
            << QByteArray(QByteArray("* 2 FETCH (UID 7 BODY[HEADER.FIELDS (SUBJECT FROM)] ") + lit("Subject: hi\r\n\r\n") + ")\r\n")
            << QByteArray("U #2 FETCH (UID #7 BODY[HEADER.FIELDS (SUBJECT FROM)] \"Subject: hi\\r\\n\\r\\n\")");
        QTest::newRow("fetch-header-fields-quoted-names-echoed")
            << QByteArray(QByteArray("* 2 FETCH (BODY[HEADER.FIELDS (\"SUBJECT\" \"FROM\")] ") + lit("Subject: hi\r\n\r\n") + " UID 7)\r\n")
            << QByteArray("U #2 FETCH (BODY[HEADER.FIELDS (\"SUBJECT\" \"FROM\")] \"Subject: hi\\r\\n\\r\\n\" UID #7)");
        QTest::newRow("fetch-mime-section") << QByteArray(QByteArray("* 3 FETCH (BODY[1.2.MIME] ") + lit("Content-Type: text/plain\r\n\r\n") + ")\r\n")
                                            << QByteArray("U #3 FETCH (BODY[1.2.MIME] \"Content-Type: text/plain\\r\\n\\r\\n\")");
        QTest::newRow("fetch-binary-literal8-nul")
            << QByteArray(QByteArray("* 4 FETCH (BINARY[1] ~{4}\r\n") + QByteArray("\x00\x01\xff\n", 4) + " UID 9)\r\n")
            << QByteArray("U #4 FETCH (BINARY[1] \"\\x00\\x01\\xff\\n\" UID #9)");
        QTest::newRow("fetch-literal-plus-accepted") << QByteArray("* 5 FETCH (BODY[] {3+}\r\nabc)\r\n")
                                                     << QByteArray("U #5 FETCH (BODY[] \"abc\")");
        QTest::newRow("fetch-empty-literal") << QByteArray("* 6 FETCH (BODY[] {0}\r\n UID 1)\r\n")
                                             << QByteArray("U #6 FETCH (BODY[] \"\" UID #1)");
        QTest::newRow("fetch-body-nil-exchange") << QByteArray("* 5 FETCH (UID 9 BODY[] NIL)\r\n")
                                                 << QByteArray("U #5 FETCH (UID #9 BODY[] NIL)");
        QTest::newRow("fetch-two-literals")
            << QByteArray(QByteArray("* 7 FETCH (BODY[HEADER] ") + lit("H: 1\r\n\r\n") + " BODY[TEXT] " + lit("text") + ")\r\n")
            << QByteArray("U #7 FETCH (BODY[HEADER] \"H: 1\\r\\n\\r\\n\" BODY[TEXT] \"text\")");
        QTest::newRow("fetch-hostile-body-stays-literal")
            << QByteArray(QByteArray("* 8 FETCH (UID 8 BODY[] ") + lit(kHostileBody) + ")\r\n")
            << QByteArray("U #8 FETCH (UID #8 BODY[] \"Subject: hi\\r\\n\\r\\nA004 OK done\\r\\n* 3 EXISTS\\r\\n)\\r\\n{5}\\r\\n* BYE\\r\\n)\")");
        QTest::newRow("fetch-gmail-labels")
            << QByteArray("* 1 FETCH (X-GM-THRID 1278455344230334865 X-GM-MSGID 1278455344230334865 X-GM-LABELS "
                          "(\\Inbox \\Sent Important \"Muy Importante\") UID 1 FLAGS (\\Seen))\r\n")
            << QByteArray("U #1 FETCH (X-GM-THRID #1278455344230334865 X-GM-MSGID #1278455344230334865 X-GM-LABELS "
                          "(\\Inbox \\Sent Important \"Muy Importante\") UID #1 FLAGS (\\Seen))");
        QTest::newRow("fetch-envelope-rfc3501")
            << QByteArray("* 1 FETCH (ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" \"afternoon meeting\" ((\"Fred "
                          "Foobar\" NIL \"foobar\" \"Blurdybloop.COM\")) NIL NIL ((NIL NIL \"mooch\" \"owatagu.siam.edu\")) "
                          "NIL NIL NIL \"<B27397-0100000@cac.washington.edu>\"))\r\n")
            << QByteArray("U #1 FETCH (ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" \"afternoon meeting\" ((\"Fred "
                          "Foobar\" NIL \"foobar\" \"Blurdybloop.COM\")) NIL NIL ((NIL NIL \"mooch\" \"owatagu.siam.edu\")) "
                          "NIL NIL NIL \"<B27397-0100000@cac.washington.edu>\"))");
        QTest::newRow("fetch-envelope-subject-literal-dovecot")
            << QByteArray(QByteArray("* 9 FETCH (ENVELOPE (NIL ") + lit("a\r\nb") + " NIL NIL NIL NIL NIL NIL NIL NIL))\r\n")
            << QByteArray("U #9 FETCH (ENVELOPE (NIL \"a\\r\\nb\" NIL NIL NIL NIL NIL NIL NIL NIL))");
        QTest::newRow("fetch-bodystructure-nested")
            << QByteArray("* 3 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 12 1)"
                          "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 40 2) \"ALTERNATIVE\"))\r\n")
            << QByteArray("U #3 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" #12 #1) "
                          "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" #40 #2) \"ALTERNATIVE\"))");
        QTest::newRow("fetch-flags-unsolicited-idle") << QByteArray("* 4 FETCH (FLAGS (\\Seen \\Deleted))\r\n")
                                                      << QByteArray("U #4 FETCH (FLAGS (\\Seen \\Deleted))");
        QTest::newRow("fetch-lowercase-keyword") << QByteArray("* 4 fetch (uid 3)\r\n") << QByteArray("U #4 FETCH (uid #3)");

        // Lenient framing (proxies and old servers)
        QTest::newRow("bare-lf-line-end") << QByteArray("* 23 EXISTS\n") << QByteArray("U #23 EXISTS");
        QTest::newRow("bare-lf-literal") << QByteArray("* 1 FETCH (BODY[] {3}\nabc)\n") << QByteArray("U #1 FETCH (BODY[] \"abc\")");
        QTest::newRow("trailing-spaces") << QByteArray("* 23 EXISTS  \r\n") << QByteArray("U #23 EXISTS");
        QTest::newRow("trailing-spaces-after-text") << QByteArray("A1 OK done   \r\n") << QByteArray("T A1 OK text=\"done\"");
        QTest::newRow("trailing-spaces-after-literal-size") << QByteArray("* 1 FETCH (BODY[] {3} \r\nabc)\r\n")
                                                            << QByteArray("U #1 FETCH (BODY[] \"abc\")");
        QTest::newRow("several-spaces-between-items") << QByteArray("* SEARCH  2   84\r\n") << QByteArray("U SEARCH #2 #84");
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        Result<Response> r = parseOne(input);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(dump(*r), expected);
        for (qsizetype chunk : {qsizetype(1), qsizetype(7)}) {
            QString error;
            const QList<QByteArray> all = parseAll(input, chunk, &error);
            QCOMPARE(error, QString());
            QCOMPARE(all, QList<QByteArray>{expected});
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message"); // a part of Error::message
        QTest::addColumn<QString>("detail");  // a part of Error::detail

        QTest::newRow("http-reply") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << QStringLiteral("Not an IMAP response")
                                    << QStringLiteral("HTTP/1.1 400 Bad Request\\r\\n");
        QTest::newRow("tls-client-hello-junk") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13)
                                               << QStringLiteral("Not an IMAP response")
                                               << QStringLiteral("\\x16\\x03\\x01\\x02\\x00\\x01");
        QTest::newRow("binary-junk-without-line-end") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7)
                                                      << QStringLiteral("Not an IMAP response")
                                                      << QStringLiteral("\\x15\\x03\\x01\\x00\\x02\\x02F");
        QTest::newRow("non-ascii-first-byte") << QByteArray("\xef\xbb\xbf* OK hi") << QStringLiteral("Not an IMAP response")
                                              << QStringLiteral("\\xef\\xbb\\xbf* OK hi");
        QTest::newRow("empty-line") << QByteArray("\r\n") << QStringLiteral("Empty line") << QStringLiteral("\\r\\n");
        QTest::newRow("only-spaces") << QByteArray("   \r\n") << QStringLiteral("Not an IMAP response") << QString();
        QTest::newRow("tagged-bye") << QByteArray("A1 BYE later\r\n") << QStringLiteral("needs OK, NO or BAD")
                                    << QStringLiteral("A1 BYE later");
        QTest::newRow("tagged-without-status") << QByteArray("A1\r\n") << QStringLiteral("Not an IMAP response")
                                               << QStringLiteral("A1");
        QTest::newRow("untagged-without-keyword") << QByteArray("* \r\n") << QStringLiteral("without a valid keyword")
                                                  << QString();
        QTest::newRow("untagged-number-without-keyword") << QByteArray("* 23\r\n") << QStringLiteral("no keyword")
                                                         << QStringLiteral("* 23");
        QTest::newRow("untagged-number-overflow") << QByteArray("* 99999999999999999999 EXISTS\r\n")
                                                  << QStringLiteral("Message number out of range") << QString();
        QTest::newRow("status-with-number") << QByteArray("* 3 OK\r\n") << QStringLiteral("Status response with a message number")
                                            << QString();
        QTest::newRow("unterminated-quoted-string") << QByteArray("* LIST () \"/\" \"INBOX\r\n")
                                                    << QStringLiteral("Unterminated quoted string") << QStringLiteral("\"INBOX");
        QTest::newRow("literal-too-large") << QByteArray("* 1 FETCH (BODY[] {2147483648}\r\n")
                                           << QStringLiteral("IMAP literal of 2147483648 bytes exceeds the limit of 67108864 bytes")
                                           << QStringLiteral("{2147483648}");
        QTest::newRow("literal-size-overflows-uint64") << QByteArray("* 1 FETCH (BODY[] {99999999999999999999999}\r\n")
                                                       << QStringLiteral("IMAP literal of 99999999999999999999999 bytes")
                                                       << QString();
        QTest::newRow("literal-negative") << QByteArray("* 1 FETCH (BODY[] {-5}\r\n") << QStringLiteral("Malformed literal size")
                                          << QStringLiteral("{-5}");
        QTest::newRow("literal-garbage") << QByteArray("* 1 FETCH (BODY[] {abc}\r\n") << QStringLiteral("Malformed literal")
                                         << QStringLiteral("{abc}");
        QTest::newRow("literal-not-at-line-end") << QByteArray("* 1 FETCH (BODY[] {3} abc)\r\n")
                                                 << QStringLiteral("Malformed literal") << QString();
        QTest::newRow("unexpected-close-paren") << QByteArray("* FLAGS (\\Seen))\r\n") << QStringLiteral("Unexpected ')'")
                                                << QString();
        QTest::newRow("unterminated-list") << QByteArray("* FLAGS (\\Seen\r\n") << QStringLiteral("Unterminated list")
                                           << QString();
        QTest::newRow("nested-too-deep") << QByteArray(QByteArray("* X ") + QByteArray(65, '(') + QByteArray(65, ')') + "\r\n")
                                         << QStringLiteral("deeper than 64") << QString();
        QTest::newRow("control-byte-in-atom") << QByteArray("* FLAGS (\\Se\x01" "en)\r\n") << QStringLiteral("Control character")
                                              << QStringLiteral("\\x01");
        QTest::newRow("nul-in-quoted") << QByteArray(QByteArray("* LIST () \"/\" \"a") + '\0' + "b\"\r\n")
                                       << QStringLiteral("NUL byte in a quoted string") << QStringLiteral("\\x00b");
        QTest::newRow("unterminated-section") << QByteArray("* 1 FETCH (BODY[HEADER\r\n") << QStringLiteral("Unterminated '['")
                                              << QString();
        QTest::newRow("bare-cr-in-data") << QByteArray("* SEARCH 1\r2\r\n") << QStringLiteral("Control character")
                                         << QString();
        QTest::newRow("incomplete") << QByteArray("* OK") << QStringLiteral("Incomplete IMAP response") << QStringLiteral("* OK");
        QTest::newRow("incomplete-literal") << QByteArray("* 1 FETCH (BODY[] {10}\r\nabc")
                                            << QStringLiteral("Incomplete IMAP response") << QString();
        QTest::newRow("two-responses") << QByteArray("* OK\r\n* BYE\r\n") << QStringLiteral("Bytes after the IMAP response")
                                       << QStringLiteral("* BYE");
        QTest::newRow("long-detail-truncated") << QByteArray(QByteArray("GET /") + QByteArray(300, 'x') + "\r\n")
                                               << QStringLiteral("Not an IMAP response")
                                               << QString(QStringLiteral("GET /") + QString(75, QLatin1Char('x')) + QStringLiteral("..."));
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        Result<Response> r = parseOne(input);
        QVERIFY2(!r.ok(), r.ok() ? dump(*r).constData() : "");
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
        QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().toString()));
        QVERIFY(r.error().detail.size() <= 84);
    }

    /** The message body holds what would be a tagged completion, an EXISTS, ")" and "{5}"; under
     *  every split into two chunks (and byte by byte) it stays literal bytes. */
    void hostileLiteralAnyChunking()
    {
        const QByteArray stream = QByteArray("* 8 FETCH (UID 8 BODY[] ") + lit(kHostileBody) + ")\r\nA004 OK done\r\n";
        const QList<QByteArray> expected = parseAll(stream, 0);
        QCOMPARE(expected.size(), 2);
        QVERIFY(expected[0].startsWith("U #8 FETCH (UID #8 BODY[] \"Subject: hi"));
        QCOMPARE(expected[1], QByteArray("T A004 OK text=\"done\""));
        QCOMPARE(parseAll(stream, 1), expected);
        for (qsizetype cut = 1; cut < stream.size(); ++cut) {
            ResponseParser p;
            QList<QByteArray> got;
            p.feed(QByteArrayView(stream).first(cut));
            while (auto r = p.next())
                got.append(dump(*r));
            p.feed(QByteArrayView(stream).sliced(cut));
            while (auto r = p.next())
                got.append(dump(*r));
            QVERIFY(!p.error());
            QCOMPARE(got, expected);
            QCOMPARE(p.buffered(), 0);
        }
    }

    /** Chunks that end exactly where a literal starts and ends. */
    void literalAtChunkBoundaries()
    {
        ResponseParser p;
        p.feed("* 1 FETCH (BODY[] {5}\r\n");
        QVERIFY(!p.next());
        QCOMPARE(p.pendingLiteral(), 5);
        p.feed("ab");
        QCOMPARE(p.pendingLiteral(), 3);
        p.feed("cde");
        QCOMPARE(p.pendingLiteral(), 0);
        QVERIFY(!p.next());
        p.feed(")\r\n");
        const std::optional<Response> r = p.next();
        QVERIFY(r);
        QCOMPARE(r->fetchItem("BODY[]")->bytes, QByteArray("abcde"));
        QVERIFY(r->fetchItem("BODY[]")->literal);
        QCOMPARE(p.buffered(), 0);
        QVERIFY(!p.error());
    }

    /** A Dovecot SELECT with CONDSTORE, as one chunk: every response in order. */
    void selectTranscriptDovecot()
    {
        const QByteArray stream = "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                                  "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.\r\n"
                                  "* 172 EXISTS\r\n"
                                  "* 0 RECENT\r\n"
                                  "* OK [UNSEEN 12] First unseen.\r\n"
                                  "* OK [UIDVALIDITY 1700000000] UIDs valid\r\n"
                                  "* OK [UIDNEXT 4392] Predicted next UID\r\n"
                                  "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n"
                                  "A142 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n";
        const QList<QByteArray> got = parseAll(stream, 0);
        QCOMPARE(got.size(), 9);
        QCOMPARE(got[2], QByteArray("U #172 EXISTS"));
        QCOMPARE(got[5], QByteArray("U OK [UIDVALIDITY #1700000000] text=\"UIDs valid\""));
        QCOMPARE(got[8], QByteArray("T A142 OK [READ-WRITE] text=\"Select completed (0.001 + 0.000 secs).\""));
        QCOMPARE(parseAll(stream, 3), got);
    }

    /** The announcement alone is an error: nothing of that size is reserved, and the response
     *  before it still comes out first (errors in order). */
    void literalTooLargeIsNotAllocated()
    {
        ResponseParser p;
        p.feed("* 1 EXISTS\r\n* 1 FETCH (BODY[] {2147483648}\r\n");
        QVERIFY(p.buffered() < 100);
        std::optional<Response> r = p.next();
        QVERIFY(r);
        QCOMPARE(dump(*r), QByteArray("U #1 EXISTS"));
        QVERIFY(!p.error());
        QVERIFY(!p.next());
        QVERIFY(p.error());
        QVERIFY(p.error()->message.contains(QStringLiteral("2147483648")));
        QVERIFY(p.error()->message.contains(QStringLiteral("67108864")));
        // It stays in error.
        p.feed("* 2 EXISTS\r\n");
        QVERIFY(!p.next());
        QVERIFY(p.error());
        QCOMPARE(p.buffered(), 0);
    }

    void customLimits()
    {
        Limits small;
        small.maxLiteral = 10;
        small.maxDepth = 2;
        QVERIFY(parseOne("* 1 FETCH (BODY[] {10}\r\n0123456789)\r\n", small).ok());
        QVERIFY(!parseOne("* 1 FETCH (BODY[] {11}\r\n0123456789a)\r\n", small).ok());
        QVERIFY(parseOne("* X ((a))\r\n", small).ok());
        QVERIFY(!parseOne("* X (((a)))\r\n", small).ok());
    }

    /** A server that never sends a line end: the error comes as soon as maxLine is passed, and
     *  the parser does not keep more than that. */
    void lineTooLongCheckedAsBytesArrive()
    {
        ResponseParser p;
        const QByteArray chunk(64 * 1024, 'a');
        int fed = 0;
        while (!p.error() && fed < 100) {
            p.feed(chunk);
            ++fed;
            QVERIFY(p.buffered() <= Limits().maxLine + chunk.size());
            QVERIFY(!p.next());
        }
        QVERIFY(p.error());
        QCOMPARE(fed, 16 + 1);
        QVERIFY(p.error()->message.contains(QStringLiteral("1048576")));
        QVERIFY(p.error()->detail.startsWith(QStringLiteral("aaaa")));
    }

    /** Protocol text is counted over all lines of one response, not per line. */
    void lineLimitCountsWholeResponse()
    {
        Limits small;
        small.maxLine = 64;
        QVERIFY(parseOne("* 1 FETCH (BODY[] {3}\r\nabc UID 1)\r\n", small).ok());
        const QByteArray many = "* 1 FETCH (" + QByteArray("A {1}\r\nx ").repeated(20) + ")\r\n";
        Result<Response> r = parseOne(many, small);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("longer than 64")));
        // Literal bytes do not count.
        QVERIFY(parseOne(QByteArray("* 1 FETCH (BODY[] " + lit(QByteArray(1000, 'x')) + ")\r\n"), small).ok());
    }

    void fetchItemAndValueHelpers()
    {
        Result<Response> r = parseOne("* 12 FETCH (UID 4827313 BODY[]<0> {2}\r\nab flags (\\Seen) X NIL)\r\n");
        QVERIFY(r.ok());
        QCOMPARE(r->fetchItem("UID")->number, quint64(4827313));
        QCOMPARE(r->fetchItem("uid")->text(), QByteArray("4827313"));
        QCOMPARE(r->fetchItem("BODY[]<0>")->bytes, QByteArray("ab"));
        QCOMPARE(r->fetchItem("body[]<0>")->bytes, QByteArray("ab"));
        QVERIFY(!r->fetchItem("BODY[]")); // exact match on the atom as sent
        QVERIFY(r->fetchItem("FLAGS")->isList());
        QVERIFY(r->fetchItem("FLAGS")->list[0].isAtom("\\seen"));
        QVERIFY(!r->fetchItem("FLAGS")->list[0].isAtom("\\Seen2"));
        QVERIFY(r->fetchItem("X")->isNil());
        QCOMPARE(r->fetchItem("X")->text(), QByteArray());
        QVERIFY(!r->fetchItem("RFC822.SIZE"));
        QCOMPARE(*r->number, quint64(12));

        Result<Response> notFetch = parseOne("* SEARCH UID 5\r\n");
        QVERIFY(notFetch.ok());
        QVERIFY(!notFetch->fetchItem("UID"));

        Result<Response> s = parseOne("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n");
        QVERIFY(s.ok());
        QCOMPARE(s->codeName(), QByteArray("UIDVALIDITY"));
        QCOMPARE(s->code[1].number, quint64(3857529045));
        QCOMPARE(s->status, Response::Status::Ok);
        QCOMPARE(s->name, QByteArray("OK"));
        QVERIFY(Value::string("NIL").isString());
        QVERIFY(!Value::string("NIL").isAtom("NIL"));
    }

    /** 10,000 FETCH responses with 64 KiB bodies through 1 MiB reads, and 1,000 of them in one
     *  feed: linear time (no quadratic buffer shifting), bodies exact. Only the parser is timed. */
    void manyLargeFetches()
    {
        const QByteArray body = QByteArray("Subject: x\r\n\r\n").append(QByteArray(64 * 1024 - 14, 'b'));
        const QByteArray tail = QByteArray(" BODY[] {").append(QByteArray::number(body.size())).append("}\r\n");
        auto append = [&](QByteArray &out, int i) {
            out.append("* ").append(QByteArray::number(i)).append(" FETCH (UID ").append(QByteArray::number(i));
            out.append(tail).append(body).append(")\r\n");
        };

        QElapsedTimer t;
        qint64 chunked = 0;
        ResponseParser p;
        QByteArray pending;
        int count = 0;
        for (int i = 1; i <= 10000; ++i) {
            append(pending, i);
            if (pending.size() >= 1024 * 1024 || i == 10000) {
                t.start();
                p.feed(pending);
                while (std::optional<Response> r = p.next()) {
                    ++count;
                    if (r->fetchItem("UID")->number != quint64(count)) QFAIL("UID out of order");
                    if (r->fetchItem("BODY[]")->bytes.size() != body.size()) QFAIL("body size");
                }
                chunked += t.nsecsElapsed();
                pending.clear();
            }
        }
        QVERIFY(!p.error());
        QCOMPARE(count, 10000);
        QCOMPARE(p.buffered(), 0);

        QByteArray all;
        for (int i = 1; i <= 1000; ++i)
            append(all, i);
        t.start();
        ResponseParser q;
        q.feed(all);
        count = 0;
        while (std::optional<Response> r = q.next()) {
            ++count;
            if (count == 1000) QCOMPARE(r->fetchItem("BODY[]")->bytes, body);
        }
        const qint64 oneFeed = t.elapsed();
        QCOMPARE(count, 1000);
        qInfo("parser time: 10,000 x 64 KiB in 1 MiB reads %lld ms; 1,000 in one feed %lld ms", chunked / 1000000, oneFeed);
        QVERIFY(chunked < 60LL * 1000 * 1000 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestImapResponse)
#include "tst_imapresponse.moc"
