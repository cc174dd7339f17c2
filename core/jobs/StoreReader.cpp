#include "jobs/StoreReader.h"

#include "jobs/MoveJob.h"

#include "localmail/MailSource.h"
#include "store/Store.h"

namespace mailtide::jobs {

void registerMetaTypes()
{
    qRegisterMetaType<mailtide::store::MessageRows>();
    qRegisterMetaType<mailtide::store::MessageDetail>();
    qRegisterMetaType<mailtide::mime::MessageText>();
    qRegisterMetaType<QVector<mailtide::store::AccountInfo>>();
    qRegisterMetaType<QVector<mailtide::store::FolderInfo>>();
    qRegisterMetaType<mailtide::jobs::MoveRecord>();
}

StoreReader::StoreReader(QString dbPath, QObject *parent) : QObject(parent), m_dbPath(std::move(dbPath))
{
}

StoreReader::~StoreReader() = default;

store::Store *StoreReader::store(quint64 requestId)
{
    if (!m_store) {
        auto s = store::Store::open(m_dbPath);
        if (!s) {
            Q_EMIT failed(requestId, s.error().toString());
            return nullptr;
        }
        m_store = std::move(s.value());
    }
    return m_store.get();
}

void StoreReader::loadTree(quint64 requestId)
{
    auto *s = store(requestId);
    if (!s)
        return;
    auto accounts = s->accounts();
    auto folders = s->folders();
    if (!accounts)
        return Q_EMIT failed(requestId, accounts.error().toString());
    if (!folders)
        return Q_EMIT failed(requestId, folders.error().toString());
    Q_EMIT treeLoaded(requestId, accounts.value(), folders.value());
}

void StoreReader::setFolderUse(quint64 requestId, qint64 accountId, const QString &folder, const QString &use)
{
    auto *s = store(requestId);
    if (!s)
        return;
    if (Status st = s->setSpecialUseByUser(accountId, folder, use); !st)
        return Q_EMIT failed(requestId, st.error().toString());
    loadTree(requestId);
}

void StoreReader::loadMessages(quint64 requestId, qint64 accountId, qint64 folderId, qint64 afterId, int sort,
                               bool descending, bool append)
{
    auto *s = store(requestId);
    if (!s)
        return;
    auto rows = s->messageRows({accountId, folderId, append ? afterId : 0}, store::MessageSort(sort), descending);
    if (!rows)
        return Q_EMIT failed(requestId, rows.error().toString());
    Q_EMIT messagesLoaded(requestId, rows.value(), append);
}

void StoreReader::loadDetail(quint64 requestId, qint64 messageId)
{
    auto *s = store(requestId);
    if (!s)
        return;
    auto detail = s->messageDetail(messageId);
    if (!detail)
        return Q_EMIT failed(requestId, detail.error().toString());
    mime::MessageText text;
    if (!detail->sourcePath.isEmpty()) {
        auto bytes = localmail::readMessageBytes(detail->sourcePath, detail->sourceOffset, detail->sourceLength);
        if (bytes)
            text = mime::readableText(bytes.value());
        else
            text.body = bytes.error().toString();
    }
    Q_EMIT detailLoaded(requestId, detail.value(), text);
}

} // namespace mailtide::jobs
