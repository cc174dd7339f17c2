#include "mime/ParsedMessage.h"

#include "util/Ascii.h"

#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <gmime/gmime.h>
#include <iconv.h>
#include <memory>
#include <vector>

namespace mailtide::mime {

namespace {

template <typename T> struct GUnref
{
    void operator()(T *p) const
    {
        if (p) g_object_unref(p);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GUnref<T>>;

/** GMime compares every "--" line with every open boundary: this many comparisons at most. */
constexpr qint64 kMaxBoundaryScan = 1'000'000;
/** Decoded bytes read from a part past the budget, to sniff its type. */
constexpr qsizetype kSniffBytes = 64;
constexpr qsizetype kAttachmentBytes = 64 * 1024; ///< decoded of each attachment (the rest: estimated)
constexpr qsizetype kMaxBoundaryLength = 200;

class Report
{
public:
    explicit Report(ParsedMessage &m) : m_m(m) {}
    void problem(const QString &p)
    {
        if (!m_m.problems.contains(p)) m_m.problems.append(p);
    }
    void cut(const QString &p)
    {
        problem(p);
        m_m.truncated = true;
    }

private:
    ParsedMessage &m_m;
};

QString utf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// ---------------------------------------------------------------------------------------------
// The pre-scan: one linear pass that hands GMime only bytes it parses in bounded time.

using util::indexOfCaseless;

QByteArray boundaryParameter(QByteArrayView line)
{
    const qsizetype at = line.indexOf(QByteArrayView("boundary"), 0);
    qsizetype p = at;
    if (p < 0) {
        // case-insensitive search without a copy: rare spellings ("Boundary", "BOUNDARY"); a
        // line without '=' has no parameter at all
        if (!line.contains('=')) return {};
        p = indexOfCaseless(line, "boundary");
        if (p < 0) return {};
    }
    p += 8;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t'))
        ++p;
    if (p >= line.size() || line[p] != '=') return {};
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t'))
        ++p;
    QByteArray value;
    if (p < line.size() && line[p] == '"') {
        const qsizetype close = line.indexOf('"', p + 1);
        value = line.sliced(p + 1, (close < 0 ? line.size() : close) - p - 1).toByteArray();
    } else {
        qsizetype e = p;
        while (e < line.size() && line[e] != ';' && line[e] != ' ' && line[e] != '\t' && line[e] != '\r')
            ++e;
        value = line.sliced(p, e - p).toByteArray();
    }
    return value.left(kMaxBoundaryLength);
}

/** The message's own header fields, split by the pre-scan: GMime is given only the MIME fields
 *  (Content-*, MIME-Version) and the body, since a GObject per field (made, then finalised) cost
 *  more than a third of parsing an ordinary message. The same rules as GMime's parser: a field's
 *  name ends at the colon (white space before it dropped) and holds no white space or control
 *  character, else the line and its continuation lines are ignored; a first line that is no
 *  field means the message has no header block. */
struct TopHeaders
{
    struct Field
    {
        qsizetype nameAt, nameLen, valueAt, valueLen;
    };
    QByteArray block; ///< names and raw (folded) values, back to back
    std::vector<Field> fields;

    QByteArrayView name(const Field &f) const { return QByteArrayView(block).sliced(f.nameAt, f.nameLen); }
    QByteArrayView value(const Field &f) const { return QByteArrayView(block).sliced(f.valueAt, f.valueLen); }
};

bool isFieldName(QByteArrayView name)
{
    for (const char c : name) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
    }
    return true;
}

/** Content-Type, Content-Transfer-Encoding, ...: fields that describe the body. */
bool isContentField(QByteArrayView name)
{
    return name.size() > 8 && name.first(8).compare("content-", Qt::CaseInsensitive) == 0;
}

bool isMimeField(QByteArrayView name)
{
    return isContentField(name) || name.compare("mime-version", Qt::CaseInsensitive) == 0;
}

// forGmime false: only `top` is wanted (parseHeaders(), over a header block): no copy for GMime is
// made and MIME boundaries are not looked for; `top` comes out the same either way.
QByteArray prescan(QByteArrayView raw, const ParseLimits &limits, Report &report, TopHeaders &top,
                   bool forGmime = true)
{
    QByteArrayView in = raw;
    if (in.size() > limits.maxRawBytes) {
        in = in.first(limits.maxRawBytes);
        report.cut(QStringLiteral("message size limit reached"));
    }
    const qsizetype maxLine = std::max<qsizetype>(limits.maxLineLength, 80);
    QByteArray out;
    if (forGmime) out.reserve(in.size() + in.size() / maxLine + 2);

    bool inHeader = true;      // in a header block: the top-level one, a part's, an embedded message's
    bool topLevel = true;      // ... and it is the message's own
    bool embeddedNext = false; // a message/rfc822 part: its body starts with another header block
    bool skipping = false;     // a dropped header field: drop its continuation lines too
    bool firstTopLine = true;  // the message's first header line: no field there, no header block
    bool toGmime = false;      // the top-level field being read goes to GMime too
    qsizetype headerBytes = 0;
    int fields = 0;
    QList<QByteArray> boundaries;
    qint64 scanCost = 0;
    int delimiters = 0;

    qsizetype pos = 0;
    if (in.startsWith("From ")) {
        // An mbox separator line left on a message (Thunderbird/Eudora exports, the sample
        // mailbox's .eml files): not a header, and GMime gives up on a first line that is none.
        const qsizetype nl = in.indexOf('\n');
        pos = nl < 0 ? in.size() : nl + 1;
    }
    while (pos < in.size()) {
        const qsizetype nl = in.indexOf('\n', pos);
        const qsizetype lineEnd = nl < 0 ? in.size() : nl + 1;
        const QByteArrayView line = in.sliced(pos, lineEnd - pos);
        QByteArrayView content = line;
        if (content.endsWith('\n')) content.chop(1);
        if (content.endsWith('\r')) content.chop(1);
        pos = lineEnd;

        if (inHeader) {
            if (content.isEmpty()) {
                if (!forGmime) break; // the top block ended: nothing more is wanted
                inHeader = embeddedNext;
                embeddedNext = false;
                topLevel = false;
                skipping = false;
                out.append(line);
                continue;
            }
            const bool continuation = content[0] == ' ' || content[0] == '\t';
            if (topLevel && firstTopLine) {
                firstTopLine = false;
                const qsizetype colon = continuation ? -1 : content.indexOf(':');
                if (colon < 0 || !isFieldName(content.first(colon).trimmed())) {
                    // GMime wants a header first; without one the whole message is its body.
                    report.problem(QStringLiteral("no header block"));
                    if (!forGmime) break;
                    inHeader = false;
                    topLevel = false;
                    out.append('\n');
                    pos -= line.size(); // read this line again, as body
                    continue;
                }
            }
            if (continuation && skipping) continue;
            skipping = false;
            if (!continuation && topLevel && ++fields > limits.maxHeaders) {
                report.cut(QStringLiteral("header count limit reached"));
                skipping = true;
                continue;
            }
            qsizetype keep = content.size();
            if (keep > maxLine) {
                keep = maxLine;
                report.cut(QStringLiteral("long lines cut"));
            }
            if (headerBytes + keep > limits.maxHeaderBytes) {
                report.cut(QStringLiteral("header size limit reached"));
                skipping = true;
                continue;
            }
            headerBytes += keep;
            const QByteArrayView kept = content.first(keep);
            const QByteArray b = forGmime ? boundaryParameter(kept) : QByteArray();
            if (!b.isEmpty() && !boundaries.contains(b)) {
                if (boundaries.size() >= limits.maxParts) {
                    report.cut(QStringLiteral("MIME boundary limit reached"));
                    break;
                }
                boundaries.append(b);
            }
            if (forGmime && kept.contains('/') &&
                (indexOfCaseless(kept, "message/rfc822") >= 0 || indexOfCaseless(kept, "message/global") >= 0))
                embeddedNext = true;
            if (topLevel) {
                if (continuation) {
                    if (!top.fields.empty() && top.fields.back().valueAt + top.fields.back().valueLen == top.block.size()) {
                        top.block.append('\n');
                        top.block.append(kept);
                        top.fields.back().valueLen = top.block.size() - top.fields.back().valueAt;
                    }
                } else {
                    const qsizetype colon = kept.indexOf(':');
                    const QByteArrayView name = colon < 0 ? QByteArrayView() : kept.first(colon).trimmed();
                    if (colon < 0 || !isFieldName(name)) {
                        skipping = true; // GMime: "invalid header, ignored", continuation lines too
                        toGmime = false;
                        continue;
                    }
                    TopHeaders::Field f{top.block.size(), name.size(), 0, 0};
                    top.block.append(name);
                    f.valueAt = top.block.size();
                    top.block.append(kept.sliced(colon + 1));
                    f.valueLen = top.block.size() - f.valueAt;
                    top.fields.push_back(f);
                    toGmime = isMimeField(name);
                }
                if (!toGmime) continue;
            }
            if (!forGmime) continue;
            if (keep == content.size()) {
                out.append(line);
            } else {
                out.append(kept);
                out.append('\n');
            }
            continue;
        }

        if (content.startsWith("--") && !boundaries.isEmpty()) {
            scanCost += boundaries.size();
            if (scanCost > kMaxBoundaryScan) {
                report.cut(QStringLiteral("MIME boundary scan limit reached"));
                break;
            }
            bool stop = false;
            for (const QByteArray &b : boundaries) {
                // GMime's rule: "--" boundary, then "--" (the close) or only white space.
                if (!content.sliced(2).startsWith(b)) continue;
                const QByteArrayView rest = content.sliced(2 + b.size());
                if (!rest.startsWith("--") && !rest.trimmed().isEmpty()) continue;
                if (!rest.startsWith("--")) {
                    if (++delimiters > limits.maxParts) {
                        report.cut(QStringLiteral("MIME part limit reached"));
                        stop = true;
                    }
                    inHeader = true;
                }
                break;
            }
            if (stop) break;
        }
        if (content.size() > maxLine) {
            // Split, do not cut: base64 ignores the added line breaks, text keeps its words.
            for (qsizetype at = 0; at < content.size(); at += maxLine) {
                out.append(content.sliced(at, std::min(maxLine, content.size() - at)));
                out.append('\n');
            }
            report.cut(QStringLiteral("long lines cut"));
        } else {
            out.append(line);
        }
    }
    if (out.isEmpty()) out.append('\n'); // no MIME field, no body: an empty header block
    if (!out.endsWith('\n')) out.append('\n');
    if (out.contains('\0') || top.block.contains('\0')) {
        // NUL bytes end C strings inside GMime; a header or line with one is mangled, not fatal.
        out.replace('\0', ' ');
        top.block.replace('\0', ' ');
        report.problem(QStringLiteral("NUL bytes replaced"));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Addresses

bool firstMailbox(InternetAddressList *list, Address &out, int depth = 0)
{
    if (!list || depth > 4) return false;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            out.name = utf8(internet_address_get_name(ia)).trimmed();
            out.address = utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed();
            return true;
        }
        if (INTERNET_ADDRESS_IS_GROUP(ia) &&
            firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out, depth + 1))
            return true;
    }
    return false;
}

int countMailboxes(InternetAddressList *list, int depth = 0)
{
    if (!list || depth > 4) return 0;
    int n = 0;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia))
            ++n;
        else if (INTERNET_ADDRESS_IS_GROUP(ia))
            n += countMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), depth + 1);
    }
    return n;
}

// ---------------------------------------------------------------------------------------------
// Part content

struct Decoded
{
    QByteArray data; ///< at most the budget given
    qint64 size = 0; ///< all decoded bytes; estimated from the encoded length when not all were read
    bool estimated = false;
    bool cut = false; ///< data is not the whole content
};

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool validBase64(const char *p, ssize_t n)
{
    for (ssize_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
              c == '/' || c == '=' || c == '\r' || c == '\n' || c == ' ' || c == '\t'))
            return false;
    }
    return true;
}

bool validQuotedPrintable(const char *p, ssize_t n)
{
    for (ssize_t i = 0; i + 2 < n; ++i) {
        if (p[i] != '=') continue;
        if (isHex(p[i + 1]) && isHex(p[i + 2])) continue;
        ssize_t j = i + 1; // a soft line break, maybe after trailing white space
        while (j < n && (p[j] == ' ' || p[j] == '\t'))
            ++j;
        if (j < n && (p[j] == '\r' || p[j] == '\n')) continue;
        if (j >= n) continue;
        return false;
    }
    return true;
}

Decoded decodePart(GMimePart *part, qsizetype budget, Report &report)
{
    Decoded d;
    GMimeDataWrapper *w = g_mime_part_get_content(part);
    GMimeStream *s = w ? g_mime_data_wrapper_get_stream(w) : nullptr;
    if (!s) return d;
    const GMimeContentEncoding enc = g_mime_data_wrapper_get_encoding(w);
    g_mime_stream_reset(s);
    const gint64 encodedLength = g_mime_stream_length(s);
    GPtr<GMimeFilter> filter;
    if (enc == GMIME_CONTENT_ENCODING_BASE64 || enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
        enc == GMIME_CONTENT_ENCODING_UUENCODE)
        filter.reset(g_mime_filter_basic_new(enc, FALSE));

    char buf[16 * 1024];
    gint64 consumed = 0;
    bool atEnd = false;
    bool invalid = false;
    while (d.size < budget) {
        const ssize_t n = g_mime_stream_read(s, buf, sizeof buf);
        if (n <= 0) {
            atEnd = true;
            break;
        }
        consumed += n;
        if (enc == GMIME_CONTENT_ENCODING_BASE64 && !invalid && !validBase64(buf, n)) {
            invalid = true;
            report.problem(QStringLiteral("invalid base64"));
        } else if (enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE && !invalid &&
                   !validQuotedPrintable(buf, n)) {
            invalid = true;
            report.problem(QStringLiteral("invalid quoted-printable"));
        }
        if (filter) {
            char *outp = nullptr;
            size_t outLen = 0, outPre = 0;
            g_mime_filter_filter(filter.get(), buf, size_t(n), 0, &outp, &outLen, &outPre);
            d.data.append(outp, qsizetype(outLen));
            d.size += qint64(outLen);
        } else {
            d.data.append(buf, n);
            d.size += n;
        }
    }
    if (!atEnd && encodedLength >= 0 && consumed >= encodedLength) atEnd = true;
    if (atEnd && filter) {
        char *outp = nullptr;
        size_t outLen = 0, outPre = 0;
        g_mime_filter_complete(filter.get(), buf, 0, 0, &outp, &outLen, &outPre);
        d.data.append(outp, qsizetype(outLen));
        d.size += qint64(outLen);
    }
    if (!atEnd) {
        d.estimated = true;
        const gint64 rest = encodedLength > consumed ? encodedLength - consumed : 0;
        // The rest decodes as the part read so far did (base64 with its line breaks: ~0.74).
        d.size += consumed > 0 ? qint64(double(rest) * double(d.size) / double(consumed))
                               : (enc == GMIME_CONTENT_ENCODING_BASE64 ? rest * 3 / 4 : rest);
    }
    d.cut = !atEnd || d.data.size() > budget;
    if (d.data.size() > budget) d.data.truncate(budget);
    return d;
}

QString convertWithIconv(const QByteArray &bytes, const char *from, bool *ok)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(static_cast<intptr_t>(-1))) {
        *ok = false;
        return {};
    }
    *ok = true;
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    QByteArray in = bytes;
    char *inp = in.data();
    size_t inLeft = size_t(in.size());
    qsizetype used = 0;
    while (inLeft > 0) {
        if (out.size() - used < 16) out.resize(out.size() * 2);
        char *outp = out.data() + used;
        size_t outLeft = size_t(out.size() - used);
        const size_t rc = iconv(cd, &inp, &inLeft, &outp, &outLeft);
        used = outp - out.data();
        if (rc != size_t(-1)) continue;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        // EILSEQ / EINVAL: a byte the charset does not have, or a cut sequence: U+FFFD, step over it.
        if (out.size() - used < 3) out.resize(out.size() * 2);
        out[used++] = char(0xef);
        out[used++] = char(0xbf);
        out[used++] = char(0xbd);
        ++inp;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    g_mime_iconv_close(cd);
    out.truncate(used);
    return QString::fromUtf8(out);
}

/** Windows-1252 by table, as glibc's iconv reads it (its five unassigned bytes become U+FFFD,
 *  as convertWithIconv makes them): most 8-bit mail of the corpus is in it, and iconv cost more
 *  than the table. tst_parsedmessage checks all 256 bytes against iconv. */
QString fromCp1252(const QByteArray &bytes)
{
    static constexpr char16_t k80[32] = {
        0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
    };
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *o++ = b >= 0x80 && b < 0xa0 ? k80[b - 0x80] : char16_t(b);
    }
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder(bytes);
    return !decoder.hasError();
}

/** Decoded part bytes to text. No charset, US-ASCII or Latin-1 declared over 8-bit bytes is read
 *  as UTF-8 when valid, else as windows-1252 (what mail clients and browsers do). */
QString toUnicode(const QByteArray &bytes, const QString &charset, Report &report)
{
    if (bytes.isEmpty()) return {};
    const QString cs = charset.trimmed().toLower();
    bool ok = false;
    if (cs == QLatin1String("utf-8") || cs == QLatin1String("utf8")) return QString::fromUtf8(bytes);
    const bool latin = cs.isEmpty() || cs == QLatin1String("us-ascii") || cs == QLatin1String("ascii") ||
                       cs == QLatin1String("iso-8859-1") || cs == QLatin1String("latin1") ||
                       cs == QLatin1String("iso8859-1") || cs == QLatin1String("windows-1252");
    if (!latin) {
        // Names mail clients wrote that neither GMime's alias table nor iconv knows.
        static const QHash<QString, QString> aliases = {
            {QStringLiteral("x-sjis"), QStringLiteral("shift_jis")},
            {QStringLiteral("chinesebig5"), QStringLiteral("big5")},
            {QStringLiteral("gb2312_charset"), QStringLiteral("gb2312")},
            {QStringLiteral("x-euc-jp"), QStringLiteral("euc-jp")},
            {QStringLiteral("x-unicode20utf8"), QStringLiteral("utf-8")},
        };
        const QString alias = aliases.value(cs);
        if (alias == QLatin1String("utf-8")) return QString::fromUtf8(bytes);
        const QByteArray name = (alias.isEmpty() ? cs : alias).toUtf8();
        const QString s = convertWithIconv(bytes, g_mime_charset_iconv_name(name.constData()), &ok);
        if (ok) return s;
        report.problem(QStringLiteral("unknown charset"));
    }
    if (isValidUtf8(bytes)) return QString::fromUtf8(bytes);
    return fromCp1252(bytes);
}

bool containsLetter(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isLetter(); });
}

int countWords(const QString &s)
{
    int words = 0;
    for (QStringView w : QStringView(s).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); })) ++words;
    }
    return words;
}

bool isPlain(QByteArrayView raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (!((c >= 0x20 && c < 0x7f) || c == '\t' || c == '\r' || c == '\n')) return false;
        if (c == '=' && i + 1 < raw.size() && raw[i + 1] == '?') return false;
    }
    return true;
}

/** g_mime_header_get_value() of a value that is not plain: unfolded, RFC 2047 words decoded,
 *  8-bit text converted, UTF-8. */
QByteArray gmimeDecoded(QByteArrayView raw)
{
    const QByteArray z = raw.toByteArray();
    char *unfolded = g_mime_utils_header_unfold(z.constData());
    char *decoded = unfolded ? g_mime_utils_header_decode_text(nullptr, unfolded) : nullptr;
    QByteArray v(decoded ? decoded : "");
    g_free(decoded);
    g_free(unfolded);
    return v;
}

/** What g_mime_header_get_value() answers for a raw (folded) value. */
QByteArray decodedValue(QByteArrayView raw)
{
    if (!isPlain(raw)) return gmimeDecoded(raw);
    QByteArray v;
    v.reserve(raw.size());
    for (const char c : raw) {
        if (c != '\r' && c != '\n') v.append(c);
    }
    return v.trimmed();
}

/** A header's decoded value, simplified. GMime's decoding changes nothing but white space in a
 *  printable-ASCII value without "=?", and simplified() makes that white space the same: such a
 *  value is taken as it is. */
QString headerValue(QByteArrayView raw)
{
    return isPlain(raw) ? QString::fromLatin1(raw).simplified() : QString::fromUtf8(gmimeDecoded(raw)).simplified();
}

/** As GMime reads an address field: from its raw value (it decodes the words itself). */
InternetAddressList *parseAddresses(QByteArrayView raw)
{
    return internet_address_list_parse(nullptr, raw.toByteArray().constData());
}

bool isAtext(char c) // RFC 5322 3.2.3, without the characters GMime might read another way
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '+' || c == '\'';
}

bool isDotAtom(QByteArrayView v) // atext runs joined by single dots
{
    if (v.isEmpty() || v.startsWith('.') || v.endsWith('.') || v.contains(".."))
        return false;
    return std::all_of(v.begin(), v.end(), [](char c) { return isAtext(c) || c == '.'; });
}

/** The shapes most mail has, read without GMime when they cannot mean anything else:
 *  "local@domain", "<local@domain>" and "Display Name <local@domain>", in ASCII letters, digits,
 *  and - _ + ' only (dots in the address), single spaces, no folding, quotes, comments, encoded
 *  words, groups or lists, no IDN. Anything else returns false and goes to GMime; on what it
 *  accepts, the answer equals GMime's (parse_dump --headers over the corpus, before and after). */
bool simpleMailbox(QByteArrayView raw, Address &out)
{
    const QByteArrayView v = raw.trimmed();
    if (v.isEmpty() || v.size() > 512)
        return false;
    QByteArrayView name, addr;
    const qsizetype lt = v.indexOf('<');
    if (lt < 0) {
        addr = v;
    } else {
        if (!v.endsWith('>') || v.indexOf('>') != v.size() - 1 || v.indexOf('<', lt + 1) >= 0)
            return false;
        name = v.first(lt);
        if (!name.isEmpty() && !name.endsWith(' '))
            return false; // "Name<addr>": left to GMime
        name = name.trimmed();
        addr = v.sliced(lt + 1, v.size() - lt - 2);
    }
    if (name.contains("  ") || !std::all_of(name.begin(), name.end(), [](char c) { return isAtext(c) || c == ' '; }))
        return false;
    const qsizetype at = addr.indexOf('@');
    if (at <= 0 || addr.indexOf('@', at + 1) >= 0 || !isDotAtom(addr.first(at)) || !isDotAtom(addr.sliced(at + 1)) ||
        addr.sliced(at + 1).indexOf('.') < 0 || indexOfCaseless(addr, "xn--") >= 0)
        return false;
    out.name = QString::fromLatin1(name);
    out.address = QString::fromLatin1(addr);
    return true;
}

/** The first mailbox of an address header's raw value, as GMime reads it. */
void firstMailboxOf(QByteArrayView raw, Address &out)
{
    if (simpleMailbox(raw, out))
        return;
    GPtr<InternetAddressList> list(parseAddresses(raw));
    firstMailbox(list.get(), out);
}

struct Leaf
{
    GMimePart *part;
    QString type;
    QString charset;
};

} // namespace

QString ParsedMessage::header(QStringView name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) return v;
    }
    return {};
}

QString sniffContentType(QByteArrayView h)
{
    if (h.startsWith("MZ")) return QStringLiteral("application/x-msdownload");
    if (h.startsWith("\x7f"
                     "ELF"))
        return QStringLiteral("application/x-executable");
    if (h.startsWith("PK\x03\x04")) return QStringLiteral("application/zip");
    if (h.startsWith("%PDF")) return QStringLiteral("application/pdf");
    if (h.startsWith("Rar!\x1a\x07")) return QStringLiteral("application/vnd.rar");
    if (h.startsWith("7z\xbc\xaf\x27\x1c")) return QStringLiteral("application/x-7z-compressed");
    if (h.startsWith("\x1f\x8b")) return QStringLiteral("application/gzip");
    if (h.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) return QStringLiteral("application/x-ole-storage");
    if (h.startsWith("\x89PNG\r\n\x1a\n")) return QStringLiteral("image/png");
    if (h.startsWith("\xff\xd8\xff")) return QStringLiteral("image/jpeg");
    if (h.startsWith("GIF87a") || h.startsWith("GIF89a")) return QStringLiteral("image/gif");
    return {};
}

bool isExecutableName(const QString &filename, bool *doubleExtension)
{
    static const QStringList executable = {
        QStringLiteral("exe"), QStringLiteral("scr"), QStringLiteral("js"),  QStringLiteral("jse"),
        QStringLiteral("vbs"), QStringLiteral("vbe"), QStringLiteral("bat"), QStringLiteral("cmd"),
        QStringLiteral("com"), QStringLiteral("pif"), QStringLiteral("jar"), QStringLiteral("msi"),
        QStringLiteral("ps1"), QStringLiteral("hta"), QStringLiteral("lnk"), QStringLiteral("iso"),
        QStringLiteral("img"), QStringLiteral("wsf"), QStringLiteral("cpl"), QStringLiteral("vhd"),
    };
    static const QStringList harmlessLooking = {
        QStringLiteral("pdf"),  QStringLiteral("doc"),  QStringLiteral("docx"), QStringLiteral("xls"),
        QStringLiteral("xlsx"), QStringLiteral("txt"),  QStringLiteral("rtf"),  QStringLiteral("jpg"),
        QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("gif"),  QStringLiteral("zip"),
        QStringLiteral("htm"),  QStringLiteral("html"), QStringLiteral("mp3"),  QStringLiteral("mp4"),
        QStringLiteral("avi"),  QStringLiteral("csv"),  QStringLiteral("ppt"),  QStringLiteral("pptx"),
    };
    QString name = filename.trimmed().toLower();
    // Windows ignores trailing dots and spaces: "invoice.exe. " runs as invoice.exe.
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    const QStringList parts = name.split(QLatin1Char('.'));
    if (doubleExtension) *doubleExtension = false;
    if (parts.size() < 2 || !executable.contains(parts.last())) return false;
    if (doubleExtension && parts.size() >= 3 && harmlessLooking.contains(parts[parts.size() - 2].trimmed()))
        *doubleExtension = true;
    return true;
}

ParsedMessage parseMessage(QByteArrayView raw, const ParseLimits &limits)
{
    ensureGmime();
    ParsedMessage m;
    Report report(m);
    m.rawSize = raw.size();

    TopHeaders top;
    QByteArray bytes = prescan(raw, limits, report, top);

    // Headers: the message's own fields, as the pre-scan split them (GMime has only the MIME ones).
    bool hopsCut = false;
    for (const TopHeaders::Field &f : top.fields) {
        const QByteArrayView name = top.name(f);
        const QByteArrayView rv = top.value(f);
        // Content-* fields describe the body (GMime files them under the body part): not listed.
        if (isContentField(name)) continue;
        m.headers.append({QString::fromUtf8(name), headerValue(rv)});
        const auto is = [name](const char *n) { return name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0; };
        if (is("Received")) {
            if (m.received.size() < limits.maxHops)
                m.received.append(parseReceived(rv));
            else
                hopsCut = true;
        } else if (is("Authentication-Results")) {
            if (m.authResults.size() < limits.maxHops) m.authResults.append(parseAuthResults(rv));
        } else if (is("List-Unsubscribe")) {
            if (m.list.unsubscribe.isEmpty()) m.list.unsubscribe = parseListUnsubscribe(rv);
        } else if (is("List-Unsubscribe-Post")) {
            m.list.unsubscribePost = m.list.unsubscribePost || isOneClickPost(rv);
        } else if (is("List-Id")) {
            if (!m.list.id) m.list.id = parseListId(rv);
        } else if (is("Date")) {
            if (!m.date) m.date = parseDate(rv);
        } else if (is("Return-Path")) {
            if (m.returnPath.isEmpty()) {
                Address a;
                firstMailboxOf(rv, a);
                m.returnPath = a.address;
            }
        } else if (is("Subject")) { // as GMime: the last one
            m.subject = m.headers.last().second;
        } else if (is("Message-Id")) {
            char *id = g_mime_utils_decode_message_id(decodedValue(rv).constData());
            m.messageId = utf8(id).trimmed();
            g_free(id);
        } else if (is("From") || is("Reply-To")) { // as GMime: the first mailbox of all such fields
            Address &a = is("From") ? m.from : m.replyTo;
            if (a.address.isEmpty())
                firstMailboxOf(rv, a);
        } else if (is("To") || is("Cc")) {
            GPtr<InternetAddressList> list(parseAddresses(rv));
            (is("To") ? m.toCount : m.ccCount) += countMailboxes(list.get());
        }
    }
    if (hopsCut) report.cut(QStringLiteral("Received hop limit reached"));

    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    g_mime_parser_set_persist_stream(parser.get(), TRUE); // parts read from the stream, not copies
    GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!msg) return m; // not seen: the pre-scan always gives GMime a header block, empty or not
    bytes = QByteArray(); // GMime holds its own copy

    // MIME structure: an explicit stack, never recursion.
    struct Item
    {
        GMimeObject *object;
        int depth;
    };
    std::vector<Item> stack;
    if (GMimeObject *body = g_mime_message_get_mime_part(msg.get())) stack.push_back({body, 1});
    std::vector<Leaf> leaves;
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        if (m.partCount >= limits.maxParts) {
            report.cut(QStringLiteral("MIME part limit reached"));
            break;
        }
        ++m.partCount;
        m.maxDepth = std::max(m.maxDepth, item.depth);
        GMimeContentType *ct = g_mime_object_get_content_type(item.object);
        QString type;
        if (ct) {
            char *t = g_mime_content_type_get_mime_type(ct);
            type = utf8(t).toLower();
            g_free(t);
        }
        m.contentTypes.append(type);
        const QString charset =
            ct ? utf8(g_mime_content_type_get_parameter(ct, "charset")).trimmed().toLower() : QString();
        if (!charset.isEmpty() && !m.charsets.contains(charset)) m.charsets.append(charset);

        const bool tooDeep = item.depth + 1 > limits.maxDepth;
        if (GMIME_IS_MULTIPART(item.object)) {
            GMimeMultipart *mp = GMIME_MULTIPART(item.object);
            const int n = std::min(g_mime_multipart_get_count(mp), limits.maxParts);
            if (n > 0 && tooDeep) {
                report.cut(QStringLiteral("MIME depth limit reached"));
                continue;
            }
            for (int i = n - 1; i >= 0; --i) {
                if (GMimeObject *child = g_mime_multipart_get_part(mp, i))
                    stack.push_back({child, item.depth + 1});
            }
        } else if (GMIME_IS_MESSAGE_PART(item.object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(item.object));
            GMimeObject *innerBody = inner ? g_mime_message_get_mime_part(inner) : nullptr;
            if (innerBody && tooDeep)
                report.cut(QStringLiteral("MIME depth limit reached"));
            else if (innerBody)
                stack.push_back({innerBody, item.depth + 1});
        } else if (GMIME_IS_PART(item.object)) {
            leaves.push_back({GMIME_PART(item.object), type, charset});
        }
    }

    // Text first, so that a large attachment cannot starve it of the decoding budget.
    qsizetype budget = limits.maxDecodedBytes;
    qsizetype htmlBudget = limits.maxHtmlBytes;
    bool budgetCut = false;
    std::vector<const Leaf *> attachmentLeaves;
    for (const Leaf &leaf : leaves) {
        const bool plain = leaf.type == QLatin1String("text/plain");
        const bool html = leaf.type == QLatin1String("text/html");
        if ((!plain && !html) || g_mime_part_is_attachment(leaf.part)) {
            attachmentLeaves.push_back(&leaf);
            continue;
        }
        const Decoded d = decodePart(leaf.part, budget, report);
        budget -= std::min<qsizetype>(budget, d.data.size());
        budgetCut = budgetCut || d.cut;
        const QString text = toUnicode(d.data, leaf.charset, report);
        if (plain) {
            if (!m.text.isEmpty()) m.text += QLatin1Char('\n');
            m.text += text;
            continue;
        }
        m.hasHtml = true;
        if (htmlBudget <= 0) {
            report.cut(QStringLiteral("HTML size limit reached"));
            continue;
        }
        const QByteArray utf8Html = text.toUtf8();
        HtmlLimits hl;
        hl.maxHtmlBytes = htmlBudget;
        hl.maxLinks = std::max(0, limits.maxLinks - int(m.links.size()));
        htmlBudget -= std::min(htmlBudget, utf8Html.size());
        const HtmlAnalysis a = analyzeHtml(utf8Html, hl);
        if (!m.htmlText.isEmpty() && !a.visibleText.isEmpty()) m.htmlText += QLatin1Char('\n');
        m.htmlText += a.visibleText;
        if (m.hiddenText.size() < kMaxHiddenTextChars && !a.hiddenText.isEmpty())
            m.hiddenText += (m.hiddenText.isEmpty() ? QString() : QStringLiteral(" ")) + a.hiddenText;
        m.links += a.links;
        m.hiddenTextChars += a.hiddenTextChars;
        m.tinyFontChars += a.tinyFontChars;
        m.imageCount += a.imageCount;
        m.formCount += a.formCount;
        m.scriptCount += a.scriptCount;
        for (const QString &p : a.problems) {
            if (a.truncated)
                report.cut(p);
            else
                report.problem(p);
        }
    }
    for (const Leaf *leaf : attachmentLeaves) {
        Attachment at;
        at.filename = utf8(g_mime_part_get_filename(leaf->part)).trimmed();
        at.contentType = leaf->type;
        // An attachment is read for its type and size only: its first bytes are decoded (enough
        // to sniff it and to measure small ones exactly), the size of the rest is estimated. A
        // 50 MB attachment cost 60-110 ms when it was decoded up to the whole budget.
        const Decoded d = decodePart(leaf->part, std::max(std::min(budget, kAttachmentBytes), kSniffBytes), report);
        budget -= std::min<qsizetype>(budget, d.data.size());
        at.size = d.size;
        at.sizeEstimated = d.estimated;
        at.sniffedType =
            sniffContentType(QByteArrayView(d.data).first(std::min<qsizetype>(d.data.size(), 16)));
        at.isExecutableOrScript = isExecutableName(at.filename, &at.doubleExtension) ||
                                  at.sniffedType == QLatin1String("application/x-msdownload") ||
                                  at.sniffedType == QLatin1String("application/x-executable");
        m.attachments.append(at);
    }
    if (budgetCut) report.cut(QStringLiteral("decoded size limit reached"));

    m.htmlOnly = m.hasHtml && !containsLetter(m.text);
    m.imagesOnly = m.imageCount > 0 && countWords(m.htmlText.simplified()) <= kImagesOnlyMaxWords;
    if (m.hiddenText.size() > kMaxHiddenTextChars) m.hiddenText.truncate(kMaxHiddenTextChars);
    return m;
}

MimeLeaves mimeLeaves(QByteArrayView raw, qsizetype maxLeafBytes, const ParseLimits &limits)
{
    ensureGmime();
    MimeLeaves out;
    ParsedMessage scratch;
    Report report(scratch);
    TopHeaders top;
    QByteArray bytes = prescan(raw, limits, report, top);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
    bytes = QByteArray();

    struct Item
    {
        GMimeObject *object;
        int depth;
        QString reportType;
    };
    std::vector<Item> stack;
    if (GMimeObject *body = msg ? g_mime_message_get_mime_part(msg.get()) : nullptr) stack.push_back({body, 1, {}});
    qsizetype budget = limits.maxDecodedBytes;
    int parts = 0;
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        if (++parts > limits.maxParts) {
            report.cut(QStringLiteral("MIME part limit reached"));
            break;
        }
        GMimeContentType *ct = g_mime_object_get_content_type(item.object);
        QString type;
        if (ct) {
            char *t = g_mime_content_type_get_mime_type(ct);
            type = utf8(t).toLower();
            g_free(t);
        }
        if (GMIME_IS_MULTIPART(item.object)) {
            GMimeMultipart *mp = GMIME_MULTIPART(item.object);
            const int n = std::min(g_mime_multipart_get_count(mp), limits.maxParts);
            if (n > 0 && item.depth + 1 > limits.maxDepth) {
                report.cut(QStringLiteral("MIME depth limit reached"));
                continue;
            }
            const QString reportType = type == QLatin1String("multipart/report") && ct
                                           ? utf8(g_mime_content_type_get_parameter(ct, "report-type")).trimmed().toLower()
                                           : item.reportType;
            for (int i = n - 1; i >= 0; --i) {
                if (GMimeObject *child = g_mime_multipart_get_part(mp, i))
                    stack.push_back({child, item.depth + 1, reportType});
            }
            continue;
        }
        MimeLeaf leaf;
        leaf.contentType = type;
        leaf.reportType = item.reportType;
        leaf.depth = item.depth;
        const qsizetype allowed = std::min(maxLeafBytes, budget);
        if (GMIME_IS_MESSAGE_PART(item.object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(item.object));
            if (inner) {
                char *text = g_mime_object_to_string(GMIME_OBJECT(inner), nullptr);
                const qsizetype len = text ? qsizetype(strlen(text)) : 0;
                leaf.data = QByteArray(text, std::min(len, allowed));
                leaf.cut = len > allowed;
                g_free(text);
            }
        } else if (GMIME_IS_PART(item.object)) {
            GMimePart *part = GMIME_PART(item.object);
            leaf.filename = utf8(g_mime_part_get_filename(part)).trimmed();
            const Decoded d = decodePart(part, allowed, report);
            leaf.data = d.data;
            leaf.cut = d.cut;
        } else {
            continue;
        }
        budget -= std::min<qsizetype>(budget, leaf.data.size());
        if (leaf.cut) report.cut(QStringLiteral("decoded size limit reached"));
        out.leaves.append(std::move(leaf));
    }
    out.problems = scratch.problems;
    out.truncated = scratch.truncated;
    return out;
}

MessageHeaders parseHeaders(QByteArrayView raw)
{
    ensureGmime();
    // The pre-scan over the header block only, then only the fields MessageHeaders holds, decoded
    // exactly as parseMessage() decodes them; no GMime parser and no body.
    ParsedMessage scratch;
    Report report(scratch);
    TopHeaders top;
    (void)prescan(headerBlock(raw), ParseLimits{}, report, top, /*forGmime=*/false);
    MessageHeaders h;
    bool haveReceived = false, haveDate = false, haveStatus = false, haveXStatus = false;
    QByteArray status, xstatus;
    bool onePost = false;
    for (const TopHeaders::Field &f : top.fields) {
        const QByteArrayView name = top.name(f);
        const QByteArrayView rv = top.value(f);
        const auto is = [name](const char *n) { return name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0; };
        if (is("Received")) {
            if (!haveReceived) h.topReceived = parseDate(receivedDatePart(rv)); // the one our side added
            haveReceived = true;
        } else if (is("Date")) {
            if (!haveDate) h.date = parseDate(rv);
            haveDate = true;
        } else if (is("Return-Path")) {
            if (h.returnPath.isEmpty()) {
                Address a;
                firstMailboxOf(rv, a);
                h.returnPath = a.address;
            }
        } else if (is("Subject")) { // as GMime: the last one
            h.subject = headerValue(rv).simplified();
        } else if (is("Message-Id")) {
            char *id = g_mime_utils_decode_message_id(decodedValue(rv).constData());
            h.messageId = utf8(id).trimmed();
            g_free(id);
        } else if (is("From")) {
            if (h.from.address.isEmpty())
                firstMailboxOf(rv, h.from);
        } else if (is("Reply-To")) {
            if (h.replyTo.isEmpty()) {
                Address a;
                firstMailboxOf(rv, a);
                h.replyTo = a.address;
            }
        } else if (is("Status")) {
            if (!haveStatus) status = headerValue(rv).toLatin1();
            haveStatus = true;
        } else if (is("X-Status")) {
            if (!haveXStatus) xstatus = headerValue(rv).toLatin1();
            haveXStatus = true;
        } else if (is("List-Id")) {
            if (h.listId.isEmpty())
                if (auto id = parseListId(rv))
                    h.listId = id->id;
        } else if (is("List-Unsubscribe")) {
            if (h.listUnsubscribe == 0) {
                ListHeaders l;
                l.unsubscribe = parseListUnsubscribe(rv);
                l.unsubscribePost = true; // decided below, once both headers were seen
                h.listUnsubscribe = l.unsubscribe.isEmpty() ? 0 : (l.oneClick() ? 3 : 1);
            }
        } else if (is("List-Unsubscribe-Post")) {
            onePost = onePost || isOneClickPost(rv);
        }
    }
    // 3 above: an HTTPS URI that one-click could post to; one-click only with the Post header too.
    if (h.listUnsubscribe == 3)
        h.listUnsubscribe = onePost ? 2 : 1;
    h.statusFlags = mboxStatusFlags(status, xstatus);
    return h;
}

MessageHeaders headersOf(const ParsedMessage &p)
{
    MessageHeaders h;
    h.messageId = p.messageId;
    h.subject = p.subject.simplified();
    h.from = p.from;
    h.replyTo = p.replyTo.address;
    h.returnPath = p.returnPath;
    h.date = p.date;
    if (!p.received.isEmpty())
        h.topReceived = p.received.first().date;
    h.statusFlags = mboxStatusFlags(p.header(u"Status").toLatin1(), p.header(u"X-Status").toLatin1());
    if (p.list.id)
        h.listId = p.list.id->id;
    h.listUnsubscribe = !p.list.hasUnsubscribe() ? 0 : (p.list.oneClick() ? 2 : 1);
    return h;
}

} // namespace mailtide::mime
