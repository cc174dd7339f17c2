#pragma once
/** @short The suspicious-senders report: who really writes to you. A filter bar (group by sender
 *  address, registrable domain, origin network /24, or botnet campaigns; a day range; a verdict;
 *  a text filter on the key) over a sortable table of senders with their messages, spam share,
 *  first/last seen, authentication failures, networks, suspicion score and its reasons in plain
 *  words. Selecting a sender lists its messages; selecting a message shows its sender evidence;
 *  activating one opens it in the mail view. Actions on a sender: "Always treat as spam" (a
 *  hygiene rule, address or domain rows only) and "Mark all as spam" (asks the window, which
 *  previews and can undo). Exports CSV / JSON (the columns of `mailtide-cli senders`) and PDF.
 *
 * Lives on the GUI thread and never touches the database itself: every read and the rule's write
 * run in a SendersJob on a worker (its own connection); exports are painted here and written by
 * an ExportJob on a worker. The window owns it and tells it the profile, account and folder. */
#include "ExportJob.h"
#include "senders/Aggregate.h"
#include "trends/Filter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace mailtide::models {
class MessageListModel;
}
namespace mailtide::ui {

class SendersJob;
class SendersModel;
struct SendersAnswer;

class SendersView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Address, Domain, Network, Campaigns };

    explicit SendersView(QWidget *parent = nullptr);
    ~SendersView() override;

    /** The profile to read (a path; opened on the worker). Does not refresh by itself. */
    void setDatabase(const QString &path);
    /** Only this account / folder (empty: all). Does not refresh by itself. */
    void setScope(const QString &account, const QString &folder = QString());
    /** The filter bar's values, set from code (unset dates: the whole history). */
    void setMode(Mode mode);
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to);
    void setVerdict(trends::VerdictFilter verdict);
    void setTextFilter(const QString &text);

    /** The filter the bar and the scope make now. */
    trends::Filter filter() const;
    Mode mode() const;
    bool isBusy() const { return m_job != nullptr; }
    bool isDrillBusy() const { return m_drillJob != nullptr; }

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    SendersModel *model() const { return m_model; }
    QTableView *messageList() const { return m_messages; }
    models::MessageListModel *messageModel() const { return m_messageModel; }
    QListWidget *evidenceList() const { return m_evidence; }
    QLineEdit *textFilterEdit() const { return m_text; }
    QPushButton *alwaysSpamButton() const { return m_alwaysSpam; }
    QPushButton *markAllButton() const { return m_markAll; }
    /** The ids of the selected sender's messages (after drillLoaded). */
    const QVector<qint64> &selectedSenderIds() const { return m_drillIds; }

public Q_SLOTS:
    /** Recomputes the table with the current filter (a running refresh is cancelled first). */
    void refresh();
    /** Stops the running refresh; the table keeps the last rows. */
    void cancel();
    /** Writes the rows shown (text filter applied, in the shown order) as CSV, JSON or PDF, by
     *  the path's suffix. */
    void exportTo(const QString &path);
    /** Adds a hygiene rule "always move mail from this address/domain to Junk" for each account
     *  that received the selected sender's mail (on a worker); says what it did. */
    void alwaysTreatAsSpam();
    /** Asks the window to mark every message of the selected sender as spam (markAllRequested). */
    void markAllAsSpam();

Q_SIGNALS:
    void busyChanged(bool busy);
    void refreshed();
    void failed(const QString &message);
    void exported(const QString &path);
    /** The selected sender's messages are listed (or could not be read). */
    void drillLoaded();
    /** The selected message's evidence is shown (or could not be read). */
    void evidenceLoaded();
    /** "Always treat as spam" ended: message says what was done (rulesAdded may be 0). */
    void ruleAdded(int rulesAdded, const QString &message);
    /** The user opened one of a sender's messages (double click or Enter). */
    void messageActivated(qint64 messageId, qint64 folderId);
    /** The user asked to mark all of a sender's messages as spam: the window previews, moves and
     *  offers undo. description names the sender ("12 messages from example.com"). */
    void markAllRequested(const QVector<qint64> &messageIds, const QString &description);

private:
    void onFinished(const SendersAnswer &answer);
    void onFailed(const QString &message, bool cancelled);
    void endJob();
    void stopDrill();
    void selectSender();
    void selectMessage();
    void updateActions();
    void writeFile(const QString &path, const QByteArray &bytes);
    QString reportHtml() const;
    QString selectedKey() const;
    void say(const QString &message);

    QString m_dbPath;
    QString m_account;
    QString m_folder;

    QComboBox *m_mode = nullptr;
    QCheckBox *m_limitDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_verdict = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableView *m_table = nullptr;
    SendersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_drillTitle = nullptr;
    QPushButton *m_alwaysSpam = nullptr;
    QPushButton *m_markAll = nullptr;
    QTableView *m_messages = nullptr;
    models::MessageListModel *m_messageModel = nullptr;
    QLabel *m_evidenceTitle = nullptr;
    QListWidget *m_evidence = nullptr;
    QLabel *m_status = nullptr;

    trends::Filter m_shownFilter; ///< the filter of the rows shown (drill-downs and exports use it)
    Mode m_shownMode = Mode::Domain;
    bool m_computed = false; ///< a refresh has ended: the table shows numbers
    QThread *m_thread = nullptr;
    SendersJob *m_job = nullptr;
    bool m_refreshAgain = false;

    QString m_drillKey;
    QVector<qint64> m_drillIds;
    QThread *m_drillThread = nullptr;
    SendersJob *m_drillJob = nullptr;
    quint64 m_drillGeneration = 0;
    QThread *m_evidenceThread = nullptr;
    SendersJob *m_evidenceJob = nullptr;
    quint64 m_evidenceGeneration = 0;
    QThread *m_ruleThread = nullptr;
    SendersJob *m_ruleJob = nullptr;
    ExportRunner m_exporter{this};
    QThread *m_pdfThread = nullptr;
    SendersJob *m_pdfJob = nullptr;
};

} // namespace mailtide::ui
