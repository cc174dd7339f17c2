#include "classify/Token.h"

#include <algorithm>

namespace mailtide::classify {

TokenId tokenId(QByteArrayView prefix, QStringView text)
{
    TokenId h = hashBytes(prefix.data(), std::size_t(prefix.size()));
    // Hash UTF-16 code units as little-endian bytes: no conversion, the same on every platform.
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char b[2] = {char(u & 0xff), char(u >> 8)};
        h = hashBytes(b, 2, h);
    }
    return finalizeHash(h);
}

TokenId tokenId(QByteArrayView prefix, QByteArrayView text)
{
    TokenId h = hashBytes(prefix.data(), std::size_t(prefix.size()));
    // Latin-1 bytes hash as their UTF-16 units would, so both overloads agree on ASCII text.
    for (char c : text) {
        const char b[2] = {c, 0};
        h = hashBytes(b, 2, h);
    }
    return finalizeHash(h);
}

void TokenSet::sortUnique()
{
    for (auto *v : {&ids, &pairs}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
}

} // namespace mailtide::classify
