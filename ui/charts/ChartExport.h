#pragma once
/** @short Chart exports, the one set the GUI's Export buttons and `mailtide-cli chart|report`
 *  both use: PNG at 2× (QImage with devicePixelRatio 2), SVG (QSvgGenerator), PDF (QPdfWriter),
 *  each with the CSV of its numbers beside it (same base name, .csv; trends::toCsv, with the
 *  filters in its '#' lines); and the one-file PDF report.
 *
 * GUI thread (it paints QCharts); the files are written whole through QSaveFile, so a failed
 * export leaves no half file. Errors come back as values naming the path and the reason. */
#include "charts/ChartBuilders.h"
#include "charts/ChartData.h"
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QVector>

#include <utility>

#include <optional>

class QChart;
class QPainter;

namespace mailtide::ui::charts {

enum class ExportFormat { Png, Svg, Pdf };

/** From the file name's suffix (.png, .svg, .pdf; any case); unset for anything else. */
std::optional<ExportFormat> exportFormatFor(const QString &path);
/** The CSV written beside an export: same folder, same base name, ".csv". */
QString csvPathFor(const QString &path);

struct ExportOptions
{
    QSizeF size{1100, 650}; ///< logical size, in device-independent pixels
    qreal pixelRatio = 2.0; ///< PNG only: the image is size × pixelRatio pixels
    bool writeCsv = true;
};

/** Paints a chart into target (aspect ratio kept) at its logical size. A chart shown in a view
 *  gets its geometry back afterwards; a chart in no scene is put in a temporary one. */
void renderChart(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &size);
/** The chart as an image of size × pixelRatio pixels, devicePixelRatio set. */
QImage renderImage(QChart *chart, const QSizeF &size, qreal pixelRatio);

/** An export painted but not written yet: (path, bytes) pairs, the chart then its CSV. */
struct ExportFiles
{
    QVector<std::pair<QString, QByteArray>> files;
};

/** Paints the chart in the format path's suffix names (GUI thread); with options.writeCsv, adds
 *  csv for csvPathFor(path). Checks the folder exists. */
Result<ExportFiles> paintExport(QChart *chart, const QString &path, const QByteArray &csv, const ExportOptions &options = {});
/** Writes the files, each whole (QSaveFile), stopping at the first failure. Any thread. */
Status writeExport(const ExportFiles &files);

/** paintExport then writeExport: for the CLI and tests (the GUI writes on a worker). */
Status exportChart(QChart *chart, const QString &path, const QByteArray &csv, const ExportOptions &options = {});
/** Builds the chart of data (makeChart) and exports it with trends::toCsv(tableOf(data), filter). */
Status exportChart(const ChartData &data, const QString &path, const ChartOptions &chartOptions = {},
                   const ExportOptions &options = {});

/** The report's PDF bytes (GUI thread). */
Result<QByteArray> paintReport(const ReportData &data, const ChartOptions &chartOptions = {});
/** The report: a summary page (filters, message counts, weekend effect, top campaigns and
 *  bursts), then one chart per page (A4 landscape): weekday, heatmap, timeline, season. */
Status writeReport(const ReportData &data, const QString &path, const ChartOptions &chartOptions = {});

/** The summary page's content as HTML (exposed for tests). */
QString reportSummaryHtml(const ReportData &data);

} // namespace mailtide::ui::charts
