#pragma once
/** @short The filter-bar pieces the Trends, Senders and Hygiene views share, built one way: the
 *  "Received from … to …" range (two date boxes, off until the box is ticked), the verdict
 *  choice (its data a trends::VerdictFilter), and the busy bar shown while a worker runs. */
class QCheckBox;
class QComboBox;
class QDateEdit;
class QProgressBar;
class QWidget;

namespace mailtide::ui {

struct DateRangeWidgets
{
    QCheckBox *limit = nullptr; ///< "Received from": when unticked, the whole history
    QDateEdit *from = nullptr;  ///< a year ago, yyyy-MM-dd, calendar pop-up
    QDateEdit *to = nullptr;    ///< today
};

DateRangeWidgets makeDateRange(QWidget *parent);
/** All verdicts, Spam only, Ham only, Unsure only. */
QComboBox *makeVerdictBox(QWidget *parent);
/** An indeterminate bar, 120 px at most, hidden until the owner shows it. */
QProgressBar *makeBusyBar(QWidget *parent);

} // namespace mailtide::ui
