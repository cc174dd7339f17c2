#include "classify/Combiner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace mailtide::classify {

namespace {
double sigmoid(double z)
{
    return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
}

/** Solves A x = b (n x n, row-major) by Gaussian elimination with partial pivoting. */
std::vector<double> solve(std::vector<double> a, std::vector<double> b)
{
    const size_t n = b.size();
    for (size_t c = 0; c < n; ++c) {
        size_t piv = c;
        for (size_t r = c + 1; r < n; ++r)
            if (std::fabs(a[r * n + c]) > std::fabs(a[piv * n + c]))
                piv = r;
        if (std::fabs(a[piv * n + c]) < 1e-12)
            continue;
        if (piv != c) {
            for (size_t k = 0; k < n; ++k)
                std::swap(a[c * n + k], a[piv * n + k]);
            std::swap(b[c], b[piv]);
        }
        for (size_t r = c + 1; r < n; ++r) {
            const double f = a[r * n + c] / a[c * n + c];
            for (size_t k = c; k < n; ++k)
                a[r * n + k] -= f * a[c * n + k];
            b[r] -= f * b[c];
        }
    }
    std::vector<double> x(n, 0);
    for (size_t i = n; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < n; ++k)
            s -= a[i * n + k] * x[k];
        x[i] = std::fabs(a[i * n + i]) < 1e-12 ? 0 : s / a[i * n + i];
    }
    return x;
}
} // namespace

CombinerWeights CombinerWeights::priors()
{
    CombinerWeights w;
    for (const RuleInfo &r : rules())
        w.wRules.push_back(r.prior);
    return w;
}

QString CombinerWeights::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("bias"), bias);
    o.insert(QStringLiteral("gap"), wGap);
    o.insert(QStringLiteral("indicator"), wIndicator);
    o.insert(QStringLiteral("pair_gap"), wPairGap);
    o.insert(QStringLiteral("pair_indicator"), wPairIndicator);
    o.insert(QStringLiteral("linear"), wLinear);
    QJsonObject r;
    for (size_t i = 0; i < rules().size() && i < wRules.size(); ++i)
        r.insert(QLatin1String(rules()[i].id), wRules[i]);
    o.insert(QStringLiteral("rules"), r);
    o.insert(QStringLiteral("rules_offset"), rulesOffset);
    o.insert(QStringLiteral("rules_veto_gap"), rulesVetoGap);
    o.insert(QStringLiteral("spam_threshold"), spamThreshold);
    o.insert(QStringLiteral("ham_threshold"), hamThreshold);
    o.insert(QStringLiteral("min_class_messages"), minClassMessages);
    if (withoutLinear)
        o.insert(QStringLiteral("without_linear"), QJsonDocument::fromJson(withoutLinear->toJson().toUtf8()).object());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

std::optional<CombinerWeights> CombinerWeights::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    CombinerWeights w = priors();
    w.bias = o.value(QStringLiteral("bias")).toDouble(w.bias);
    w.wGap = o.value(QStringLiteral("gap")).toDouble(w.wGap);
    w.wIndicator = o.value(QStringLiteral("indicator")).toDouble(w.wIndicator);
    w.wPairGap = o.value(QStringLiteral("pair_gap")).toDouble(w.wPairGap);
    w.wPairIndicator = o.value(QStringLiteral("pair_indicator")).toDouble(w.wPairIndicator);
    w.wLinear = o.value(QStringLiteral("linear")).toDouble(w.wLinear);
    const QJsonObject r = o.value(QStringLiteral("rules")).toObject();
    for (size_t i = 0; i < rules().size(); ++i)
        w.wRules[i] = r.value(QLatin1String(rules()[i].id)).toDouble(w.wRules[i]); // new rules keep their prior
    w.rulesOffset = o.value(QStringLiteral("rules_offset")).toDouble(w.rulesOffset);
    w.rulesVetoGap = o.value(QStringLiteral("rules_veto_gap")).toDouble(w.rulesVetoGap);
    w.spamThreshold = o.value(QStringLiteral("spam_threshold")).toDouble(w.spamThreshold);
    w.hamThreshold = o.value(QStringLiteral("ham_threshold")).toDouble(w.hamThreshold);
    w.minClassMessages = o.value(QStringLiteral("min_class_messages")).toInt(w.minClassMessages);
    const QJsonValue without = o.value(QStringLiteral("without_linear"));
    if (without.isObject())
        if (auto wl = fromJson(QString::fromUtf8(QJsonDocument(without.toObject()).toJson())))
            w.withoutLinear = std::make_shared<const CombinerWeights>(std::move(*wl));
    return w;
}

std::vector<double> features(const BayesResult &single, const BayesResult &pairs, const std::vector<RuleHit> &hits,
                             double linearMargin)
{
    std::vector<double> f(kBayesFeatures + rules().size(), 0);
    f[0] = std::clamp(single.logGap, -kGapClamp, kGapClamp) / 10;
    f[1] = single.indicator - 0.5;
    f[2] = std::clamp(pairs.logGap, -kGapClamp, kGapClamp) / 10;
    f[3] = pairs.indicator - 0.5;
    f[4] = std::clamp(linearMargin, -kLinearClamp, kLinearClamp) / 10;
    for (const RuleHit &h : hits)
        for (size_t i = 0; i < rules().size(); ++i)
            if (h.id == QLatin1String(rules()[i].id))
                f[kBayesFeatures + i] = std::max(f[kBayesFeatures + i], h.strength);
    return f;
}

namespace {
double logisticPart(const std::vector<double> &f, const CombinerWeights &w)
{
    double z = w.bias + w.wGap * f[0] + w.wIndicator * f[1] + w.wPairGap * f[2] + w.wPairIndicator * f[3] + w.wLinear * f[4];
    for (size_t i = 0; i < w.wRules.size() && kBayesFeatures + i < f.size(); ++i)
        z += w.wRules[i] * f[kBayesFeatures + i];
    return sigmoid(z);
}
} // namespace

double combine(const std::vector<double> &f, const CombinerWeights &w)
{
    const double p = logisticPart(f, w);
    if (f[0] * 10 < w.rulesVetoGap)
        return p;
    double zRules = 0;
    for (size_t i = 0; i < w.wRules.size() && kBayesFeatures + i < f.size(); ++i)
        zRules += w.wRules[i] * f[kBayesFeatures + i];
    // Only rules that together outweigh the offset speak alone: no rule, no floor.
    return zRules > w.rulesOffset ? std::max(p, sigmoid(zRules - w.rulesOffset)) : p;
}

CombinerWeights fitCombiner(const std::vector<TrainingRow> &rows, double lambda)
{
    CombinerWeights w = CombinerWeights::priors();
    const size_t nf = kBayesFeatures + rules().size();
    const size_t n = nf + 1; // + bias
    constexpr size_t kFirstRule = 1 + kBayesFeatures;
    // Parameter vector theta = [bias, gap, indicator, pair gap, pair indicator, linear, rules...]; the
    // prior mean is the priors; the Bayes weights are (almost) unregularised.
    std::vector<double> theta(n, 0), prior(n, 0), reg(n, lambda);
    theta[1] = prior[1] = w.wGap;
    theta[2] = prior[2] = w.wIndicator;
    theta[3] = prior[3] = w.wPairGap;
    theta[4] = prior[4] = w.wPairIndicator;
    theta[5] = prior[5] = w.wLinear;
    for (size_t i = 0; i < rules().size(); ++i)
        theta[kFirstRule + i] = prior[kFirstRule + i] = w.wRules[i];
    for (size_t a = 0; a < kFirstRule; ++a)
        reg[a] = 1e-6;
    for (int iter = 0; iter < 50; ++iter) {
        std::vector<double> grad(n, 0), hess(n * n, 0);
        for (const TrainingRow &r : rows) {
            double z = theta[0];
            for (size_t k = 0; k < nf; ++k)
                z += theta[1 + k] * r.features[k];
            const double p = sigmoid(z);
            const double g = p - (r.spam ? 1 : 0);
            const double h = std::max(p * (1 - p), 1e-9);
            auto x = [&](size_t k) { return k == 0 ? 1.0 : r.features[k - 1]; };
            for (size_t a = 0; a < n; ++a) {
                const double xa = x(a);
                if (xa == 0)
                    continue;
                grad[a] += g * xa;
                for (size_t b = 0; b < n; ++b)
                    hess[a * n + b] += h * xa * x(b);
            }
        }
        for (size_t a = 0; a < n; ++a) {
            grad[a] += reg[a] * (theta[a] - prior[a]);
            hess[a * n + a] += reg[a];
        }
        const std::vector<double> step = solve(hess, grad);
        double change = 0;
        for (size_t a = 0; a < n; ++a) {
            double next = theta[a] - step[a];
            // Rules only ever add suspicion: a rule weight is kept >= 0 (projected Newton). A
            // negative weight would only mean "Bayes already counted these words", and would
            // then excuse a modern phish that Bayes cannot see.
            if (a >= kFirstRule)
                next = std::max(next, 0.0);
            change = std::max(change, std::fabs(next - theta[a]));
            theta[a] = next;
        }
        if (change < 1e-7)
            break;
    }
    w.bias = theta[0];
    w.wGap = theta[1];
    w.wIndicator = theta[2];
    w.wPairGap = theta[3];
    w.wPairIndicator = theta[4];
    w.wLinear = theta[5];
    for (size_t i = 0; i < rules().size(); ++i)
        w.wRules[i] = theta[kFirstRule + i];

    // Thresholds from the out-of-fold scores. The single most spam-like training ham is treated
    // as an outlier (the public corpus's "hard ham" holds commercial mail that reads as spam);
    // spamThreshold sits a margin above the next one, so training ham beyond that outlier stays
    // below it; the unsure band is the log-odds unit below.
    std::vector<double> hamScores;
    for (const TrainingRow &r : rows)
        if (!r.spam)
            hamScores.push_back(logisticPart(r.features, w));
    std::sort(hamScores.begin(), hamScores.end(), std::greater<>());
    const double edge = hamScores.size() > 1 ? hamScores[1] : hamScores.empty() ? 0.5 : hamScores[0];
    const double zEdge = std::log(std::max(edge, 1e-12) / std::max(1 - edge, 1e-12));
    // Shift the bias so that the spam threshold reads as 0.9 (and the unsure band as 0.75-0.9):
    // a monotonic change, so the ranking is the same, but a person can read the score.
    const double zSpam = zEdge + 0.25;
    w.bias += std::log(kSpamScore / (1 - kSpamScore)) - zSpam;
    w.spamThreshold = kSpamScore;
    w.hamThreshold = kUnsureScore;
    return w;
}

} // namespace mailtide::classify
