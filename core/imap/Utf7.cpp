#include "imap/Utf7.h"

#include <QStringDecoder>

#include <optional>

namespace mailtide::imap {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == ',') return 63;
    return -1;
}

bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e && c != '&';
}

/** The strict decoding; nullopt at the first rule broken. Valid input is exactly what
 *  encodeMailboxName() writes for its result, so names survive decode + encode. */
std::optional<QString> decodeStrict(QByteArrayView in)
{
    QString out;
    out.reserve(in.size());
    qsizetype i = 0;
    const qsizetype n = in.size();
    bool afterRun = false; // the previous byte closed a BASE64 run
    while (i < n) {
        const char c = in[i];
        if (c != '&') {
            if (!isDirect(char16_t(static_cast<unsigned char>(c)))) return std::nullopt;
            out += QLatin1Char(c);
            ++i;
            afterRun = false;
            continue;
        }
        ++i;
        if (i < n && in[i] == '-') {
            out += QLatin1Char('&');
            ++i;
            afterRun = false;
            continue;
        }
        // Two runs back to back are one run written twice: not the canonical form, so the name
        // would not come back as the same bytes.
        if (afterRun) return std::nullopt;
        afterRun = true;
        quint32 bits = 0;
        int nbits = 0;
        qsizetype units = 0;
        char16_t pendingHigh = 0;
        for (;;) {
            if (i >= n) return std::nullopt; // unterminated
            const char b = in[i++];
            if (b == '-') break;
            const int v = base64Value(b);
            if (v < 0) return std::nullopt;
            bits = (bits << 6) | quint32(v);
            nbits += 6;
            if (nbits >= 16) {
                nbits -= 16;
                const auto u = char16_t((bits >> nbits) & 0xffff);
                bits &= (1u << nbits) - 1;
                ++units;
                if (QChar::isHighSurrogate(u)) {
                    if (pendingHigh) return std::nullopt;
                    pendingHigh = u;
                    continue;
                }
                if (QChar::isLowSurrogate(u)) {
                    if (!pendingHigh) return std::nullopt;
                    out += QChar(pendingHigh);
                    out += QChar(u);
                    pendingHigh = 0;
                    continue;
                }
                if (pendingHigh || isDirect(u) || u == '&') return std::nullopt;
                out += QChar(u);
            }
        }
        // RFC 2152: fewer than 6 bits left over, all zero; and "&" must carry something.
        if (units == 0 || pendingHigh || nbits >= 6 || bits != 0) return std::nullopt;
    }
    return out;
}

} // namespace

QString decodeMailboxName(QByteArrayView bytes)
{
    if (std::optional<QString> s = decodeStrict(bytes)) return *s;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8(bytes);
    if (!utf8.hasError()) return s;
    return QString::fromLatin1(bytes.data(), bytes.size());
}

bool isValidMailboxName(QByteArrayView bytes)
{
    return decodeStrict(bytes).has_value();
}

QByteArray encodeMailboxName(const QString &name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    qsizetype i = 0;
    const qsizetype n = name.size();
    while (i < n) {
        const char16_t c = name[i].unicode();
        if (c == '&') {
            out += "&-";
            ++i;
            continue;
        }
        if (isDirect(c)) {
            out += char(c);
            ++i;
            continue;
        }
        out += '&';
        quint32 bits = 0;
        int nbits = 0;
        while (i < n && !isDirect(name[i].unicode()) && name[i] != QLatin1Char('&')) {
            bits = (bits << 16) | name[i].unicode();
            nbits += 16;
            while (nbits >= 6) {
                nbits -= 6;
                out += kAlphabet[(bits >> nbits) & 0x3f];
            }
            bits &= (1u << nbits) - 1;
            ++i;
        }
        if (nbits > 0) out += kAlphabet[(bits << (6 - nbits)) & 0x3f];
        out += '-';
    }
    return out;
}

} // namespace mailtide::imap
