#pragma once
/** @short Heuristic rules: structural and phrase signals that carry a verdict where the learned
 *  vocabulary does not (today's phishing in polite words, look-alike domains, other languages).
 *
 * Each rule is a pure predicate over a MessageInput with a stable id, plain-words explanation and
 * a prior weight. The weights actually used are fitted on the training split by the Combiner,
 * starting from these priors (a rule that never fires in training keeps its prior). */
#include "classify/MessageInput.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mailtide::classify {

struct RuleHit
{
    QString id;     ///< stable identifier, e.g. "link-text-mismatch"
    double strength = 1; ///< 0..1 (most rules: 1)
    QString detail; ///< plain words with the evidence: "the link text says paypal.com but points to 203.0.113.7"
};

struct RuleInfo
{
    const char *id;
    double prior; ///< the prior weight in log-odds (positive: spam)
};

/** Every rule, in a fixed order (the combiner's feature order). */
const std::vector<RuleInfo> &rules();

/** The rules that fire on a message. */
std::vector<RuleHit> evaluateRules(const MessageInput &m);

/** Well-known brands and their real registrable domains, for the look-alike rule. */
bool isLookalikeOfBrand(const QString &domain, QString *brand = nullptr);

/** True for a URL shortener's host or registrable domain (bit.ly, t.co, ...). */
bool isUrlShortener(const QString &hostOrDomain);

/** True for a registrable domain of a big free-mail provider (gmail.com, yahoo.com, ...). */
bool isFreemailDomain(const QString &domain);

/** The brand a display name claims ("PayPal Service") when the registrable domain is not one of
 *  that brand's; "" when the name claims none or the domain is the brand's own. */
QString brandClaimedByName(const QString &name, const QString &domain);

} // namespace mailtide::classify
