#include "classify/Bayes.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mailtide::classify {

double tokenProbability(TokenCounts c, std::uint32_t nSpam, std::uint32_t nHam, const BayesParams &p)
{
    const double n = double(c.spam) + double(c.ham);
    if (n == 0 || nSpam == 0 || nHam == 0)
        return p.x;
    // Graham's ratio of frequencies, class sizes normalised, then Robinson's smoothing towards x.
    const double bs = double(c.spam) / double(nSpam);
    const double bh = double(c.ham) / double(nHam);
    const double pw = bs / (bs + bh);
    return (p.s * p.x + n * pw) / (p.s + n);
}

double logChi2Q(double x2, int halfDof)
{
    // Q = e^-m * sum_{i<k} m^i / i!, m = x2/2, k = halfDof. Summed as logs (log-sum-exp).
    if (halfDof <= 0)
        return 0;
    const double m = x2 / 2;
    if (m <= 0)
        return 0;
    const double lm = std::log(m);
    double logTerm = -m; // i = 0
    double maxLog = logTerm;
    // Terms grow while i < m, then shrink: two passes keep it exact and cheap.
    // log(i) comes from a table of the same std::log values while it lasts (bit-identical).
    constexpr int kLogTable = 4096;
    static const std::vector<double> logOf = [] {
        std::vector<double> t(kLogTable);
        for (int i = 1; i < kLogTable; ++i)
            t[size_t(i)] = std::log(double(i));
        return t;
    }();
    thread_local std::vector<double> logs;
    logs.resize(size_t(halfDof));
    for (int i = 0; i < halfDof; ++i) {
        if (i > 0)
            logTerm += lm - (i < kLogTable ? logOf[size_t(i)] : std::log(double(i)));
        logs[size_t(i)] = logTerm;
        maxLog = std::max(maxLog, logTerm);
    }
    // Past the peak the terms only shrink (their step lm - log(i) only falls); once exp() of one
    // is exactly 0 so is every later one's, and adding 0 changes nothing.
    constexpr double kExpUnderflow = -746; // std::exp(x) == 0 for every x below this
    double sum = 0;
    for (int i = 0; i < halfDof; ++i) {
        const double d = logs[size_t(i)] - maxLog;
        if (d < kExpUnderflow && double(i) > m)
            break;
        sum += std::exp(d);
    }
    return std::min(0.0, maxLog + std::log(sum));
}

namespace {

/** f(w), log f and log(1 - f) of the small counts, where most tokens are: made once per model
 *  size and parameters (the same doubles tokenProbability() and std::log give, so the scores are
 *  bit-identical), instead of two logarithms per token of every message. */
class SmallCounts
{
public:
    static constexpr std::uint32_t kSide = 64;
    struct Entry
    {
        double f, logF, log1mF;
        bool made = false;
    };

    const Entry *find(TokenCounts c, std::uint32_t nS, std::uint32_t nH, const BayesParams &p)
    {
        if (c.spam >= kSide || c.ham >= kSide) return nullptr;
        if (nS != m_nS || nH != m_nH || p.s != m_s || p.x != m_x) {
            m_nS = nS;
            m_nH = nH;
            m_s = p.s;
            m_x = p.x;
            m_entries.assign(kSide * kSide, Entry{});
        }
        Entry &e = m_entries[c.spam * kSide + c.ham];
        if (!e.made) {
            e.f = tokenProbability(c, nS, nH, p);
            const double f = std::clamp(e.f, 1e-12, 1 - 1e-12);
            e.logF = std::log(f);
            e.log1mF = std::log1p(-f);
            e.made = true;
        }
        return &e;
    }

private:
    std::uint32_t m_nS = 0, m_nH = 0;
    double m_s = -1, m_x = -1;
    std::vector<Entry> m_entries;
};

} // namespace

BayesResult scoreBayes(const std::vector<TokenId> &tokens, const Model &model, const BayesParams &p, int keepStrongest)
{
    thread_local SmallCounts small;
    BayesResult r;
    const std::uint32_t nS = model.spamMessages();
    const std::uint32_t nH = model.hamMessages();
    std::vector<TokenEvidence> used;
    used.reserve(tokens.size());
    constexpr size_t kAhead = 8; // lookups in flight: the table is far bigger than the caches
    for (size_t i = 0; i < tokens.size() && i < kAhead; ++i)
        model.prefetch(tokens[i]);
    for (size_t i = 0; i < tokens.size(); ++i) {
        const TokenId id = tokens[i];
        if (i + kAhead < tokens.size())
            model.prefetch(tokens[i + kAhead]);
        const TokenCounts c = model.counts(id);
        if (c.spam == 0 && c.ham == 0)
            continue;
        const SmallCounts::Entry *e = small.find(c, nS, nH, p);
        const double f = e ? e->f : tokenProbability(c, nS, nH, p);
        if (std::fabs(f - 0.5) < p.minDev)
            continue;
        used.push_back({id, f, c});
    }
    auto byStrength = [](const TokenEvidence &a, const TokenEvidence &b) {
        const double da = std::fabs(a.f - 0.5), db = std::fabs(b.f - 0.5);
        return da != db ? da > db : a.id < b.id; // ties by id: deterministic
    };
    if (p.maxTokens > 0 && int(used.size()) > p.maxTokens) {
        std::nth_element(used.begin(), used.begin() + p.maxTokens, used.end(), byStrength);
        used.resize(size_t(p.maxTokens));
    }
    r.used = int(used.size());
    if (used.empty())
        return r;
    double sumLnF = 0, sumLn1mF = 0;
    for (const auto &e : used) {
        if (const SmallCounts::Entry *sc = small.find(e.counts, nS, nH, p)) {
            sumLnF += sc->logF;
            sumLn1mF += sc->log1mF;
            continue;
        }
        // f never reaches 0 or 1 while s > 0; clamp anyway for s = 0 experiments.
        const double f = std::clamp(e.f, 1e-12, 1 - 1e-12);
        sumLnF += std::log(f);
        sumLn1mF += std::log1p(-f);
    }
    const int n = int(used.size());
    // H tests "these f are no spammier than chance": it falls towards 0 as tokens turn hammy.
    // S is the mirror test on 1 - f: it falls towards 0 as tokens turn spammy.
    const double logH = logChi2Q(-2 * sumLnF, n);
    const double logS = logChi2Q(-2 * sumLn1mF, n);
    const double H = std::exp(logH), S = std::exp(logS);
    r.indicator = (1 + H - S) / 2;
    r.logGap = logH - logS;
    const int keep = std::min<int>(keepStrongest, n);
    std::partial_sort(used.begin(), used.begin() + keep, used.end(), byStrength);
    r.strongest.assign(used.begin(), used.begin() + keep);
    return r;
}

} // namespace mailtide::classify
