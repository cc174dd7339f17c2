#pragma once
/** @short Message -> tokens. Words (Unicode-aware split, case-folded) and orthogonal sparse
 *  bigrams (OSB: each word paired with each of the next kOsbWindow-1 words, the gap in the token)
 *  from the body and the subject; prefixed tokens from the headers, the Received chain, links,
 *  HTML structure and attachments.
 *
 * Pure and thread-safe. Bounded: at most `maxWords` body words are read (spam puts its payload
 * first), words longer than 40 characters become a length-class token. */
#include "classify/MessageInput.h"
#include "classify/Token.h"

#include <array>
#include <utility>
#include <unordered_map>
#include <unordered_set>

namespace mailtide::classify {

struct TokenizerParams
{
    int maxWords = 1000;    ///< body words read per message (1000 measured best out of fold; spam puts its payload first)
    int osbWindow = 2;      ///< OSB window: 2 = adjacent pairs (measured best on the training split
                            ///< out of fold: wider windows add tokens, not accuracy); 0/1 = words only
    bool bodyBigrams = true;
    bool subjectBigrams = true;
};

/** Where each part of a message (subject, body texts, headers, structure) put its tokens in the
 *  order tokenize() made them, and where the words of the text parts are: explain() rebuilds a
 *  word's or a pair's text from it and runs again only the header and structure parts that hold
 *  a wanted token. */
struct TokenTrace
{
    static constexpr int kSections = 6;
    std::vector<TokenId> ids;   ///< single features as emitted (before sorting)
    std::vector<TokenId> pairs; ///< word pairs as emitted
    std::array<std::uint32_t, kSections + 1> idStart{};   ///< section s: ids[idStart[s], idStart[s+1])
    std::array<std::uint32_t, kSections + 1> pairStart{}; ///< likewise in pairs
    /** The words of the text parts (subject, text, HTML text): where each is in its text, start
     *  and length; section s has words[wordStart[s], wordStart[s+1]). */
    std::vector<std::pair<std::uint32_t, std::uint32_t>> words;
    std::array<std::uint32_t, kSections + 1> wordStart{};
    /** Where each header field's tokens start in ids, then where the rest of the header part's
     *  (sender, Message-ID, Received chain) start: m.headers.size() + 1 entries. */
    std::vector<std::uint32_t> headerStart;
};

class Tokenizer
{
public:
    explicit Tokenizer(TokenizerParams params = {}) : m_p(params) {}

    /** The message's distinct tokens (ids sorted). */
    TokenSet tokenize(const MessageInput &m) const;
    /** The same, and where each part's tokens came out (for explain()). */
    TokenSet tokenize(const MessageInput &m, TokenTrace *trace) const;

    /** The texts of the tokens in `wanted` ("b:click here"), for the reasons. With the trace of
     *  tokenize(m) it tokenizes again only what it must; the answer is the same. */
    std::unordered_map<TokenId, QString> explain(const MessageInput &m, const std::unordered_set<TokenId> &wanted,
                                                 const TokenTrace *trace = nullptr) const;

    const TokenizerParams &params() const { return m_p; }

private:
    TokenizerParams m_p;
};

/** Splits text into case-folded words as the tokenizer sees them (for tests and reasons). */
QStringList words(QStringView text, int maxWords = 1 << 20);

/** The same words as hashes (no string copies), for fast phrase matching. */
std::vector<TokenId> wordHashes(QStringView text, int maxWords = 1 << 20);

} // namespace mailtide::classify
