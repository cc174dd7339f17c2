#include "classify/Bayes.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace mailtide::classify;

namespace {

/** Q(x2 | 2k) = e^-m * sum_{i<k} m^i / i!, m = x2 / 2, summed directly (fine for small k). */
double naiveChi2Q(double x2, int k)
{
    const double m = x2 / 2;
    double term = 1, sum = 0;
    for (int i = 0; i < k; ++i) {
        if (i > 0)
            term *= m / i;
        sum += term;
    }
    return std::exp(-m) * sum;
}

/** A model with spammy tokens 1..10 (20 spam, 0 ham), hammy tokens 11..20 (0, 20) and 20
 *  messages of each class. */
Model sampleModel()
{
    Model m;
    for (TokenId id = 1; id <= 10; ++id)
        m.set(id, {20, 0});
    for (TokenId id = 11; id <= 20; ++id)
        m.set(id, {0, 20});
    m.setTotals(20, 20);
    return m;
}

std::vector<TokenId> range(TokenId from, TokenId to)
{
    std::vector<TokenId> v;
    for (TokenId id = from; id <= to; ++id)
        v.push_back(id);
    return v;
}

} // namespace

/** The math of Robinson's f(w) and Fisher's chi-square combination (STYLE 9), checked against
 *  values worked out by hand from the formulas in the header. */
class TestBayes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /** scoreBayes keeps f and its logarithms for small counts: its result must be exactly what
     *  the formula gives token by token, for small and large counts, and after the model's
     *  totals change (the table is for one model size). */
    void smallCountsTableGivesTheFormulasResult()
    {
        std::mt19937 rng(11);
        for (const auto &[nS, nH] : {std::pair{1412u, 3083u}, std::pair{20u, 30u}, std::pair{1412u, 3083u}}) {
            Model m;
            m.setTotals(nS, nH);
            std::vector<TokenId> ids;
            for (TokenId id = 1; id <= 3000; ++id) {
                const bool large = rng() % 5 == 0;
                m.set(id, {std::uint32_t(rng() % (large ? 2000 : 64)), std::uint32_t(rng() % (large ? 2000 : 64))});
                ids.push_back(id);
            }
            const BayesParams p;
            double sumLnF = 0, sumLn1mF = 0;
            int n = 0;
            for (const TokenId id : ids) {
                const TokenCounts c = m.counts(id);
                if (c.spam == 0 && c.ham == 0) continue;
                const double f = mailtide::classify::tokenProbability(c, nS, nH, p);
                if (std::fabs(f - 0.5) < p.minDev) continue;
                const double cf = std::clamp(f, 1e-12, 1 - 1e-12);
                sumLnF += std::log(cf);
                sumLn1mF += std::log1p(-cf);
                ++n;
            }
            const double logH = mailtide::classify::logChi2Q(-2 * sumLnF, n);
            const double logS = mailtide::classify::logChi2Q(-2 * sumLn1mF, n);
            const BayesResult r = scoreBayes(ids, m, p, 0);
            QCOMPARE(r.used, n);
            QCOMPARE(r.logGap, logH - logS); // exact: the same doubles, in the same order
            QCOMPARE(r.indicator, (1 + std::exp(logH) - std::exp(logS)) / 2);
        }
    }

    void tokenProbability_data()
    {
        QTest::addColumn<uint>("spam");
        QTest::addColumn<uint>("ham");
        QTest::addColumn<uint>("nSpam");
        QTest::addColumn<uint>("nHam");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        // f = (s*x + n*p) / (s + n), p = (spam/nSpam) / (spam/nSpam + ham/nHam), s = 0.45.
        QTest::newRow("unseen-token-is-x") << 0u << 0u << 10u << 10u << 0.5 << 0.5;
        QTest::newRow("unseen-token-is-x-other-prior") << 0u << 0u << 10u << 10u << 0.4 << 0.4;
        QTest::newRow("no-spam-learned-is-x") << 3u << 0u << 0u << 10u << 0.5 << 0.5;
        QTest::newRow("no-ham-learned-is-x") << 3u << 0u << 10u << 0u << 0.5 << 0.5;
        QTest::newRow("spam-only-1-message") << 1u << 0u << 10u << 10u << 0.5 << 1.225 / 1.45;
        QTest::newRow("spam-only-10-messages") << 10u << 0u << 10u << 10u << 0.5 << 10.225 / 10.45;
        QTest::newRow("spam-only-100-messages") << 100u << 0u << 100u << 100u << 0.5 << 100.225 / 100.45;
        QTest::newRow("ham-only-3-messages") << 0u << 3u << 10u << 10u << 0.5 << 0.225 / 3.45;
        QTest::newRow("even-counts-even-classes") << 10u << 10u << 10u << 10u << 0.5 << 0.5;
        // Ten of 100 spam against ten of 10 ham: the token is in every ham, so it is hammy.
        QTest::newRow("class-size-normalised") << 10u << 10u << 100u << 10u << 0.5 << (0.225 + 20.0 / 11) / 20.45;
        // One spam of a thousand is as rare as nothing at all once ham is missing: p = 1 still.
        QTest::newRow("spam-only-big-spam-class") << 1u << 0u << 1000u << 10u << 0.5 << 1.225 / 1.45;
    }
    void tokenProbability()
    {
        QFETCH(uint, spam);
        QFETCH(uint, ham);
        QFETCH(uint, nSpam);
        QFETCH(uint, nHam);
        QFETCH(double, x);
        QFETCH(double, expected);
        BayesParams p;
        p.x = x;
        const double f = mailtide::classify::tokenProbability({spam, ham}, nSpam, nHam, p);
        QVERIFY2(std::fabs(f - expected) < 1e-12, qPrintable(QStringLiteral("f=%1 expected %2").arg(f, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }

    void spamOnlyShrinksTowardsXAsCountsFall()
    {
        const BayesParams p;
        double previous = 1;
        for (std::uint32_t n : {1000u, 100u, 10u, 3u, 1u}) {
            const double f = mailtide::classify::tokenProbability({n, 0}, 1000, 1000, p);
            QVERIFY2(f > 0.5 && f < previous, qPrintable(QStringLiteral("n=%1 f=%2").arg(n).arg(f)));
            previous = f;
        }
        // And mirrored for ham.
        double prevHam = 0;
        for (std::uint32_t n : {1000u, 100u, 10u, 1u}) {
            const double f = mailtide::classify::tokenProbability({0, n}, 1000, 1000, p);
            QVERIFY(f < 0.5 && f > prevHam);
            prevHam = f;
        }
        // A stronger prior pulls harder towards x.
        BayesParams strong;
        strong.s = 5;
        QVERIFY(mailtide::classify::tokenProbability({3, 0}, 10, 10, strong) < mailtide::classify::tokenProbability({3, 0}, 10, 10, p));
    }

    void logChi2Q_data()
    {
        QTest::addColumn<double>("x2");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("expected"); // Q itself, by hand from e^-m sum_{i<k} m^i/i!
        QTest::newRow("k1-m1") << 2.0 << 1 << std::exp(-1.0);
        QTest::newRow("k2-m2") << 4.0 << 2 << std::exp(-2.0) * 3;
        QTest::newRow("k3-m5") << 10.0 << 3 << std::exp(-5.0) * (1 + 5 + 12.5);
        QTest::newRow("k5-m0.5") << 1.0 << 5 << std::exp(-0.5) * (1 + 0.5 + 0.125 + 0.125 / 6 + 0.0625 / 24);
        QTest::newRow("k2-m15-small-q") << 30.0 << 2 << std::exp(-15.0) * 16;
        QTest::newRow("x2-zero-is-one") << 0.0 << 4 << 1.0;
        QTest::newRow("no-dof-is-one") << 7.0 << 0 << 1.0;
    }
    void logChi2Q()
    {
        QFETCH(double, x2);
        QFETCH(int, k);
        QFETCH(double, expected);
        const double q = std::exp(mailtide::classify::logChi2Q(x2, k));
        QVERIFY2(std::fabs(q - expected) <= 1e-12 * std::max(1.0, expected) && std::fabs(q / expected - 1) < 1e-10,
                 qPrintable(QStringLiteral("Q=%1 expected %2").arg(q, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }

    void logChi2QMatchesDirectSum()
    {
        for (int k : {1, 2, 3, 5, 10, 20, 50}) {
            for (double x2 : {0.1, 1.0, 5.0, 20.0, 60.0, 150.0, 400.0}) {
                const double ref = naiveChi2Q(x2, k);
                const double got = std::exp(mailtide::classify::logChi2Q(x2, k));
                QVERIFY2(std::fabs(got / ref - 1) < 1e-9,
                         qPrintable(QStringLiteral("k=%1 x2=%2: %3 vs %4").arg(k).arg(x2).arg(got).arg(ref)));
            }
        }
    }

    void logChi2QDoesNotUnderflow()
    {
        constexpr int k = 5000;
        // m much larger than k: Q is about e^-4513, far below the smallest double. The log must
        // still be finite and match the leading term e^-m m^(k-1)/(k-1)! / (1 - (k-1)/m).
        const double m = 15000;
        const double lq = mailtide::classify::logChi2Q(2 * m, k);
        const double approx = -m + (k - 1) * std::log(m) - std::lgamma(double(k)) - std::log(1 - (k - 1) / m);
        QVERIFY(std::isfinite(lq));
        QVERIFY2(std::fabs(lq - approx) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(lq).arg(approx)));
        QVERIFY(lq < -4000);
        // m == k: the Poisson median, Q close to a half.
        const double mid = std::exp(mailtide::classify::logChi2Q(2.0 * k, k));
        QVERIFY2(mid > 0.49 && mid < 0.51, qPrintable(QString::number(mid)));
        // m much smaller than k: Q is 1 (log 0), never above.
        const double low = mailtide::classify::logChi2Q(100, k);
        QVERIFY(low <= 0 && low > -1e-12);
        // Monotonic in x2.
        QVERIFY(mailtide::classify::logChi2Q(2 * 6000.0, k) < mailtide::classify::logChi2Q(2 * 5500.0, k));
        QVERIFY(std::isfinite(mailtide::classify::logChi2Q(2e6, k)));
    }

    void scoreSpammyAndHammy_data()
    {
        QTest::addColumn<std::vector<TokenId>>("tokens");
        QTest::addColumn<double>("minIndicator");
        QTest::addColumn<double>("maxIndicator");
        QTest::addColumn<int>("gapSign");
        QTest::addColumn<int>("used");
        QTest::newRow("spammy-tokens") << range(1, 10) << 0.99 << 1.0 << 1 << 10;
        QTest::newRow("hammy-tokens") << range(11, 20) << 0.0 << 0.01 << -1 << 10;
        QTest::newRow("one-spammy-token") << range(1, 1) << 0.9 << 1.0 << 1 << 1;
        QTest::newRow("balanced-is-even") << std::vector<TokenId>{1, 2, 11, 12} << 0.5 << 0.5 << 0 << 4;
        QTest::newRow("unknown-tokens-are-no-evidence") << range(100, 120) << 0.5 << 0.5 << 0 << 0;
        QTest::newRow("no-tokens") << std::vector<TokenId>{} << 0.5 << 0.5 << 0 << 0;
    }
    void scoreSpammyAndHammy()
    {
        QFETCH(std::vector<TokenId>, tokens);
        QFETCH(double, minIndicator);
        QFETCH(double, maxIndicator);
        QFETCH(int, gapSign);
        QFETCH(int, used);
        const Model model = sampleModel();
        const BayesResult r = scoreBayes(tokens, model, BayesParams{});
        QCOMPARE(r.used, used);
        QVERIFY2(r.indicator >= minIndicator - 1e-12 && r.indicator <= maxIndicator + 1e-12, qPrintable(QString::number(r.indicator)));
        if (gapSign > 0)
            QVERIFY2(r.logGap > 0, qPrintable(QString::number(r.logGap)));
        else if (gapSign < 0)
            QVERIFY2(r.logGap < 0, qPrintable(QString::number(r.logGap)));
        else
            QVERIFY(std::fabs(r.logGap) < 1e-9);
    }

    void logGapKeepsOrderingWhenIndicatorSaturates()
    {
        // 100 and 400 equally spammy tokens both give an indicator of 1 (to double precision);
        // the gap still says which message holds more evidence.
        Model m;
        for (TokenId id = 1; id <= 400; ++id)
            m.set(id, {50, 0});
        m.setTotals(50, 50);
        const BayesResult a = scoreBayes(range(1, 100), m, BayesParams{});
        const BayesResult b = scoreBayes(range(1, 400), m, BayesParams{});
        QCOMPARE(a.indicator, 1.0);
        QCOMPARE(b.indicator, 1.0);
        QVERIFY2(b.logGap > a.logGap && std::isfinite(b.logGap), qPrintable(QStringLiteral("%1 %2").arg(a.logGap).arg(b.logGap)));
    }

    void minDevFilters_data()
    {
        QTest::addColumn<double>("minDev");
        QTest::addColumn<int>("used");
        // f(11 spam, 9 ham | 20, 20) = (0.225 + 20 * 0.55) / 20.45 = 0.5489: deviation 0.049.
        QTest::newRow("default-0.1-drops-near-even-token") << 0.1 << 1;
        QTest::newRow("0.04-keeps-it") << 0.04 << 2;
        QTest::newRow("0-keeps-all-seen") << 0.0 << 2;
        QTest::newRow("0.49-drops-even-strong-ones") << 0.49 << 0;
    }
    void minDevFilters()
    {
        QFETCH(double, minDev);
        QFETCH(int, used);
        Model m;
        m.set(1, {11, 9});
        m.set(2, {19, 0}); // f = 19.225 / 19.45 = 0.988
        m.setTotals(20, 20);
        BayesParams p;
        p.minDev = minDev;
        QCOMPARE(scoreBayes({1, 2, 3}, m, p).used, used);
    }

    void maxTokensKeepsTheMostExtreme()
    {
        Model m;
        m.set(1, {40, 0}); // f = 40.225 / 40.45 = 0.9944: the strongest
        for (TokenId id = 10; id < 16; ++id)
            m.set(id, {2, 8}); // f = 0.213 each: milder, hammy
        m.set(20, {0, 12}); // f = 0.225 / 12.45 = 0.0181: second strongest
        m.setTotals(40, 40);
        const std::vector<TokenId> all = {1, 10, 11, 12, 13, 14, 15, 20};

        BayesParams p;
        const BayesResult uncapped = scoreBayes(all, m, p);
        QCOMPARE(uncapped.used, 8);

        p.maxTokens = 1;
        const BayesResult one = scoreBayes(all, m, p);
        QCOMPARE(one.used, 1);
        QCOMPARE(one.strongest.size(), size_t(1));
        QCOMPARE(one.strongest[0].id, TokenId(1));
        QVERIFY(one.indicator > 0.5);

        p.maxTokens = 2;
        const BayesResult two = scoreBayes(all, m, p);
        QCOMPARE(two.used, 2);
        std::vector<TokenId> ids;
        for (const TokenEvidence &e : two.strongest)
            ids.push_back(e.id);
        QCOMPARE(ids, (std::vector<TokenId>{1, 20})); // strongest first; the six milder ones are dropped

        p.maxTokens = 100; // more than there are: all of them
        QCOMPARE(scoreBayes(all, m, p).used, 8);
    }

    void strongestIsSortedAndCapped()
    {
        Model m;
        for (TokenId id = 1; id <= 30; ++id)
            m.set(id, {std::uint32_t(id), 31 - std::uint32_t(id)});
        m.setTotals(31, 31);
        const BayesResult r = scoreBayes(range(1, 30), m, BayesParams{}, 5);
        QCOMPARE(r.strongest.size(), size_t(5));
        for (size_t i = 1; i < r.strongest.size(); ++i)
            QVERIFY(std::fabs(r.strongest[i - 1].f - 0.5) >= std::fabs(r.strongest[i].f - 0.5));
        QCOMPARE(scoreBayes(range(1, 30), m, BayesParams{}, 0).strongest.size(), size_t(0));
        // The evidence carries the counts it came from.
        const BayesResult one = scoreBayes({1}, m, BayesParams{}, 1);
        QCOMPARE(one.strongest.at(0).counts.spam, 1u);
        QCOMPARE(one.strongest.at(0).counts.ham, 30u);
    }
};

QTEST_GUILESS_MAIN(TestBayes)
#include "tst_bayes.moc"
