#pragma once
/** @short Writes a painted chart export (charts::ExportFiles: the image and its CSV, or the
 *  report) on a worker thread, so no file I/O happens on the GUI thread. */
#include "charts/ChartExport.h"

#include <QObject>

#include <functional>

class QThread;

namespace mailtide::ui {

class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(charts::ExportFiles files, QObject *parent = nullptr);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** ok: every file written; else message says which and why. */
    void finished(bool ok, const QString &message);

private:
    charts::ExportFiles m_files;
};

/** @short One export at a time of a view, on a worker: the ExportJob, its thread and their end,
 *  kept in one place for every view that saves files (Trends, Senders, Self-check). */
class ExportRunner
{
public:
    explicit ExportRunner(QObject *owner) : m_owner(owner) {}
    ~ExportRunner() { finish(); }
    ExportRunner(const ExportRunner &) = delete;
    ExportRunner &operator=(const ExportRunner &) = delete;

    bool busy() const { return m_job != nullptr; }
    /** Starts writing files; done(ok, message) runs on the owner's thread once the worker has
     *  ended. False, and nothing started, while an export is still being written. */
    bool start(charts::ExportFiles files, std::function<void(bool ok, const QString &message)> done);
    /** Waits for a running export and deletes its job and thread (the owner's destructor). */
    void finish();

private:
    QObject *m_owner;
    QThread *m_thread = nullptr;
    ExportJob *m_job = nullptr;
};

} // namespace mailtide::ui
