#pragma once
/** @short A discriminative model over the same tokens as Bayes: online logistic regression on
 *  binary features (Goodman & Yih 2006; Cormack & Lynam's TREC runs), one weight per hashed
 *  token, learned by stochastic gradient steps one message at a time.
 *
 * The weights live in a fixed array of 2^kBits floats indexed by the token's top bits (the
 * hashing trick: no keys, a lookup is one load; the rare collision only adds a little noise).
 * The array can be written to and memory-mapped from a snapshot file like Model's, so a
 * classifier starts in milliseconds. A message's margin is bias + sum of its single tokens'
 * weights (words, header and structure tokens: TokenSet::ids) divided by sqrt(their number), so
 * long and short messages are on one scale. The word pairs are left to Bayes: out of fold on the
 * training split they did not improve the combination (6 fold splits: FN at the threshold 160.8
 * with pairs vs 150.3 without, AUC 0.99974 both) and they would double the lookups.
 *
 * Learning is incremental: learn() is one gradient step with the message's label (repeated while
 * the model is still wrong or unsure about it, a few times at most). There is no exact unlearn
 * for a discriminative model: what a message taught is spread over every later step. Pure
 * computation; not thread-safe for writes (one owner; concurrent const reads are fine). */
#include "classify/Token.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QFile;

namespace mailtide::classify {

enum class Label;

struct LinearParams
{
    /** Step size: a step changes the message's own margin by rate * (target - p). Large (the
     *  training split is nearly separable; out of fold 32..64 did best, 16 and 128 worse). */
    double rate = 64;
    /** Passes over a batch (shuffled with a fixed seed): learnBatch, model build. Bagged, 5 did
     *  as well as 10 out of fold (10 fold splits: low-FP 0.9476 both, spam missed at the
     *  threshold 121 vs 120); 16 bags or a fraction of 0.85 no better, nor dropout (each step
     *  leaving out a random tenth of the tokens: low-FP 0.9449, a third: 0.9376). */
    int passes = 5;
    int maxSteps = 4;     ///< steps on one message learned alone while it is not yet learned with margin
    double margin = 2.0;  ///< ... "with margin": |margin| of at least this on the right side
    /** learnBatch (of at least kMinBagBatch messages): the average of `bags` models, each
     *  learned on its own reproducible `bagFraction` of the batch (bagging: a weight that only a
     *  few messages set is shrunk where those messages were left out). Out of fold on the
     *  training split (20 fold splits) 10 x 0.9 vs one model on all: low-FP recall 0.9427 ->
     *  0.9468, recall at 0.1% FP 0.9460 -> 0.9493, spam missed at the threshold 153 -> 120 (5 x 0.9:
     *  0.9448, 0.9485, 126; 5 x 0.8: 0.9434, 0.9467, 141). */
    int bags = 10;
    double bagFraction = 0.9;
    static constexpr std::size_t kMinBagBatch = 100;
};

class LinearModel
{
public:
    /** 2^21 slots (8 MB): the training split's single tokens fill about 5% of them. Out of fold
     *  (6 splits) 2^21 did as well as 2^22 (spam missed at the threshold 132 vs 150, AUC 0.99976 vs
     *  0.99974: collisions are noise either way), 2^20 a little worse (172). */
    static constexpr int kBits = 21;
    static constexpr std::size_t kSlots = std::size_t(1) << kBits;
    static std::uint32_t slotOf(TokenId id) { return std::uint32_t(id >> (64 - kBits)); }

    LinearModel();
    ~LinearModel();
    LinearModel(const LinearModel &other);
    LinearModel &operator=(const LinearModel &other);
    LinearModel(LinearModel &&) noexcept;
    LinearModel &operator=(LinearModel &&) noexcept;

    bool isEmpty() const { return m_w == nullptr; } ///< never trained: every margin is the bias
    double bias() const { return m_bias; }
    /** How many messages it has learned (corrections and batch passes count once): the
     *  classifier trusts it only once that is comparable to what the counts learned. */
    std::uint64_t messages() const { return m_messages; }
    void setMessages(std::uint64_t n) { m_messages = n; }
    float weight(TokenId id) const { return m_w ? m_w[slotOf(id)] : 0.f; }
    float slotWeight(std::uint32_t slot) const { return m_w ? m_w[slot] : 0.f; }

    /** The message's margin: > 0 leans spam; sigmoid(margin) is the model's spam probability. */
    double margin(const TokenSet &t) const;

    /** One stochastic-gradient step of the logistic loss towards `target` (1 spam, 0 ham, 0.5
     *  back to undecided), of size rate. `touched` (optional) receives the slots it changed. */
    void step(const TokenSet &t, double target, double rate, std::vector<std::uint32_t> *touched = nullptr);
    /** Learns one message alone: steps with its label while it is wrong or within the margin
     *  (at most p.maxSteps). Returns the steps taken. */
    int learn(const TokenSet &t, Label label, const LinearParams &p, std::vector<std::uint32_t> *touched = nullptr);
    /** Learns a batch: p.passes passes in an order shuffled with a fixed seed, one step per
     *  message per pass (bagged: see LinearParams::bags). `dirty` (optional) is sized kSlots
     *  and marks the slots changed. */
    void learnBatch(const std::vector<const TokenSet *> &sets, const std::vector<Label> &labels, const LinearParams &p,
                    std::vector<bool> *dirty = nullptr);

    void setBias(double b) { m_bias = b; }
    void setSlot(std::uint32_t slot, float w);
    void clear();
    /** Calls fn for every non-zero weight. */
    void forEach(const std::function<void(std::uint32_t slot, float w)> &fn) const;

    /** Writes the weights to `path` atomically, tagged with `generation` (see Model). */
    bool saveSnapshot(const QString &path, std::uint64_t generation) const;
    /** Maps a snapshot written by saveSnapshot; false when missing, foreign, damaged or of
     *  another generation. The first write copies the mapping. */
    bool mapSnapshot(const QString &path, std::uint64_t generation);

private:
    float *mutableWeights();
    void learnPasses(const std::vector<const TokenSet *> &sets, const std::vector<Label> &labels, const LinearParams &p,
                     std::vector<bool> *dirty);

    std::vector<float> m_owned;
    const float *m_w = nullptr; ///< m_owned.data() or the mapped snapshot; null: all zero
    double m_bias = 0;
    std::uint64_t m_messages = 0;
    std::shared_ptr<QFile> m_mapped;
};

} // namespace mailtide::classify
