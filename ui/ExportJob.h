#pragma once
/** @short Writes a painted chart export (charts::ExportFiles: the image and its CSV, or the
 *  report) on a worker thread, so no file I/O happens on the GUI thread. */
#include "charts/ChartExport.h"

#include <QObject>

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

} // namespace mailtide::ui
