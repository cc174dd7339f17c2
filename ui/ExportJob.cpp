#include "ExportJob.h"

namespace mailtide::ui {

ExportJob::ExportJob(charts::ExportFiles files, QObject *parent) : QObject(parent), m_files(std::move(files)) {}

void ExportJob::run()
{
    const Status s = charts::writeExport(m_files);
    Q_EMIT finished(s.ok(), s.ok() ? QString() : s.error().toString());
}

} // namespace mailtide::ui
