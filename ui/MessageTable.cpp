#include "MessageTable.h"

#include "VerdictDelegate.h"
#include "models/MessageListModel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace mailtide::ui {

using models::MessageListModel;

void setUpMessageTable(QTableView *table)
{
    table->setItemDelegateForColumn(MessageListModel::ColVerdict, new VerdictDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    // Fixed row heights and no ResizeToContents anywhere: both would measure all 100,000 rows.
    QHeaderView *rows = table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 6);
    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(MessageListModel::ColSubject, QHeaderView::Stretch);
    const QFontMetrics fm = table->fontMetrics();
    const int pad = fm.averageCharWidth() * 2 + 8; // cell margins
    columns->resizeSection(MessageListModel::ColReceived, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + pad);
    columns->resizeSection(MessageListModel::ColFrom, fm.averageCharWidth() * 22);
    columns->resizeSection(MessageListModel::ColSize, fm.horizontalAdvance(QStringLiteral("000.0 KB")) + pad);
    const QString verdictHeader = table->model() ? table->model()->headerData(MessageListModel::ColVerdict, Qt::Horizontal).toString()
                                                 : QString();
    columns->resizeSection(MessageListModel::ColVerdict,
                           std::max(fm.horizontalAdvance(models::verdictText(int(store::Verdict::Ham))),
                                    fm.horizontalAdvance(verdictHeader))
                               + pad + 12 + 6); // + the delegate's mark and its spacing
}

} // namespace mailtide::ui
