#pragma once
/** @short Tokens: 64-bit hashes of a feature's text, with the text kept only while a message is
 *  being explained. The model stores hashes alone (a token table never holds readable mail). */
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace mailtide::classify {

using TokenId = std::uint64_t;

/** 64-bit FNV-1a, then a final avalanche (splitmix64) so that nearby texts spread over the
 *  table. Stable across versions and platforms: the default model depends on it. */
constexpr TokenId hashBytes(const char *data, std::size_t n, TokenId seed = 0xcbf29ce484222325ULL)
{
    TokenId h = seed;
    for (std::size_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 0x100000001b3ULL;
    }
    return h;
}

constexpr TokenId finalizeHash(TokenId h)
{
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

/** The id of a token whose text is prefix + text (prefix names the field: "s:" subject words). */
TokenId tokenId(QByteArrayView prefix, QStringView text);
TokenId tokenId(QByteArrayView prefix, QByteArrayView text);

/** A message's distinct tokens, in two families scored apart: single features (words, header
 *  and structure tokens) and word pairs (sparse bigrams), which are strongly correlated with the
 *  words they are made of: combining both in one chi-square test would count evidence twice. */
struct TokenSet
{
    std::vector<TokenId> ids;   ///< single features, sorted, distinct
    std::vector<TokenId> pairs; ///< word pairs, sorted, distinct

    void sortUnique(); ///< sorts both lists and drops duplicates
    std::size_t size() const { return ids.size() + pairs.size(); }
};

} // namespace mailtide::classify
