#pragma once
/** @short A scripted loopback IMAP server for fault tests (STYLE 4), after KIMAP's FakeServer.
 *
 * Listens on 127.0.0.1, port 0 (the kernel picks a free one). Each accepted connection plays the
 * next script given to addScript(), step by step. A script is a list of lines:
 *
 *   "S: <text>"         send text + CRLF; "{tag}" is replaced by the tag of the last C: line
 *   "SEND_RAW <bytes>"  send the bytes exactly (no CRLF added, no "{tag}" replaced): literals, junk
 *   "C: <line>"         read one line from the client and compare it with <line> (no CRLF); a line
 *                       starting "{tag} " takes any tag and remembers it for later S: lines
 *   "LOGIN <caps>"      libcurl's login phase, whatever mechanism it picks: answers "CAPABILITY" with
 *                       "* CAPABILITY <caps>", "LOGIN ..." with OK, "AUTHENTICATE PLAIN" with a
 *                       continuation and OK (with or without SASL-IR); done after the login's OK
 *   "DROP"              close the socket (after the bytes already queued are written)
 *   "STALL"             stop answering; the socket stays open until the server is destroyed
 *
 * libcurl 7.88 with CURLOPT_CONNECT_ONLY, seen on the wire: "A001 CAPABILITY" (even when the
 * greeting has a CAPABILITY code), then "A002 AUTHENTICATE PLAIN", and after our "+" the base64
 * line, when AUTH=PLAIN is offered (in one line with SASL-IR), else "A002 LOGIN user password".
 * It sends no LOGOUT when the handle is cleaned up. A LOGOUT after the script ended is answered
 * ("* BYE", OK) and the socket closed; any other line after the end is a problem.
 *
 * A C: line that does not match what arrived is a mismatch: recorded with both lines, answered
 * with "* BYE" and the socket closed, so the client fails fast; the test reads problems(). Every
 * line received is recorded (received()).
 *
 * The server lives in its own QThread: the code under test blocks in poll() on the test's thread.
 * The public methods are thread-safe and meant for the test's thread. */
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mailtide::test {

class FakeImapServer
{
public:
    FakeImapServer();  ///< nothing started
    ~FakeImapServer(); ///< closes every socket, stops the thread
    FakeImapServer(const FakeImapServer &) = delete;
    FakeImapServer &operator=(const FakeImapServer &) = delete;

    /** Starts the thread and listens on 127.0.0.1 port 0. */
    mailtide::Status start();
    quint16 port() const;
    QString host() const { return QStringLiteral("127.0.0.1"); }

    /** The script for the next connection (scripts are used in the order added). A connection
     *  with no script left is recorded as a problem and closed. */
    void addScript(const QByteArrayList &steps);
    /** Waits until every script added so far has run to its end (or up to timeoutMs); false and a
     *  problem recorded for each script that did not. */
    bool waitForScripts(int timeoutMs = 3000);
    /** Mismatches, connections without a script, scripts not finished (after waitForScripts). */
    QStringList problems() const;
    /** Every line the clients sent, in order, over all connections (CRLF removed). */
    QByteArrayList received() const;
    /** Forgets scripts, problems and received lines (between tests); open sockets are closed. */
    void reset();

    /** A FETCH response with the message as a literal, as a "SEND_RAW " step:
     *  "* seq FETCH (UID uid FLAGS (flags) INTERNALDATE "..." RFC822.SIZE n BODY[]<0> {n}\r\n<bytes>)\r\n".
     *  The bytes are sent as given (tests pass CRLF text, as a server would). */
    static QByteArray fetchStep(quint64 seq, quint64 uid, const QByteArray &message, const QByteArray &flags = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::test
