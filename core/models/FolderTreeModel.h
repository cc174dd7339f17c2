#pragma once
/** @short Accounts and their folders as a tree, with message and spam counts.
 *
 * GUI-thread model over values (accounts and folders read by a StoreReader). Folder paths
 * ("Lists/Qt") become nested nodes; a path element with no folder of its own is shown as a
 * plain parent. A folder's special use (Junk, Trash, ...) is in its tool tip and SpecialUseRole. */
#include "store/Types.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace mailtide::models {

class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        AccountIdRole = Qt::UserRole + 1,
        FolderIdRole,      ///< 0 for an account node or a folder-less parent
        MessageCountRole,  ///< this folder's own messages (accounts: all of theirs)
        SpamCountRole,
        IsAccountRole,
        SpecialUseRole,    ///< "\\Junk", "\\Trash", ... (RFC 6154), or empty
        FolderPathRole,    ///< the folder's '/'-separated path, as the store keeps it
        IsImapRole,        ///< the node belongs to an IMAP account
    };

    explicit FolderTreeModel(QObject *parent = nullptr);
    ~FolderTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setContents(const QVector<store::AccountInfo> &accounts, const QVector<store::FolderInfo> &folders);
    QModelIndex indexForFolder(qint64 folderId) const;
    QModelIndex indexForAccount(qint64 accountId) const;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    std::unique_ptr<Node> m_root;
};

/** A special use (RFC 6154 "\\Junk") in the user's words ("Junk"), translated. */
QString specialUseName(const QString &use);

} // namespace mailtide::models
