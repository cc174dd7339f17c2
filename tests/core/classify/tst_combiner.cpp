#include "classify/Combiner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace mailtide::classify;

namespace {

size_t ruleIndex(const char *id)
{
    for (size_t i = 0; i < rules().size(); ++i)
        if (QLatin1String(rules()[i].id) == QLatin1String(id))
            return i;
    qFatal("no rule %s", id);
}

/** Synthetic training rows, deterministic. Spam has a positive Bayes gap, ham a negative one;
 *  `overlap` makes the two ranges overlap so that no weight can separate them alone. Spam fires
 *  "raw-ip-link" a quarter of the time; only ham ever fires "html-only" (a rule that points the
 *  wrong way in this data); no row fires "lookalike-domain". */
std::vector<TrainingRow> syntheticRows(bool overlap)
{
    std::vector<TrainingRow> rows;
    const size_t nf = kBayesFeatures + rules().size();
    std::uint32_t lcg = 12345;
    auto uniform = [&lcg]() {
        lcg = lcg * 1664525u + 1013904223u;
        return double(lcg >> 8) / double(1u << 24); // [0, 1)
    };
    for (int i = 0; i < 400; ++i) {
        const bool spam = i % 2 == 0;
        TrainingRow r;
        r.spam = spam;
        r.features.assign(nf, 0);
        const double u = uniform();
        // Separable: spam gap in [1, 4), ham in (-4, -1]. Overlapping: spam in [-1.5, 2.5), ham in (-2.5, 1.5].
        const double gap = overlap ? (spam ? -1.5 + 4 * u : 1.5 - 4 * u) : (spam ? 1 + 3 * u : -1 - 3 * u);
        r.features[0] = gap;
        r.features[1] = std::tanh(gap) / 2;
        r.features[2] = gap / 2;
        r.features[3] = r.features[1] / 2;
        if (spam && i % 4 == 0)
            r.features[kBayesFeatures + ruleIndex("raw-ip-link")] = 1;
        if (!spam && i % 3 == 0)
            r.features[kBayesFeatures + ruleIndex("html-only")] = 1;
        rows.push_back(std::move(r));
    }
    return rows;
}

CombinerWeights distinctive()
{
    CombinerWeights w = CombinerWeights::priors();
    w.bias = -3.25;
    w.wGap = 1.125;
    w.wIndicator = -0.6875;
    w.wPairGap = 0.34375;
    w.wPairIndicator = 1.53125;
    for (size_t i = 0; i < w.wRules.size(); ++i)
        w.wRules[i] = 0.1 + 0.25 * double(i);
    w.spamThreshold = 0.875;
    w.hamThreshold = 0.625;
    w.minClassMessages = 7;
    return w;
}

} // namespace

/** The logistic combiner: fitting, its constraints, and the weights file (resources/model/weights.json). */
class TestCombiner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void priorsAreTheRulesPriors()
    {
        const CombinerWeights w = CombinerWeights::priors();
        QCOMPARE(w.wRules.size(), rules().size());
        for (size_t i = 0; i < rules().size(); ++i)
            QCOMPARE(w.wRules[i], rules()[i].prior);
    }

    void featuresLayout()
    {
        BayesResult single, pairs;
        single.logGap = 250; // clamped to kGapClamp
        single.indicator = 0.9;
        pairs.logGap = -12;
        pairs.indicator = 0.25;
        const std::vector<RuleHit> hits = {{QStringLiteral("raw-ip-link"), 1, QString()},
                                           {QStringLiteral("money-urgency-phrases"), 0.5, QString()},
                                           {QStringLiteral("no-such-rule"), 1, QString()}};
        const std::vector<double> f = features(single, pairs, hits);
        QCOMPARE(f.size(), kBayesFeatures + rules().size());
        QCOMPARE(f[0], kGapClamp / 10);
        QCOMPARE(f[1], 0.4);
        QCOMPARE(f[2], -1.2);
        QCOMPARE(f[3], -0.25);
        QCOMPARE(f[kBayesFeatures + ruleIndex("raw-ip-link")], 1.0);
        QCOMPARE(f[kBayesFeatures + ruleIndex("money-urgency-phrases")], 0.5);
        double sum = 0;
        for (double v : f)
            sum += std::fabs(v);
        QCOMPARE(sum, 6 + 0.4 + 1.2 + 0.25 + 1 + 0.5); // nothing else set
    }

    void combineIsLogistic()
    {
        CombinerWeights w = CombinerWeights::priors();
        w.bias = 0;
        std::vector<double> f(kBayesFeatures + rules().size(), 0);
        QCOMPARE(combine(f, w), 0.5);
        f[kBayesFeatures + ruleIndex("lookalike-domain")] = 1;
        QVERIFY(std::fabs(combine(f, w) - 1 / (1 + std::exp(-3.0))) < 1e-12);
        // Saturates without overflow.
        w.bias = 1e4;
        QCOMPARE(combine(f, w), 1.0);
        w.bias = -1e4;
        f[kBayesFeatures + ruleIndex("lookalike-domain")] = 0;
        QCOMPARE(combine(f, w), 0.0);
    }

    void rulesSpeakWhereWordsAreSilent()
    {
        CombinerWeights w = CombinerWeights::priors();
        w.bias = -1e4; // the logistic part says ham whatever happens
        std::vector<double> f(kBayesFeatures + rules().size(), 0);
        // Rules below the offset add no floor.
        f[kBayesFeatures + ruleIndex("url-shortener")] = 1; // prior 1.0 < offset
        QCOMPARE(combine(f, w), 0.0);
        // Rules above it: the score is their own logistic, minus the offset.
        f[kBayesFeatures + ruleIndex("lookalike-domain")] = 1; // + 3.0
        const double zRules = 1.0 + 3.0;
        QVERIFY(std::fabs(combine(f, w) - 1 / (1 + std::exp(-(zRules - w.rulesOffset)))) < 1e-12);
        // Unless the words clearly say ham: mail like the user's own keeps its logistic score.
        f[0] = (w.rulesVetoGap - 1) / 10;
        QCOMPARE(combine(f, w), 0.0);
    }

    void fitSeparatesSyntheticRows()
    {
        const std::vector<TrainingRow> rows = syntheticRows(false);
        const CombinerWeights w = fitCombiner(rows);
        double minSpam = 1, maxHam = 0;
        for (const TrainingRow &r : rows) {
            const double score = combine(r.features, w);
            if (r.spam)
                minSpam = std::min(minSpam, score);
            else
                maxHam = std::max(maxHam, score);
        }
        QVERIFY2(minSpam > maxHam, qPrintable(QStringLiteral("min spam %1, max ham %2").arg(minSpam).arg(maxHam)));
        QVERIFY(w.wGap > 0);
        // Thresholds as documented: spam at 0.9, the unsure band below it.
        QCOMPARE(w.spamThreshold, 0.9);
        QCOMPARE(w.hamThreshold, 0.75);
        QVERIFY2(minSpam >= w.spamThreshold, qPrintable(QString::number(minSpam)));
        QVERIFY2(maxHam < w.spamThreshold, qPrintable(QString::number(maxHam)));
        // Deterministic.
        const CombinerWeights again = fitCombiner(rows);
        QCOMPARE(again.bias, w.bias);
        QCOMPARE(again.wRules, w.wRules);
    }

    void fitRanksOverlappingRows()
    {
        // Not separable: the fit still ranks most spam above most ham (AUC well above chance).
        const std::vector<TrainingRow> rows = syntheticRows(true);
        const CombinerWeights w = fitCombiner(rows);
        long better = 0, pairs = 0;
        for (const TrainingRow &s : rows) {
            if (!s.spam)
                continue;
            for (const TrainingRow &h : rows) {
                if (h.spam)
                    continue;
                better += combine(s.features, w) > combine(h.features, w);
                ++pairs;
            }
        }
        QVERIFY2(double(better) / double(pairs) > 0.72, qPrintable(QString::number(double(better) / double(pairs))));
    }

    void fitKeepsRuleWeightsNonNegative()
    {
        const CombinerWeights w = fitCombiner(syntheticRows(true));
        for (size_t i = 0; i < w.wRules.size(); ++i)
            QVERIFY2(w.wRules[i] >= 0, rules()[i].id);
        // "html-only" fires on ham only: unconstrained it would go negative; it is held at 0.
        QCOMPARE(w.wRules[ruleIndex("html-only")], 0.0);
        // "raw-ip-link" fires on spam only: it stays a positive weight.
        QVERIFY(w.wRules[ruleIndex("raw-ip-link")] > 0);
    }

    void fitKeepsPriorOfRuleThatNeverFires()
    {
        const CombinerWeights w = fitCombiner(syntheticRows(true));
        for (const char *id : {"lookalike-domain", "executable-attachment", "credential-phishing-phrases", "freemail-reply-to"}) {
            const size_t i = ruleIndex(id);
            QVERIFY2(std::fabs(w.wRules[i] - rules()[i].prior) < 1e-12, id);
        }
    }

    void fitWithStrongerLambdaStaysNearerPriors()
    {
        const size_t ip = ruleIndex("raw-ip-link");
        const double loose = std::fabs(fitCombiner(syntheticRows(true), 0.01).wRules[ip] - rules()[ip].prior);
        const double tight = std::fabs(fitCombiner(syntheticRows(true), 100).wRules[ip] - rules()[ip].prior);
        QVERIFY2(tight < loose, qPrintable(QStringLiteral("%1 %2").arg(tight).arg(loose)));
    }

    void jsonRoundTrip()
    {
        const CombinerWeights w = distinctive();
        const std::optional<CombinerWeights> back = CombinerWeights::fromJson(w.toJson());
        QVERIFY(back);
        // Exact: JSON numbers are written with enough digits to read back the same double.
        QVERIFY(back->bias == w.bias);
        QVERIFY(back->wGap == w.wGap);
        QVERIFY(back->wIndicator == w.wIndicator);
        QVERIFY(back->wPairGap == w.wPairGap);
        QVERIFY(back->wPairIndicator == w.wPairIndicator);
        QVERIFY(back->wRules == w.wRules);
        QVERIFY(back->spamThreshold == w.spamThreshold);
        QVERIFY(back->hamThreshold == w.hamThreshold);
        QCOMPARE(back->minClassMessages, w.minClassMessages);
        // A fitted (irrational-looking) set survives too.
        const CombinerWeights fitted = fitCombiner(syntheticRows(true));
        const auto fittedBack = CombinerWeights::fromJson(fitted.toJson());
        QVERIFY(fittedBack && fittedBack->bias == fitted.bias && fittedBack->wRules == fitted.wRules);
    }

    void jsonNamesRulesById()
    {
        const QJsonObject o = QJsonDocument::fromJson(distinctive().toJson().toUtf8()).object();
        const QJsonObject r = o.value(QStringLiteral("rules")).toObject();
        QCOMPARE(size_t(r.size()), rules().size());
        for (const RuleInfo &info : rules())
            QVERIFY2(r.contains(QLatin1String(info.id)), info.id);
        for (const char *key : {"bias", "gap", "indicator", "pair_gap", "pair_indicator", "spam_threshold", "ham_threshold",
                                "min_class_messages"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    void jsonFallbacks_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty-object-is-priors") << QStringLiteral("{}") << true;
        QTest::newRow("unknown-keys-ignored") << QStringLiteral(R"({"colour": "blue", "rules": {"no-such-rule": 9}})") << true;
        QTest::newRow("rules-not-an-object") << QStringLiteral(R"({"rules": [1, 2, 3]})") << true;
        QTest::newRow("wrong-types-fall-back") << QStringLiteral(R"({"bias": "high", "gap": null, "min_class_messages": "x"})") << true;
        QTest::newRow("not-json") << QStringLiteral("bias = 1") << false;
        QTest::newRow("array-not-object") << QStringLiteral("[1, 2]") << false;
        QTest::newRow("empty-string") << QString() << false;
    }
    void jsonFallbacks()
    {
        QFETCH(QString, json);
        QFETCH(bool, valid);
        const std::optional<CombinerWeights> w = CombinerWeights::fromJson(json);
        QCOMPARE(w.has_value(), valid);
        if (!valid)
            return;
        const CombinerWeights p = CombinerWeights::priors();
        QCOMPARE(w->bias, p.bias);
        QCOMPARE(w->wGap, p.wGap);
        QCOMPARE(w->wIndicator, p.wIndicator);
        QCOMPARE(w->wPairGap, p.wPairGap);
        QCOMPARE(w->wPairIndicator, p.wPairIndicator);
        QCOMPARE(w->wRules, p.wRules);
        QCOMPARE(w->spamThreshold, p.spamThreshold);
        QCOMPARE(w->hamThreshold, p.hamThreshold);
        QCOMPARE(w->minClassMessages, p.minClassMessages);
    }

    void jsonPartialRulesKeepOtherPriors()
    {
        // An older weights file without a newer rule: that rule keeps its prior.
        const auto w = CombinerWeights::fromJson(QStringLiteral(R"({"gap": 2.5, "rules": {"raw-ip-link": 0.25}})"));
        QVERIFY(w);
        QCOMPARE(w->wGap, 2.5);
        QCOMPARE(w->wIndicator, CombinerWeights::priors().wIndicator);
        for (size_t i = 0; i < rules().size(); ++i)
            QCOMPARE(w->wRules[i], i == ruleIndex("raw-ip-link") ? 0.25 : rules()[i].prior);
    }
};

QTEST_GUILESS_MAIN(TestCombiner)
#include "tst_combiner.moc"
