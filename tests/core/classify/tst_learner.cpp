#include "LearnerProfile.h"
#include "classify/Learner.h"
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
using namespace Qt::StringLiterals;

namespace {

using CountMap = std::map<TokenId, std::pair<std::uint32_t, std::uint32_t>>;

/** Everything the store holds: counts and totals. */
struct StoreState
{
    CountMap counts;
    std::uint32_t nSpam = 0;
    std::uint32_t nHam = 0;
    bool operator==(const StoreState &) const = default;
};

StoreState storeState(store::Database &db)
{
    StoreState s;
    store::TokenStore ts(db);
    const Status st = ts.forEach([&](std::uint64_t id, std::uint32_t sp, std::uint32_t hm) { s.counts[id] = {sp, hm}; });
    if (!st)
        qFatal("forEach: %s", qPrintable(st.error().toString()));
    auto totals = ts.totals();
    if (!totals)
        qFatal("totals: %s", qPrintable(totals.error().toString()));
    s.nSpam = totals->first;
    s.nHam = totals->second;
    return s;
}

StoreState modelState(const Model &m)
{
    StoreState s;
    m.forEach([&](TokenId id, TokenCounts c) { s.counts[id] = {c.spam, c.ham}; });
    s.nSpam = m.spamMessages();
    s.nHam = m.hamMessages();
    return s;
}

/** "" when the two agree; else the first difference, in words. */
QString difference(const StoreState &a, const StoreState &b)
{
    if (a.nSpam != b.nSpam || a.nHam != b.nHam)
        return QStringLiteral("totals %1/%2 vs %3/%4").arg(a.nSpam).arg(a.nHam).arg(b.nSpam).arg(b.nHam);
    for (const auto &[id, c] : a.counts) {
        const auto it = b.counts.find(id);
        if (it == b.counts.end())
            return QStringLiteral("token %1 (%2/%3) missing on the right").arg(id).arg(c.first).arg(c.second);
        if (it->second != c)
            return QStringLiteral("token %1: %2/%3 vs %4/%5").arg(id).arg(c.first).arg(c.second).arg(it->second.first).arg(it->second.second);
    }
    for (const auto &[id, c] : b.counts)
        if (!a.counts.count(id))
            return QStringLiteral("token %1 (%2/%3) missing on the left").arg(id).arg(c.first).arg(c.second);
    return {};
}

#define VERIFY_SAME(a, b)                                                                                              \
    do {                                                                                                               \
        const QString diff_ = difference((a), (b));                                                                    \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_));                                                                  \
    } while (false)

Example example(const QString &key, Label label, const QString &subject, const QString &body)
{
    MessageInput m;
    m.subject = subject;
    m.text = body;
    m.fromAddress = key + QStringLiteral("@example.org");
    m.messageId = key + QStringLiteral("@example.org");
    return {QStringLiteral("sha256:") + key, Tokenizer().tokenize(m), label};
}

/** The counts these examples should leave, worked out in memory. */
StoreState expected(const std::vector<Example> &examples)
{
    Model m;
    for (const Example &e : examples)
        m.apply(e.tokens, e.label, +1);
    return modelState(m);
}

const Example &spamA()
{
    static const Example e = example(QStringLiteral("a"), Label::Spam, QStringLiteral("Cheap pills"),
                                     QStringLiteral("cheap pills online now, best price"));
    return e;
}
const Example &hamB()
{
    static const Example e = example(QStringLiteral("b"), Label::Ham, QStringLiteral("Meeting notes"),
                                     QStringLiteral("the meeting notes for tuesday are attached"));
    return e;
}
const Example &hamC()
{
    static const Example e = example(QStringLiteral("c"), Label::Ham, QStringLiteral("Flights"),
                                     QStringLiteral("cheap flights for the meeting in may"));
    return e;
}
const Example &msgD(Label label)
{
    static const Example spam = example(QStringLiteral("d"), Label::Spam, QStringLiteral("Cheap meeting"),
                                        QStringLiteral("cheap pills for the meeting today, best price"));
    static const Example ham = [] {
        Example e = spam;
        e.label = Label::Ham;
        return e;
    }();
    return label == Label::Spam ? spam : ham;
}

/** A profile in a temp file with A (spam), B and C (ham) learned. */
std::unique_ptr<Profile> openProfile(bool withBase = true)
{
    auto p = openEmptyProfile();
    if (withBase) {
        for (const Example *e : {&spamA(), &hamB(), &hamC()})
            if (auto r = p->learner->learn(*e); !r || r.value() != LearnOutcome::Learned)
                qFatal("base learn failed");
    }
    return p;
}

QByteArray rawModel(const Model &m)
{
    return qUncompress(serializeModel(m, 1));
}

} // namespace

Q_DECLARE_METATYPE(mailtide::classify::Label)

/** Learning, unlearning and correcting keep SQLite and the in-memory Model token for token (STYLE
 *  8: one transaction per change); the snapshot file is used only when it matches the store. */
class TestLearner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void learnThenUnlearnRestoresExactly()
    {
        auto p = openProfile();
        const StoreState before = storeState(*p->db);
        VERIFY_SAME(before, expected({spamA(), hamB(), hamC()}));
        VERIFY_SAME(modelState(p->model), before);

        auto r = p->learner->learn(msgD(Label::Spam));
        QVERIFY(r);
        QCOMPARE(r.value(), LearnOutcome::Learned);
        const StoreState learned = storeState(*p->db);
        VERIFY_SAME(learned, expected({spamA(), hamB(), hamC(), msgD(Label::Spam)}));
        VERIFY_SAME(modelState(p->model), learned);
        QVERIFY(learned != before);

        auto u = p->learner->unlearn(msgD(Label::Spam).key, msgD(Label::Spam).tokens);
        QVERIFY(u);
        QVERIFY(u.value());
        VERIFY_SAME(storeState(*p->db), before);
        VERIFY_SAME(modelState(p->model), before);
        // Shared words keep what the other messages taught: "cheap" is in A (spam) and C (ham).
        QCOMPARE(p->model.counts(tokenId("b:", u"cheap")).spam, 1u);
        QCOMPARE(p->model.counts(tokenId("b:", u"cheap")).ham, 1u);
        // Words only D had are gone from both.
        QCOMPARE(p->model.counts(tokenId("b:", u"today")).spam, 0u);
        QVERIFY(!storeState(*p->db).counts.count(tokenId("b:", u"today")));

        // Unlearning again, or something never learned, changes nothing.
        auto again = p->learner->unlearn(msgD(Label::Spam).key, msgD(Label::Spam).tokens);
        QVERIFY(again);
        QVERIFY(!again.value());
        auto never = p->learner->unlearn(QStringLiteral("sha256:never"), spamA().tokens);
        QVERIFY(never);
        QVERIFY(!never.value());
        VERIFY_SAME(storeState(*p->db), before);
        VERIFY_SAME(modelState(p->model), before);
    }

    void unlearnEverythingEmptiesTheStore()
    {
        auto p = openProfile();
        for (const Example *e : {&spamA(), &hamB(), &hamC()})
            QVERIFY(p->learner->unlearn(e->key, e->tokens).value());
        const StoreState empty = storeState(*p->db);
        QVERIFY(empty.counts.empty());
        QCOMPARE(empty.nSpam, 0u);
        QCOMPARE(empty.nHam, 0u);
        QCOMPARE(p->model.tokenCount(), size_t(0));
    }

    void relearnWithOtherLabelCorrects()
    {
        auto p = openProfile();
        auto first = p->learner->learn(msgD(Label::Ham));
        QVERIFY(first);
        QCOMPARE(first.value(), LearnOutcome::Learned);
        VERIFY_SAME(storeState(*p->db), expected({spamA(), hamB(), hamC(), msgD(Label::Ham)}));

        auto second = p->learner->learn(msgD(Label::Spam));
        QVERIFY(second);
        QCOMPARE(second.value(), LearnOutcome::Relearned);
        const StoreState corrected = storeState(*p->db);
        VERIFY_SAME(corrected, expected({spamA(), hamB(), hamC(), msgD(Label::Spam)}));
        VERIFY_SAME(modelState(p->model), corrected);
        QCOMPARE(corrected.nSpam, 2u);
        QCOMPARE(corrected.nHam, 2u);
        store::TokenStore ts(*p->db);
        auto label = ts.trainedLabel(msgD(Label::Spam).key);
        QVERIFY(label && label->has_value());
        QCOMPARE(**label, int(Label::Spam));

        // And back again.
        auto third = p->learner->learn(msgD(Label::Ham));
        QVERIFY(third);
        QCOMPARE(third.value(), LearnOutcome::Relearned);
        VERIFY_SAME(storeState(*p->db), expected({spamA(), hamB(), hamC(), msgD(Label::Ham)}));
        VERIFY_SAME(modelState(p->model), storeState(*p->db));
    }

    void sameMessageTwiceIsAlreadyKnown()
    {
        auto p = openProfile();
        QCOMPARE(p->learner->learn(msgD(Label::Spam)).value(), LearnOutcome::Learned);
        const StoreState once = storeState(*p->db);
        auto r = p->learner->learn(msgD(Label::Spam));
        QVERIFY(r);
        QCOMPARE(r.value(), LearnOutcome::AlreadyKnown);
        VERIFY_SAME(storeState(*p->db), once);
        VERIFY_SAME(modelState(p->model), once);
        // The key decides, not the tokens: the same bytes learned under their key once.
        QCOMPARE(p->learner->learn(spamA()).value(), LearnOutcome::AlreadyKnown);
        VERIFY_SAME(storeState(*p->db), once);
    }

    void learnBatch_data()
    {
        QTest::addColumn<QList<Label>>("before");  // labels of D learned one by one first (0 or 1)
        QTest::addColumn<QStringList>("batch");    // "d:spam", "e:ham" ...
        QTest::addColumn<QStringList>("finalSet"); // what the store must equal after, beyond A, B, C
        QTest::addColumn<int>("changed");

        QTest::newRow("new-messages") << QList<Label>{} << QStringList{u"d:spam"_s, u"e:ham"_s} << QStringList{u"d:spam"_s, u"e:ham"_s} << 2;
        QTest::newRow("duplicate-in-batch-same-label-counts-once")
            << QList<Label>{} << QStringList{u"d:spam"_s, u"e:ham"_s, u"d:spam"_s} << QStringList{u"d:spam"_s, u"e:ham"_s} << 2;
        QTest::newRow("already-learned-skipped") << QList<Label>{Label::Spam} << QStringList{u"d:spam"_s, u"e:ham"_s}
                                                 << QStringList{u"d:spam"_s, u"e:ham"_s} << 1;
        QTest::newRow("correction-in-batch") << QList<Label>{Label::Spam} << QStringList{u"d:ham"_s} << QStringList{u"d:ham"_s} << 1;
        QTest::newRow("everything-known-changes-nothing") << QList<Label>{Label::Ham} << QStringList{u"d:ham"_s, u"a:spam"_s}
                                                          << QStringList{u"d:ham"_s} << 0;
        QTest::newRow("empty-batch") << QList<Label>{} << QStringList{} << QStringList{} << 0;
    }
    void learnBatch()
    {
        QFETCH(QList<Label>, before);
        QFETCH(QStringList, batch);
        QFETCH(QStringList, finalSet);
        QFETCH(int, changed);
        auto p = openProfile();
        for (Label l : before)
            QVERIFY(p->learner->learn(msgD(l)));
        auto parse = [](const QString &spec) {
            const Label l = spec.endsWith(QLatin1String("spam")) ? Label::Spam : Label::Ham;
            if (spec.startsWith(u'd'))
                return msgD(l);
            if (spec.startsWith(u'a'))
                return spamA();
            return example(QStringLiteral("e"), l, QStringLiteral("Lunch"), QStringLiteral("lunch at noon near the office"));
        };
        std::vector<Example> examples;
        for (const QString &s : batch)
            examples.push_back(parse(s));
        std::vector<Example> want = {spamA(), hamB(), hamC()};
        for (const QString &s : finalSet)
            want.push_back(parse(s));

        auto r = p->learner->learnBatch(examples);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r.value(), changed);
        VERIFY_SAME(storeState(*p->db), expected(want));
        VERIFY_SAME(modelState(p->model), storeState(*p->db));
    }

    void learnBatchLastLabelWins_data()
    {
        QTest::addColumn<QList<Label>>("before");
        QTest::addColumn<QList<Label>>("batch"); // D, in order
        QTest::addColumn<Label>("final");
        QTest::newRow("new-spam-then-ham") << QList<Label>{} << QList<Label>{Label::Spam, Label::Ham} << Label::Ham;
        QTest::newRow("known-spam-then-ham-then-spam") << QList<Label>{Label::Spam} << QList<Label>{Label::Ham, Label::Spam}
                                                       << Label::Spam;
        QTest::newRow("new-ham-spam-ham") << QList<Label>{} << QList<Label>{Label::Ham, Label::Spam, Label::Ham} << Label::Ham;
    }
    void learnBatchLastLabelWins()
    {
        // The same message with two labels in one batch: the last label wins, and it is counted once.
        QFETCH(QList<Label>, before);
        QFETCH(QList<Label>, batch);
        QFETCH(Label, final);
        auto p = openProfile();
        for (Label l : before)
            QVERIFY(p->learner->learn(msgD(l)));
        std::vector<Example> examples;
        for (Label l : batch)
            examples.push_back(msgD(l));
        auto r = p->learner->learnBatch(examples);
        QVERIFY(r);
        VERIFY_SAME(storeState(*p->db), expected({spamA(), hamB(), hamC(), msgD(final)}));
        VERIFY_SAME(modelState(p->model), storeState(*p->db));
        store::TokenStore ts(*p->db);
        QCOMPARE(ts.trainedLabel(msgD(final).key).value(), std::optional<int>(int(final)));
    }

    void rolledBackTransactionLeavesStoreUnchanged()
    {
        auto p = openProfile();
        const StoreState before = storeState(*p->db);
        {
            // A learn cut short: the counts and the registry written, the commit never reached.
            store::Transaction tx(*p->db);
            QVERIFY(tx.begun());
            store::TokenStore ts(*p->db);
            std::vector<store::TokenDelta> deltas;
            for (TokenId id : msgD(Label::Spam).tokens.ids)
                deltas.push_back({id, 1, 0});
            for (TokenId id : hamB().tokens.ids)
                deltas.push_back({id, 0, -1}); // removals too: rows at zero get deleted
            QVERIFY(ts.apply(deltas));
            QVERIFY(ts.setTrained(msgD(Label::Spam).key, int(Label::Spam)));
            QVERIFY(ts.setTotals(99, 99));
            QVERIFY(storeState(*p->db) != before); // visible inside the transaction
        } // destroyed without commit: rolled back
        VERIFY_SAME(storeState(*p->db), before);
        VERIFY_SAME(modelState(p->model), before);
        store::TokenStore ts(*p->db);
        QVERIFY(!ts.trainedLabel(msgD(Label::Spam).key).value().has_value());
        // A second connection (the next start) sees the same committed state.
        auto other = store::Database::open(p->path());
        QVERIFY(other);
        VERIFY_SAME(storeState(*other.value()), before);
        // And learning goes on normally afterwards.
        QCOMPARE(p->learner->learn(msgD(Label::Spam)).value(), LearnOutcome::Learned);
        VERIFY_SAME(storeState(*p->db), expected({spamA(), hamB(), hamC(), msgD(Label::Spam)}));
    }

    void loadFromSqliteReproducesCounts()
    {
        auto p = openProfile();
        QVERIFY(p->learner->learn(msgD(Label::Spam)));
        const QString snap = p->learner->snapshotPath();
        QCOMPARE(snap, p->path() + QStringLiteral("-model"));
        QFile::remove(snap);
        Model fresh;
        fresh.set(424242, {5, 5}); // load() replaces whatever the model held
        Learner l(*p->db, fresh);
        QVERIFY(l.load());
        VERIFY_SAME(modelState(fresh), storeState(*p->db));
        VERIFY_SAME(modelState(fresh), modelState(p->model));
        QCOMPARE(fresh.counts(424242).spam, 0u);
        // Rebuilding from SQLite wrote the snapshot for the next start.
        QVERIFY(QFileInfo::exists(snap));
    }

    void snapshotUsedOnlyWhenCurrent()
    {
        auto p = openProfile();
        const QString snap = p->learner->snapshotPath();
        QVERIFY(p->learner->saveSnapshot());
        QVERIFY(QFileInfo(snap).size() > 0);

        // Unchanged store: load() maps the snapshot. A marker token written only to the snapshot
        // (never to SQLite) proves the counts came from the file.
        Model marked = p->model;
        marked.set(777, {7, 7});
        QVERIFY(Learner(*p->db, marked).saveSnapshot());
        Model mapped;
        QVERIFY(Learner(*p->db, mapped).load());
        QCOMPARE(mapped.counts(777).spam, 7u);
        QCOMPARE(mapped.spamMessages(), p->model.spamMessages());
        QCOMPARE(mapped.hamMessages(), p->model.hamMessages());

        // The real snapshot maps to exactly the store's counts.
        QVERIFY(p->learner->saveSnapshot());
        Model fromFile;
        QVERIFY(Learner(*p->db, fromFile).load());
        VERIFY_SAME(modelState(fromFile), storeState(*p->db));

        // Another learn bumps the generation: the marked snapshot is stale, load() rebuilds from
        // SQLite and agrees with it.
        QVERIFY(Learner(*p->db, marked).saveSnapshot());
        QCOMPARE(p->learner->learn(msgD(Label::Spam)).value(), LearnOutcome::Learned);
        Model rebuilt;
        QVERIFY(Learner(*p->db, rebuilt).load());
        QCOMPARE(rebuilt.counts(777).spam, 0u);
        VERIFY_SAME(modelState(rebuilt), storeState(*p->db));
        VERIFY_SAME(modelState(rebuilt), modelState(p->model));
    }

    void mappedModelCanStillLearn()
    {
        auto p = openProfile();
        QVERIFY(p->learner->saveSnapshot());
        Model mapped;
        Learner l(*p->db, mapped);
        QVERIFY(l.load());
        VERIFY_SAME(modelState(mapped), storeState(*p->db));
        // The mapping is read-only: the first change copies it, the file stays as it was.
        const QByteArray fileBefore = [&] {
            QFile f(l.snapshotPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(l.learn(msgD(Label::Spam)).value(), LearnOutcome::Learned);
        VERIFY_SAME(modelState(mapped), storeState(*p->db));
        QVERIFY(l.unlearn(spamA().key, spamA().tokens).value());
        VERIFY_SAME(modelState(mapped), storeState(*p->db));
        QFile f(l.snapshotPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), fileBefore);
    }

    void damagedSnapshotFallsBackToSqlite_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("garbage") << 1;
        QTest::newRow("empty") << 2;
        QTest::newRow("flipped-magic") << 3;
    }
    void damagedSnapshotFallsBackToSqlite()
    {
        QFETCH(int, damage);
        auto p = openProfile();
        QVERIFY(p->learner->saveSnapshot());
        const QString snap = p->learner->snapshotPath();
        QFile f(snap);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        switch (damage) {
        case 0: bytes.chop(100); break;
        case 1: bytes = QByteArray(4096, 'x'); break;
        case 2: bytes.clear(); break;
        case 3: bytes[0] = 'X'; break;
        }
        QVERIFY(f.resize(0));
        f.seek(0);
        f.write(bytes);
        f.close();
        Model fresh;
        QVERIFY(Learner(*p->db, fresh).load());
        VERIFY_SAME(modelState(fresh), storeState(*p->db));
    }

    void inMemoryDatabaseHasNoSnapshot()
    {
        auto db = store::Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        Model m;
        Learner l(*db.value(), m);
        QVERIFY(l.snapshotPath().isEmpty());
        QVERIFY(l.load());
        QCOMPARE(l.learn(spamA()).value(), LearnOutcome::Learned);
        QVERIFY(l.saveSnapshot()); // nothing to write, not an error
        VERIFY_SAME(modelState(m), storeState(*db.value()));
    }

    void importDamagedModelChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("createFile");
        QTest::addColumn<QString>("message");

        Model m;
        m.apply(spamA().tokens, Label::Spam, +1);
        m.apply(hamB().tokens, Label::Ham, +1);
        const QByteArray good = serializeModel(m, 1);
        const QByteArray raw = rawModel(m);
        QByteArray otherMagic = raw;
        otherMagic.replace(0, 9, "XXXXXXXXX");

        const QString notModel = QStringLiteral("Not a Mailtide model file");
        QTest::newRow("missing-file") << QByteArray() << false << QStringLiteral("Cannot read the model file");
        QTest::newRow("empty-file") << QByteArray() << true << notModel;
        QTest::newRow("garbage") << QByteArray("this is not a model at all, just text\n") << true << notModel;
        QTest::newRow("truncated-compressed") << good.left(good.size() / 2) << true << notModel;
        QTest::newRow("uncompressed-raw") << raw << true << notModel;
        QTest::newRow("wrong-magic") << qCompress(otherMagic) << true << notModel;
        QTest::newRow("truncated-records") << qCompress(raw.left(raw.size() - 10)) << true << notModel;
        QTest::newRow("header-only") << qCompress(raw.left(9 + 8)) << true << notModel;
        QByteArray hugeCount = raw;
        hugeCount.replace(17, 8, QByteArray(8, '\xff')); // token count far beyond the bytes
        QTest::newRow("count-beyond-data") << qCompress(hugeCount) << true << notModel;
    }
    void importDamagedModelChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, createFile);
        QFETCH(QString, message);
        auto p = openProfile();
        const StoreState before = storeState(*p->db);
        const QString file = p->dir.filePath(QStringLiteral("damaged.bin"));
        if (createFile) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const Status s = importDefaultModel(*p->db, p->model, file);
        QVERIFY(!s);
        QCOMPARE(s.error().message, message);
        QVERIFY2(s.error().detail.contains(file), qPrintable(s.error().detail)); // says which file
        VERIFY_SAME(storeState(*p->db), before);
        VERIFY_SAME(modelState(p->model), before);
        store::TokenStore ts(*p->db);
        QVERIFY(ts.trainedLabel(spamA().key).value().has_value()); // the registry kept too
    }

    void importGoodModelReplacesEverything()
    {
        auto p = openProfile();
        Model source;
        source.apply(msgD(Label::Spam).tokens, Label::Spam, +1);
        source.apply(msgD(Label::Spam).tokens, Label::Spam, +1);
        source.apply(hamC().tokens, Label::Ham, +1);
        const QString file = p->dir.filePath(QStringLiteral("good.bin"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(serializeModel(source, 1));
        }
        const Status s = importDefaultModel(*p->db, p->model, file);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        VERIFY_SAME(storeState(*p->db), modelState(source));
        VERIFY_SAME(modelState(p->model), modelState(source));
        // The registry is cleared: A can be learned again, and that adds to the imported counts.
        store::TokenStore ts(*p->db);
        QVERIFY(!ts.trainedLabel(spamA().key).value().has_value());
        QCOMPARE(p->learner->learn(spamA()).value(), LearnOutcome::Learned);
        VERIFY_SAME(modelState(p->model), storeState(*p->db));
        // And a fresh start loads the imported counts (the stale snapshot is not used).
        Model fresh;
        QVERIFY(Learner(*p->db, fresh).load());
        VERIFY_SAME(modelState(fresh), storeState(*p->db));
    }

    void pruningOnSerialize()
    {
        Model m;
        m.apply(spamA().tokens, Label::Spam, +1);
        m.apply(hamC().tokens, Label::Ham, +1);
        const std::optional<Model> back = deserializeModel(serializeModel(m, 2));
        QVERIFY(back);
        QCOMPARE(back->spamMessages(), 1u);
        QCOMPARE(back->hamMessages(), 1u);
        // Only tokens seen in two messages survive: "cheap" (in both) does, "pills" (A only) not.
        QCOMPARE(back->counts(tokenId("b:", u"cheap")).spam, 1u);
        QCOMPARE(back->counts(tokenId("b:", u"cheap")).ham, 1u);
        QCOMPARE(back->counts(tokenId("b:", u"pills")).spam, 0u);
    }
};

QTEST_GUILESS_MAIN(TestLearner)
#include "tst_learner.moc"
