#pragma once
/** @short Teaching the model: learn, unlearn and relearn (a correction) one message at a time, or
 *  a whole training set at once; the SQLite store and the in-memory Model change together.
 *
 * The Model's counts are learned and unlearned exactly. Its linear model (Linear.h) learns by
 * gradient steps: learn() steps on the message until it is on the right side with margin (a
 * correction is just that, with the new label), learnBatch() makes a few shuffled passes over the
 * batch, and unlearn() can only take one step back towards "undecided" on the message: a
 * discriminative model has no exact untrain.
 *
 * Every change runs in one transaction with the trained-message registry; the in-memory model is
 * changed only after the commit succeeded, so a crash leaves the store consistent and the next
 * start reloads exactly what was committed. Lives on the thread that owns the Database. */
#include "classify/Combiner.h"
#include "classify/Model.h"
#include "util/Result.h"

#include <QString>

#include <vector>

namespace mailtide::store {
class Database;
class TokenStore;
}

namespace mailtide::classify {

struct Example
{
    QString key; ///< "sha256:<hex>" of the message bytes
    TokenSet tokens;
    Label label = Label::Ham;
};

enum class LearnOutcome { Learned, Relearned, AlreadyKnown };

class Learner
{
public:
    Learner(store::Database &db, Model &model) : m_db(db), m_model(model) {}

    /** Loads the stored counts into the model (replacing what it held): from the snapshot file
     *  beside the database when it matches the store's generation, else from SQLite (and then
     *  writes the snapshot). */
    Status load();
    /** Writes the model snapshot now (after a batch of learning), so the next load is instant. */
    Status saveSnapshot();
    QString snapshotPath() const; ///< "<database>-model"; empty for an in-memory database
    QString linearSnapshotPath() const; ///< "<database>-linear": the linear model's weights

    /** Learns one message. A message already learned with the other label is corrected
     *  (unlearned, then learned); one already learned the same way changes nothing. */
    Result<LearnOutcome> learn(const Example &e);
    /** Forgets what one message taught (no-op when it was never learned). */
    Result<bool> unlearn(const QString &key, const TokenSet &tokens);

    /** Learns many messages in one transaction (skipping those already learned the same way).
     *  Returns how many were new or corrected. */
    Result<int> learnBatch(const std::vector<Example> &examples);

    /** The combiner weights stored with the model; the shipped defaults when none. */
    CombinerWeights weights();
    Status setWeights(const CombinerWeights &w);

    const LinearParams &linearParams() const { return m_linearParams; }
    void setLinearParams(const LinearParams &p) { m_linearParams = p; }

private:
    Status loadCounts(store::TokenStore &ts, std::uint64_t gen);
    Status loadLinear(store::TokenStore &ts, std::uint64_t gen);

    store::Database &m_db;
    Model &m_model;
    LinearParams m_linearParams;
};

/** The shipped default model file (resources/model/default-model.bin), or "" when not found:
 *  $MAILTIDE_MODEL, the source tree, the install prefix's share/mailtide. */
QString defaultModelPath();

/** Replaces the profile's model with the one in `file` (counts and totals; the trained-message
 *  registry is cleared), in one transaction; then reloads `model`. */
Status importDefaultModel(store::Database &db, Model &model, const QString &file);

/** The combiner weights shipped with Mailtide (fitted on the public corpus's training split by
 *  resources/model/build-default-model.sh). */
CombinerWeights shippedWeights();

} // namespace mailtide::classify
