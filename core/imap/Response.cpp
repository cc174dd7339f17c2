#include "imap/Response.h"

#include <limits>

namespace mailtide::imap {

namespace {

constexpr qsizetype kDetailBytes = 80;

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool equalsCaseless(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i])) return false;
    return true;
}

QByteArray upperAscii(QByteArrayView v)
{
    QByteArray out(v.data(), v.size());
    for (char &c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 32);
    return out;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** The offending bytes for Error::detail: at most kDetailBytes, CR/LF/TAB and other non-printable
 *  bytes escaped, so a log line stays one line and binary junk stays readable. */
QString snippet(QByteArrayView v)
{
    QString out;
    const qsizetype n = std::min(v.size(), kDetailBytes);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(v[i]);
        if (c == '\r')
            out += QLatin1String("\\r");
        else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c == '\\')
            out += QLatin1String("\\\\");
        else if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (v.size() > n) out += QLatin1String("...");
    return out;
}

/** Digits to a number; nullopt when empty, not all digits, or above max. */
std::optional<quint64> parseDigits(QByteArrayView v, quint64 max)
{
    if (v.isEmpty()) return std::nullopt;
    quint64 n = 0;
    for (char c : v) {
        if (!isDigit(c)) return std::nullopt;
        const auto d = quint64(c - '0');
        if (n > (max - d) / 10) return std::nullopt;
        n = n * 10 + d;
    }
    return n;
}

constexpr quint64 kMaxNumber = quint64(std::numeric_limits<qint64>::max()); // RFC 9051 number64

/** Reads one framed response (its bytes with the literals framing found) into a Response. The
 *  framing already guarantees every literal's bytes are present and where they are; this only
 *  checks that each "{" it meets in a value position is one of them. Recursion is bounded by
 *  Limits::maxDepth. */
class Reader
{
public:
    struct Lit
    {
        qsizetype announce;
        qsizetype start;
        qint64 size;
    };

    Reader(QByteArrayView frame, QVector<Lit> literals, int maxDepth)
        : m_d(frame), m_lits(std::move(literals)), m_maxDepth(maxDepth)
    {
    }

    Result<Response> read()
    {
        Response r;
        if (m_d.isEmpty() || atLineEnd()) return fail(QStringLiteral("Empty line where an IMAP response was expected"));
        const char c = m_d[0];
        if (c == '+') {
            r.type = Response::Type::Continuation;
            m_pos = 1;
            if (m_pos < m_d.size() && m_d[m_pos] == ' ') ++m_pos;
            readRespText(r);
            return finish(std::move(r));
        }
        if (c == '*') {
            r.type = Response::Type::Untagged;
            m_pos = 1;
            if (!skipSpaces()) return fail(QStringLiteral("Untagged response without a space after '*'"));
            if (isDigit(peek())) {
                const QByteArrayView digits = readWord();
                const auto n = parseDigits(digits, kMaxNumber);
                if (!n) return fail(QStringLiteral("Message number out of range in untagged response"));
                r.number = *n;
                if (!skipSpaces() || atLineEnd())
                    return fail(QStringLiteral("Untagged response with a number but no keyword"));
            }
            const QByteArrayView word = readWord();
            if (word.isEmpty() || !isKeyword(word))
                return fail(QStringLiteral("Untagged response without a valid keyword"));
            r.name = upperAscii(word);
            r.status = statusOf(r.name);
            if (r.status != Response::Status::None) {
                if (r.number) return fail(QStringLiteral("Status response with a message number"));
                readRespText(r);
                return finish(std::move(r));
            }
            if (!readValuesToEnd(r.data)) return failed();
            return finish(std::move(r));
        }

        r.type = Response::Type::Tagged;
        const QByteArrayView tag = readWord();
        if (tag.isEmpty() || !isTag(tag) || !skipSpaces())
            return fail(QStringLiteral("Not an IMAP response"), 0);
        r.tag = tag.toByteArray();
        const QByteArrayView word = readWord();
        r.name = upperAscii(word);
        r.status = statusOf(r.name);
        if (r.status != Response::Status::Ok && r.status != Response::Status::No && r.status != Response::Status::Bad)
            return fail(QStringLiteral("Not an IMAP response (a tagged response needs OK, NO or BAD)"), 0);
        readRespText(r);
        return finish(std::move(r));
    }

private:
    static Response::Status statusOf(QByteArrayView upper)
    {
        if (upper == "OK") return Response::Status::Ok;
        if (upper == "NO") return Response::Status::No;
        if (upper == "BAD") return Response::Status::Bad;
        if (upper == "PREAUTH") return Response::Status::Preauth;
        if (upper == "BYE") return Response::Status::Bye;
        return Response::Status::None;
    }

    /** RFC 3501 tag: ASTRING-CHARs except "+" (printable ASCII minus atom-specials). */
    static bool isTag(QByteArrayView v)
    {
        for (char c : v) {
            const auto u = static_cast<unsigned char>(c);
            if (u <= 0x20 || u >= 0x7f || c == '+' || c == '(' || c == ')' || c == '{' || c == '%' || c == '*'
                || c == '"' || c == '\\')
                return false;
        }
        return true;
    }

    /** A response keyword: printable ASCII letters, digits and "-", "." or "_" (X-GM-..., X.400). */
    static bool isKeyword(QByteArrayView v)
    {
        for (char c : v)
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c) || c == '-' || c == '.' || c == '_'))
                return false;
        return true;
    }

    char peek() const { return m_pos < m_d.size() ? m_d[m_pos] : '\0'; }

    bool atLineEnd() const
    {
        if (m_pos >= m_d.size()) return true;
        const char c = m_d[m_pos];
        return c == '\n' || (c == '\r' && m_pos + 1 < m_d.size() && m_d[m_pos + 1] == '\n');
    }

    /** Skips spaces; false if there was none (and not at the line end). */
    bool skipSpaces()
    {
        const qsizetype from = m_pos;
        while (m_pos < m_d.size() && m_d[m_pos] == ' ')
            ++m_pos;
        return m_pos > from || atLineEnd();
    }

    /** Bytes up to the next space or line end (tags, keywords, the leading number). */
    QByteArrayView readWord()
    {
        const qsizetype from = m_pos;
        while (m_pos < m_d.size() && m_d[m_pos] != ' ' && m_d[m_pos] != '\r' && m_d[m_pos] != '\n')
            ++m_pos;
        return m_d.sliced(from, m_pos - from);
    }

    /** The rest of the current line, without its line end and trailing spaces; moves to the line end. */
    QByteArrayView restOfLine()
    {
        const qsizetype from = m_pos;
        while (!atLineEnd())
            ++m_pos;
        qsizetype end = m_pos;
        while (end > from && m_d[end - 1] == ' ')
            --end;
        return m_d.sliced(from, end - from);
    }

    /** resp-text = ["[" resp-text-code "]" SP] text (RFC 3501 section 9). A "[" without a "]" on
     *  the line is text. */
    void readRespText(Response &r)
    {
        while (peek() == ' ')
            ++m_pos;
        if (peek() == '[') {
            const qsizetype open = m_pos;
            qsizetype close = -1;
            for (qsizetype i = open + 1; i < m_d.size() && m_d[i] != '\n' && m_d[i] != '\r'; ++i) {
                if (m_d[i] == ']') {
                    close = i;
                    break;
                }
            }
            if (close > open + 1) readCode(r, open, close);
        }
        while (peek() == ' ')
            ++m_pos;
        const qsizetype from = m_pos;
        const QByteArrayView line = restOfLine();
        if (m_pos + lineEndSize() < m_d.size()) {
            // A literal announced at the end of the text: framing counted it; keep it raw.
            qsizetype end = m_d.size();
            while (end > from && (m_d[end - 1] == '\n' || m_d[end - 1] == '\r'))
                --end;
            r.text = m_d.sliced(from, end - from).toByteArray();
            m_pos = m_d.size();
            m_lits.clear();
            return;
        }
        r.text = line.toByteArray();
    }

    /** The code between open "[" and the "]" found on the line; its arguments as values when they
     *  read as values up to that "]", else one raw Atom. */
    void readCode(Response &r, qsizetype open, qsizetype close)
    {
        m_pos = open + 1;
        const qsizetype nameFrom = m_pos;
        while (m_pos < close && m_d[m_pos] != ' ')
            ++m_pos;
        r.code.append(Value::atom(upperAscii(m_d.sliced(nameFrom, m_pos - nameFrom))));
        while (m_pos < close && m_d[m_pos] == ' ')
            ++m_pos;
        if (m_pos == close) {
            m_pos = close + 1;
            return;
        }
        const qsizetype argsFrom = m_pos;
        const qsizetype litIndex = m_litIndex;
        QVector<Value> args;
        bool ok = true;
        m_inCode = true;
        while (ok) {
            while (peek() == ' ')
                ++m_pos;
            if (peek() == ']') break;
            if (atLineEnd()) {
                ok = false;
                break;
            }
            Value v;
            ok = readValue(v, 0);
            if (ok) args.append(std::move(v));
        }
        m_inCode = false;
        m_error.reset();
        if (ok) {
            r.code += args;
            m_pos = m_pos + 1;
            return;
        }
        qsizetype end = close;
        while (end > argsFrom && m_d[end - 1] == ' ')
            --end;
        r.code.append(Value::atom(m_d.sliced(argsFrom, end - argsFrom).toByteArray()));
        m_litIndex = litIndex;
        m_pos = close + 1;
    }

    qsizetype lineEndSize() const
    {
        if (m_pos < m_d.size() && m_d[m_pos] == '\n') return 1;
        if (m_pos + 1 < m_d.size() && m_d[m_pos] == '\r' && m_d[m_pos + 1] == '\n') return 2;
        return 0;
    }

    bool readValuesToEnd(QVector<Value> &out)
    {
        for (;;) {
            while (peek() == ' ')
                ++m_pos;
            if (atLineEnd()) return true;
            Value v;
            if (!readValue(v, 0)) return false;
            out.append(std::move(v));
        }
    }

    bool readValue(Value &v, int depth)
    {
        const char c = peek();
        if (c == '(') return readList(v, depth + 1);
        if (c == '"') return readQuoted(v);
        if (c == '{' || (c == '~' && m_pos + 1 < m_d.size() && m_d[m_pos + 1] == '{')) return readLiteral(v);
        if (c == ')') return setError(QStringLiteral("Unexpected ')'"));
        return readAtom(v);
    }

    bool readList(Value &v, int depth)
    {
        if (depth > m_maxDepth)
            return setError(QStringLiteral("Lists nested deeper than %1 levels").arg(m_maxDepth));
        ++m_pos; // "("
        v.kind = Value::Kind::List;
        for (;;) {
            while (peek() == ' ')
                ++m_pos;
            if (peek() == ')') {
                ++m_pos;
                return true;
            }
            if (atLineEnd()) return setError(QStringLiteral("Unterminated list"));
            if (m_inCode && peek() == ']') return setError(QStringLiteral("Unterminated list in response code"));
            Value item;
            if (!readValue(item, depth)) return false;
            v.list.append(std::move(item));
        }
    }

    /** quoted = DQUOTE *QUOTED-CHAR DQUOTE; "\\" and "\"" are unescaped, another backslash pair is
     *  kept as sent; 8-bit bytes are kept (UTF-8 under RFC 9051). Must end on its line. */
    bool readQuoted(Value &v)
    {
        ++m_pos;
        v.kind = Value::Kind::String;
        const qsizetype from = m_pos;
        // Fast path: no escapes.
        qsizetype i = from;
        while (i < m_d.size() && m_d[i] != '"' && m_d[i] != '\\' && m_d[i] != '\r' && m_d[i] != '\n' && m_d[i] != '\0')
            ++i;
        if (i < m_d.size() && m_d[i] == '"') {
            v.bytes = m_d.sliced(from, i - from).toByteArray();
            m_pos = i + 1;
            return true;
        }
        QByteArray out = m_d.sliced(from, i - from).toByteArray();
        while (i < m_d.size()) {
            const char c = m_d[i];
            if (c == '"') {
                v.bytes = std::move(out);
                m_pos = i + 1;
                return true;
            }
            if (c == '\r' || c == '\n') break;
            if (c == '\\' && i + 1 < m_d.size() && m_d[i + 1] != '\r' && m_d[i + 1] != '\n') {
                const char e = m_d[i + 1];
                if (e != '"' && e != '\\') out += '\\';
                out += e;
                i += 2;
                continue;
            }
            if (c == '\0') {
                m_pos = i;
                return setError(QStringLiteral("NUL byte in a quoted string"));
            }
            out += c;
            ++i;
        }
        m_pos = from - 1;
        return setError(QStringLiteral("Unterminated quoted string"));
    }

    bool readLiteral(Value &v)
    {
        if (m_litIndex >= m_lits.size() || m_lits[m_litIndex].announce != m_pos)
            return setError(QStringLiteral("Malformed literal (\"{\" not followed by a size and the line end)"));
        const Lit &l = m_lits[m_litIndex++];
        v.kind = Value::Kind::String;
        v.literal = true;
        v.bytes = m_d.sliced(l.start, qsizetype(l.size)).toByteArray();
        m_pos = l.start + qsizetype(l.size);
        return true;
    }

    bool readAtom(Value &v)
    {
        const qsizetype from = m_pos;
        while (m_pos < m_d.size()) {
            const auto c = static_cast<unsigned char>(m_d[m_pos]);
            if (c == ' ' || c == '(' || c == ')' || c == '"' || c == '{' || c == '\n' || (c == '\r' && atLineEnd())) break;
            if (c == ']' && m_inCode) break;
            if (c < 0x20 || c == 0x7f) return setError(QStringLiteral("Control character outside a string"));
            if (c == '[') {
                // A section: spaces and parentheses belong to the atom up to "]".
                ++m_pos;
                while (m_pos < m_d.size() && m_d[m_pos] != ']' && m_d[m_pos] != '\r' && m_d[m_pos] != '\n')
                    ++m_pos;
                if (m_pos >= m_d.size() || m_d[m_pos] != ']')
                    return setError(QStringLiteral("Unterminated '[' in an atom"));
            }
            ++m_pos;
        }
        const QByteArrayView text = m_d.sliced(from, m_pos - from);
        if (text.isEmpty()) return setError(QStringLiteral("Unexpected byte where a value was expected"));
        if (isDigit(text[0])) {
            if (const auto n = parseDigits(text, kMaxNumber)) {
                v.kind = Value::Kind::Number;
                v.number = *n;
                return true;
            }
        }
        if (equalsCaseless(text, "NIL")) {
            v.kind = Value::Kind::Nil;
            return true;
        }
        v.kind = Value::Kind::Atom;
        v.bytes = text.toByteArray();
        return true;
    }

    bool setError(QString message)
    {
        if (!m_error) m_error = std::move(message);
        return false;
    }

    Result<Response> failed() { return fail(m_error.value_or(QStringLiteral("Malformed IMAP response"))); }

    /** An error with the offending bytes: from the start of the line holding position `at` (default:
     *  where reading stopped), or from shortly before it when that is far into a long line. */
    Result<Response> fail(QString message, qsizetype at = -1)
    {
        at = std::min(at < 0 ? m_pos : at, m_d.size());
        qsizetype lineStart = at;
        while (lineStart > 0 && m_d[lineStart - 1] != '\n')
            --lineStart;
        if (at - lineStart > kDetailBytes / 2) lineStart = at - kDetailBytes / 4;
        return Error{std::move(message), snippet(m_d.sliced(lineStart))};
    }

    Result<Response> finish(Response r)
    {
        while (peek() == ' ')
            ++m_pos;
        if (m_error) return failed();
        if (!atLineEnd()) return fail(QStringLiteral("Unexpected bytes at the end of the response"));
        m_pos += lineEndSize();
        if (m_pos != m_d.size()) return fail(QStringLiteral("Line end inside a response"));
        return r;
    }

    QByteArrayView m_d;
    QVector<Lit> m_lits;
    qsizetype m_litIndex = 0;
    qsizetype m_pos = 0;
    int m_maxDepth;
    bool m_inCode = false;
    std::optional<QString> m_error;
};

enum class Announce { None, Literal, Malformed };

/** Whether a line (its bytes up to the line end) ends with a literal announcement {N}, {N+} or
 *  ~{N} (RFC 3501 section 4.3, RFC 7888, RFC 3516), and where its "{" (or "~") is. Trailing spaces
 *  are ignored. A "{...}" whose content is not a size but looks like one (sign, "+" misplaced) is
 *  Malformed; any other braces are text, left to the reader. */
Announce findAnnouncement(QByteArrayView line, qsizetype *announce, QByteArrayView *digits)
{
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\r'))
        --end;
    if (end == 0 || line[end - 1] != '}') return Announce::None;
    qsizetype open = end - 2;
    while (open >= 0 && line[open] != '{' && end - open < 40)
        --open;
    if (open < 0 || line[open] != '{') return Announce::None;
    QByteArrayView inner = line.sliced(open + 1, end - open - 2);
    if (inner.endsWith('+')) inner.chop(1);
    bool digitsOnly = !inner.isEmpty();
    bool sizeLike = true;
    for (char c : inner) {
        if (!isDigit(c)) digitsOnly = false;
        if (!isDigit(c) && c != '-' && c != '+' && c != ' ') sizeLike = false;
    }
    if (!digitsOnly) return (sizeLike && !inner.isEmpty()) ? Announce::Malformed : Announce::None;
    *announce = (open > 0 && line[open - 1] == '~') ? open - 1 : open;
    *digits = inner;
    return Announce::Literal;
}

} // namespace

bool Value::isAtom(const char *caselessName) const
{
    return kind == Kind::Atom && equalsCaseless(bytes, QByteArrayView(caselessName));
}

QByteArray Value::text() const
{
    switch (kind) {
    case Kind::Atom:
    case Kind::String:
        return bytes;
    case Kind::Number:
        return QByteArray::number(number);
    case Kind::Nil:
    case Kind::List:
        break;
    }
    return {};
}

Value Value::atom(QByteArray text)
{
    Value v;
    v.kind = Kind::Atom;
    v.bytes = std::move(text);
    return v;
}

Value Value::string(QByteArray bytes)
{
    Value v;
    v.kind = Kind::String;
    v.bytes = std::move(bytes);
    return v;
}

Value Value::num(quint64 n)
{
    Value v;
    v.kind = Kind::Number;
    v.number = n;
    return v;
}

Value Value::listOf(QVector<Value> items)
{
    Value v;
    v.kind = Kind::List;
    v.list = std::move(items);
    return v;
}

const Value *Response::fetchItem(const char *itemName) const
{
    if (name != "FETCH" || data.isEmpty() || !data[0].isList()) return nullptr;
    const QVector<Value> &items = data[0].list;
    for (qsizetype i = 0; i + 1 < items.size(); i += 2)
        if (items[i].isAtom(itemName)) return &items[i + 1];
    return nullptr;
}

QByteArray Response::codeName() const
{
    return code.isEmpty() ? QByteArray() : code[0].bytes;
}

ResponseParser::ResponseParser(Limits limits) : m_limits(limits) {}

void ResponseParser::feed(QByteArrayView bytes)
{
    if (m_error || m_pendingError || bytes.isEmpty()) return;
    compact();
    m_buf.append(bytes.data(), bytes.size());
    scan();
}

/** Drops returned bytes from the front once they are at least half the buffer, so the cost of
 *  moving the rest is paid for by the bytes already consumed (linear overall). */
void ResponseParser::compact()
{
    if (m_pos == 0) return;
    if (m_pos == m_buf.size()) {
        m_buf.clear();
    } else if (m_pos >= 4096 && m_pos * 2 >= m_buf.size()) {
        m_buf.remove(0, m_pos);
    } else {
        return;
    }
    const qsizetype shift = m_pos;
    m_pos = 0;
    m_scan -= shift;
    m_lineStart -= shift;
    m_current.start -= shift;
    m_current.end -= shift;
    for (Literal &l : m_current.literals) {
        l.announce -= shift;
        l.start -= shift;
    }
    for (qsizetype i = m_readyHead; i < m_ready.size(); ++i) {
        Frame &f = m_ready[i];
        f.start -= shift;
        f.end -= shift;
        for (Literal &l : f.literals) {
            l.announce -= shift;
            l.start -= shift;
        }
    }
}

/** Framing: finds where responses end, counting literal bytes, and checks the limits as bytes
 *  arrive (a line is measured before its end is seen). */
void ResponseParser::scan()
{
    const qsizetype size = m_buf.size();
    while (m_scan < size) {
        if (m_literalLeft > 0) {
            const qint64 take = std::min<qint64>(m_literalLeft, size - m_scan);
            m_scan += qsizetype(take);
            m_literalLeft -= take;
            if (m_literalLeft > 0) return;
            m_lineStart = m_scan;
            continue;
        }
        // A response starts with '*', '+' or a tag (atom characters): a first byte that is a
        // control or non-ASCII byte is not IMAP, and is refused now rather than after a line end
        // that binary junk may never send (which would end as a timeout, wrongly diagnosed).
        if (m_scan == m_current.start) {
            const auto first = static_cast<unsigned char>(m_buf[m_scan]);
            if ((first < 0x20 && first != '\r' && first != '\n') || first >= 0x7f) {
                fail(Error{QStringLiteral("Not an IMAP response"),
                           snippet(QByteArrayView(m_buf).sliced(m_scan, std::min<qsizetype>(size - m_scan, kDetailBytes)))});
                return;
            }
        }
        const qsizetype nl = m_buf.indexOf('\n', m_scan);
        const qsizetype lineEnd = nl < 0 ? size : nl + 1;
        if (m_textBytes + (lineEnd - m_lineStart) > m_limits.maxLine) {
            const QByteArrayView line = QByteArrayView(m_buf).sliced(m_lineStart, std::min<qsizetype>(lineEnd - m_lineStart, kDetailBytes + 1));
            fail(Error{QStringLiteral("IMAP response longer than %1 bytes (outside literals)").arg(m_limits.maxLine),
                       snippet(line)});
            return;
        }
        if (nl < 0) {
            m_scan = size;
            return;
        }
        m_textBytes += lineEnd - m_lineStart;
        const QByteArrayView line = QByteArrayView(m_buf).sliced(m_lineStart, nl - m_lineStart);
        qsizetype announce = -1;
        QByteArrayView digits;
        const Announce a = findAnnouncement(line, &announce, &digits);
        if (a == Announce::Malformed) {
            fail(Error{QStringLiteral("Malformed literal size in IMAP response"), snippet(line.last(std::min<qsizetype>(line.size(), kDetailBytes)))});
            return;
        }
        m_scan = lineEnd;
        if (a == Announce::Literal) {
            const auto n = parseDigits(digits, quint64(m_limits.maxLiteral));
            if (!n) {
                fail(Error{QStringLiteral("IMAP literal of %1 bytes exceeds the limit of %2 bytes")
                               .arg(QString::fromLatin1(digits.first(std::min<qsizetype>(digits.size(), 40))))
                               .arg(m_limits.maxLiteral),
                           snippet(line.last(std::min<qsizetype>(line.size(), kDetailBytes)))});
                return;
            }
            m_current.literals.append({m_lineStart + announce, m_scan, qint64(*n)});
            m_literalLeft = qint64(*n);
            m_lineStart = m_scan;
            // One allocation for a large literal (its size is within the limit), still geometric.
            const qsizetype needed = m_scan + qsizetype(*n) + 256;
            if (needed > m_buf.capacity()) m_buf.reserve(std::max(needed, m_buf.capacity() + m_buf.capacity() / 2));
            continue;
        }
        m_current.end = m_scan;
        m_ready.append(std::move(m_current));
        m_current = Frame{m_scan, m_scan, {}};
        m_lineStart = m_scan;
        m_textBytes = 0;
    }
}

void ResponseParser::fail(Error error)
{
    m_pendingError = std::move(error);
    m_literalLeft = 0;
}

std::optional<Response> ResponseParser::next()
{
    if (m_error) return std::nullopt;
    if (m_readyHead >= m_ready.size()) {
        if (m_readyHead > 0) {
            m_ready.clear();
            m_readyHead = 0;
        }
        if (m_pendingError) {
            m_error = std::move(m_pendingError);
            m_pendingError.reset();
            m_buf = QByteArray();
            m_pos = m_scan = m_lineStart = 0;
            m_current = Frame{0, 0, {}};
        }
        return std::nullopt;
    }
    Frame f = std::move(m_ready[m_readyHead++]);
    QVector<Reader::Lit> lits;
    lits.reserve(f.literals.size());
    for (const Literal &l : f.literals)
        lits.append({l.announce - f.start, l.start - f.start, l.size});
    Reader reader(QByteArrayView(m_buf).sliced(f.start, f.end - f.start), std::move(lits), m_limits.maxDepth);
    Result<Response> r = reader.read();
    m_pos = f.end;
    if (!r) {
        m_error = r.error();
        m_pendingError.reset();
        m_ready.clear();
        m_readyHead = 0;
        m_buf = QByteArray();
        m_pos = m_scan = m_lineStart = 0;
        m_literalLeft = 0;
        m_current = Frame{0, 0, {}};
        return std::nullopt;
    }
    return std::move(r.value());
}

const std::optional<Error> &ResponseParser::error() const
{
    return m_error;
}

qsizetype ResponseParser::buffered() const
{
    return m_buf.size() - m_pos;
}

qint64 ResponseParser::pendingLiteral() const
{
    return m_literalLeft;
}

Result<Response> parseOne(QByteArrayView bytes, Limits limits)
{
    ResponseParser p(limits);
    p.feed(bytes);
    std::optional<Response> r = p.next();
    if (p.error()) return *p.error();
    if (!r) {
        QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), kDetailBytes + 1));
        return Error{QStringLiteral("Incomplete IMAP response"), snippet(head)};
    }
    if (p.buffered() > 0) {
        const QByteArrayView rest = bytes.last(p.buffered());
        return Error{QStringLiteral("Bytes after the IMAP response"), snippet(rest)};
    }
    return std::move(*r);
}

} // namespace mailtide::imap
