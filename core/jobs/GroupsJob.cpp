#include "jobs/GroupsJob.h"

#include "store/Store.h"

#include <QDateTime>

namespace mailtide::jobs {

GroupsJob::GroupsJob(QString dbPath, GroupsQuery query, qint64 nowUtc, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_query(std::move(query)), m_now(nowUtc)
{
    qRegisterMetaType<QVector<mailtide::store::SenderGroup>>();
}

void GroupsJob::run()
{
    const auto failed = [this](const Error &e) { Q_EMIT finished(false, e.toString(), {}); };
    auto st = store::Store::open(m_dbPath);
    if (!st)
        return failed(st.error());
    store::Store &store = *st.value();
    auto account = store.imapAccount(m_query.account);
    if (!account)
        return failed(account.error());
    store::GroupFilter f;
    f.accountId = account->id;
    if (!m_query.folder.isEmpty()) {
        auto folders = store.imapFolders(account->id);
        if (!folders)
            return failed(folders.error());
        for (const store::ImapFolder &x : folders.value())
            if (x.name == m_query.folder)
                f.folderId = x.id;
        if (!f.folderId)
            return failed({tr("No such folder in this account"), m_query.folder});
    }
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    if (m_query.olderThanDays)
        f.receivedBefore = now - qint64(*m_query.olderThanDays) * 86400;
    f.neverRead = m_query.neverRead;
    f.newslettersOnly = m_query.newslettersOnly;
    store::HygieneStore hs(store.db());
    auto g = hs.groups(f, m_query.by, m_query.sort, m_query.limit, &m_cancel);
    if (!g)
        return failed(g.error());
    Q_EMIT finished(true, {}, g.value());
}

} // namespace mailtide::jobs
