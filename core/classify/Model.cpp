#include "classify/Model.h"

#include "classify/SnapshotFile.h"

#include <QFile>

#include <cstring>

namespace mailtide::classify {

namespace {
constexpr char kMagic[8] = {'M', 'T', 'S', 'N', 'A', 'P', '0', '1'};

struct Header
{
    char magic[8];
    std::uint64_t generation;
    std::uint64_t capacity;
    std::uint64_t count;
    std::uint32_t nSpam;
    std::uint32_t nHam;
};
static_assert(sizeof(Header) == 40);

std::size_t capacityFor(std::size_t n)
{
    std::size_t c = 1024;
    while (c < n * 2) // load factor <= 0.5: short probe runs
        c <<= 1;
    return c;
}
} // namespace

Model::Model() = default;
Model::~Model() = default;
Model::Model(Model &&) noexcept = default;
Model &Model::operator=(Model &&) noexcept = default;

Model::Model(const Model &other)
    : m_owned(other.m_slots ? std::vector<Slot>(other.m_slots, other.m_slots + other.m_mask + 1) : std::vector<Slot>{}),
      m_slots(m_owned.empty() ? nullptr : m_owned.data()), m_mask(other.m_mask), m_count(other.m_count),
      m_nSpam(other.m_nSpam), m_nHam(other.m_nHam), m_linear(other.m_linear)
{
}

Model &Model::operator=(const Model &other)
{
    if (this != &other)
        *this = Model(other);
    return *this;
}

void Model::makeOwned(std::size_t minCapacity)
{
    const std::size_t want = std::max(capacityFor(m_count + 1), minCapacity);
    if (m_slots && !m_mapped && m_mask + 1 >= want && m_owned.data() == m_slots)
        return;
    std::vector<Slot> fresh(want, Slot{0, 0, 0});
    const std::size_t mask = want - 1;
    if (m_slots) {
        for (std::size_t i = 0; i <= m_mask; ++i) {
            const Slot &s = m_slots[i];
            if (!s.key)
                continue;
            std::size_t j = s.key & mask;
            while (fresh[j].key)
                j = (j + 1) & mask;
            fresh[j] = s;
        }
    }
    m_owned = std::move(fresh);
    m_slots = m_owned.data();
    m_mask = mask;
    m_mapped.reset();
}

Model::Slot *Model::mutableSlot(TokenId key, bool create)
{
    if (create && (m_mapped || !m_slots || (m_count + 1) * 2 > m_mask + 1))
        makeOwned(m_slots && !m_mapped ? (m_mask + 1) * 2 : 0);
    else if (m_mapped)
        makeOwned();
    if (!m_slots)
        return nullptr;
    for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
        Slot &s = m_owned[i];
        if (s.key == key)
            return &s;
        if (s.key == 0) {
            if (!create)
                return nullptr;
            s = {key, 0, 0};
            ++m_count;
            return &s;
        }
    }
}

void Model::eraseAt(std::size_t i)
{
    // Backward-shift deletion keeps every probe run unbroken without tombstones.
    m_owned[i] = {0, 0, 0};
    --m_count;
    std::size_t j = i;
    for (;;) {
        j = (j + 1) & m_mask;
        if (m_owned[j].key == 0)
            return;
        const std::size_t home = m_owned[j].key & m_mask;
        // Move j back to i when its home is not in the cyclic range (i, j].
        const bool between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (!between) {
            m_owned[i] = m_owned[j];
            m_owned[j] = {0, 0, 0};
            i = j;
        }
    }
}

void Model::apply(const TokenSet &tokens, Label label, int direction)
{
    if (direction > 0)
        reserve(m_count + tokens.size());
    for (const auto *list : {&tokens.ids, &tokens.pairs}) {
        for (TokenId id : *list) {
            Slot *s = mutableSlot(keyOf(id), direction > 0);
            if (!s)
                continue;
            std::uint32_t &v = label == Label::Spam ? s->spam : s->ham;
            if (direction > 0)
                ++v;
            else if (v > 0)
                --v;
            if (s->spam == 0 && s->ham == 0)
                eraseAt(std::size_t(s - m_owned.data()));
        }
    }
    std::uint32_t &n = label == Label::Spam ? m_nSpam : m_nHam;
    if (direction > 0)
        ++n;
    else if (n > 0)
        --n;
}

void Model::set(TokenId id, TokenCounts c)
{
    const bool remove = c.spam == 0 && c.ham == 0;
    Slot *s = mutableSlot(keyOf(id), !remove);
    if (!s)
        return;
    s->spam = c.spam;
    s->ham = c.ham;
    if (remove)
        eraseAt(std::size_t(s - m_owned.data()));
}

void Model::reserve(std::size_t n)
{
    if (!m_slots || m_mapped || capacityFor(n) > m_mask + 1)
        makeOwned(capacityFor(n));
}

void Model::clear()
{
    m_owned.clear();
    m_slots = nullptr;
    m_mask = 0;
    m_count = 0;
    m_nSpam = m_nHam = 0;
    m_mapped.reset();
    m_linear.clear();
}

void Model::forEach(const std::function<void(TokenId, TokenCounts)> &fn) const
{
    if (!m_slots)
        return;
    for (std::size_t i = 0; i <= m_mask; ++i)
        if (m_slots[i].key)
            fn(m_slots[i].key, {m_slots[i].spam, m_slots[i].ham});
}

bool Model::saveSnapshot(const QString &path, std::uint64_t generation) const
{
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.generation = generation;
    h.capacity = m_slots ? m_mask + 1 : 0;
    h.count = m_count;
    h.nSpam = m_nSpam;
    h.nHam = m_nHam;
    return snapshot::write(path, h, m_slots, m_slots ? qint64((m_mask + 1) * sizeof(Slot)) : 0);
}

bool Model::mapSnapshot(const QString &path, std::uint64_t generation)
{
    Header h{};
    auto file = snapshot::open(path, kMagic, generation, &h);
    if (!file)
        return false;
    const bool pow2 = h.capacity && (h.capacity & (h.capacity - 1)) == 0;
    if ((h.capacity && !pow2) || file->size() != qint64(sizeof h + h.capacity * sizeof(Slot)) ||
        h.count > h.capacity / 2 + 1)
        return false;
    clear();
    m_nSpam = h.nSpam;
    m_nHam = h.nHam;
    if (h.capacity == 0)
        return true;
    uchar *p = file->map(sizeof h, qint64(h.capacity * sizeof(Slot)));
    if (!p)
        return false;
    m_mapped = std::move(file);
    m_slots = reinterpret_cast<const Slot *>(p);
    m_mask = std::size_t(h.capacity - 1);
    m_count = std::size_t(h.count);
    return true;
}

} // namespace mailtide::classify
