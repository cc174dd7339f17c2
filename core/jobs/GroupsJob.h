#pragma once
/** @short The hygiene groups (by sender, domain or list) read on a worker thread, for the GUI.
 *
 * Create it, move it to a QThread, connect started() to run(). run() opens its own database
 * connection (STYLE 5) and runs one store::HygieneStore::groups() query; cancel() may be called
 * from any thread and stops the query inside SQLite. The result arrives by a queued signal. */
#include "store/HygieneStore.h"

#include <QObject>

#include <atomic>

namespace mailtide::jobs {

/** What the groups view asks for. */
struct GroupsQuery
{
    QString account;
    QString folder; ///< "" for every folder of the account
    store::GroupBy by = store::GroupBy::Address;
    store::GroupSort sort = store::GroupSort::Count;
    std::optional<int> olderThanDays;
    bool neverRead = false;
    bool newslettersOnly = false;
    int limit = 1000;
};

class GroupsJob : public QObject
{
    Q_OBJECT
public:
    /** nowUtc pins "older than" (0: the current time). */
    GroupsJob(QString dbPath, GroupsQuery query, qint64 nowUtc = 0, QObject *parent = nullptr);

    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** ok=false: message says why (or that it was cancelled); groups is then empty. */
    void finished(bool ok, const QString &message, const QVector<mailtide::store::SenderGroup> &groups);

private:
    QString m_dbPath;
    GroupsQuery m_query;
    qint64 m_now = 0;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::jobs

Q_DECLARE_METATYPE(mailtide::store::SenderGroup)
