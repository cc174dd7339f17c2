#pragma once
/** @short The trend aggregations of the Trends view, on a worker thread: the four charts' data,
 *  and for the report the season campaigns and bursts too.
 *
 * Opens its own connection to the profile (never the GUI's), polls a cancel flag between rows
 * (cancel() is safe from any thread), and hands the numbers back as one value in a queued
 * signal. One request per job (ui/Worker.h starts and ends it). */
#include "charts/ChartData.h"

#include <QMetaType>
#include <QObject>

#include <atomic>

Q_DECLARE_METATYPE(mailtide::ui::charts::ReportData)

namespace mailtide::ui {

class TrendsJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString dbPath;
        trends::Filter filter;
        std::optional<trends::Granularity> timeline; ///< unset: from the data's span
        trends::SeasonKind season = trends::SeasonKind::MonthOfYear;
        bool report = false;     ///< also the campaigns and bursts (the PDF report's summary)
        QString calendarFile;    ///< the user's events; empty: trends::Calendar::defaultUserFile()
    };

    explicit TrendsJob(Request request, QObject *parent = nullptr);
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void finished(const mailtide::ui::charts::ReportData &data);
    /** cancelled: the user stopped it (no message to show). */
    void failed(const QString &message, bool cancelled);

private:
    Request m_request;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::ui
