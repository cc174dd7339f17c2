#pragma once
/** @short The learned counts: for each token, in how many spam and ham messages it appeared.
 *
 * An open-addressing hash table (linear probing, 16-byte slots) so that a lookup costs one or
 * two cache lines, and so that the whole table can be written to and memory-mapped from a
 * snapshot file: a classifier starts in milliseconds whatever the size of the model. The store
 * keeps the authoritative counts (store::TokenStore); classify::Learner changes both together.
 * Not thread-safe for writes: one owner; concurrent const reads are fine. */
#include "classify/Linear.h"
#include "classify/Token.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QFile;

namespace mailtide::classify {

struct TokenCounts
{
    std::uint32_t spam = 0;
    std::uint32_t ham = 0;
};

enum class Label { Ham = 0, Spam = 1 };

class Model
{
public:
    Model();
    ~Model();
    Model(const Model &other);
    Model &operator=(const Model &other);
    Model(Model &&) noexcept;
    Model &operator=(Model &&) noexcept;

    TokenCounts counts(TokenId id) const
    {
        const Slot *s = m_slots;
        if (!s)
            return {};
        const TokenId key = keyOf(id);
        for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (s[i].key == key)
                return {s[i].spam, s[i].ham};
            if (s[i].key == 0)
                return {};
        }
    }
    /** Hints the CPU to fetch the slot counts(id) will read first (a lookup is a cache miss). */
    void prefetch(TokenId id) const
    {
        if (m_slots)
            __builtin_prefetch(&m_slots[keyOf(id) & m_mask]);
    }
    std::uint32_t spamMessages() const { return m_nSpam; }
    std::uint32_t hamMessages() const { return m_nHam; }
    std::size_t tokenCount() const { return m_count; }

    /** Adds (+1) or removes (-1) one message's tokens and the message. Removal floors at zero. */
    void apply(const TokenSet &tokens, Label label, int direction);
    void setTotals(std::uint32_t nSpam, std::uint32_t nHam) { m_nSpam = nSpam; m_nHam = nHam; }
    /** Sets one token's counts (0/0 removes it). */
    void set(TokenId id, TokenCounts c);
    void reserve(std::size_t n);
    void clear();
    void forEach(const std::function<void(TokenId, TokenCounts)> &fn) const;

    /** The discriminative weights learned over the same tokens (see Linear.h); cleared by
     *  clear(), but not saved or mapped with the counts' snapshot: the Learner does that. */
    const LinearModel &linear() const { return m_linear; }
    LinearModel &linear() { return m_linear; }

    /** Writes the table to `path` (atomically: a temporary file renamed over it), tagged with
     *  `generation` so a reader can tell whether it matches the store. */
    bool saveSnapshot(const QString &path, std::uint64_t generation) const;
    /** Maps a snapshot written by saveSnapshot; false when missing, foreign, damaged or of
     *  another generation. The mapping is read-only: the first write copies it. */
    bool mapSnapshot(const QString &path, std::uint64_t generation);

private:
    struct Slot
    {
        TokenId key;
        std::uint32_t spam;
        std::uint32_t ham;
    };
    static_assert(sizeof(Slot) == 16);
    /** Key 0 marks an empty slot: the one token hashing to 0 is stored as 1. */
    static TokenId keyOf(TokenId id) { return id ? id : 1; }
    Slot *mutableSlot(TokenId key, bool create);
    void makeOwned(std::size_t minCapacity = 0);
    void eraseAt(std::size_t i);

    std::vector<Slot> m_owned;
    const Slot *m_slots = nullptr; ///< m_owned.data() or the mapped snapshot
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
    std::uint32_t m_nSpam = 0;
    std::uint32_t m_nHam = 0;
    std::shared_ptr<QFile> m_mapped;
    LinearModel m_linear;
};

} // namespace mailtide::classify
