#include "mime/ListHeaders.h"

#include "mime/MessageHeaders.h"

#include <gmime/gmime.h>

namespace mailtide::mime {

namespace {

constexpr qsizetype kMaxListHeaderBytes = 8 * 1024;

ListUri classify(QString uri)
{
    uri.remove(QLatin1Char(' '));
    uri.remove(QLatin1Char('\t'));
    uri.remove(QLatin1Char('\r'));
    uri.remove(QLatin1Char('\n'));
    ListUri u{uri, ListUri::Other};
    if (uri.startsWith(QLatin1String("https:"), Qt::CaseInsensitive))
        u.kind = ListUri::Https;
    else if (uri.startsWith(QLatin1String("http:"), Qt::CaseInsensitive))
        u.kind = ListUri::Http;
    else if (uri.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        u.kind = ListUri::Mailto;
    return u;
}

bool looksLikeUri(const QString &s)
{
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    if (colon <= 0) return false;
    for (qsizetype i = 0; i < colon; ++i) { // RFC 3986 scheme
        const QChar c = s[i];
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') ||
              c == QLatin1Char('.')))
            return false;
    }
    return s[0].isLetter();
}

QString unquote(QStringView s)
{
    QString out;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 2 < s.size()) ++i;
        out += s[i];
    }
    return out;
}

bool isDotAtom(const QString &s)
{
    static const QString specials = QStringLiteral("!#$%&'*+/=?^_`{|}~.-");
    if (s.isEmpty() || !s.contains(QLatin1Char('.'))) return false;
    for (const QChar c : s) {
        if (!(c.isLetterOrNumber() || specials.contains(c))) return false;
    }
    return true;
}

} // namespace

bool ListHeaders::oneClick() const
{
    if (!unsubscribePost) return false;
    for (const ListUri &u : unsubscribe) {
        if (u.kind == ListUri::Https) return true;
    }
    return false;
}

QList<ListUri> parseListUnsubscribe(QByteArrayView value)
{
    const QByteArrayView v = value.first(std::min(value.size(), kMaxListHeaderBytes));
    QList<ListUri> out;
    bool sawBracket = false;
    qsizetype i = 0;
    while (i < v.size() && out.size() < kMaxListUris) {
        const char c = v[i];
        if (c == '(') { // a comment between the URIs
            int depth = 0;
            do {
                if (v[i] == '(')
                    ++depth;
                else if (v[i] == ')')
                    --depth;
                ++i;
            } while (i < v.size() && depth > 0);
        } else if (c == '<') {
            sawBracket = true;
            const qsizetype close = v.indexOf('>', i + 1);
            const qsizetype end = close >= 0 ? close : v.size();
            const QString uri = QString::fromUtf8(v.sliced(i + 1, end - i - 1)).trimmed();
            if (!uri.isEmpty()) out.append(classify(uri));
            i = end + 1;
        } else {
            ++i;
        }
    }
    if (!sawBracket) {
        const QStringList parts = QString::fromUtf8(v).split(QLatin1Char(','));
        for (const QString &p : parts) {
            const QString uri = p.trimmed();
            if (looksLikeUri(uri) && out.size() < kMaxListUris) out.append(classify(uri));
        }
    }
    return out;
}

bool isOneClickPost(QByteArrayView value)
{
    return value.trimmed() == QByteArrayView("List-Unsubscribe=One-Click");
}

std::optional<ListId> parseListId(QByteArrayView value)
{
    const QByteArrayView v = value.first(std::min(value.size(), kMaxListHeaderBytes)).trimmed();
    const qsizetype open = v.lastIndexOf('<');
    const qsizetype close = open >= 0 ? v.indexOf('>', open) : -1;
    ListId out;
    if (open < 0) {
        const QString bare = QString::fromUtf8(v).trimmed();
        if (!isDotAtom(bare)) return std::nullopt;
        out.id = bare;
        return out;
    }
    out.id = QString::fromUtf8(v.sliced(open + 1, (close >= 0 ? close : v.size()) - open - 1)).trimmed();
    if (out.id.isEmpty()) return std::nullopt;
    const QByteArray phrase = v.first(open).trimmed().toByteArray();
    if (phrase.startsWith('"') && phrase.endsWith('"') && phrase.size() >= 2) {
        out.phrase = unquote(QString::fromUtf8(phrase));
    } else if (!phrase.isEmpty()) {
        ensureGmime();
        char *decoded = g_mime_utils_header_decode_phrase(nullptr, phrase.constData());
        out.phrase = QString::fromUtf8(decoded ? decoded : phrase.constData()).simplified();
        g_free(decoded);
    }
    return out;
}

} // namespace mailtide::mime
