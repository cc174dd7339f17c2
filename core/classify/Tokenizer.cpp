#include "classify/Tokenizer.h"

#include "util/Domains.h"

#include <QUrl>

#include <array>

namespace mailtide::classify {

namespace {

constexpr int kMaxWordLen = 40;

/** Collects token ids; or, when explaining, only the texts of the wanted ids. */
class Sink
{
public:
    explicit Sink(TokenSet &set) : m_set(&set) {}
    Sink(const std::unordered_set<TokenId> &wanted, std::unordered_map<TokenId, QString> &texts)
        : m_wanted(&wanted), m_texts(&texts)
    {
    }

    void add(TokenId id, const auto &textFn, bool pair = false)
    {
        if (m_set)
            (pair ? m_set->pairs : m_set->ids).push_back(id);
        else if (m_wanted->count(id) && !m_texts->count(id))
            m_texts->emplace(id, textFn());
    }
    void add(QByteArrayView prefix, const QString &text)
    {
        add(tokenId(prefix, QStringView(text)), [&]() -> QString { return QString::fromLatin1(prefix) + text; });
    }
    bool explaining() const { return m_set == nullptr; }

private:
    TokenSet *m_set = nullptr;
    const std::unordered_set<TokenId> *m_wanted = nullptr;
    std::unordered_map<TokenId, QString> *m_texts = nullptr;
};

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '$' ||
               u == '\'' || u == '-' || u == '.' || u == '%' || u == '!' || u == '_' || u == '@';
    return c.isLetterOrNumber() || c.isMark();
}

inline bool isEdgePunct(QChar c)
{
    const char16_t u = c.unicode();
    return u == '\'' || u == '-' || u == '.' || u == '_' || u == '@';
}

/** Iterates the words of a text: calls fn(QStringView folded) for each. Returns words seen. */
template<typename Fn>
int forEachWord(QStringView text, int maxWords, QString &buf, Fn &&fn)
{
    int n = 0;
    const qsizetype len = text.size();
    qsizetype i = 0;
    while (i < len && n < maxWords) {
        while (i < len && !isWordChar(text[i]))
            ++i;
        qsizetype start = i;
        while (i < len && isWordChar(text[i]))
            ++i;
        qsizetype end = i;
        // Trailing punctuation is sentence punctuation; "!" and "%" and a leading "$" stay.
        while (end > start && isEdgePunct(text[end - 1]))
            --end;
        while (start < end && (isEdgePunct(text[start]) || text[start] == QLatin1Char('!')))
            ++start;
        const qsizetype wl = end - start;
        if (wl < 2 && !(wl == 1 && text[start].unicode() >= 0x2E80)) // single CJK ideographs count
            continue;
        ++n;
        if (wl > kMaxWordLen) {
            // SpamBayes' trick: a long run (base64 debris, a hash, a URL) says little beyond its
            // first character and its length class.
            buf = QStringLiteral("skip:") + text[start].toCaseFolded() + QString::number(wl / 10 * 10);
            fn(QStringView(buf));
            continue;
        }
        buf.resize(wl);
        QChar *out = buf.data();
        bool digitsOnly = true;
        for (qsizetype k = 0; k < wl; ++k) {
            const QChar c = text[start + k];
            const char16_t u = c.unicode();
            if (u < 0x80) {
                out[k] = (u >= 'A' && u <= 'Z') ? QChar(u + 32) : c;
                digitsOnly = digitsOnly && u >= '0' && u <= '9';
            } else {
                out[k] = c.toCaseFolded();
                digitsOnly = false;
            }
        }
        // Long numbers (order ids, phone numbers) are noise individually: keep their shape.
        if (digitsOnly && wl > 4)
            buf = QStringLiteral("num:") + QString::number(wl);
        fn(QStringView(buf));
    }
    return n;
}

/** Words and OSB bigrams of a text, under a prefix ("b" body, "s" subject). */
void textTokens(QStringView text, char prefix, int maxWords, int window, bool bigrams, Sink &sink)
{
    const char pfx[3] = {prefix, ':', 0};
    const TokenId prefixSeed = hashBytes(pfx, 2);
    struct Recent
    {
        TokenId h;
        QString text; // only filled when explaining
    };
    std::array<Recent, 8> recent{};
    int count = 0;
    QString buf;
    forEachWord(text, maxWords, buf, [&](QStringView w) {
        TokenId h = prefixSeed;
        for (QChar c : w) {
            const char16_t u = c.unicode();
            const char b[2] = {char(u & 0xff), char(u >> 8)};
            h = hashBytes(b, 2, h);
        }
        sink.add(finalizeHash(h), [&]() -> QString { return QString::fromLatin1(pfx) + w.toString(); });
        if (bigrams && window > 1) {
            const int back = std::min(count, window - 1);
            for (int d = 1; d <= back; ++d) {
                const Recent &r = recent[size_t((count - d) & 7)];
                const TokenId id = finalizeHash((r.h * 0x9E3779B97F4A7C15ULL) ^ (h + TokenId(d) * 0x632BE59BD9B4E019ULL));
                sink.add(id, [&]() -> QString {
                    QString s = QString::fromLatin1(pfx) + r.text;
                    for (int k = 1; k < d; ++k)
                        s += QStringLiteral(" …");
                    return s + QLatin1Char(' ') + w.toString();
                }, true);
            }
        }
        Recent &slot = recent[size_t(count & 7)];
        slot.h = h;
        if (sink.explaining())
            slot.text = w.toString();
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
    return name.startsWith(QLatin1String("X-Spam"), Qt::CaseInsensitive) ||
           name.startsWith(QLatin1String("X-Bogosity"), Qt::CaseInsensitive);
}

void headerTokens(const MessageInput &m, Sink &sink)
{
    // Which headers are present, and the mailer that wrote the message.
    for (const auto &[name, value] : m.headers) {
        if (skipHeader(name))
            continue;
        sink.add("hdr:", name.toLower());
        const QString lname = name.toLower();
        if (lname == QLatin1String("x-mailer") || lname == QLatin1String("user-agent") ||
            lname == QLatin1String("x-mimeole")) {
            QString buf;
            forEachWord(value, 6, buf, [&](QStringView w) { sink.add("mailer:", w.toString()); });
        } else if (lname != QLatin1String("subject") && lname != QLatin1String("date") &&
                   !lname.endsWith(QLatin1String("-date")) && lname != QLatin1String("message-id")) {
            // Date fields (Date, Delivery-Date, X-Original-Date, Resent-Date) say when the
            // corpus was collected, not who wrote: 'may' in Delivery-Date was "typical of spam".
            // Every other field's words, under the field's name (bogofilter does the same): the
            // lists, mailers and relays a person's real mail comes through are hard to imitate.
            QString buf;
            const QByteArray prefix = "h:" + lname.toLatin1().left(40) + ':';
            QStringView v = QStringView(value).left(300);
            // A Received line's date (after the last ';') says when the corpus was collected,
            // not who sent the mail: months and zones would become spurious evidence.
            if (lname == QLatin1String("received") && v.lastIndexOf(QLatin1Char(';')) > 0)
                v = v.left(v.lastIndexOf(QLatin1Char(';')));
            forEachWord(v, 24, buf, [&](QStringView w) { sink.add(prefix, w.toString()); });
        }
    }
    // Sender and its domains.
    if (!m.fromAddress.isEmpty()) {
        sink.add("from:", m.fromAddress.toLower());
        const QString dom = util::domainOf(m.fromAddress);
        sink.add("fromdom:", dom);
        sink.add("fromreg:", util::registrableDomain(dom));
    } else {
        sink.add("from:", QStringLiteral("(none)"));
    }
    {
        QString buf;
        forEachWord(m.fromName, 8, buf, [&](QStringView w) { sink.add("fromname:", w.toString()); });
        if (m.fromName.isEmpty())
            sink.add("fromname:", QStringLiteral("(none)"));
    }
    if (!m.replyTo.isEmpty()) {
        const QString rd = util::registrableDomain(util::domainOf(m.replyTo));
        sink.add("replyto:", rd);
        sink.add("replyto-differs:", rd == util::registrableDomain(util::domainOf(m.fromAddress)) ? QStringLiteral("no")
                                                                                                  : QStringLiteral("yes"));
    }
    if (!m.returnPath.isEmpty())
        sink.add("retpath:", util::registrableDomain(util::domainOf(m.returnPath)));
    // Message-ID: its domain and its shape say which software (or spamware) made it.
    if (m.messageId.isEmpty()) {
        sink.add("msgid:", QStringLiteral("(none)"));
    } else {
        const QString dom = util::domainOf(m.messageId);
        sink.add("msgid-dom:", dom.isEmpty() ? QStringLiteral("(none)") : dom);
        QString shape;
        for (QChar c : m.messageId.left(m.messageId.indexOf(QLatin1Char('@')))) {
            const QChar s = c.isDigit() ? QLatin1Char('9') : c.isLetter() ? (c.isUpper() ? QLatin1Char('A') : QLatin1Char('a')) : c;
            if (shape.isEmpty() || shape.back() != s)
                shape += s;
        }
        sink.add("msgid-shape:", shape.left(24));
    }
    // Received chain: relays' names and networks (the path a message took is hard to fake at
    // our end of it).
    int hop = 0;
    for (const InputHop &h : m.hops) {
        if (++hop > 12)
            break;
        if (!h.rdns.isEmpty())
            sink.add("rcv-host:", util::registrableDomain(h.rdns.toLower()));
        if (!h.helo.isEmpty())
            sink.add("rcv-helo:", h.helo.toLower().left(60));
        if (!h.by.isEmpty())
            sink.add("rcv-by:", util::registrableDomain(h.by.toLower()));
        if (!h.ip.isEmpty()) {
            const QStringList oct = h.ip.split(QLatin1Char('.'));
            if (oct.size() == 4) {
                sink.add("rcv-ip16:", oct[0] + QLatin1Char('.') + oct[1]);
                sink.add("rcv-ip24:", oct[0] + QLatin1Char('.') + oct[1] + QLatin1Char('.') + oct[2]);
            }
        }
    }
    sink.add("hops:", bucket(m.hops.size()));
}

void structureTokens(const MessageInput &m, Sink &sink)
{
    for (const QString &ct : m.contentTypes)
        sink.add("ct:", ct.toLower());
    for (const QString &cs : m.charsets)
        sink.add("charset:", cs.toLower());
    sink.add("parts:", bucket(m.partCount));
    sink.add("size:", bucket(m.size / 1024));
    if (m.htmlOnly)
        sink.add("html:", QStringLiteral("only"));
    if (m.hiddenTextChars > 0)
        sink.add("html:", QStringLiteral("hidden-text"));
    if (m.tinyFontChars > 0)
        sink.add("html:", QStringLiteral("tiny-font"));
    if (m.imagesOnly)
        sink.add("html:", QStringLiteral("images-only"));
    sink.add("images:", bucket(m.imageCount));
    sink.add("links:", bucket(m.links.size()));
    for (const QString &p : m.problems)
        sink.add("mime-problem:", p.left(40));
    for (const InputAttachment &a : m.attachments) {
        const qsizetype dot = a.filename.lastIndexOf(QLatin1Char('.'));
        sink.add("att-ext:", dot >= 0 ? a.filename.mid(dot + 1).toLower().left(8) : QStringLiteral("(none)"));
        sink.add("att-type:", (a.sniffedType.isEmpty() ? a.declaredType : a.sniffedType).toLower());
        if (a.executableOrScript)
            sink.add("att:", QStringLiteral("executable"));
    }
    // Links: hosts and registrable domains, schemes, IP literals, mismatched anchor text.
    int n = 0;
    for (const InputLink &l : m.links) {
        if (++n > 200)
            break;
        if (l.isIp)
            sink.add("url:", QStringLiteral("ip-literal"));
        else {
            sink.add("url-dom:", l.domain);
            sink.add("url-host:", l.host);
        }
        if (l.textShowsOtherDomain)
            sink.add("url:", QStringLiteral("text-shows-other-domain"));
        const qsizetype colon = l.url.indexOf(QLatin1Char(':'));
        if (colon > 0 && colon < 12)
            sink.add("url-scheme:", l.url.left(colon).toLower());
    }
}

void allTokens(const MessageInput &m, const TokenizerParams &p, Sink &sink)
{
    textTokens(m.subject, 's', 64, p.osbWindow, p.subjectBigrams, sink);
    if (m.subject.isEmpty())
        sink.add("s:", QStringLiteral("(none)"));
    const int left = p.maxWords;
    textTokens(m.text, 'b', left, p.osbWindow, p.bodyBigrams, sink);
    textTokens(m.htmlText, 'b', left, p.osbWindow, p.bodyBigrams, sink);
    headerTokens(m, sink);
    structureTokens(m, sink);
}

} // namespace

TokenSet Tokenizer::tokenize(const MessageInput &m) const
{
    TokenSet set;
    const size_t words = size_t(std::min<qsizetype>(m.text.size() + m.htmlText.size(), 200000) / 6 + 64);
    set.ids.reserve(words + 128);
    set.pairs.reserve(words * size_t(std::max(m_p.osbWindow - 1, 0)));
    Sink sink(set);
    allTokens(m, m_p, sink);
    set.sortUnique();
    return set;
}

std::unordered_map<TokenId, QString> Tokenizer::explain(const MessageInput &m,
                                                        const std::unordered_set<TokenId> &wanted) const
{
    std::unordered_map<TokenId, QString> texts;
    Sink sink(wanted, texts);
    allTokens(m, m_p, sink);
    return texts;
}

QStringList words(QStringView text, int maxWords)
{
    QStringList out;
    QString buf;
    forEachWord(text, maxWords, buf, [&](QStringView w) { out << w.toString(); });
    return out;
}

std::vector<TokenId> wordHashes(QStringView text, int maxWords)
{
    std::vector<TokenId> out;
    out.reserve(size_t(std::min<qsizetype>(text.size() / 5, maxWords)));
    QString buf;
    forEachWord(text, maxWords, buf, [&](QStringView w) {
        // "WINNER!!!" matches the phrase word "winner": the tokens keep the "!", phrases do not.
        while (w.size() > 1 && w.back() == QLatin1Char('!'))
            w.chop(1);
        out.push_back(tokenId(QByteArrayView(), w));
    });
    return out;
}

} // namespace mailtide::classify
