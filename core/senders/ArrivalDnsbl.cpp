#include "senders/ArrivalDnsbl.h"

#include "senders/DnsblJob.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace mailtide::senders {

namespace {
Q_LOGGING_CATEGORY(lcArrival, "mailtide.dnsbl.arrival")

/** Shared by every arrival look-up of the process: one cache, one rate limit. */
struct Shared
{
    std::shared_ptr<DnsblCache> cache = std::make_shared<DnsblCache>();
    std::shared_ptr<RateLimiter> limiter;
};

Shared &shared(double rate)
{
    static Shared s;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!s.limiter)
        s.limiter = std::make_shared<RateLimiter>(rate);
    return s;
}
} // namespace

Result<qint64> lastMessageId(store::Database &db)
{
    auto st = db.prepare("SELECT COALESCE(MAX(id), 0) FROM messages");
    if (!st)
        return st.error();
    if (!st->step())
        return st->error() ? Result<qint64>(*st->error()) : Result<qint64>(qint64(0));
    return st->int64(0);
}

Result<QList<QHostAddress>> originIpsAfter(store::Database &db, qint64 afterMessageId, int limit)
{
    auto st = db.prepare("SELECT origin_ip FROM message_evidence WHERE message_id > ? AND origin_ip IS NOT NULL "
                         "AND origin_ip <> '' ORDER BY message_id");
    if (!st)
        return st.error();
    st->bind(1, afterMessageId);
    QList<QHostAddress> out;
    QSet<QString> seen;
    while (out.size() < limit && st->step()) {
        const QString text = st->text(0).trimmed();
        if (text.size() > 64 || seen.contains(text))
            continue;
        seen.insert(text);
        QHostAddress a;
        if (a.setAddress(text))
            out << a;
    }
    if (st->error())
        return *st->error();
    return out;
}

Result<QHash<QString, IpListing>> listedAddresses(store::Database &db, int limit)
{
    auto st = db.prepare("SELECT ip, list, kind FROM dnsbl_results WHERE listed = 1 LIMIT ?");
    if (!st)
        return st.error();
    st->bind(1, qint64(limit));
    QHash<QString, IpListing> out;
    while (st->step()) {
        QString ip = st->text(0);
        if (QHostAddress a; a.setAddress(ip)) {
            bool v4 = false;
            const quint32 n = a.toIPv4Address(&v4);
            ip = v4 ? QHostAddress(n).toString() : a.toString();
        }
        IpListing &l = out[ip];
        QStringList &lists = st->text(2) == QLatin1String("arrival") ? l.arrivalLists : l.nowLists;
        const QString list = st->text(1);
        if (!lists.contains(list))
            lists << list;
    }
    if (st->error())
        return *st->error();
    return out;
}

QThreadPool *arrivalPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process (its threads end with it)
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

bool scheduleArrivalLookUps(const QString &dbPath, qint64 afterMessageId, const DnsblSettings &settings,
                            DnsblCheckerOptions options)
{
    if (!settings.enabled || dbPath.isEmpty())
        return false;
    QStringList skipped;
    const QList<DnsblList> lists = settings.lists(&skipped);
    for (const QString &id : skipped)
        qCWarning(lcArrival, "unknown block list %s skipped", qPrintable(id));
    if (lists.isEmpty())
        return false;
    Shared &s = shared(settings.maxQueriesPerSecond);
    arrivalPool()->start([dbPath, afterMessageId, lists, cache = s.cache, limiter = s.limiter, options] {
        auto opened = store::Database::open(dbPath);
        if (!opened) {
            qCWarning(lcArrival, "profile not opened: %s", qPrintable(opened.error().toString()));
            return;
        }
        store::Database &db = *opened.value();
        auto ips = originIpsAfter(db, afterMessageId);
        if (!ips) {
            qCWarning(lcArrival, "origin IPs not read: %s", qPrintable(ips.error().toString()));
            return;
        }
        if (ips->isEmpty())
            return;
        const qint64 now = options.clock ? options.clock() : QDateTime::currentSecsSinceEpoch();
        if (cache->markLoaded())
            if (Status st = loadSaved(db, *cache, now); !st)
                qCWarning(lcArrival, "saved answers not loaded: %s", qPrintable(st.error().toString()));
        DnsblChecker checker(lists, *cache, *limiter, options);
        QList<DnsblResult> results;
        for (const QHostAddress &ip : ips.value())
            results += checker.check(ip);
        if (Status st = saveResults(db, results, store::DnsblKind::Arrival); !st)
            qCWarning(lcArrival, "answers not saved: %s", qPrintable(st.error().toString()));
        qCDebug(lcArrival, "%lld addresses looked up at arrival", qlonglong(ips->size()));
    });
    return true;
}

bool waitForArrivalLookUps(int msecs)
{
    return arrivalPool()->waitForDone(msecs);
}

} // namespace mailtide::senders
