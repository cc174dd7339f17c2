#include "charts/ChartExport.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <memory>

namespace mailtide::ui::charts {

namespace {

/** The DPI Qt Charts lays text out at (the primary screen's logical DPI; 96 offscreen). SVG and
 *  PDF are written at it, so text keeps the size the layout made room for. */
int layoutDpi()
{
    const QScreen *s = QGuiApplication::primaryScreen();
    return s ? qRound(s->logicalDotsPerInchY()) : 96;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("Charts", "Cannot write %1").arg(QDir::toNativeSeparators(path)), f.errorString()};
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error{QCoreApplication::translate("Charts", "Cannot write %1").arg(QDir::toNativeSeparators(path)), f.errorString()};
    return {};
}

QString plainTitle(const QChart *chart)
{
    QTextDocument doc;
    doc.setHtml(chart->title());
    return doc.toPlainText().simplified();
}

QPdfWriter *setUpPdf(QPdfWriter &writer, const QString &title)
{
    writer.setResolution(layoutDpi());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Mailtide " MAILTIDE_VERSION));
    return &writer;
}

} // namespace

std::optional<ExportFormat> exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString csvPathFor(const QString &path)
{
    const QFileInfo fi(path);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".csv"));
}

void renderChart(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &size)
{
    std::unique_ptr<QGraphicsScene> own;
    const QRectF shown = chart->geometry();
    if (!chart->scene()) {
        own = std::make_unique<QGraphicsScene>();
        own->addItem(chart);
    }
    chart->setGeometry(QRectF(chart->pos(), size));
    // Lay the chart out now (normally a posted LayoutRequest does it on the next event loop turn).
    if (QGraphicsLayout *l = chart->layout())
        l->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    chart->scene()->render(painter, target, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    painter->restore();
    if (own) {
        own->removeItem(chart);
    } else {
        chart->setGeometry(shown);
        if (QGraphicsLayout *l = chart->layout())
            l->activate();
    }
}

QImage renderImage(QChart *chart, const QSizeF &size, qreal pixelRatio)
{
    QImage image((size * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    const int dpm = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(chart->backgroundBrush().color());
    QPainter p(&image);
    renderChart(chart, &p, QRectF(QPointF(0, 0), size), size);
    p.end();
    return image;
}

namespace {
Status checkFolder(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo(dir).isDir())
        return Error{QCoreApplication::translate("Charts", "Cannot write %1").arg(QDir::toNativeSeparators(path)),
                     QCoreApplication::translate("Charts", "no such folder")};
    return {};
}
} // namespace

Result<ExportFiles> paintExport(QChart *chart, const QString &path, const QByteArray &csv, const ExportOptions &options)
{
    const auto format = exportFormatFor(path);
    if (!format)
        return Error{QCoreApplication::translate("Charts", "Unknown file type (use .png, .svg or .pdf)"), path};
    if (Status s = checkFolder(path); !s)
        return s.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (*format) {
    case ExportFormat::Png: {
        const QImage image = renderImage(chart, options.size, options.pixelRatio);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image))
            return Error{QCoreApplication::translate("Charts", "Cannot encode the PNG image"), writer.errorString()};
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(layoutDpi());
        svg.setSize(options.size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), options.size));
        svg.setTitle(plainTitle(chart));
        svg.setDescription(QStringLiteral("Mailtide " MAILTIDE_VERSION));
        QPainter p;
        if (!p.begin(&svg))
            return Error{QCoreApplication::translate("Charts", "Cannot start the SVG drawing"), path};
        renderChart(chart, &p, QRectF(QPointF(0, 0), options.size), options.size);
        p.end();
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&buffer);
        setUpPdf(writer, plainTitle(chart));
        QPainter p;
        if (!p.begin(&writer))
            return Error{QCoreApplication::translate("Charts", "Cannot start the PDF document"), path};
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        // The chart takes the page's shape, at a logical width like the other formats'.
        const QSizeF size(options.size.width(), options.size.width() * page.height() / page.width());
        renderChart(chart, &p, QRectF(QPointF(0, 0), page.size()), size);
        p.end();
        break;
    }
    }
    buffer.close();
    ExportFiles out;
    out.files.push_back({path, bytes});
    if (options.writeCsv)
        out.files.push_back({csvPathFor(path), csv});
    return out;
}

Status writeExport(const ExportFiles &files)
{
    for (const auto &[path, bytes] : files.files)
        if (Status s = writeFile(path, bytes); !s)
            return s;
    return {};
}

Status exportChart(QChart *chart, const QString &path, const QByteArray &csv, const ExportOptions &options)
{
    auto files = paintExport(chart, path, csv, options);
    if (!files)
        return files.error();
    return writeExport(files.value());
}

Status exportChart(const ChartData &data, const QString &path, const ChartOptions &chartOptions, const ExportOptions &options)
{
    std::unique_ptr<QChart> chart(makeChart(data, chartOptions));
    return exportChart(chart.get(), path, trends::toCsv(tableOf(data), data.filter), options);
}

// --- the report --------------------------------------------------------------------------------

QString reportSummaryHtml(const ReportData &data)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QLocale loc;
    trends::Counts all;
    for (const auto &d : data.weekday.weekday.days)
        all += d;
    const trends::DayRange range = data.weekday.weekday.range;

    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(QCoreApplication::translate("Charts", "Mailtide — spam trends report")));
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(QCoreApplication::translate("Charts", "Filters:")), esc(data.filter.describe()));
    if (range.isValid())
        h += QStringLiteral("<p><b>%1</b> %2 – %3 (%4)</p>")
                 .arg(esc(QCoreApplication::translate("Charts", "Days covered:")), range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate),
                      esc(range.days() == 1 ? QCoreApplication::translate("Charts", "1 day") : QCoreApplication::translate("Charts", "%1 days").arg(loc.toString(range.days()))));
    h += QStringLiteral("<p><b>%1</b> %2</p>")
             .arg(esc(QCoreApplication::translate("Charts", "Made:")), esc(loc.toString(QDateTime::currentDateTime(), QLocale::LongFormat)));

    h += QStringLiteral("<h2>%1</h2><table cellpadding='3'>").arg(esc(QCoreApplication::translate("Charts", "Messages")));
    auto row = [&](const QString &label, qint64 n) {
        const QString share = all.classified() > 0 && label != QCoreApplication::translate("Charts", "All messages")
                                  ? loc.toString(100.0 * double(n) / double(all.classified()), 'f', 1) + QStringLiteral(" %")
                                  : QString();
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                 .arg(esc(label), loc.toString(n), share);
    };
    row(QCoreApplication::translate("Charts", "All messages"), all.total);
    row(QCoreApplication::translate("Charts", "Spam"), all.spam);
    row(QCoreApplication::translate("Charts", "Ham"), all.ham);
    row(QCoreApplication::translate("Charts", "Unsure"), all.unsure);
    if (all.total > all.classified())
        h += QStringLiteral("<tr><td colspan='3'>%1</td></tr>")
                 .arg(esc(QCoreApplication::translate("Charts", "%1 messages are not classified yet.").arg(loc.toString(all.total - all.classified()))));
    h += QStringLiteral("</table>");

    const QString weekend = weekendSentence(data.weekday.weekday.weekend);
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(QCoreApplication::translate("Charts", "Weekend effect")),
                  esc(weekend.isEmpty() ? QCoreApplication::translate("Charts", "Not enough spam on weekdays and weekends to compare.")
                                        : weekend));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Charts", "Top season campaigns")));
    QVector<trends::SeasonCampaign> campaigns = data.campaigns;
    std::stable_sort(campaigns.begin(), campaigns.end(),
                     [](const auto &a, const auto &b) { return a.counts.total > b.counts.total; });
    if (campaigns.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("Charts", "No message carries a season's keywords near its date.")));
    } else {
        h += QStringLiteral("<table cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='right'>%3</th>"
                            "<th align='right'>%4</th><th align='left'>%5</th></tr>")
                 .arg(esc(QCoreApplication::translate("Charts", "Event")), esc(QCoreApplication::translate("Charts", "Date")), esc(QCoreApplication::translate("Charts", "Messages")), esc(QCoreApplication::translate("Charts", "Spam")), esc(QCoreApplication::translate("Charts", "Example subject")));
        for (int i = 0; i < std::min<qsizetype>(5, campaigns.size()); ++i) {
            const auto &c = campaigns.at(i);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td><td>%5</td></tr>")
                     .arg(esc(c.name), c.date.toString(Qt::ISODate), loc.toString(c.counts.total), loc.toString(c.counts.spam),
                          esc(c.examples.value(0).left(80)));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("Charts", "Top bursts in spam")));
    if (data.bursts.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("Charts", "No burst: no subject term jumped far above its usual daily count.")));
    } else {
        h += QStringLiteral("<table cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='right'>%3</th>"
                            "<th align='left'>%4</th></tr>")
                 .arg(esc(QCoreApplication::translate("Charts", "Terms")), esc(QCoreApplication::translate("Charts", "Days")), esc(QCoreApplication::translate("Charts", "Messages")), esc(QCoreApplication::translate("Charts", "Example subject")));
        for (int i = 0; i < std::min<qsizetype>(5, data.bursts.size()); ++i) {
            const auto &b = data.bursts.at(i);
            h += QStringLiteral("<tr><td>%1</td><td>%2 – %3</td><td align='right'>%4</td><td>%5</td></tr>")
                     .arg(esc(b.terms.mid(0, 3).join(QStringLiteral(", "))), b.start.toString(Qt::ISODate),
                          b.end.toString(Qt::ISODate), loc.toString(b.volume), esc(b.examples.value(0).left(80)));
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

Result<QByteArray> paintReport(const ReportData &data, const ChartOptions &chartOptions)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdf(writer, QCoreApplication::translate("Charts", "Mailtide — spam trends report"));
        QPainter p;
        if (!p.begin(&writer))
            return Error{QCoreApplication::translate("Charts", "Cannot start the PDF document"), QString()};
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());

        const ChartTheme theme = chartTheme(chartOptions.palette);
        p.fillRect(QRectF(QPointF(0, 0), page.size()), theme.background);
        QTextDocument doc;
        QFont body = doc.defaultFont();
        body.setPointSizeF(10.5);
        doc.setDefaultFont(body);
        doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; } h1 { font-size: 18pt; } h2 { font-size: 13pt; }")
                                     .arg(theme.text.name()));
        doc.setHtml(QStringLiteral("<body>") + reportSummaryHtml(data) + QStringLiteral("</body>"));
        doc.setTextWidth(page.width());
        doc.drawContents(&p, QRectF(QPointF(0, 0), page.size()));

        const QSizeF size(1100, 1100 * page.height() / page.width());
        for (const ChartData *c : {&data.weekday, &data.heatmap, &data.timeline, &data.season}) {
            writer.newPage();
            std::unique_ptr<QChart> chart(makeChart(*c, chartOptions));
            renderChart(chart.get(), &p, QRectF(QPointF(0, 0), page.size()), size);
        }
        p.end();
    }
    buffer.close();
    return bytes;
}

Status writeReport(const ReportData &data, const QString &path, const ChartOptions &chartOptions)
{
    if (exportFormatFor(path) != ExportFormat::Pdf)
        return Error{QCoreApplication::translate("Charts", "The report is a PDF file (name it .pdf)"), path};
    if (Status s = checkFolder(path); !s)
        return s;
    auto bytes = paintReport(data, chartOptions);
    if (!bytes)
        return bytes.error();
    return writeFile(path, bytes.value());
}

} // namespace mailtide::ui::charts
