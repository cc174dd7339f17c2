#pragma once
/** @short The classifier's counts in SQLite: token hash -> (spam, ham), message totals, the
 *  trained-message registry and the model's settings. All SQL of the classifier lives here.
 *
 * Works on a Database owned by the caller (same thread rules). Every change is meant to run
 * inside one Transaction together with the registry update, so the stored model and what it
 * was taught never disagree, even after a crash. */
#include "store/Database.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace mailtide::store {

struct TokenDelta
{
    std::uint64_t token = 0;
    std::int32_t spam = 0; ///< added to the spam count (negative: removed; floors at 0)
    std::int32_t ham = 0;
};

class TokenStore
{
public:
    explicit TokenStore(Database &db) : m_db(db) {}

    /** Calls fn for every stored token. */
    Status forEach(const std::function<void(std::uint64_t token, std::uint32_t spam, std::uint32_t ham)> &fn);
    Result<qint64> tokenCount();

    /** Applies deltas (counts floor at zero; rows at zero on both sides are deleted). */
    Status apply(const std::vector<TokenDelta> &deltas);
    /** Replaces every count (model import). */
    Status replaceAll(const std::vector<TokenDelta> &counts);

    Result<std::pair<std::uint32_t, std::uint32_t>> totals(); ///< (spam messages, ham messages)
    Status setTotals(std::uint32_t spam, std::uint32_t ham);

    /** The label a message was trained as (0 ham, 1 spam), if it was. */
    Result<std::optional<int>> trainedLabel(const QString &messageKey);
    Status setTrained(const QString &messageKey, int label);
    Status removeTrained(const QString &messageKey);
    Status clearTrained();

    /** The linear model's stored weights (slot -> weight). */
    Status forEachLinear(const std::function<void(std::uint32_t slot, float weight)> &fn);
    /** Writes these slots' weights (0 deletes the row). */
    Status setLinear(const std::vector<std::pair<std::uint32_t, float>> &weights);
    Status clearLinear();

    Result<QString> state(const QString &key);
    Status setState(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace mailtide::store
