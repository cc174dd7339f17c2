#include "senders/DnsblJob.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

namespace mailtide::senders {

namespace {
Q_LOGGING_CATEGORY(lcDnsbl, "mailtide.dnsbl")
}

DnsblResult resultFromRow(const store::DnsblRow &row)
{
    DnsblResult r;
    net::DnsAnswer<QHostAddress> answer;
    if (row.listed) {
        answer.status = net::DnsStatus::Found;
        for (const QString &c : row.code.split(QLatin1Char(','), Qt::SkipEmptyParts))
            answer.records << QHostAddress(c);
    }
    if (auto list = listFor(row.list)) {
        r = interpret(list.value(), row.ip, answer);
    } else { // a list no longer known: keep what was saved
        r.listId = row.list;
        r.subject = row.ip;
        r.state = row.listed ? DnsblState::Listed : DnsblState::NotListed;
        r.codes = answer.records;
    }
    r.reason = row.reason;
    r.checkedUtc = row.checkedUtc;
    r.expiresUtc = row.expiresUtc;
    r.fromCache = true;
    return r;
}

std::optional<store::DnsblRow> rowFromResult(const DnsblResult &result, store::DnsblKind kind)
{
    if (result.state == DnsblState::Error)
        return std::nullopt;
    store::DnsblRow row;
    row.ip = result.subject;
    row.list = result.listId;
    row.listed = result.state == DnsblState::Listed;
    row.code = result.codesText();
    row.reason = result.reason;
    row.checkedUtc = result.checkedUtc;
    row.expiresUtc = result.expiresUtc;
    row.kind = kind;
    return row;
}

Status loadSaved(store::Database &db, DnsblCache &cache, qint64 nowUtc)
{
    auto rows = store::DnsblTable(db).unexpired(nowUtc);
    if (!rows)
        return rows.error();
    // Newest first: an older row of the same (ip, list) must not replace a newer one.
    for (auto it = rows->crbegin(); it != rows->crend(); ++it)
        cache.insert(resultFromRow(*it));
    return {};
}

Status saveResults(store::Database &db, const QList<DnsblResult> &results, store::DnsblKind kind)
{
    QList<store::DnsblRow> rows;
    for (const DnsblResult &r : results)
        if (auto row = rowFromResult(r, kind))
            rows << *row;
    return store::DnsblTable(db).record(rows);
}

DnsblJob::DnsblJob(QString dbPath, DnsblSettings settings, std::shared_ptr<DnsblCache> cache,
                   std::shared_ptr<RateLimiter> limiter, DnsblCheckerOptions options, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_settings(std::move(settings)), m_cache(std::move(cache)),
      m_limiter(std::move(limiter)), m_options(std::move(options))
{
}

DnsblJob::~DnsblJob()
{
    *m_cancel = true;
}

void DnsblJob::lookUp(const QList<QHostAddress> &ips, store::DnsblKind kind)
{
    if (!m_settings.enabled) {
        // Queued like a result, so the caller sees one code path.
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT failed(tr("Block list look-ups are switched off (they tell the lists' operators which "
                             "addresses mailed you). Switch them on in the settings to use them."));
        }, Qt::QueuedConnection);
        return;
    }
    QPointer<DnsblJob> self(this);
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    pool->start([self, ips, kind, dbPath = m_dbPath, lists = m_settings.lists(), cache = m_cache,
                 limiter = m_limiter, options = m_options, cancel = m_cancel] {
        const auto post = [self](auto fn) {
            // To the application object (it outlives the job) and, there, only if the job still is.
            if (QCoreApplication *app = QCoreApplication::instance())
                QMetaObject::invokeMethod(app, [self, fn] {
                    if (self)
                        fn(self.data());
                }, Qt::QueuedConnection);
        };
        std::unique_ptr<store::Database> db;
        QString warning;
        if (!dbPath.isEmpty()) {
            auto opened = store::Database::open(dbPath);
            if (opened)
                db = std::move(opened.value());
            else
                warning = opened.error().toString();
        }
        const qint64 now = options.clock ? options.clock() : QDateTime::currentSecsSinceEpoch();
        if (db && cache->markLoaded())
            if (Status s = loadSaved(*db, *cache, now); !s)
                warning = s.error().toString();
        DnsblChecker checker(lists, *cache, *limiter, options);
        QList<DnsblResult> results;
        for (const QHostAddress &ip : ips) {
            if (*cancel)
                return;
            results += checker.check(ip);
        }
        if (db)
            if (Status s = saveResults(*db, results, kind); !s)
                warning = s.error().toString();
        post([results, warning](DnsblJob *job) {
            if (!warning.isEmpty())
                qCWarning(lcDnsbl, "answers not saved or loaded: %s", qPrintable(warning));
            Q_EMIT job->finished(results);
        });
    });
}

} // namespace mailtide::senders
