#pragma once
/** @short Building a model from labelled mail: the counts, the combiner weights fitted on
 *  out-of-fold scores, and the compact file the default model ships in.
 *
 * Used by `mailtide-cli model build` (resources/model/build-default-model.sh) and by the tests.
 * Pure computation over in-memory examples; no database. */
#include "classify/Classifier.h"
#include "classify/Learner.h"

#include <QByteArray>

#include <functional>

namespace mailtide::classify {

struct LabelledMessage
{
    QString key;
    Label label = Label::Ham;
    MessageInput input;
};

struct BuildResult
{
    Model model;             ///< every example learned
    CombinerWeights weights; ///< fitted on out-of-fold scores
    std::vector<double> oofScores; ///< per example, in input order (for reports)
};

/** k-fold: each example is scored by a model trained on the other folds (folds by key hash, so
 *  the split is reproducible); the combiner is fitted on those scores. */
BuildResult buildModel(const std::vector<LabelledMessage> &examples, int folds = 5, const TokenizerParams &tok = {},
                       const BayesParams &bayes = {}, const std::function<void(int done, int total)> &progress = {},
                       const LinearParams &linear = {});

/** The default-model file: compressed counts, pruned to tokens seen in >= minCount messages, and
 *  the linear model's weights of those tokens (16-bit fixed point). */
QByteArray serializeModel(const Model &model, std::uint32_t minCount = 2);
std::optional<Model> deserializeModel(const QByteArray &data);

/** How scores rank spam above ham: what model build and the tuning driver report. */
struct Ranking
{
    std::vector<double> spam;
    std::vector<double> ham; ///< ascending

    /** ROC AUC: the chance a spam scores above a ham, ties counted half. */
    double auc() const;
    /** Spam recall with at most k ham above the threshold (flag score > the (k+1)-th highest
     *  ham); every spam when there are no more than k ham. */
    double recallAllowing(std::size_t k) const;
};
Ranking rankingOf(const std::vector<double> &scores, const std::vector<Label> &labels);

} // namespace mailtide::classify
