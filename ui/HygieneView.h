#pragma once
/** @short The Hygiene view: mail grouped by sender, domain or list, a bulk action's exact preview
 *  (Archive by default, Junk, Trash, Mark read) applied with progress and cancel, a safe
 *  unsubscribe, the action log with Undo, and the rules.
 *
 * Three tabs. Groups: a filter bar (group by, older than N days, never read, newsletters only,
 * sort by count or size) over a table of groups; choosing an action on a group makes the plan on
 * a worker and shows the preview below — exactly the plan's messages and the count in words —
 * with Apply and Cancel; Apply runs a jobs::HygieneJob (progress bar, Cancel) and refreshes.
 * Unsubscribe… reads the group's newest message's headers from the server and shows
 * hygiene::planUnsubscribe()'s plan (method, target, warning, or the refusal's reason); it acts
 * only after an explicit confirmation. Action log: past actions, Undo (Ctrl+Z) on a done one.
 * Action log Resume finishes an interrupted or stopped action (no message acted on twice).
 * Rules: match, action, enabled, counts; add, edit, remove, enable.
 *
 * Lives on the GUI thread and never touches the database or the network itself: every read and
 * write runs on a worker (GroupsJob, HygieneJob, HygieneTask), one at a time; Esc cancels the
 * running one. Plans act on one folder: the scope's folder, INBOX when the scope has none; the
 * groups count that same folder, so the numbers the table shows are the ones a plan takes (except
 * "never read", which narrows the table but not a moving plan: the preview shows what is taken).
 * The window supplies passwords through setCredentialsProvider(); they live only in the job. */
#include "hygiene/Plan.h"
#include "hygiene/Unsubscribe.h"
#include "jobs/GroupsJob.h"
#include "store/HygieneStore.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QThread;

namespace mailtide::jobs {
class HygieneJob;
}
namespace mailtide::models {
class MessageListModel;
}
namespace mailtide::ui {

class HygieneTask;

class HygieneView : public QWidget
{
    Q_OBJECT
public:
    /** The password of an IMAP account, for a job to log in with. Empty when the account has a
     *  password command (or OAuth command), which the job runs itself; nullopt when the user gave
     *  none (the action is then not started). */
    using CredentialsProvider = std::function<std::optional<QByteArray>(const QString &account)>;

    explicit HygieneView(QWidget *parent = nullptr);
    ~HygieneView() override;

    void setDatabase(const QString &path);
    /** The account to show (an IMAP account's name) and its folder ("" : INBOX). Does not refresh. */
    void setScope(const QString &account, const QString &folder = QString());
    void setCredentialsProvider(CredentialsProvider provider) { m_credentials = std::move(provider); }
    /** Pins "now" for "older than" (tests); 0: the clock. */
    void setNow(qint64 utc) { m_now = utc; }
    /** Messages per IMAP command when applying (default 500). */
    void setBatchSize(int n) { m_batchSize = n; }

    /** The filter bar's values, set from code. olderThanDays 0: any age. */
    void setGrouping(store::GroupBy by, store::GroupSort sort);
    void setFilters(int olderThanDays, bool neverRead, bool newslettersOnly);

    bool isBusy() const;
    /** The folder plans act on (and the groups count). */
    QString folder() const;
    const QVector<store::SenderGroup> &groups() const { return m_groups; }
    const std::optional<hygiene::Plan> &previewPlan() const { return m_plan; }
    const std::optional<hygiene::UnsubscribePlan> &unsubscribePlan() const { return m_unsub; }
    const QVector<store::HygieneAction> &actions() const { return m_actions; }
    const QVector<store::HygieneRule> &rules() const { return m_rules; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *groupTable() const { return m_groupTable; }
    QTableView *previewList() const { return m_previewList; }
    QWidget *previewPanel() const { return m_previewPanel; }
    QLabel *previewTitle() const { return m_previewTitle; }
    QLabel *previewNote() const { return m_previewNote; }
    QPushButton *applyButton() const { return m_apply; }
    QTableWidget *logTable() const { return m_logTable; }
    QPushButton *resumeButton() const { return m_resume; }
    QTableWidget *ruleTable() const { return m_ruleTable; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    /** Reads the groups, the log and the rules again (a running read is cancelled first). */
    void refresh();
    /** Stops what runs: a read, a plan, an apply (the batch in flight completes), an undo. */
    void cancel();
    /** Selects the group with this key in the table (false when it is not shown). */
    bool selectGroup(const QString &key);
    /** Makes the plan for the selected group and shows its preview. */
    void preview(mailtide::hygiene::Action action);
    /** Applies the previewed plan. */
    void apply();
    void closePreview();
    /** Plans an unsubscribe from the selected group (its newest message) and shows the plan. */
    void planUnsubscribe();
    /** Carries out the shown unsubscribe plan; the caller has asked the user (the button does). */
    void confirmUnsubscribe();
    /** Undoes a done action of the log (the selected one when id is 0). */
    void undo(qint64 actionId = 0);
    /** Runs an interrupted or stopped action of the log again (the selected one when id is 0):
     *  the messages it already acted on are not acted on twice. */
    void resume(qint64 actionId = 0);
    void addRule(const mailtide::store::HygieneRule &rule);
    void updateRule(const mailtide::store::HygieneRule &rule);
    void setRuleEnabled(qint64 ruleId, bool enabled);
    void removeRule(qint64 ruleId);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** Groups, log and rules were read again. */
    void refreshed();
    /** A preview (a plan or an unsubscribe plan) is shown. */
    void previewReady();
    /** An apply or an undo ended (ok or not); the view then refreshes. */
    void actionFinished(bool ok, const QString &message, qint64 actionId);
    void progress(qint64 done, qint64 total);
    void unsubscribeDone(bool ok, const QString &message);
    void failed(const QString &message);
    /** The user opened a message of the preview (double click or Enter). */
    void messageActivated(qint64 messageId, qint64 folderId);

private:
    QWidget *makeGroupsTab();
    QWidget *makeLogTab();
    QWidget *makeRulesTab();
    void startGroups();
    void startLogAndRules();
    /** Runs fn on a worker; done runs on the GUI thread after the worker ended. */
    bool startTask(std::function<Status(store::Store &, const std::atomic_bool &)> fn,
                   std::function<void(bool ok, const QString &message)> done);
    void onGroups(bool ok, const QString &message, const QVector<store::SenderGroup> &groups);
    void showGroups();
    void showLog();
    void showRules();
    void showPlan(const store::MessageRows &rows);
    void showUnsubscribe();
    void startHygieneJob(jobs::HygieneJob *job, const QString &what);
    void updateButtons();
    void say(const QString &message);
    void editRule(std::optional<store::HygieneRule> rule);
    std::optional<QString> selectedGroup() const;
    qint64 selectedAction() const;
    qint64 now() const;
    void setBusyState();

    QString m_dbPath;
    QString m_account;
    QString m_folder;
    CredentialsProvider m_credentials;
    qint64 m_now = 0;
    int m_batchSize = 500;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_by = nullptr;
    QComboBox *m_sort = nullptr;
    QSpinBox *m_olderThan = nullptr;
    QCheckBox *m_neverRead = nullptr;
    QCheckBox *m_newsletters = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableWidget *m_groupTable = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_junk = nullptr;
    QPushButton *m_trash = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_unsubscribe = nullptr;
    QWidget *m_previewPanel = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewNote = nullptr;
    QTableView *m_previewList = nullptr;
    models::MessageListModel *m_previewModel = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_confirmUnsub = nullptr;
    QPushButton *m_closePreview = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_logTable = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_resume = nullptr;
    QTableWidget *m_ruleTable = nullptr;
    QPushButton *m_editRule = nullptr;
    QPushButton *m_removeRule = nullptr;
    QLabel *m_status = nullptr;

    QVector<store::SenderGroup> m_groups;
    store::GroupBy m_shownBy = store::GroupBy::Address;
    std::optional<hygiene::Plan> m_plan;
    std::optional<hygiene::UnsubscribePlan> m_unsub;
    QVector<store::HygieneAction> m_actions;
    QVector<store::HygieneRule> m_rules;
    bool m_fillingRules = false;

    QThread *m_groupsThread = nullptr;
    jobs::GroupsJob *m_groupsJob = nullptr;
    quint64 m_groupsGeneration = 0; ///< answers of older reads are dropped
    QThread *m_taskThread = nullptr;
    HygieneTask *m_task = nullptr;
    std::function<void(bool, const QString &)> m_taskDone;
    QThread *m_jobThread = nullptr;
    jobs::HygieneJob *m_job = nullptr;
    bool m_wasBusy = false;
};

} // namespace mailtide::ui
