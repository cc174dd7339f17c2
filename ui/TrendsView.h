#pragma once
/** @short The Trends view: a filter bar (dates, verdict, time zone) over one tab per chart
 *  (weekday, weekday × hour, timeline, season), each with hover values and an Export button,
 *  and a button for the one-file PDF report. Clicking a bar, a heatmap cell, a timeline period
 *  or a season point lists that bucket's messages below the chart (read on a worker by a
 *  BucketJob, exactly the messages the bar counted); activating one opens it in the mail view.
 *
 * Lives on the GUI thread. It never touches the database itself: refresh() starts a TrendsJob
 * on a worker (its own connection), shows a busy bar and a Cancel button meanwhile, and draws
 * the charts when the numbers arrive. Exports paint on the GUI thread (Qt Charts must) and are
 * written by an ExportJob on a worker. The window owns it and tells it which profile, account
 * and folder to show; it follows the palette (light or dark). */
#include "ExportJob.h"
#include "charts/ChartBuilders.h"
#include "charts/ChartData.h"
#include "charts/ChartExport.h"
#include "trends/Bucket.h"

#include <QWidget>

#include <optional>

class QChartView;
class QCheckBox;
class QComboBox;
class QTableView;
class QDateEdit;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QThread;

namespace mailtide::ui {

class BucketJob;
class TrendsJob;
}
namespace mailtide::models {
class MessageListModel;
}
namespace mailtide::ui {

class TrendsView : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsView(QWidget *parent = nullptr);
    ~TrendsView() override;

    /** The profile to read (a path; opened on the worker). Does not refresh by itself. */
    void setDatabase(const QString &path);
    /** Only this account / folder (empty: all). Does not refresh by itself. */
    void setScope(const QString &account, const QString &folder = QString());
    /** The filter bar's values, set from code (unset dates: the whole history). */
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to);
    void setVerdict(trends::VerdictFilter verdict);
    void setTimeZone(const QTimeZone &zone);
    /** The user's events file for the markers (default: trends::Calendar::defaultUserFile()). */
    void setCalendarFile(const QString &path);

    /** The filter the bar and the scope make now. */
    trends::Filter filter() const;
    bool isBusy() const { return m_job != nullptr; }
    /** The numbers the charts show (unset before the first refresh ends). */
    const std::optional<charts::ReportData> &data() const { return m_data; }
    QChartView *chartView(charts::ChartKind kind) const;
    QTabWidget *tabs() const { return m_tabs; }
    /** The list of the clicked bucket's messages (hidden until a click). */
    QTableView *bucketList() const { return m_bucketList; }
    QWidget *bucketPanel() const { return m_bucketPanel; }
    bool isBucketBusy() const { return m_bucketJob != nullptr; }

public Q_SLOTS:
    /** Recomputes every chart with the current filter (a running refresh is cancelled first). */
    void refresh();
    /** Stops the running refresh; the charts keep the last numbers. */
    void cancel();
    /** Exports a chart as shown (PNG at 2×, SVG or PDF by the suffix) with its CSV beside it. */
    void exportChart(mailtide::ui::charts::ChartKind kind, const QString &path);
    /** Writes the PDF report for the current filter (computes campaigns and bursts first). */
    void exportReport(const QString &path);
    /** Lists the messages of one bucket of the charts shown (the filter of the shown numbers,
     *  narrowed to `verdict` when it is not All), newest first, a page at a time. `title` names
     *  the bucket, `count` is how many messages the chart says it holds. */
    void showBucket(const mailtide::trends::Bucket &bucket, mailtide::trends::VerdictFilter verdict,
                    const QString &title, qint64 count);
    /** Reads the next page of the listed bucket. */
    void loadMoreBucket();
    void closeBucket();

Q_SIGNALS:
    void busyChanged(bool busy);
    void refreshed();
    void exported(const QString &path);
    void failed(const QString &message);
    /** A page of a bucket's messages is listed (or its reading failed). */
    void bucketLoaded();
    /** The user opened one of a bucket's messages (double click or Enter). */
    void messageActivated(qint64 messageId, qint64 folderId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeTab(charts::ChartKind kind, const QList<QWidget *> &tools);
    charts::ChartOptions options() const;
    void startJob(bool report);
    void onFinished(const charts::ReportData &data);
    void onFailed(const QString &message, bool cancelled);
    void endJob();
    void showCharts();
    void attachHover(charts::ChartKind kind, QChart *chart);
    void attachClicks(charts::ChartKind kind, QChart *chart);
    // What the pointer is over, for hover and click alike (m_data must be set).
    const trends::TimelinePoint *timelinePointAt(const QPointF &p) const;
    std::optional<std::pair<const trends::YearSeries *, int>> seasonSlotAt(const QLineSeries *line, const QPointF &p) const;
    QString seasonSlotName(int slot) const;
    std::pair<int, int> heatmapCellAt(const QPoint &viewportPos) const; ///< (weekday 0..6, hour) or (-1, -1)
    void startBucketJob(bool more);
    void writeFiles(const charts::ExportFiles &files, const QString &shownPath);
    void say(const QString &message);
    void askExport(charts::ChartKind kind);

    QString m_dbPath;
    QString m_account;
    QString m_folder;
    QString m_calendarFile;

    QCheckBox *m_limitDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_verdict = nullptr;
    QComboBox *m_zone = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_report = nullptr;
    QProgressBar *m_busy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_views[4] = {};
    QComboBox *m_weekdayMode = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_timelineStyle = nullptr;
    QComboBox *m_seasonKind = nullptr;
    QLabel *m_status = nullptr;

    std::optional<charts::ReportData> m_data;
    QThread *m_thread = nullptr;
    TrendsJob *m_job = nullptr;
    bool m_refreshAgain = false;
    QString m_reportPath; ///< set while a report's numbers are being computed
    ExportRunner m_exporter{this};

    QWidget *m_bucketPanel = nullptr;
    QLabel *m_bucketTitle = nullptr;
    QTableView *m_bucketList = nullptr;
    models::MessageListModel *m_bucketModel = nullptr;
    QPushButton *m_bucketMore = nullptr;
    trends::Filter m_bucketFilter;
    trends::Bucket m_bucket;
    QString m_bucketName;
    qint64 m_bucketCount = 0;
    std::optional<trends::BucketCursor> m_bucketNext;
    QThread *m_bucketThread = nullptr;
    BucketJob *m_bucketJob = nullptr;
    quint64 m_bucketGeneration = 0;
};

} // namespace mailtide::ui
