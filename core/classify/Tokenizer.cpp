#include "classify/Tokenizer.h"

#include "util/Domains.h"

#include <QUrl>

#include <array>
#include <type_traits>

namespace mailtide::classify {

namespace {

constexpr int kMaxWordLen = 40;

/** One UTF-16 unit into an FNV-1a hash, as tokenId() hashes it (little-endian bytes). */
inline TokenId hashUnit(TokenId h, char16_t u)
{
    h ^= TokenId(u & 0xff);
    h *= 0x100000001b3ULL;
    h ^= TokenId(u >> 8);
    h *= 0x100000001b3ULL;
    return h;
}

inline bool isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

/** Collects token ids; or, when explaining, only the texts of the wanted ids. Every add() takes
 *  views: the text of a token is made only when it is wanted. */
class Sink
{
public:
    explicit Sink(TokenSet &set) : m_set(&set) {}
    Sink(const std::unordered_set<TokenId> &wanted, std::unordered_map<TokenId, QString> &texts)
        : m_wanted(&wanted), m_texts(&texts)
    {
        // A 1024-bit filter in front of the set: most ids of a message are not wanted.
        for (TokenId id : wanted)
            m_filter[(id >> 6) & 15] |= 1ULL << (id & 63);
    }

    void add(TokenId id, const auto &textFn, bool pair = false)
    {
        if (m_set) {
            (pair ? m_set->pairs : m_set->ids).push_back(id);
            return;
        }
        if ((m_filter[(id >> 6) & 15] >> (id & 63) & 1) && m_wanted->count(id) && !m_texts->count(id))
            m_texts->emplace(id, textFn());
    }
    void add(QByteArrayView prefix, QStringView text)
    {
        add(tokenId(prefix, text), [&]() -> QString { return QString::fromLatin1(prefix) + text; });
    }
    /** add(prefix, text.toLower()), without the copy when the text is ASCII. */
    void addLower(QByteArrayView prefix, QStringView text)
    {
        if (!isAscii(text)) {
            add(prefix, text.toString().toLower());
            return;
        }
        TokenId h = hashBytes(prefix.data(), std::size_t(prefix.size()));
        for (QChar c : text) {
            const char16_t u = c.unicode();
            h = hashUnit(h, (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u);
        }
        add(finalizeHash(h), [&]() -> QString { return QString::fromLatin1(prefix) + text.toString().toLower(); });
    }
    bool explaining() const { return m_set == nullptr; }

private:
    TokenSet *m_set = nullptr;
    const std::unordered_set<TokenId> *m_wanted = nullptr;
    std::unordered_map<TokenId, QString> *m_texts = nullptr;
    std::array<std::uint64_t, 16> m_filter{};
};

/** ASCII word characters: letters, digits and $ ' - . % ! _ @. */
constexpr std::array<bool, 128> kAsciiWordChar = [] {
    std::array<bool, 128> t{};
    for (char16_t u = 0; u < 128; ++u)
        t[u] = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '$' ||
               u == '\'' || u == '-' || u == '.' || u == '%' || u == '!' || u == '_' || u == '@';
    return t;
}();

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return kAsciiWordChar[u];
    return c.isLetterOrNumber() || c.isMark();
}

/** Ideographs (CJK unified, extension A, compatibility) and kana. */
inline bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0x4e00 && u <= 0x9fff) ||
           (u >= 0xf900 && u <= 0xfaff);
}

inline bool isEdgePunct(QChar c)
{
    const char16_t u = c.unicode();
    return u == '\'' || u == '-' || u == '.' || u == '_' || u == '@';
}

/** Where forEachWord() folds a word: no allocation per word. */
struct WordBuf
{
    char16_t d[64];
};

/** Writes the decimal digits of n (>= 0) at out; returns how many. */
inline int putNumber(char16_t *out, qsizetype n)
{
    char16_t tmp[24];
    int k = 0;
    do {
        tmp[k++] = char16_t(u'0' + n % 10);
        n /= 10;
    } while (n > 0);
    for (int i = 0; i < k; ++i)
        out[i] = tmp[k - 1 - i];
    return k;
}

/** A word as the tokenizer sees it: t[start, start + wl) folded into buf ("skip:x40" for a
 *  long run, "num:9" for a long number). */
inline QStringView foldWord(const QChar *t, qsizetype start, qsizetype wl, WordBuf &buf)
{
    char16_t *out = buf.d;
    if (wl > kMaxWordLen) {
        // SpamBayes' trick: a long run (base64 debris, a hash, a URL) says little beyond its
        // first character and its length class.
        const char16_t skip[] = u"skip:";
        for (int k = 0; k < 5; ++k)
            out[k] = skip[k];
        out[5] = t[start].toCaseFolded().unicode();
        return QStringView(out, 6 + putNumber(out + 6, wl / 10 * 10));
    }
    bool digitsOnly = true;
    for (qsizetype k = 0; k < wl; ++k) {
        const QChar c = t[start + k];
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out[k] = (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
            digitsOnly = digitsOnly && u >= '0' && u <= '9';
        } else {
            out[k] = c.toCaseFolded().unicode();
            digitsOnly = false;
        }
    }
    // Long numbers (order ids, phone numbers) are noise individually: keep their shape.
    if (digitsOnly && wl > 4) {
        const char16_t num[] = u"num:";
        for (int k = 0; k < 4; ++k)
            out[k] = num[k];
        return QStringView(out, 4 + putNumber(out + 4, wl));
    }
    return QStringView(out, wl);
}

/** Iterates the words of a text: calls fn(QStringView folded) for each, or fn(folded, start,
 *  length) with where the word is in the text. Returns words seen. */
template<typename Fn>
int forEachWord(QStringView text, int maxWords, WordBuf &buf, Fn &&fn)
{
    int n = 0;
    const qsizetype len = text.size();
    const QChar *t = text.data();
    const auto emit = [&](qsizetype s, qsizetype l) {
        ++n;
        const QStringView w = foldWord(t, s, l, buf);
        if constexpr (std::is_invocable_v<Fn &, QStringView, qsizetype, qsizetype>)
            fn(w, s, l);
        else
            fn(w);
    };
    qsizetype i = 0;
    while (i < len && n < maxWords) {
        while (i < len && !isWordChar(t[i]))
            ++i;
        qsizetype start = i;
        const bool cjk = i < len && isCjk(t[i]);
        while (i < len && isWordChar(t[i]) && isCjk(t[i]) == cjk)
            ++i;
        if (cjk) {
            // Chinese and Japanese are written without spaces: a run of ideographs or kana is
            // read as its overlapping pairs of characters (as CJK search engines index it), a
            // lone one as itself. As one "word" the run was only its length ("skip:x40").
            if (i - start == 1)
                emit(start, 1);
            for (qsizetype k = start; k + 1 < i && n < maxWords; ++k)
                emit(k, 2);
            continue;
        }
        qsizetype end = i;
        // Trailing punctuation is sentence punctuation; "!" and "%" and a leading "$" stay.
        while (end > start && isEdgePunct(t[end - 1]))
            --end;
        while (start < end && (isEdgePunct(t[start]) || t[start] == QLatin1Char('!')))
            ++start;
        const qsizetype wl = end - start;
        if (wl < 2 && !(wl == 1 && t[start].unicode() >= 0x2E80)) // single CJK ideographs count
            continue;
        emit(start, wl);
    }
    return n;
}

/** Words and OSB bigrams of a text, under a prefix ("b" body, "s" subject). */
void textTokens(QStringView text, char prefix, int maxWords, int window, bool bigrams, Sink &sink,
                TokenTrace *trace = nullptr)
{
    const char pfx[3] = {prefix, ':', 0};
    const TokenId prefixSeed = hashBytes(pfx, 2);
    struct Recent
    {
        TokenId h;
        WordBuf text; // only filled when explaining
        qsizetype len;
    };
    std::array<Recent, 8> recent{};
    int count = 0;
    WordBuf buf;
    const bool explaining = sink.explaining();
    forEachWord(text, maxWords, buf, [&](QStringView w, qsizetype start, qsizetype wl) {
        if (trace)
            trace->words.push_back({std::uint32_t(start), std::uint32_t(wl)});
        TokenId h = prefixSeed;
        for (QChar c : w)
            h = hashUnit(h, c.unicode());
        sink.add(finalizeHash(h), [&]() -> QString { return QString::fromLatin1(pfx) + w; });
        if (bigrams && window > 1) {
            const int back = std::min(count, window - 1);
            for (int d = 1; d <= back; ++d) {
                const Recent &r = recent[size_t((count - d) & 7)];
                const TokenId id = finalizeHash((r.h * 0x9E3779B97F4A7C15ULL) ^ (h + TokenId(d) * 0x632BE59BD9B4E019ULL));
                sink.add(id, [&]() -> QString {
                    QString s = QString::fromLatin1(pfx) + QStringView(r.text.d, r.len);
                    for (int k = 1; k < d; ++k)
                        s += QStringLiteral(" …");
                    return s + QLatin1Char(' ') + w;
                }, true);
            }
        }
        Recent &slot = recent[size_t(count & 7)];
        slot.h = h;
        if (explaining) {
            std::copy(w.utf16(), w.utf16() + w.size(), slot.text.d);
            slot.len = w.size();
        }
        ++count;
    });
}

QString bucket(qint64 n)
{
    // 0, 1, 2, 3-4, 5-8, 9-16, ...: counts as coarse classes so rare values still generalise.
    if (n <= 2)
        return QString::number(n);
    int b = 2;
    while ((qint64(1) << b) < n)
        ++b;
    return QStringLiteral("<=") + QString::number(qint64(1) << b);
}

/** Header fields skipped: verdicts written by an earlier filter (X-Spam-*, X-Bogosity) are
 *  someone else's opinion. (Received lines are kept: their words measured +0.0001 AUC out of
 *  fold on the training split.) */
bool skipHeader(const QString &name)
{
    if (name.isEmpty() || (name[0] != QLatin1Char('x') && name[0] != QLatin1Char('X')))
        return false; // nothing else folds to 'x'
    return name.startsWith(QLatin1String("X-Spam"), Qt::CaseInsensitive) ||
           name.startsWith(QLatin1String("X-Bogosity"), Qt::CaseInsensitive);
}

/** A lower-case view of a header name: folded into buf when ASCII, else QString::toLower(). */
QStringView lowerName(const QString &name, std::array<char16_t, 64> &buf, QString &owned)
{
    if (name.size() <= qsizetype(buf.size()) && isAscii(name)) {
        for (qsizetype i = 0; i < name.size(); ++i) {
            const char16_t u = name[i].unicode();
            buf[size_t(i)] = (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
        }
        return QStringView(buf.data(), name.size());
    }
    owned = name.toLower();
    return owned;
}

/** Which header fields to explain again (by index in m.headers), and whether the rest after
 *  them (sender, Message-ID, Received chain); null: everything. */
struct HeaderFilter
{
    std::vector<char> fields;
    bool rest = true;
};

void headerTokens(const MessageInput &m, Sink &sink, TokenTrace *trace = nullptr, const HeaderFilter *only = nullptr,
                  const std::vector<TokenId> *ids = nullptr)
{
    // Which headers are present, and the mailer that wrote the message.
    WordBuf buf;
    std::array<char16_t, 64> nameBuf;
    QString ownedName;
    for (qsizetype field = 0; field < m.headers.size(); ++field) {
        if (trace)
            trace->headerStart.push_back(std::uint32_t(ids->size()));
        if (only && !only->fields[size_t(field)])
            continue;
        const QString &name = m.headers[field].first;
        const QString &value = m.headers[field].second;
        if (skipHeader(name))
            continue;
        const QStringView lname = lowerName(name, nameBuf, ownedName);
        sink.add("hdr:", lname);
        if (lname == QLatin1String("x-mailer") || lname == QLatin1String("user-agent") ||
            lname == QLatin1String("x-mimeole")) {
            forEachWord(value, 6, buf, [&](QStringView w) { sink.add("mailer:", w); });
        } else if (lname != QLatin1String("subject") && lname != QLatin1String("date") &&
                   !lname.endsWith(QLatin1String("-date")) && lname != QLatin1String("message-id")) {
            // Date fields (Date, Delivery-Date, X-Original-Date, Resent-Date) say when the
            // corpus was collected, not who wrote: 'may' in Delivery-Date was "typical of spam".
            // Every other field's words, under the field's name (bogofilter does the same): the
            // lists, mailers and relays a person's real mail comes through are hard to imitate.
            // The prefix is "h:" + the name in Latin-1, at most 40 bytes, + ':'.
            char prefixBuf[44];
            QByteArray prefixOwned;
            QByteArrayView prefix;
            if (lname.utf16() == nameBuf.data()) {
                const qsizetype k = std::min<qsizetype>(lname.size(), 40);
                prefixBuf[0] = 'h';
                prefixBuf[1] = ':';
                for (qsizetype i = 0; i < k; ++i)
                    prefixBuf[2 + i] = char(lname[i].unicode());
                prefixBuf[2 + k] = ':';
                prefix = QByteArrayView(prefixBuf, 3 + k);
            } else {
                prefixOwned = "h:" + lname.toLatin1().left(40) + ':';
                prefix = prefixOwned;
            }
            QStringView v = QStringView(value).left(300);
            // A Received line's date (after the last ';') says when the corpus was collected,
            // not who sent the mail: months and zones would become spurious evidence.
            if (lname == QLatin1String("received") && v.lastIndexOf(QLatin1Char(';')) > 0)
                v = v.left(v.lastIndexOf(QLatin1Char(';')));
            forEachWord(v, 24, buf, [&](QStringView w) { sink.add(prefix, w); });
        }
    }
    if (trace)
        trace->headerStart.push_back(std::uint32_t(ids->size()));
    if (only && !only->rest)
        return;
    // Sender and its domains.
    const QString fromDom = util::domainOf(m.fromAddress);
    const QString fromReg = util::registrableDomain(fromDom);
    if (!m.fromAddress.isEmpty()) {
        sink.addLower("from:", m.fromAddress);
        sink.add("fromdom:", fromDom);
        sink.add("fromreg:", fromReg);
    } else {
        sink.add("from:", u"(none)");
    }
    forEachWord(m.fromName, 8, buf, [&](QStringView w) { sink.add("fromname:", w); });
    if (m.fromName.isEmpty())
        sink.add("fromname:", u"(none)");
    if (!m.replyTo.isEmpty()) {
        const QString rd = util::registrableDomain(util::domainOf(m.replyTo));
        sink.add("replyto:", rd);
        sink.add("replyto-differs:", rd == fromReg ? u"no" : u"yes");
    }
    if (!m.returnPath.isEmpty())
        sink.add("retpath:", util::registrableDomain(util::domainOf(m.returnPath)));
    // Message-ID: its domain and its shape say which software (or spamware) made it.
    if (m.messageId.isEmpty()) {
        sink.add("msgid:", u"(none)");
    } else {
        const QString dom = util::domainOf(m.messageId);
        sink.add("msgid-dom:", dom.isEmpty() ? QStringView(u"(none)") : QStringView(dom));
        QString shape;
        for (QChar c : QStringView(m.messageId).left(m.messageId.indexOf(QLatin1Char('@')))) {
            const QChar s = c.isDigit() ? QLatin1Char('9') : c.isLetter() ? (c.isUpper() ? QLatin1Char('A') : QLatin1Char('a')) : c;
            if (shape.isEmpty() || shape.back() != s)
                shape += s;
        }
        sink.add("msgid-shape:", QStringView(shape).left(24));
    }
    // Received chain: relays' names and networks (the path a message took is hard to fake at
    // our end of it).
    int hop = 0;
    for (const InputHop &h : m.hops) {
        if (++hop > 12)
            break;
        // registrableDomain() lower-cases: the host needs no copy of its own.
        if (!h.rdns.isEmpty())
            sink.add("rcv-host:", util::registrableDomain(h.rdns));
        if (!h.helo.isEmpty()) {
            if (isAscii(h.helo))
                sink.addLower("rcv-helo:", QStringView(h.helo).left(60));
            else
                sink.add("rcv-helo:", h.helo.toLower().left(60));
        }
        if (!h.by.isEmpty())
            sink.add("rcv-by:", util::registrableDomain(h.by));
        if (!h.ip.isEmpty()) {
            // a.b.c.d (four parts, as split('.') counts them): its /16 and /24 prefixes.
            qsizetype dots[3];
            int nDots = 0;
            for (qsizetype i = 0; i < h.ip.size(); ++i) {
                if (h.ip[i] == QLatin1Char('.') && nDots++ < 3)
                    dots[nDots - 1] = i;
            }
            if (nDots == 3) {
                sink.add("rcv-ip16:", QStringView(h.ip).left(dots[1]));
                sink.add("rcv-ip24:", QStringView(h.ip).left(dots[2]));
            }
        }
    }
    sink.add("hops:", bucket(m.hops.size()));
}

void structureTokens(const MessageInput &m, Sink &sink)
{
    for (const QString &ct : m.contentTypes)
        sink.addLower("ct:", ct);
    for (const QString &cs : m.charsets)
        sink.addLower("charset:", cs);
    sink.add("parts:", bucket(m.partCount));
    sink.add("size:", bucket(m.size / 1024));
    if (m.htmlOnly)
        sink.add("html:", u"only");
    if (m.hiddenTextChars > 0)
        sink.add("html:", u"hidden-text");
    if (m.tinyFontChars > 0)
        sink.add("html:", u"tiny-font");
    if (m.imagesOnly)
        sink.add("html:", u"images-only");
    sink.add("images:", bucket(m.imageCount));
    sink.add("links:", bucket(m.links.size()));
    for (const QString &p : m.problems)
        sink.add("mime-problem:", QStringView(p).left(40));
    for (const InputAttachment &a : m.attachments) {
        const qsizetype dot = a.filename.lastIndexOf(QLatin1Char('.'));
        if (dot < 0)
            sink.add("att-ext:", u"(none)");
        else if (isAscii(QStringView(a.filename).mid(dot + 1)))
            sink.addLower("att-ext:", QStringView(a.filename).mid(dot + 1).left(8));
        else
            sink.add("att-ext:", a.filename.mid(dot + 1).toLower().left(8));
        sink.addLower("att-type:", a.sniffedType.isEmpty() ? a.declaredType : a.sniffedType);
        if (a.executableOrScript)
            sink.add("att:", u"executable");
    }
    // Links: hosts and registrable domains, schemes, IP literals, mismatched anchor text.
    int n = 0;
    for (const InputLink &l : m.links) {
        if (++n > 200)
            break;
        if (l.isIp)
            sink.add("url:", u"ip-literal");
        else {
            sink.add("url-dom:", l.domain);
            sink.add("url-host:", l.host);
        }
        if (l.textShowsOtherDomain)
            sink.add("url:", u"text-shows-other-domain");
        const qsizetype colon = l.url.indexOf(QLatin1Char(':'));
        if (colon > 0 && colon < 12)
            sink.addLower("url-scheme:", QStringView(l.url).left(colon));
    }
}

/** The parts of a message, in the order their tokens come out; each is independent of the others. */
/** A text part's text, prefix, word limit and bigram switch; false for the other parts. */
bool textSection(int s, const MessageInput &m, const TokenizerParams &p, QStringView &text, char &prefix,
                 int &maxWords, bool &bigrams)
{
    switch (s) {
    case 0:
        text = m.subject, prefix = 's', maxWords = 64, bigrams = p.subjectBigrams;
        return true;
    case 2:
        text = m.text, prefix = 'b', maxWords = p.maxWords, bigrams = p.bodyBigrams;
        return true;
    case 3:
        text = m.htmlText, prefix = 'b', maxWords = p.maxWords, bigrams = p.bodyBigrams;
        return true;
    default:
        return false;
    }
}

void section(int s, const MessageInput &m, const TokenizerParams &p, Sink &sink, TokenTrace *trace = nullptr,
             const std::vector<TokenId> *ids = nullptr, const HeaderFilter *only = nullptr)
{
    QStringView text;
    char prefix = 0;
    int maxWords = 0;
    bool bigrams = false;
    if (textSection(s, m, p, text, prefix, maxWords, bigrams)) {
        textTokens(text, prefix, maxWords, p.osbWindow, bigrams, sink, trace);
        return;
    }
    switch (s) {
    case 1:
        if (m.subject.isEmpty())
            sink.add("s:", u"(none)");
        break;
    case 4:
        headerTokens(m, sink, trace, only, ids);
        break;
    case 5:
        structureTokens(m, sink);
        break;
    default:
        break;
    }
}
static_assert(TokenTrace::kSections == 6);

} // namespace

TokenSet Tokenizer::tokenize(const MessageInput &m) const
{
    return tokenize(m, nullptr);
}

TokenSet Tokenizer::tokenize(const MessageInput &m, TokenTrace *trace) const
{
    TokenSet set;
    const size_t words = size_t(std::min<qsizetype>(m.text.size() + m.htmlText.size(), 200000) / 6 + 64);
    set.ids.reserve(words + 128);
    set.pairs.reserve(words * size_t(std::max(m_p.osbWindow - 1, 0)));
    Sink sink(set);
    for (int s = 0; s < TokenTrace::kSections; ++s) {
        if (trace) {
            trace->idStart[size_t(s)] = std::uint32_t(set.ids.size());
            trace->pairStart[size_t(s)] = std::uint32_t(set.pairs.size());
            trace->wordStart[size_t(s)] = std::uint32_t(trace->words.size());
        }
        section(s, m, m_p, sink, trace, &set.ids);
    }
    if (trace) {
        trace->idStart[TokenTrace::kSections] = std::uint32_t(set.ids.size());
        trace->pairStart[TokenTrace::kSections] = std::uint32_t(set.pairs.size());
        trace->wordStart[TokenTrace::kSections] = std::uint32_t(trace->words.size());
        trace->ids = set.ids;
        trace->pairs = set.pairs;
    }
    set.sortUnique();
    return set;
}

std::unordered_map<TokenId, QString> Tokenizer::explain(const MessageInput &m,
                                                        const std::unordered_set<TokenId> &wanted,
                                                        const TokenTrace *trace) const
{
    std::unordered_map<TokenId, QString> texts;
    Sink sink(wanted, texts);
    if (!trace) {
        for (int s = 0; s < TokenTrace::kSections; ++s)
            section(s, m, m_p, sink);
        return texts;
    }
    // The text parts need no second pass: a word's text is its span folded again, a pair's the
    // spans of its two words. Only the other parts (headers, structure) run again, and only
    // those that made a wanted id whose text is still missing.
    std::array<std::uint64_t, 16> filter{};
    for (TokenId id : wanted)
        filter[(id >> 6) & 15] |= 1ULL << (id & 63);
    const auto missing = [&](TokenId id) {
        return (filter[(id >> 6) & 15] >> (id & 63) & 1) && wanted.count(id) && !texts.count(id);
    };
    WordBuf a, b;
    for (int s = 0; s < TokenTrace::kSections; ++s) {
        QStringView text;
        char prefix = 0;
        int maxWords = 0;
        bool bigrams = false;
        const size_t i0 = trace->idStart[size_t(s)], i1 = trace->idStart[size_t(s) + 1];
        const size_t p0 = trace->pairStart[size_t(s)], p1 = trace->pairStart[size_t(s) + 1];
        if (!textSection(s, m, m_p, text, prefix, maxWords, bigrams)) {
            bool needed = false;
            for (size_t i = i0; i < i1 && !needed; ++i)
                needed = missing(trace->ids[i]);
            for (size_t i = p0; i < p1 && !needed; ++i)
                needed = missing(trace->pairs[i]);
            if (!needed)
                continue;
            if (s == 4 && trace->headerStart.size() == size_t(m.headers.size()) + 1) {
                // Only the header fields (and the rest after them) that made a missing token.
                HeaderFilter only;
                only.fields.resize(size_t(m.headers.size()));
                for (size_t f = 0; f < only.fields.size(); ++f) {
                    for (size_t i = trace->headerStart[f]; i < trace->headerStart[f + 1] && !only.fields[f]; ++i)
                        only.fields[f] = missing(trace->ids[i]);
                }
                only.rest = false;
                for (size_t i = trace->headerStart.back(); i < i1 && !only.rest; ++i)
                    only.rest = missing(trace->ids[i]);
                section(s, m, m_p, sink, nullptr, nullptr, &only);
            } else {
                section(s, m, m_p, sink);
            }
            continue;
        }
        const QString pfx = QString::fromLatin1(QByteArrayView(&prefix, 1)) + QLatin1Char(':');
        const auto *words = trace->words.data() + trace->wordStart[size_t(s)];
        const auto fold = [&](size_t k, WordBuf &buf) { return foldWord(text.data(), words[k].first, words[k].second, buf); };
        for (size_t i = i0; i < i1; ++i) {
            if (missing(trace->ids[i]))
                texts.emplace(trace->ids[i], pfx + fold(i - i0, a));
        }
        // Word k made min(k, window - 1) pairs, with the words 1, 2... before it.
        const int window = m_p.osbWindow;
        size_t j = p0;
        for (size_t k = 1; j < p1; ++k) {
            const int back = std::min(int(k), window - 1);
            for (int d = 1; d <= back && j < p1; ++d, ++j) {
                if (!missing(trace->pairs[j]))
                    continue;
                QString t = pfx + fold(k - size_t(d), a);
                for (int g = 1; g < d; ++g)
                    t += QStringLiteral(" …");
                texts.emplace(trace->pairs[j], t + QLatin1Char(' ') + fold(k, b));
            }
        }
    }
    return texts;
}

QStringList words(QStringView text, int maxWords)
{
    QStringList out;
    WordBuf buf;
    forEachWord(text, maxWords, buf, [&](QStringView w) { out << w.toString(); });
    return out;
}

std::vector<TokenId> wordHashes(QStringView text, int maxWords)
{
    std::vector<TokenId> out;
    out.reserve(size_t(std::min<qsizetype>(text.size() / 5, maxWords)));
    WordBuf buf;
    forEachWord(text, maxWords, buf, [&](QStringView w) {
        // "WINNER!!!" matches the phrase word "winner": the tokens keep the "!", phrases do not.
        while (w.size() > 1 && w.back() == QLatin1Char('!'))
            w.chop(1);
        out.push_back(tokenId(QByteArrayView(), w));
    });
    return out;
}

} // namespace mailtide::classify
