#pragma once
/** @short Shows what an IMAP folder is used for beside its name when the name does not say it:
 *  "Spam (120) · Junk", "Papierkorb (3) · Trash". Junk is where Mailtide learns spam and moves
 *  mail marked as spam, so the user must see which folder that is. The model (core) gives the
 *  use in FolderTreeModel::SpecialUseRole. */
#include <QStyledItemDelegate>

namespace mailtide::ui {

class FolderDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mailtide::ui
