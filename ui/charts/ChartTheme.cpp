#include "charts/ChartTheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace mailtide::ui::charts {

QColor ChartTheme::scale(double t)
{
    // viridis at five stops, linearly interpolated (matplotlib's values)
    static const std::array<QColor, 5> stops = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x91, 0x8c),
                                                QColor(0x5e, 0xc9, 0x62), QColor(0xfd, 0xe7, 0x25)};
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(int(std::floor(t)), int(stops.size()) - 2);
    const double u = t - i;
    const QColor &a = stops[std::size_t(i)];
    const QColor &b = stops[std::size_t(i + 1)];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u), float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}

ChartTheme chartTheme(const QPalette &palette)
{
    ChartTheme t;
    t.background = palette.color(QPalette::Active, QPalette::Base);
    t.text = palette.color(QPalette::Active, QPalette::Text);
    t.dark = t.background.lightnessF() < t.text.lightnessF();
    const QColor mix = QColor::fromRgbF((t.text.redF() + t.background.redF()) / 2, (t.text.greenF() + t.background.greenF()) / 2,
                                        (t.text.blueF() + t.background.blueF()) / 2);
    t.mutedText = t.dark ? mix.lighter(130) : mix.darker(130);
    t.grid = QColor::fromRgbF(float(t.background.redF() * 0.8 + t.text.redF() * 0.2),
                              float(t.background.greenF() * 0.8 + t.text.greenF() * 0.2),
                              float(t.background.blueF() * 0.8 + t.text.blueF() * 0.2));
    if (t.dark) {
        t.spam = QColor(0xff, 0x6b, 0x6b);
        t.ham = QColor(0x6c, 0xb4, 0xff);
        t.unsure = QColor(0xff, 0xc8, 0x57);
        t.total = QColor(0xe0, 0xe0, 0xe0);
        t.event = QColor(0xd0, 0x9c, 0xff);
        t.years = {QColor(0x6c, 0xb4, 0xff), QColor(0xff, 0x9f, 0x43), QColor(0x7b, 0xe0, 0x8a), QColor(0xff, 0x6b, 0x6b),
                   QColor(0xd0, 0x9c, 0xff), QColor(0xf7, 0xe2, 0x6b), QColor(0x5e, 0xe6, 0xe6), QColor(0xff, 0x9c, 0xd6)};
    } else {
        t.spam = QColor(0xc6, 0x28, 0x28);
        t.ham = QColor(0x1f, 0x5f, 0xb4);
        t.unsure = QColor(0xc7, 0x7c, 0x02);
        t.total = QColor(0x30, 0x30, 0x30);
        t.event = QColor(0x7b, 0x1f, 0xa2);
        t.years = {QColor(0x1f, 0x77, 0xb4), QColor(0xe0, 0x6c, 0x00), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                   QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf), QColor(0xe3, 0x77, 0xc2)};
    }
    return t;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xef, 0xef), base(Qt::white), text(0x1a, 0x1a, 0x1a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    return p;
}

void applyTheme(QChart *chart, const ChartTheme &theme)
{
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(theme.text);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(theme.text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(theme.text);
        axis->setTitleBrush(theme.mutedText);
        axis->setGridLineColor(theme.grid);
        axis->setMinorGridLineColor(theme.grid);
        axis->setLinePenColor(theme.mutedText);
        QFont f = axis->titleFont();
        f.setBold(false);
        f.setPointSizeF(9);
        axis->setTitleFont(f);
    }
}

} // namespace mailtide::ui::charts
