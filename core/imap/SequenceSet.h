#pragma once
/** @short A set of UIDs or message sequence numbers as sorted, disjoint ranges
 *  (sequence-set, RFC 3501 section 9; RFC 9051 section 9).
 *
 * Never expanded on parse: "1:4294967295" is one range. Text in ("1:3,5,7:*") and out ("1:3,5")
 * and membership are linear in the number of ranges, not of members. A plain value, thread-agnostic.
 *
 * "*" is the largest number in use in the mailbox. parse() substitutes it when the caller knows it
 * (then "7:*" with * = 5 is "5:7", as RFC 3501 says); otherwise it is kept as an open end, kOpen,
 * and the range "7:*" means "7 and above" (which is what a server does unless the mailbox is below 7). */
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

#include <iterator>
#include <limits>
#include <optional>

namespace mailtide::imap {

class SequenceSet
{
public:
    /** Inclusive range; last == kOpen for an open "n:*". */
    struct Range
    {
        quint64 first;
        quint64 last;
        bool operator==(const Range &) const = default;
    };
    static constexpr quint64 kOpen = std::numeric_limits<quint64>::max();
    /** nz-number = 1..4294967295 (RFC 3501 section 9; UIDs and sequence numbers are 32-bit). */
    static constexpr quint64 kMaxNumber = 4294967295ULL;
    /** toVector() refuses to expand more members than this by default. */
    static constexpr quint64 kDefaultMaxExpand = 10'000'000;

    SequenceSet() = default;

    /** Parses "1:3,5,7:*" (ranges in either order, overlapping, any order of elements). Errors name
     *  the offending text: empty, 0, a number above kMaxNumber, stray separators, other bytes. */
    static Result<SequenceSet> parse(QByteArrayView text, std::optional<quint64> star = std::nullopt);
    /** The set of these numbers (any order, duplicates allowed; 0 is ignored). */
    static SequenceSet fromList(QVector<quint64> numbers);

    void add(quint64 n) { addRange(n, n); }
    /** Adds first..last (swapped if reversed; last may be kOpen); 0 is clamped to 1. */
    void addRange(quint64 first, quint64 last);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool contains(quint64 n) const;
    /** Number of members; an open range counts up to kMaxNumber. */
    quint64 size() const;
    bool hasOpenEnd() const { return !m_ranges.isEmpty() && m_ranges.last().last == kOpen; }
    const QVector<Range> &ranges() const { return m_ranges; }
    /** Smallest and largest member (kOpen for an open end); 0 when empty. */
    quint64 min() const { return m_ranges.isEmpty() ? 0 : m_ranges.first().first; }
    quint64 max() const { return m_ranges.isEmpty() ? 0 : m_ranges.last().last; }

    /** All members in order; an error when there are more than maxCount or the end is open. */
    Result<QVector<quint64>> toVector(quint64 maxCount = kDefaultMaxExpand) const;
    /** "1:3,5,7:*"; empty for the empty set (which is not valid in a command). */
    QByteArray toString() const;

    bool operator==(const SequenceSet &) const = default;

    /** Forward iteration over members, range by range (an open end stops at kMaxNumber). */
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = quint64;
        using difference_type = std::ptrdiff_t;
        using pointer = const quint64 *;
        using reference = quint64;
        const_iterator() = default;
        quint64 operator*() const { return m_value; }
        const_iterator &operator++();
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++*this;
            return old;
        }
        bool operator==(const const_iterator &o) const { return m_range == o.m_range && m_value == o.m_value; }

    private:
        friend class SequenceSet;
        const_iterator(const QVector<Range> *ranges, qsizetype range);
        const QVector<Range> *m_ranges = nullptr;
        qsizetype m_range = 0;
        quint64 m_value = 0;
    };
    const_iterator begin() const { return const_iterator(&m_ranges, 0); }
    const_iterator end() const { return const_iterator(&m_ranges, m_ranges.size()); }

private:
    QVector<Range> m_ranges; ///< sorted, disjoint, not adjacent
};

/** The name callers think in: a set of UIDs. */
using UidSet = SequenceSet;

} // namespace mailtide::imap
