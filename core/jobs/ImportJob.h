#pragma once
/** @short Imports local mail on a worker thread, with progress and cancel.
 *
 * Create it, move it to a QThread, and connect the thread's started() to run(). It opens its
 * own database connection in run() (never shares the GUI's) and reports through signals, which
 * arrive queued on the GUI thread. cancel() may be called from any thread. */
#include <QObject>
#include <QStringList>

#include <atomic>

namespace mailtide::jobs {

class ImportJob : public QObject
{
    Q_OBJECT
public:
    /** seedDefaultModel: when the profile has learned nothing yet, import the shipped default
     *  model first (the GUI's first run); the CLI leaves a new profile empty unless asked. */
    ImportJob(QString dbPath, QString account, QStringList paths, bool seedDefaultModel = true,
              QObject *parent = nullptr);

    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** bytes done / total, messages read, messages added. Emitted at most every 100 ms. */
    void progress(qint64 bytesDone, qint64 bytesTotal, qint64 seen, qint64 added);
    /** ok=false: message says what failed. ok=true: message summarises (translated). */
    void finished(bool ok, const QString &message, qint64 added, qint64 seen);

private:
    QString m_dbPath;
    QString m_account;
    QStringList m_paths;
    bool m_seedDefaultModel = true;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::jobs
