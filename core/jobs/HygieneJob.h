#pragma once
/** @short A hygiene action on a worker thread, for the GUI: applies a plan, resumes or undoes an
 *  action from the log, with progress and cancel.
 *
 * Create it, move it to a QThread, connect started() to run(). run() opens its own database and
 * IMAP connection (STYLE 5) and uses hygiene::Applier; a connection lost mid-way is reopened and
 * the action resumed (at most kReconnects times), never acting on a message twice. cancel() may be
 * called from any thread: the batch in flight completes, the action stays resumable in the log.
 * The password, when given, lives only until run() has connected. */
#include "hygiene/Plan.h"

#include <QObject>

#include <atomic>

namespace mailtide::jobs {

class HygieneJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int kReconnects = 3;
    enum class Mode { Apply, Resume, Undo };

    /** Logs the plan and applies it. */
    HygieneJob(QString dbPath, QByteArray password, hygiene::Plan plan, QObject *parent = nullptr);
    /** Resume: runs a logged action again; Undo: logs its undo and runs that. */
    HygieneJob(QString dbPath, QString account, QByteArray password, qint64 actionId, Mode mode, QObject *parent = nullptr);
    ~HygieneJob() override;

    void cancel() { m_cancel = true; }
    /** Messages per IMAP command batch (default 500). */
    void setBatchSize(int n) { m_batchSize = n; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /** actionId: the logged action (for undo), 0 when nothing was logged. */
    void finished(bool ok, const QString &message, qint64 actionId);

private:
    QString m_dbPath;
    QString m_account;
    QByteArray m_password;
    std::optional<hygiene::Plan> m_plan;
    qint64 m_actionId = 0;
    Mode m_mode = Mode::Apply;
    int m_batchSize = 500;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::jobs
