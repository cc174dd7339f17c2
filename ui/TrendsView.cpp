#include "TrendsView.h"

#include "BucketJob.h"
#include "ExportJob.h"
#include "FilterWidgets.h"
#include "TrendsJob.h"
#include "MessageTable.h"
#include "Worker.h"
#include "models/MessageListModel.h"
#include "charts/ChartExport.h"
#include "charts/ChartOverlays.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace mailtide::ui {

using charts::ChartKind;

namespace {
int index(ChartKind k)
{
    return int(k);
}
} // namespace

TrendsView::TrendsView(QWidget *parent) : QWidget(parent)
{
    // --- the filter bar
    const DateRangeWidgets range = makeDateRange(this);
    m_limitDates = range.limit;
    m_from = range.from;
    m_to = range.to;
    m_limitDates->setToolTip(tr("Only count mail received between these days (in the chosen time zone)"));
    m_verdict = makeVerdictBox(this);
    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->addItem(QStringLiteral("system"));
    m_zone->addItem(QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(tr("Time zone the weekdays and hours are counted in"));
    m_zone->setMinimumContentsLength(16);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_busy = makeBusyBar(this);
    m_report = new QPushButton(tr("Export report…"), this);
    m_report->setToolTip(tr("One PDF file: a summary, then every chart"));
    connect(m_refresh, &QPushButton::clicked, this, &TrendsView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &TrendsView::cancel);
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"),
                                                          QDir::home().filePath(QStringLiteral("mailtide-report.pdf")),
                                                          tr("PDF document (*.pdf)"));
        if (!path.isEmpty())
            exportReport(path);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_limitDates);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_verdict);
    bar->addWidget(new QLabel(tr("Time zone"), this));
    bar->addWidget(m_zone);
    bar->addWidget(m_refresh);
    bar->addWidget(m_cancel);
    bar->addWidget(m_busy);
    bar->addStretch();
    bar->addWidget(m_report);

    // --- one tab per chart, with its own tools
    m_weekdayMode = new QComboBox(this);
    m_weekdayMode->addItem(tr("Counts"), int(charts::WeekdayMode::Count));
    m_weekdayMode->addItem(tr("Shares"), int(charts::WeekdayMode::Share));
    m_granularity = new QComboBox(this);
    m_granularity->addItem(tr("Automatic"), -1);
    m_granularity->addItem(tr("By day"), int(trends::Granularity::Day));
    m_granularity->addItem(tr("By week"), int(trends::Granularity::Week));
    m_granularity->addItem(tr("By month"), int(trends::Granularity::Month));
    m_timelineStyle = new QComboBox(this);
    m_timelineStyle->addItem(tr("Bars"), int(charts::TimelineStyle::Bars));
    m_timelineStyle->addItem(tr("Lines"), int(charts::TimelineStyle::Lines));
    m_seasonKind = new QComboBox(this);
    m_seasonKind->addItem(tr("By month"), int(trends::SeasonKind::MonthOfYear));
    m_seasonKind->addItem(tr("By ISO week"), int(trends::SeasonKind::IsoWeekOfYear));
    // Looks change at once; periods need new numbers.
    connect(m_weekdayMode, &QComboBox::currentIndexChanged, this, &TrendsView::showCharts);
    connect(m_timelineStyle, &QComboBox::currentIndexChanged, this, &TrendsView::showCharts);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_data)
            refresh();
    });
    connect(m_seasonKind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_data)
            refresh();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeTab(ChartKind::Weekday, {m_weekdayMode}), tr("By weekday"));
    m_tabs->addTab(makeTab(ChartKind::Heatmap, {}), tr("Weekday × hour"));
    m_tabs->addTab(makeTab(ChartKind::Timeline, {m_granularity, m_timelineStyle}), tr("Timeline"));
    m_tabs->addTab(makeTab(ChartKind::Season, {m_seasonKind}), tr("Season"));

    // --- the messages of a clicked bar, below the charts
    m_bucketPanel = new QWidget(this);
    m_bucketTitle = new QLabel(m_bucketPanel);
    m_bucketTitle->setWordWrap(true);
    m_bucketModel = new models::MessageListModel(this);
    m_bucketList = new QTableView(m_bucketPanel);
    m_bucketList->setObjectName(QStringLiteral("bucketList"));
    m_bucketList->setModel(m_bucketModel);
    setUpMessageTable(m_bucketList);
    m_bucketList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bucketList->setToolTip(tr("Double-click or press Enter to open a message in the mail view"));
    connect(m_bucketList, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        const store::MessageRow &row = m_bucketModel->rowAt(i.row());
        Q_EMIT messageActivated(row.id, row.folderId);
    });
    m_bucketMore = new QPushButton(tr("Show more"), m_bucketPanel);
    m_bucketMore->setEnabled(false);
    connect(m_bucketMore, &QPushButton::clicked, this, &TrendsView::loadMoreBucket);
    auto *closeBucketButton = new QPushButton(tr("Close"), m_bucketPanel);
    closeBucketButton->setToolTip(tr("Hide the list of the bar's messages"));
    connect(closeBucketButton, &QPushButton::clicked, this, &TrendsView::closeBucket);
    auto *bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_bucketTitle, 1);
    bucketRow->addWidget(m_bucketMore);
    bucketRow->addWidget(closeBucketButton);
    auto *bucketLayout = new QVBoxLayout(m_bucketPanel);
    bucketLayout->setContentsMargins(0, 0, 0, 0);
    bucketLayout->addLayout(bucketRow);
    bucketLayout->addWidget(m_bucketList, 1);
    m_bucketPanel->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tabs);
    split->addWidget(m_bucketPanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    say(tr("Choose the filters, then Refresh."));
}

TrendsView::~TrendsView()
{
    if (m_job)
        m_job->cancel();
    finishWorker(m_thread, m_job);
    m_exporter.finish();
    if (m_bucketJob)
        m_bucketJob->cancel();
    finishWorker(m_bucketThread, m_bucketJob);
}

QWidget *TrendsView::makeTab(ChartKind kind, const QList<QWidget *> &tools)
{
    auto *page = new QWidget(this);
    auto *view = new QChartView(page);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
    view->setMinimumSize(480, 300);
    m_views[index(kind)] = view;
    auto *exportButton = new QPushButton(tr("Export…"), page);
    exportButton->setToolTip(tr("Save this chart as PNG, SVG or PDF, with its numbers as CSV beside it"));
    connect(exportButton, &QPushButton::clicked, this, [this, kind] { askExport(kind); });
    auto *row = new QHBoxLayout;
    for (QWidget *w : tools)
        row->addWidget(w);
    row->addStretch();
    row->addWidget(exportButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    return page;
}

QChartView *TrendsView::chartView(ChartKind kind) const
{
    return m_views[index(kind)];
}

void TrendsView::setDatabase(const QString &path)
{
    m_dbPath = path;
}

void TrendsView::setScope(const QString &account, const QString &folder)
{
    m_account = account;
    m_folder = folder;
}

void TrendsView::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_limitDates->setChecked(from || to);
    m_from->setDate(from.value_or(QDate(1970, 1, 1)));
    m_to->setDate(to.value_or(QDate::currentDate()));
}

void TrendsView::setVerdict(trends::VerdictFilter verdict)
{
    m_verdict->setCurrentIndex(m_verdict->findData(int(verdict)));
}

void TrendsView::setTimeZone(const QTimeZone &zone)
{
    m_zone->setCurrentText(QString::fromUtf8(zone.id()));
}

void TrendsView::setCalendarFile(const QString &path)
{
    m_calendarFile = path;
}

trends::Filter TrendsView::filter() const
{
    trends::Filter f;
    f.account = m_account;
    f.folder = m_folder;
    if (m_limitDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.verdict = trends::VerdictFilter(m_verdict->currentData().toInt());
    if (auto z = trends::parseZone(m_zone->currentText().trimmed()))
        f.zone = z.value();
    return f;
}

charts::ChartOptions TrendsView::options() const
{
    charts::ChartOptions o;
    o.palette = palette();
    o.weekdayMode = charts::WeekdayMode(m_weekdayMode->currentData().toInt());
    o.timelineStyle = charts::TimelineStyle(m_timelineStyle->currentData().toInt());
    return o;
}

void TrendsView::say(const QString &message)
{
    m_status->setText(message);
}

// --- computing ---------------------------------------------------------------------------------

void TrendsView::refresh()
{
    startJob(false);
}

void TrendsView::startJob(bool report)
{
    if (m_job) { // one at a time: stop this one, start again when it has stopped
        m_refreshAgain = !report;
        m_job->cancel();
        return;
    }
    if (m_dbPath.isEmpty()) {
        say(tr("No profile is open."));
        return;
    }
    if (auto z = trends::parseZone(m_zone->currentText().trimmed()); !z) {
        say(z.error().toString());
        Q_EMIT failed(z.error().toString());
        return;
    }
    const trends::Filter f = filter();
    if (Status s = trends::validate(f); !s) {
        say(s.error().toString());
        Q_EMIT failed(s.error().toString());
        return;
    }
    TrendsJob::Request r;
    r.dbPath = m_dbPath;
    r.filter = f;
    if (const int g = m_granularity->currentData().toInt(); g >= 0)
        r.timeline = trends::Granularity(g);
    r.season = trends::SeasonKind(m_seasonKind->currentData().toInt());
    r.report = report;
    r.calendarFile = m_calendarFile;
    m_job = new TrendsJob(r);
    m_thread = startWorker(this, m_job, QStringLiteral("TrendsJob"));
    connect(m_job, &TrendsJob::finished, this, &TrendsView::onFinished);
    connect(m_job, &TrendsJob::failed, this, &TrendsView::onFailed);
    m_busy->show();
    m_cancel->setEnabled(true);
    m_report->setEnabled(false);
    say(report ? tr("Counting for the report…") : tr("Counting…"));
    Q_EMIT busyChanged(true);
    m_thread->start();
}

void TrendsView::cancel()
{
    m_refreshAgain = false;
    if (m_job)
        m_job->cancel();
}

void TrendsView::endJob()
{
    finishWorker(m_thread, m_job);
    m_busy->hide();
    m_cancel->setEnabled(false);
    m_report->setEnabled(true);
    Q_EMIT busyChanged(false);
}

void TrendsView::onFinished(const charts::ReportData &data)
{
    endJob();
    const QString reportPath = std::exchange(m_reportPath, QString());
    if (!reportPath.isEmpty()) {
        auto bytes = charts::paintReport(data, options());
        if (!bytes) {
            say(bytes.error().toString());
            Q_EMIT failed(bytes.error().toString());
            return;
        }
        charts::ExportFiles files;
        files.files.push_back({reportPath, bytes.value()});
        writeFiles(files, reportPath);
        return;
    }
    m_data = data;
    closeBucket(); // its messages were counted with the numbers just replaced
    showCharts();
    // Unlimited: the date boxes show the days the data covers, a start for narrowing it.
    if (const trends::DayRange &r = data.weekday.weekday.range; !m_limitDates->isChecked() && r.isValid()) {
        m_from->setDate(r.first);
        m_to->setDate(r.last);
    }
    trends::Counts all;
    for (const auto &d : data.weekday.weekday.days)
        all += d;
    say(tr("%1 messages · %2").arg(QLocale().toString(all.total), data.filter.describe()));
    Q_EMIT refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void TrendsView::onFailed(const QString &message, bool cancelled)
{
    endJob();
    m_reportPath.clear();
    if (std::exchange(m_refreshAgain, false)) {
        refresh();
        return;
    }
    say(cancelled ? tr("Stopped; the charts show the last numbers.") : message);
    if (!cancelled)
        Q_EMIT failed(message);
}

// --- drawing -----------------------------------------------------------------------------------

void TrendsView::showCharts()
{
    if (!m_data)
        return;
    const charts::ChartOptions o = options();
    const std::pair<ChartKind, const charts::ChartData *> all[] = {{ChartKind::Weekday, &m_data->weekday},
                                                                  {ChartKind::Heatmap, &m_data->heatmap},
                                                                  {ChartKind::Timeline, &m_data->timeline},
                                                                  {ChartKind::Season, &m_data->season}};
    for (const auto &[kind, data] : all) {
        QChartView *view = m_views[index(kind)];
        QChart *chart = charts::makeChart(*data, o);
        QChart *old = view->chart();
        view->setChart(chart); // the view owns the new chart and lets go of the old one
        delete old;
        attachHover(kind, chart);
        attachClicks(kind, chart);
    }
}

void TrendsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        showCharts(); // light <-> dark: the charts take their colours from the palette
    QWidget::changeEvent(event);
}

const trends::TimelinePoint *TrendsView::timelinePointAt(const QPointF &p) const
{
    const auto &points = m_data->timeline.timeline.points;
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
    for (qsizetype i = points.size() - 1; i >= 0; --i)
        if (points.at(i).start <= day)
            return &points.at(i);
    return nullptr;
}

std::optional<std::pair<const trends::YearSeries *, int>> TrendsView::seasonSlotAt(const QLineSeries *line,
                                                                                  const QPointF &p) const
{
    const int slot = int(std::lround(p.x()));
    for (const auto &y : m_data->season.season.years)
        if (QString::number(y.year) == line->name() && slot >= 1 && slot <= y.slots.size())
            return std::make_pair(&y, slot);
    return std::nullopt;
}

QString TrendsView::seasonSlotName(int slot) const
{
    return m_data->season.season.kind == trends::SeasonKind::MonthOfYear ? QLocale().monthName(slot) : tr("week %1").arg(slot);
}

std::pair<int, int> TrendsView::heatmapCellAt(const QPoint &viewportPos) const
{
    QChartView *heatmap = m_views[index(ChartKind::Heatmap)];
    QChart *chart = heatmap->chart();
    const QPointF inChart = chart->mapFromScene(heatmap->mapToScene(viewportPos));
    for (QGraphicsItem *item : chart->childItems())
        if (auto *grid = dynamic_cast<charts::HeatmapItem *>(item))
            return grid->cellAt(inChart);
    return {-1, -1};
}

void TrendsView::attachHover(ChartKind kind, QChart *chart)
{
    if (!m_data)
        return;
    const QLocale loc;
    switch (kind) {
    case ChartKind::Weekday:
        for (QAbstractSeries *s : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                connect(bars, &QAbstractBarSeries::hovered, this, [this, loc](bool state, int i, QBarSet *set) {
                    if (!state || i < 0 || i > 6)
                        return QToolTip::hideText();
                    const trends::Counts &c = m_data->weekday.weekday.days[std::size_t(i)];
                    QToolTip::showText(QCursor::pos(), tr("%1 · %2: %3\n%4 messages, %5 % spam")
                                                           .arg(loc.dayName(i + 1), set->label(),
                                                                loc.toString(set->at(i), 'g', 4), loc.toString(c.total),
                                                                loc.toString(100.0 * c.spamShare(), 'f', 1)));
                });
        break;
    case ChartKind::Timeline:
        for (QAbstractSeries *s : chart->series()) {
            auto show = [this, loc](const QPointF &p, bool state) {
                const trends::TimelinePoint *pt = state ? timelinePointAt(p) : nullptr;
                if (!pt)
                    return QToolTip::hideText();
                QToolTip::showText(QCursor::pos(), tr("%1: %2 messages, %3 spam, %4 ham\nrolling mean: %5 messages, %6 spam")
                                                       .arg(pt->label, loc.toString(pt->counts.total), loc.toString(pt->counts.spam),
                                                            loc.toString(pt->counts.ham), loc.toString(pt->rollingTotal, 'f', 1),
                                                            loc.toString(pt->rollingSpam, 'f', 1)));
            };
            if (auto *area = qobject_cast<QAreaSeries *>(s))
                connect(area, &QAreaSeries::hovered, this, show);
            else if (auto *line = qobject_cast<QLineSeries *>(s))
                connect(line, &QLineSeries::hovered, this, show);
        }
        break;
    case ChartKind::Season:
        for (QAbstractSeries *s : chart->series())
            if (auto *line = qobject_cast<QLineSeries *>(s))
                connect(line, &QLineSeries::hovered, this, [this, loc, line](const QPointF &p, bool state) {
                    const auto at = state ? seasonSlotAt(line, p) : std::nullopt;
                    if (!at)
                        return QToolTip::hideText();
                    const trends::Counts &c = at->first->slots.at(at->second - 1);
                    QToolTip::showText(QCursor::pos(), tr("%1 %2: %3 messages, %4 spam")
                                                           .arg(seasonSlotName(at->second), line->name(), loc.toString(c.total),
                                                                loc.toString(c.spam)));
                });
        break;
    case ChartKind::Heatmap: break; // the viewport's mouse moves, in eventFilter
    }
}

bool TrendsView::eventFilter(QObject *watched, QEvent *event)
{
    QChartView *heatmap = m_views[index(ChartKind::Heatmap)];
    const bool click = event->type() == QEvent::MouseButtonRelease
                       && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
    if (m_data && heatmap && watched == heatmap->viewport() && (click || event->type() == QEvent::MouseMove)) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const auto [day, hour] = heatmapCellAt(pos);
        if (day < 0) {
            QToolTip::hideText();
        } else {
            const trends::Counts &c = m_data->heatmap.heatmap.cells[std::size_t(day)][std::size_t(hour)];
            const QString cell = tr("%1, %2:00–%3:00")
                                     .arg(QLocale().dayName(day + 1))
                                     .arg(hour, 2, 10, QLatin1Char('0'))
                                     .arg(hour + 1, 2, 10, QLatin1Char('0'));
            if (click)
                showBucket(trends::Bucket::ofCell(day + 1, hour), trends::VerdictFilter::All, cell, c.total);
            else
                QToolTip::showText(heatmap->mapToGlobal(pos),
                                   tr("%1: %2 messages, %3 spam, %4 ham")
                                       .arg(cell, QLocale().toString(c.total), QLocale().toString(c.spam), QLocale().toString(c.ham)),
                                   heatmap);
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- the messages of a bucket --------------------------------------------------------------------

void TrendsView::attachClicks(ChartKind kind, QChart *chart)
{
    if (!m_data)
        return;
    const QLocale loc;
    switch (kind) {
    case ChartKind::Weekday:
        for (QAbstractSeries *s : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                connect(bars, &QAbstractBarSeries::clicked, this, [this, bars, loc](int i, QBarSet *set) {
                    if (i < 0 || i > 6)
                        return;
                    // Several sets are spam / ham / unsure, in that order (ChartBuilders); one set
                    // counts every message.
                    const QList<QBarSet *> sets = bars->barSets();
                    const qsizetype k = sets.indexOf(set);
                    trends::VerdictFilter v = trends::VerdictFilter::All;
                    if (sets.size() > 1)
                        v = k == 0 ? trends::VerdictFilter::Spam : k == 1 ? trends::VerdictFilter::Ham : trends::VerdictFilter::Unsure;
                    const trends::Counts &c = m_data->weekday.weekday.days[std::size_t(i)];
                    const qint64 n = v == trends::VerdictFilter::Spam   ? c.spam
                                     : v == trends::VerdictFilter::Ham  ? c.ham
                                     : v == trends::VerdictFilter::Unsure ? c.unsure
                                                                          : c.total;
                    const QString title = sets.size() > 1 ? tr("%1 · %2").arg(loc.dayName(i + 1), set->label()) : loc.dayName(i + 1);
                    showBucket(trends::Bucket::ofWeekday(i + 1), v, title, n);
                });
        break;
    case ChartKind::Timeline:
        for (QAbstractSeries *s : chart->series()) {
            auto open = [this](const QPointF &p) {
                if (const trends::TimelinePoint *pt = timelinePointAt(p))
                    showBucket(trends::Bucket::ofPeriod(m_data->timeline.timeline.granularity, pt->start),
                               trends::VerdictFilter::All, pt->label, pt->counts.total);
            };
            if (auto *area = qobject_cast<QAreaSeries *>(s))
                connect(area, &QAreaSeries::clicked, this, open);
            else if (auto *line = qobject_cast<QLineSeries *>(s))
                connect(line, &QLineSeries::clicked, this, open);
        }
        break;
    case ChartKind::Season:
        for (QAbstractSeries *s : chart->series())
            if (auto *line = qobject_cast<QLineSeries *>(s))
                connect(line, &QLineSeries::clicked, this, [this, line](const QPointF &p) {
                    if (const auto at = seasonSlotAt(line, p))
                        showBucket(trends::Bucket::ofSeason(m_data->season.season.kind, at->first->year, at->second),
                                   trends::VerdictFilter::All, tr("%1 %2").arg(seasonSlotName(at->second), line->name()),
                                   at->first->slots.at(at->second - 1).total);
                });
        break;
    case ChartKind::Heatmap: break; // the viewport's mouse clicks, in eventFilter
    }
}

void TrendsView::showBucket(const trends::Bucket &bucket, trends::VerdictFilter verdict, const QString &title,
                            qint64 count)
{
    if (!m_data)
        return;
    m_bucketFilter = m_data->filter; // the numbers shown, not the bar's edits since
    if (verdict != trends::VerdictFilter::All && m_bucketFilter.verdict == trends::VerdictFilter::All)
        m_bucketFilter.verdict = verdict;
    m_bucket = bucket;
    m_bucketName = title;
    m_bucketCount = count;
    m_bucketNext.reset();
    m_bucketModel->clear();
    m_bucketMore->setEnabled(false);
    m_bucketTitle->setText(tr("%1: reading %2 messages…").arg(title, QLocale().toString(count)));
    m_bucketPanel->show();
    startBucketJob(false);
}

void TrendsView::loadMoreBucket()
{
    if (m_bucketNext && !m_bucketJob)
        startBucketJob(true);
}

void TrendsView::closeBucket()
{
    if (m_bucketJob)
        m_bucketJob->cancel();
    finishWorker(m_bucketThread, m_bucketJob);
    ++m_bucketGeneration;
    m_bucketModel->clear();
    m_bucketNext.reset();
    m_bucketPanel->hide();
}

void TrendsView::startBucketJob(bool more)
{
    if (m_bucketJob) { // a new click replaces the list being read
        m_bucketJob->cancel();
        finishWorker(m_bucketThread, m_bucketJob);
    }
    BucketJob::Request r;
    r.dbPath = m_dbPath;
    r.filter = m_bucketFilter;
    r.bucket = m_bucket;
    r.limit = 500;
    if (more)
        r.after = m_bucketNext;
    m_bucketJob = new BucketJob(r);
    m_bucketThread = startWorker(this, m_bucketJob, QStringLiteral("BucketJob"));
    // A replaced job's signals may still be queued after it was ended: only the current one counts.
    const quint64 generation = ++m_bucketGeneration;
    connect(m_bucketJob, &BucketJob::finished, this, [this, more, generation](const store::MessageRows &rows, bool hasMore) {
        if (generation != m_bucketGeneration)
            return;
        m_bucketNext = hasMore ? m_bucketJob->nextCursor() : std::nullopt;
        finishWorker(m_bucketThread, m_bucketJob);
        if (more)
            m_bucketModel->appendRows(rows);
        else
            m_bucketModel->setRows(rows);
        m_bucketMore->setEnabled(m_bucketNext.has_value());
        const QLocale loc;
        const int shown = m_bucketModel->rowCount();
        m_bucketTitle->setText(shown < m_bucketCount
                                   ? tr("%1: %2 messages, the newest %3 listed").arg(m_bucketName, loc.toString(m_bucketCount), loc.toString(shown))
                                   : tr("%1: %2 messages").arg(m_bucketName, loc.toString(shown)));
        Q_EMIT bucketLoaded();
    });
    connect(m_bucketJob, &BucketJob::failed, this, [this, generation](const QString &message, bool cancelled) {
        if (generation != m_bucketGeneration)
            return;
        finishWorker(m_bucketThread, m_bucketJob);
        if (!cancelled)
            m_bucketTitle->setText(tr("%1: the messages could not be read: %2").arg(m_bucketName, message));
        Q_EMIT bucketLoaded();
    });
    m_bucketThread->start();
}

// --- exporting ---------------------------------------------------------------------------------

void TrendsView::askExport(ChartKind kind)
{
    if (!m_data) {
        say(tr("Nothing to export yet: Refresh first."));
        return;
    }
    const QString name = QStringLiteral("mailtide-%1.png").arg(charts::chartKey(kind));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), QDir::home().filePath(name),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        exportChart(kind, path);
}

void TrendsView::exportChart(ChartKind kind, const QString &path)
{
    if (!m_data) {
        say(tr("Nothing to export yet: Refresh first."));
        Q_EMIT failed(tr("Nothing to export yet: Refresh first."));
        return;
    }
    const charts::ChartData &data = kind == ChartKind::Weekday   ? m_data->weekday
                                    : kind == ChartKind::Heatmap ? m_data->heatmap
                                    : kind == ChartKind::Timeline ? m_data->timeline
                                                                  : m_data->season;
    // A fresh chart at the export's size: the one on screen keeps its own.
    std::unique_ptr<QChart> chart(charts::makeChart(data, options()));
    auto files = charts::paintExport(chart.get(), path, trends::toCsv(charts::tableOf(data), data.filter));
    if (!files) {
        say(files.error().toString());
        Q_EMIT failed(files.error().toString());
        return;
    }
    writeFiles(files.value(), path);
}

void TrendsView::exportReport(const QString &path)
{
    if (charts::exportFormatFor(path) != charts::ExportFormat::Pdf) {
        const QString message = tr("The report is a PDF file (name it .pdf)");
        say(message);
        Q_EMIT failed(message);
        return;
    }
    if (m_job) {
        say(tr("Wait for the counting to end, or cancel it."));
        return;
    }
    m_reportPath = path;
    startJob(true);
}

void TrendsView::writeFiles(const charts::ExportFiles &files, const QString &shownPath)
{
    const bool started = m_exporter.start(files, [this, shownPath](bool ok, const QString &message) {
        if (!ok) {
            say(message);
            Q_EMIT failed(message);
            return;
        }
        say(tr("Saved %1").arg(QDir::toNativeSeparators(shownPath)));
        Q_EMIT exported(shownPath);
    });
    if (!started)
        say(tr("An export is still being written."));
}

} // namespace mailtide::ui
