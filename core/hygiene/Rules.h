#pragma once
/** @short The user's hygiene rules ("always move mail from X / list Y to Junk / Archive"), run on
 *  an account's inbox after each sync, each counting what it moved.
 *
 * A rule run is an ordinary hygiene action (hygiene/Applier.h): planned from the store (which the
 * sync just brought up to date), logged, applied by UID, undoable from the log. Disabled rules are
 * skipped. Runs on the account's worker thread with its Store and Connection. */
#include "hygiene/Applier.h"

namespace mailtide::hygiene {

struct RuleOutcome
{
    store::HygieneRule rule;
    qint64 moved = 0;
    qint64 actionId = 0; ///< 0 when the rule found nothing
    QString error;       ///< "" when it ran
};

/** Checks a rule before it is stored: a known match kind (address | domain | list), a non-empty
 *  value and a moving action (junk | archive | trash). */
Status validateRule(const store::HygieneRule &rule);

/** Runs every enabled rule of the account on its INBOX; one rule's failure does not stop the
 *  others (its outcome carries the error). The connection must be open and logged in. */
Result<QVector<RuleOutcome>> applyRules(store::Store &store, imap::Connection &c, const QString &account, qint64 nowUtc);

} // namespace mailtide::hygiene
