#include "imap/SequenceSet.h"

#include <algorithm>

namespace mailtide::imap {

namespace {

Error parseError(const QString &what, QByteArrayView text)
{
    return Error{what, QString::fromLatin1(text.first(std::min<qsizetype>(text.size(), 80)))};
}

} // namespace

Result<SequenceSet> SequenceSet::parse(QByteArrayView text, std::optional<quint64> star)
{
    if (text.isEmpty()) return Error{QStringLiteral("Empty sequence set"), {}};
    // An empty mailbox (or a value out of range) keeps "*" open. A plain value, not the optional,
    // goes into the lambda: GCC 12 -O2 warns (falsely) that the optional may be uninitialised.
    const quint64 starValue = (star && *star != 0 && *star <= kMaxNumber) ? *star : kOpen;
    SequenceSet set;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto number = [&](quint64 *out) -> bool {
        if (i < n && text[i] == '*') {
            ++i;
            *out = starValue;
            return true;
        }
        const qsizetype from = i;
        quint64 v = 0;
        while (i < n && text[i] >= '0' && text[i] <= '9') {
            v = v * 10 + quint64(text[i] - '0');
            if (v > kMaxNumber) return false;
            ++i;
        }
        if (i == from || v == 0) return false;
        *out = v;
        return true;
    };
    for (;;) {
        quint64 a = 0;
        if (!number(&a)) return parseError(QStringLiteral("Invalid sequence set (numbers are 1 to 4294967295 or *)"), text);
        quint64 b = a;
        if (i < n && text[i] == ':') {
            ++i;
            if (!number(&b)) return parseError(QStringLiteral("Invalid range in sequence set"), text);
        }
        set.addRange(a, b);
        if (i == n) break;
        if (text[i] != ',' || i + 1 == n) return parseError(QStringLiteral("Invalid separator in sequence set"), text);
        ++i;
    }
    return set;
}

SequenceSet SequenceSet::fromList(QVector<quint64> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    SequenceSet set;
    for (quint64 v : numbers) {
        if (v == 0) continue;
        if (!set.m_ranges.isEmpty() && set.m_ranges.last().last != kOpen && v <= set.m_ranges.last().last + 1) {
            set.m_ranges.last().last = std::max(set.m_ranges.last().last, v);
        } else {
            set.m_ranges.append({v, v});
        }
    }
    return set;
}

void SequenceSet::addRange(quint64 first, quint64 last)
{
    if (first > last) std::swap(first, last);
    first = std::max<quint64>(first, 1);
    last = std::max<quint64>(last, 1);
    // Find the first range that ends at or after first - 1 (could merge), then absorb all that
    // start at or before last + 1.
    auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), first,
                               [](const Range &r, quint64 v) { return r.last != kOpen && r.last + 1 < v; });
    auto stop = it;
    while (stop != m_ranges.end() && (last == kOpen || stop->first <= last + 1)) {
        first = std::min(first, stop->first);
        last = std::max(last, stop->last);
        ++stop;
    }
    const qsizetype at = it - m_ranges.begin();
    m_ranges.erase(it, stop);
    m_ranges.insert(at, Range{first, last});
}

bool SequenceSet::contains(quint64 n) const
{
    auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), n,
                               [](const Range &r, quint64 v) { return r.last < v; });
    return it != m_ranges.end() && it->first <= n;
}

quint64 SequenceSet::size() const
{
    quint64 total = 0;
    for (const Range &r : m_ranges) {
        const quint64 last = r.last == kOpen ? std::max(kMaxNumber, r.first) : r.last;
        total += last - r.first + 1;
    }
    return total;
}

Result<QVector<quint64>> SequenceSet::toVector(quint64 maxCount) const
{
    if (hasOpenEnd()) return Error{QStringLiteral("Cannot list a sequence set with an open end (*)"), QString::fromLatin1(toString())};
    const quint64 count = size();
    if (count > maxCount)
        return Error{QStringLiteral("Sequence set of %1 members exceeds the limit of %2").arg(count).arg(maxCount),
                     QString::fromLatin1(toString().left(80))};
    QVector<quint64> out;
    out.reserve(qsizetype(count));
    for (const Range &r : m_ranges)
        for (quint64 v = r.first;; ++v) {
            out.append(v);
            if (v == r.last) break;
        }
    return out;
}

QByteArray SequenceSet::toString() const
{
    QByteArray out;
    for (const Range &r : m_ranges) {
        if (!out.isEmpty()) out += ',';
        if (r.first == kOpen) { // "*" alone, the largest number unknown
            out += '*';
            continue;
        }
        out += QByteArray::number(r.first);
        if (r.last == kOpen)
            out += ":*";
        else if (r.last != r.first) {
            out += ':';
            out += QByteArray::number(r.last);
        }
    }
    return out;
}

SequenceSet::const_iterator::const_iterator(const QVector<Range> *ranges, qsizetype range)
    : m_ranges(ranges), m_range(range), m_value(range < ranges->size() ? (*ranges)[range].first : 0)
{
}

SequenceSet::const_iterator &SequenceSet::const_iterator::operator++()
{
    const Range &r = (*m_ranges)[m_range];
    const quint64 last = r.last == kOpen ? std::max(kMaxNumber, r.first) : r.last;
    if (m_value < last) {
        ++m_value;
    } else {
        ++m_range;
        m_value = m_range < m_ranges->size() ? (*m_ranges)[m_range].first : 0;
    }
    return *this;
}

} // namespace mailtide::imap
