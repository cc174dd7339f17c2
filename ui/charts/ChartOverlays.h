#pragma once
/** @short What Qt Charts does not draw, drawn as items inside the QChart so that every view and
 *  every export (PNG, SVG, PDF) shows it: the footer lines, the weekday × hour heatmap with its
 *  colour scale, and calendar event markers with their labels.
 *
 * Each item is a child of its chart (deleted with it), lives on the GUI thread, and positions
 * itself at paint time from the chart's plot area and QChart::mapToPosition, so a resize or an
 * export at another size needs nothing more. */
#include "charts/ChartTheme.h"

#include <QDate>
#include <QGraphicsObject>
#include <QStringList>

#include <array>

class QChart;
class QAbstractSeries;

namespace mailtide::ui::charts {

/** Base: follows the chart's geometry and plot area. */
class ChartOverlay : public QGraphicsObject
{
public:
    explicit ChartOverlay(QChart *chart);
    QRectF boundingRect() const override;

protected:
    QChart *chart() const { return m_chart; }

private:
    QChart *m_chart;
};

/** Lines of small text at the bottom of the chart (the filters). Reserves its room in the
 *  chart's bottom margin. */
class FooterItem : public ChartOverlay
{
public:
    FooterItem(QChart *chart, const QStringList &lines, const QColor &color);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    static qreal height(int lines);

private:
    QStringList m_lines;
    QColor m_color;
};

/** A 7 × 24 grid of coloured cells over the plot area (the axes run 0..24 and 0..7; `series`
 *  is attached to both for mapToPosition), the count printed in each cell when it fits, and a
 *  vertical colour scale right of the plot area. */
class HeatmapItem : public ChartOverlay
{
public:
    HeatmapItem(QChart *chart, QAbstractSeries *series, const std::array<std::array<qint64, 24>, 7> &values,
                const ChartTheme &theme, const QString &scaleTitle);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    /** The cell under a point in chart coordinates: (weekday 0..6, hour 0..23), or (-1, -1). */
    std::pair<int, int> cellAt(const QPointF &pos) const;
    /** A cell's rectangle in chart coordinates (the inverse of cellAt). */
    QRectF cellRect(int day, int hour) const;
    /** Room the scale needs right of the plot area. */
    static constexpr int scaleWidth = 90;

private:
    QAbstractSeries *m_series;
    std::array<std::array<qint64, 24>, 7> m_values;
    qint64 m_max = 0;
    ChartTheme m_theme;
    QString m_scaleTitle;
};

/** Vertical dashed lines at x values (in `series`' axis units) with labels written upwards
 *  along them, inside the top of the plot area. Markers closer than a label's height share
 *  one label ("Thanksgiving, Black Friday"). */
class EventMarkersItem : public ChartOverlay
{
public:
    struct Marker
    {
        double x = 0;
        QString label;
    };
    EventMarkersItem(QChart *chart, QAbstractSeries *series, QVector<Marker> markers, const QColor &color,
                     const QColor &background);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    const QVector<Marker> &markers() const { return m_markers; }

private:
    QAbstractSeries *m_series;
    QVector<Marker> m_markers;
    QColor m_color;
    QColor m_background;
};

} // namespace mailtide::ui::charts
