#pragma once
/** @short Robinson's token probabilities combined with Fisher's chi-square method (Gary Robinson,
 *  "A Statistical Approach to the Spam Problem", 2003), as bogofilter and SpamBayes use it.
 *
 * Pure math over a Model; every parameter explicit. Besides the classic indicator in [0,1] it
 * returns the log-likelihood gap of the two chi-square tests, which keeps ordering messages
 * where the indicator has already saturated at 0 or 1. */
#include "classify/Model.h"

#include <vector>

namespace mailtide::classify {

struct BayesParams
{
    double s = 0.45;       ///< Robinson's strength of the prior (in messages)
    double x = 0.5;        ///< the prior probability for an unseen token
    double minDev = 0.1;   ///< tokens with |f - 0.5| below this are ignored
    int maxTokens = 0;     ///< 0 = use every deviating token; else the most extreme ones
};

struct TokenEvidence
{
    TokenId id = 0;
    double f = 0.5;        ///< Robinson's f(w): the probability a message with it is spam
    TokenCounts counts;
};

struct BayesResult
{
    double indicator = 0.5;  ///< (1 + H - S) / 2, in [0, 1]: Robinson's spamicity
    double logGap = 0;       ///< ln Q(ham test) - ln Q(spam test): > 0 spammy; unbounded
    int used = 0;            ///< tokens that counted
    std::vector<TokenEvidence> strongest; ///< the most extreme used tokens, strongest first
};

/** Robinson's f(w) for counts under the model's totals. */
double tokenProbability(TokenCounts c, std::uint32_t nSpam, std::uint32_t nHam, const BayesParams &p);

/** ln of the chi-square survival function Q(x2 | 2*halfDof degrees of freedom), in log space so
 *  it does not underflow for thousands of tokens. */
double logChi2Q(double x2, int halfDof);

BayesResult scoreBayes(const std::vector<TokenId> &tokens, const Model &model, const BayesParams &p,
                       int keepStrongest = 12);

} // namespace mailtide::classify
