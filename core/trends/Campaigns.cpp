#include "trends/Campaigns.h"

#include "store/TrendReader.h"
#include "trends/LocalClock.h"
#include "trends/SubjectTokens.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace mailtide::trends {

namespace {

/** Runs the filter's selection with subjects (UTF-8, valid during the call), local times, and
 *  the cancel flag; rows come in any order (a table scan: walking the time index costs a table
 *  look-up per row). */
template<typename OnRow>
Status streamSubjects(store::Database &db, const Filter &f, const std::atomic_bool *cancel, OnRow &&onRow)
{
    if (Status s = validate(f); !s)
        return s;
    store::TrendReader reader(db);
    const store::TrendSelection sel = f.selection();
    if (Status s = reader.check(sel); !s)
        return s;
    LocalClock clock(f.zone);
    bool cancelled = false;
    Status s = reader.forEachSubject(sel, [&](qint64 utc, int verdict, qint64 id, QByteArrayView subject) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        onRow(clock.at(utc), utc, verdict, id, subject);
        return true;
    });
    if (!s)
        return s;
    if (cancelled)
        return Error{cancelledMessage(), QString()};
    return Status::success();
}

/** Up to this many distinct subjects keep their terms; then the cache starts again. */
constexpr qsizetype kCachedSubjects = 200000;

/** Each distinct subject's distinct terms as small integers (term ids), so per-row work is
 *  vector indexing rather than string hashing. names()[id] is the term. */
class TermIds
{
public:
    const QVector<int> &of(QByteArrayView utf8)
    {
        const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
        auto it = m_ids.constFind(key);
        if (it != m_ids.cend())
            return *it;
        if (m_ids.size() >= kCachedSubjects)
            m_ids.clear();
        QVector<int> ids;
        for (const QString &t : subjectTerms(QString::fromUtf8(utf8))) {
            auto known = m_index.constFind(t);
            const int id = known != m_index.cend() ? *known : int(m_names.size());
            if (known == m_index.cend()) {
                m_index.insert(t, id);
                m_names << t;
            }
            if (!ids.contains(id))
                ids << id;
        }
        return *m_ids.insert(QByteArray(utf8.data(), utf8.size()), ids);
    }
    const QStringList &names() const { return m_names; }
    /** The id of a term already met, else -1. */
    int idOf(const QString &term) const { return m_index.value(term, -1); }

private:
    QHash<QByteArray, QVector<int>> m_ids;
    QHash<QString, int> m_index;
    QStringList m_names;
};

void addExample(QStringList &examples, const QString &subject)
{
    const QString s = subject.simplified();
    if (examples.size() < 3 && !s.isEmpty() && !examples.contains(s))
        examples << s;
}

/** The three distinct subjects seen first (by received time, then id), whatever order rows
 *  arrive in. */
class Examples
{
public:
    void add(qint64 utc, qint64 id, const QString &subject)
    {
        const Key key{utc, id};
        for (Entry &e : m_entries)
            if (e.subject == subject) {
                e.key = std::min(e.key, key);
                return;
            }
        if (m_entries.size() < 3) {
            m_entries.push_back({key, subject.simplified()});
            if (m_entries.back().subject.isEmpty())
                m_entries.pop_back();
            return;
        }
        auto latest = std::max_element(m_entries.begin(), m_entries.end(),
                                       [](const Entry &a, const Entry &b) { return a.key < b.key; });
        if (key < latest->key && !subject.simplified().isEmpty())
            *latest = {key, subject.simplified()};
    }
    QStringList list() const
    {
        auto sorted = m_entries;
        std::sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; });
        QStringList out;
        for (const Entry &e : sorted)
            out << e.subject;
        return out;
    }

private:
    using Key = std::pair<qint64, qint64>;
    struct Entry
    {
        Key key;
        QString subject;
    };
    QVector<Entry> m_entries;
};

double median(QVector<int> v)
{
    if (v.isEmpty())
        return 0;
    const qsizetype mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + mid, v.end());
    const double hi = v[mid];
    if (v.size() % 2 == 1)
        return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + mid);
    return (lo + hi) / 2;
}

struct KeywordPhrase
{
    QString language;
    QStringList terms;
};

} // namespace

Result<QVector<SeasonCampaign>> seasonCampaigns(store::Database &db, const Filter &f, const Calendar &calendar,
                                                const std::atomic_bool *cancel)
{
    // Each event's phrases, tokenised the way subjects are; events and languages as small
    // integers (an event's index, a language's index) for the per-subject cache below.
    QHash<QString, int> eventIndex;
    QVector<QVector<std::pair<int, QStringList>>> phrases; // [event] -> (language, terms)
    QStringList languages;                                 // [language] -> "en", "fr", "de"...
    for (const Event &e : calendar.events())
        for (auto it = e.keywords.begin(); it != e.keywords.end(); ++it)
            for (const QString &p : it.value())
                if (const QStringList t = subjectTerms(p); !t.isEmpty()) {
                    int lang = int(languages.indexOf(it.key()));
                    if (lang < 0)
                        lang = int(languages.size()), languages << it.key();
                    auto ev = eventIndex.constFind(e.id);
                    if (ev == eventIndex.cend()) {
                        ev = eventIndex.insert(e.id, int(phrases.size()));
                        phrases.push_back({});
                    }
                    phrases[*ev].push_back({lang, t});
                }
    // The sets of languages a subject can match, interned: [0] is the empty set.
    QVector<QVector<int>> languageSets{{}};
    QHash<QVector<int>, int> languageSetIndex{{QVector<int>{}, 0}};

    std::map<std::pair<QDate, QString>, SeasonCampaign> found; // (event date, id): by date
    std::map<std::pair<QDate, QString>, Examples> examples;
    // Rows come in any order (a table scan): the occurrences near each year and the windows
    // holding each day are cached.
    QHash<int, QVector<Occurrence>> nearYear; // year -> occurrences of year-1..year+1 (windows cross New Year)
    QHash<qint64, QVector<std::pair<Occurrence, int>>> activeOn; // local day -> (occurrence, event index) whose window holds it
    qint64 lastDay = std::numeric_limits<qint64>::min();
    const QVector<std::pair<Occurrence, int>> *active = nullptr;
    // Per distinct subject: its terms, and per event the set of languages whose phrases it
    // carries (an index in languageSets; -1: not worked out yet). A subject repeated a thousand
    // times is matched once.
    struct Matches
    {
        QStringList terms;
        QVector<int> languages;
    };
    QHash<QByteArray, Matches> cache;
    Status s = streamSubjects(db, f, cancel, [&](const LocalTime &t, qint64 utc, int verdict, qint64 id,
                                                 QByteArrayView utf8) {
        if (t.day != lastDay || !active) {
            lastDay = t.day;
            auto it = activeOn.find(t.day);
            if (it == activeOn.end()) {
                const QDate d = t.date();
                auto y = nearYear.find(d.year());
                if (y == nearYear.end())
                    y = nearYear.insert(d.year(), calendar.occurrences(d.year() - 1, d.year() + 1));
                QVector<std::pair<Occurrence, int>> holding;
                for (const Occurrence &o : *y)
                    if (o.windowStart <= d && d <= o.windowEnd && eventIndex.contains(o.eventId))
                        holding.push_back({o, eventIndex.value(o.eventId)});
                it = activeOn.insert(t.day, holding);
            }
            active = &*it;
        }
        if (active->isEmpty())
            return;
        const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
        auto m = cache.find(key);
        if (m == cache.end()) {
            if (cache.size() >= kCachedSubjects)
                cache.clear();
            m = cache.insert(QByteArray(utf8.data(), utf8.size()),
                             Matches{subjectTerms(QString::fromUtf8(utf8)), QVector<int>(phrases.size(), -1)});
        }
        QString subject; // decoded for the messages that match only
        for (const auto &[o, event] : *active) {
            int &set = m->languages[event];
            if (set < 0) {
                QVector<int> matched;
                for (const auto &[lang, terms] : phrases[event])
                    if (!matched.contains(lang) && containsPhrase(m->terms, terms))
                        matched << lang;
                std::sort(matched.begin(), matched.end());
                auto known = languageSetIndex.constFind(matched);
                if (known == languageSetIndex.cend()) {
                    known = languageSetIndex.insert(matched, int(languageSets.size()));
                    languageSets << matched;
                }
                set = *known;
            }
            if (set == 0)
                continue;
            SeasonCampaign &c = found[{o.date, o.eventId}];
            if (c.eventId.isEmpty()) {
                c.eventId = o.eventId;
                c.name = o.name;
                c.year = o.date.year();
                c.date = o.date;
                c.windowStart = o.windowStart;
                c.windowEnd = o.windowEnd;
            }
            c.counts.add(verdict);
            for (int lang : languageSets[set])
                ++c.byLanguage[languages[lang]];
            if (subject.isNull())
                subject = QString::fromUtf8(utf8);
            examples[{o.date, o.eventId}].add(utc, id, subject);
        }
    });
    if (!s)
        return s.error();
    QVector<SeasonCampaign> out;
    for (auto &[key, c] : found) {
        c.examples = examples[key].list();
        out.push_back(std::move(c));
    }
    return out;
}

QVector<BurstSpan> detectBursts(const QVector<int> &daily, const BurstParams &p)
{
    QVector<BurstSpan> out;
    const int n = int(daily.size());
    QVector<int> window;
    for (int d = std::max(p.minHistoryDays, 1); d < n; ++d) {
        if (daily[d] < p.minCount)
            continue; // no burst starts below the minimum volume
        const int from = std::max(0, d - p.baselineDays);
        window = daily.mid(from, d - from);
        const double med = median(window);
        QVector<int> dev; // |x - median|, doubled to stay integral
        dev.reserve(window.size());
        for (int x : window)
            dev.push_back(int(std::lround(2 * std::abs(x - med))));
        const double mad = median(dev) / 2;
        const double sigma = std::max({1.4826 * mad, std::sqrt(med), 1.0});
        const double z = (daily[d] - med) / sigma;
        if (z < p.zStart)
            continue;
        BurstSpan b{d, d, d, z, med};
        while (b.end + 1 < n && (daily[b.end + 1] - med) / sigma >= p.zContinue) {
            ++b.end;
            const double ze = (daily[b.end] - med) / sigma;
            if (ze > b.peakZ)
                b.peakZ = ze, b.peak = b.end;
        }
        out.push_back(b);
        d = b.end; // the next burst starts after this one ends
    }
    return out;
}

Result<QVector<Burst>> bursts(store::Database &db, const Filter &f, const BurstParams &p, const std::atomic_bool *cancel)
{
    // Pass 1: per term, the local day of every message carrying it (rows come in any order;
    // sorted and counted per day below).
    TermIds termIds;
    std::vector<std::vector<qint32>> daysOf; // [term id]
    qint64 firstDay = 0, lastDay = 0;
    bool any = false;
    Status s = streamSubjects(db, f, cancel, [&](const LocalTime &t, qint64, int, qint64, QByteArrayView utf8) {
        if (!any)
            firstDay = lastDay = t.day, any = true;
        firstDay = std::min(firstDay, t.day);
        lastDay = std::max(lastDay, t.day);
        const QVector<int> &ids = termIds.of(utf8);
        if (daysOf.size() < size_t(termIds.names().size()))
            daysOf.resize(size_t(termIds.names().size()));
        for (int term : ids)
            daysOf[size_t(term)].push_back(qint32(t.day));
    });
    if (!s)
        return s.error();
    if (!any)
        return QVector<Burst>{};
    const int days = int(lastDay - firstDay + 1);
    QHash<QString, QVector<std::pair<int, int>>> perTerm; // term -> (day index, messages), by day
    for (size_t term = 0; term < daysOf.size(); ++term) {
        auto &v = daysOf[term];
        if (qsizetype(v.size()) < p.minCount)
            continue;
        std::sort(v.begin(), v.end());
        QVector<std::pair<int, int>> counts;
        for (qint32 d : v) {
            const int day = int(d - firstDay);
            if (counts.isEmpty() || counts.back().first != day)
                counts.push_back({day, 0});
            ++counts.back().second;
        }
        perTerm.insert(termIds.names()[qsizetype(term)], std::move(counts));
    }
    daysOf.clear();

    struct TermBurst
    {
        QString term;
        BurstSpan span;
        QSet<qint64> ids;
        QHash<qint64, QString> subjects;
    };
    QVector<TermBurst> found;
    QVector<int> daily(days);
    for (auto it = perTerm.cbegin(); it != perTerm.cend(); ++it) {
        const auto &v = it.value();
        if (std::none_of(v.begin(), v.end(), [&](const auto &dc) { return dc.second >= p.minCount; }))
            continue;
        daily.fill(0);
        for (const auto &[day, count] : v)
            daily[day] = count;
        for (const BurstSpan &b : detectBursts(daily, p))
            found.push_back({it.key(), b, {}, {}});
    }
    if (found.isEmpty())
        return QVector<Burst>{};

    // Pass 2: the messages of each term burst, to merge terms of one campaign and show examples.
    QHash<int, QVector<int>> byTerm; // term id -> its bursts in found
    QVector<bool> inBurst(days, false); // only those days' subjects are looked at again
    for (int i = 0; i < found.size(); ++i) {
        byTerm[termIds.idOf(found[i].term)].push_back(i);
        for (int d = found[i].span.start; d <= found[i].span.end; ++d)
            inBurst[d] = true;
    }
    s = streamSubjects(db, f, cancel, [&](const LocalTime &t, qint64, int, qint64 id, QByteArrayView utf8) {
        const int day = int(t.day - firstDay);
        if (day < 0 || day >= days || !inBurst[day])
            return;
        QString subject; // decoded for the messages kept only
        for (int term : termIds.of(utf8)) {
            const auto it = byTerm.constFind(term);
            if (it == byTerm.cend())
                continue;
            for (int i : *it) {
                TermBurst &tb = found[i];
                if (day >= tb.span.start && day <= tb.span.end) {
                    if (subject.isNull())
                        subject = QString::fromUtf8(utf8);
                    tb.ids.insert(id);
                    tb.subjects.insert(id, subject);
                }
            }
        }
    });
    if (!s)
        return s.error();

    std::sort(found.begin(), found.end(), [](const TermBurst &a, const TermBurst &b) {
        return a.span.peakZ != b.span.peakZ ? a.span.peakZ > b.span.peakZ : a.term < b.term;
    });
    struct Group
    {
        Burst burst;
        QSet<qint64> ids;
        QHash<qint64, QString> subjects;
        int start, end;
    };
    QVector<Group> groups;
    for (TermBurst &tb : found) {
        Group *into = nullptr;
        for (Group &g : groups) {
            if (tb.span.end < g.start || tb.span.start > g.end)
                continue;
            qint64 common = 0;
            for (qint64 id : std::as_const(tb.ids))
                common += g.ids.contains(id);
            const qint64 smaller = std::min(tb.ids.size(), g.ids.size());
            if (smaller > 0 && double(common) >= p.overlap * double(smaller)) {
                into = &g;
                break;
            }
        }
        if (!into) {
            Group g;
            g.start = tb.span.start;
            g.end = tb.span.end;
            g.burst.peakDay = QDate::fromJulianDay(firstDay + tb.span.peak + LocalTime::kJulianEpoch);
            g.burst.peakZ = tb.span.peakZ;
            g.burst.baseline = tb.span.baseline;
            const auto &v = perTerm.value(tb.term);
            for (const auto &[day, count] : v)
                if (day == tb.span.peak)
                    g.burst.peakCount = count;
            groups.push_back(std::move(g));
            into = &groups.back();
        }
        into->burst.terms << tb.term;
        into->start = std::min(into->start, tb.span.start);
        into->end = std::max(into->end, tb.span.end);
        into->ids.unite(tb.ids);
        into->subjects.insert(tb.subjects);
    }
    QVector<Burst> out;
    for (Group &g : groups) {
        g.burst.start = QDate::fromJulianDay(firstDay + g.start + LocalTime::kJulianEpoch);
        g.burst.end = QDate::fromJulianDay(firstDay + g.end + LocalTime::kJulianEpoch);
        g.burst.volume = g.ids.size();
        QList<qint64> ids = g.ids.values();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids)
            addExample(g.burst.examples, g.subjects.value(id));
        out.push_back(std::move(g.burst));
    }
    std::stable_sort(out.begin(), out.end(), [](const Burst &a, const Burst &b) { return a.volume > b.volume; });
    if (out.size() > p.maxCampaigns)
        out.resize(p.maxCampaigns);
    return out;
}

} // namespace mailtide::trends
