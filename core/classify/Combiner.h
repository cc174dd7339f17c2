#pragma once
/** @short Bayes and the rules, combined by logistic regression into one score in [0, 1], and the
 *  thresholds that turn the score into spam / unsure / ham.
 *
 * The weights are fitted on the training split (out-of-fold Bayes results, so the combiner never
 * sees a Bayes score on a message the Bayes model was trained on), with an L2 pull towards each
 * rule's prior: a rule that never fires in training keeps its prior weight. Pure math. */
#include "classify/Bayes.h"
#include "classify/Rules.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace mailtide::classify {

/** The score scale fitCombiner() sets (it shifts the bias so that its spam threshold reads
 *  kSpamScore, the unsure band starting at kUnsureScore): what a person reads a score against. */
constexpr double kSpamScore = 0.9;
constexpr double kUnsureScore = 0.75;

struct CombinerWeights
{
    double bias = 0;
    double wGap = 0.6;        ///< words and header tokens: per unit of clamp(logGap, ±kGapClamp) / 10
    double wIndicator = 4.0;  ///< ... per unit of (indicator - 0.5)
    double wPairGap = 0.0;    ///< word pairs: the same two features
    double wPairIndicator = 0.0;
    double wLinear = 0.0;     ///< the linear model's margin: per unit of clamp(margin, ±kLinearClamp) / 10
    std::vector<double> wRules; ///< one per rules(), in order
    /** Where the vocabulary is unknown (a modern phish, another language), the rules decide
     *  alone: the score is at least sigmoid(sum of rule weights - rulesOffset), unless the
     *  words say ham with a log gap below rulesVetoGap (mail like the user's own). */
    double rulesOffset = 2.5;
    double rulesVetoGap = -15;
    double spamThreshold = kSpamScore; ///< score >= this: spam
    double hamThreshold = 0.5;         ///< score < this: ham; in between: unsure
    int minClassMessages = 10;  ///< fewer trained spam or ham than this: unsure
    /** The weights fitted without the linear model, for a model that has none (a profile
     *  trained before it existed: its stored counts cannot teach it again). */
    std::shared_ptr<const CombinerWeights> withoutLinear;

    /** The weights to use for a model with (or without) a trained linear model. */
    const CombinerWeights &forModel(bool hasLinear) const
    {
        return hasLinear || !withoutLinear ? *this : *withoutLinear;
    }

    static CombinerWeights priors();
    QString toJson() const;
    static std::optional<CombinerWeights> fromJson(const QString &json);
};

inline constexpr double kGapClamp = 60;

inline constexpr double kLinearClamp = 40;

/** The learned features before the rules: Bayes' four and the linear model's margin. */
inline constexpr size_t kBayesFeatures = 5;

/** The features the combiner sees: [gap, indicator, pair gap, pair indicator, linear margin,
 *  rule strengths...]. */
std::vector<double> features(const BayesResult &single, const BayesResult &pairs, const std::vector<RuleHit> &hits,
                             double linearMargin = 0);

/** The combined spam probability (the logistic model, raised by the rules-only score where the
 *  words do not clearly say ham). */
double combine(const std::vector<double> &features, const CombinerWeights &w);

struct TrainingRow
{
    std::vector<double> features;
    bool spam = false;
};

/** Fits the weights by Newton's method on the rows (L2 towards the priors with strength
 *  lambda; rule weights kept >= 0), then picks the thresholds from the rows' scores:
 *  spamThreshold a margin above the second most spam-like ham, hamThreshold the lower edge of
 *  the unsure band. */
CombinerWeights fitCombiner(const std::vector<TrainingRow> &rows, double lambda = 1.0);

} // namespace mailtide::classify
