#include "mime/Html.h"

#include "mime/Received.h"
#include "util/Domains.h"

#include <QHash>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <gumbo.h>
#include <libpsl.h>
#include <vector>

namespace mailtide::mime {

namespace {

// ---------------------------------------------------------------------------------------------
// The guard: a linear pass in the shape of the HTML5 tokenizer that hands gumbo bounded work.
//
// It keeps a stack of the elements it let through and pops an entry only where the HTML5 tree
// builder surely pops it too (a matching end tag with nothing in between that would stop the
// builder, or the implied ends the spec makes certain: <p> before a block, <li> after <li>, a cell
// after a cell). Everything else it leaves on its stack, so its depth over-estimates gumbo's.
// A formatting element (<b>, <font>, ...) popped on the way to another end tag stays "active" in
// the builder, which re-opens a copy of it at the next text or tag ("reconstruct the active
// formatting elements"): the guard re-opens it too, so "<div><b></div>x" repeated cannot grow
// gumbo's stack behind its back.

enum TagFlag : unsigned {
    Void = 1u << 0,       ///< never has content
    RawText = 1u << 1,    ///< content is text up to its end tag (script, style, title, ...)
    NotPushed = 1u << 2,  ///< html, head, body: gumbo merges them into the ones it made
    Formatting = 1u << 3, ///< the HTML5 "formatting" elements
    Special = 1u << 4,    ///< the HTML5 "special" category
    Boundary = 1u << 5,   ///< ends "has an element in scope" (default scope)
    ClosesP = 1u << 6,    ///< a start tag that closes an open <p>
    Foreign = 1u << 7,    ///< svg, math
    Plaintext = 1u << 8,
    Marker = 1u << 9, ///< closing it clears the active formatting elements opened inside
};

const QHash<QByteArray, unsigned> &tagTable()
{
    static const QHash<QByteArray, unsigned> table = [] {
        QHash<QByteArray, unsigned> t;
        const auto add = [&t](std::initializer_list<const char *> names, unsigned flag) {
            for (const char *n : names)
                t[QByteArray(n)] |= flag;
        };
        add({"area",  "base",     "br",      "col",   "embed", "hr",      "img",
             "input", "keygen",   "link",    "meta",  "param", "source",  "track",
             "wbr",   "basefont", "bgsound", "frame", "image", "menuitem"},
            Void);
        add({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"}, RawText);
        add({"plaintext"}, Plaintext);
        add({"html", "head", "body"}, NotPushed);
        add({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"},
            Formatting);
        add({"address",
             "applet",
             "area",
             "article",
             "aside",
             "base",
             "basefont",
             "bgsound",
             "blockquote",
             "body",
             "br",
             "button",
             "caption",
             "center",
             "col",
             "colgroup",
             "dd",
             "details",
             "dir",
             "div",
             "dl",
             "dt",
             "embed",
             "fieldset",
             "figcaption",
             "figure",
             "footer",
             "form",
             "frame",
             "frameset",
             "h1",
             "h2",
             "h3",
             "h4",
             "h5",
             "h6",
             "head",
             "header",
             "hgroup",
             "hr",
             "html",
             "iframe",
             "img",
             "input",
             "keygen",
             "li",
             "link",
             "listing",
             "main",
             "marquee",
             "menu",
             "meta",
             "nav",
             "noembed",
             "noframes",
             "noscript",
             "object",
             "ol",
             "p",
             "param",
             "plaintext",
             "pre",
             "script",
             "section",
             "select",
             "source",
             "style",
             "summary",
             "table",
             "tbody",
             "td",
             "template",
             "textarea",
             "tfoot",
             "th",
             "thead",
             "title",
             "tr",
             "track",
             "ul",
             "wbr",
             "xmp",
             "mi",
             "mo",
             "mn",
             "ms",
             "mtext",
             "annotation-xml",
             "foreignobject",
             "desc"},
            Special);
        add({"applet",         "caption",       "html", "table", "td",  "th",  "marquee",
             "object",         "template",      "mi",   "mo",    "mn",  "ms",  "mtext",
             "annotation-xml", "foreignobject", "desc", "title", "svg", "math"},
            Boundary);
        add({"address", "article", "aside",    "blockquote", "center", "details", "dialog",  "dir",
             "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "header",  "hgroup",
             "main",    "menu",    "nav",      "ol",         "p",      "section", "summary", "ul",
             "h1",      "h2",      "h3",       "h4",         "h5",     "h6",      "pre",     "listing",
             "form",    "hr",      "xmp",      "plaintext"},
            ClosesP);
        add({"svg", "math"}, Foreign);
        add({"td", "th", "caption", "applet", "object", "marquee", "template"}, Marker);
        return t;
    }();
    return table;
}

unsigned flagsOf(const QByteArray &name)
{
    return tagTable().value(name, 0u);
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct TagToken
{
    qsizetype begin = 0;
    qsizetype end = 0; ///< just past '>'
    qsizetype nameBegin = 0;
    qsizetype nameEnd = 0;
    QByteArray name;                               ///< lower-case, at most 64 bytes (enough to compare)
    QList<QPair<qsizetype, qsizetype>> attributes; ///< [begin, end) of each "name=value"
    bool isEnd = false;
    bool selfClosing = false;
};

class Guard
{
public:
    Guard(QByteArrayView in, const HtmlLimits &limits) : m_in(in), m_limits(limits)
    {
        m_out.reserve(in.size() + 64);
    }

    QByteArray run();

    bool nestingCut = false;
    bool workCut = false;
    bool attributesCut = false;

private:
    struct Open
    {
        QByteArray name;
        unsigned flags = 0;
        int weight = 1;
    };

    bool parseTag(qsizetype at, bool isEnd, TagToken &t) const;
    void startTag(const TagToken &t);
    void endTag(const TagToken &t);
    void emitTag(const TagToken &t);
    void emitText(qsizetype from, qsizetype to);
    qsizetype skipRawText(qsizetype from, const QByteArray &name, bool emit);
    void pop(qsizetype count, const QByteArray *target);
    const Open *top(qsizetype fromTop = 0) const
    {
        return qsizetype(m_stack.size()) > fromTop ? &m_stack[m_stack.size() - 1 - size_t(fromTop)] : nullptr;
    }
    bool topIs(const char *name, qsizetype fromTop = 0) const
    {
        const Open *o = top(fromTop);
        return o && o->name == name;
    }
    qint64 estimate() const { return m_depth + qint64(m_reopen.size()); }
    void reopen();

    QByteArrayView m_in;
    const HtmlLimits &m_limits;
    QByteArray m_out;
    std::vector<Open> m_stack;
    qint64 m_depth = 0;         ///< sum of the stack's weights
    std::vector<Open> m_reopen; ///< formatting elements popped but still active: gumbo re-opens them
    qint64 m_work = 0;
    int m_tags = 0;
    int m_foreign = 0; ///< svg/math open: no raw-text elements there
    int m_select = 0;  ///< select/frameset open: raw-text start tags may be ignored there
    bool m_textOnly = false;
    QHash<QByteArray, int> m_dropped; ///< start tags dropped, by name: their end tags go too
    qsizetype m_pos = 0;
};

bool Guard::parseTag(qsizetype at, bool isEnd, TagToken &t) const
{
    const qsizetype n = m_in.size();
    qsizetype p = at + (isEnd ? 2 : 1);
    t = TagToken{};
    t.begin = at;
    t.isEnd = isEnd;
    t.nameBegin = p;
    while (p < n && !isHtmlSpace(m_in[p]) && m_in[p] != '/' && m_in[p] != '>')
        ++p;
    t.nameEnd = p;
    t.name = m_in.sliced(t.nameBegin, std::min<qsizetype>(p - t.nameBegin, 64)).toByteArray().toLower();
    for (;;) {
        while (p < n && isHtmlSpace(m_in[p]))
            ++p;
        if (p >= n) return false; // EOF in a tag: the tokenizer drops it
        if (m_in[p] == '>') {
            t.end = p + 1;
            return true;
        }
        if (m_in[p] == '/') {
            ++p;
            if (p < n && m_in[p] == '>') {
                t.selfClosing = true;
                t.end = p + 1;
                return true;
            }
            continue;
        }
        const qsizetype attrBegin = p++; // the first character may be '=': it is part of the name
        while (p < n && !isHtmlSpace(m_in[p]) && m_in[p] != '/' && m_in[p] != '>' && m_in[p] != '=')
            ++p;
        qsizetype q = p;
        while (q < n && isHtmlSpace(m_in[q]))
            ++q;
        if (q < n && m_in[q] == '=') {
            p = q + 1;
            while (p < n && isHtmlSpace(m_in[p]))
                ++p;
            if (p < n && (m_in[p] == '"' || m_in[p] == '\'')) {
                const qsizetype close = m_in.indexOf(m_in[p], p + 1);
                if (close < 0) return false;
                p = close + 1;
            } else {
                while (p < n && !isHtmlSpace(m_in[p]) && m_in[p] != '>')
                    ++p;
            }
        }
        t.attributes.append({attrBegin, p});
    }
}

void Guard::emitText(qsizetype from, qsizetype to)
{
    if (to <= from) return;
    m_out.append(m_in.sliced(from, to - from));
    if (!m_textOnly) reopen();
    ++m_work;
}

/** The attributes gumbo is given: those the walk below reads (hidden, bgcolor, background,
 *  text, color, size, style, href) and those that steer gumbo's tree building (type, for
 *  <input type=hidden> in tables; face, color, size, for <font> leaving SVG; encoding, for
 *  MathML's annotation-xml). The rest (class, width, src, alt, ...) were a fifth of the HTML
 *  bytes of the public corpus's HTML mail, and tokenizing them a large share of gumbo's time. */
bool attributeRead(QByteArrayView name)
{
    static constexpr const char *kRead[] = {"href",  "style", "color", "size", "face",     "hidden",
                                            "bgcolor", "text", "type", "encoding", "background"};
    for (const char *k : kRead) {
        if (name.compare(QByteArrayView(k), Qt::CaseInsensitive) == 0) return true;
    }
    return false;
}

void Guard::emitTag(const TagToken &t)
{
    if (t.isEnd) {
        m_out.append("</");
        m_out.append(m_in.sliced(t.nameBegin, t.nameEnd - t.nameBegin));
        m_out.append('>');
        return;
    }
    const qsizetype kept = std::min<qsizetype>(t.attributes.size(), m_limits.maxAttributes);
    if (kept < t.attributes.size()) attributesCut = true;
    m_out.append('<');
    m_out.append(m_in.sliced(t.nameBegin, t.nameEnd - t.nameBegin));
    for (qsizetype i = 0; i < kept; ++i) {
        const QByteArrayView a = m_in.sliced(t.attributes[i].first, t.attributes[i].second - t.attributes[i].first);
        qsizetype nameEnd = 1; // a first '=' is part of the name
        while (nameEnd < a.size() && !isHtmlSpace(a[nameEnd]) && a[nameEnd] != '=')
            ++nameEnd;
        if (!attributeRead(a.first(nameEnd))) continue;
        m_out.append(' ');
        m_out.append(a);
    }
    m_out.append(t.selfClosing ? "/>" : ">");
}

qsizetype Guard::skipRawText(qsizetype from, const QByteArray &name, bool emit)
{
    // The earliest point any tokenizer state can leave raw text: "</name" + space, '/' or '>'.
    const qsizetype n = m_in.size();
    qsizetype p = from;
    for (;;) {
        const qsizetype lt = m_in.indexOf("</", p);
        if (lt < 0 || lt + 2 + name.size() > n) {
            if (emit) emitText(from, n);
            return n;
        }
        const QByteArrayView candidate = m_in.sliced(lt + 2, name.size());
        const qsizetype after = lt + 2 + name.size();
        if (candidate.compare(name, Qt::CaseInsensitive) == 0 &&
            (after >= n || isHtmlSpace(m_in[after]) || m_in[after] == '/' || m_in[after] == '>')) {
            if (emit) emitText(from, lt);
            return lt;
        }
        p = lt + 2;
    }
}

void Guard::pop(qsizetype count, const QByteArray *target)
{
    std::vector<Open> stillActive;
    for (qsizetype i = 0; i < count && !m_stack.empty(); ++i) {
        const Open &o = m_stack.back();
        m_depth -= o.weight;
        if (o.flags & Foreign) --m_foreign;
        if (o.name == "select" || o.name == "frameset") --m_select;
        const bool isTarget = i == count - 1 && target && o.name == *target;
        if ((o.flags & Formatting) && !isTarget) stillActive.push_back(o);
        if (o.flags & Marker) stillActive.clear(); // the builder clears the list back to the marker
        m_stack.pop_back();
    }
    m_reopen.insert(m_reopen.end(), stillActive.rbegin(), stillActive.rend());
}

void Guard::reopen()
{
    for (Open &o : m_reopen) {
        m_depth += o.weight;
        m_stack.push_back(std::move(o));
    }
    m_reopen.clear();
}

void Guard::startTag(const TagToken &t)
{
    const unsigned flags = flagsOf(t.name);
    if (flags & NotPushed) {
        emitTag(t);
        return;
    }
    reopen();
    // The implied ends the tree builder surely performs.
    if ((flags & ClosesP) && topIs("p")) pop(1, nullptr);
    if (t.name == "li") {
        if (topIs("p") && topIs("li", 1))
            pop(2, nullptr);
        else if (topIs("li"))
            pop(1, nullptr);
    } else if (t.name == "dd" || t.name == "dt") {
        if (topIs("p") && (topIs("dd", 1) || topIs("dt", 1)))
            pop(2, nullptr);
        else if (topIs("dd") || topIs("dt"))
            pop(1, nullptr);
    } else if (t.name == "option") {
        if (topIs("option")) pop(1, nullptr);
    } else if (t.name == "td" || t.name == "th" || t.name == "tr" || t.name == "tbody" || t.name == "thead" ||
               t.name == "tfoot") {
        if (topIs("td") || topIs("th")) pop(1, nullptr);
        if (t.name != "td" && t.name != "th" && topIs("tr")) pop(1, nullptr);
        if ((t.name == "tbody" || t.name == "thead" || t.name == "tfoot") &&
            (topIs("tbody") || topIs("thead") || topIs("tfoot")))
            pop(1, nullptr);
    } else if (t.name == "a" && topIs("a")) {
        pop(1, &t.name);
    }

    const bool isVoid = (flags & Void) || (t.selfClosing && m_foreign > 0);
    if (isVoid) {
        emitTag(t);
        return;
    }
    Open o{t.name, flags, 1};
    if (t.name == "td" || t.name == "th")
        o.weight = 3; // may imply <tbody><tr>
    else if (t.name == "tr")
        o.weight = 2; // may imply <tbody>
    if (estimate() + o.weight > m_limits.maxNesting) {
        nestingCut = true;
        m_dropped[t.name] += 1;
        if ((flags & RawText) && m_foreign == 0 && m_select == 0) m_pos = skipRawText(m_pos, t.name, false);
        return;
    }
    m_depth += o.weight;
    if (flags & Foreign) ++m_foreign;
    if (t.name == "select" || t.name == "frameset") ++m_select;
    m_stack.push_back(o);
    emitTag(t);
    if ((flags & RawText) && m_foreign == 0 && m_select == 0) {
        // The walk skips what is inside <script> and <style>: gumbo need not read it.
        m_pos = skipRawText(m_pos, t.name, t.name != "script" && t.name != "style");
    } else if ((flags & Plaintext) && m_foreign == 0) {
        emitText(m_pos, m_in.size());
        m_pos = m_in.size();
    }
}

void Guard::endTag(const TagToken &t)
{
    if (const auto it = m_dropped.find(t.name); it != m_dropped.end() && *it > 0) {
        --*it;
        return;
    }
    const unsigned flags = flagsOf(t.name);
    emitTag(t);
    if (flags & (NotPushed | Void)) return; // </body>, </html> only switch modes; </br> acts as <br>
    // Which elements stop the tree builder's search: for a "special" end tag those that bound its
    // scope (the table elements use table scope, lists list scope, <p> button scope), for any
    // other end tag every special element.
    const bool tableScope = t.name == "table" || t.name == "tbody" || t.name == "thead" ||
                            t.name == "tfoot" || t.name == "tr" || t.name == "td" || t.name == "th" ||
                            t.name == "caption";
    for (qsizetype k = qsizetype(m_stack.size()) - 1; k >= 0; --k) {
        const Open &e = m_stack[size_t(k)];
        if (e.name == t.name) {
            pop(qsizetype(m_stack.size()) - k, &t.name);
            return;
        }
        bool stops = false;
        if (!(flags & Special))
            stops = e.flags & Special;
        else if (tableScope)
            stops = e.name == "html" || e.name == "table" || e.name == "template";
        else
            stops = (e.flags & Boundary) || (t.name == "li" && (e.name == "ol" || e.name == "ul")) ||
                    (t.name == "p" && e.name == "button");
        if (stops) return;
    }
}

QByteArray Guard::run()
{
    const qsizetype n = m_in.size();
    while (m_pos < n) {
        const qsizetype lt = m_in.indexOf('<', m_pos);
        if (lt < 0) {
            emitText(m_pos, n);
            break;
        }
        emitText(m_pos, lt);
        m_pos = lt;
        const char c1 = lt + 1 < n ? m_in[lt + 1] : '\0';
        const char c2 = lt + 2 < n ? m_in[lt + 2] : '\0';
        if (c1 == '!' || c1 == '?' || (c1 == '/' && !isAsciiAlpha(c2))) {
            // Comments, doctypes, bogus comments, "</>": none shows anything; drop them.
            qsizetype end = -1;
            if (m_in.sliced(lt).startsWith("<!--")) {
                const qsizetype body = lt + 4;
                if (body < n && m_in[body] == '>')
                    end = body + 1;
                else if (body + 1 < n && m_in[body] == '-' && m_in[body + 1] == '>')
                    end = body + 2;
                else {
                    // The first "-->" or "--!>": look for the rarer "--!>" only before the first
                    // "-->" (a "--!>" at a would be no "-->"), not to the end of the document for
                    // every comment.
                    const qsizetype a = m_in.indexOf("-->", body);
                    const QByteArrayView before = a < 0 ? m_in.sliced(body) : m_in.sliced(body, a + 3 - body);
                    const qsizetype bRel = before.indexOf("--!>");
                    const qsizetype b = bRel < 0 ? -1 : body + bRel;
                    end = a < 0 ? (b < 0 ? -1 : b + 4) : (b < 0 || a < b ? a + 3 : b + 4);
                }
            } else {
                const qsizetype gt = m_in.indexOf('>', lt + 1);
                end = gt < 0 ? -1 : gt + 1;
            }
            m_pos = end < 0 ? n : end;
            continue;
        }
        const bool isEnd = c1 == '/';
        if (!isEnd && !isAsciiAlpha(c1)) {
            emitText(lt, lt + 1); // a '<' that starts no tag is text
            m_pos = lt + 1;
            continue;
        }
        TagToken t;
        if (!parseTag(lt, isEnd, t)) {
            m_pos = n; // EOF inside a tag: gumbo drops it, and there is nothing after it
            break;
        }
        m_pos = t.end;
        if (!m_textOnly) {
            m_work += estimate();
            if (m_work > m_limits.maxWork || ++m_tags > m_limits.maxTags) {
                m_textOnly = true;
                workCut = true;
            }
        }
        if (m_textOnly) {
            m_out.append(' ');
            const unsigned flags = flagsOf(t.name);
            if (!isEnd && (flags & RawText)) m_pos = skipRawText(m_pos, t.name, false);
            continue;
        }
        if (isEnd)
            endTag(t);
        else
            startTag(t);
    }
    return std::move(m_out);
}

// ---------------------------------------------------------------------------------------------
// Gumbo's memory: a bump arena. Gumbo makes and frees many small blocks per tag and per text
// node (a third of its time went to malloc/free) and frees the whole tree at the end; the arena
// frees nothing until the parse is over, then drops everything at once. Its total is what gumbo
// ever asked for, bounded by the guarded input; past kMaxArenaBytes it falls back on malloc.

class GumboArena
{
public:
    GumboArena() = default;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;
    ~GumboArena()
    {
        for (char *c : m_chunks)
            std::free(c);
    }

    static void *allocate(void *self, size_t size) { return static_cast<GumboArena *>(self)->take(size); }
    static void deallocate(void *self, void *p) { static_cast<GumboArena *>(self)->give(p); }
    /** Some blocks came from malloc: gumbo_destroy_output must run to free them. */
    bool usedMalloc() const { return m_mallocs > 0; }

private:
    static constexpr size_t kChunk = 64 * 1024;
    static constexpr size_t kMaxArenaBytes = 64 * 1024 * 1024;

    void *take(size_t size)
    {
        const size_t n = (size + 15) & ~size_t(15);
        if (n > m_left) {
            if (m_total + std::max(n, kChunk) > kMaxArenaBytes) {
                ++m_mallocs;
                return std::malloc(size ? size : 1);
            }
            const size_t chunk = std::max(n, std::min(kChunk << std::min<size_t>(m_chunks.size(), 6), kMaxArenaBytes - m_total));
            char *c = static_cast<char *>(std::malloc(chunk));
            if (!c) {
                ++m_mallocs;
                return std::malloc(size ? size : 1);
            }
            m_chunks.push_back(c);
            m_ranges.push_back({c, chunk});
            m_total += chunk;
            m_cur = c;
            m_left = chunk;
        }
        void *p = m_cur;
        m_cur += n;
        m_left -= n;
        return p;
    }
    void give(void *p)
    {
        if (!p || m_mallocs == 0) return; // every block is in the arena
        const char *c = static_cast<const char *>(p);
        for (const auto &[begin, size] : m_ranges) {
            if (c >= begin && c < begin + size) return;
        }
        std::free(p);
    }

    std::vector<char *> m_chunks;
    std::vector<std::pair<const char *, size_t>> m_ranges;
    char *m_cur = nullptr;
    size_t m_left = 0;
    size_t m_total = 0;
    int m_mallocs = 0;
};

// ---------------------------------------------------------------------------------------------
// Inline styles: just enough CSS to tell visible from invisible.

constexpr int kUnknownColor = -1;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 'a' && u <= 'f') return u - 'a' + 10;
    if (u >= 'A' && u <= 'F') return u - 'A' + 10;
    return -1;
}

int parseHex(QStringView h)
{
    int v = 0;
    for (const QChar c : h) {
        const int d = hexValue(c);
        if (d < 0) return kUnknownColor;
        v = v * 16 + d;
    }
    return v;
}

int parseColor(QStringView value)
{
    const QString v = value.trimmed().toString().toLower();
    if (v.isEmpty()) return kUnknownColor;
    if (v.startsWith(QLatin1Char('#')) || (v.size() == 6 && parseHex(v) >= 0)) {
        const QStringView h = v.startsWith(QLatin1Char('#')) ? QStringView(v).mid(1) : QStringView(v);
        if (h.size() == 3 || h.size() == 4) {
            const int r = hexValue(h[0]), g = hexValue(h[1]), b = hexValue(h[2]);
            if (r < 0 || g < 0 || b < 0) return kUnknownColor;
            return (r * 17) << 16 | (g * 17) << 8 | (b * 17);
        }
        if (h.size() == 6 || h.size() == 8) return parseHex(h.first(6));
        return kUnknownColor;
    }
    if (v.startsWith(QLatin1String("rgb"))) {
        const qsizetype open = v.indexOf(QLatin1Char('('));
        const qsizetype close = v.indexOf(QLatin1Char(')'));
        if (open < 0 || close < open) return kUnknownColor;
        QString inner = v.mid(open + 1, close - open - 1);
        inner.replace(QLatin1Char(','), QLatin1Char(' '));
        inner.replace(QLatin1Char('/'), QLatin1Char(' '));
        const QStringList parts = inner.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 3) return kUnknownColor;
        if (parts.size() >= 4 && parts[3].toDouble() <= 0.0 && !parts[3].endsWith(QLatin1Char('%')))
            return kUnknownColor; // fully transparent
        int rgb = 0;
        for (int i = 0; i < 3; ++i) {
            double c = 0;
            if (parts[i].endsWith(QLatin1Char('%')))
                c = parts[i].chopped(1).toDouble() * 2.55;
            else
                c = parts[i].toDouble();
            rgb = rgb << 8 | std::clamp(int(c + 0.5), 0, 255);
        }
        return rgb;
    }
    static const QHash<QString, int> named = {
        {QStringLiteral("white"), 0xffffff},       {QStringLiteral("black"), 0x000000},
        {QStringLiteral("red"), 0xff0000},         {QStringLiteral("green"), 0x008000},
        {QStringLiteral("blue"), 0x0000ff},        {QStringLiteral("yellow"), 0xffff00},
        {QStringLiteral("gray"), 0x808080},        {QStringLiteral("grey"), 0x808080},
        {QStringLiteral("silver"), 0xc0c0c0},      {QStringLiteral("maroon"), 0x800000},
        {QStringLiteral("purple"), 0x800080},      {QStringLiteral("fuchsia"), 0xff00ff},
        {QStringLiteral("lime"), 0x00ff00},        {QStringLiteral("olive"), 0x808000},
        {QStringLiteral("navy"), 0x000080},        {QStringLiteral("teal"), 0x008080},
        {QStringLiteral("aqua"), 0x00ffff},        {QStringLiteral("orange"), 0xffa500},
        {QStringLiteral("snow"), 0xfffafa},        {QStringLiteral("whitesmoke"), 0xf5f5f5},
        {QStringLiteral("ghostwhite"), 0xf8f8ff},  {QStringLiteral("ivory"), 0xfffff0},
        {QStringLiteral("azure"), 0xf0ffff},       {QStringLiteral("mintcream"), 0xf5fffa},
        {QStringLiteral("floralwhite"), 0xfffaf0}, {QStringLiteral("seashell"), 0xfff5ee},
        {QStringLiteral("linen"), 0xfaf0e6},       {QStringLiteral("honeydew"), 0xf0fff0},
        {QStringLiteral("aliceblue"), 0xf0f8ff},
    };
    return named.value(v, kUnknownColor);
}

/** A CSS length in px; -1 when it cannot be read. parentPx resolves em and %. */
double parseLength(QStringView v, double parentPx)
{
    v = v.trimmed();
    static const QHash<QString, double> keywords = {
        {QStringLiteral("xx-small"), 9},  {QStringLiteral("x-small"), 10}, {QStringLiteral("small"), 13},
        {QStringLiteral("medium"), 16},   {QStringLiteral("large"), 18},   {QStringLiteral("x-large"), 24},
        {QStringLiteral("xx-large"), 32},
    };
    if (const auto it = keywords.constFind(v.toString()); it != keywords.cend()) return *it;
    if (v == QLatin1String("smaller")) return parentPx / 1.2;
    if (v == QLatin1String("larger")) return parentPx * 1.2;
    qsizetype numEnd = 0;
    while (numEnd < v.size() && (v[numEnd].isDigit() || v[numEnd] == QLatin1Char('.') ||
                                 v[numEnd] == QLatin1Char('-') || v[numEnd] == QLatin1Char('+')))
        ++numEnd;
    bool ok = false;
    const double n = v.first(numEnd).toDouble(&ok);
    if (!ok) return -1;
    const QStringView unit = v.mid(numEnd).trimmed();
    if (unit.isEmpty() || unit == QLatin1String("px")) return n;
    if (unit == QLatin1String("pt")) return n * 4.0 / 3.0;
    if (unit == QLatin1String("em")) return n * parentPx;
    if (unit == QLatin1String("rem")) return n * 16.0;
    if (unit == QLatin1String("%")) return n * parentPx / 100.0;
    if (unit == QLatin1String("ex") || unit == QLatin1String("ch")) return n * parentPx / 2.0;
    if (unit == QLatin1String("pc")) return n * 16.0;
    if (unit == QLatin1String("mm")) return n * 96.0 / 25.4;
    if (unit == QLatin1String("cm")) return n * 96.0 / 2.54;
    if (unit == QLatin1String("in")) return n * 96.0;
    return -1;
}

struct Style
{
    bool gone = false;      ///< display:none, opacity:0, zero-size box: no descendant can undo it
    bool invisible = false; ///< visibility:hidden; a descendant may say visible
    bool tinyTag = false;   ///< inside <font size=1>
    double fontPx = 16;
    int color = 0x000000;
    int background = 0xffffff;

    bool hiddenText() const
    {
        if (gone || invisible || fontPx <= 1.0) return true;
        if (color == kUnknownColor || background == kUnknownColor) return false;
        const auto channel = [](int c, int shift) { return (c >> shift) & 0xff; };
        for (int shift : {0, 8, 16}) {
            if (std::abs(channel(color, shift) - channel(background, shift)) > 10) return false;
        }
        return true; // white on white, or near enough that nobody can read it
    }
    bool tiny() const { return tinyTag || (fontPx > 1.0 && fontPx <= 6.0); }
};

void applyInlineStyle(QStringView css, Style &s, double parentPx)
{
    bool zeroBox = false;
    bool overflowHidden = false;
    for (QStringView decl : css.split(QLatin1Char(';'))) {
        const qsizetype colon = decl.indexOf(QLatin1Char(':'));
        if (colon < 0) continue;
        const QString prop = decl.first(colon).trimmed().toString().toLower();
        QString value = decl.mid(colon + 1).trimmed().toString().toLower();
        value.remove(QLatin1String("!important"));
        value = value.trimmed();
        if (prop == QLatin1String("display")) {
            if (value == QLatin1String("none")) s.gone = true;
        } else if (prop == QLatin1String("visibility")) {
            s.invisible = value == QLatin1String("hidden") || value == QLatin1String("collapse");
        } else if (prop == QLatin1String("opacity")) {
            bool ok = false;
            const double o = value.endsWith(QLatin1Char('%')) ? value.chopped(1).toDouble(&ok) / 100.0
                                                              : value.toDouble(&ok);
            if (ok && o <= 0.05) s.gone = true;
        } else if (prop == QLatin1String("font-size")) {
            const double px = parseLength(value, parentPx);
            if (px >= 0) {
                s.fontPx = px;
                s.tinyTag = false;
            }
        } else if (prop == QLatin1String("font")) {
            // shorthand: the size is the token before the family, e.g. "0px/0 arial"
            for (const QString &tok : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const double px = parseLength(QStringView(tok).left(tok.indexOf(QLatin1Char('/'))), parentPx);
                if (px >= 0 && !tok.isEmpty() && (tok[0].isDigit() || tok[0] == QLatin1Char('.'))) {
                    s.fontPx = px;
                    s.tinyTag = false;
                    break;
                }
            }
        } else if (prop == QLatin1String("color")) {
            const int c = parseColor(value);
            if (c != kUnknownColor) s.color = c;
        } else if (prop == QLatin1String("background-color") || prop == QLatin1String("background")) {
            if (value == QLatin1String("transparent") || value == QLatin1String("none")) continue;
            int c = kUnknownColor;
            for (const QString &tok : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                c = parseColor(tok);
                if (c != kUnknownColor) break;
            }
            if (c == kUnknownColor && value.contains(QLatin1String("rgb"))) c = parseColor(value);
            // An image or gradient we cannot see: the background is unknown.
            s.background = c;
        } else if (prop == QLatin1String("background-image")) {
            if (value != QLatin1String("none")) s.background = kUnknownColor;
        } else if (prop == QLatin1String("mso-hide")) {
            if (value == QLatin1String("all")) s.gone = true;
        } else if (prop == QLatin1String("height") || prop == QLatin1String("max-height") ||
                   prop == QLatin1String("width") || prop == QLatin1String("max-width")) {
            if (parseLength(value, parentPx) == 0.0) zeroBox = true;
        } else if (prop == QLatin1String("overflow")) {
            overflowHidden = value == QLatin1String("hidden");
        } else if (prop == QLatin1String("text-indent")) {
            if (parseLength(value, parentPx) <= -999.0) s.gone = true;
        }
    }
    if (zeroBox && overflowHidden) s.gone = true;
}

const char *attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? a->value : nullptr;
}

Style deriveStyle(const Style &parent, const GumboElement &e)
{
    Style s = parent;
    if (attribute(e, "hidden")) s.gone = true;
    if (const char *bg = attribute(e, "bgcolor")) {
        const int c = parseColor(QString::fromUtf8(bg));
        if (c != kUnknownColor) s.background = c;
    }
    if (const char *image = attribute(e, "background"); image && *image)
        s.background = kUnknownColor; // text over an image: we cannot tell what shows
    if (e.tag == GUMBO_TAG_BODY) {
        if (const char *text = attribute(e, "text")) {
            const int c = parseColor(QString::fromUtf8(text));
            if (c != kUnknownColor) s.color = c;
        }
    }
    if (e.tag == GUMBO_TAG_FONT) {
        if (const char *color = attribute(e, "color")) {
            const int c = parseColor(QString::fromUtf8(color));
            if (c != kUnknownColor) s.color = c;
        }
        if (const char *size = attribute(e, "size")) {
            const QString v = QString::fromUtf8(size).trimmed();
            bool ok = false;
            int n = v.toInt(&ok);
            if (ok && (v.startsWith(QLatin1Char('+')) || v.startsWith(QLatin1Char('-'))))
                n += 3; // relative to the default size 3
            if (ok) {
                static constexpr double px[] = {10, 10, 13, 16, 18, 24, 32, 48};
                s.fontPx = px[std::clamp(n, 0, 7)];
                s.tinyTag = n <= 1;
            }
        }
    }
    if (const char *css = attribute(e, "style")) applyInlineStyle(QString::fromUtf8(css), s, parent.fontPx);
    return s;
}

bool isBlock(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
        return true;
    default:
        return false;
    }
}

int nonSpaceChars(QStringView s)
{
    int n = 0;
    for (const QChar c : s) {
        if (!c.isSpace()) ++n;
    }
    return n;
}

// ---------------------------------------------------------------------------------------------
// Links

bool isNumericHost(const QString &host)
{
    // 3232235777, 0xC0A80101, 0300.0250.1.1: browsers read them all as IPv4
    if (host.isEmpty()) return false;
    for (const QChar c : host) {
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('x') ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return host[0].isDigit();
}

bool isPublicSuffix(const QString &label)
{
    const QByteArray l = label.toUtf8();
    return psl_is_public_suffix2(psl_builtin(), l.constData(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) != 0;
}

/** The host a piece of anchor text presents: "https://www.paypal.com/x", "www.paypal.com",
 *  "PayPal.com", "service@paypal.com"; "" when the text does not look like one. */
QString hostShownBy(QString token)
{
    static const QString trim = QStringLiteral("()<>[]{}\"'.,:;!?");
    while (!token.isEmpty() && trim.contains(token.front()))
        token.remove(0, 1);
    while (!token.isEmpty() && trim.contains(token.back()))
        token.chop(1);
    if (token.size() < 4) return {};
    QString host;
    if (token.contains(QLatin1String("://"))) {
        host = QUrl(token, QUrl::TolerantMode).host().toLower();
    } else {
        host = token.section(QLatin1Char('/'), 0, 0).toLower();
        const qsizetype at = host.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) host = host.mid(at + 1);
        if (host.endsWith(QLatin1Char('.'))) host.chop(1);
        const qsizetype dot = host.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0) return {};
        for (const QChar c : host) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'))) return {};
        }
        const QString tld = host.mid(dot + 1);
        if (!canonicalIp(host).isEmpty()) return host;
        if (tld.size() < 2 || !isPublicSuffix(tld)) return {};
    }
    return host;
}

} // namespace

Link makeLink(const QString &url, const QString &text)
{
    Link l;
    l.url = url.trimmed();
    l.url.remove(QLatin1Char('\n'));
    l.url.remove(QLatin1Char('\r'));
    l.url.remove(QLatin1Char('\t'));
    l.text = text;
    QString u = l.url;
    if (u.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) u.prepend(QLatin1String("http://"));
    const QUrl q(u, QUrl::TolerantMode);
    l.scheme = q.scheme().toLower();
    if (l.scheme == QLatin1String("mailto"))
        l.host = util::domainOf(q.path().section(QLatin1Char('?'), 0, 0).section(QLatin1Char(','), 0, 0));
    else
        l.host = q.host().toLower();
    l.isIpLiteral = !canonicalIp(l.host).isEmpty() || isNumericHost(l.host);
    l.domain = l.isIpLiteral ? QString() : util::registrableDomain(l.host);

    if (l.host.isEmpty() || text.isEmpty()) return l;
    const QStringList tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size() && i < 12; ++i) {
        const QString shown = hostShownBy(tokens[i]);
        if (shown.isEmpty()) continue;
        const bool shownIsIp = !canonicalIp(shown).isEmpty();
        if (shownIsIp) {
            l.shownDomain = canonicalIp(shown);
            l.textShowsOtherDomain = l.shownDomain != canonicalIp(l.host);
        } else {
            l.shownDomain = util::registrableDomain(shown);
            if (l.shownDomain.isEmpty()) continue;
            l.textShowsOtherDomain = l.shownDomain != l.domain;
        }
        break;
    }
    return l;
}

HtmlAnalysis analyzeHtml(QByteArrayView html, const HtmlLimits &limits)
{
    HtmlAnalysis a;
    QByteArrayView in = html;
    if (in.size() > limits.maxHtmlBytes) {
        in = in.first(limits.maxHtmlBytes);
        a.problems << QStringLiteral("HTML size limit reached");
        a.truncated = true;
    }
    Guard guard(in, limits);
    const QByteArray bounded = guard.run();
    if (guard.nestingCut) a.problems << QStringLiteral("HTML nesting limit reached");
    if (guard.workCut) a.problems << QStringLiteral("HTML complexity limit reached");
    if (guard.attributesCut) a.problems << QStringLiteral("HTML attribute limit reached");
    a.truncated = a.truncated || guard.nestingCut || guard.workCut || guard.attributesCut;

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are normal in mail; do not collect them
    GumboArena arena;
    options.allocator = &GumboArena::allocate;
    options.deallocator = &GumboArena::deallocate;
    options.userdata = &arena;
    GumboOutput *doc = gumbo_parse_with_options(&options, bounded.constData(), size_t(bounded.size()));

    struct Frame
    {
        const GumboNode *node;
        unsigned next;
        Style style;
        int link;      ///< index into a.links of the enclosing <a>, or -1
        bool ownsLink; ///< this frame is that <a>
    };
    std::vector<Frame> stack;
    stack.push_back({doc->document, 0, Style{}, -1, false});
    QList<QString> linkTexts;
    QString &visible = a.visibleText;
    bool linksCut = false;

    while (!stack.empty()) {
        Frame &f = stack.back();
        const GumboVector &children =
            f.node->type == GUMBO_NODE_DOCUMENT ? f.node->v.document.children : f.node->v.element.children;
        if (f.next >= children.length) {
            if (f.node->type == GUMBO_NODE_ELEMENT && isBlock(f.node->v.element.tag)) {
                while (visible.endsWith(QLatin1Char(' ')))
                    visible.chop(1);
                visible += QLatin1Char('\n');
            }
            if (f.ownsLink) a.links[f.link] = makeLink(a.links[f.link].url, linkTexts[f.link].simplified());
            stack.pop_back();
            continue;
        }
        const GumboNode *child = static_cast<const GumboNode *>(children.data[f.next++]);
        const Style style = f.style;
        const int link = f.link;
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            const QString t = QString::fromUtf8(child->v.text.text);
            const int chars = nonSpaceChars(t);
            if (chars == 0) {
                if (!visible.isEmpty() && !visible.endsWith(QLatin1Char(' ')) &&
                    !visible.endsWith(QLatin1Char('\n')))
                    visible += QLatin1Char(' ');
                break;
            }
            if (style.hiddenText()) {
                a.hiddenTextChars += chars;
                if (a.hiddenText.size() < kMaxHiddenTextChars)
                    a.hiddenText += t.simplified() + QLatin1Char(' ');
                break;
            }
            visible += t.simplified() + QLatin1Char(' ');
            a.visibleChars += chars;
            if (style.tiny()) a.tinyFontChars += chars;
            if (link >= 0 && linkTexts[link].size() < 2048) linkTexts[link] += t + QLatin1Char(' ');
            break;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &e = child->v.element;
            switch (e.tag) {
            case GUMBO_TAG_SCRIPT:
                ++a.scriptCount;
                continue;
            case GUMBO_TAG_STYLE:
            case GUMBO_TAG_HEAD:
            case GUMBO_TAG_TITLE:
            case GUMBO_TAG_NOSCRIPT:
            case GUMBO_TAG_TEMPLATE:
                continue;
            case GUMBO_TAG_IMG:
                ++a.imageCount;
                continue;
            case GUMBO_TAG_BR:
                while (visible.endsWith(QLatin1Char(' ')))
                    visible.chop(1);
                visible += QLatin1Char('\n');
                continue;
            case GUMBO_TAG_FORM:
                ++a.formCount;
                break;
            default:
                break;
            }
            int childLink = link;
            bool owns = false;
            if (e.tag == GUMBO_TAG_A || e.tag == GUMBO_TAG_AREA) {
                if (const char *href = attribute(e, "href")) {
                    if (a.links.size() < limits.maxLinks) {
                        // An <a> is made into a Link when its text is known (its frame pops).
                        Link l;
                        l.url = QString::fromUtf8(href);
                        a.links.append(e.tag == GUMBO_TAG_A ? l : makeLink(l.url, {}));
                        linkTexts.append(QString());
                        if (e.tag == GUMBO_TAG_A) {
                            childLink = int(a.links.size() - 1);
                            owns = true;
                        }
                    } else {
                        linksCut = true;
                    }
                }
            }
            if (isBlock(e.tag)) {
                while (visible.endsWith(QLatin1Char(' ')))
                    visible.chop(1);
                if (!visible.isEmpty() && !visible.endsWith(QLatin1Char('\n'))) visible += QLatin1Char('\n');
            }
            stack.push_back({child, 0, deriveStyle(style, e), childLink, owns});
            break;
        }
        default:
            break;
        }
    }
    if (arena.usedMalloc()) gumbo_destroy_output(&options, doc); // else the arena frees it all

    if (linksCut) {
        a.problems << QStringLiteral("link limit reached");
        a.truncated = true;
    }
    // Collapse the runs of blank lines that layout tables leave.
    QString result;
    int blank = 0;
    int words = 0;
    for (QStringView line : QStringView(visible).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        blank = line.isEmpty() ? blank + 1 : 0;
        if (blank <= 1) {
            result += line;
            result += QLatin1Char('\n');
        }
        // Words with a letter: space-separated runs, counted without splitting the line.
        bool inWord = false;
        bool counted = false;
        for (const QChar c : line) {
            if (c == QLatin1Char(' ')) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                counted = false;
            }
            if (!counted && c.isLetter()) {
                ++words;
                counted = true;
            }
        }
    }
    a.visibleText = result.trimmed();
    a.hiddenText = a.hiddenText.trimmed();
    a.imagesOnly = a.imageCount > 0 && words <= kImagesOnlyMaxWords;
    return a;
}

} // namespace mailtide::mime
