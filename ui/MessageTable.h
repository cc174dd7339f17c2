#pragma once
/** @short How every message list of the window looks and behaves: whole rows selected, no
 *  editing, fixed row heights, column widths from the font (never ResizeToContents, which would
 *  measure every row of a 100,000-row list), the subject stretched, the verdict column drawn by
 *  VerdictDelegate. The table's model must be a models::MessageListModel (set before the call);
 *  the selection mode and sorting are the caller's. */
class QTableView;

namespace mailtide::ui {

void setUpMessageTable(QTableView *table);

} // namespace mailtide::ui
