#pragma once
/** @short Colours and fonts for the charts, taken from a QPalette so a chart reads the same in a
 *  light and a dark palette (and in a PNG exported from either).
 *
 * A value; pure. Series colours are chosen per palette (darker, saturated on light backgrounds;
 * lighter ones on dark backgrounds) so spam / ham keep their meaning in both. */
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QVector>

class QChart;

namespace mailtide::ui::charts {

struct ChartTheme
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText; ///< footers, axis titles
    QColor grid;
    QColor spam;
    QColor ham;
    QColor unsure;
    QColor total;     ///< all messages, the rolling means
    QColor event;     ///< calendar event markers
    QVector<QColor> years; ///< one per year line, distinguishable from each other on this background

    /** Year line i (cycles). */
    QColor year(int i) const { return years.isEmpty() ? text : years.at(i % years.size()); }
    /** Heatmap scale (viridis: perceptually even, readable on both backgrounds), t in 0..1. */
    static QColor scale(double t);
};

/** The theme for a palette: dark when the window colour is darker than its text. */
ChartTheme chartTheme(const QPalette &palette);

/** A dark palette (Fusion-like) for tests, screenshots and `--dark` exports. */
QPalette darkPalette();
/** A light palette (Fusion's standard one, not the platform's) so exports do not depend on the desktop. */
QPalette lightPalette();

/** Applies the theme to a chart: background, title, legend and every attached axis. */
void applyTheme(QChart *chart, const ChartTheme &theme);

} // namespace mailtide::ui::charts
