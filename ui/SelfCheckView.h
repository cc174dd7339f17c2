#pragma once
/** @short The Self-check view: is my own domain or mail server sending spam? A form (the domain,
 *  DKIM selectors, outbound IPs, the mailbox to read, the user's own mail server for the
 *  open-relay test — run only once "This is my server and I may test it" is ticked —, the
 *  submission host, block lists opt-in), Run (F5) / Stop (Esc) with the current step, and the
 *  result: a traffic light in colour AND words, the findings worst first with what to do, the
 *  record or transcript behind the selected one verbatim, and — when the mailbox was read — its
 *  bounces and complaints per week, the forged mail's origin IPs, Sent messages per day with the
 *  spikes marked and the DMARC reports' sources. Export report… writes a PDF or JSON.
 *
 * Scheduled re-check: "Check again every: never / day / week" (saved with the form in QSettings,
 * selfcheck/...). startSchedule() checks at once and then every hour whether a run of the saved
 * form is due (the clock is injectable: setClock()); a due run goes in the background, is saved in
 * the profile's history, and when something changed since the run before, the user is told: by
 * the system tray when there is one, else by the window's status bar (notify()) and a banner here.
 *
 * Lives on the GUI thread and does no DNS, SMTP, IMAP or SQLite itself: a SelfCheckJob runs on a
 * worker; exports paint here (charts must) and write on a worker (ExportJob). The window supplies
 * the IMAP accounts and their passwords (setAccounts, setCredentialsProvider); no password is
 * saved by the view. Not folder-scoped: the sidebar does not change it. */
#include "ExportJob.h"
#include "SelfCheckForm.h"
#include "SelfCheckJob.h"

#include <QWidget>

#include <functional>
#include <optional>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QThread;
class QTimer;

namespace mailtide::ui {


class SelfCheckView : public QWidget
{
    Q_OBJECT
public:
    /** As HygieneView's: the password the window holds for an IMAP account this session; empty or
     *  nullopt when it holds none: the account's password command is used, else the result says the
     *  mailbox was not read (the rest of the check runs). */
    using CredentialsProvider = std::function<std::optional<QByteArray>(const QString &account)>;

    explicit SelfCheckView(QWidget *parent = nullptr);
    ~SelfCheckView() override;

    void setDatabase(const QString &path) { m_dbPath = path; }
    /** The IMAP accounts offered under "Read my mailbox" (the saved choice is kept when listed). */
    void setAccounts(const QStringList &imapAccounts);
    void setCredentialsProvider(CredentialsProvider provider) { m_credentials = std::move(provider); }
    /** "Now", seconds since the epoch, for the schedule and the report (tests); unset: the clock. */
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /** Certificates to trust for STARTTLS in the probes (tests' self-signed servers). */
    void setSmtpCaFile(const QString &path) { m_smtpCaFile = path; }
    /** Block list ids for the look-ups (tests: a list at a test zone); empty: the defaults. */
    void setDnsblLists(const QStringList &ids) { m_dnsblLists = ids; }
    /** Use no system tray for notifications even when there is one (tests). */
    void setTrayAllowed(bool allowed) { m_trayAllowed = allowed; }

    /** The form as shown; setForm() fills it (and does not save). */
    SelfCheckForm form() const;
    void setForm(const SelfCheckForm &form);

    bool isBusy() const { return m_job != nullptr; }
    const std::optional<SelfCheckOutcome> &outcome() const { return m_outcome; }
    /** The severity the traffic light shows (unset before a result). */
    std::optional<selfcheck::Severity> shownSeverity() const { return m_shown; }

    QLineEdit *domainEdit() const { return m_domain; }
    QLineEdit *relayEdit() const { return m_relay; }
    QCheckBox *relayConfirm() const { return m_relayConfirm; }
    QCheckBox *dnsblBox() const { return m_dnsbl; }
    QComboBox *accountBox() const { return m_account; }
    QComboBox *recheckBox() const { return m_recheck; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *stepLabel() const { return m_step; }
    QWidget *trafficLight() const { return m_light; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *banner() const { return m_banner; }
    QTableWidget *findingsTable() const { return m_findings; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    QChartView *bouncesView() const { return m_bouncesView; }
    QChartView *sentView() const { return m_sentView; }
    QTableWidget *originsTable() const { return m_origins; }
    QTableWidget *dmarcTable() const { return m_dmarcTable; }

    /** The words of the traffic light for a report: "2 severe problems, 3 warnings — act now". */
    static QString summaryFor(const selfcheck::Report &report);

public Q_SLOTS:
    /** Checks the form, saves it, and runs the self-check on a worker. */
    void run();
    /** Stops the running check (the step in flight ends first). */
    void cancel();
    /** Writes the shown result as a PDF (title, date, traffic light, findings with fixes, the
     *  mailbox charts, transcripts in an appendix) or JSON, by the file name's suffix. */
    void exportReport(const QString &path);
    /** Asks for a file name, then exportReport(). */
    void askExport();
    /** Runs the saved form in the background when the schedule says it is due. */
    void checkSchedule();
    /** Checks the schedule now and then every intervalMs (an hour by default). */
    void startSchedule(int intervalMs = 3600 * 1000);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** A run ended with a result (shown), scheduled or not. */
    void finished();
    void failed(const QString &message);
    void exported(const QString &path);
    /** checkSchedule() ended: ran is false when nothing was due (or nothing is scheduled). */
    void scheduleChecked(bool ran);
    /** Something changed since the last run: the lines of describeChanges(). */
    void changesFound(const QStringList &lines);
    /** For the window's status bar (a change found without a tray, an export written). */
    void notify(const QString &message);

private:
    void start(const SelfCheckForm &form, bool scheduled);
    void onFinished(const SelfCheckOutcome &outcome);
    void onFailed(const QString &message, bool cancelled);
    void endJob();
    void showOutcome();
    void showDetail();
    void showChanges(const SelfCheckOutcome &outcome);
    void saveForm();
    void updateButtons();
    qint64 now() const;
    Result<QByteArray> paintPdf() const;
    QByteArray jsonBytes() const;

    QString m_dbPath;
    CredentialsProvider m_credentials;
    std::function<qint64()> m_clock;
    QString m_smtpCaFile;
    QStringList m_dnsblLists;
    bool m_trayAllowed = true;
    QString m_savedAccount;

    QLineEdit *m_domain = nullptr;
    QLineEdit *m_selectors = nullptr;
    QLineEdit *m_ips = nullptr;
    QComboBox *m_account = nullptr;
    QSpinBox *m_days = nullptr;
    QLineEdit *m_relay = nullptr;
    QCheckBox *m_relayConfirm = nullptr;
    QLineEdit *m_submission = nullptr;
    QCheckBox *m_dnsbl = nullptr;
    QComboBox *m_recheck = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_light = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_findings = nullptr;
    QLabel *m_detailTitle = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QWidget *m_mailboxPage = nullptr;
    QLabel *m_mailboxNote = nullptr;
    QChartView *m_bouncesView = nullptr;
    QChartView *m_sentView = nullptr;
    QTableWidget *m_origins = nullptr;
    QTableWidget *m_dmarcTable = nullptr;
    QTimer *m_scheduleTimer = nullptr;

    std::optional<SelfCheckOutcome> m_outcome;
    QList<selfcheck::Finding> m_sorted; ///< the findings as the table lists them
    std::optional<selfcheck::Severity> m_shown;
    QThread *m_thread = nullptr;
    SelfCheckJob *m_job = nullptr;
    bool m_jobScheduled = false;
    ExportRunner m_exporter{this};
};

} // namespace mailtide::ui
