#pragma once
/** @short DNS block list look-ups for the GUI: asynchronous, on a QThreadPool, never on the GUI
 *  thread; answers saved in the profile (store/DnsblTable.h) so they survive a restart.
 *
 * A DnsblJob lives on the thread that made it (the GUI's). lookUp() returns at once; a pool
 * thread opens its own database connection (STYLE 5), loads the saved unexpired answers into the
 * shared cache the first time that cache is used, asks the lists (DnsblChecker: cache, rate limit),
 * saves the answers with their kind (arrival or now) and hands the results back queued, as
 * finished(). Refuses to run — failed(), no query sent — unless the user switched look-ups on
 * (DnsblSettings::enabled): each one tells a list's operator an address that mailed the user.
 * Deleting the job stops the work after the current address (queued results are dropped). */
#include "senders/Dnsbl.h"
#include "store/DnsblTable.h"

#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <memory>

class QThreadPool;

namespace mailtide::senders {

/** A saved row as a result (its meanings read again from the list's catalogue). */
DnsblResult resultFromRow(const store::DnsblRow &row);
/** A result as a row to save; Error results have none (unset). */
std::optional<store::DnsblRow> rowFromResult(const DnsblResult &result, store::DnsblKind kind);
/** Loads the unexpired saved answers into the cache. */
Status loadSaved(store::Database &db, DnsblCache &cache, qint64 nowUtc);
/** Saves the answers (not the errors) as rows of that kind. */
Status saveResults(store::Database &db, const QList<DnsblResult> &results, store::DnsblKind kind);

class DnsblJob : public QObject
{
    Q_OBJECT
public:
    /** dbPath empty: nothing saved or loaded. The cache and the limiter are shared by every job
     *  of the process (one limit for all look-ups). */
    DnsblJob(QString dbPath, DnsblSettings settings, std::shared_ptr<DnsblCache> cache,
             std::shared_ptr<RateLimiter> limiter, DnsblCheckerOptions options = {}, QObject *parent = nullptr);
    ~DnsblJob() override;

    /** The pool to run on (default: QThreadPool::globalInstance()). */
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

    /** Asks every chosen list about these addresses; returns at once. One finished() or
     *  failed() per call. */
    void lookUp(const QList<QHostAddress> &ips, store::DnsblKind kind);

Q_SIGNALS:
    void finished(const QList<mailtide::senders::DnsblResult> &results);
    void failed(const QString &message);

private:
    QString m_dbPath;
    DnsblSettings m_settings;
    std::shared_ptr<DnsblCache> m_cache;
    std::shared_ptr<RateLimiter> m_limiter;
    DnsblCheckerOptions m_options;
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace mailtide::senders
