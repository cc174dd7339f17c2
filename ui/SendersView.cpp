#include "SendersView.h"

#include "ExportJob.h"
#include "FilterWidgets.h"
#include "MessageTable.h"
#include "SendersJob.h"
#include "SendersModel.h"
#include "Worker.h"
#include "models/MessageListModel.h"
#include "trends/Table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace mailtide::ui {

namespace {
senders::GroupBy groupOf(SendersView::Mode m)
{
    return m == SendersView::Mode::Address ? senders::GroupBy::Address
           : m == SendersView::Mode::Network ? senders::GroupBy::Network
                                             : senders::GroupBy::Domain;
}

/** Starts one SendersJob on its worker; the caller connects its signals, then starts the thread. */
SendersJob *launch(QObject *owner, const SendersJob::Request &r, QThread *&thread, const QString &name)
{
    auto *job = new SendersJob(r);
    thread = startWorker(owner, job, name);
    return job;
}
} // namespace

SendersView::SendersView(QWidget *parent) : QWidget(parent)
{
    // --- the filter bar
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("By sender address"), int(Mode::Address));
    m_mode->addItem(tr("By domain"), int(Mode::Domain));
    m_mode->addItem(tr("By origin network"), int(Mode::Network));
    m_mode->addItem(tr("Botnet campaigns"), int(Mode::Campaigns));
    m_mode->setCurrentIndex(1);
    m_mode->setToolTip(tr("Group the mail by the From address, its registrable domain, the network (/24) it was "
                          "sent from; or list campaigns sent from many origin IPs"));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_dbPath.isEmpty())
            refresh();
    });
    const DateRangeWidgets range = makeDateRange(this);
    m_limitDates = range.limit;
    m_from = range.from;
    m_to = range.to;
    m_verdict = makeVerdictBox(this);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Show only the rows whose sender (or subject) contains this text"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop counting (Esc)"));
    m_busy = makeBusyBar(this);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setToolTip(tr("Save the rows shown as CSV, JSON or PDF"));
    connect(m_refresh, &QPushButton::clicked, this, &SendersView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &SendersView::cancel);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the sender report"),
                                                          QDir::home().filePath(QStringLiteral("mailtide-senders.csv")),
                                                          tr("CSV table (*.csv);;JSON (*.json);;PDF document (*.pdf)"));
        if (!path.isEmpty())
            exportTo(path);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addSpacing(8);
    bar->addWidget(m_limitDates);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_verdict);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_cancel);
    bar->addWidget(m_busy);
    bar->addWidget(m_export);

    // --- the senders
    m_model = new SendersModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SendersModel::SortRole);
    m_proxy->setFilterRole(SendersModel::KeyRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sendersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SendersModel::ColScore, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SendersView::selectSender);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SendersView::updateActions);

    // --- a sender's messages, and one message's evidence
    auto *drill = new QWidget(this);
    m_drillTitle = new QLabel(tr("Select a sender to list its messages."), drill);
    m_drillTitle->setWordWrap(true);
    m_alwaysSpam = new QPushButton(tr("Always treat as spam"), drill);
    m_alwaysSpam->setToolTip(tr("Add a rule that moves this sender's future mail to Junk, in each account it wrote to"));
    m_markAll = new QPushButton(tr("Mark all as spam…"), drill);
    m_markAll->setToolTip(tr("Move every listed message of this sender to Junk (you see what will move first, and can undo)"));
    connect(m_alwaysSpam, &QPushButton::clicked, this, &SendersView::alwaysTreatAsSpam);
    connect(m_markAll, &QPushButton::clicked, this, &SendersView::markAllAsSpam);
    m_messageModel = new models::MessageListModel(this);
    m_messages = new QTableView(drill);
    m_messages->setObjectName(QStringLiteral("senderMessages"));
    m_messages->setModel(m_messageModel);
    setUpMessageTable(m_messages);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setToolTip(tr("Double-click or press Enter to open a message in the mail view"));
    connect(m_messages->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SendersView::selectMessage);
    connect(m_messages, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        const store::MessageRow &row = m_messageModel->rowAt(i.row());
        Q_EMIT messageActivated(row.id, row.folderId);
    });
    auto *drillRow = new QHBoxLayout;
    drillRow->addWidget(m_drillTitle, 1);
    drillRow->addWidget(m_alwaysSpam);
    drillRow->addWidget(m_markAll);
    auto *drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addLayout(drillRow);
    drillLayout->addWidget(m_messages, 1);

    auto *evidencePane = new QWidget(this);
    m_evidenceTitle = new QLabel(tr("Select a message to see what its headers say about the sender."), evidencePane);
    // One line, elided by the pane's width (the subject may be long): the tooltip has it whole.
    m_evidenceTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_evidence = new QListWidget(evidencePane);
    m_evidence->setObjectName(QStringLiteral("senderEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setSpacing(2);
    m_evidence->setAlternatingRowColors(true);
    auto *evidenceLayout = new QVBoxLayout(evidencePane);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidenceTitle);
    evidenceLayout->addWidget(m_evidence, 1);

    auto *below = new QSplitter(Qt::Horizontal, this);
    below->setChildrenCollapsible(false);
    below->addWidget(drill);
    below->addWidget(evidencePane);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &SendersView::cancel);

    updateActions();
    say(tr("Choose the filters, then Refresh."));
}

SendersView::~SendersView()
{
    for (SendersJob *j : {m_job, m_drillJob, m_evidenceJob, m_ruleJob, m_pdfJob})
        if (j)
            j->cancel();
    finishWorker(m_thread, m_job);
    finishWorker(m_drillThread, m_drillJob);
    finishWorker(m_evidenceThread, m_evidenceJob);
    finishWorker(m_ruleThread, m_ruleJob);
    m_exporter.finish();
    finishWorker(m_pdfThread, m_pdfJob);
}

void SendersView::setDatabase(const QString &path)
{
    m_dbPath = path;
}

void SendersView::setScope(const QString &account, const QString &folder)
{
    m_account = account;
    m_folder = folder;
}

void SendersView::setMode(Mode mode)
{
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

SendersView::Mode SendersView::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void SendersView::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_limitDates->setChecked(from || to);
    m_from->setDate(from.value_or(QDate(1970, 1, 1)));
    m_to->setDate(to.value_or(QDate::currentDate()));
}

void SendersView::setVerdict(trends::VerdictFilter verdict)
{
    m_verdict->setCurrentIndex(m_verdict->findData(int(verdict)));
}

void SendersView::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

trends::Filter SendersView::filter() const
{
    trends::Filter f;
    f.account = m_account;
    f.folder = m_folder;
    if (m_limitDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.verdict = trends::VerdictFilter(m_verdict->currentData().toInt());
    return f;
}

void SendersView::say(const QString &message)
{
    m_status->setText(message);
}

// --- the table -----------------------------------------------------------------------------------

void SendersView::refresh()
{
    if (m_job) { // one at a time: stop this one, start again when it has stopped
        m_refreshAgain = true;
        m_job->cancel();
        return;
    }
    if (m_dbPath.isEmpty()) {
        say(tr("No profile is open."));
        return;
    }
    const trends::Filter f = filter();
    if (Status s = trends::validate(f); !s) {
        say(s.error().toString());
        Q_EMIT failed(s.error().toString());
        return;
    }
    SendersJob::Request r;
    r.kind = mode() == Mode::Campaigns ? SendersJob::Kind::Campaigns : SendersJob::Kind::Groups;
    r.dbPath = m_dbPath;
    r.filter = f;
    r.by = groupOf(mode());
    m_job = launch(this, r, m_thread, QStringLiteral("SendersJob"));
    connect(m_job, &SendersJob::finished, this, &SendersView::onFinished);
    connect(m_job, &SendersJob::failed, this, &SendersView::onFailed);
    m_busy->show();
    m_cancel->setEnabled(true);
    m_export->setEnabled(false);
    say(tr("Reading the senders…"));
    Q_EMIT busyChanged(true);
    m_thread->start();
}

void SendersView::cancel()
{
    m_refreshAgain = false;
    if (m_job)
        m_job->cancel();
}

void SendersView::endJob()
{
    finishWorker(m_thread, m_job);
    m_busy->hide();
    m_cancel->setEnabled(false);
    m_export->setEnabled(true);
    Q_EMIT busyChanged(false);
}

void SendersView::onFinished(const SendersAnswer &answer)
{
    const SendersJob::Request r = m_job->request();
    endJob();
    if (std::exchange(m_refreshAgain, false)) {
        refresh();
        return;
    }
    m_shownFilter = r.filter;
    m_computed = true;
    m_shownMode = r.kind == SendersJob::Kind::Campaigns ? Mode::Campaigns : mode();
    // The drill-down showed a row of the numbers just replaced.
    stopDrill();
    m_drillKey.clear();
    m_drillIds.clear();
    m_messageModel->clear();
    m_evidence->clear();
    const QLocale loc;
    if (r.kind == SendersJob::Kind::Campaigns) {
        m_model->setCampaigns(answer.campaigns, r.filter.zone);
        m_table->sortByColumn(SendersModel::CColIps, Qt::DescendingOrder);
        m_drillTitle->setText(tr("Campaigns are listed with their subject; pick a sender view to list messages."));
        say(tr("%1 campaigns sent from 3 or more origin IPs · %2").arg(loc.toString(answer.campaigns.size()), r.filter.describe()));
    } else {
        qint64 messages = 0;
        for (const auto &g : answer.groups)
            messages += g.messages;
        m_model->setGroups(answer.groups, r.by, r.filter.zone);
        // Unlimited: the date boxes show the days the rows cover, a start for narrowing them.
        qint64 first = 0, last = 0;
        for (const auto &g : answer.groups) {
            if (g.firstUtc > 0 && (first == 0 || g.firstUtc < first))
                first = g.firstUtc;
            last = std::max(last, g.lastUtc);
        }
        if (!m_limitDates->isChecked() && first > 0) {
            m_from->setDate(QDateTime::fromSecsSinceEpoch(first, r.filter.zone).date());
            m_to->setDate(QDateTime::fromSecsSinceEpoch(last, r.filter.zone).date());
        }
        m_table->sortByColumn(SendersModel::ColScore, Qt::DescendingOrder);
        m_drillTitle->setText(tr("Select a sender to list its messages."));
        say(tr("%1 senders, %2 messages with sender evidence · %3")
                .arg(loc.toString(answer.groups.size()), loc.toString(messages), r.filter.describe()));
    }
    m_evidenceTitle->setText(tr("Select a message to see what its headers say about the sender."));
    // Widths from the font, like the message lists: never measure every row.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *h = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        h->resizeSection(c, std::max(h->sectionSizeHint(c), c == 0 ? 18 * em : 5 * em));
    if (!m_model->isCampaigns())
        h->resizeSection(SendersModel::ColAuth, 9 * em);
    updateActions();
    Q_EMIT refreshed();
}

void SendersView::onFailed(const QString &message, bool cancelled)
{
    endJob();
    if (std::exchange(m_refreshAgain, false)) {
        refresh();
        return;
    }
    say(cancelled ? tr("Stopped; the table shows the last rows.") : message);
    if (!cancelled)
        Q_EMIT failed(message);
}

QString SendersView::selectedKey() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    if (!i.isValid() || m_model->isCampaigns())
        return {};
    return m_proxy->data(i.siblingAtColumn(0), SendersModel::KeyRole).toString();
}

void SendersView::updateActions()
{
    const bool sender = !m_model->isCampaigns() && !selectedKey().isEmpty();
    const bool named = sender && m_shownMode != Mode::Network && selectedKey() != QLatin1String("(none)");
    m_alwaysSpam->setEnabled(named && !m_ruleJob);
    m_markAll->setEnabled(sender && !m_drillJob && !m_drillIds.isEmpty());
}

// --- drill-down ----------------------------------------------------------------------------------

void SendersView::stopDrill()
{
    // A replaced job's signals may still be queued after it was ended: only the current one counts.
    for (SendersJob *j : {m_drillJob, m_evidenceJob})
        if (j)
            j->cancel();
    finishWorker(m_drillThread, m_drillJob);
    finishWorker(m_evidenceThread, m_evidenceJob);
    ++m_drillGeneration;
    ++m_evidenceGeneration;
}

void SendersView::selectSender()
{
    stopDrill(); // a new selection replaces the list being read
    const quint64 generation = m_drillGeneration;
    m_messageModel->clear();
    m_evidence->clear();
    m_drillIds.clear();
    m_drillKey = selectedKey();
    updateActions();
    if (m_drillKey.isEmpty())
        return;
    SendersJob::Request r;
    r.kind = SendersJob::Kind::Messages;
    r.dbPath = m_dbPath;
    r.filter = m_shownFilter;
    r.by = groupOf(m_shownMode);
    r.key = m_drillKey;
    m_drillTitle->setText(tr("%1: reading its messages…").arg(m_drillKey));
    m_drillJob = launch(this, r, m_drillThread, QStringLiteral("SendersDrill"));
    const QString key = m_drillKey;
    connect(m_drillJob, &SendersJob::finished, this, [this, generation, key](const SendersAnswer &a) {
        if (generation != m_drillGeneration)
            return;
        finishWorker(m_drillThread, m_drillJob);
        m_drillIds = a.ids;
        m_messageModel->setRows(a.rows);
        const QLocale loc;
        QString title = a.rows.size() < a.ids.size()
                            ? tr("%1: %2 messages, the newest %3 listed").arg(key, loc.toString(a.ids.size()), loc.toString(a.rows.size()))
                            : tr("%1: %2 messages").arg(key, loc.toString(a.rows.size()));
        // The row's reasons whole (the table elides them).
        for (const auto &g : m_model->groups())
            if (g.key == key && !g.reasons.isEmpty()) {
                title += QLatin1Char('\n') + tr("Score %1: %2").arg(loc.toString(g.score, 'f', 2), g.reasons.join(QStringLiteral("; ")));
                break;
            }
        m_drillTitle->setText(title);
        updateActions();
        Q_EMIT drillLoaded();
    });
    connect(m_drillJob, &SendersJob::failed, this, [this, generation, key](const QString &message, bool cancelled) {
        if (generation != m_drillGeneration)
            return;
        finishWorker(m_drillThread, m_drillJob);
        if (!cancelled)
            m_drillTitle->setText(tr("%1: the messages could not be read: %2").arg(key, message));
        updateActions();
        Q_EMIT drillLoaded();
    });
    m_drillThread->start();
}

void SendersView::selectMessage()
{
    if (m_evidenceJob)
        finishWorker(m_evidenceThread, m_evidenceJob);
    const quint64 generation = ++m_evidenceGeneration;
    m_evidence->clear();
    const QModelIndex i = m_messages->selectionModel()->currentIndex();
    if (!i.isValid())
        return;
    const store::MessageRow &row = m_messageModel->rowAt(i.row());
    SendersJob::Request r;
    r.kind = SendersJob::Kind::Evidence;
    r.dbPath = m_dbPath;
    r.messageId = row.id;
    const QString subject = row.subject.isEmpty() ? tr("(no subject)") : row.subject;
    m_evidenceTitle->setText(tr("Reading the evidence of “%1”…").arg(subject));
    m_evidenceJob = launch(this, r, m_evidenceThread, QStringLiteral("SendersEvidence"));
    connect(m_evidenceJob, &SendersJob::finished, this, [this, generation, subject](const SendersAnswer &a) {
        if (generation != m_evidenceGeneration)
            return;
        finishWorker(m_evidenceThread, m_evidenceJob);
        for (qsizetype k = 0; k < a.evidence.size(); ++k) {
            auto *item = new QListWidgetItem(a.evidence.at(k), m_evidence);
            item->setToolTip(a.evidenceIds.value(k));
        }
        m_evidenceTitle->setText(a.evidence.isEmpty() ? tr("Nothing suspicious about the sender of “%1”.").arg(subject)
                                                      : tr("Sender evidence of “%1”:").arg(subject));
        m_evidenceTitle->setToolTip(subject);
        Q_EMIT evidenceLoaded();
    });
    connect(m_evidenceJob, &SendersJob::failed, this, [this, generation](const QString &message, bool) {
        if (generation != m_evidenceGeneration)
            return;
        finishWorker(m_evidenceThread, m_evidenceJob);
        m_evidenceTitle->setText(tr("The evidence could not be read: %1").arg(message));
        Q_EMIT evidenceLoaded();
    });
    m_evidenceThread->start();
}

// --- actions -------------------------------------------------------------------------------------

void SendersView::alwaysTreatAsSpam()
{
    const QString key = selectedKey();
    if (key.isEmpty() || m_shownMode == Mode::Network || m_shownMode == Mode::Campaigns || m_ruleJob) {
        say(tr("Select a sender address or a domain first."));
        return;
    }
    SendersJob::Request r;
    r.kind = SendersJob::Kind::AlwaysSpam;
    r.dbPath = m_dbPath;
    r.filter = m_shownFilter;
    r.by = groupOf(m_shownMode);
    r.key = key;
    m_ruleJob = launch(this, r, m_ruleThread, QStringLiteral("SendersRule"));
    connect(m_ruleJob, &SendersJob::finished, this, [this](const SendersAnswer &a) {
        finishWorker(m_ruleThread, m_ruleJob);
        say(a.message);
        updateActions();
        Q_EMIT ruleAdded(a.rulesAdded, a.message);
    });
    connect(m_ruleJob, &SendersJob::failed, this, [this](const QString &message, bool) {
        finishWorker(m_ruleThread, m_ruleJob);
        const QString said = tr("No rule was added: %1").arg(message);
        say(said);
        updateActions();
        Q_EMIT failed(said);
    });
    updateActions();
    say(tr("Adding a rule for %1…").arg(key));
    m_ruleThread->start();
}

void SendersView::markAllAsSpam()
{
    const QString key = selectedKey();
    if (key.isEmpty() || key != m_drillKey || m_drillJob || m_drillIds.isEmpty()) {
        say(tr("Select a sender and wait for its messages to be listed."));
        return;
    }
    Q_EMIT markAllRequested(m_drillIds, tr("%1 messages from %2").arg(QLocale().toString(m_drillIds.size()), key));
}

// --- exports -------------------------------------------------------------------------------------

QString SendersView::reportHtml() const
{
    const QLocale loc;
    const QString by = m_shownMode == Mode::Address   ? tr("by sender address")
                       : m_shownMode == Mode::Domain  ? tr("by domain")
                       : m_shownMode == Mode::Network ? tr("by origin network")
                                                      : tr("botnet campaigns");
    QString html = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 8pt'>");
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Suspicious senders, %1").arg(by).toHtmlEscaped());
    QString filters = m_shownFilter.describe();
    if (!m_text->text().isEmpty())
        filters += tr(" · containing “%1”").arg(m_text->text());
    html += QStringLiteral("<p>%1</p>").arg(filters.toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    const int columns = m_proxy->columnCount();
    for (int c = 0; c < columns; ++c)
        html += QStringLiteral("<th>%1</th>").arg(m_proxy->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = m_proxy->index(row, c);
            const bool right = m_proxy->data(i, Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(right ? QStringLiteral(" align='right'") : QString(), m_proxy->data(i).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p></body></html>")
                .arg(tr("%1 rows · written by Mailtide on %2").arg(loc.toString(m_proxy->rowCount()), QDate::currentDate().toString(Qt::ISODate)));
    return html;
}

void SendersView::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json") && suffix != QLatin1String("pdf")) {
        const QString message = tr("Name the file .csv, .json or .pdf");
        say(message);
        Q_EMIT failed(message);
        return;
    }
    if (!m_computed) {
        const QString message = tr("Nothing to export yet: Refresh first.");
        say(message);
        Q_EMIT failed(message);
        return;
    }
    if (suffix == QLatin1String("pdf")) {
        if (m_pdfJob) {
            say(tr("An export is still being written."));
            return;
        }
        SendersJob::Request r;
        r.kind = SendersJob::Kind::Pdf;
        r.html = reportHtml();
        r.path = path;
        m_pdfJob = launch(this, r, m_pdfThread, QStringLiteral("SendersPdf"));
        connect(m_pdfJob, &SendersJob::finished, this, [this, path] {
            finishWorker(m_pdfThread, m_pdfJob);
            say(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(path);
        });
        connect(m_pdfJob, &SendersJob::failed, this, [this](const QString &message) {
            finishWorker(m_pdfThread, m_pdfJob);
            say(message);
            Q_EMIT failed(message);
        });
        say(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
        m_pdfThread->start();
        return;
    }
    // The rows shown, in the order shown: the text filter and the sort apply.
    trends::Table table;
    if (m_model->isCampaigns()) {
        QVector<senders::BotnetCampaign> rows;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows << m_model->campaigns().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        table = senders::tableOf(rows, m_shownFilter, -1);
    } else {
        QVector<senders::SenderGroup> rows;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows << m_model->groups().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        table = senders::tableOf(rows, m_model->groupBy(), m_shownFilter, -1);
    }
    writeFile(path, suffix == QLatin1String("json") ? trends::toJson(table, m_shownFilter) : trends::toCsv(table, m_shownFilter));
}

void SendersView::writeFile(const QString &path, const QByteArray &bytes)
{
    charts::ExportFiles files;
    files.files.push_back({path, bytes});
    const bool started = m_exporter.start(std::move(files), [this, path](bool ok, const QString &message) {
        if (!ok) {
            say(message);
            Q_EMIT failed(message);
            return;
        }
        say(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(path);
    });
    if (!started)
        say(tr("An export is still being written."));
}

} // namespace mailtide::ui
