#include "FolderDelegate.h"

#include "models/FolderTreeModel.h"

namespace mailtide::ui {

void FolderDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString use = index.data(models::FolderTreeModel::SpecialUseRole).toString();
    if (use.isEmpty())
        return;
    const QString name = models::specialUseName(use);
    // The last path element is the node's own name: "Junk" needs no "· Junk" after it.
    const QString path = index.data(models::FolderTreeModel::FolderPathRole).toString();
    const QString own = path.section(QLatin1Char('/'), -1);
    if (own.compare(name, Qt::CaseInsensitive) == 0 || own.compare(use.mid(1), Qt::CaseInsensitive) == 0)
        return;
    option->text = tr("%1 · %2", "folder name (count) · what it is used for").arg(option->text, name);
}

} // namespace mailtide::ui
