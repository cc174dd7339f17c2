#pragma once
/** @short The main window: accounts and folders, the message list, the detail pane, imports.
 *
 * Owns two worker threads and never touches the database or a mail file itself:
 * - a StoreReader on its own thread answers every read (tree, rows, detail); each request
 *   carries an id and only the newest answer of each kind is used;
 * - an ImportJob on another thread, one at a time (further imports queue), reporting progress
 *   to the status bar; rows it has committed are appended to the list every ~500 ms.
 * - a SyncJob per IMAP account sync, one at a time (further syncs queue), on its own thread; the
 *   password comes from the keyring, a password command, or the user when the server refused it.
 * The destructor cancels a running import or sync and waits for the threads, so closing the window
 * mid-import neither crashes nor hangs. Shows the welcome page while the store has no account. */
#include "store/Types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace mailtide::jobs {
class BodyJob;
class IdleJob;
class ImportJob;
class MoveJob;
struct MoveRecord;
class SyncJob;
class StoreReader;
} // namespace mailtide::jobs
namespace mailtide::mime {
struct MessageText;
}
namespace mailtide::models {
class FolderTreeModel;
class MessageListModel;
} // namespace mailtide::models

namespace mailtide::ui {

class Keyring;
class HygieneView;
class SelfCheckView;
class SendersView;
class TrendsView;
class MessageDetailView;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** dbPath: the profile database. sampleDir: where the sample mailbox is, when not in one of
     *  the places jobs::findSampleDir() looks. */
    explicit MainWindow(QString dbPath, QString sampleDir = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The account name an import of `path` gets: the file or folder name. */
    static QString accountNameFor(const QString &path);

public Q_SLOTS:
    /** Imports the sample mailbox (incremental: a second run adds nothing) and selects it. */
    void openSample();
    /** Imports `paths` into the local account `account` and selects it; queued behind a
     *  running import. */
    void importPaths(const QString &account, const QStringList &paths);
    /** Imports each path into its own account, named by accountNameFor(). */
    void openPaths(const QStringList &paths);
    /** Opens the "Add IMAP account" dialog; the account is added and synced when it connects. */
    void addImapAccount();
    /** Adds an IMAP account (once it connects) and syncs it; password empty when the account
     *  has a password command. The password goes to the keyring when one runs. */
    void addAndSync(const store::ImapAccount &account, const QByteArray &password);
    /** Moves the selected IMAP messages to Junk (spam) or the inbox (not spam) after showing
     *  exactly which, and teaches the model; Undo moves them back. */
    void markSelected(bool spam);
    void undoLastMove();
    /** Moves these messages (of the account selected in the sidebar) to Junk after showing how
     *  many and whose, and teaches the model; Undo moves them back. The senders view's "mark all". */
    void markAsSpam(const QVector<qint64> &messageIds, const QString &description);
    /** Syncs every IMAP account, one after the other. */
    void syncAll();
    /** Syncs one IMAP account (queued behind a running sync). */
    void syncAccount(const QString &name);
    /** Shows the mail view with this message selected (its folder opened when it is not in the
     *  list shown): where the Trends view's "messages in this bar" lead. */
    void openMessage(qint64 messageId, qint64 folderId);

Q_SIGNALS:
    /** After every import (or attempt): ok=false with what failed, else the summary. */
    void importFinished(bool ok, const QString &message);
    /** A mark-as-spam/not-spam move or its undo ended. */
    void moveFinished(bool ok, const QString &message);
    /** An account's inbox is being watched (IDLE): new mail will start a sync by itself. */
    void watching(const QString &account);
    /** After every sync (or attempt): ok=false with what failed, else the summary. */
    void syncFinished(bool ok, const QString &message);
    /** The message list was loaded or grew; rowCount is its size now. */
    void messagesShown(int rowCount);
    /** The database could not be opened at all (missing permissions, not a database). The
     *  window is useless then; the composition root decides what to do. */
    void storeUnavailable(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void restoreSettings();

    quint64 nextRequest() { return ++m_lastRequest; }
    void reloadTree();
    void reloadMessages();
    void appendNewMessages();
    void requestDetail();
    void treeCurrentChanged(const QModelIndex &current);
    /** The IMAP folder selected in the tree is used as `use` ("\\Junk", ...; empty: nothing). */
    void setCurrentFolderUse(const QString &use);
    void updateFolderUseMenu();
    enum class View { Mail, Trends, Hygiene, Senders, SelfCheck }; ///< Mail, then m_scoped in the order registered
    void showView(View view);
    /** The welcome page while there is no account, unless the self-check (which needs none) is shown. */
    void updatePage();
    /** Gives the Trends view the sidebar's account/folder and refreshes it, if it is shown and
     *  that scope changed or new mail came in since. */
    void updateTrendsScope();
    void messageCurrentChanged(const QModelIndex &current);
    void selectPendingAccount();

    void onTreeLoaded(quint64 id, const QVector<store::AccountInfo> &accounts,
                      const QVector<store::FolderInfo> &folders);
    void onMessagesLoaded(quint64 id, const store::MessageRows &rows, bool append);
    void onDetailLoaded(quint64 id, const store::MessageDetail &detail, const mime::MessageText &text);
    void onReadFailed(quint64 id, const QString &message);

    void startNextImport();
    void onImportProgress(qint64 bytesDone, qint64 bytesTotal, qint64 seen, qint64 added);
    void onImportFinished(bool ok, const QString &message);
    void cancelImport();
    void stopImportThread();

    struct PendingSync
    {
        store::ImapAccount account; ///< name only, unless it is to be added
        QByteArray password;
        bool add = false;
        bool retried = false;
    };
    void startNextSync();
    /** A sync runs, or is about to (its password is being read from the keyring). */
    bool syncBusy() const { return m_syncThread || m_readingKeyring; }
    void launchSync(PendingSync job);
    void onSyncProgress(const QString &folder, int folderIndex, int folderCount, qint64 done, qint64 total, double rate);
    void onSyncFinished(bool ok, const QString &message, int failureKind);
    void cancelSync();
    void stopSyncThread();
    const store::AccountInfo *accountNamed(const QString &name) const;
    /** Watches an account's inbox (IDLE) after its first good sync; new mail starts a sync. */
    void startWatching(const QString &account, const QByteArray &password);
    void startMove(jobs::MoveJob *job);
    /** An IMAP message's text, read from the server when it is shown (nothing is kept). */
    void fetchBody(const store::MessageDetail &detail);
    void onMoveFinished(bool ok, const QString &message, const jobs::MoveRecord &record);
    void stopWatching();

    /** Tools > DNS server…: the resolver of every DNS query, saved and applied at once. */
    void editDnsServer();
    void openFile();
    void openFolder();
    void showAbout();
    void warn(const QString &text, const QString &detail);

    QString m_dbPath;
    QString m_sampleDir;

    // Reading: one worker thread, newest answer wins.
    QThread m_readerThread;
    jobs::StoreReader *m_reader = nullptr; ///< lives on m_readerThread
    quint64 m_lastRequest = 0;
    quint64 m_treeRequest = 0;
    quint64 m_listRequest = 0;
    quint64 m_detailRequest = 0;
    bool m_treeLoadedOnce = false;
    bool m_storeUnavailable = false; ///< the first read could not open the database
    qint64 m_accountId = 0;          ///< the list's filter; 0 = all
    qint64 m_folderId = 0;
    store::MessageSort m_sort = store::MessageSort::Received;
    bool m_descending = true;
    bool m_listInFlight = false;            ///< appends wait for the answer, so afterId is never stale
    qint64 m_selectedMessage = 0;           ///< kept across reloads
    QVector<store::AccountInfo> m_accounts; ///< as last loaded
    QString m_selectAccount;                ///< select this account once the tree shows it
    QTimer *m_detailTimer = nullptr;

    // Importing: one job at a time on its own thread, the rest queued.
    struct PendingImport
    {
        QString account;
        QStringList paths;
    };
    QList<PendingImport> m_importQueue;
    QThread *m_importThread = nullptr;
    jobs::ImportJob *m_importJob = nullptr; ///< lives on m_importThread
    QString m_importAccount;
    QElapsedTimer m_sinceRefresh;

    models::FolderTreeModel *m_folders = nullptr;
    models::MessageListModel *m_messages = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;     ///< the sidebar | the views
    QSplitter *m_mailSplitter = nullptr; ///< the message list | the message
    QStackedWidget *m_views = nullptr;   ///< Mail, then the scoped views
    TrendsView *m_trends = nullptr;
    HygieneView *m_hygiene = nullptr;
    SendersView *m_senders = nullptr;
    SelfCheckView *m_selfCheck = nullptr; ///< in m_scoped, but follows no scope
    /** A view beside the mail that follows the sidebar's account or folder (Trends, ...): the
     *  same calls on each, kept as functions so the window needs no common base class. */
    struct ScopedView
    {
        QWidget *widget = nullptr;
        QString key;  ///< its name in the settings (window/view)
        QString name; ///< its View menu entry
        QString tip;
        std::function<void(const QString &account, const QString &folder)> setScope;
        std::function<void()> refresh;
        QAction *action = nullptr; ///< View menu, Ctrl+2, Ctrl+3, ...
        QString scope;             ///< "account\nfolder" it was last computed for
        bool stale = true;         ///< new mail since (an import or a sync ended)
    };
    std::vector<ScopedView> m_scoped;
    /** Registers a view (before buildMenus): it shows in the stack, reads this profile, reports
     *  failures in the status bar and opens messages in the mail view. */
    template<typename V>
    void addScopedView(V *view, const QString &key, const QString &name, const QString &tip)
    {
        view->setDatabase(m_dbPath);
        connect(view, &V::failed, this, [this](const QString &message) { showStatus(message); });
        connect(view, &V::messageActivated, this, &MainWindow::openMessage);
        registerScopedView({view, key, name, tip, [view](const QString &a, const QString &f) { view->setScope(a, f); },
                            [view] { view->refresh(); }, nullptr, QString(), true});
    }
    void registerScopedView(ScopedView view);
    /** New mail: each scoped view recomputes when it is next shown (the shown one now). */
    void markViewsStale();
    void showStatus(const QString &message);
    QAction *m_viewMail = nullptr;
    QAction *m_syncAllAction = nullptr; ///< F5, except in the Self-check view where F5 runs the check
    QAction *m_markSpam = nullptr;
    QAction *m_markHam = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    MessageDetailView *m_detail = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_importLabel = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_cancelButton = nullptr;

    // Syncing: one account at a time on its own thread, the rest queued.
    QList<PendingSync> m_syncQueue;
    PendingSync m_syncing;
    QThread *m_syncThread = nullptr;
    jobs::SyncJob *m_syncJob = nullptr; ///< lives on m_syncThread
    bool m_readingKeyring = false;      ///< the next sync waits for its password from the keyring
    QHash<QString, QByteArray> m_sessionPasswords; ///< typed this session, when no keyring keeps them
    Keyring *m_keyring = nullptr;
    struct Watcher
    {
        QThread *thread = nullptr;
        jobs::IdleJob *job = nullptr;
    };
    QHash<QString, Watcher> m_watchers; ///< account name -> its IDLE job
    QHash<qint64, qint64> m_folderAccount; ///< folder id -> account id, as last loaded
    QThread *m_moveThread = nullptr;
    jobs::MoveJob *m_moveJob = nullptr;
    std::unique_ptr<jobs::MoveRecord> m_lastMove; ///< what Undo moves back
    QAction *m_undoMove = nullptr;
    QMenu *m_folderUseMenu = nullptr;       ///< Accounts > Use this folder as; the tree's context menu
    quint64 m_folderUseRequest = 0;
    QThread *m_bodyThread = nullptr;
    jobs::BodyJob *m_bodyJob = nullptr;
    store::MessageDetail m_shownDetail; ///< the message in the detail pane, for its text arriving later
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QPushButton *m_syncCancel = nullptr;
};

} // namespace mailtide::ui
