#pragma once
/** @short Paints the verdict column with a coloured mark (red spam, amber unsure, green not
 *  spam) beside the word, so a verdict reads at a glance and not by colour alone. The model
 *  (core) knows no colours: it gives MessageListModel::VerdictRole. */
#include <QStyledItemDelegate>

namespace mailtide::ui {

class VerdictDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mailtide::ui
