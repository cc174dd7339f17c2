#include "store/TokenStore.h"

#include <QDateTime>

#include <algorithm>

namespace mailtide::store {

namespace {
// SQLite integers are signed 64-bit: hashes are stored bit for bit.
qint64 toSql(std::uint64_t v)
{
    return qint64(v);
}
std::uint64_t fromSql(qint64 v)
{
    return std::uint64_t(v);
}
} // namespace

Status TokenStore::forEach(const std::function<void(std::uint64_t, std::uint32_t, std::uint32_t)> &fn)
{
    auto st = m_db.prepare("SELECT token, spam_count, ham_count FROM tokens");
    if (!st)
        return st.error();
    while (st->step())
        fn(fromSql(st->int64(0)), std::uint32_t(st->int64(1)), std::uint32_t(st->int64(2)));
    if (st->error())
        return *st->error();
    return {};
}

Result<qint64> TokenStore::tokenCount()
{
    auto st = m_db.prepare("SELECT COUNT(*) FROM tokens");
    if (!st)
        return st.error();
    if (!st->step())
        return st->error() ? *st->error() : Error{QStringLiteral("COUNT returned no row"), {}};
    return st->int64(0);
}

Status TokenStore::apply(const std::vector<TokenDelta> &deltas)
{
    auto up = m_db.prepare("INSERT INTO tokens (token, spam_count, ham_count) VALUES (?1, max(?2, 0), max(?3, 0)) "
                           "ON CONFLICT(token) DO UPDATE SET spam_count = max(spam_count + ?2, 0), "
                           "ham_count = max(ham_count + ?3, 0)");
    if (!up)
        return up.error();
    // In key order: each insert lands next to the previous one in the B-tree (random hashes in
    // hash order would touch a different page each time).
    std::vector<const TokenDelta *> order;
    order.reserve(deltas.size());
    for (const TokenDelta &d : deltas)
        order.push_back(&d);
    std::sort(order.begin(), order.end(), [](const TokenDelta *a, const TokenDelta *b) {
        return qint64(a->token) < qint64(b->token);
    });
    bool anyRemoval = false;
    for (const TokenDelta *dp : order) {
        const TokenDelta &d = *dp;
        up->bind(1, toSql(d.token)).bind(2, qint64(d.spam)).bind(3, qint64(d.ham));
        if (Status s = up->exec(); !s)
            return s;
        anyRemoval = anyRemoval || d.spam < 0 || d.ham < 0;
    }
    if (anyRemoval)
        return m_db.exec("DELETE FROM tokens WHERE spam_count = 0 AND ham_count = 0");
    return {};
}

Status TokenStore::replaceAll(const std::vector<TokenDelta> &counts)
{
    if (Status s = m_db.exec("DELETE FROM tokens"); !s)
        return s;
    auto ins = m_db.prepare("INSERT INTO tokens (token, spam_count, ham_count) VALUES (?1, ?2, ?3)");
    if (!ins)
        return ins.error();
    std::vector<TokenDelta> sorted(counts);
    std::sort(sorted.begin(), sorted.end(), [](const TokenDelta &a, const TokenDelta &b) {
        return qint64(a.token) < qint64(b.token);
    });
    for (const TokenDelta &d : sorted) {
        if (d.spam <= 0 && d.ham <= 0)
            continue;
        ins->bind(1, toSql(d.token)).bind(2, qint64(std::max(d.spam, 0))).bind(3, qint64(std::max(d.ham, 0)));
        if (Status s = ins->exec(); !s)
            return s;
    }
    return {};
}

Result<std::pair<std::uint32_t, std::uint32_t>> TokenStore::totals()
{
    auto spam = state(QStringLiteral("spam_messages"));
    auto ham = state(QStringLiteral("ham_messages"));
    if (!spam)
        return spam.error();
    if (!ham)
        return ham.error();
    return std::pair{std::uint32_t(spam->toUInt()), std::uint32_t(ham->toUInt())};
}

Status TokenStore::setTotals(std::uint32_t spam, std::uint32_t ham)
{
    if (Status s = setState(QStringLiteral("spam_messages"), QString::number(spam)); !s)
        return s;
    return setState(QStringLiteral("ham_messages"), QString::number(ham));
}

Result<std::optional<int>> TokenStore::trainedLabel(const QString &messageKey)
{
    auto st = m_db.prepare("SELECT label FROM trained WHERE message_key = ?1");
    if (!st)
        return st.error();
    st->bind(1, messageKey);
    if (st->step())
        return std::optional<int>(int(st->int64(0)));
    if (st->error())
        return *st->error();
    return std::optional<int>();
}

Status TokenStore::setTrained(const QString &messageKey, int label)
{
    auto st = m_db.prepare("INSERT INTO trained (message_key, label, trained_utc) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT(message_key) DO UPDATE SET label = ?2, trained_utc = ?3");
    if (!st)
        return st.error();
    st->bind(1, messageKey).bind(2, label).bind(3, QDateTime::currentSecsSinceEpoch());
    return st->exec();
}

Status TokenStore::removeTrained(const QString &messageKey)
{
    auto st = m_db.prepare("DELETE FROM trained WHERE message_key = ?1");
    if (!st)
        return st.error();
    st->bind(1, messageKey);
    return st->exec();
}

Status TokenStore::clearTrained()
{
    return m_db.exec("DELETE FROM trained");
}

Status TokenStore::forEachLinear(const std::function<void(std::uint32_t, float)> &fn)
{
    auto st = m_db.prepare("SELECT slot, weight FROM linear_weights");
    if (!st)
        return st.error();
    while (st->step())
        fn(std::uint32_t(st->int64(0)), float(st->real(1)));
    if (st->error())
        return *st->error();
    return {};
}

Status TokenStore::setLinear(const std::vector<std::pair<std::uint32_t, float>> &weights)
{
    auto up = m_db.prepare("INSERT INTO linear_weights (slot, weight) VALUES (?1, ?2) "
                           "ON CONFLICT(slot) DO UPDATE SET weight = ?2");
    auto del = m_db.prepare("DELETE FROM linear_weights WHERE slot = ?1");
    if (!up)
        return up.error();
    if (!del)
        return del.error();
    std::vector<std::pair<std::uint32_t, float>> sorted(weights); // in key order: B-tree neighbours
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[slot, w] : sorted) {
        Status s = w == 0.f ? del->bind(1, qint64(slot)).exec() : up->bind(1, qint64(slot)).bind(2, double(w)).exec();
        if (!s)
            return s;
    }
    return {};
}

Status TokenStore::clearLinear()
{
    return m_db.exec("DELETE FROM linear_weights");
}

Result<QString> TokenStore::state(const QString &key)
{
    auto st = m_db.prepare("SELECT value FROM classifier_state WHERE key = ?1");
    if (!st)
        return st.error();
    st->bind(1, key);
    if (st->step())
        return st->text(0);
    if (st->error())
        return *st->error();
    return QString();
}

Status TokenStore::setState(const QString &key, const QString &value)
{
    auto st = m_db.prepare("INSERT INTO classifier_state (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = ?2");
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, value);
    return st->exec();
}

} // namespace mailtide::store
