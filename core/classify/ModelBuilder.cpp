#include "classify/ModelBuilder.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace mailtide::classify {

namespace {
constexpr char kMagicV1[] = "MTDMODEL1"; // counts only
constexpr char kMagic[] = "MTDMODEL2";   // counts, then the linear model
static_assert(sizeof kMagic == sizeof kMagicV1);
/** Linear weights are stored as 16-bit fixed point (steps of 1/256): |w| beyond kWeightRange is
 *  clamped, weights below half a step are dropped (they move no margin measurably). */
constexpr double kWeightRange = 128.0; // trained weights stay within +-100 (max 81 out of fold)

void learnLinear(LinearModel &lm, const std::vector<TokenSet> &tokens, const std::vector<LabelledMessage> &examples,
                 const std::vector<int> &fold, int skipFold, const LinearParams &p)
{
    std::vector<const TokenSet *> sets;
    std::vector<Label> labels;
    for (size_t i = 0; i < examples.size(); ++i) {
        if (fold[i] == skipFold)
            continue;
        sets.push_back(&tokens[i]);
        labels.push_back(examples[i].label);
    }
    lm.learnBatch(sets, labels, p);
    lm.setMessages(lm.messages() + sets.size());
}
}

BuildResult buildModel(const std::vector<LabelledMessage> &examples, int folds, const TokenizerParams &tokParams,
                       const BayesParams &bayes, const std::function<void(int, int)> &progress,
                       const LinearParams &linear)
{
    const Tokenizer tok(tokParams);
    std::vector<TokenSet> tokens(examples.size());
    std::vector<std::vector<RuleHit>> hits(examples.size());
    std::vector<int> fold(examples.size());
    for (size_t i = 0; i < examples.size(); ++i) {
        tokens[i] = tok.tokenize(examples[i].input);
        hits[i] = evaluateRules(examples[i].input);
        fold[i] = int(qHash(examples[i].key, 0) % size_t(std::max(folds, 1)));
        if (progress && i % 200 == 0)
            progress(int(i), int(examples.size()));
    }
    BuildResult out;
    out.oofScores.assign(examples.size(), 0.5);
    std::vector<TrainingRow> rows(examples.size());
    if (folds > 1) {
        for (int k = 0; k < folds; ++k) {
            Model m;
            for (size_t i = 0; i < examples.size(); ++i)
                if (fold[i] != k)
                    m.apply(tokens[i], examples[i].label, +1);
            learnLinear(m.linear(), tokens, examples, fold, k, linear);
            for (size_t i = 0; i < examples.size(); ++i)
                if (fold[i] == k)
                    rows[i] = {features(scoreBayes(tokens[i].ids, m, bayes, 0), scoreBayes(tokens[i].pairs, m, bayes, 0), hits[i],
                                        m.linear().margin(tokens[i])),
                               examples[i].label == Label::Spam};
        }
        out.weights = fitCombiner(rows);
        // The fallback for a model without linear weights: the same fit with that feature at 0.
        std::vector<TrainingRow> withoutLinear = rows;
        for (TrainingRow &r : withoutLinear)
            r.features[4] = 0;
        out.weights.withoutLinear = std::make_shared<const CombinerWeights>(fitCombiner(withoutLinear));
        for (size_t i = 0; i < rows.size(); ++i)
            out.oofScores[i] = combine(rows[i].features, out.weights);
    } else {
        out.weights = CombinerWeights::priors();
    }
    for (size_t i = 0; i < examples.size(); ++i)
        out.model.apply(tokens[i], examples[i].label, +1);
    learnLinear(out.model.linear(), tokens, examples, fold, -1, linear);
    return out;
}

QByteArray serializeModel(const Model &model, std::uint32_t minCount)
{
    QByteArray raw;
    QDataStream s(&raw, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.writeRawData(kMagic, sizeof kMagic - 1);
    s << quint32(model.spamMessages()) << quint32(model.hamMessages());
    std::vector<std::pair<TokenId, TokenCounts>> kept;
    model.forEach([&](TokenId id, TokenCounts c) {
        if (c.spam + c.ham >= minCount)
            kept.emplace_back(id, c);
    });
    std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    s << quint64(kept.size());
    for (const auto &[id, c] : kept)
        s << quint64(id) << quint32(c.spam) << quint32(c.ham);
    // The linear weights of the kept tokens' slots, in slot order (slot deltas compress well).
    const LinearModel &lm = model.linear();
    std::vector<bool> keepSlot(LinearModel::kSlots, false);
    for (const auto &[id, c] : kept)
        keepSlot[LinearModel::slotOf(id)] = true;
    std::vector<std::pair<std::uint32_t, qint16>> weights;
    lm.forEach([&](std::uint32_t slot, float w) {
        const auto q = qint16(std::lround(std::clamp(double(w), -kWeightRange, kWeightRange) / kWeightRange * 32767));
        if (keepSlot[slot] && q != 0)
            weights.emplace_back(slot, q);
    });
    s << double(lm.bias()) << quint64(lm.messages()) << quint64(weights.size());
    std::uint32_t prev = 0;
    for (const auto &[slot, q] : weights) {
        s << quint32(slot - prev) << q;
        prev = slot;
    }
    return qCompress(raw, 9);
}

std::optional<Model> deserializeModel(const QByteArray &data)
{
    const QByteArray raw = qUncompress(data);
    if (raw.size() < qsizetype(sizeof kMagic - 1) || !(raw.startsWith(kMagic) || raw.startsWith(kMagicV1)))
        return std::nullopt;
    const bool hasLinear = raw.startsWith(kMagic);
    QDataStream s(raw);
    s.setByteOrder(QDataStream::LittleEndian);
    s.skipRawData(sizeof kMagic - 1);
    quint32 nSpam = 0, nHam = 0;
    quint64 n = 0;
    s >> nSpam >> nHam >> n;
    if (s.status() != QDataStream::Ok || n > quint64(raw.size()) / 16)
        return std::nullopt;
    Model m;
    m.reserve(size_t(n));
    for (quint64 i = 0; i < n; ++i) {
        quint64 id = 0;
        quint32 sp = 0, hm = 0;
        s >> id >> sp >> hm;
        m.set(id, {sp, hm});
    }
    if (s.status() != QDataStream::Ok)
        return std::nullopt;
    m.setTotals(nSpam, nHam);
    if (hasLinear) {
        double bias = 0;
        quint64 messages = 0, nw = 0;
        s >> bias >> messages >> nw;
        if (s.status() != QDataStream::Ok || nw > LinearModel::kSlots || !std::isfinite(bias))
            return std::nullopt;
        m.linear().setBias(bias);
        m.linear().setMessages(messages);
        std::uint64_t slot = 0;
        for (quint64 i = 0; i < nw; ++i) {
            quint32 delta = 0;
            qint16 q = 0;
            s >> delta >> q;
            slot += delta;
            if (slot >= LinearModel::kSlots)
                return std::nullopt;
            m.linear().setSlot(std::uint32_t(slot), float(double(q) / 32767 * kWeightRange));
        }
        if (s.status() != QDataStream::Ok)
            return std::nullopt;
    }
    return m;
}

Ranking rankingOf(const std::vector<double> &scores, const std::vector<Label> &labels)
{
    Ranking r;
    for (std::size_t i = 0; i < scores.size() && i < labels.size(); ++i)
        (labels[i] == Label::Spam ? r.spam : r.ham).push_back(scores[i]);
    std::sort(r.ham.begin(), r.ham.end());
    return r;
}

double Ranking::auc() const
{
    double wins = 0;
    for (const double s : spam) {
        const auto lo = std::lower_bound(ham.begin(), ham.end(), s);
        const auto hi = std::upper_bound(ham.begin(), ham.end(), s);
        wins += double(lo - ham.begin()) + 0.5 * double(hi - lo);
    }
    return wins / (double(spam.size()) * double(ham.size()));
}

double Ranking::recallAllowing(std::size_t k) const
{
    const double t = ham.size() > k ? ham[ham.size() - 1 - k] : -1e300;
    return double(std::count_if(spam.begin(), spam.end(), [&](double v) { return v > t; })) / double(spam.size());
}

} // namespace mailtide::classify
