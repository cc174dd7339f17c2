#pragma once
/** @short IMAP server responses as values, and the incremental parser that frames and reads them
 *  (RFC 3501 section 7 and 9, RFC 9051; LITERAL+ RFC 7888, literal8 RFC 3516).
 *
 * The parser never does I/O: the connection hands it whatever bytes arrived (any chunking) and takes
 * complete responses out. Framing counts literal bytes ({N}\r\n then exactly N bytes), so nothing a
 * message body contains — "A004 OK done", "* 3 EXISTS", ")", "{5}" on its own lines — can end a
 * response early or start a new one. Everything is bounded by Limits: a literal announced larger
 * than maxLiteral, a line longer than maxLine or lists nested deeper than maxDepth are errors, found
 * before anything of that size is buffered or allocated.
 *
 * Value, Response and Limits are plain values (copyable, thread-agnostic); ResponseParser is the one
 * class with state. */
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

#include <optional>

namespace mailtide::imap {

/** One IMAP data item (RFC 3501 section 9 / RFC 9051 grammar).
 *
 * Atoms are read leniently: any run of bytes other than SP, CTL, "(", ")", "\"" and "{"; a "[" in
 * an atom opens a section that runs to the next "]" and may hold spaces and parentheses, so
 * `BODY[HEADER.FIELDS (SUBJECT FROM)]` and `BODY[]<0>` are single atoms, as are flags (`\Seen`,
 * `\*`, `$Forwarded`) and sequence sets (`304,319:320`, `1:*`).
 *
 * A run of digits is a Number when it is at most 2^63-1 (RFC 9051 number64); a longer run stays an
 * Atom with the digits as bytes, so a server's oversized counter is visible to the caller as "not a
 * number" instead of ending the session. NIL is recognised in any case (`nil`, `Nil`); the quoted
 * "NIL" is a String. */
struct Value
{
    enum class Kind : quint8 { Atom, Number, String, Nil, List };
    Kind kind = Kind::Nil;
    QByteArray bytes;    ///< Atom text, or String bytes (quoted: unescaped; literal: exact bytes)
    quint64 number = 0;  ///< Number
    QVector<Value> list; ///< List
    /** Set for a String that came as a literal ({N} or ~{N}), for callers that care (BINARY). */
    bool literal = false;

    bool isAtom(const char *caselessName) const; // ASCII case-insensitive compare, Atom only
    bool isString() const { return kind == Kind::String; }
    bool isNil() const { return kind == Kind::Nil; }
    bool isList() const { return kind == Kind::List; }
    bool isNumber() const { return kind == Kind::Number; }
    /** String or Atom bytes (NIL → empty); a Number's decimal digits. For astring/nstring fields. */
    QByteArray text() const;

    static Value atom(QByteArray text);
    static Value string(QByteArray bytes);
    static Value num(quint64 n);
    static Value nil() { return {}; }
    static Value listOf(QVector<Value> items);
};

/** One complete server response: tagged status, untagged status or data, or a continuation
 *  request (RFC 3501 section 7). */
struct Response
{
    enum class Type : quint8 { Tagged, Untagged, Continuation };
    enum class Status : quint8 { None, Ok, No, Bad, Preauth, Bye };
    Type type = Type::Untagged;
    QByteArray tag;               ///< Tagged only
    Status status = Status::None; ///< OK/NO/BAD/PREAUTH/BYE (tagged or untagged); None for data
    /** Response code inside [...] (RFC 3501 section 7.1): the code's name as an Atom, then its
     *  arguments as values, e.g. {Atom UIDVALIDITY, Number 3857529045}; empty if none. When the
     *  arguments do not read as values (an unknown code with free text), they are one Atom of the
     *  raw bytes up to "]". */
    QVector<Value> code;
    /** Human-readable text after the status (and code), trailing spaces dropped; Continuation: the
     *  rest of the line after "+ ". Should a server end the text with a literal announcement, the
     *  literal was still counted (no desynchronisation) and the text holds the raw remainder. */
    QByteArray text;
    std::optional<quint64> number; ///< "* 23 EXISTS", "* 5 FETCH (...)": the leading number
    /** Data keyword upper-cased: CAPABILITY LIST LSUB FLAGS SEARCH ESEARCH FETCH EXISTS RECENT EXPUNGE
     *  VANISHED STATUS ENABLED NAMESPACE ID ... For status responses (tagged or untagged) the status
     *  word, upper-cased. Empty for a continuation. */
    QByteArray name;
    QVector<Value> data; ///< the rest of the response parsed as values (for FETCH: one List)

    /** For FETCH: the value following the item name (ASCII caseless, exact match on the atom as
     *  sent: "BODY[]<0>" does not match "BODY[]"), e.g. item("UID"); nullptr if absent. */
    const Value *fetchItem(const char *name) const;
    /** The response code's name (upper-cased), e.g. "UIDVALIDITY"; empty if there is no code. */
    QByteArray codeName() const;
    bool isStatus() const { return status != Status::None; }
};

struct Limits
{
    qint64 maxLiteral = 64LL * 1024 * 1024; ///< a literal announced larger is an error
    qint64 maxLine = 1024 * 1024;           ///< bytes of protocol text (outside literals) per response
    int maxDepth = 64;                      ///< list nesting (recursion depth; keep it small)
};

/** @short Incremental parser: feed any chunking of the server's bytes; take complete responses out.
 *
 * Owns a copy of the bytes not yet returned (compacted as responses are taken, so a long session
 * costs linear time). Lives on the thread that uses it; not thread-safe; no I/O, no logging.
 *
 * Errors come in order: next() first returns every response that was complete before the offending
 * bytes, then returns nullopt with error() set. After an error it stays in error and ignores further
 * bytes (the connection must be dropped). Error::detail holds the offending bytes, at most 80 of
 * them, non-printable ones escaped.
 *
 * Leniency (real servers and proxies): a bare LF ends a line like CRLF; spaces before the line end
 * are ignored; status words and NIL in any case; more than one space between items. Not lenient:
 * an empty line, a line that is not an IMAP response (e.g. "HTTP/1.1 400 Bad Request"), control
 * bytes outside strings, an unterminated quoted string, a malformed or oversized literal. A
 * response whose first byte is a control or non-ASCII byte is refused as soon as that byte
 * arrives, without waiting for a line end that binary junk may never send. */
class ResponseParser
{
public:
    explicit ResponseParser(Limits limits = {});
    void feed(QByteArrayView bytes);
    /** The next complete response; nullopt when more bytes are needed or after an error. */
    std::optional<Response> next();
    const std::optional<Error> &error() const;
    /** Bytes the parser holds, not yet returned. */
    qsizetype buffered() const;
    /** When the parser is inside a literal: how many more literal bytes it waits for (for progress), else 0. */
    qint64 pendingLiteral() const;

private:
    struct Literal
    {
        qsizetype announce; ///< offset of "{" (or "~" of "~{") in m_buf
        qsizetype start;    ///< offset of the first literal byte in m_buf
        qint64 size;
    };
    struct Frame
    {
        qsizetype start; ///< offset in m_buf of the response's first byte
        qsizetype end;   ///< one past its final line end
        QVector<Literal> literals;
    };

    void scan();
    void fail(Error error);
    void compact();

    Limits m_limits;
    QByteArray m_buf;
    qsizetype m_pos = 0;       ///< first byte not yet returned
    qsizetype m_scan = 0;      ///< first byte framing has not looked at
    qsizetype m_lineStart = 0; ///< start of the line being framed
    qint64 m_textBytes = 0;    ///< protocol text of the frame being scanned, complete lines only
    qint64 m_literalLeft = 0;  ///< literal bytes framing still waits for
    Frame m_current{0, 0, {}};
    QVector<Frame> m_ready;
    qsizetype m_readyHead = 0;
    std::optional<Error> m_pendingError; ///< found by framing after the ready frames
    std::optional<Error> m_error;
};

/** Convenience for tests and tiny callers: parses exactly one response from bytes (final line end
 *  included); incomplete input or bytes after the response are errors. */
Result<Response> parseOne(QByteArrayView bytes, Limits limits = {});

} // namespace mailtide::imap
