#include "classify/Learner.h"

#include "classify/ModelBuilder.h"
#include "store/Database.h"
#include "store/TokenStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <unordered_map>

namespace mailtide::classify {

namespace {
const QString kWeightsKey = QStringLiteral("combiner_weights");
const QString kGenerationKey = QStringLiteral("model_generation");
const QString kLinearBiasKey = QStringLiteral("linear_bias");
const QString kLinearMessagesKey = QStringLiteral("linear_messages");

/** Every committed change to the counts bumps the generation, in the same transaction: a
 *  snapshot file tagged with another generation is stale. */
Result<std::uint64_t> generation(store::TokenStore &ts)
{
    auto v = ts.state(kGenerationKey);
    if (!v)
        return v.error();
    return std::uint64_t(v->toULongLong());
}

Status bumpGeneration(store::TokenStore &ts)
{
    auto g = generation(ts);
    if (!g)
        return g.error();
    return ts.setState(kGenerationKey, QString::number(g.value() + 1));
}

void addDeltas(std::unordered_map<TokenId, store::TokenDelta> &acc, const TokenSet &t, Label label, int dir)
{
    for (const auto *list : {&t.ids, &t.pairs}) {
        for (TokenId id : *list) {
            auto &d = acc[id];
            d.token = id;
            (label == Label::Spam ? d.spam : d.ham) += dir;
        }
    }
}

std::vector<store::TokenDelta> flatten(const std::unordered_map<TokenId, store::TokenDelta> &acc)
{
    std::vector<store::TokenDelta> out;
    out.reserve(acc.size());
    for (const auto &[id, d] : acc)
        if (d.spam != 0 || d.ham != 0)
            out.push_back(d);
    return out;
}

/** The linear model's changed slots (and its bias), written from `lm`, the model as it will be
 *  after the commit. */
Status writeLinear(store::TokenStore &ts, const LinearModel &lm, std::vector<std::uint32_t> slots)
{
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    std::vector<std::pair<std::uint32_t, float>> w;
    w.reserve(slots.size());
    for (std::uint32_t s : slots)
        w.emplace_back(s, lm.slotWeight(s));
    if (Status st = ts.setLinear(w); !st)
        return st;
    if (Status st = ts.setState(kLinearMessagesKey, QString::number(lm.messages())); !st)
        return st;
    return ts.setState(kLinearBiasKey, QString::number(lm.bias(), 'g', 17));
}

/** One message's linear steps are taken on the live model (a copy of the 8 MB of weights per
 *  correction would cost more than the learning) and undone unless the transaction committed:
 *  the in-memory model never holds what the store does not. */
class LinearUndo
{
public:
    LinearUndo(LinearModel &lm, const TokenSet &t)
        : m_lm(lm), m_wasEmpty(lm.isEmpty()), m_bias(lm.bias()), m_messages(lm.messages())
    {
        m_saved.reserve(t.ids.size());
        for (TokenId id : t.ids)
            m_saved.emplace_back(LinearModel::slotOf(id), lm.weight(id));
    }
    ~LinearUndo()
    {
        if (m_kept)
            return;
        if (m_wasEmpty)
            m_lm.clear();
        else
            for (const auto &[slot, w] : m_saved)
                m_lm.setSlot(slot, w);
        m_lm.setBias(m_bias);
        m_lm.setMessages(m_messages);
    }
    LinearUndo(const LinearUndo &) = delete;
    LinearUndo &operator=(const LinearUndo &) = delete;
    void keep() { m_kept = true; }

private:
    LinearModel &m_lm;
    bool m_wasEmpty;
    double m_bias;
    std::uint64_t m_messages;
    std::vector<std::pair<std::uint32_t, float>> m_saved;
    bool m_kept = false;
};

/** The end of every change: the counts, the totals and a new generation, then the commit. The
 *  caller has updated the trained-message registry (and the linear weights) in the same
 *  transaction. */
Status writeAndCommit(store::TokenStore &ts, store::Transaction &tx,
                      const std::unordered_map<TokenId, store::TokenDelta> &acc, std::uint32_t nSpam,
                      std::uint32_t nHam)
{
    if (Status s = ts.apply(flatten(acc)); !s)
        return s;
    if (Status s = ts.setTotals(nSpam, nHam); !s)
        return s;
    if (Status s = bumpGeneration(ts); !s)
        return s;
    return tx.commit();
}
} // namespace

QString Learner::snapshotPath() const
{
    const QString db = m_db.path();
    return db.isEmpty() || db == QLatin1String(":memory:") ? QString() : db + QStringLiteral("-model");
}

QString Learner::linearSnapshotPath() const
{
    const QString db = m_db.path();
    return db.isEmpty() || db == QLatin1String(":memory:") ? QString() : db + QStringLiteral("-linear");
}

Status Learner::saveSnapshot()
{
    const QString path = snapshotPath();
    if (path.isEmpty())
        return {};
    store::TokenStore ts(m_db);
    auto g = generation(ts);
    if (!g)
        return g.error();
    if (!m_model.saveSnapshot(path, g.value()))
        return Error{QCoreApplication::translate("Learner", "Cannot write the model snapshot"), path};
    if (!m_model.linear().saveSnapshot(linearSnapshotPath(), g.value()))
        return Error{QCoreApplication::translate("Learner", "Cannot write the model snapshot"), linearSnapshotPath()};
    return {};
}

Status Learner::load()
{
    store::TokenStore ts(m_db);
    auto g = generation(ts);
    if (!g)
        return g.error();
    // The snapshot, when it matches the store, loads in milliseconds; else rebuild from SQLite.
    const QString snap = snapshotPath();
    if (snap.isEmpty() || !m_model.mapSnapshot(snap, g.value())) {
        if (Status s = loadCounts(ts, g.value()); !s)
            return s;
    }
    return loadLinear(ts, g.value());
}

Status Learner::loadLinear(store::TokenStore &ts, std::uint64_t gen)
{
    LinearModel &lm = m_model.linear();
    const QString snap = linearSnapshotPath();
    if (!snap.isEmpty() && lm.mapSnapshot(snap, gen))
        return {};
    lm.clear();
    if (Status s = ts.forEachLinear([&lm](std::uint32_t slot, float w) { lm.setSlot(slot, w); }); !s)
        return s;
    auto bias = ts.state(kLinearBiasKey);
    if (!bias)
        return bias.error();
    lm.setBias(bias->toDouble());
    auto messages = ts.state(kLinearMessagesKey);
    if (!messages)
        return messages.error();
    lm.setMessages(messages->toULongLong());
    if (!snap.isEmpty())
        (void)lm.saveSnapshot(snap, gen); // a cache, like the counts' snapshot
    return {};
}

Status Learner::loadCounts(store::TokenStore &ts, std::uint64_t gen)
{
    const QString snap = snapshotPath();
    m_model.clear();
    auto n = ts.tokenCount();
    if (!n)
        return n.error();
    m_model.reserve(size_t(n.value()));
    if (Status s = ts.forEach([this](std::uint64_t id, std::uint32_t sp, std::uint32_t hm) {
            m_model.set(id, {sp, hm});
        });
        !s)
        return s;
    auto totals = ts.totals();
    if (!totals)
        return totals.error();
    m_model.setTotals(totals->first, totals->second);
    if (!snap.isEmpty())
        (void)m_model.saveSnapshot(snap, gen); // a cache: failing to write it costs only speed
    return {};
}

Result<LearnOutcome> Learner::learn(const Example &e)
{
    store::TokenStore ts(m_db);
    store::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto previous = ts.trainedLabel(e.key);
    if (!previous)
        return previous.error();
    if (previous->has_value() && Label(**previous) == e.label)
        return LearnOutcome::AlreadyKnown;
    std::unordered_map<TokenId, store::TokenDelta> acc;
    std::uint32_t nSpam = m_model.spamMessages(), nHam = m_model.hamMessages();
    const bool correction = previous->has_value();
    if (correction) {
        addDeltas(acc, e.tokens, Label(**previous), -1);
        (Label(**previous) == Label::Spam ? nSpam : nHam) -= 1;
    }
    addDeltas(acc, e.tokens, e.label, +1);
    (e.label == Label::Spam ? nSpam : nHam) += 1;
    if (Status s = ts.setTrained(e.key, int(e.label)); !s)
        return s.error();
    // The linear model: a correction is simply steps with the right label (what the wrong one
    // taught cannot be taken back exactly), until the message is on the right side with margin.
    LinearModel &lin = m_model.linear();
    LinearUndo undo(lin, e.tokens);
    std::vector<std::uint32_t> touched;
    lin.learn(e.tokens, e.label, m_linearParams, &touched);
    if (!correction)
        lin.setMessages(lin.messages() + 1);
    if (Status s = writeLinear(ts, lin, std::move(touched)); !s)
        return s.error();
    if (Status s = writeAndCommit(ts, tx, acc, nSpam, nHam); !s)
        return s.error();
    undo.keep();
    if (correction)
        m_model.apply(e.tokens, Label(**previous), -1);
    m_model.apply(e.tokens, e.label, +1);
    return correction ? LearnOutcome::Relearned : LearnOutcome::Learned;
}

Result<bool> Learner::unlearn(const QString &key, const TokenSet &tokens)
{
    store::TokenStore ts(m_db);
    store::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto previous = ts.trainedLabel(key);
    if (!previous)
        return previous.error();
    if (!previous->has_value())
        return false;
    const Label label = Label(**previous);
    std::unordered_map<TokenId, store::TokenDelta> acc;
    addDeltas(acc, tokens, label, -1);
    std::uint32_t nSpam = m_model.spamMessages(), nHam = m_model.hamMessages();
    std::uint32_t &n = label == Label::Spam ? nSpam : nHam;
    n = n > 0 ? n - 1 : 0;
    if (Status s = ts.removeTrained(key); !s)
        return s.error();
    // The counts forget exactly; the linear model cannot (see Linear.h): it takes one step
    // towards "undecided" (target 0.5) on this message, which pulls it back from the label.
    LinearModel &lin = m_model.linear();
    LinearUndo undo(lin, tokens);
    std::vector<std::uint32_t> touched;
    lin.step(tokens, 0.5, m_linearParams.rate, &touched);
    lin.setMessages(lin.messages() > 0 ? lin.messages() - 1 : 0);
    if (Status s = writeLinear(ts, lin, std::move(touched)); !s)
        return s.error();
    if (Status s = writeAndCommit(ts, tx, acc, nSpam, nHam); !s)
        return s.error();
    undo.keep();
    m_model.apply(tokens, label, -1);
    return true;
}

Result<int> Learner::learnBatch(const std::vector<Example> &examples)
{
    store::TokenStore ts(m_db);
    store::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    std::unordered_map<TokenId, store::TokenDelta> acc;
    std::uint32_t nSpam = m_model.spamMessages(), nHam = m_model.hamMessages();
    struct Change
    {
        const Example *e;
        std::optional<Label> previous;
    };
    std::vector<Change> changes;
    std::unordered_map<QString, int> seenInBatch;
    for (const Example &e : examples) {
        // The same message twice in one batch: the last label wins, once.
        if (auto it = seenInBatch.find(e.key); it != seenInBatch.end()) {
            Change &c = changes[size_t(it->second)];
            if (c.e->label == e.label)
                continue;
        }
        auto previous = ts.trainedLabel(e.key);
        if (!previous)
            return previous.error();
        std::optional<Label> prev = previous->has_value() ? std::optional<Label>(Label(**previous)) : std::nullopt;
        if (auto it = seenInBatch.find(e.key); it != seenInBatch.end())
            prev = changes[size_t(it->second)].e->label; // undo what this batch already added
        if (prev && *prev == e.label)
            continue;
        if (prev) {
            addDeltas(acc, e.tokens, *prev, -1);
            (*prev == Label::Spam ? nSpam : nHam) -= 1;
        }
        addDeltas(acc, e.tokens, e.label, +1);
        (e.label == Label::Spam ? nSpam : nHam) += 1;
        if (Status s = ts.setTrained(e.key, int(e.label)); !s)
            return s.error();
        seenInBatch[e.key] = int(changes.size());
        changes.push_back({&e, prev});
    }
    // The linear model: several shuffled passes over the batch's new and corrected messages
    // (a message relabelled within the batch counts once, with its last label), on a copy that
    // replaces the model after the commit.
    LinearModel lin = m_model.linear();
    if (!changes.empty()) {
        std::vector<const TokenSet *> sets;
        std::vector<Label> labels;
        for (size_t i = 0; i < changes.size(); ++i) {
            if (seenInBatch[changes[i].e->key] != int(i))
                continue; // relabelled later in the batch
            sets.push_back(&changes[i].e->tokens);
            labels.push_back(changes[i].e->label);
        }
        std::vector<bool> dirty(LinearModel::kSlots, false);
        lin.learnBatch(sets, labels, m_linearParams, &dirty);
        std::uint64_t added = 0;
        for (const Change &c : changes)
            added += c.previous ? 0 : 1;
        lin.setMessages(lin.messages() + added);
        std::vector<std::uint32_t> slots;
        for (std::uint32_t s = 0; s < LinearModel::kSlots; ++s)
            if (dirty[s])
                slots.push_back(s);
        if (Status s = writeLinear(ts, lin, std::move(slots)); !s)
            return s.error();
    }
    if (Status s = writeAndCommit(ts, tx, acc, nSpam, nHam); !s)
        return s.error();
    for (const Change &c : changes) {
        if (c.previous)
            m_model.apply(c.e->tokens, *c.previous, -1);
        m_model.apply(c.e->tokens, c.e->label, +1);
    }
    m_model.linear() = std::move(lin);
    return int(changes.size());
}

CombinerWeights Learner::weights()
{
    store::TokenStore ts(m_db);
    auto json = ts.state(kWeightsKey);
    if (json && !json->isEmpty())
        if (auto w = CombinerWeights::fromJson(json.value()))
            return *w;
    return shippedWeights();
}

Status Learner::setWeights(const CombinerWeights &w)
{
    store::TokenStore ts(m_db);
    return ts.setState(kWeightsKey, w.toJson());
}

QString defaultModelPath()
{
    const QStringList candidates = {
        qEnvironmentVariable("MAILTIDE_MODEL"),
        QStringLiteral(MAILTIDE_SOURCE_DIR "/resources/model/default-model.bin"),
        QStringLiteral(MAILTIDE_INSTALL_DATADIR "/default-model.bin"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/mailtide/default-model.bin"),
    };
    for (const QString &c : candidates)
        if (!c.isEmpty() && QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    return {};
}

Status importDefaultModel(store::Database &db, Model &model, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Learner", "Cannot read the model file"), file + QStringLiteral(": ") + f.errorString()};
    const std::optional<Model> loaded = deserializeModel(f.readAll());
    if (!loaded)
        return Error{QCoreApplication::translate("Learner", "Not a Mailtide model file"), file};
    std::vector<store::TokenDelta> counts;
    counts.reserve(loaded->tokenCount());
    loaded->forEach([&](TokenId id, TokenCounts c) { counts.push_back({id, std::int32_t(c.spam), std::int32_t(c.ham)}); });
    store::TokenStore ts(db);
    store::Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = ts.replaceAll(counts); !s)
        return s;
    if (Status s = ts.clearTrained(); !s)
        return s;
    if (Status s = ts.setTotals(loaded->spamMessages(), loaded->hamMessages()); !s)
        return s;
    if (Status s = ts.clearLinear(); !s)
        return s;
    std::vector<std::pair<std::uint32_t, float>> weights;
    loaded->linear().forEach([&](std::uint32_t slot, float w) { weights.emplace_back(slot, w); });
    if (Status s = ts.setLinear(weights); !s)
        return s;
    if (Status s = ts.setState(kLinearBiasKey, QString::number(loaded->linear().bias(), 'g', 17)); !s)
        return s;
    if (Status s = ts.setState(kLinearMessagesKey, QString::number(loaded->linear().messages())); !s)
        return s;
    if (Status s = bumpGeneration(ts); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    model = *loaded;
    return {};
}

} // namespace mailtide::classify
