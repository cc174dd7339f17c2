#include "classify/ModelBuilder.h"

#include <QDataStream>
#include <QIODevice>

namespace mailtide::classify {

namespace {
constexpr char kMagic[] = "MTDMODEL1";
}

BuildResult buildModel(const std::vector<LabelledMessage> &examples, int folds, const TokenizerParams &tokParams,
                       const BayesParams &bayes, const std::function<void(int, int)> &progress)
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
            for (size_t i = 0; i < examples.size(); ++i)
                if (fold[i] == k)
                    rows[i] = {features(scoreBayes(tokens[i].ids, m, bayes, 0), scoreBayes(tokens[i].pairs, m, bayes, 0), hits[i]),
                               examples[i].label == Label::Spam};
        }
        out.weights = fitCombiner(rows);
        for (size_t i = 0; i < rows.size(); ++i)
            out.oofScores[i] = combine(rows[i].features, out.weights);
    } else {
        out.weights = CombinerWeights::priors();
    }
    for (size_t i = 0; i < examples.size(); ++i)
        out.model.apply(tokens[i], examples[i].label, +1);
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
    return qCompress(raw, 9);
}

std::optional<Model> deserializeModel(const QByteArray &data)
{
    const QByteArray raw = qUncompress(data);
    if (raw.size() < qsizetype(sizeof kMagic - 1) || !raw.startsWith(kMagic))
        return std::nullopt;
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
    return m;
}

} // namespace mailtide::classify
