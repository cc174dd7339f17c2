// bench_trends [ROWS] [DB]: times each trend aggregation on a generated profile of ROWS messages
// (default 1,000,000) spread over three years, two accounts with two folders each, in
// Europe/Paris: the read through the covering time indexes (schema 5, the default) against the
// read used before (TrendPlan::TableScan: its SQL and a call per row, on a copy of the profile
// with the version 4 indexes), in the same run, median of 3, for each filter, wall and CPU time;
// then "messages in this bar", campaigns and bursts; the time-zone conversion alone (LocalClock
// against QTimeZone::offsetFromUtc per row); and what the wider indexes cost an import (100,000
// inserts into a copy of the profile with the version 4 indexes and one with the version 5
// ones), and the migration to version 5 itself. Not a test: prints figures.
#include "store/Store.h"
#include "trends/Aggregate.h"
#include "trends/Bucket.h"
#include "trends/Calendar.h"
#include "trends/Campaigns.h"
#include "trends/LocalClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace mailtide;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** This thread's CPU time in ms: on a shared machine the wall time also counts the time other
 *  processes held the cores; the CPU time is what the work itself costs. */
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template<typename Fn>
void timeIt(const char *what, Fn &&fn)
{
    QElapsedTimer t;
    t.start();
    const double c0 = cpuMs();
    const bool ok = fn();
    const double cpu = cpuMs() - c0;
    std::printf("%-40s %8.1f ms wall %8.1f ms CPU%s\n", what, ms(t), cpu, ok ? "" : "  (FAILED)");
}

void digest(QByteArray &d, const trends::Counts &c)
{
    d += QByteArray::number(c.total) + ',' + QByteArray::number(c.spam) + ',' + QByteArray::number(c.ham) + ','
        + QByteArray::number(c.unsure) + ';';
}
void digest(QByteArray &d, const trends::DayRange &r)
{
    d += r.first.toString(Qt::ISODate).toLatin1() + r.last.toString(Qt::ISODate).toLatin1() + '|';
}

/** One aggregation, run on a filter; returns a digest of its result ("" on error). */
using Aggregation = std::function<QByteArray(store::Database &, const trends::Filter &)>;

QByteArray weekday(store::Database &db, const trends::Filter &f)
{
    auto r = trends::byWeekday(db, f);
    QByteArray d;
    if (r) {
        for (const auto &c : r->days)
            digest(d, c);
        digest(d, r->range);
    }
    return d;
}
QByteArray hour(store::Database &db, const trends::Filter &f)
{
    auto r = trends::byHour(db, f);
    QByteArray d;
    if (r) {
        for (const auto &c : r->hours)
            digest(d, c);
        digest(d, r->range);
    }
    return d;
}
QByteArray weekdayHour(store::Database &db, const trends::Filter &f)
{
    auto r = trends::byWeekdayHour(db, f);
    QByteArray d;
    if (r) {
        for (const auto &row : r->cells)
            for (const auto &c : row)
                digest(d, c);
        digest(d, r->range);
    }
    return d;
}
Aggregation timeline(trends::Granularity g)
{
    return [g](store::Database &db, const trends::Filter &f) {
        auto r = trends::timeline(db, f, g);
        QByteArray d;
        if (r) {
            for (const auto &p : r->points)
                d += p.label.toLatin1(), digest(d, p.counts), d += QByteArray::number(p.rollingTotal);
            digest(d, r->range);
        }
        return d;
    };
}
Aggregation season(trends::SeasonKind k)
{
    return [k](store::Database &db, const trends::Filter &f) {
        auto r = trends::bySeason(db, f, k);
        QByteArray d;
        if (r) {
            for (const auto &y : r->years) {
                d += QByteArray::number(y.year) + ':';
                for (const auto &c : y.slots)
                    digest(d, c);
            }
            digest(d, r->range);
        }
        return d;
    };
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

/** Medians of 3 runs (wall and CPU separately), in ms; the digest of the last. */
Timing median3(const Aggregation &a, store::Database &db, const trends::Filter &f, QByteArray &out)
{
    double wall[3], cpu[3];
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double c0 = cpuMs();
        out = a(db, f);
        cpu[i] = cpuMs() - c0;
        wall[i] = ms(timer);
    }
    std::sort(std::begin(wall), std::end(wall));
    std::sort(std::begin(cpu), std::end(cpu));
    return {wall[1], cpu[1]};
}

bool fill(store::Store &s, qint64 from, qint64 to, quint32 seed, const char *keyPrefix)
{
    const qint64 a1 = s.ensureLocalAccount(QStringLiteral("bench"), QStringLiteral("/bench")).value();
    const qint64 a2 = s.ensureLocalAccount(QStringLiteral("other"), QStringLiteral("/other")).value();
    const qint64 folders[4] = {s.ensureFolder(a1, QStringLiteral("INBOX")).value(),
                               s.ensureFolder(a1, QStringLiteral("Junk")).value(),
                               s.ensureFolder(a2, QStringLiteral("INBOX")).value(),
                               s.ensureFolder(a2, QStringLiteral("Junk")).value()};
    QRandomGenerator rng(seed);
    static const char *const words[] = {"cheap", "meds", "replica", "watches", "invoice", "payment", "account",
                                        "verify", "winner", "prize", "loan", "offer", "christmas", "black",
                                        "friday", "diet", "tax", "refund", "delivery", "parcel"};
    store::Transaction tx(s.db());
    auto ins = s.inserter();
    if (!tx.begun() || !ins)
        return false;
    const qint64 start = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (qint64 i = from; i < to; ++i) {
        store::NewMessage m;
        const int where = int(rng.bounded(4));
        m.accountId = where < 2 ? a1 : a2;
        m.folderId = folders[where];
        m.localKey = QStringLiteral("%1%2").arg(QLatin1String(keyPrefix)).arg(i);
        m.receivedUtc = start + qint64(rng.bounded(3 * 365 * 86400));
        m.receivedSource = store::ReceivedSource::Received;
        m.subject = QStringLiteral("%1 %2 %3").arg(QLatin1String(words[rng.bounded(20)]),
                                                   QLatin1String(words[rng.bounded(20)]),
                                                   QLatin1String(words[rng.bounded(20)]));
        m.size = 1000;
        m.verdict = int(rng.bounded(3));
        if (!ins->insert(m))
            return false;
    }
    return bool(tx.commit());
}

/** Wall and CPU ms to insert n new messages into the profile at path (one transaction, as an
 *  import), commit included. */
Timing insertCost(const QString &path, int n, quint32 seed)
{
    auto st = store::Store::open(path);
    if (!st)
        return {-1, -1};
    QElapsedTimer t;
    t.start();
    const double c0 = cpuMs();
    if (!fill(*st.value(), 0, n, seed, "ins"))
        return {-1, -1};
    return {ms(t), cpuMs() - c0};
}

// The version 4 shape of the two time indexes (store/Schema.cpp), to measure what version 5
// changed. Bench-only SQL: the product never goes back.
constexpr const char *kV4Indexes = "DROP INDEX messages_time; CREATE INDEX messages_time ON messages (received_utc);"
                                   "DROP INDEX messages_folder_time;"
                                   "CREATE INDEX messages_folder_time ON messages (folder_id, received_utc);";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("mailtide.*.debug=false"));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    {
        auto st = store::Store::open(path);
        if (!st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
            return 1;
        }
        auto &s = *st.value();
        auto have = s.messageCount();
        if (have && have.value() < rows) {
            QElapsedTimer t;
            t.start();
            if (!fill(s, have.value(), rows, 5, "k"))
                return 1;
            std::printf("generated %d rows in %.1f s\n", rows, double(t.elapsed()) / 1000);
        }
    }
    // The old read runs on a copy of the profile with the version 4 indexes (what it ran on),
    // the new one on the profile itself.
    const QString oldPath = dir.filePath(QStringLiteral("old.db"));
    if (!QFile::copy(path, oldPath))
        return 1;
    {
        auto o = store::Store::open(oldPath);
        if (!o || !o.value()->db().exec(kV4Indexes))
            return 1;
    }
    auto st = store::Store::open(path);
    auto oldSt = store::Store::open(oldPath);
    if (!st || !oldSt)
        return 1;
    auto &s = *st.value();
    auto &db = s.db();
    auto &oldDb = oldSt.value()->db();

    trends::Filter base;
    base.zone = QTimeZone("Europe/Paris");
    std::printf("%d messages (2 accounts x INBOX/Junk, 2022-2024), zone %s, median of 3 runs\n\n", rows,
                base.zone.id().constData());
    struct Named
    {
        const char *name;
        trends::Filter f;
    };
    QVector<Named> filters;
    filters.push_back({"no filter", base});
    trends::Filter f = base;
    f.account = QStringLiteral("bench");
    filters.push_back({"account", f});
    f = base;
    f.folder = QStringLiteral("Junk");
    filters.push_back({"folder (both accounts)", f});
    f = base;
    f.from = QDate(2023, 1, 1);
    f.to = QDate(2023, 12, 31);
    filters.push_back({"date range (2023)", f});
    f = base;
    f.verdict = trends::VerdictFilter::Spam;
    filters.push_back({"verdict spam", f});
    f = base;
    f.account = QStringLiteral("bench");
    f.folder = QStringLiteral("Junk");
    f.from = QDate(2023, 1, 1);
    f.to = QDate(2023, 12, 31);
    f.verdict = trends::VerdictFilter::Spam;
    filters.push_back({"all four", f});

    const QVector<std::pair<const char *, Aggregation>> aggregations = {
        {"weekday", weekday},
        {"hour", hour},
        {"weekday-hour", weekdayHour},
        {"timeline day", timeline(trends::Granularity::Day)},
        {"timeline week", timeline(trends::Granularity::Week)},
        {"timeline month", timeline(trends::Granularity::Month)},
        {"season month of year", season(trends::SeasonKind::MonthOfYear)},
        {"season ISO week of year", season(trends::SeasonKind::IsoWeekOfYear)},
    };
    // Warm the OS cache for both reads before timing either.
    {
        QByteArray ignored;
        trends::Filter scan = base;
        scan.plan = store::TrendPlan::TableScan;
        ignored = weekday(oldDb, scan);
        ignored = weekday(db, base);
    }
    std::printf("%-24s %-24s %9s %9s %7s %9s %9s %7s %s\n", "filter", "aggregation", "old wall", "new wall",
                "ratio", "old CPU", "new CPU", "ratio", "same");
    Timing worstNew;
    for (const Named &n : filters) {
        for (const auto &[name, agg] : aggregations) {
            trends::Filter old = n.f;
            old.plan = store::TrendPlan::TableScan;
            QByteArray dOld, dNew;
            const Timing tOld = median3(agg, oldDb, old, dOld);
            const Timing tNew = median3(agg, db, n.f, dNew);
            worstNew.wall = std::max(worstNew.wall, tNew.wall);
            worstNew.cpu = std::max(worstNew.cpu, tNew.cpu);
            std::printf("%-24s %-24s %9.1f %9.1f %6.2fx %9.1f %9.1f %6.2fx %s\n", n.name, name, tOld.wall, tNew.wall,
                        tOld.wall / tNew.wall, tOld.cpu, tNew.cpu, tOld.cpu / tNew.cpu,
                        dOld == dNew && !dNew.isEmpty() ? "yes" : "NO");
            std::fflush(stdout);
        }
    }
    std::printf("slowest new aggregation: %.1f ms wall, %.1f ms CPU (all times in ms)\n\n", worstNew.wall, worstNew.cpu);

    std::printf("messages in a bucket (first 1,000 ids, newest first):\n");
    auto page = [&](const char *what, const trends::Filter &flt, const trends::Bucket &b) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        auto r = trends::messagesIn(db, flt, b, 1000);
        const double cpu = cpuMs() - c0;
        std::printf("  %-40s %8.1f ms wall %8.1f ms CPU  %lld ids%s\n", what, ms(t), cpu,
                    r ? static_cast<long long>(r->ids.size()) : -1LL, r ? "" : "  (FAILED)");
    };
    page("weekday Monday, no filter", base, trends::Bucket::ofWeekday(1));
    page("hour 03, no filter", base, trends::Bucket::ofHour(3));
    page("Wednesday 14h, no filter", base, trends::Bucket::ofCell(3, 14));
    page("day 2023-03-26 (DST), no filter", base, trends::Bucket::ofPeriod(trends::Granularity::Day, QDate(2023, 3, 26)));
    page("month 2023-03, no filter", base, trends::Bucket::ofPeriod(trends::Granularity::Month, QDate(2023, 3, 1)));
    page("ISO week 2023-W13, no filter", base, trends::Bucket::ofSeason(trends::SeasonKind::IsoWeekOfYear, 2023, 13));
    page("Wednesday 14h, all four filters", filters.back().f, trends::Bucket::ofCell(3, 14));
    page("Sunday 03h, all four filters", filters.back().f, trends::Bucket::ofCell(7, 3));
    std::printf("\n");

    const auto cal = trends::Calendar::load().value();
    timeIt("season campaigns", [&] { return bool(trends::seasonCampaigns(db, base, cal)); });
    trends::Filter spam = base;
    spam.verdict = trends::VerdictFilter::Spam;
    timeIt("bursts (spam)", [&] { return bool(trends::bursts(db, spam)); });

    // The conversion alone on 100,000 ascending instants.
    QVector<qint64> instants;
    const qint64 t0 = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < 100000; ++i)
        instants << t0 + qint64(i) * 947; // about three years
    qint64 sink = 0;
    QElapsedTimer t;
    t.start();
    trends::LocalClock clock(base.zone);
    for (qint64 u : instants)
        sink += clock.at(u).hour;
    const double clockMs = ms(t);
    t.restart();
    for (qint64 u : instants)
        sink += base.zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(u, QTimeZone::utc()));
    const double qtMs = ms(t);
    std::printf("100k conversions: LocalClock %.2f ms (%d zone look-ups), offsetFromUtc per row %.1f ms  [%lld]\n\n",
                clockMs, clock.lookups(), qtMs, static_cast<long long>(sink % 7));
    st.value().reset(); // closes the profile (checkpoints the WAL) before it is copied
    oldSt.value().reset();

    // What the version 5 indexes cost an import: n inserts into a copy of the profile with the
    // version 4 indexes and into one with the version 5 ones, twice each, alternated; and into
    // an empty profile each way.
    const QString v4 = dir.filePath(QStringLiteral("v4.db")), v5 = dir.filePath(QStringLiteral("v5.db")),
                  mig = dir.filePath(QStringLiteral("mig.db"));
    auto copyTo = [&](const QString &to) {
        QFile::remove(to);
        QFile::remove(to + QStringLiteral("-wal"));
        QFile::remove(to + QStringLiteral("-shm"));
        return QFile::copy(path, to);
    };
    auto toV4 = [&](const QString &p, bool version4) {
        auto o = store::Store::open(p);
        return o && o.value()->db().exec(kV4Indexes) && (!version4 || o.value()->db().exec("PRAGMA user_version = 4"));
    };
    const int n = 100000;
    std::printf("insert cost, %d messages in one transaction:\n", n);
    for (int round = 0; round < 2; ++round) {
        if (!copyTo(v4) || !toV4(v4, false) || !copyTo(v5))
            return 1;
        const Timing old = insertCost(v4, n, 11 + round);
        const Timing now = insertCost(v5, n, 11 + round);
        std::printf("  into %d rows: version 4 indexes %8.1f ms wall %8.1f CPU; version 5 %8.1f wall %8.1f CPU"
                    " (CPU %+.1f%%)\n",
                    rows, old.wall, old.cpu, now.wall, now.cpu, (now.cpu / old.cpu - 1) * 100);
        const QString e4 = dir.filePath(QStringLiteral("e4-%1.db").arg(round)),
                      e5 = dir.filePath(QStringLiteral("e5-%1.db").arg(round));
        if (!toV4(e4, false))
            return 1;
        const Timing eOld = insertCost(e4, n, 21 + round);
        const Timing eNow = insertCost(e5, n, 21 + round);
        std::printf("  into an empty profile: version 4 %8.1f ms wall %8.1f CPU; version 5 %8.1f wall %8.1f CPU"
                    " (CPU %+.1f%%)\n",
                    eOld.wall, eOld.cpu, eNow.wall, eNow.cpu, (eNow.cpu / eOld.cpu - 1) * 100);
    }
    // The migration itself: a version 4 profile of `rows` messages opened by this build.
    if (!copyTo(mig) || !toV4(mig, true))
        return 1;
    {
        QElapsedTimer m;
        m.start();
        const double c0 = cpuMs();
        auto o = store::Store::open(mig);
        std::printf("migration 4 -> 5 on %d rows: %.1f ms wall, %.1f ms CPU%s\n", rows, ms(m), cpuMs() - c0,
                    o ? "" : "  (FAILED)");
    }
    return 0;
}
