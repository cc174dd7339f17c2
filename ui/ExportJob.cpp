#include "ExportJob.h"

#include "Worker.h"

namespace mailtide::ui {

ExportJob::ExportJob(charts::ExportFiles files, QObject *parent) : QObject(parent), m_files(std::move(files)) {}

void ExportJob::run()
{
    const Status s = charts::writeExport(m_files);
    Q_EMIT finished(s.ok(), s.ok() ? QString() : s.error().toString());
}

bool ExportRunner::start(charts::ExportFiles files, std::function<void(bool, const QString &)> done)
{
    if (m_job)
        return false;
    m_job = new ExportJob(std::move(files));
    m_thread = startWorker(m_owner, m_job, QStringLiteral("ExportJob"));
    QObject::connect(m_job, &ExportJob::finished, m_owner, [this, done = std::move(done)](bool ok, const QString &message) {
        finish();
        done(ok, message);
    });
    m_thread->start();
    return true;
}

void ExportRunner::finish()
{
    finishWorker(m_thread, m_job);
}

} // namespace mailtide::ui
