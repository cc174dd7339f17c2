#include "classify/Linear.h"

#include "classify/Model.h"
#include "classify/SnapshotFile.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <thread>

namespace mailtide::classify {

namespace {
constexpr char kMagic[8] = {'M', 'T', 'L', 'I', 'N', 'R', '0', '2'};

struct Header
{
    char magic[8];
    std::uint64_t generation;
    std::uint64_t slots;
    double bias;
    std::uint64_t messages;
};
static_assert(sizeof(Header) == 40);

double sigmoid(double z)
{
    return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
}

double invNorm(const TokenSet &t)
{
    return t.ids.empty() ? 0 : 1 / std::sqrt(double(t.ids.size()));
}

/** splitmix64: a portable, seeded sequence for the shuffle (std::shuffle's order is the
 *  library's choice); its output step is the token hash's finalizer. */
std::uint64_t nextRandom(std::uint64_t &state)
{
    return finalizeHash(state += 0x9E3779B97F4A7C15ULL);
}
} // namespace

LinearModel::LinearModel() = default;
LinearModel::~LinearModel() = default;
LinearModel::LinearModel(LinearModel &&) noexcept = default;
LinearModel &LinearModel::operator=(LinearModel &&) noexcept = default;

LinearModel::LinearModel(const LinearModel &other)
    : m_owned(other.m_w ? std::vector<float>(other.m_w, other.m_w + kSlots) : std::vector<float>{}),
      m_w(m_owned.empty() ? nullptr : m_owned.data()), m_bias(other.m_bias),
      m_messages(other.m_messages)
{
}

LinearModel &LinearModel::operator=(const LinearModel &other)
{
    if (this != &other)
        *this = LinearModel(other);
    return *this;
}

float *LinearModel::mutableWeights()
{
    if (m_w && !m_mapped)
        return m_owned.data();
    std::vector<float> fresh(kSlots, 0.f);
    if (m_w)
        std::memcpy(fresh.data(), m_w, kSlots * sizeof(float));
    m_owned = std::move(fresh);
    m_w = m_owned.data();
    m_mapped.reset();
    return m_owned.data();
}

double LinearModel::margin(const TokenSet &t) const
{
    if (!m_w)
        return m_bias;
    double sum = 0;
    for (TokenId id : t.ids)
        sum += double(m_w[slotOf(id)]);
    return m_bias + sum * invNorm(t);
}

void LinearModel::step(const TokenSet &t, double target, double rate, std::vector<std::uint32_t> *touched)
{
    if (t.ids.empty())
        return;
    const double g = target - sigmoid(margin(t));
    if (g == 0)
        return;
    float *w = mutableWeights();
    // d margin / d w_j = 1/sqrt(n) for each of the n tokens; the bias moves with a smaller step
    // (it is shared by every message: a full step would swing it message by message).
    const float d = float(rate * g * invNorm(t));
    for (TokenId id : t.ids) {
        const std::uint32_t s = slotOf(id);
        w[s] += d;
        if (touched)
            touched->push_back(s);
    }
    m_bias += rate * g * 0.01;
}

int LinearModel::learn(const TokenSet &t, Label label, const LinearParams &p, std::vector<std::uint32_t> *touched)
{
    const double sign = label == Label::Spam ? 1 : -1;
    int steps = 0;
    while (steps < std::max(p.maxSteps, 1)) {
        if (steps > 0 && sign * margin(t) >= p.margin)
            break;
        step(t, label == Label::Spam ? 1 : 0, p.rate, touched);
        ++steps;
    }
    return steps;
}

void LinearModel::learnPasses(const std::vector<const TokenSet *> &sets, const std::vector<Label> &labels,
                              const LinearParams &p, std::vector<bool> *dirty)
{
    std::vector<std::size_t> order(sets.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::uint64_t seed = 0x6d61696c74696465ULL; // fixed: the same batch gives the same model
    std::vector<std::uint32_t> touched;
    for (int pass = 0; pass < p.passes; ++pass) {
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[std::size_t(nextRandom(seed) % i)]);
        for (std::size_t i : order) {
            touched.clear();
            step(*sets[i], labels[i] == Label::Spam ? 1 : 0, p.rate, dirty ? &touched : nullptr);
            if (dirty)
                for (std::uint32_t s : touched)
                    (*dirty)[s] = true;
        }
    }
}

void LinearModel::learnBatch(const std::vector<const TokenSet *> &sets, const std::vector<Label> &labels,
                             const LinearParams &p, std::vector<bool> *dirty)
{
    if (p.bags <= 1 || sets.size() < LinearParams::kMinBagBatch || p.bagFraction >= 1) {
        learnPasses(sets, labels, p, dirty);
        return;
    }
    // Each bag starts from this model and learns its own subset; the result is their average.
    // The bags are learned in two fixed halves (even, odd), on two threads where there are two
    // cores: the sum, and so the model, is the same either way.
    const LinearModel start = *this;
    const auto keep = std::uint64_t(std::clamp(p.bagFraction, 0.0, 1.0) * 65536);
    struct Half
    {
        std::vector<float> sum;
        double bias = 0;
        std::vector<bool> dirty;
    };
    Half halves[2];
    auto learnHalf = [&](int h) {
        Half &half = halves[h];
        half.sum.assign(kSlots, 0.f);
        if (dirty)
            half.dirty.assign(kSlots, false);
        for (int b = h; b < p.bags; b += 2) {
            std::vector<const TokenSet *> subSets;
            std::vector<Label> subLabels;
            std::uint64_t state = 0x62616767696e67ULL + std::uint64_t(b); // reproducible subsets
            for (std::size_t i = 0; i < sets.size(); ++i) {
                if ((nextRandom(state) & 0xffff) >= keep)
                    continue;
                subSets.push_back(sets[i]);
                subLabels.push_back(labels[i]);
            }
            LinearModel one = start;
            one.learnPasses(subSets, subLabels, p, dirty ? &half.dirty : nullptr);
            if (one.m_w)
                for (std::size_t s = 0; s < kSlots; ++s)
                    half.sum[s] += one.m_w[s];
            half.bias += one.m_bias;
        }
    };
    if (std::thread::hardware_concurrency() > 1) {
        std::thread second(learnHalf, 1);
        learnHalf(0);
        second.join();
    } else {
        learnHalf(0);
        learnHalf(1);
    }
    float *w = mutableWeights();
    for (std::size_t s = 0; s < kSlots; ++s)
        w[s] = (halves[0].sum[s] + halves[1].sum[s]) / float(p.bags);
    m_bias = (halves[0].bias + halves[1].bias) / p.bags;
    if (dirty)
        for (std::size_t s = 0; s < kSlots; ++s)
            if (halves[0].dirty[s] || halves[1].dirty[s])
                (*dirty)[s] = true;
}

void LinearModel::setSlot(std::uint32_t slot, float w)
{
    if (slot >= kSlots || (!m_w && w == 0.f))
        return;
    mutableWeights()[slot] = w;
}

void LinearModel::clear()
{
    m_owned.clear();
    m_owned.shrink_to_fit();
    m_w = nullptr;
    m_bias = 0;
    m_messages = 0;
    m_mapped.reset();
}

void LinearModel::forEach(const std::function<void(std::uint32_t, float)> &fn) const
{
    if (!m_w)
        return;
    for (std::uint32_t s = 0; s < kSlots; ++s)
        if (m_w[s] != 0.f)
            fn(s, m_w[s]);
}

bool LinearModel::saveSnapshot(const QString &path, std::uint64_t generation) const
{
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.generation = generation;
    h.slots = m_w ? kSlots : 0;
    h.bias = m_bias;
    h.messages = m_messages;
    return snapshot::write(path, h, m_w, m_w ? qint64(kSlots * sizeof(float)) : 0);
}

bool LinearModel::mapSnapshot(const QString &path, std::uint64_t generation)
{
    Header h{};
    auto file = snapshot::open(path, kMagic, generation, &h);
    if (!file || (h.slots != 0 && h.slots != kSlots) || file->size() != qint64(sizeof h + h.slots * sizeof(float)) ||
        !std::isfinite(h.bias))
        return false;
    clear();
    m_bias = h.bias;
    m_messages = h.messages;
    if (h.slots == 0)
        return true;
    uchar *p = file->map(sizeof h, qint64(kSlots * sizeof(float)));
    if (!p)
        return false;
    m_mapped = std::move(file);
    m_w = reinterpret_cast<const float *>(p);
    return true;
}

} // namespace mailtide::classify
