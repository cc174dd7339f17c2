#pragma once
/** @short Reads the store for the GUI, on a worker thread.
 *
 * Move it to a QThread; call its slots with QMetaObject::invokeMethod (queued). It opens its own
 * connection on first use (WAL: it reads while an import writes). Every request carries an id
 * that comes back with its answer, so the GUI can drop answers it no longer wants. */
#include "mime/MessageText.h"
#include "store/Types.h"

#include <QObject>

#include <memory>

namespace mailtide::store {
class Store;
}

namespace mailtide::jobs {

class StoreReader : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(QString dbPath, QObject *parent = nullptr);
    ~StoreReader() override;

public Q_SLOTS:
    void loadTree(quint64 requestId);
    /** append=false: a new query (the model resets); true: only rows after filter.afterId. */
    void loadMessages(quint64 requestId, qint64 accountId, qint64 folderId, qint64 afterId, int sort,
                      bool descending, bool append);
    void loadDetail(quint64 requestId, qint64 messageId);
    /** The one write the window makes through the reader (a single small UPDATE): the user says
     *  what an IMAP folder is for ("\\Junk", ... or empty for nothing); a sync keeps that choice.
     *  Answers with treeLoaded (the tree as it is now) or failed. */
    void setFolderUse(quint64 requestId, qint64 accountId, const QString &folder, const QString &use);

Q_SIGNALS:
    void treeLoaded(quint64 requestId, const QVector<mailtide::store::AccountInfo> &accounts,
                    const QVector<mailtide::store::FolderInfo> &folders);
    void messagesLoaded(quint64 requestId, const mailtide::store::MessageRows &rows, bool append);
    void detailLoaded(quint64 requestId, const mailtide::store::MessageDetail &detail,
                      const mailtide::mime::MessageText &text);
    void failed(quint64 requestId, const QString &message);

private:
    store::Store *store(quint64 requestId);
    QString m_dbPath;
    std::unique_ptr<store::Store> m_store;
};

/** Registers the value types that cross threads in queued signals. Call once from main(). */
void registerMetaTypes();

} // namespace mailtide::jobs

Q_DECLARE_METATYPE(mailtide::mime::MessageText)
Q_DECLARE_METATYPE(QVector<mailtide::store::AccountInfo>)
Q_DECLARE_METATYPE(QVector<mailtide::store::FolderInfo>)
