#pragma once
/** @short The verdict on one message: tokens -> Bayes -> rules -> combiner -> spam / ham / unsure,
 *  a score in [0, 1] and the reasons in plain words, strongest first.
 *
 * Reads a Model it does not own (const): many classifiers may share one model across threads as
 * long as nobody trains it meanwhile. */
#include "classify/Bayes.h"
#include "classify/Combiner.h"
#include "classify/Tokenizer.h"
#include "store/Types.h"

#include <QStringList>

namespace mailtide::classify {

struct Reason
{
    QString text;  ///< "'click here' and 'limited time' are typical of spam (0.97)"
    double weight; ///< strength in log-odds, positive towards spam
};

struct Verdict
{
    store::Verdict kind = store::Verdict::Unsure;
    double score = 0.5;
    std::vector<Reason> reasons; ///< strongest first
    bool modelTooThin = false;   ///< unsure because too little of spam or ham was learned

    QString reasonsText(int max = 5) const; ///< "; "-joined
    QString reasonsJson() const;
    /** The reason texts of a stored reasonsJson(), strongest first ("" -> none). */
    static QStringList reasonsFromJson(const QString &json);
};

class Classifier
{
public:
    Classifier(const Model &model, CombinerWeights weights, TokenizerParams tokenizer = {}, BayesParams bayes = {})
        : m_model(model), m_w(std::move(weights)), m_tok(tokenizer), m_bayes(bayes)
    {
    }

    Verdict classify(const MessageInput &m, bool explain = true) const;

    const Tokenizer &tokenizer() const { return m_tok; }
    const CombinerWeights &weights() const { return m_w; }
    const BayesParams &bayesParams() const { return m_bayes; }

private:
    const Model &m_model;
    CombinerWeights m_w;
    Tokenizer m_tok;
    BayesParams m_bayes;
};

/** Plain words for one token of the tokenizer ("b:click here" -> "'click here'"). */
QString describeToken(const QString &tokenText);

} // namespace mailtide::classify
