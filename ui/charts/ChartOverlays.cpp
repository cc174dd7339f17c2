#include "charts/ChartOverlays.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mailtide::ui::charts {

namespace {
QFont smallFont(qreal points)
{
    QFont f;
    f.setPointSizeF(points);
    return f;
}
} // namespace

ChartOverlay::ChartOverlay(QChart *chart) : QGraphicsObject(chart), m_chart(chart)
{
    setZValue(100);
    auto changed = [this] {
        prepareGeometryChange();
        update();
    };
    QObject::connect(chart, &QChart::plotAreaChanged, this, changed);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, this, changed);
}

QRectF ChartOverlay::boundingRect() const
{
    return m_chart->rect();
}

// --- footer ------------------------------------------------------------------------------------

FooterItem::FooterItem(QChart *chart, const QStringList &lines, const QColor &color)
    : ChartOverlay(chart), m_lines(lines), m_color(color)
{
}

qreal FooterItem::height(int lines)
{
    return QFontMetricsF(smallFont(8.5)).lineSpacing() * lines + 8;
}

void FooterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r = chart()->rect();
    const QFont font = smallFont(8.5);
    const QFontMetricsF fm(font);
    painter->setFont(font);
    painter->setPen(m_color);
    qreal y = r.bottom() - 6 - fm.lineSpacing() * m_lines.size() + fm.ascent();
    for (const QString &line : m_lines) {
        painter->drawText(QPointF(r.left() + 12, y), fm.elidedText(line, Qt::ElideMiddle, r.width() - 24));
        y += fm.lineSpacing();
    }
}

// --- heatmap -----------------------------------------------------------------------------------

HeatmapItem::HeatmapItem(QChart *chart, QAbstractSeries *series, const std::array<std::array<qint64, 24>, 7> &values,
                         const ChartTheme &theme, const QString &scaleTitle)
    : ChartOverlay(chart), m_series(series), m_values(values), m_theme(theme), m_scaleTitle(scaleTitle)
{
    setZValue(50); // over the plot area, under the footer
    for (const auto &row : m_values)
        for (qint64 v : row)
            m_max = std::max(m_max, v);
}

QRectF HeatmapItem::cellRect(int day, int hour) const
{
    const QPointF a = chart()->mapToPosition(QPointF(hour, day), m_series);
    const QPointF b = chart()->mapToPosition(QPointF(hour + 1, day + 1), m_series);
    return QRectF(a, b).normalized();
}

std::pair<int, int> HeatmapItem::cellAt(const QPointF &pos) const
{
    if (!chart()->plotArea().contains(pos))
        return {-1, -1};
    const QPointF v = chart()->mapToValue(pos, m_series);
    const int hour = int(std::floor(v.x()));
    const int day = int(std::floor(v.y()));
    if (hour < 0 || hour > 23 || day < 0 || day > 6)
        return {-1, -1};
    return {day, hour};
}

void HeatmapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFont cellFont = smallFont(7.5);
    const QFontMetricsF fm(cellFont);
    painter->setFont(cellFont);
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const qint64 v = m_values[std::size_t(d)][std::size_t(h)];
            const QRectF cell = cellRect(d, h);
            const QColor fill = v == 0 ? m_theme.grid : ChartTheme::scale(m_max > 0 ? double(v) / double(m_max) : 0.0);
            painter->fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), fill);
            const QString text = QString::number(v);
            if (v > 0 && fm.horizontalAdvance(text) + 4 < cell.width() && fm.height() < cell.height()) {
                painter->setPen(fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
                painter->drawText(cell, Qt::AlignCenter, text);
            }
        }
    }
    // The colour scale: a vertical bar right of the plot area, 0 at the bottom, the maximum on top.
    const QRectF plot = chart()->plotArea();
    const QRectF bar(plot.right() + 18, plot.top() + 18, 14, plot.height() - 18);
    const int steps = 64;
    for (int i = 0; i < steps; ++i) {
        const double t = double(i) / (steps - 1);
        const QRectF slice(bar.left(), bar.bottom() - bar.height() * (i + 1) / steps, bar.width(), bar.height() / steps + 0.5);
        painter->fillRect(slice, ChartTheme::scale(t));
    }
    painter->setPen(m_theme.mutedText);
    painter->drawRect(bar);
    painter->setPen(m_theme.text);
    const QFont labelFont = smallFont(8);
    const QFontMetricsF lm(labelFont);
    painter->setFont(labelFont);
    painter->drawText(QPointF(bar.right() + 4, bar.top() + lm.ascent() / 2), QString::number(m_max));
    painter->drawText(QPointF(bar.right() + 4, bar.center().y() + lm.ascent() / 2), QString::number(m_max / 2));
    painter->drawText(QPointF(bar.right() + 4, bar.bottom() + lm.ascent() / 2), QStringLiteral("0"));
    painter->setPen(m_theme.mutedText);
    painter->drawText(QRectF(bar.left() - 10, plot.top() - 4, scaleWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      lm.elidedText(m_scaleTitle, Qt::ElideRight, scaleWidth - 4));
}

// --- event markers -----------------------------------------------------------------------------

EventMarkersItem::EventMarkersItem(QChart *chart, QAbstractSeries *series, QVector<Marker> markers, const QColor &color,
                                   const QColor &background)
    : ChartOverlay(chart), m_series(series), m_markers(std::move(markers)), m_color(color), m_background(background)
{
    std::sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) { return a.x < b.x; });
}

void EventMarkersItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = chart()->plotArea();
    const QFont font = smallFont(7.5);
    const QFontMetricsF fm(font);
    painter->setFont(font);
    QPen line(m_color, 1, Qt::DashLine);
    // Group markers whose lines are closer than a label's height: one label per group.
    struct Group
    {
        qreal x = 0;
        QStringList labels;
    };
    QVector<Group> groups;
    for (const Marker &m : m_markers) {
        const qreal x = chart()->mapToPosition(QPointF(m.x, 0), m_series).x();
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
            continue;
        painter->setPen(line);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (!groups.isEmpty() && x - groups.last().x < fm.height() + 1) {
            if (!groups.last().labels.contains(m.label))
                groups.last().labels << m.label;
        } else {
            groups.push_back({x, {m.label}});
        }
    }
    for (const Group &g : groups) {
        const QString text = fm.elidedText(g.labels.join(QStringLiteral(", ")), Qt::ElideRight, plot.height() * 0.6);
        painter->save();
        // Written upwards, just left of the line, from the top of the plot area down, on a
        // veil of the background so bars behind it do not hide it.
        painter->translate(g.x - 2, plot.top() + 4);
        painter->rotate(-90);
        const qreal w = fm.horizontalAdvance(text);
        QColor veil = m_background;
        veil.setAlphaF(0.75f);
        painter->fillRect(QRectF(-w - 2, -fm.ascent() - 1, w + 4, fm.height() + 1), veil);
        painter->setPen(m_color);
        painter->drawText(QPointF(-w, 0), text);
        painter->restore();
    }
}

} // namespace mailtide::ui::charts
