#include "MainWindow.h"

#include "FolderDelegate.h"
#include "MessageTable.h"
#include "VerdictDelegate.h"
#include "Worker.h"

#include "AccountDialog.h"
#include "Keyring.h"
#include "imap/Connection.h"
#include "jobs/BodyJob.h"
#include "jobs/IdleJob.h"
#include "jobs/MoveJob.h"
#include "jobs/SyncJob.h"
#include "net/Dns.h"
#include "senders/Dnsbl.h"

#include "MessageDetailView.h"
#include "HygieneView.h"
#include "SelfCheckView.h"
#include "SendersView.h"
#include "DnsServerDialog.h"
#include "TrendsView.h"
#include "WelcomePage.h"
#include "jobs/ImportJob.h"
#include "jobs/SampleMailbox.h"
#include "jobs/StoreReader.h"
#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace mailtide::ui {

using models::FolderTreeModel;
using models::MessageListModel;

namespace {

// How often a running import's committed rows are appended to the list and the tree recounted.
constexpr int kRefreshMs = 500;
// Arrow keys through the list: read a message only once the selection rests.
constexpr int kDetailDelayMs = 60;

/** A key for a tree node that survives a model reset: folders by id, folder-less parents by
 *  their path of labels under the account. */
QString nodeKey(const QModelIndex &index)
{
    if (index.data(FolderTreeModel::IsAccountRole).toBool())
        return QStringLiteral("a%1").arg(index.data(FolderTreeModel::AccountIdRole).toLongLong());
    if (const qint64 folder = index.data(FolderTreeModel::FolderIdRole).toLongLong())
        return QStringLiteral("f%1").arg(folder);
    return nodeKey(index.parent()) + QLatin1Char('/') + index.data(Qt::DisplayRole).toString();
}

/** The nodes with children that the user has collapsed (everything else is shown expanded). */
void collectCollapsed(const QTreeView *view, const QModelIndex &parent, QSet<QString> &out)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (!model->hasChildren(child)) continue;
        if (!view->isExpanded(child)) out.insert(nodeKey(child));
        collectCollapsed(view, child, out);
    }
}

void collapseKnown(QTreeView *view, const QModelIndex &parent, const QSet<QString> &collapsed)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (collapsed.contains(nodeKey(child))) view->collapse(child);
        collapseKnown(view, child, collapsed);
    }
}

} // namespace

MainWindow::MainWindow(QString dbPath, QString sampleDir, QWidget *parent)
    : QMainWindow(parent), m_dbPath(std::move(dbPath)), m_sampleDir(std::move(sampleDir))
{
    setWindowTitle(tr("Mailtide"));
    m_keyring = new Keyring(this);

    m_folders = new FolderTreeModel(this);
    m_folders->setObjectName(QStringLiteral("folderModel"));
    m_messages = new MessageListModel(this);
    m_messages->setObjectName(QStringLiteral("messageModel"));

    // The reader is deleted on its own thread when that thread ends (see the destructor).
    m_reader = new jobs::StoreReader(m_dbPath);
    m_reader->moveToThread(&m_readerThread);
    m_readerThread.setObjectName(QStringLiteral("StoreReader"));
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &jobs::StoreReader::treeLoaded, this, &MainWindow::onTreeLoaded);
    connect(m_reader, &jobs::StoreReader::messagesLoaded, this, &MainWindow::onMessagesLoaded);
    connect(m_reader, &jobs::StoreReader::detailLoaded, this, &MainWindow::onDetailLoaded);
    connect(m_reader, &jobs::StoreReader::failed, this, &MainWindow::onReadFailed);
    m_readerThread.start();

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("folderView"));
    m_tree->setModel(m_folders);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setItemDelegate(new FolderDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_tree->indexAt(pos);
        if (!at.isValid()) return;
        m_tree->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
        updateFolderUseMenu();
        if (!m_folderUseMenu->isEnabled()) return;
        QMenu context;
        context.addMenu(m_folderUseMenu);
        context.exec(m_tree->viewport()->mapToGlobal(pos));
    });

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("messageView"));
    m_table->setModel(m_messages);
    setUpMessageTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *columns = m_table->horizontalHeader();
    // Sorting is done by the store: the model only emits sortRequested. Enable it before
    // connecting, so the initial sortByColumn() does not trigger a second load.
    columns->setSortIndicator(MessageListModel::ColReceived, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_messages, &MessageListModel::sortRequested, this,
            [this](store::MessageSort sort, bool descending) {
                m_sort = sort;
                m_descending = descending;
                reloadMessages();
            });

    m_detail = new MessageDetailView;
    m_detail->setObjectName(QStringLiteral("detailView"));

    // The sidebar (accounts and folders) beside the views: Mail (list | message) and Trends.
    m_mailSplitter = new QSplitter(Qt::Horizontal);
    m_mailSplitter->setObjectName(QStringLiteral("mailSplitter"));
    m_mailSplitter->addWidget(m_table);
    m_mailSplitter->addWidget(m_detail);
    m_mailSplitter->setStretchFactor(0, 3);
    m_mailSplitter->setStretchFactor(1, 2);
    m_mailSplitter->setChildrenCollapsible(false);
    m_views = new QStackedWidget;
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addWidget(m_mailSplitter);
    m_trends = new TrendsView;
    m_trends->setObjectName(QStringLiteral("trendsView"));
    addScopedView(m_trends, QStringLiteral("trends"), tr("&Trends"),
                  tr("Spam by weekday and hour, over time and by season, with campaigns; exports"));
    m_hygiene = new HygieneView;
    m_hygiene->setObjectName(QStringLiteral("hygieneView"));
    // An empty password: the account's password command runs in the job (the keyring's, or
    // one typed, is known once the account synced this session).
    m_hygiene->setCredentialsProvider(
        [this](const QString &account) { return std::optional<QByteArray>(m_sessionPasswords.value(account)); });
    addScopedView(m_hygiene, QStringLiteral("hygiene"), tr("&Hygiene"),
                  tr("Mail grouped by sender and list: archive, junk or trash with an exact preview and undo; rules; unsubscribe"));
    m_senders = new SendersView;
    m_senders->setObjectName(QStringLiteral("sendersView"));
    connect(m_senders, &SendersView::markAllRequested, this, &MainWindow::markAsSpam);
    addScopedView(m_senders, QStringLiteral("senders"), tr("&Senders"),
                  tr("Who writes to you: forged senders, failed authentication, botnet origins, block lists; by address, domain or network"));
    // The self-check is about the user's own domain, not the sidebar's folder: it sits with the
    // other views (View menu, Ctrl+5, remembered as the last view) but its scope calls do nothing.
    m_selfCheck = new SelfCheckView;
    m_selfCheck->setObjectName(QStringLiteral("selfCheckView"));
    m_selfCheck->setDatabase(m_dbPath);
    m_selfCheck->setCredentialsProvider(
        [this](const QString &account) { return std::optional<QByteArray>(m_sessionPasswords.value(account)); });
    connect(m_selfCheck, &SelfCheckView::failed, this, [this](const QString &message) { showStatus(message); });
    connect(m_selfCheck, &SelfCheckView::notify, this, [this](const QString &message) { showStatus(message); });
    registerScopedView({m_selfCheck, QStringLiteral("selfcheck"), tr("Self-&check"),
                        tr("Is your own domain or mail server sending spam? DNS records, block lists, open relay, your mailbox's bounces"),
                        [](const QString &, const QString &) {}, [] {}, nullptr, QString(), true});
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_welcome = new WelcomePage;
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    connect(m_welcome, &WelcomePage::addImapRequested, this, &MainWindow::addImapAccount);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::openFolder);
    connect(m_welcome, &WelcomePage::openSampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::selfCheckRequested, this, [this] { showView(View::SelfCheck); });

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);

    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(kDetailDelayMs);
    connect(m_detailTimer, &QTimer::timeout, this, &MainWindow::requestDetail);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::treeCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::messageCurrentChanged);

    buildMenus();
    buildStatusBar();
    restoreSettings();
    // While the window is open, a scheduled self-check runs when due (checked now and hourly).
    m_selfCheck->startSchedule();

    reloadTree();
    reloadMessages();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this body; they must not call back into a half-destroyed window.
    m_tree->selectionModel()->disconnect(this);
    m_table->selectionModel()->disconnect(this);
    m_messages->disconnect(this);

    m_importQueue.clear();
    if (m_importJob) m_importJob->cancel(); // stops after the current message; committed batches stay
    stopImportThread();
    m_syncQueue.clear();
    if (m_syncJob) m_syncJob->cancel(); // the connection drops; committed batches stay
    stopSyncThread();
    stopWatching();
    finishWorker(m_moveThread, m_moveJob); // a move is short: it finishes rather than stop half way
    finishWorker(m_bodyThread, m_bodyJob);
    m_readerThread.quit();
    m_readerThread.wait();
}

QString MainWindow::accountNameFor(const QString &path)
{
    const QString name = QFileInfo(QDir::cleanPath(path)).fileName();
    return name.isEmpty() ? QDir::cleanPath(path) : name;
}

// Menus and status bar -------------------------------------------------------------------------

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open local mail…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Import an mbox file or a .eml message (read-only; the file is never changed)"));
    QAction *openDir = file->addAction(tr("Open local mail &folder…"), this, &MainWindow::openFolder);
    openDir->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openDir->setStatusTip(tr("Import a Maildir or a folder of .eml messages (read-only)"));
    file->addAction(tr("Open the &sample mailbox"), this, &MainWindow::openSample)
        ->setStatusTip(tr("The SpamAssassin public corpus: 6,046 messages from 2002–2003"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    QAction *addImap = accounts->addAction(tr("&Add IMAP account…"), this, &MainWindow::addImapAccount);
    addImap->setObjectName(QStringLiteral("addImapAccountAction"));
    addImap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addImap->setStatusTip(tr("Connect a mailbox on an IMAP server: its mail is read, never changed, and classified"));
    QAction *syncAllAction = m_syncAllAction = accounts->addAction(tr("&Sync all accounts"), this, &MainWindow::syncAll);
    syncAllAction->setObjectName(QStringLiteral("syncAllAction"));
    syncAllAction->setShortcut(QKeySequence::Refresh);
    syncAllAction->setStatusTip(tr("Fetch new mail from every IMAP account (F5)"));
    accounts->addSeparator();
    // What a folder is for, where the server does not say it (no RFC 6154 attributes) or says it
    // wrong: Junk teaches spam and receives what is marked as spam.
    m_folderUseMenu = accounts->addMenu(tr("&Use this folder as"));
    m_folderUseMenu->setObjectName(QStringLiteral("folderUseMenu"));
    m_folderUseMenu->menuAction()->setStatusTip(tr("Tell Mailtide which folder is Junk, Trash, Sent, Archive or Drafts on this server"));
    auto *uses = new QActionGroup(m_folderUseMenu);
    const std::pair<QString, QString> kUses[] = {{QStringLiteral("\\Junk"), tr("&Junk (spam)")},
                                                 {QStringLiteral("\\Trash"), tr("&Trash")},
                                                 {QStringLiteral("\\Sent"), tr("&Sent")},
                                                 {QStringLiteral("\\Archive"), tr("&Archive")},
                                                 {QStringLiteral("\\Drafts"), tr("&Drafts")},
                                                 {QString(), tr("&Nothing special")}};
    for (const auto &[use, label] : kUses) {
        if (use.isEmpty()) m_folderUseMenu->addSeparator();
        QAction *a = m_folderUseMenu->addAction(label, this, [this, use] { setCurrentFolderUse(use); });
        a->setObjectName(QStringLiteral("folderUse") + (use.isEmpty() ? QStringLiteral("None") : use.mid(1)));
        a->setCheckable(true);
        a->setData(use);
        uses->addAction(a);
    }
    connect(m_folderUseMenu, &QMenu::aboutToShow, this, &MainWindow::updateFolderUseMenu);
    m_folderUseMenu->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *views = new QActionGroup(view);
    m_viewMail = view->addAction(tr("&Mail"), this, [this] { showView(View::Mail); });
    m_viewMail->setObjectName(QStringLiteral("viewMailAction"));
    m_viewMail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_viewMail->setStatusTip(tr("The messages of the selected account or folder, with their verdicts (Ctrl+1)"));
    m_viewMail->setCheckable(true);
    views->addAction(m_viewMail);
    for (std::size_t i = 0; i < m_scoped.size(); ++i) {
        ScopedView &v = m_scoped[i];
        v.action = view->addAction(v.name, this, [this, i] { showView(View(int(i) + 1)); });
        v.action->setObjectName(QStringLiteral("view%1Action").arg(v.key.left(1).toUpper() + v.key.mid(1)));
        v.action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_2) + int(i))));
        v.action->setStatusTip(QStringLiteral("%1 (%2)").arg(v.tip, v.action->shortcut().toString(QKeySequence::NativeText)));
        v.action->setCheckable(true);
        views->addAction(v.action);
    }
    m_viewMail->setChecked(true);

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    QAction *spam = m_markSpam = message->addAction(tr("Mark as &spam"), this, [this] { markSelected(true); });
    spam->setObjectName(QStringLiteral("markSpamAction"));
    spam->setShortcut(QKeySequence(Qt::Key_J));
    spam->setStatusTip(tr("Move the selected messages to Junk on the server and learn from them (J)"));
    QAction *ham = m_markHam = message->addAction(tr("Mark as &not spam"), this, [this] { markSelected(false); });
    ham->setObjectName(QStringLiteral("markHamAction"));
    ham->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_J));
    ham->setStatusTip(tr("Move the selected messages to the inbox on the server and learn from them (Shift+J)"));
    m_undoMove = message->addAction(tr("&Undo the last move"), this, &MainWindow::undoLastMove);
    m_undoMove->setObjectName(QStringLiteral("undoMoveAction"));
    m_undoMove->setShortcut(QKeySequence::Undo);
    m_undoMove->setEnabled(false);

    // Third-party look-ups are the user's choice, off until switched on here (or in the
    // settings file): each one tells the list's operator an address that mailed you.
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *dnsbl = tools->addAction(tr("Check senders against DNS &block lists"));
    dnsbl->setObjectName(QStringLiteral("dnsblAction"));
    dnsbl->setCheckable(true);
    dnsbl->setChecked(QSettings().value(QLatin1String(senders::DnsblSettings::kEnabledKey), false).toBool());
    dnsbl->setStatusTip(tr("After each import or sync, ask Spamhaus, SpamCop and other block lists about the new "
                           "messages' origin IPs. Off by default: each look-up tells the list which address mailed you."));
    connect(dnsbl, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(senders::DnsblSettings::kEnabledKey), on);
        statusBar()->showMessage(on ? tr("Block list look-ups are on: new mail's origin IPs will be checked after each import or sync.")
                                    : tr("Block list look-ups are off: nothing is sent to a block list."),
                                 8000);
    });

    tools->addSeparator();
    QAction *dnsServer = tools->addAction(tr("&DNS server…"), this, &MainWindow::editDnsServer);
    dnsServer->setObjectName(QStringLiteral("dnsServerAction"));
    dnsServer->setStatusTip(tr("The resolver every DNS query of Mailtide goes to (the system's unless you choose one)"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mailtide"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_importLabel = new QLabel(this);
    m_importLabel->setObjectName(QStringLiteral("importLabel"));
    m_importLabel->setTextFormat(Qt::PlainText);
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->setToolTip(tr("Stop the import (Esc); what was imported so far is kept"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelImport);

    // Permanent widgets, so that status messages on the left never hide the progress.
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->setTextFormat(Qt::PlainText);
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_syncCancel = new QPushButton(tr("Stop sync"), this);
    m_syncCancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_syncCancel->setToolTip(tr("Stop the sync; what was fetched so far is kept and the next sync resumes"));
    connect(m_syncCancel, &QPushButton::clicked, this, &MainWindow::cancelSync);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncCancel);
    for (QWidget *w : {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncProgress),
                       static_cast<QWidget *>(m_syncCancel)})
        w->hide();
    statusBar()->addPermanentWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_countLabel);
    for (QWidget *w : {static_cast<QWidget *>(m_importLabel), static_cast<QWidget *>(m_importProgress),
                       static_cast<QWidget *>(m_cancelButton)})
        w->hide();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1200, 760);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/sidebar")).toByteArray()))
        m_splitter->setSizes({200, 1000});
    if (!m_mailSplitter->restoreState(settings.value(QStringLiteral("window/mail")).toByteArray()))
        m_mailSplitter->setSizes({620, 380});
    const QString shown = settings.value(QStringLiteral("window/view")).toString();
    View restored = View::Mail;
    for (std::size_t i = 0; i < m_scoped.size(); ++i)
        if (m_scoped[i].key == shown)
            restored = View(int(i) + 1);
    showView(restored);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/sidebar"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/mail"), m_mailSplitter->saveState());
    QString shown = QStringLiteral("mail");
    for (const ScopedView &v : m_scoped)
        if (m_views->currentWidget() == v.widget)
            shown = v.key;
    settings.setValue(QStringLiteral("window/view"), shown);
    QMainWindow::closeEvent(event);
}

void MainWindow::warn(const QString &text, const QString &detail)
{
    // open(), not exec(): the window keeps working and nothing waits on a nested event loop.
    // Plain text: the detail quotes file names and mail, which must not be read as markup.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Mailtide"), text + QStringLiteral("\n\n") + detail,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

void MainWindow::editDnsServer()
{
    DnsServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString server = QSettings().value(QLatin1String(net::kDnsServerSettingKey)).toString();
    statusBar()->showMessage(server.isEmpty() ? tr("DNS queries go to the system's resolvers.")
                                              : tr("DNS queries go to %1.").arg(server),
                             8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mailtide"),
                       tr("<h3>Mailtide %1</h3>"
                          "<p>Mailbox hygiene and spam analysis.</p>"
                          "<p>Everything stays on this computer: no cloud service, no telemetry, and "
                          "nothing is ever loaded from a message.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

// Reading the store ----------------------------------------------------------------------------

void MainWindow::reloadTree()
{
    const quint64 id = m_treeRequest = nextRequest();
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, id] { r->loadTree(id); }, Qt::QueuedConnection);
}

void MainWindow::reloadMessages()
{
    const quint64 id = m_listRequest = nextRequest();
    m_listInFlight = true;
    QMetaObject::invokeMethod(
        m_reader,
        [r = m_reader, id, account = m_accountId, folder = m_folderId, sort = int(m_sort),
         desc = m_descending] { r->loadMessages(id, account, folder, 0, sort, desc, false); },
        Qt::QueuedConnection);
}

void MainWindow::appendNewMessages()
{
    // A request in flight will bring these rows too (a reload) or has the same afterId (an append).
    if (m_listInFlight) return;
    const quint64 id = m_listRequest = nextRequest();
    m_listInFlight = true;
    QMetaObject::invokeMethod(
        m_reader,
        [r = m_reader, id, account = m_accountId, folder = m_folderId, after = m_messages->maxId(),
         sort = int(m_sort),
         desc = m_descending] { r->loadMessages(id, account, folder, after, sort, desc, true); },
        Qt::QueuedConnection);
}

void MainWindow::requestDetail()
{
    if (m_selectedMessage == 0) {
        m_detail->clear();
        return;
    }
    const quint64 id = m_detailRequest = nextRequest();
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, id, msg = m_selectedMessage] { r->loadDetail(id, msg); },
        Qt::QueuedConnection);
}

void MainWindow::onTreeLoaded(quint64 id, const QVector<store::AccountInfo> &accounts,
                              const QVector<store::FolderInfo> &folders)
{
    if (id != m_treeRequest) return;
    m_treeLoadedOnce = true;
    m_accounts = accounts;
    m_folderAccount.clear();
    for (const auto &f : folders)
        m_folderAccount.insert(f.id, f.accountId);

    // A reset forgets expansion and selection; new nodes open expanded, collapsed ones stay so.
    QSet<QString> collapsed;
    collectCollapsed(m_tree, {}, collapsed);
    m_folders->setContents(accounts, folders);
    m_tree->expandAll();
    collapseKnown(m_tree, {}, collapsed);

    const QModelIndex current =
        m_folderId ? m_folders->indexForFolder(m_folderId) : m_folders->indexForAccount(m_accountId);
    if (current.isValid())
        m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    selectPendingAccount();

    updatePage();
    m_countLabel->setVisible(!accounts.isEmpty());
    QStringList imap;
    for (const store::AccountInfo &a : accounts)
        if (a.kind == QLatin1String("imap"))
            imap << a.name;
    m_selfCheck->setAccounts(imap);
    updateFolderUseMenu();
    updateTrendsScope();
}

void MainWindow::selectPendingAccount()
{
    if (m_selectAccount.isEmpty()) return;
    for (const store::AccountInfo &a : std::as_const(m_accounts)) {
        if (a.name != m_selectAccount) continue;
        m_selectAccount.clear();
        const QModelIndex index = m_folders->indexForAccount(a.id);
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_tree->scrollTo(index);
        return;
    }
}

void MainWindow::treeCurrentChanged(const QModelIndex &current)
{
    const qint64 account = current.data(FolderTreeModel::AccountIdRole).toLongLong();
    const qint64 folder = current.data(FolderTreeModel::FolderIdRole).toLongLong();
    // Restoring the selection after a tree reload lands here too: no reload then.
    updateFolderUseMenu();
    updateTrendsScope();
    if (account == m_accountId && folder == m_folderId) return;
    m_accountId = account;
    m_folderId = folder;
    reloadMessages();
}

void MainWindow::showView(View view)
{
    const int i = int(view) - 1;
    const bool mail = i < 0 || i >= int(m_scoped.size());
    m_views->setCurrentWidget(mail ? m_mailSplitter : m_scoped[std::size_t(i)].widget);
    (mail ? m_viewMail : m_scoped[std::size_t(i)].action)->setChecked(true);
    for (QAction *a : {m_markSpam, m_markHam})
        if (a) a->setEnabled(mail);
    updatePage();
    // F5 runs the self-check in its view (its own shortcut), and syncs everywhere else.
    if (m_syncAllAction)
        m_syncAllAction->setShortcut(m_views->currentWidget() == m_selfCheck ? QKeySequence() : QKeySequence(QKeySequence::Refresh));
    updateTrendsScope();
}

void MainWindow::updatePage()
{
    // Without an account there is nothing to show but the welcome page, except the self-check,
    // which needs only the user's domain.
    if (!m_treeLoadedOnce)
        return;
    const bool welcome = m_accounts.isEmpty() && m_views->currentWidget() != m_selfCheck;
    m_pages->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

void MainWindow::updateTrendsScope()
{
    // The views beside the mail follow the sidebar: its account, or its folder. Computed only
    // when shown, and again only when the scope changed or new mail arrived meanwhile.
    if (!m_treeLoadedOnce) return;
    for (ScopedView &v : m_scoped) {
        if (m_views->currentWidget() != v.widget) continue;
        const QModelIndex current = m_tree->currentIndex();
        QString account, folder;
        const qint64 accountId = current.data(FolderTreeModel::AccountIdRole).toLongLong();
        for (const store::AccountInfo &a : std::as_const(m_accounts))
            if (a.id == accountId) account = a.name;
        if (current.data(FolderTreeModel::FolderIdRole).toLongLong())
            folder = current.data(FolderTreeModel::FolderPathRole).toString();
        const QString scope = account + QLatin1Char('\n') + folder;
        if (scope == v.scope && !v.stale) return;
        v.scope = scope;
        v.stale = false;
        v.setScope(account, folder);
        v.refresh();
    }
}

void MainWindow::registerScopedView(ScopedView view)
{
    m_views->addWidget(view.widget);
    m_scoped.push_back(std::move(view));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::markViewsStale()
{
    for (ScopedView &v : m_scoped)
        v.stale = true;
    updateTrendsScope();
}

void MainWindow::updateFolderUseMenu()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool imapFolder = current.data(FolderTreeModel::IsImapRole).toBool() &&
                            current.data(FolderTreeModel::FolderIdRole).toLongLong() != 0;
    m_folderUseMenu->setEnabled(imapFolder);
    const QString use = current.data(FolderTreeModel::SpecialUseRole).toString();
    for (QAction *a : m_folderUseMenu->actions())
        if (a->isCheckable()) a->setChecked(imapFolder && a->data().toString() == use);
}

void MainWindow::setCurrentFolderUse(const QString &use)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.data(FolderTreeModel::IsImapRole).toBool() || !current.data(FolderTreeModel::FolderIdRole).toLongLong())
        return;
    const qint64 account = current.data(FolderTreeModel::AccountIdRole).toLongLong();
    const QString path = current.data(FolderTreeModel::FolderPathRole).toString();
    // The answer is the tree as it is now: it comes back as a tree load.
    const quint64 id = m_treeRequest = m_folderUseRequest = nextRequest();
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, id, account, path, use] { r->setFolderUse(id, account, path, use); },
        Qt::QueuedConnection);
    statusBar()->showMessage(
        use.isEmpty() ? tr("%1 is no longer used as a special folder").arg(path)
        : use == QLatin1String("\\Junk")
            ? tr("%1 is now the Junk folder: mail there teaches spam, and mail marked as spam goes there").arg(path)
            : tr("%1 is now used as %2").arg(path, models::specialUseName(use)),
        10000);
}

void MainWindow::onMessagesLoaded(quint64 id, const store::MessageRows &rows, bool append)
{
    if (id != m_listRequest) return;
    m_listInFlight = false;
    if (append) {
        m_messages->appendRows(rows);
    } else {
        m_messages->setRows(rows);
        // The reset dropped the selection; find the message again (linear, fine for 100k ids).
        int row = -1;
        for (int i = 0; m_selectedMessage && i < m_messages->rowCount(); ++i) {
            if (m_messages->rowAt(i).id == m_selectedMessage) {
                row = i;
                break;
            }
        }
        if (row >= 0) {
            const QModelIndex index = m_messages->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        } else {
            m_selectedMessage = 0;
            m_detail->clear();
        }
    }
    m_countLabel->setText(tr("%Ln message(s)", nullptr, m_messages->rowCount()));
    Q_EMIT messagesShown(m_messages->rowCount());
}

void MainWindow::openMessage(qint64 messageId, qint64 folderId)
{
    showView(View::Mail);
    for (int i = 0; i < m_messages->rowCount(); ++i)
        if (m_messages->rowAt(i).id == messageId) {
            const QModelIndex index = m_messages->index(i, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            m_table->setFocus();
            return;
        }
    // Not in the list shown: show its folder; the reload selects it (onMessagesLoaded).
    const QModelIndex folder = m_folders->indexForFolder(folderId);
    if (!folder.isValid())
        return;
    m_selectedMessage = messageId;
    m_tree->selectionModel()->setCurrentIndex(folder, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(folder);
    m_table->setFocus();
}

void MainWindow::messageCurrentChanged(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? m_messages->rowAt(current.row()).id : 0;
    m_selectedMessage = id;
    if (id != 0 && id == m_detail->messageId()) return;
    m_detailTimer->start();
}

void MainWindow::onDetailLoaded(quint64 id, const store::MessageDetail &detail, const mime::MessageText &text)
{
    if (id != m_detailRequest) return;
    m_shownDetail = detail;
    m_detail->showMessage(detail, text);
    if (detail.sourcePath.isEmpty()) fetchBody(detail);
}

void MainWindow::fetchBody(const store::MessageDetail &detail)
{
    if (m_bodyThread) return; // one at a time; the pane asks again when the next message is shown
    const store::AccountInfo *account = accountNamed(detail.accountName);
    if (!account || account->kind != QLatin1String("imap")) return;
    m_bodyJob = new jobs::BodyJob(m_dbPath, detail.accountName, m_sessionPasswords.value(detail.accountName), detail.row.id);
    m_bodyThread = startWorker(this, m_bodyJob, QStringLiteral("BodyJob"));
    connect(m_bodyJob, &jobs::BodyJob::loaded, this, [this](qint64 messageId, const mime::MessageText &text) {
        finishWorker(m_bodyThread, m_bodyJob);
        if (messageId == m_shownDetail.row.id)
            m_detail->showMessage(m_shownDetail, text);
        else if (m_shownDetail.sourcePath.isEmpty() && m_shownDetail.row.id)
            fetchBody(m_shownDetail); // the user moved on meanwhile
    });
    connect(m_bodyJob, &jobs::BodyJob::failed, this, [this](qint64 messageId, const QString &message) {
        finishWorker(m_bodyThread, m_bodyJob);
        if (messageId == m_shownDetail.row.id)
            statusBar()->showMessage(tr("The text of this message could not be read: %1").arg(message), 8000);
        else if (m_shownDetail.sourcePath.isEmpty() && m_shownDetail.row.id)
            fetchBody(m_shownDetail);
    });
    m_bodyThread->start();
}

void MainWindow::onReadFailed(quint64 id, const QString &message)
{
    if (m_storeUnavailable) return; // said once; the other pending requests fail the same way
    if (id == m_folderUseRequest) {
        warn(tr("The folder's use was not changed."), message);
        return;
    }
    if (id == m_treeRequest && !m_treeLoadedOnce) {
        m_storeUnavailable = true;
        statusBar()->showMessage(message);
        Q_EMIT storeUnavailable(message);
        return;
    }
    if (id == m_detailRequest) {
        m_detail->clear(tr("This message cannot be shown: %1").arg(message));
        return;
    }
    if (id == m_listRequest) m_listInFlight = false;
    statusBar()->showMessage(tr("Cannot read the database: %1").arg(message));
}

// Importing ------------------------------------------------------------------------------------

void MainWindow::openFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir"), QDir::homePath()).toString();
    // mbox files often have no extension (Thunderbird's "Inbox"), so all files come first.
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open local mail"), dir, tr("All files (*);;Mailboxes (*.mbox *.mbx);;Messages (*.eml)"));
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    openPaths({path});
}

void MainWindow::openFolder()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Open a Maildir or a folder of .eml files"), dir);
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("import/lastDir"), path);
    openPaths({path});
}

void MainWindow::openPaths(const QStringList &paths)
{
    for (const QString &p : paths)
        importPaths(accountNameFor(p), {p});
}

void MainWindow::openSample()
{
    const QString dir = jobs::findSampleDir(m_sampleDir);
    if (dir.isEmpty()) {
        const QString help = jobs::sampleMissingHelp();
        statusBar()->showMessage(help);
        warn(tr("The sample mailbox is not installed."), help);
        Q_EMIT importFinished(false, help);
        return;
    }
    importPaths(jobs::sampleAccountName(), {dir});
}

void MainWindow::importPaths(const QString &account, const QStringList &paths)
{
    m_importQueue.append({account, paths});
    if (m_importThread)
        statusBar()->showMessage(tr("%1 will be imported after the current import.").arg(account), 5000);
    else
        startNextImport();
}

void MainWindow::startNextImport()
{
    if (m_importQueue.isEmpty()) return;
    const PendingImport next = m_importQueue.takeFirst();
    m_importAccount = next.account;
    m_selectAccount = next.account; // an account already in the tree is selected right away
    selectPendingAccount();

    m_importJob = new jobs::ImportJob(m_dbPath, next.account, next.paths);
    m_importThread = startWorker(this, m_importJob, QStringLiteral("ImportJob"));
    connect(m_importJob, &jobs::ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_importJob, &jobs::ImportJob::finished, this,
            [this](bool ok, const QString &message) { onImportFinished(ok, message); });

    m_importLabel->setText(tr("Importing %1…").arg(next.account));
    m_importProgress->setRange(0, 0); // busy until the first progress report
    m_cancelButton->setEnabled(true);
    for (QWidget *w : {static_cast<QWidget *>(m_importLabel), static_cast<QWidget *>(m_importProgress),
                       static_cast<QWidget *>(m_cancelButton)})
        w->show();
    statusBar()->clearMessage();
    m_sinceRefresh.start();
    m_importThread->start();
}

void MainWindow::onImportProgress(qint64 bytesDone, qint64 bytesTotal, qint64 seen, qint64 added)
{
    if (!m_importJob) return;
    if (bytesTotal > 0) {
        m_importProgress->setRange(0, 100);
        m_importProgress->setValue(int(std::clamp<qint64>(bytesDone * 100 / bytesTotal, 0, 100)));
    }
    if (m_cancelButton->isEnabled()) {
        const QLocale loc;
        m_importLabel->setText(tr("Importing %1: %2 read, %3 new")
                                   .arg(m_importAccount, loc.toString(seen), loc.toString(added)));
    }
    if (m_sinceRefresh.elapsed() >= kRefreshMs) {
        m_sinceRefresh.restart();
        appendNewMessages();
        reloadTree();
    }
}

void MainWindow::cancelImport()
{
    if (!m_importJob) return;
    m_importQueue.clear();
    m_importJob->cancel();
    m_cancelButton->setEnabled(false);
    m_importLabel->setText(tr("Cancelling the import of %1…").arg(m_importAccount));
}

void MainWindow::stopImportThread()
{
    finishWorker(m_importThread, m_importJob);
}

void MainWindow::onImportFinished(bool ok, const QString &message)
{
    stopImportThread();
    for (QWidget *w : {static_cast<QWidget *>(m_importLabel), static_cast<QWidget *>(m_importProgress),
                       static_cast<QWidget *>(m_cancelButton)})
        w->hide();
    if (ok) {
        statusBar()->showMessage(message);
    } else {
        m_selectAccount.clear();
        statusBar()->showMessage(tr("Import failed: %1").arg(message));
        warn(tr("Could not import %1.").arg(m_importAccount), message);
    }
    reloadTree();
    reloadMessages();
    markViewsStale();
    Q_EMIT importFinished(ok, message);
    startNextImport();
}

// Syncing IMAP accounts --------------------------------------------------------------------------

const store::AccountInfo *MainWindow::accountNamed(const QString &name) const
{
    for (const auto &a : m_accounts)
        if (a.name == name)
            return &a;
    return nullptr;
}

void MainWindow::addImapAccount()
{
    QStringList names;
    for (const auto &a : std::as_const(m_accounts))
        names << a.name;
    AccountDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addAndSync(dialog.account(), dialog.password());
}

void MainWindow::addAndSync(const store::ImapAccount &account, const QByteArray &password)
{
    PendingSync job;
    job.account = account;
    job.password = password;
    job.add = true;
    if (!job.password.isEmpty()) {
        // Into the keyring for the next sessions; for this one it stays in memory.
        m_sessionPasswords.insert(job.account.name, job.password);
        const QString name = job.account.name;
        m_keyring->write(Keyring::keyFor(job.account.user, job.account.host, job.account.port), job.password,
                         [this, name](bool ok, const QString &error) {
                             if (ok)
                                 return;
                             // QtKeychain says "Unknown error" when no Secret Service answers at all.
                             const QString why = error.isEmpty() || error == QLatin1String("Unknown error")
                                                     ? tr("No system keyring (Secret Service or KWallet) is running.")
                                                     : error;
                             warn(tr("Your password for %1 could not be kept in the system keyring.").arg(name),
                                  tr("%1\n\nMailtide never writes passwords in its own files: it will ask for this "
                                     "one again next time. To sync without being asked, give the account a password "
                                     "command (for example with pass or secret-tool).")
                                      .arg(why));
                         });
    }
    m_selectAccount = job.account.name;
    m_syncQueue.append(job);
    startNextSync();
}

void MainWindow::syncAll()
{
    bool any = false;
    for (const auto &a : std::as_const(m_accounts))
        if (a.kind == QLatin1String("imap")) {
            syncAccount(a.name);
            any = true;
        }
    if (!any)
        statusBar()->showMessage(tr("No IMAP account to sync: add one with Accounts → Add IMAP account."), 5000);
}

void MainWindow::syncAccount(const QString &name)
{
    if (m_syncing.account.name == name && syncBusy())
        return;
    for (const auto &p : std::as_const(m_syncQueue))
        if (p.account.name == name)
            return;
    PendingSync job;
    job.account.name = name;
    m_syncQueue.append(job);
    startNextSync();
}

void MainWindow::startNextSync()
{
    if (m_syncQueue.isEmpty() || syncBusy())
        return;
    PendingSync next = m_syncQueue.takeFirst();
    if (!next.add && next.password.isEmpty()) {
        if (auto it = m_sessionPasswords.constFind(next.account.name); it != m_sessionPasswords.cend()) {
            next.password = it.value();
        } else if (const store::AccountInfo *a = accountNamed(next.account.name); a && !a->hasSecretCommand) {
            // From the keyring, asynchronously; without one the sync will ask.
            m_syncing = next;
            m_readingKeyring = true; // busy: a second sync must not start meanwhile
            m_syncLabel->setText(tr("Reading the password of %1 from the keyring…").arg(next.account.name));
            m_syncLabel->show();
            m_keyring->read(Keyring::keyFor(a->user, a->host, a->port), [this, next](bool ok, const QByteArray &pw, const QString &) mutable {
                if (ok)
                    next.password = pw;
                launchSync(next);
            });
            return;
        }
    }
    launchSync(next);
}

void MainWindow::launchSync(PendingSync next)
{
    m_readingKeyring = false;
    m_syncing = next;
    m_syncJob = new jobs::SyncJob(m_dbPath, next.account, next.password,
                                  next.add ? jobs::SyncJob::Mode::AddAndSync : jobs::SyncJob::Mode::Sync);
    m_syncThread = startWorker(this, m_syncJob, QStringLiteral("SyncJob"));
    connect(m_syncJob, &jobs::SyncJob::progress, this, &MainWindow::onSyncProgress);
    connect(m_syncJob, &jobs::SyncJob::finished, this,
            [this](bool ok, const QString &message, int kind) { onSyncFinished(ok, message, kind); });
    m_syncLabel->setText(tr("Connecting to %1…").arg(next.account.name));
    m_syncProgress->setRange(0, 0);
    m_syncCancel->setEnabled(true);
    for (QWidget *w : {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncProgress),
                       static_cast<QWidget *>(m_syncCancel)})
        w->show();
    m_sinceRefresh.start();
    m_syncThread->start();
}

void MainWindow::onSyncProgress(const QString &folder, int folderIndex, int folderCount, qint64 done, qint64 total,
                                double rate)
{
    if (!m_syncJob)
        return;
    QLocale loc;
    if (total > 0) {
        m_syncProgress->setRange(0, 100);
        m_syncProgress->setValue(int(std::clamp<qint64>(done * 100 / total, 0, 100)));
    }
    if (m_syncCancel->isEnabled())
        m_syncLabel->setText(tr("Syncing %1 — %2 (%3 of %4): %5 of %6 new, %7/s")
                                 .arg(m_syncing.account.name, folder, loc.toString(folderIndex), loc.toString(folderCount),
                                      loc.toString(done), loc.toString(total), loc.toString(qint64(rate))));
    // Committed batches show up as they land.
    if (m_sinceRefresh.elapsed() >= kRefreshMs) {
        m_sinceRefresh.restart();
        reloadTree();
        appendNewMessages();
    }
}

void MainWindow::cancelSync()
{
    if (!m_syncJob)
        return;
    m_syncQueue.clear();
    m_syncJob->cancel();
    m_syncCancel->setEnabled(false);
    m_syncLabel->setText(tr("Stopping the sync of %1…").arg(m_syncing.account.name));
}

void MainWindow::stopSyncThread()
{
    finishWorker(m_syncThread, m_syncJob);
}

void MainWindow::onSyncFinished(bool ok, const QString &message, int failureKind)
{
    stopSyncThread();
    PendingSync done = m_syncing;
    m_syncing = {};
    for (QWidget *w : {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncProgress),
                       static_cast<QWidget *>(m_syncCancel)})
        w->hide();
    const auto kind = imap::FailureKind(failureKind);
    if (ok) {
        statusBar()->showMessage(message);
        if (!done.password.isEmpty()) // for moves and the IDLE watch of this session
            m_sessionPasswords.insert(done.account.name, done.password);
        if (!m_watchers.contains(done.account.name))
            startWatching(done.account.name, done.password);
    } else if (kind == imap::FailureKind::Cancelled) {
        statusBar()->showMessage(tr("Sync of %1 stopped; what was fetched is kept.").arg(done.account.name));
    } else if (kind == imap::FailureKind::Authentication && !done.add && !done.retried) {
        // No password yet, or the server refused the one we had: ask (once per attempt).
        bool entered = false;
        const QString pw = QInputDialog::getText(
            this, tr("Password for %1").arg(done.account.name),
            tr("%1\n\nPassword for %2:").arg(message, done.account.name), QLineEdit::Password, QString(), &entered);
        if (entered && !pw.isEmpty()) {
            done.password = pw.toUtf8();
            done.retried = true;
            m_sessionPasswords.insert(done.account.name, done.password);
            if (const store::AccountInfo *a = accountNamed(done.account.name))
                m_keyring->write(Keyring::keyFor(a->user, a->host, a->port), done.password, [](bool, const QString &) {});
            m_syncQueue.prepend(done);
        } else {
            statusBar()->showMessage(tr("Sync of %1 needs its password.").arg(done.account.name));
        }
    } else {
        m_sessionPasswords.remove(done.account.name);
        statusBar()->showMessage(tr("Sync failed: %1").arg(message));
        warn(done.add ? tr("Could not add %1.").arg(done.account.name) : tr("Could not sync %1.").arg(done.account.name),
             message);
    }
    reloadTree();
    reloadMessages();
    markViewsStale();
    Q_EMIT syncFinished(ok, message);
    startNextSync();
}

void MainWindow::startWatching(const QString &account, const QByteArray &password)
{
    Watcher w;
    w.job = new jobs::IdleJob(m_dbPath, account, password);
    w.thread = startWorker(this, w.job, QStringLiteral("IdleJob"));
    connect(w.job, &jobs::IdleJob::watching, this, [this](const QString &name, bool polling) {
        if (polling)
            statusBar()->showMessage(tr("The server of %1 does not offer IDLE: Mailtide asks it for new mail every 5 minutes.").arg(name), 10000);
        Q_EMIT watching(name);
    });
    connect(w.job, &jobs::IdleJob::changed, this, [this](const QString &name) { syncAccount(name); });
    connect(w.job, &jobs::IdleJob::ended, this, [this](const QString &name, const QString &reason) {
        if (!reason.isEmpty())
            statusBar()->showMessage(tr("New mail in %1 is no longer watched: %2").arg(name, reason));
    });
    m_watchers.insert(account, w);
    w.thread->start();
}

void MainWindow::stopWatching()
{
    for (const Watcher &w : std::as_const(m_watchers))
        w.job->stop();
    for (Watcher &w : m_watchers)
        finishWorker(w.thread, w.job);
    m_watchers.clear();
}

// Mark as spam / not spam -------------------------------------------------------------------------

void MainWindow::markSelected(bool spam)
{
    if (m_moveThread) {
        statusBar()->showMessage(tr("A move is still running."), 3000);
        return;
    }
    QVector<qint64> ids;
    QStringList lines;
    qint64 accountId = 0;
    bool mixed = false;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected) {
        const store::MessageRow &r = m_messages->rowAt(i.row());
        const qint64 acc = m_folderAccount.value(r.folderId);
        if (accountId && acc != accountId)
            mixed = true;
        accountId = acc;
        ids << r.id;
        if (lines.size() < 15)
            lines << QStringLiteral("%1 — %2").arg(r.fromName.isEmpty() ? r.fromAddr : r.fromName, r.subject);
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the messages to move first."), 3000);
        return;
    }
    const store::AccountInfo *account = nullptr;
    for (const auto &a : std::as_const(m_accounts))
        if (a.id == accountId)
            account = &a;
    if (mixed || !account || account->kind != QLatin1String("imap")) {
        statusBar()->showMessage(mixed ? tr("Select messages of one account at a time.")
                                       : tr("Local mail is read-only: only messages on an IMAP server can be moved."),
                                 5000);
        return;
    }
    if (ids.size() > lines.size())
        lines << tr("… and %1 more").arg(QLocale().toString(ids.size() - lines.size()));
    // The exact list first: nothing moves on a server without the user seeing what.
    QMessageBox box(QMessageBox::Question, spam ? tr("Mark as spam") : tr("Mark as not spam"),
                    spam ? tr("Move %n message(s) of %1 to Junk on the server, and teach Mailtide they are spam?", nullptr,
                              int(ids.size()))
                               .arg(account->name)
                         : tr("Move %n message(s) of %1 to the inbox on the server, and teach Mailtide they are not spam?",
                              nullptr, int(ids.size()))
                               .arg(account->name),
                    QMessageBox::Cancel, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                           tr("Undo (Ctrl+Z) moves them back."));
    box.setTextFormat(Qt::PlainText);
    QPushButton *move = box.addButton(tr("&Move"), QMessageBox::AcceptRole);
    box.setDefaultButton(move);
    box.exec();
    if (box.clickedButton() != move)
        return;
    startMove(new jobs::MoveJob(m_dbPath, account->name, m_sessionPasswords.value(account->name), ids, spam));
}

void MainWindow::markAsSpam(const QVector<qint64> &messageIds, const QString &description)
{
    if (m_moveThread) {
        statusBar()->showMessage(tr("A move is still running."), 3000);
        return;
    }
    // The senders view counts what the sidebar selects: with one IMAP account selected, every
    // id is that account's. A move works on one account at a time.
    const store::AccountInfo *account = nullptr;
    for (const auto &a : std::as_const(m_accounts))
        if (a.id == m_accountId)
            account = &a;
    if (!account || account->kind != QLatin1String("imap") || messageIds.isEmpty()) {
        statusBar()->showMessage(tr("Select one IMAP account in the sidebar first: messages move on one server at a time."), 5000);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Mark as spam"),
                    tr("Move %n message(s) of %1 to Junk on the server, and teach Mailtide they are spam?", nullptr,
                       int(messageIds.size()))
                        .arg(account->name),
                    QMessageBox::Cancel, this);
    box.setInformativeText(description + QStringLiteral("\n\n") + tr("Undo (Ctrl+Z) moves them back."));
    box.setTextFormat(Qt::PlainText);
    QPushButton *move = box.addButton(tr("&Move"), QMessageBox::AcceptRole);
    box.setDefaultButton(move);
    box.exec();
    if (box.clickedButton() != move)
        return;
    startMove(new jobs::MoveJob(m_dbPath, account->name, m_sessionPasswords.value(account->name), messageIds, true));
}

void MainWindow::undoLastMove()
{
    if (!m_lastMove || m_moveThread)
        return;
    const jobs::MoveRecord record = *m_lastMove;
    m_lastMove.reset();
    m_undoMove->setEnabled(false);
    startMove(new jobs::MoveJob(m_dbPath, m_sessionPasswords.value(record.account), record));
}

void MainWindow::startMove(jobs::MoveJob *job)
{
    m_moveJob = job;
    m_moveThread = startWorker(this, m_moveJob, QStringLiteral("MoveJob"));
    connect(m_moveJob, &jobs::MoveJob::finished, this, &MainWindow::onMoveFinished);
    statusBar()->showMessage(tr("Moving…"));
    m_moveThread->start();
}

void MainWindow::onMoveFinished(bool ok, const QString &message, const jobs::MoveRecord &record)
{
    finishWorker(m_moveThread, m_moveJob);
    if (ok) {
        statusBar()->showMessage(message);
        if (!record.messageIds.isEmpty()) {
            m_lastMove = std::make_unique<jobs::MoveRecord>(record);
            m_undoMove->setEnabled(true);
        }
    } else {
        statusBar()->showMessage(tr("Move failed: %1").arg(message));
        warn(tr("The messages could not be moved."), message);
    }
    reloadTree();
    reloadMessages();
    Q_EMIT moveFinished(ok, message);
}

} // namespace mailtide::ui
