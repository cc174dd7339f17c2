#include "LearnerProfile.h"
#include "classify/Classifier.h"
#include "classify/Learner.h"
#include "classify/Linear.h"
#include "classify/ModelBuilder.h"
#include "classify/Tokenizer.h"
#include "store/Database.h"
#include "store/TokenStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace mailtide;
using namespace mailtide::classify;
using namespace mailtide::classify::testing;

namespace {

TokenSet tokensOf(const QString &subject, const QString &body)
{
    MessageInput m;
    m.subject = subject;
    m.text = body;
    return Tokenizer().tokenize(m);
}

Example example(const QString &key, Label label, const QString &subject, const QString &body)
{
    return {QStringLiteral("sha256:") + key, tokensOf(subject, body), label};
}

std::vector<Example> corpus()
{
    return {
        example(QStringLiteral("s1"), Label::Spam, QStringLiteral("Cheap pills"), QStringLiteral("cheap pills online now, best price")),
        example(QStringLiteral("s2"), Label::Spam, QStringLiteral("Best price"), QStringLiteral("buy pills now at the best price online")),
        example(QStringLiteral("s3"), Label::Spam, QStringLiteral("Winner"), QStringLiteral("you are a winner, claim your prize now")),
        example(QStringLiteral("h1"), Label::Ham, QStringLiteral("Meeting notes"), QStringLiteral("the meeting notes for tuesday are attached")),
        example(QStringLiteral("h2"), Label::Ham, QStringLiteral("Flights"), QStringLiteral("the flights for the meeting in may are booked")),
        example(QStringLiteral("h3"), Label::Ham, QStringLiteral("Lunch"), QStringLiteral("lunch with the team on tuesday after the meeting")),
    };
}

/** The linear model as the store holds it (slot -> weight, and the bias). */
std::map<std::uint32_t, float> storedWeights(store::Database &db)
{
    std::map<std::uint32_t, float> out;
    store::TokenStore ts(db);
    if (!ts.forEachLinear([&](std::uint32_t s, float w) { out[s] = w; }))
        qFatal("forEachLinear failed");
    return out;
}

std::map<std::uint32_t, float> modelWeights(const LinearModel &m)
{
    std::map<std::uint32_t, float> out;
    m.forEach([&](std::uint32_t s, float w) { out[s] = w; });
    return out;
}

} // namespace

/** The linear model (online logistic regression over the hashed tokens): it learns, it is stored
 *  and reloaded exactly, in the same transaction as the counts, and it ships in the model file. */
class TestLinear : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyModelIsUndecided()
    {
        LinearModel m;
        QVERIFY(m.isEmpty());
        QCOMPARE(m.margin(tokensOf(QStringLiteral("x"), QStringLiteral("cheap pills"))), 0.0);
    }

    void batchSeparatesTheClasses()
    {
        const std::vector<Example> ex = corpus();
        std::vector<const TokenSet *> sets;
        std::vector<Label> labels;
        for (const Example &e : ex) {
            sets.push_back(&e.tokens);
            labels.push_back(e.label);
        }
        LinearModel m;
        m.learnBatch(sets, labels, LinearParams{});
        for (const Example &e : ex)
            QVERIFY2((m.margin(e.tokens) > 0) == (e.label == Label::Spam), qPrintable(e.key));
        // Unseen mail made of learned words leans the right way.
        QVERIFY(m.margin(tokensOf(QStringLiteral("Pills"), QStringLiteral("best pills online"))) > 0);
        QVERIFY(m.margin(tokensOf(QStringLiteral("Notes"), QStringLiteral("meeting on tuesday"))) < 0);
        // The same batch gives the same model (the shuffle has a fixed seed).
        LinearModel again;
        again.learnBatch(sets, labels, LinearParams{});
        QCOMPARE(modelWeights(again), modelWeights(m));
    }

    void learnOneStepsUntilMargin()
    {
        LinearModel m;
        const TokenSet t = tokensOf(QStringLiteral("Cheap pills"), QStringLiteral("cheap pills online now"));
        LinearParams p;
        const int steps = m.learn(t, Label::Spam, p);
        QVERIFY(steps >= 1 && steps <= p.maxSteps);
        QVERIFY(m.margin(t) > 0);
        // A correction: the other label, and the message goes to the other side.
        m.learn(t, Label::Ham, p);
        QVERIFY(m.margin(t) < 0);
    }

    void snapshotRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snap"));
        LinearModel m;
        m.learn(tokensOf(QStringLiteral("a"), QStringLiteral("cheap pills")), Label::Spam, LinearParams{});
        m.setBias(-0.25);
        QVERIFY(m.saveSnapshot(path, 7));
        LinearModel mapped;
        QVERIFY(!mapped.mapSnapshot(path, 8)); // another generation: stale
        QVERIFY(mapped.mapSnapshot(path, 7));
        QCOMPARE(mapped.bias(), -0.25);
        QCOMPARE(modelWeights(mapped), modelWeights(m));
        // A mapped model can still learn (the first write copies it).
        mapped.learn(tokensOf(QStringLiteral("b"), QStringLiteral("meeting notes")), Label::Ham, LinearParams{});
        QVERIFY(modelWeights(mapped) != modelWeights(m));
        // Damaged: refused.
        QFile f(path);
        QVERIFY(f.resize(100));
        QVERIFY(!LinearModel().mapSnapshot(path, 7));
    }

    void learnerStoresWhatItLearns()
    {
        auto p = openEmptyProfile();
        const std::vector<Example> ex = corpus();
        QVERIFY(p->learner->learnBatch({ex[0], ex[1], ex[3], ex[4]}));
        QVERIFY(p->learner->learn(ex[2]));
        QVERIFY(p->learner->learn(ex[5]));
        // A correction and an unlearn change the weights too.
        Example corrected = ex[5];
        corrected.label = Label::Spam;
        QCOMPARE(p->learner->learn(corrected).value(), LearnOutcome::Relearned);
        QVERIFY(p->learner->unlearn(ex[2].key, ex[2].tokens).value());
        QVERIFY(!p->model.linear().isEmpty());
        QCOMPARE(storedWeights(*p->db), modelWeights(p->model.linear()));
        // From SQLite alone (no snapshot) the same model comes back, bias included.
        QFile::remove(p->learner->linearSnapshotPath());
        Model fresh;
        Learner l(*p->db, fresh);
        QVERIFY(l.load());
        QCOMPARE(modelWeights(fresh.linear()), modelWeights(p->model.linear()));
        QCOMPARE(fresh.linear().bias(), p->model.linear().bias());
        // Six messages learned; the correction did not count twice, the unlearn took one back.
        QCOMPARE(p->model.linear().messages(), std::uint64_t(5));
        QCOMPARE(fresh.linear().messages(), std::uint64_t(5));
        QVERIFY(QFileInfo::exists(p->learner->linearSnapshotPath()));
        // ... and from the snapshot it wrote.
        Model mapped;
        Learner l2(*p->db, mapped);
        QVERIFY(l2.load());
        QCOMPARE(modelWeights(mapped.linear()), modelWeights(p->model.linear()));
        QCOMPARE(mapped.linear().messages(), std::uint64_t(5));
    }

    void thinLinearModelIsNotTrusted()
    {
        // A profile trained before the linear model existed: counts of six messages, then one
        // correction teaches the linear model a single message. The combiner fitted without it
        // decides until the linear model has learned at least half as much as the counts.
        Model m;
        const std::vector<Example> ex = corpus();
        for (const Example &e : ex)
            m.apply(e.tokens, e.label, +1);
        m.linear().learn(ex[0].tokens, Label::Spam, LinearParams{});
        m.linear().setMessages(1);
        CombinerWeights w = CombinerWeights::priors();
        w.minClassMessages = 1;
        CombinerWeights without = w;
        without.bias = 8; // recognisable: everything near 1
        w.withoutLinear = std::make_shared<const CombinerWeights>(without);
        MessageInput in;
        in.subject = QStringLiteral("Meeting notes");
        in.text = QStringLiteral("the meeting notes for tuesday are attached");
        QVERIFY(Classifier(m, w).classify(in, false).score > 0.99);
        m.linear().setMessages(3);
        QVERIFY(Classifier(m, w).classify(in, false).score < 0.99);
    }

    void rolledBackLearnLeavesWeightsUnchanged()
    {
        auto p = openEmptyProfile();
        const std::vector<Example> ex = corpus();
        QVERIFY(p->learner->learnBatch(ex));
        const auto before = storedWeights(*p->db);
        {
            // A learn cut short: weights written, no commit.
            store::Transaction tx(*p->db);
            QVERIFY(tx.begun());
            store::TokenStore ts(*p->db);
            QVERIFY(ts.setLinear({{1u, 3.5f}, {before.begin()->first, 0.f}}));
            QVERIFY(storedWeights(*p->db) != before);
        }
        QCOMPARE(storedWeights(*p->db), before);
        QCOMPARE(modelWeights(p->model.linear()), before);
    }

    void failedLearnLeavesTheModelUnchanged()
    {
        auto p = openEmptyProfile();
        const std::vector<Example> ex = corpus();
        QVERIFY(p->learner->learnBatch({ex[0], ex[3]}));
        const auto before = modelWeights(p->model.linear());
        const double bias = p->model.linear().bias();
        const std::uint32_t nSpam = p->model.spamMessages();
        // The weights cannot be written: the learn fails, and what it stepped in memory is undone.
        QVERIFY(p->db->exec("ALTER TABLE linear_weights RENAME TO gone"));
        QVERIFY(!p->learner->learn(ex[1]));
        QVERIFY(!p->learner->unlearn(ex[0].key, ex[0].tokens));
        QCOMPARE(modelWeights(p->model.linear()), before);
        QCOMPARE(p->model.linear().bias(), bias);
        QCOMPARE(p->model.spamMessages(), nSpam);
        // A first learn into an empty linear model is undone to empty.
        auto q = openEmptyProfile();
        QVERIFY(q->db->exec("ALTER TABLE linear_weights RENAME TO gone"));
        QVERIFY(!q->learner->learn(ex[1]));
        QVERIFY(q->model.linear().isEmpty());
    }

    void modelFileCarriesTheWeights()
    {
        const std::vector<Example> ex = corpus();
        Model m;
        for (const Example &e : ex)
            m.apply(e.tokens, e.label, +1);
        std::vector<const TokenSet *> sets;
        std::vector<Label> labels;
        for (const Example &e : ex) {
            sets.push_back(&e.tokens);
            labels.push_back(e.label);
        }
        m.linear().learnBatch(sets, labels, LinearParams{});
        m.linear().setMessages(sets.size());
        const std::optional<Model> back = deserializeModel(serializeModel(m, 1));
        QVERIFY(back);
        QCOMPARE(back->linear().bias(), m.linear().bias());
        QCOMPARE(back->linear().messages(), m.linear().messages());
        for (const Example &e : ex) // 16-bit fixed point: close, not equal
            QVERIFY(std::abs(back->linear().margin(e.tokens) - m.linear().margin(e.tokens)) < 0.01);
        // Imported into a profile, the store holds them too.
        auto p = openEmptyProfile();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("model.bin"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(serializeModel(m, 1));
        f.close();
        QVERIFY(importDefaultModel(*p->db, p->model, file));
        QCOMPARE(storedWeights(*p->db), modelWeights(back->linear()));
        QCOMPARE(modelWeights(p->model.linear()), modelWeights(back->linear()));
        QCOMPARE(p->model.linear().messages(), std::uint64_t(ex.size()));
    }

    void combinerFallsBackWithoutLinearModel()
    {
        CombinerWeights w = CombinerWeights::priors();
        w.wLinear = 2;
        CombinerWeights without = CombinerWeights::priors();
        without.bias = -1.5;
        w.withoutLinear = std::make_shared<const CombinerWeights>(without);
        QCOMPARE(&w.forModel(true), &w);
        QCOMPARE(w.forModel(false).bias, -1.5);
        const std::optional<CombinerWeights> back = CombinerWeights::fromJson(w.toJson());
        QVERIFY(back && back->withoutLinear);
        QCOMPARE(back->wLinear, 2.0);
        QCOMPARE(back->withoutLinear->bias, -1.5);
    }
};

QTEST_GUILESS_MAIN(TestLinear)
#include "tst_linear.moc"
