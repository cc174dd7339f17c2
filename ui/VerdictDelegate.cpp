#include "VerdictDelegate.h"

#include "models/MessageListModel.h"

#include <QPainter>
#include <QPixmap>

namespace mailtide::ui {

namespace {
QIcon dot(const QColor &c)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pm);
}
} // namespace

void VerdictDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Mid-tone colours, readable on light and dark palettes.
    static const QIcon spam = dot(QColor(0xd0, 0x3b, 0x2e));
    static const QIcon unsure = dot(QColor(0xe0, 0x9b, 0x1a));
    static const QIcon ham = dot(QColor(0x2e, 0x9d, 0x57));
    switch (index.data(models::MessageListModel::VerdictRole).toInt()) {
    case int(store::Verdict::Spam): option->icon = spam; break;
    case int(store::Verdict::Unsure): option->icon = unsure; break;
    case int(store::Verdict::Ham): option->icon = ham; break;
    default: return;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(12, 12);
}

} // namespace mailtide::ui
