#pragma once
/** @short One run of the business self-check on a worker thread, for the Self-check view: the
 *  mailbox scan (its own IMAP connection and its own database connection), the domain's DNS
 *  checks, the block lists (only when asked), the open-relay test (only for a host the user
 *  confirmed is theirs) and the submission check; then the run is saved in the profile's history
 *  and compared with the one before.
 *
 * Blocking work, all of it here and none on the GUI thread. cancel() is safe from any thread and
 * is checked between steps (and inside the mailbox scan and the probes). The password, when the
 * account needs one the window holds, lives only in the request and is wiped once used. Values
 * cross back by queued signals (step, finished, failed). One run per job (ui/Worker.h). */
#include "SelfCheckForm.h"

#include "selfcheck/MailboxScan.h"
#include "selfcheck/SelfCheckHistory.h"
#include "selfcheck/SelfCheckReport.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <functional>

namespace mailtide::store {
class Store;
}

namespace mailtide::ui {

/** What a run found, for the view and the exports. */
struct SelfCheckOutcome
{
    selfcheck::Report report;
    QStringList transcripts;          ///< relay and submission transcripts, headed
    bool mailboxScanned = false;
    selfcheck::MailboxFindings mailbox; ///< when mailboxScanned
    QByteArray mailboxJson;           ///< selfcheck::mailboxToJson(mailbox), when scanned
    QString mailboxProblem;           ///< why the mailbox was not read ("" when it was, or was not asked)
    bool relayWithheld = false;       ///< a relay host was given but not confirmed: the test did not run
    bool scheduled = false;
    bool skipped = false;             ///< scheduled and not due: nothing ran
    bool hadPrevious = false;         ///< an earlier run of the domain was in the history
    QList<selfcheck::FindingChange> changes; ///< since that earlier run
    QString historyProblem;           ///< the history could not be read or written ("" when fine)
};

class SelfCheckJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString dbPath;
        SelfCheckForm form;
        QByteArray password;         ///< the account's, when the window holds it; empty: its command, or none
        bool scheduled = false;      ///< run only when recheckDue() says so
        std::function<qint64()> clock; ///< seconds since the epoch; unset: the system clock
        QString smtpCaFile;          ///< certificates to trust for STARTTLS ("" : the system's)
        QStringList dnsblLists;      ///< block list ids (empty: the defaults and Spamhaus DBL)
    };

    explicit SelfCheckJob(Request request, QObject *parent = nullptr);
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** What runs now, in words ("Reading Sent", "Testing relay on mx.example.com:25"). done/total
     *  count the steps (total 0: unknown). */
    void step(const QString &what, int done, int total);
    void finished(const mailtide::ui::SelfCheckOutcome &outcome);
    /** cancelled: the user stopped it. */
    void failed(const QString &message, bool cancelled);

private:
    Result<SelfCheckOutcome> compute();
    /** Logs in with its own IMAP connection and scans the account's folders (read-only). */
    Result<selfcheck::MailboxFindings> scanMailbox(store::Store &store, const QString &domain);
    qint64 now() const;
    Request m_request;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::ui

Q_DECLARE_METATYPE(mailtide::ui::SelfCheckOutcome)
