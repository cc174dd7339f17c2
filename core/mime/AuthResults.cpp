#include "mime/AuthResults.h"

namespace mailtide::mime {

namespace {

constexpr int kMaxProperties = 32;

/** A cursor over the value with RFC 5322 CFWS skipping and RFC 8601 value reading. */
class Reader
{
public:
    explicit Reader(QByteArrayView v) : m_v(v) {}

    bool atEnd() const { return m_pos >= m_v.size(); }
    char peek() const { return atEnd() ? '\0' : m_v[m_pos]; }
    qsizetype pos() const { return m_pos; }
    void seek(qsizetype p) { m_pos = p; }
    void advance() { ++m_pos; }

    void skipCfws()
    {
        while (!atEnd()) {
            const char c = m_v[m_pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++m_pos;
            } else if (c == '(') {
                int depth = 0;
                do {
                    if (m_v[m_pos] == '\\')
                        ++m_pos;
                    else if (m_v[m_pos] == '(')
                        ++depth;
                    else if (m_v[m_pos] == ')')
                        --depth;
                    ++m_pos;
                } while (!atEnd() && depth > 0);
            } else {
                return;
            }
        }
    }

    /** A token or a value: runs to white space, ';' or '(' (and '=' when stopAtEquals); quoted
     *  strings inside are unquoted ("\"a b\"@example.com" → a b@example.com). */
    QByteArray read(bool stopAtEquals)
    {
        QByteArray out;
        while (!atEnd()) {
            const char c = m_v[m_pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '(' || c == ')' ||
                (stopAtEquals && c == '='))
                break;
            if (c == '"') {
                ++m_pos;
                while (!atEnd() && m_v[m_pos] != '"') {
                    if (m_v[m_pos] == '\\' && m_pos + 1 < m_v.size()) ++m_pos;
                    out += m_v[m_pos++];
                }
                if (!atEnd()) ++m_pos; // closing quote
                continue;
            }
            out += c;
            ++m_pos;
        }
        return out;
    }

    /** Skips to just past the next ';' (garbage recovery). */
    void skipPastSemicolon()
    {
        while (!atEnd() && m_v[m_pos] != ';') {
            if (m_v[m_pos] == '(') {
                skipCfws();
                continue;
            }
            ++m_pos;
        }
        if (!atEnd()) ++m_pos;
    }

private:
    QByteArrayView m_v;
    qsizetype m_pos = 0;
};

QString lower(const QByteArray &b)
{
    return QString::fromUtf8(b).toLower();
}

} // namespace

QString AuthResult::property(QStringView key) const
{
    for (const auto &[k, v] : properties) {
        if (k == key) return v;
    }
    return {};
}

const AuthResult *AuthResults::find(QStringView method) const
{
    for (const AuthResult &r : results) {
        if (r.method == method) return &r;
    }
    return nullptr;
}

AuthResults parseAuthResults(QByteArrayView value)
{
    AuthResults out;
    Reader r(value.first(std::min(value.size(), kMaxAuthResultsBytes)));

    // authserv-id [version] ";" — unless the first token is already "method=" (Microsoft 365).
    r.skipCfws();
    const qsizetype start = r.pos();
    const QByteArray id = r.read(true);
    r.skipCfws();
    if (r.peek() == '=') {
        r.seek(start);
    } else {
        out.authservId = QString::fromUtf8(id);
        r.skipPastSemicolon(); // an optional version number, or garbage
    }

    while (!r.atEnd() && out.results.size() < kMaxAuthMethods) {
        r.skipCfws();
        if (r.peek() == ';') {
            r.advance();
            continue;
        }
        if (r.atEnd()) break;
        const qsizetype before = r.pos();
        QByteArray method = r.read(true);
        r.skipCfws();
        if (r.peek() != '=' || method.isEmpty()) { // "none", or a word we cannot place
            r.skipPastSemicolon();
            if (r.pos() == before) r.advance();
            continue;
        }
        r.advance(); // '='
        const qsizetype slash = method.indexOf('/');
        if (slash >= 0) method.truncate(slash); // "dkim/1": the method version
        AuthResult res;
        res.method = lower(method);
        r.skipCfws();
        res.result = lower(r.read(true));
        while (res.properties.size() < kMaxProperties) {
            r.skipCfws();
            if (r.atEnd() || r.peek() == ';') break;
            const qsizetype keyAt = r.pos();
            const QByteArray key = r.read(true);
            r.skipCfws();
            if (r.peek() != '=') {
                if (r.pos() == keyAt) r.advance(); // a stray '=' or ')': step over it
                continue;                          // a bare word: not a property
            }
            r.advance();
            r.skipCfws();
            const QString v = QString::fromUtf8(r.read(false));
            if (key.compare("reason", Qt::CaseInsensitive) == 0)
                res.reason = v;
            else if (!key.isEmpty())
                res.properties.append({lower(key), v});
        }
        out.results.append(res);
    }
    return out;
}

} // namespace mailtide::mime
