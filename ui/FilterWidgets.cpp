#include "FilterWidgets.h"

#include "trends/Filter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDateEdit>
#include <QProgressBar>

namespace mailtide::ui {

DateRangeWidgets makeDateRange(QWidget *parent)
{
    DateRangeWidgets w;
    w.limit = new QCheckBox(QCoreApplication::translate("Filters", "Received from"), parent);
    w.from = new QDateEdit(QDate::currentDate().addYears(-1), parent);
    w.to = new QDateEdit(QDate::currentDate(), parent);
    for (QDateEdit *e : {w.from, w.to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
        QObject::connect(w.limit, &QCheckBox::toggled, e, &QWidget::setEnabled);
    }
    return w;
}

QComboBox *makeVerdictBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(QCoreApplication::translate("Filters", "All verdicts"), int(trends::VerdictFilter::All));
    box->addItem(QCoreApplication::translate("Filters", "Spam only"), int(trends::VerdictFilter::Spam));
    box->addItem(QCoreApplication::translate("Filters", "Ham only"), int(trends::VerdictFilter::Ham));
    box->addItem(QCoreApplication::translate("Filters", "Unsure only"), int(trends::VerdictFilter::Unsure));
    return box;
}

QProgressBar *makeBusyBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setMaximumWidth(120);
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

} // namespace mailtide::ui
