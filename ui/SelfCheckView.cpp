#include "SelfCheckView.h"

#include "ExportJob.h"
#include "SelfCheckCharts.h"
#include "Worker.h"
#include "charts/ChartExport.h"
#include "charts/ChartTheme.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mailtide::ui {

using selfcheck::Severity;

namespace {

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Severe: return QColor(0xc6, 0x28, 0x28);
    case Severity::Warning: return QColor(0xef, 0x9a, 0x00);
    case Severity::Info:
    case Severity::Ok: break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Severe: return SelfCheckView::tr("Severe");
    case Severity::Warning: return SelfCheckView::tr("Warning");
    case Severity::Info: return SelfCheckView::tr("Info");
    case Severity::Ok: break;
    }
    return SelfCheckView::tr("OK");
}

QIcon severityIcon(const QStyle *style, Severity s)
{
    switch (s) {
    case Severity::Severe: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Ok: break;
    }
    return style->standardIcon(QStyle::SP_DialogApplyButton);
}

/** The traffic light's disc: the colour of the worst severity (grey before a result). The words
 *  beside it say the same, for whoever does not see colours. */
class Light : public QWidget
{
public:
    explicit Light(QWidget *parent) : QWidget(parent) { setFixedSize(40, 40); }
    void setColor(const QColor &c)
    {
        m_color = c;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        p.setBrush(m_color);
        p.drawEllipse(QRectF(rect()).adjusted(3, 3, -3, -3));
    }

private:
    QColor m_color = Qt::gray;
};

QImage discImage(const QColor &c, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 2));
    p.setBrush(c);
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    return img;
}

QList<selfcheck::Finding> worstFirst(const selfcheck::Report &r)
{
    QList<selfcheck::Finding> sorted = r.findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const selfcheck::Finding &a, const selfcheck::Finding &b) { return a.severity > b.severity; });
    return sorted;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

QTableWidgetItem *numberCell(qint64 n)
{
    auto *i = new QTableWidgetItem(QLocale().toString(n));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

SelfCheckView::SelfCheckView(QWidget *parent) : QWidget(parent)
{
    // --- the form
    auto *formBox = new QGroupBox(tr("What to check"), this);
    m_domain = new QLineEdit(formBox);
    m_domain->setObjectName(QStringLiteral("selfCheckDomain"));
    m_domain->setPlaceholderText(tr("example.com (required)"));
    m_domain->setToolTip(tr("Your own domain: the part after @ in your addresses"));
    m_selectors = new QLineEdit(formBox);
    m_selectors->setPlaceholderText(tr("e.g. s1, google (optional)"));
    m_selectors->setToolTip(tr("The s= of the DKIM-Signature in mail you sent; read from your Sent folder when the mailbox is read"));
    m_ips = new QLineEdit(formBox);
    m_ips->setPlaceholderText(tr("e.g. 192.0.2.10 (optional)"));
    m_ips->setToolTip(tr("Addresses your mail leaves from: their reverse DNS, your SPF record, and block lists if asked"));
    m_account = new QComboBox(formBox);
    m_account->setObjectName(QStringLiteral("selfCheckAccount"));
    m_account->addItem(tr("None"), QString());
    m_account->setToolTip(tr("Read this account's Sent folder and reports (read-only): bounces, complaints, DMARC reports, sent volume"));
    m_days = new QSpinBox(formBox);
    m_days->setRange(7, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("How far back the mailbox is read"));
    m_relay = new QLineEdit(formBox);
    m_relay->setObjectName(QStringLiteral("selfCheckRelay"));
    m_relay->setPlaceholderText(tr("mail.example.com or mail.example.com:25 (optional)"));
    m_relay->setToolTip(tr("Your own mail server: the test asks it to relay from an outside address to another one, "
                           "then ends the session without ever sending a message"));
    m_relayConfirm = new QCheckBox(tr("This is my server and I may test it"), formBox);
    m_relayConfirm->setObjectName(QStringLiteral("selfCheckRelayConfirm"));
    m_relayConfirm->setToolTip(tr("The open-relay test runs only when this is ticked: test only servers you run"));
    m_submission = new QLineEdit(formBox);
    m_submission->setPlaceholderText(tr("mail.example.com:587 (optional)"));
    m_submission->setToolTip(tr("Checks that your submission service offers STARTTLS, then AUTH. It never logs in."));
    m_dnsbl = new QCheckBox(tr("Also look up block lists (tells the lists' operators what you asked about)"), formBox);
    m_dnsbl->setObjectName(QStringLiteral("selfCheckDnsbl"));

    auto *mailboxRow = new QHBoxLayout;
    mailboxRow->addWidget(m_account, 1);
    mailboxRow->addWidget(new QLabel(tr("of the last"), formBox));
    mailboxRow->addWidget(m_days);
    auto *relayRow = new QHBoxLayout;
    relayRow->addWidget(m_relay, 1);
    relayRow->addWidget(m_relayConfirm);
    auto *left = new QFormLayout;
    left->addRow(tr("&Domain:"), m_domain);
    left->addRow(tr("DKIM &selectors:"), m_selectors);
    left->addRow(tr("&Outbound IPs:"), m_ips);
    auto *right = new QFormLayout;
    // Rows holding a layout get no buddy from QFormLayout: give their labels one, for the mnemonic.
    auto *mailboxLabel = new QLabel(tr("Read my &mailbox:"), formBox);
    mailboxLabel->setBuddy(m_account);
    auto *relayLabel = new QLabel(tr("Open-&relay test of:"), formBox);
    relayLabel->setBuddy(m_relay);
    right->addRow(mailboxLabel, mailboxRow);
    right->addRow(relayLabel, relayRow);
    right->addRow(tr("Su&bmission host:"), m_submission);
    right->addRow(QString(), m_dnsbl);
    auto *formLayout = new QHBoxLayout(formBox);
    formLayout->addLayout(left, 2);
    formLayout->addSpacing(12);
    formLayout->addLayout(right, 3);

    // --- the actions
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run check"), this);
    m_run->setObjectName(QStringLiteral("selfCheckRun"));
    m_run->setToolTip(tr("Run the self-check (F5)"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("selfCheckStop"));
    m_stop->setToolTip(tr("Stop the running check (Esc)"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("selfCheckStep"));
    m_step->setTextFormat(Qt::PlainText);
    m_recheck = new QComboBox(this);
    m_recheck->setObjectName(QStringLiteral("selfCheckRecheck"));
    m_recheck->addItem(tr("never"), int(RecheckInterval::Never));
    m_recheck->addItem(tr("day"), int(RecheckInterval::Day));
    m_recheck->addItem(tr("week"), int(RecheckInterval::Week));
    m_recheck->setToolTip(tr("While Mailtide is open, run this check again in the background and say when something changed"));
    m_export = new QPushButton(tr("Export report…"), this);
    m_export->setObjectName(QStringLiteral("selfCheckExport"));
    m_export->setToolTip(tr("The report as PDF (for your IT provider) or JSON"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_stop);
    actions->addWidget(m_progress);
    actions->addWidget(m_step, 1);
    actions->addWidget(new QLabel(tr("Check again every:"), this));
    actions->addWidget(m_recheck);
    actions->addWidget(m_export);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("selfCheckBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();

    // --- the traffic light
    auto *light = new Light(this);
    m_light = light;
    m_light->setObjectName(QStringLiteral("selfCheckLight"));
    m_light->setAccessibleName(tr("No result yet"));
    m_summary = new QLabel(tr("Fill in your domain and run the check."), this);
    m_summary->setObjectName(QStringLiteral("selfCheckSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_summary->setFont(big);
    auto *lightRow = new QHBoxLayout;
    lightRow->addWidget(m_light);
    lightRow->addWidget(m_summary, 1);

    // --- findings
    m_tabs = new QTabWidget(this);
    auto *findingsPage = new QSplitter(Qt::Vertical);
    m_findings = makeTable({tr("Severity"), tr("About"), tr("What was found"), tr("What to do")}, findingsPage);
    m_findings->setObjectName(QStringLiteral("selfCheckFindings"));
    m_findings->setWordWrap(true);
    m_findings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_findings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_findings->setColumnWidth(1, 220);
    auto *detailBox = new QWidget(findingsPage);
    m_detailTitle = new QLabel(tr("Select a finding to see the record or the server's answers behind it."), detailBox);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    m_detail = new QPlainTextEdit(detailBox);
    m_detail->setObjectName(QStringLiteral("selfCheckDetail"));
    m_detail->setReadOnly(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail);
    findingsPage->addWidget(m_findings);
    findingsPage->addWidget(detailBox);
    findingsPage->setStretchFactor(0, 3);
    findingsPage->setStretchFactor(1, 1);
    m_tabs->addTab(findingsPage, tr("&Findings"));

    // --- mailbox
    m_mailboxPage = new QWidget;
    m_mailboxNote = new QLabel(tr("Choose an account under \"Read my mailbox\" to see bounces, complaints, DMARC reports and "
                                  "your sent volume."),
                               m_mailboxPage);
    m_mailboxNote->setTextFormat(Qt::PlainText);
    m_mailboxNote->setWordWrap(true);
    m_bouncesView = new QChartView(m_mailboxPage);
    m_bouncesView->setObjectName(QStringLiteral("selfCheckBounces"));
    m_bouncesView->setRenderHint(QPainter::Antialiasing);
    m_sentView = new QChartView(m_mailboxPage);
    m_sentView->setObjectName(QStringLiteral("selfCheckSent"));
    m_sentView->setRenderHint(QPainter::Antialiasing);
    m_origins = makeTable({tr("Forged mail came from (IP)"), tr("Bounces and complaints")}, m_mailboxPage);
    m_origins->setObjectName(QStringLiteral("selfCheckOrigins"));
    m_origins->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_dmarcTable = makeTable({tr("IP sending as you"), tr("Messages"), tr("SPF"), tr("DKIM"), tr("Disposition"), tr("Reporter")},
                             m_mailboxPage);
    m_dmarcTable->setObjectName(QStringLiteral("selfCheckDmarc"));
    m_dmarcTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *grid = new QGridLayout(m_mailboxPage);
    grid->addWidget(m_mailboxNote, 0, 0, 1, 2);
    grid->addWidget(m_bouncesView, 1, 0);
    grid->addWidget(m_sentView, 1, 1);
    grid->addWidget(m_origins, 2, 0);
    grid->addWidget(m_dmarcTable, 2, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    m_tabs->addTab(m_mailboxPage, tr("&Your mailbox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formBox);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addLayout(lightRow);
    layout->addWidget(m_tabs, 1);

    connect(m_run, &QPushButton::clicked, this, &SelfCheckView::run);
    connect(m_stop, &QPushButton::clicked, this, &SelfCheckView::cancel);
    connect(m_export, &QPushButton::clicked, this, &SelfCheckView::askExport);
    connect(m_findings, &QTableWidget::itemSelectionChanged, this, &SelfCheckView::showDetail);
    connect(m_recheck, &QComboBox::currentIndexChanged, this, [this] {
        QSettings s;
        SelfCheckForm saved = SelfCheckForm::load(s);
        saved.recheck = RecheckInterval(m_recheck->currentData().toInt());
        saved.save(s);
    });
    auto *runKey = new QShortcut(QKeySequence::Refresh, this);
    runKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runKey, &QShortcut::activated, this, &SelfCheckView::run);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &SelfCheckView::cancel);

    m_scheduleTimer = new QTimer(this);
    connect(m_scheduleTimer, &QTimer::timeout, this, &SelfCheckView::checkSchedule);

    QSettings settings;
    const SelfCheckForm saved = SelfCheckForm::load(settings);
    m_savedAccount = saved.account;
    setForm(saved);
    updateButtons();
}

SelfCheckView::~SelfCheckView()
{
    if (m_job)
        m_job->cancel();
    finishWorker(m_thread, m_job);
    m_exporter.finish();
}

qint64 SelfCheckView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

// --- the form

void SelfCheckView::setAccounts(const QStringList &imapAccounts)
{
    const QString current = m_account->currentIndex() > 0 ? m_account->currentData().toString() : m_savedAccount;
    QSignalBlocker block(m_account);
    m_account->clear();
    m_account->addItem(tr("None"), QString());
    for (const QString &a : imapAccounts)
        m_account->addItem(a, a);
    const int i = m_account->findData(current);
    m_account->setCurrentIndex(std::max(0, i));
}

SelfCheckForm SelfCheckView::form() const
{
    SelfCheckForm f;
    f.domain = m_domain->text().trimmed();
    f.selectors = m_selectors->text().trimmed();
    f.ips = m_ips->text().trimmed();
    f.account = m_account->currentData().toString();
    f.days = m_days->value();
    f.relayHost = m_relay->text().trimmed();
    f.relayConfirmed = m_relayConfirm->isChecked();
    f.submissionHost = m_submission->text().trimmed();
    f.dnsbl = m_dnsbl->isChecked();
    f.recheck = RecheckInterval(m_recheck->currentData().toInt());
    return f;
}

void SelfCheckView::setForm(const SelfCheckForm &f)
{
    m_domain->setText(f.domain);
    m_selectors->setText(f.selectors);
    m_ips->setText(f.ips);
    m_savedAccount = f.account;
    if (f.account.isEmpty()) {
        m_account->setCurrentIndex(0);
    } else {
        if (m_account->findData(f.account) < 0)
            m_account->addItem(f.account, f.account);
        m_account->setCurrentIndex(m_account->findData(f.account));
    }
    m_days->setValue(f.days);
    m_relay->setText(f.relayHost);
    m_relayConfirm->setChecked(f.relayConfirmed);
    m_submission->setText(f.submissionHost);
    m_dnsbl->setChecked(f.dnsbl);
    QSignalBlocker block(m_recheck);
    m_recheck->setCurrentIndex(std::max(0, m_recheck->findData(int(f.recheck))));
}

void SelfCheckView::saveForm()
{
    QSettings s;
    form().save(s);
}

void SelfCheckView::updateButtons()
{
    const bool busy = m_job != nullptr;
    m_run->setEnabled(!busy);
    m_stop->setEnabled(busy);
    m_export->setEnabled(m_outcome.has_value() && !m_exporter.busy());
    m_progress->setVisible(busy);
}

// --- running

void SelfCheckView::run()
{
    if (m_job)
        return;
    const SelfCheckForm f = form();
    if (auto checked = checkForm(f); !checked) {
        m_step->setText(checked.error().toString());
        m_domain->setFocus();
        Q_EMIT failed(checked.error().toString());
        return;
    }
    saveForm();
    start(f, false);
}

void SelfCheckView::start(const SelfCheckForm &f, bool scheduled)
{
    SelfCheckJob::Request r;
    r.dbPath = m_dbPath;
    r.form = f;
    r.scheduled = scheduled;
    r.clock = m_clock;
    r.smtpCaFile = m_smtpCaFile;
    r.dnsblLists = m_dnsblLists;
    if (!f.account.isEmpty() && m_credentials) {
        // None known: the account's password command, else the job says the mailbox was not read.
        r.password = m_credentials(f.account).value_or(QByteArray());
    }
    m_jobScheduled = scheduled;
    m_job = new SelfCheckJob(std::move(r)); // the password now lives only in the job, which wipes it
    m_thread = startWorker(this, m_job, QStringLiteral("SelfCheckJob"));
    connect(m_job, &SelfCheckJob::step, this, [this](const QString &what, int done, int total) {
        m_step->setText(what);
        if (total > 0) { // else a step within a step (the mailbox's folders): the bar stays
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        }
    });
    connect(m_job, &SelfCheckJob::finished, this, &SelfCheckView::onFinished);
    connect(m_job, &SelfCheckJob::failed, this, &SelfCheckView::onFailed);
    m_step->setText(scheduled ? tr("Scheduled check of %1…").arg(f.domain) : tr("Starting…"));
    m_progress->setRange(0, 0);
    updateButtons();
    Q_EMIT busyChanged(true);
    m_thread->start();
}

void SelfCheckView::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_stop->setEnabled(false);
    m_step->setText(tr("Stopping after the step in flight…"));
}

void SelfCheckView::endJob()
{
    finishWorker(m_thread, m_job);
    updateButtons();
    Q_EMIT busyChanged(false);
}

void SelfCheckView::onFinished(const SelfCheckOutcome &outcome)
{
    const bool scheduled = m_jobScheduled;
    endJob();
    if (outcome.skipped) {
        m_step->setText(tr("The scheduled check is not due yet."));
        Q_EMIT scheduleChecked(false);
        return;
    }
    m_outcome = outcome;
    showOutcome();
    m_step->setText(tr("Checked %1 at %2")
                        .arg(outcome.report.domain,
                             QLocale().toString(QDateTime::fromSecsSinceEpoch(outcome.report.checkedUtc), QLocale::ShortFormat)));
    showChanges(outcome);
    updateButtons();
    Q_EMIT finished();
    if (scheduled)
        Q_EMIT scheduleChecked(true);
}

void SelfCheckView::onFailed(const QString &message, bool cancelled)
{
    const bool scheduled = m_jobScheduled;
    endJob();
    m_step->setText(cancelled ? tr("Stopped: nothing was changed.") : tr("The check failed: %1").arg(message));
    if (!cancelled)
        Q_EMIT failed(message);
    if (scheduled)
        Q_EMIT scheduleChecked(false);
}

QString SelfCheckView::summaryFor(const selfcheck::Report &r)
{
    const int severe = r.count(Severity::Severe);
    const int warnings = r.count(Severity::Warning);
    if (severe > 0)
        return tr("%n severe problem(s)", nullptr, severe) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings)
               + tr(" — act now");
    if (warnings > 0)
        return tr("Nothing severe, %n warning(s) — worth fixing", nullptr, warnings);
    return tr("Nothing severe — no warning");
}

void SelfCheckView::showOutcome()
{
    const SelfCheckOutcome &o = *m_outcome;
    m_shown = o.report.worst();
    static_cast<Light *>(m_light)->setColor(severityColor(*m_shown));
    QString words = summaryFor(o.report);
    if (o.relayWithheld)
        words += QLatin1Char('\n') + tr("The open-relay test did not run: tick \"This is my server and I may test it\" to run it.");
    if (!o.mailboxProblem.isEmpty())
        words += QLatin1Char('\n') + tr("Your mailbox was not read: %1").arg(o.mailboxProblem);
    if (!o.historyProblem.isEmpty())
        words += QLatin1Char('\n') + tr("This check could not be kept for comparison with the next one: %1").arg(o.historyProblem);
    m_summary->setText(words);
    m_light->setAccessibleName(tr("Traffic light: %1").arg(summaryFor(o.report)));
    m_light->setToolTip(summaryFor(o.report));
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, severityColor(*m_shown).darker(m_shown == Severity::Warning ? 150 : 100));
    m_summary->setPalette(pal);

    m_sorted = worstFirst(o.report);
    m_findings->setRowCount(0);
    m_findings->setRowCount(int(m_sorted.size()));
    for (int row = 0; row < m_sorted.size(); ++row) {
        const selfcheck::Finding &f = m_sorted.at(row);
        auto *sev = new QTableWidgetItem(severityIcon(style(), f.severity), severityWord(f.severity));
        sev->setData(Qt::UserRole, f.id);
        sev->setForeground(severityColor(f.severity));
        m_findings->setItem(row, 0, sev);
        m_findings->setItem(row, 1, cell(f.subject));
        m_findings->setItem(row, 2, cell(f.title));
        m_findings->setItem(row, 3, cell(f.fix));
    }
    m_findings->resizeRowsToContents();
    m_detail->clear();
    m_detailTitle->setText(tr("Select a finding to see the record or the server's answers behind it."));
    if (!m_sorted.isEmpty())
        m_findings->selectRow(0);

    // The mailbox part.
    m_bouncesView->setChart(new QChart); // the view deletes the chart it had
    m_sentView->setChart(new QChart);
    m_origins->setRowCount(0);
    m_dmarcTable->setRowCount(0);
    const bool scanned = o.mailboxScanned;
    m_bouncesView->setVisible(scanned);
    m_sentView->setVisible(scanned);
    m_origins->setVisible(scanned);
    m_dmarcTable->setVisible(scanned);
    if (!scanned) {
        m_mailboxNote->setText(o.mailboxProblem.isEmpty()
                                   ? tr("Choose an account under \"Read my mailbox\" to see bounces, complaints, DMARC reports and your sent volume.")
                                   : tr("Your mailbox was not read: %1").arg(o.mailboxProblem));
        return;
    }
    const selfcheck::MailboxFindings &m = o.mailbox;
    m_mailboxNote->setText(tr("%1: %2 folders read, %3 sent messages, %4 bounces and complaints, %5 DMARC reports")
                               .arg(m.account)
                               .arg(m.foldersScanned.size())
                               .arg(m.sentMessages)
                               .arg(m.reports.size())
                               .arg(m.dmarc.size()));
    const charts::ChartTheme theme = charts::chartTheme(palette());
    m_bouncesView->setChart(bouncesChart(m, theme));
    m_sentView->setChart(sentChart(m, theme));
    const QList<OriginCount> origins = forgedOrigins(m);
    m_origins->setRowCount(int(origins.size()));
    for (int i = 0; i < origins.size(); ++i) {
        m_origins->setItem(i, 0, cell(origins.at(i).ip));
        m_origins->setItem(i, 1, numberCell(origins.at(i).messages));
    }
    const QList<DmarcSource> sources = dmarcSources(m);
    m_dmarcTable->setRowCount(int(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        const DmarcSource &s = sources.at(i);
        m_dmarcTable->setItem(i, 0, cell(s.ip));
        m_dmarcTable->setItem(i, 1, numberCell(s.messages));
        m_dmarcTable->setItem(i, 2, cell(s.spf));
        m_dmarcTable->setItem(i, 3, cell(s.dkim));
        m_dmarcTable->setItem(i, 4, cell(s.disposition));
        m_dmarcTable->setItem(i, 5, cell(s.reporter));
    }
}

void SelfCheckView::showDetail()
{
    const QList<QTableWidgetItem *> sel = m_findings->selectedItems();
    if (sel.isEmpty()) {
        m_detail->clear();
        return;
    }
    const int row = sel.first()->row();
    if (row < 0 || row >= m_sorted.size())
        return;
    const selfcheck::Finding &f = m_sorted.at(row);
    m_detailTitle->setText(QStringLiteral("%1 — %2 (%3)").arg(severityWord(f.severity), f.subject, f.id));
    m_detail->setPlainText(f.detail.isEmpty() ? tr("(nothing more: the finding says it all)") : f.detail);
}

void SelfCheckView::showChanges(const SelfCheckOutcome &o)
{
    if (o.changes.isEmpty()) {
        if (!o.scheduled)
            m_banner->hide();
        return;
    }
    const QStringList lines = selfcheck::describeChanges(o.changes);
    const QString title = tr("Self-check of %1: something changed since the last check").arg(o.report.domain);
    Q_EMIT changesFound(lines);
    if (!o.scheduled) {
        // The user is looking at it: the banner says it, no notification.
    } else if (m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = findChild<QSystemTrayIcon *>();
        if (!tray) {
            tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            tray->setToolTip(tr("Mailtide self-check"));
        }
        tray->show();
        tray->showMessage(title, lines.join(QLatin1Char('\n')),
                          o.report.worst() == Severity::Severe ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
    } else {
        Q_EMIT notify(title + QStringLiteral(": ") + lines.join(QStringLiteral("; ")));
    }
    // The banner stays either way until the next manual run: a notification is easy to miss.
    QPalette pal = m_banner->palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    pal.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(pal);
    m_banner->setText(title + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_banner->show();
}

// --- schedule

void SelfCheckView::startSchedule(int intervalMs)
{
    m_scheduleTimer->start(intervalMs);
    QTimer::singleShot(0, this, &SelfCheckView::checkSchedule);
}

void SelfCheckView::checkSchedule()
{
    QSettings s;
    const SelfCheckForm saved = SelfCheckForm::load(s);
    if (m_job || saved.recheck == RecheckInterval::Never || !checkForm(saved) || m_dbPath.isEmpty()) {
        Q_EMIT scheduleChecked(false);
        return;
    }
    start(saved, true);
}

// --- export

QByteArray SelfCheckView::jsonBytes() const
{
    const SelfCheckOutcome &o = *m_outcome;
    QJsonObject root = QJsonDocument::fromJson(selfcheck::toJson(o.report)).object();
    if (o.mailboxScanned)
        root.insert(QStringLiteral("mailbox"), QJsonDocument::fromJson(o.mailboxJson).object());
    QJsonArray transcripts;
    for (const QString &line : o.transcripts)
        transcripts.append(line);
    root.insert(QStringLiteral("transcripts"), transcripts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> SelfCheckView::paintPdf() const
{
    const SelfCheckOutcome &o = *m_outcome;
    const selfcheck::Report &r = o.report;
    QTextDocument doc;
    QFont body = doc.defaultFont();
    body.setPointSizeF(9.5);
    doc.setDefaultFont(body);
    doc.setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14px; } td, th { padding: 3px; vertical-align: top; } "
        "th { background: #e8e8e8; text-align: left; } pre { font-size: 7.5pt; white-space: pre-wrap; }"));
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Self-check of %1").arg(r.domain)));
    html += QStringLiteral("<p>%1").arg(esc(tr("Checked %1").arg(QDateTime::fromSecsSinceEpoch(r.checkedUtc, QTimeZone::utc())
                                                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));
    if (!r.dnsServer.isEmpty())
        html += QStringLiteral("<br>") + esc(tr("DNS answers from %1").arg(r.dnsServer));
    html += QStringLiteral("</p>");
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mailtide:light")), discImage(severityColor(r.worst()), 48));
    html += QStringLiteral("<table><tr><td><img src=\"mailtide:light\" width=\"36\" height=\"36\"></td>"
                           "<td style=\"vertical-align: middle\"><span style=\"font-size: 15pt; font-weight: bold; color: %1\">%2</span></td></tr></table>")
                .arg(severityColor(r.worst()).darker(130).name(), esc(summaryFor(r)));
    if (o.relayWithheld)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The open-relay test did not run: the server was not confirmed as the user's own.")));
    if (!o.mailboxProblem.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The mailbox was not read: %1").arg(o.mailboxProblem)));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings, worst first")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(esc(tr("Severity")), esc(tr("About")), esc(tr("What was found")), esc(tr("What to do")));
    for (const selfcheck::Finding &f : worstFirst(r))
        html += QStringLiteral("<tr><td style=\"color: %1; font-weight: bold\">%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(severityColor(f.severity).darker(120).name(), esc(severityWord(f.severity)), esc(f.subject),
                         esc(f.title), esc(f.fix));
    html += QStringLiteral("</table>");

    if (o.mailboxScanned) {
        const selfcheck::MailboxFindings &m = o.mailbox;
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Your mailbox (%1)").arg(m.account)));
        const charts::ChartTheme theme = charts::chartTheme(charts::lightPalette());
        const QSizeF size(1000, 420);
        std::unique_ptr<QChart> bounces(bouncesChart(m, theme));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mailtide:bounces")),
                        charts::renderImage(bounces.get(), size, 1.5));
        std::unique_ptr<QChart> sent(sentChart(m, theme));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("mailtide:sent")), charts::renderImage(sent.get(), size, 1.5));
        // Image sizes are in screen pixels (96 dpi), scaled to the PDF: 660 fills the A4 text width.
        html += QStringLiteral("<p><img src=\"mailtide:bounces\" width=\"660\" height=\"277\"></p><p><img src=\"mailtide:sent\" width=\"660\" height=\"277\"></p>");
        const QList<OriginCount> origins = forgedOrigins(m);
        if (!origins.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th></tr>")
                        .arg(esc(tr("Where the forged mail came from")), esc(tr("IP")), esc(tr("Bounces and complaints")));
            for (const OriginCount &c : origins)
                html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(c.ip)).arg(c.messages);
            html += QStringLiteral("</table>");
        }
        const QList<DmarcSource> sources = dmarcSources(m);
        if (!sources.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>SPF</th><th>DKIM</th>"
                                   "<th>%4</th><th>%5</th></tr>")
                        .arg(esc(tr("Who sends as your domain (DMARC reports)")), esc(tr("IP")), esc(tr("Messages")),
                             esc(tr("Disposition")), esc(tr("Reporter")));
            for (const DmarcSource &s : sources)
                html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                            .arg(esc(s.ip))
                            .arg(s.messages)
                            .arg(esc(s.spf), esc(s.dkim), esc(s.disposition), esc(s.reporter));
            html += QStringLiteral("</table>");
        }
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Appendix: records and transcripts, verbatim")));
    for (const selfcheck::Finding &f : worstFirst(r)) {
        if (f.detail.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b> — %2</p><pre>%3</pre>").arg(esc(f.id), esc(f.subject), esc(f.detail));
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Self-check of %1").arg(r.domain));
        writer.setCreator(QStringLiteral("Mailtide " MAILTIDE_VERSION));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        // Lay the text out for the PDF's own resolution and page, so the tables fill the width.
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setHtml(html);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return Error{tr("The PDF could not be made"), {}};
    return bytes;
}

void SelfCheckView::askExport()
{
    if (!m_outcome)
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("selfcheck/exportDir"), QDir::homePath()).toString();
    const QString suggested = QDir(dir).filePath(QStringLiteral("selfcheck-%1-%2.pdf")
                                                     .arg(m_outcome->report.domain,
                                                          QDateTime::fromSecsSinceEpoch(m_outcome->report.checkedUtc).toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the self-check report"), suggested,
                                                      tr("PDF report (*.pdf);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("selfcheck/exportDir"), QFileInfo(path).absolutePath());
    exportReport(path);
}

void SelfCheckView::exportReport(const QString &path)
{
    if (!m_outcome || m_exporter.busy()) {
        Q_EMIT failed(m_outcome ? tr("An export is still being written") : tr("Run the check first: there is nothing to export"));
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    charts::ExportFiles files;
    if (suffix == QLatin1String("json")) {
        files.files.append({path, jsonBytes()});
    } else if (suffix == QLatin1String("pdf")) {
        auto pdf = paintPdf();
        if (!pdf) {
            Q_EMIT failed(pdf.error().toString());
            return;
        }
        files.files.append({path, pdf.value()});
    } else {
        Q_EMIT failed(tr("Name the report .pdf or .json: %1").arg(path));
        return;
    }
    m_exporter.start(std::move(files), [this, path](bool ok, const QString &message) {
        updateButtons();
        if (!ok) {
            m_step->setText(tr("The report was not written: %1").arg(message));
            Q_EMIT failed(message);
            return;
        }
        m_step->setText(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
        Q_EMIT notify(tr("Self-check report written to %1").arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(path);
    });
    updateButtons();
}

} // namespace mailtide::ui
