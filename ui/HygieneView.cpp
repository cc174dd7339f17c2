#include "HygieneView.h"

#include "FilterWidgets.h"
#include "HygieneTask.h"
#include "MessageTable.h"
#include "Worker.h"
#include "hygiene/Rules.h"
#include "imap/Account.h"
#include "imap/Connection.h"
#include "imap/Session.h"
#include "jobs/HygieneJob.h"
#include "mime/ParsedMessage.h"
#include "models/MessageListModel.h"
#include "store/UnsubscribeLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace mailtide::ui {

namespace {

enum GroupColumn { GKey, GCount, GSize, GFirst, GLast, GRead, GVerdicts, GUnsub, GColumns };
enum LogColumn { LWhen, LAction, LWhat, LCount, LState, LColumns };
enum RuleColumn { REnabled, RMatch, RAction, RLast, RTotal, RColumns };

QString day(qint64 utc)
{
    return utc ? QLocale().toString(QDateTime::fromSecsSinceEpoch(utc).date(), QLocale::ShortFormat) : QString();
}

QString actionVerb(hygiene::Action a)
{
    switch (a) {
    case hygiene::Action::Archive: return HygieneView::tr("Archive");
    case hygiene::Action::Junk: return HygieneView::tr("Move to Junk");
    case hygiene::Action::Trash: return HygieneView::tr("Move to Trash");
    case hygiene::Action::Read: return HygieneView::tr("Mark read");
    }
    return {};
}

QString kindWords(const QString &kind)
{
    if (kind == QLatin1String("archive"))
        return HygieneView::tr("Archive");
    if (kind == QLatin1String("junk"))
        return HygieneView::tr("Move to Junk");
    if (kind == QLatin1String("trash"))
        return HygieneView::tr("Move to Trash");
    if (kind == QLatin1String("read"))
        return HygieneView::tr("Mark read");
    if (kind == QLatin1String("unread"))
        return HygieneView::tr("Mark unread (undo)");
    if (kind == QLatin1String("move"))
        return HygieneView::tr("Move back (undo)");
    return kind;
}

QString stateWords(const store::HygieneAction &a)
{
    if (a.undoneBy)
        return HygieneView::tr("undone (action %1)").arg(a.undoneBy);
    if (a.state == QLatin1String("done"))
        return HygieneView::tr("done");
    if (a.state == QLatin1String("planned"))
        return HygieneView::tr("planned");
    if (a.state == QLatin1String("running"))
        return HygieneView::tr("running");
    if (a.state == QLatin1String("interrupted"))
        return HygieneView::tr("interrupted (resumable)");
    if (a.state == QLatin1String("cancelled"))
        return HygieneView::tr("stopped (resumable)");
    if (a.state == QLatin1String("refused"))
        return HygieneView::tr("refused: %1").arg(a.error);
    return a.state;
}

QString matchWords(const store::HygieneRule &r)
{
    if (r.matchKind == QLatin1String("address"))
        return HygieneView::tr("from %1").arg(r.matchValue);
    if (r.matchKind == QLatin1String("domain"))
        return HygieneView::tr("from any address at %1").arg(r.matchValue);
    if (r.matchKind == QLatin1String("list"))
        return HygieneView::tr("list %1").arg(r.matchValue);
    return r.matchKind + QLatin1Char(' ') + r.matchValue;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setTextAlignment(align);
    return i;
}

QTableWidgetItem *number(qint64 n)
{
    return cell(QLocale().toString(n), Qt::AlignRight | Qt::AlignVCenter);
}

void setUpTable(QTableWidget *t, const QStringList &headers)
{
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setHighlightSections(false);
}

/** The log and the rules of the account, for a task. */
Status readLogAndRules(store::Store &store, const QString &account, QVector<store::HygieneAction> &actions,
                       QVector<store::HygieneRule> &rules)
{
    auto a = store.imapAccount(account);
    if (!a)
        return a.error();
    store::HygieneStore h(store.db());
    auto log = h.actions(a->id);
    if (!log)
        return log.error();
    auto r = h.rules(a->id);
    if (!r)
        return r.error();
    actions = log.value();
    rules = r.value();
    return {};
}

} // namespace

HygieneView::HygieneView(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeGroupsTab(), tr("Groups"));
    m_tabs->addTab(makeLogTab(), tr("Action log"));
    m_tabs->addTab(makeRulesTab(), tr("Rules"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hygieneStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, [this] {
        if (isBusy())
            cancel();
        else
            closePreview();
    });
    updateButtons();
    say(tr("Choose an account, then Refresh."));
}

HygieneView::~HygieneView()
{
    if (m_groupsJob)
        m_groupsJob->cancel();
    if (m_task)
        m_task->cancel();
    if (m_job)
        m_job->cancel();
    finishWorker(m_groupsThread, m_groupsJob);
    finishWorker(m_taskThread, m_task);
    finishWorker(m_jobThread, m_job);
}

QWidget *HygieneView::makeGroupsTab()
{
    auto *page = new QWidget(this);
    m_by = new QComboBox(page);
    m_by->addItem(tr("By sender address"), int(store::GroupBy::Address));
    m_by->addItem(tr("By domain"), int(store::GroupBy::Domain));
    m_by->addItem(tr("By mailing list"), int(store::GroupBy::List));
    m_olderThan = new QSpinBox(page);
    m_olderThan->setRange(0, 36500);
    m_olderThan->setSpecialValueText(tr("any age"));
    m_olderThan->setPrefix(tr("older than "));
    m_olderThan->setSuffix(tr(" days"));
    m_olderThan->setToolTip(tr("Only mail received more than this many days ago (0: any age)"));
    m_neverRead = new QCheckBox(tr("Never read"), page);
    m_newsletters = new QCheckBox(tr("Newsletters only"), page);
    m_newsletters->setToolTip(tr("Only mail with a List-Id or a List-Unsubscribe header"));
    m_sort = new QComboBox(page);
    m_sort->addItem(tr("Most messages first"), int(store::GroupSort::Count));
    m_sort->addItem(tr("Largest first"), int(store::GroupSort::Size));
    m_refresh = new QPushButton(tr("Refresh"), page);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_busy = makeBusyBar(page);
    connect(m_refresh, &QPushButton::clicked, this, &HygieneView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &HygieneView::cancel);
    for (QComboBox *c : {m_by, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_dbPath.isEmpty() && !m_account.isEmpty())
                startGroups();
        });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_by);
    bar->addWidget(m_olderThan);
    bar->addWidget(m_neverRead);
    bar->addWidget(m_newsletters);
    bar->addWidget(m_sort);
    bar->addWidget(m_refresh);
    bar->addWidget(m_cancel);
    bar->addWidget(m_busy);
    bar->addStretch();

    m_groupTable = new QTableWidget(page);
    m_groupTable->setObjectName(QStringLiteral("groupTable"));
    setUpTable(m_groupTable, {tr("Sender"), tr("Messages"), tr("Size"), tr("First"), tr("Last"), tr("Read"),
                              tr("Spam · ham · unsure"), tr("Unsubscribe")});
    m_groupTable->horizontalHeader()->setSectionResizeMode(GKey, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int c : {int(GCount), int(GRead)})
        m_groupTable->setColumnWidth(c, digit * 10);
    for (int c : {int(GSize), int(GFirst), int(GLast), int(GUnsub)})
        m_groupTable->setColumnWidth(c, digit * 13);
    m_groupTable->setColumnWidth(GVerdicts, digit * 18);
    connect(m_groupTable, &QTableWidget::itemSelectionChanged, this, &HygieneView::updateButtons);
    connect(m_groupTable, &QTableWidget::cellActivated, this, [this] { preview(hygiene::Action::Archive); });
    auto *del = new QShortcut(QKeySequence::Delete, m_groupTable);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { preview(hygiene::Action::Trash); });

    m_archive = new QPushButton(tr("Archive…"), page);
    m_archive->setDefault(true);
    m_archive->setToolTip(tr("Preview moving the group's messages to the Archive folder (Enter)"));
    m_junk = new QPushButton(tr("Move to Junk…"), page);
    m_trash = new QPushButton(tr("Move to Trash…"), page);
    m_trash->setToolTip(tr("Preview moving the group's messages to Trash (Delete). Mailtide never empties Trash."));
    m_read = new QPushButton(tr("Mark read…"), page);
    m_unsubscribe = new QPushButton(tr("Unsubscribe…"), page);
    m_unsubscribe->setToolTip(tr("Read the newest message's unsubscribe offer and say how it would be used; nothing is sent before you confirm"));
    connect(m_archive, &QPushButton::clicked, this, [this] { preview(hygiene::Action::Archive); });
    connect(m_junk, &QPushButton::clicked, this, [this] { preview(hygiene::Action::Junk); });
    connect(m_trash, &QPushButton::clicked, this, [this] { preview(hygiene::Action::Trash); });
    connect(m_read, &QPushButton::clicked, this, [this] { preview(hygiene::Action::Read); });
    connect(m_unsubscribe, &QPushButton::clicked, this, &HygieneView::planUnsubscribe);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_archive);
    actionsRow->addWidget(m_junk);
    actionsRow->addWidget(m_trash);
    actionsRow->addWidget(m_read);
    actionsRow->addSpacing(12);
    actionsRow->addWidget(m_unsubscribe);
    actionsRow->addStretch();

    auto *top = new QWidget(page);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_groupTable, 1);
    topLayout->addLayout(actionsRow);

    // --- the preview: the plan's exact messages, Apply / Cancel
    m_previewPanel = new QWidget(page);
    m_previewTitle = new QLabel(m_previewPanel);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_previewTitle->setWordWrap(true);
    m_previewNote = new QLabel(m_previewPanel);
    m_previewNote->setWordWrap(true);
    m_previewNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewModel = new models::MessageListModel(this);
    m_previewList = new QTableView(m_previewPanel);
    m_previewList->setObjectName(QStringLiteral("previewList"));
    m_previewList->setModel(m_previewModel);
    setUpMessageTable(m_previewList);
    m_previewList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_previewList->setToolTip(tr("Exactly the messages the action takes. Double-click to open one in the mail view."));
    connect(m_previewList, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        const store::MessageRow &row = m_previewModel->rowAt(i.row());
        if (row.id)
            Q_EMIT messageActivated(row.id, row.folderId);
    });
    m_apply = new QPushButton(tr("Apply"), m_previewPanel);
    m_confirmUnsub = new QPushButton(tr("Unsubscribe"), m_previewPanel);
    m_closePreview = new QPushButton(tr("Cancel"), m_previewPanel);
    m_closePreview->setToolTip(tr("Close the preview without doing anything (Esc)"));
    m_progress = new QProgressBar(m_previewPanel);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->hide();
    connect(m_apply, &QPushButton::clicked, this, &HygieneView::apply);
    connect(m_confirmUnsub, &QPushButton::clicked, this, [this] {
        if (!m_unsub)
            return;
        const QString question = m_unsub->warning.isEmpty() ? m_unsub->question
                                                             : m_unsub->warning + QStringLiteral("\n\n") + m_unsub->question;
        if (QMessageBox::question(this, tr("Unsubscribe"), question) == QMessageBox::Yes)
            confirmUnsubscribe();
    });
    connect(m_closePreview, &QPushButton::clicked, this, [this] {
        if (m_job)
            cancel();
        else
            closePreview();
    });
    auto *previewButtons = new QHBoxLayout;
    previewButtons->addWidget(m_progress, 1);
    previewButtons->addStretch();
    previewButtons->addWidget(m_apply);
    previewButtons->addWidget(m_confirmUnsub);
    previewButtons->addWidget(m_closePreview);
    auto *previewLayout = new QVBoxLayout(m_previewPanel);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addWidget(m_previewList, 1);
    previewLayout->addLayout(previewButtons);
    m_previewPanel->hide();

    auto *split = new QSplitter(Qt::Vertical, page);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_previewPanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    return page;
}

QWidget *HygieneView::makeLogTab()
{
    auto *page = new QWidget(this);
    m_logTable = new QTableWidget(page);
    m_logTable->setObjectName(QStringLiteral("logTable"));
    setUpTable(m_logTable, {tr("When"), tr("Action"), tr("What"), tr("Messages"), tr("State")});
    m_logTable->horizontalHeader()->setSectionResizeMode(LWhat, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_logTable->setColumnWidth(LWhen, digit * 18);
    m_logTable->setColumnWidth(LAction, digit * 18);
    m_logTable->setColumnWidth(LCount, digit * 10);
    m_logTable->setColumnWidth(LState, digit * 24);
    connect(m_logTable, &QTableWidget::itemSelectionChanged, this, &HygieneView::updateButtons);
    m_undo = new QPushButton(tr("Undo"), page);
    m_undo->setToolTip(tr("Move the action's messages back where they were (Ctrl+Z)"));
    connect(m_undo, &QPushButton::clicked, this, [this] { undo(); });
    auto *undoKey = new QShortcut(QKeySequence::Undo, page);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, [this] { undo(); });
    m_resume = new QPushButton(tr("Resume"), page);
    m_resume->setToolTip(tr("Finish an interrupted or stopped action; no message is acted on twice"));
    connect(m_resume, &QPushButton::clicked, this, [this] { resume(); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_undo);
    row->addWidget(m_resume);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_logTable, 1);
    layout->addLayout(row);
    return page;
}

QWidget *HygieneView::makeRulesTab()
{
    auto *page = new QWidget(this);
    m_ruleTable = new QTableWidget(page);
    m_ruleTable->setObjectName(QStringLiteral("ruleTable"));
    setUpTable(m_ruleTable, {tr("On"), tr("Mail"), tr("Action"), tr("Last sync"), tr("In all")});
    m_ruleTable->horizontalHeader()->setSectionResizeMode(RMatch, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_ruleTable->setColumnWidth(REnabled, digit * 5);
    m_ruleTable->setColumnWidth(RAction, digit * 16);
    m_ruleTable->setColumnWidth(RLast, digit * 10);
    m_ruleTable->setColumnWidth(RTotal, digit * 10);
    connect(m_ruleTable, &QTableWidget::itemSelectionChanged, this, &HygieneView::updateButtons);
    connect(m_ruleTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_fillingRules || item->column() != REnabled)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        setRuleEnabled(id, item->checkState() == Qt::Checked);
    });
    connect(m_ruleTable, &QTableWidget::cellDoubleClicked, this, [this](int r, int c) {
        if (c != REnabled && r >= 0 && r < m_rules.size())
            editRule(m_rules.at(r));
    });
    auto *add = new QPushButton(tr("Add…"), page);
    add->setToolTip(tr("A new rule, for the selected group when there is one"));
    m_editRule = new QPushButton(tr("Edit…"), page);
    m_removeRule = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] { editRule(std::nullopt); });
    connect(m_editRule, &QPushButton::clicked, this, [this] {
        const int r = m_ruleTable->currentRow();
        if (r >= 0 && r < m_rules.size())
            editRule(m_rules.at(r));
    });
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        const int r = m_ruleTable->currentRow();
        if (r < 0 || r >= m_rules.size())
            return;
        if (QMessageBox::question(this, tr("Remove rule"), tr("Remove the rule for %1?").arg(matchWords(m_rules.at(r))))
            == QMessageBox::Yes)
            removeRule(m_rules.at(r).id);
    });
    auto *note = new QLabel(tr("Rules run on the inbox after each sync; each run is an action in the log and can be undone."), page);
    note->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(m_editRule);
    row->addWidget(m_removeRule);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_ruleTable, 1);
    layout->addLayout(row);
    return page;
}

void HygieneView::setDatabase(const QString &path)
{
    m_dbPath = path;
}

void HygieneView::setScope(const QString &account, const QString &folder)
{
    if (account != m_account || folder != m_folder)
        closePreview();
    m_account = account;
    m_folder = folder;
}

void HygieneView::setGrouping(store::GroupBy by, store::GroupSort sort)
{
    const QSignalBlocker b1(m_by), b2(m_sort);
    m_by->setCurrentIndex(m_by->findData(int(by)));
    m_sort->setCurrentIndex(m_sort->findData(int(sort)));
}

void HygieneView::setFilters(int olderThanDays, bool neverRead, bool newslettersOnly)
{
    m_olderThan->setValue(olderThanDays);
    m_neverRead->setChecked(neverRead);
    m_newsletters->setChecked(newslettersOnly);
}

bool HygieneView::isBusy() const
{
    return m_groupsJob || m_task || m_job;
}

QString HygieneView::folder() const
{
    return m_folder.isEmpty() ? QStringLiteral("INBOX") : m_folder;
}

qint64 HygieneView::now() const
{
    return m_now ? m_now : QDateTime::currentSecsSinceEpoch();
}

void HygieneView::say(const QString &message)
{
    m_status->setText(message);
}

void HygieneView::setBusyState()
{
    const bool busy = isBusy();
    m_busy->setVisible(m_groupsJob || m_task);
    updateButtons();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void HygieneView::updateButtons()
{
    const bool group = selectedGroup().has_value();
    const bool working = m_task || m_job;
    for (QPushButton *b : {m_archive, m_junk, m_trash, m_read})
        b->setEnabled(group && !working);
    bool offers = false;
    if (group) {
        const int r = m_groupTable->currentRow();
        offers = r >= 0 && r < m_groups.size() && m_groups.at(r).unsubscribe > 0;
    }
    m_unsubscribe->setEnabled(group && offers && !working);
    m_cancel->setEnabled(isBusy());
    m_apply->setVisible(m_plan.has_value());
    m_apply->setEnabled(m_plan && !m_plan->items.isEmpty() && !working);
    m_confirmUnsub->setVisible(m_unsub.has_value() && !m_plan);
    m_confirmUnsub->setEnabled(m_unsub && m_unsub->method != hygiene::UnsubscribeMethod::Refused && !working);
    m_closePreview->setText(m_job ? tr("Stop") : tr("Cancel"));
    const qint64 a = selectedAction();
    bool undoable = false, resumable = false;
    for (const store::HygieneAction &x : m_actions)
        if (x.id == a) {
            undoable = x.state == QLatin1String("done") && !x.undoneBy && !x.undoOf;
            resumable = x.state == QLatin1String("interrupted") || x.state == QLatin1String("cancelled")
                        || x.state == QLatin1String("running") || x.state == QLatin1String("planned");
        }
    m_undo->setEnabled(undoable && !working);
    m_resume->setEnabled(resumable && !working);
    const bool rule = m_ruleTable->currentRow() >= 0;
    m_editRule->setEnabled(rule && !working);
    m_removeRule->setEnabled(rule && !working);
}

std::optional<QString> HygieneView::selectedGroup() const
{
    const QList<QTableWidgetItem *> sel = m_groupTable->selectedItems();
    if (sel.isEmpty())
        return std::nullopt;
    const int r = sel.first()->row();
    if (r < 0 || r >= m_groups.size())
        return std::nullopt;
    return m_groups.at(r).key;
}

qint64 HygieneView::selectedAction() const
{
    const QList<QTableWidgetItem *> sel = m_logTable->selectedItems();
    if (sel.isEmpty())
        return 0;
    const int r = sel.first()->row();
    return r >= 0 && r < m_actions.size() ? m_actions.at(r).id : 0;
}

bool HygieneView::selectGroup(const QString &key)
{
    for (int r = 0; r < m_groups.size(); ++r)
        if (m_groups.at(r).key == key) {
            m_groupTable->selectRow(r);
            m_groupTable->setCurrentCell(r, GKey);
            return true;
        }
    return false;
}

// --- reading

void HygieneView::refresh()
{
    if (m_dbPath.isEmpty() || m_account.isEmpty()) {
        say(tr("No IMAP account chosen: hygiene acts on an account's folders on its server."));
        return;
    }
    startGroups();
    startLogAndRules();
}

void HygieneView::startGroups()
{
    if (m_groupsJob) {
        m_groupsJob->cancel();
        finishWorker(m_groupsThread, m_groupsJob);
    }
    jobs::GroupsQuery q;
    q.account = m_account;
    q.folder = folder();
    q.by = store::GroupBy(m_by->currentData().toInt());
    q.sort = store::GroupSort(m_sort->currentData().toInt());
    if (m_olderThan->value() > 0)
        q.olderThanDays = m_olderThan->value();
    q.neverRead = m_neverRead->isChecked();
    q.newslettersOnly = m_newsletters->isChecked();
    m_shownBy = q.by;
    m_groupsJob = new jobs::GroupsJob(m_dbPath, q, now());
    m_groupsThread = startWorker(this, m_groupsJob, QStringLiteral("hygiene-groups"));
    const quint64 generation = ++m_groupsGeneration;
    connect(m_groupsJob, &jobs::GroupsJob::finished, this,
            [this, generation](bool ok, const QString &message, const QVector<store::SenderGroup> &groups) {
                if (generation == m_groupsGeneration) // else: a cancelled read's late answer
                    onGroups(ok, message, groups);
            });
    m_groupsThread->start();
    say(tr("Reading the groups of %1…").arg(folder()));
    setBusyState();
}

void HygieneView::onGroups(bool ok, const QString &message, const QVector<store::SenderGroup> &groups)
{
    finishWorker(m_groupsThread, m_groupsJob);
    setBusyState();
    if (!ok) {
        say(message);
        Q_EMIT failed(message);
        return;
    }
    m_groups = groups;
    showGroups();
    qint64 total = 0;
    for (const store::SenderGroup &g : m_groups)
        total += g.count;
    say(tr("%n group(s), %1 in %2.", nullptr, int(m_groups.size()))
            .arg(tr("%n message(s)", nullptr, int(total)), folder()));
    if (!isBusy())
        Q_EMIT refreshed();
}

void HygieneView::showGroups()
{
    const std::optional<QString> was = selectedGroup();
    m_groupTable->setHorizontalHeaderItem(GKey, new QTableWidgetItem(m_shownBy == store::GroupBy::Address ? tr("Sender")
                                                                    : m_shownBy == store::GroupBy::Domain ? tr("Domain")
                                                                                                          : tr("List")));
    m_groupTable->setRowCount(int(m_groups.size()));
    const QLocale locale;
    for (int r = 0; r < m_groups.size(); ++r) {
        const store::SenderGroup &g = m_groups.at(r);
        m_groupTable->setItem(r, GKey, cell(g.key.isEmpty() ? tr("(none)") : g.key));
        m_groupTable->setItem(r, GCount, number(g.count));
        m_groupTable->setItem(r, GSize, cell(locale.formattedDataSize(g.totalSize), Qt::AlignRight | Qt::AlignVCenter));
        m_groupTable->setItem(r, GFirst, cell(day(g.firstUtc)));
        m_groupTable->setItem(r, GLast, cell(day(g.lastUtc)));
        m_groupTable->setItem(r, GRead, cell(locale.toString(qRound(g.shareRead() * 100)) + QLatin1Char('%'),
                                             Qt::AlignRight | Qt::AlignVCenter));
        m_groupTable->setItem(r, GVerdicts, cell(QStringLiteral("%1 · %2 · %3").arg(g.spam).arg(g.ham).arg(g.unsure)));
        m_groupTable->setItem(r, GUnsub, cell(g.unsubscribe == 2 ? tr("one-click") : g.unsubscribe == 1 ? tr("link") : QString()));
        if (g.spam > 0 && g.spam >= g.ham)
            m_groupTable->item(r, GVerdicts)->setToolTip(tr("Mostly judged spam: unsubscribing would be refused"));
    }
    if (was)
        selectGroup(*was);
    updateButtons();
}

void HygieneView::startLogAndRules()
{
    auto actions = std::make_shared<QVector<store::HygieneAction>>();
    auto rules = std::make_shared<QVector<store::HygieneRule>>();
    const QString account = m_account;
    startTask(
        [=](store::Store &st, const std::atomic_bool &) { return readLogAndRules(st, account, *actions, *rules); },
        [this, actions, rules](bool ok, const QString &message) {
            if (!ok) {
                say(message);
                Q_EMIT failed(message);
                return;
            }
            m_actions = *actions;
            m_rules = *rules;
            showLog();
            showRules();
            if (!isBusy())
                Q_EMIT refreshed();
        });
}

bool HygieneView::startTask(std::function<Status(store::Store &, const std::atomic_bool &)> fn,
                            std::function<void(bool, const QString &)> done)
{
    if (m_task || m_job) {
        say(tr("Busy: wait for the running step to end, or press Esc."));
        return false;
    }
    m_task = new HygieneTask(m_dbPath, std::move(fn));
    m_taskDone = std::move(done);
    m_taskThread = startWorker(this, m_task, QStringLiteral("hygiene-task"));
    connect(m_task, &HygieneTask::finished, this, [this](bool ok, const QString &message) {
        finishWorker(m_taskThread, m_task);
        auto doneFn = std::move(m_taskDone);
        m_taskDone = nullptr;
        setBusyState();
        if (doneFn)
            doneFn(ok, message);
        updateButtons();
    });
    m_taskThread->start();
    setBusyState();
    return true;
}

void HygieneView::showLog()
{
    const qint64 was = selectedAction();
    m_logTable->setRowCount(int(m_actions.size()));
    const QLocale locale;
    for (int r = 0; r < m_actions.size(); ++r) {
        const store::HygieneAction &a = m_actions.at(r);
        m_logTable->setItem(r, LWhen, cell(locale.toString(QDateTime::fromSecsSinceEpoch(a.createdUtc), QLocale::ShortFormat)));
        m_logTable->setItem(r, LAction, cell(kindWords(a.kind)));
        m_logTable->setItem(r, LWhat, cell(a.description));
        m_logTable->item(r, LWhat)->setToolTip(a.description);
        m_logTable->setItem(r, LCount, cell(a.itemsDone == a.items ? locale.toString(a.items)
                                                                   : tr("%1 of %2").arg(locale.toString(a.itemsDone), locale.toString(a.items)),
                                            Qt::AlignRight | Qt::AlignVCenter));
        m_logTable->setItem(r, LState, cell(stateWords(a)));
        m_logTable->item(r, LWhen)->setData(Qt::UserRole, a.id);
        if (a.id == was)
            m_logTable->selectRow(r);
    }
    updateButtons();
}

void HygieneView::showRules()
{
    m_fillingRules = true;
    m_ruleTable->setRowCount(int(m_rules.size()));
    const QLocale locale;
    for (int r = 0; r < m_rules.size(); ++r) {
        const store::HygieneRule &x = m_rules.at(r);
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        on->setCheckState(x.enabled ? Qt::Checked : Qt::Unchecked);
        on->setData(Qt::UserRole, x.id);
        on->setToolTip(tr("Run this rule after each sync"));
        m_ruleTable->setItem(r, REnabled, on);
        m_ruleTable->setItem(r, RMatch, cell(matchWords(x)));
        const auto a = hygiene::actionFromString(x.action);
        m_ruleTable->setItem(r, RAction, cell(a ? actionVerb(*a) : x.action));
        m_ruleTable->setItem(r, RLast, number(x.lastCount));
        m_ruleTable->setItem(r, RTotal, number(x.totalCount));
    }
    m_fillingRules = false;
    updateButtons();
}

// --- plans and applying

void HygieneView::preview(hygiene::Action action)
{
    const std::optional<QString> key = selectedGroup();
    if (!key) {
        say(tr("Choose a group first."));
        return;
    }
    hygiene::Criteria criteria;
    switch (m_shownBy) {
    case store::GroupBy::Address: criteria.fromAddress = *key; break;
    case store::GroupBy::Domain: criteria.domain = *key; break;
    case store::GroupBy::List: criteria.listId = *key; break;
    }
    if (m_olderThan->value() > 0)
        criteria.olderThanDays = m_olderThan->value();
    auto plan = std::make_shared<hygiene::Plan>();
    auto rows = std::make_shared<store::MessageRows>();
    const QString account = m_account, folderName = folder();
    const qint64 nowUtc = now();
    const bool started = startTask(
        [=](store::Store &st, const std::atomic_bool &cancel) -> Status {
            auto p = hygiene::makePlan(st, account, folderName, criteria, action, nowUtc);
            if (!p)
                return p.error();
            *plan = p.value();
            // The rows as the message lists show them, in the plan's order (ascending UID).
            auto a = st.imapAccount(account);
            if (!a)
                return a.error();
            auto folders = st.imapFolders(a->id);
            if (!folders)
                return folders.error();
            qint64 folderId = 0;
            for (const store::ImapFolder &f : folders.value())
                if (f.name == folderName)
                    folderId = f.id;
            store::HygieneStore h(st.db());
            QVector<qint64> ids;
            ids.reserve(plan->items.size());
            for (const hygiene::PlanItem &i : plan->items) {
                if (cancel)
                    return Error{tr("Cancelled"), {}};
                auto row = h.rowOf(folderId, i.uid);
                ids << (row && row.value() ? *row.value() : 0);
            }
            QHash<qint64, store::MessageRow> stored;
            QVector<qint64> known;
            for (qint64 id : ids)
                if (id)
                    known << id;
            if (!known.isEmpty()) {
                auto r = st.messageRowsById(known);
                if (!r)
                    return r.error();
                for (const store::MessageRow &m : r.value())
                    stored.insert(m.id, m);
            }
            for (int n = 0; n < plan->items.size(); ++n) {
                const hygiene::PlanItem &i = plan->items.at(n);
                store::MessageRow m = stored.value(ids.at(n));
                if (!m.id) { // not stored any more: show what the plan holds
                    m.folderId = folderId;
                    m.fromAddr = i.from;
                    m.subject = i.subject;
                    m.receivedUtc = i.receivedUtc;
                    m.size = i.size;
                }
                rows->append(m);
            }
            return {};
        },
        [this, plan, rows](bool ok, const QString &message) {
            if (!ok) {
                say(tr("No plan: %1").arg(message));
                Q_EMIT failed(message);
                return;
            }
            m_unsub.reset();
            m_plan = *plan;
            showPlan(*rows);
        });
    if (started)
        say(tr("Finding the messages of %1…").arg(*key));
}

void HygieneView::showPlan(const store::MessageRows &rows)
{
    const hygiene::Plan &p = *m_plan;
    const QString group = selectedGroup().value_or(p.criteria);
    const QString n = QLocale().toString(qlonglong(p.items.size()));
    QString title;
    if (p.items.isEmpty())
        title = tr("No message to act on in %1 (%2).").arg(p.folder, p.criteria);
    else if (p.action == hygiene::Action::Read)
        title = tr("Mark %n message(s) from %1 read", nullptr, int(p.items.size())).arg(group);
    else if (p.action == hygiene::Action::Archive)
        title = tr("Archive %n message(s) from %1", nullptr, int(p.items.size())).arg(group);
    else if (p.action == hygiene::Action::Junk)
        title = tr("Move %n message(s) from %1 to Junk", nullptr, int(p.items.size())).arg(group);
    else
        title = tr("Move %n message(s) from %1 to Trash", nullptr, int(p.items.size())).arg(group);
    m_previewTitle->setText(title);
    QString note = p.action == hygiene::Action::Read
                       ? tr("%1 of %2, %3. Only these messages are marked, by UID.")
                             .arg(tr("%n message(s)", nullptr, int(p.items.size())), p.folder, QLocale().formattedDataSize(p.totalSize()))
                       : tr("%1 in %2, %3, go to the folder %4. Only these messages are moved, by UID: mail arriving "
                            "after this preview is not touched, and the plan is refused if the folder changed.")
                             .arg(tr("%n message(s)", nullptr, int(p.items.size())), p.folder,
                                  QLocale().formattedDataSize(p.totalSize()), p.destFolder);
    if (m_neverRead->isChecked() && p.action != hygiene::Action::Read)
        note += QLatin1Char(' ') + tr("The plan takes read messages of the group too (the list shows them all).");
    m_previewNote->setText(note);
    m_previewModel->setRows(rows);
    m_previewList->show();
    m_progress->hide();
    m_previewPanel->show();
    m_apply->setText(p.action == hygiene::Action::Read ? tr("Mark %1 read").arg(n) : actionVerb(p.action) + QStringLiteral(" ") + n);
    m_apply->setDefault(true);
    updateButtons();
    say(title);
    Q_EMIT previewReady();
}

void HygieneView::closePreview()
{
    if (m_job)
        return;
    m_plan.reset();
    m_unsub.reset();
    m_previewModel->clear();
    if (m_previewPanel->isVisible())
        say(tr("Preview closed: nothing was done."));
    m_previewPanel->hide();
    updateButtons();
}

void HygieneView::apply()
{
    if (!m_plan || m_plan->items.isEmpty() || m_job || m_task)
        return;
    std::optional<QByteArray> password = m_credentials ? m_credentials(m_account) : QByteArray();
    if (!password) {
        say(tr("No password for %1: nothing was done.").arg(m_account));
        return;
    }
    auto *job = new jobs::HygieneJob(m_dbPath, *password, *m_plan);
    password->fill('\0');
    startHygieneJob(job, m_previewTitle->text());
}

void HygieneView::undo(qint64 actionId)
{
    if (!actionId)
        actionId = selectedAction();
    if (!actionId || m_job || m_task)
        return;
    for (const store::HygieneAction &a : m_actions)
        if (a.id == actionId && (a.state != QLatin1String("done") || a.undoneBy || a.undoOf)) {
            say(tr("Action %1 cannot be undone: %2.").arg(actionId).arg(stateWords(a)));
            return;
        }
    std::optional<QByteArray> password = m_credentials ? m_credentials(m_account) : QByteArray();
    if (!password) {
        say(tr("No password for %1: nothing was done.").arg(m_account));
        return;
    }
    auto *job = new jobs::HygieneJob(m_dbPath, m_account, *password, actionId, jobs::HygieneJob::Mode::Undo);
    password->fill('\0');
    startHygieneJob(job, tr("Undoing action %1").arg(actionId));
}

void HygieneView::resume(qint64 actionId)
{
    if (!actionId)
        actionId = selectedAction();
    if (!actionId || m_job || m_task)
        return;
    std::optional<QByteArray> password = m_credentials ? m_credentials(m_account) : QByteArray();
    if (!password) {
        say(tr("No password for %1: nothing was done.").arg(m_account));
        return;
    }
    auto *job = new jobs::HygieneJob(m_dbPath, m_account, *password, actionId, jobs::HygieneJob::Mode::Resume);
    password->fill('\0');
    startHygieneJob(job, tr("Resuming action %1").arg(actionId));
}

void HygieneView::startHygieneJob(jobs::HygieneJob *job, const QString &what)
{
    m_job = job;
    m_job->setBatchSize(m_batchSize);
    m_jobThread = startWorker(this, m_job, QStringLiteral("hygiene-apply"));
    connect(m_job, &jobs::HygieneJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
        Q_EMIT progress(done, total);
    });
    connect(m_job, &jobs::HygieneJob::finished, this, [this](bool ok, const QString &message, qint64 actionId) {
        finishWorker(m_jobThread, m_job);
        m_progress->hide();
        m_plan.reset();
        m_previewPanel->hide();
        setBusyState();
        say(ok ? message : tr("Failed: %1").arg(message));
        if (!ok)
            Q_EMIT failed(message);
        Q_EMIT actionFinished(ok, message, actionId);
        refresh();
    });
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->show();
    m_jobThread->start();
    say(what + QStringLiteral("…"));
    setBusyState();
}

void HygieneView::cancel()
{
    if (m_groupsJob) {
        m_groupsJob->cancel();
        finishWorker(m_groupsThread, m_groupsJob);
        ++m_groupsGeneration;
        say(tr("Cancelled."));
    }
    if (m_task)
        m_task->cancel(); // ends on its own; its answer says so
    if (m_job) {
        m_job->cancel(); // the batch in flight completes; the action stays resumable
        say(tr("Stopping after the batch in flight…"));
    }
    setBusyState();
}

// --- unsubscribe

void HygieneView::planUnsubscribe()
{
    const std::optional<QString> key = selectedGroup();
    if (!key)
        return;
    std::optional<QByteArray> password = m_credentials ? m_credentials(m_account) : QByteArray();
    if (!password) {
        say(tr("No password for %1: nothing was done.").arg(m_account));
        return;
    }
    store::PlanSelector selector;
    switch (m_shownBy) {
    case store::GroupBy::Address: selector.fromAddress = *key; break;
    case store::GroupBy::Domain: selector.domain = *key; break;
    case store::GroupBy::List: selector.listId = *key; break;
    }
    auto plan = std::make_shared<hygiene::UnsubscribePlan>();
    const QString account = m_account, folderName = folder();
    QByteArray secret = *password;
    password->fill('\0');
    const bool started = startTask(
        [=](store::Store &st, const std::atomic_bool &) mutable -> Status {
            auto a = st.imapAccount(account);
            if (!a)
                return a.error();
            auto folders = st.imapFolders(a->id);
            if (!folders)
                return folders.error();
            store::ImapFolder where;
            for (const store::ImapFolder &f : folders.value())
                if (f.name == folderName)
                    where = f;
            if (!where.id)
                return Error{tr("No such folder in this account"), folderName};
            selector.folderId = where.id;
            store::HygieneStore h(st.db());
            auto candidates = h.candidates(selector);
            if (!candidates)
                return candidates.error();
            if (candidates->isEmpty())
                return Error{tr("The group has no message left in this folder"), {}};
            store::PlanCandidate newest = candidates->first();
            for (const store::PlanCandidate &c : candidates.value())
                if (c.receivedUtc > newest.receivedUtc || (c.receivedUtc == newest.receivedUtc && c.uid > newest.uid))
                    newest = c;
            std::optional<store::Verdict> verdict;
            if (auto d = st.messageDetail(newest.rowId); d && d->row.verdict >= 0)
                verdict = store::Verdict(d->row.verdict);
            // Its headers, read again from the server (Mailtide keeps no message text).
            auto endpoint = imap::endpointFor(a.value(), secret);
            secret.fill('\0');
            if (!endpoint)
                return endpoint.error();
            imap::Connection c;
            Status opened = c.open(endpoint.value());
            endpoint->password.fill('\0');
            if (!opened)
                return opened.error();
            imap::Session s(c);
            if (auto ex = s.examine(where.serverName.toUtf8(), false); !ex)
                return ex.error();
            QByteArray header;
            Status f = s.uidFetch(QByteArray::number(newest.uid), "UID BODY.PEEK[HEADER]", [&](imap::Response &&r) -> Status {
                if (const imap::Value *v = r.fetchItem("BODY[HEADER]"))
                    header = v->bytes.left(256 * 1024);
                return {};
            });
            if (!f)
                return f.error();
            if (header.isEmpty())
                return Error{tr("The newest message of the group is gone from the server"), {}};
            *plan = hygiene::planUnsubscribe(hygiene::inputFrom(mime::parseMessage(header), account, verdict));
            if (plan->method == hygiene::UnsubscribeMethod::Refused) {
                store::UnsubscribeLog log(st.db());
                (void)log.record({0, account, plan->sender, plan->listId, hygiene::toString(plan->method), plan->target,
                                  QDateTime::currentSecsSinceEpoch(), QStringLiteral("refused"), plan->reason});
            }
            return {};
        },
        [this, plan, key](bool ok, const QString &message) {
            if (!ok) {
                say(tr("No unsubscribe plan: %1").arg(message));
                Q_EMIT failed(message);
                return;
            }
            m_plan.reset();
            m_unsub = *plan;
            showUnsubscribe();
        });
    if (started)
        say(tr("Reading the unsubscribe offer of %1…").arg(*key));
}

void HygieneView::showUnsubscribe()
{
    const hygiene::UnsubscribePlan &p = *m_unsub;
    const QString who = p.listId.isEmpty() ? p.sender : p.listId;
    QString title, note;
    switch (p.method) {
    case hygiene::UnsubscribeMethod::Refused:
        title = tr("Unsubscribing from %1 is refused").arg(who);
        note = p.reason;
        break;
    case hygiene::UnsubscribeMethod::OneClick:
        title = tr("Unsubscribe from %1 with one click").arg(who);
        note = tr("Mailtide would send the standard one-click request (RFC 8058) to %1. %2").arg(p.target, p.reason);
        break;
    case hygiene::UnsubscribeMethod::Mailto:
        title = tr("Unsubscribe from %1 by mail").arg(who);
        note = tr("An unsubscribe message to %1. %2").arg(p.mailto.to, p.reason);
        break;
    case hygiene::UnsubscribeMethod::Browser:
        title = tr("Unsubscribe from %1 in the browser").arg(who);
        note = tr("Opens %1. %2 %3").arg(p.target, p.warning, p.reason);
        break;
    }
    m_previewTitle->setText(title);
    m_previewNote->setText(note.trimmed());
    m_previewModel->clear();
    m_previewList->hide();
    m_progress->hide();
    m_previewPanel->show();
    m_confirmUnsub->setDefault(true);
    updateButtons();
    say(title + QStringLiteral(": ") + note.trimmed());
    Q_EMIT previewReady();
}

void HygieneView::confirmUnsubscribe()
{
    if (!m_unsub || m_unsub->method == hygiene::UnsubscribeMethod::Refused)
        return;
    const hygiene::UnsubscribePlan plan = *m_unsub;
    if (plan.method == hygiene::UnsubscribeMethod::Mailto) {
        say(tr("Unsubscribing by mail needs your SMTP server, which this view cannot use yet: send a message to %1 "
               "yourself, or use mailtide-cli unsubscribe.").arg(plan.mailto.to));
        return;
    }
    auto outcome = std::make_shared<QString>();
    const bool browser = plan.method == hygiene::UnsubscribeMethod::Browser;
    if (browser)
        QDesktopServices::openUrl(QUrl(plan.target));
    startTask(
        [=](store::Store &st, const std::atomic_bool &) -> Status {
            store::UnsubscribeLog log(st.db());
            store::UnsubscribeRecord r{0, plan.account, plan.sender, plan.listId, hygiene::toString(plan.method), plan.target,
                                       QDateTime::currentSecsSinceEpoch(), QStringLiteral("done"), {}};
            if (browser) {
                r.detail = tr("opened in the browser");
                *outcome = r.detail;
                return log.record(r) ? Status{} : Status{Error{tr("Not recorded"), {}}};
            }
            auto done = hygiene::executeUnsubscribe(plan, {}, {});
            r.result = done && done->ok ? QStringLiteral("done") : QStringLiteral("failed");
            r.detail = done ? done->detail : done.error().toString();
            *outcome = r.detail;
            (void)log.record(r);
            if (!done)
                return done.error();
            return done->ok ? Status{} : Status{Error{done->detail, {}}};
        },
        [this, outcome](bool ok, const QString &message) {
            say(ok ? tr("Unsubscribed: %1").arg(*outcome) : tr("Unsubscribing failed: %1").arg(message));
            closePreview();
            Q_EMIT unsubscribeDone(ok, ok ? *outcome : message);
        });
}

// --- rules

void HygieneView::addRule(const store::HygieneRule &rule)
{
    if (Status v = hygiene::validateRule(rule); !v) {
        say(v.error().toString());
        Q_EMIT failed(v.error().toString());
        return;
    }
    auto actions = std::make_shared<QVector<store::HygieneAction>>();
    auto rules = std::make_shared<QVector<store::HygieneRule>>();
    const QString account = m_account;
    startTask(
        [=](store::Store &st, const std::atomic_bool &) -> Status {
            auto a = st.imapAccount(account);
            if (!a)
                return a.error();
            store::HygieneRule r = rule;
            r.accountId = a->id;
            store::HygieneStore h(st.db());
            if (r.id) {
                if (Status s = h.updateRule(r); !s)
                    return s;
            } else if (auto id = h.addRule(r); !id) {
                return id.error();
            }
            return readLogAndRules(st, account, *actions, *rules);
        },
        [this, actions, rules](bool ok, const QString &message) {
            if (!ok) {
                say(message);
                Q_EMIT failed(message);
                return;
            }
            m_actions = *actions;
            m_rules = *rules;
            showLog();
            showRules();
            say(tr("Rules saved."));
            Q_EMIT refreshed();
        });
}

void HygieneView::updateRule(const store::HygieneRule &rule)
{
    addRule(rule); // an id: update
}

void HygieneView::setRuleEnabled(qint64 ruleId, bool enabled)
{
    for (store::HygieneRule r : m_rules)
        if (r.id == ruleId) {
            r.enabled = enabled;
            updateRule(r);
            return;
        }
}

void HygieneView::removeRule(qint64 ruleId)
{
    auto actions = std::make_shared<QVector<store::HygieneAction>>();
    auto rules = std::make_shared<QVector<store::HygieneRule>>();
    const QString account = m_account;
    startTask(
        [=](store::Store &st, const std::atomic_bool &) -> Status {
            store::HygieneStore h(st.db());
            if (Status s = h.removeRule(ruleId); !s)
                return s;
            return readLogAndRules(st, account, *actions, *rules);
        },
        [this, actions, rules](bool ok, const QString &message) {
            if (!ok) {
                say(message);
                return;
            }
            m_actions = *actions;
            m_rules = *rules;
            showRules();
            say(tr("Rule removed."));
            Q_EMIT refreshed();
        });
}

void HygieneView::editRule(std::optional<store::HygieneRule> rule)
{
    store::HygieneRule r;
    if (rule) {
        r = *rule;
    } else if (const auto key = selectedGroup()) {
        r.matchKind = m_shownBy == store::GroupBy::Address ? QStringLiteral("address")
                      : m_shownBy == store::GroupBy::Domain ? QStringLiteral("domain")
                                                            : QStringLiteral("list");
        r.matchValue = *key;
        r.action = QStringLiteral("archive");
    }
    QDialog dialog(this);
    dialog.setWindowTitle(rule ? tr("Edit rule") : tr("New rule"));
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("From the address"), QStringLiteral("address"));
    kind->addItem(tr("From any address at the domain"), QStringLiteral("domain"));
    kind->addItem(tr("From the mailing list (List-Id)"), QStringLiteral("list"));
    kind->setCurrentIndex(qMax(0, kind->findData(r.matchKind)));
    auto *value = new QLineEdit(r.matchValue, &dialog);
    auto *action = new QComboBox(&dialog);
    for (hygiene::Action a : {hygiene::Action::Archive, hygiene::Action::Junk, hygiene::Action::Trash})
        action->addItem(actionVerb(a), hygiene::toString(a));
    action->setCurrentIndex(qMax(0, action->findData(r.action)));
    auto *enabled = new QCheckBox(tr("Run after each sync"), &dialog);
    enabled->setChecked(r.enabled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Mail"), kind);
    form->addRow(tr("Value"), value);
    form->addRow(tr("Action"), action);
    form->addRow(enabled);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    r.matchKind = kind->currentData().toString();
    r.matchValue = value->text().trimmed();
    r.action = action->currentData().toString();
    r.enabled = enabled->isChecked();
    addRule(r);
}

} // namespace mailtide::ui
