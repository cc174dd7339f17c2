#include "classify/Token.h"

#include <algorithm>
#include <cstdint>
#include <vector>

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

namespace {

/** Sorts hashes (uniform 64-bit values) into ascending order: a counting sort on their top bits,
 *  about one bucket per value, then an insertion sort that only has the few values sharing a
 *  bucket to order. The same order as std::sort, in a third of its time on a message's few
 *  thousand tokens (std::sort was 4% of classifying). */
void sortHashes(std::vector<TokenId> &v)
{
    const std::size_t n = v.size();
    if (n < 256) {
        std::sort(v.begin(), v.end());
        return;
    }
    int bits = 8;
    while (bits < 16 && (std::size_t(1) << bits) < n)
        ++bits;
    const int shift = 64 - bits;
    thread_local std::vector<std::uint32_t> start;
    thread_local std::vector<TokenId> out;
    start.assign((std::size_t(1) << bits) + 1, 0);
    for (const TokenId h : v)
        ++start[(h >> shift) + 1];
    for (std::size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    out.resize(n);
    for (const TokenId h : v)
        out[start[h >> shift]++] = h;
    for (std::size_t i = 1; i < n; ++i) { // within a bucket only: the buckets are already in order
        const TokenId x = out[i];
        std::size_t j = i;
        for (; j > 0 && out[j - 1] > x; --j)
            out[j] = out[j - 1];
        out[j] = x;
    }
    v.swap(out);
}

} // namespace

void TokenSet::sortUnique()
{
    for (auto *v : {&ids, &pairs}) {
        sortHashes(*v);
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
}

} // namespace mailtide::classify
