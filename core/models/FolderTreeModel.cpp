#include "models/FolderTreeModel.h"

#include <QLocale>

#include <functional>

namespace mailtide::models {

QString specialUseName(const QString &use)
{
    if (use == QLatin1String("\\Junk")) return FolderTreeModel::tr("Junk");
    if (use == QLatin1String("\\Trash")) return FolderTreeModel::tr("Trash");
    if (use == QLatin1String("\\Sent")) return FolderTreeModel::tr("Sent");
    if (use == QLatin1String("\\Archive")) return FolderTreeModel::tr("Archive");
    if (use == QLatin1String("\\Drafts")) return FolderTreeModel::tr("Drafts");
    if (use == QLatin1String("\\All")) return FolderTreeModel::tr("All mail");
    if (use == QLatin1String("\\Flagged")) return FolderTreeModel::tr("Flagged");
    return use;
}

struct FolderTreeModel::Node
{
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QString label;
    qint64 accountId = 0;
    qint64 folderId = 0;
    qint64 messages = 0;
    qint64 spam = 0;
    QString specialUse;
    QString path;
    bool isAccount = false;
    bool readOnly = false;
    bool imap = false;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
    Node *child(const QString &name)
    {
        for (auto &c : children)
            if (!c->isAccount && c->label == name)
                return c.get();
        auto n = std::make_unique<Node>();
        n->parent = this;
        n->label = name;
        n->accountId = accountId;
        n->imap = imap;
        children.push_back(std::move(n));
        return children.back().get();
    }
};

FolderTreeModel::FolderTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

FolderTreeModel::~FolderTreeModel() = default;

FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderTreeModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (n->messages == 0 && !n->isAccount)
            return n->label;
        return tr("%1 (%2)").arg(n->label, QLocale().toString(n->messages));
    case Qt::ToolTipRole:
        if (n->isAccount)
            return n->readOnly ? tr("%1 — local mail, read-only").arg(n->label) : n->label;
        if (!n->specialUse.isEmpty())
            return QString(tr("%n message(s), %1 spam", nullptr, int(n->messages)).arg(QLocale().toString(n->spam)) +
                           QLatin1Char('\n') + tr("Used as: %1").arg(specialUseName(n->specialUse)));
        return tr("%n message(s), %1 spam", nullptr, int(n->messages)).arg(QLocale().toString(n->spam));
    case AccountIdRole: return n->accountId;
    case FolderIdRole: return n->folderId;
    case MessageCountRole: return n->messages;
    case SpamCountRole: return n->spam;
    case IsAccountRole: return n->isAccount;
    case SpecialUseRole: return n->specialUse;
    case FolderPathRole: return n->path;
    case IsImapRole: return n->imap;
    default: return {};
    }
}

QHash<int, QByteArray> FolderTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(FolderIdRole, "folderId");
    names.insert(MessageCountRole, "messageCount");
    names.insert(SpamCountRole, "spamCount");
    names.insert(IsAccountRole, "isAccount");
    names.insert(SpecialUseRole, "specialUse");
    names.insert(FolderPathRole, "folderPath");
    names.insert(IsImapRole, "isImap");
    return names;
}

void FolderTreeModel::setContents(const QVector<store::AccountInfo> &accounts, const QVector<store::FolderInfo> &folders)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    QHash<qint64, Node *> byAccount;
    for (const auto &a : accounts) {
        auto n = std::make_unique<Node>();
        n->parent = m_root.get();
        n->label = a.name;
        n->accountId = a.id;
        n->isAccount = true;
        n->readOnly = a.readOnly;
        n->imap = a.kind == QLatin1String("imap");
        n->messages = a.messageCount;
        byAccount.insert(a.id, n.get());
        m_root->children.push_back(std::move(n));
    }
    for (const auto &f : folders) {
        Node *acc = byAccount.value(f.accountId);
        if (!acc)
            continue;
        acc->spam += f.spamCount;
        Node *cur = acc;
        for (const QString &part : f.name.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            cur = cur->child(part);
        if (cur == acc)
            cur = acc->child(f.name);
        cur->folderId = f.id;
        cur->path = f.name;
        cur->specialUse = f.specialUse;
        cur->messages = f.messageCount;
        cur->spam = f.spamCount;
    }
    endResetModel();
}

QModelIndex FolderTreeModel::indexForFolder(qint64 folderId) const
{
    std::function<Node *(Node *)> find = [&](Node *n) -> Node * {
        if (!n->isAccount && n->folderId == folderId && n != m_root.get())
            return n;
        for (auto &c : n->children)
            if (Node *hit = find(c.get()))
                return hit;
        return nullptr;
    };
    return indexOf(find(m_root.get()));
}

QModelIndex FolderTreeModel::indexForAccount(qint64 accountId) const
{
    for (auto &c : m_root->children)
        if (c->accountId == accountId)
            return indexOf(c.get());
    return {};
}

} // namespace mailtide::models
