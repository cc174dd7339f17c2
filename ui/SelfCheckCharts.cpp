#include "SelfCheckCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHash>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mailtide::ui {

namespace {

QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

void setTitle(QChart *chart, const QString &title, const QString &subtitle)
{
    QString html = QStringLiteral("<div style='font-size:12pt; font-weight:bold'>%1</div>").arg(title.toHtmlEscaped());
    if (!subtitle.isEmpty())
        html += QStringLiteral("<div style='font-size:9pt; font-weight:normal'>%1</div>").arg(subtitle.toHtmlEscaped());
    chart->setTitle(html);
}

QValueAxis *countAxis(double max)
{
    auto *y = new QValueAxis;
    y->setRange(0, std::max(4.0, std::ceil(max * 1.1)));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    return y;
}

} // namespace

QList<WeekBounces> bouncesPerWeek(const selfcheck::MailboxFindings &m)
{
    QDate first, last;
    if (m.windowStartUtc > 0 && m.windowEndUtc >= m.windowStartUtc) {
        first = QDateTime::fromSecsSinceEpoch(m.windowStartUtc, QTimeZone::utc()).date();
        last = QDateTime::fromSecsSinceEpoch(m.windowEndUtc, QTimeZone::utc()).date();
    }
    for (const selfcheck::FoundReport &r : m.reports) {
        const QDate d = QDateTime::fromSecsSinceEpoch(r.arrivedUtc, QTimeZone::utc()).date();
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
    QList<WeekBounces> weeks;
    if (!first.isValid())
        return weeks;
    for (QDate w = mondayOf(first); w <= last && weeks.size() < 600; w = w.addDays(7))
        weeks.append({w, 0, 0});
    for (const selfcheck::FoundReport &r : m.reports) {
        const QDate w = mondayOf(QDateTime::fromSecsSinceEpoch(r.arrivedUtc, QTimeZone::utc()).date());
        const qint64 i = weeks.isEmpty() ? -1 : weeks.first().week.daysTo(w) / 7;
        if (i < 0 || i >= weeks.size())
            continue;
        // Without a Sent folder, 'never sent' cannot be told: nothing is called forged then.
        (!m.sentFolder.isEmpty() && r.backscatter() ? weeks[i].backscatter : weeks[i].own) += 1;
    }
    return weeks;
}

QList<OriginCount> forgedOrigins(const selfcheck::MailboxFindings &m)
{
    QHash<QString, int> counts;
    if (m.sentFolder.isEmpty())
        return {}; // 'never sent' cannot be told without Sent
    for (const selfcheck::FoundReport &r : m.reports)
        if (r.backscatter())
            ++counts[r.report.sourceIp.isEmpty() ? QCoreApplication::translate("SelfCheckCharts", "(unknown)") : r.report.sourceIp];
    QList<OriginCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const OriginCount &a, const OriginCount &b) {
        return a.messages != b.messages ? a.messages > b.messages : a.ip < b.ip;
    });
    return out;
}

QList<DmarcSource> dmarcSources(const selfcheck::MailboxFindings &m)
{
    QList<DmarcSource> out;
    for (const selfcheck::DmarcAggregateReport &rep : m.dmarc)
        for (const selfcheck::DmarcRow &row : rep.rows)
            out.append({row.sourceIp, row.count, row.spf, row.dkim, row.disposition, rep.orgName});
    std::stable_sort(out.begin(), out.end(), [](const DmarcSource &a, const DmarcSource &b) { return a.messages > b.messages; });
    return out;
}

QChart *bouncesChart(const selfcheck::MailboxFindings &m, const charts::ChartTheme &theme)
{
    auto *chart = new QChart;
    const QList<WeekBounces> weeks = bouncesPerWeek(m);
    auto *back = new QBarSet(QCoreApplication::translate("SelfCheckCharts", "Backscatter: about mail you never sent"));
    auto *own = new QBarSet(QCoreApplication::translate("SelfCheckCharts", "About your own mail"));
    back->setColor(theme.spam);
    own->setColor(theme.ham);
    QStringList labels;
    int max = 0;
    for (const WeekBounces &w : weeks) {
        *back << w.backscatter;
        *own << w.own;
        labels << w.week.toString(QStringLiteral("MM-dd"));
        max = std::max(max, w.backscatter + w.own);
    }
    auto *series = new QStackedBarSeries;
    series->append(back);
    series->append(own);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    // The bars sit on a category axis (one per week), whose labels Qt Charts cuts to the bar's
    // width; the dates are read from a time axis laid over it instead: from half a week before
    // the first Monday to half a week after the last, so each bar is centred on its week.
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    if (!weeks.isEmpty()) {
        auto *dates = new QDateTimeAxis;
        const QDateTime first = weeks.first().week.startOfDay(QTimeZone::utc()).addSecs(-302400);
        const QDateTime last = weeks.last().week.startOfDay(QTimeZone::utc()).addSecs(302400);
        dates->setRange(first, last);
        dates->setFormat(QStringLiteral("MMM d"));
        dates->setTickCount(std::min<int>(int(weeks.size()) + 1, 8));
        dates->setTitleText(QCoreApplication::translate("SelfCheckCharts", "week"));
        chart->addAxis(dates, Qt::AlignBottom);
    }
    QValueAxis *y = countAxis(max);
    y->setTitleText(QCoreApplication::translate("SelfCheckCharts", "messages"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    int backscatter = 0, ours = 0;
    for (const WeekBounces &w : weeks) {
        backscatter += w.backscatter;
        ours += w.own;
    }
    setTitle(chart, QCoreApplication::translate("SelfCheckCharts", "Bounces and complaints per week"),
             QCoreApplication::translate("SelfCheckCharts", "%1 backscatter (someone forges your address), %2 about your own mail").arg(backscatter).arg(ours));
    chart->legend()->setAlignment(Qt::AlignBottom);
    charts::applyTheme(chart, theme);
    return chart;
}

QChart *sentChart(const selfcheck::MailboxFindings &m, const charts::ChartTheme &theme)
{
    auto *chart = new QChart;
    auto *line = new QLineSeries;
    line->setName(QCoreApplication::translate("SelfCheckCharts", "Sent messages per day"));
    line->setPen(QPen(theme.total, 2));
    auto *spikes = new QScatterSeries;
    spikes->setName(QCoreApplication::translate("SelfCheckCharts", "Spike"));
    spikes->setColor(theme.spam);
    spikes->setBorderColor(theme.text);
    spikes->setMarkerSize(12);
    int max = 0;
    const auto ms = [](const QDate &d) { return double(d.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()); };
    for (const selfcheck::DayCount &d : m.sentPerDay) {
        line->append(ms(d.day), d.count);
        max = std::max(max, d.count);
    }
    QStringList spikeWords;
    for (const selfcheck::VolumeSpike &s : m.spikes) {
        spikes->append(ms(s.day), s.count);
        spikeWords << QCoreApplication::translate("SelfCheckCharts", "%1: %2 (usually %3)").arg(s.day.toString(Qt::ISODate)).arg(s.count).arg(qRound(s.baseline));
    }
    spikes->setPointLabelsVisible(true);
    spikes->setPointLabelsFormat(QStringLiteral("@yPoint"));
    spikes->setPointLabelsColor(theme.text);
    chart->addSeries(line);
    chart->addSeries(spikes);
    auto *x = new QDateTimeAxis;
    QDate first = m.sentPerDay.isEmpty() ? QDate::currentDate() : m.sentPerDay.first().day;
    QDate last = m.sentPerDay.isEmpty() ? first : m.sentPerDay.last().day;
    if (first == last)
        last = first.addDays(1);
    x->setRange(first.startOfDay(QTimeZone::utc()), last.startOfDay(QTimeZone::utc()));
    x->setFormat(first.daysTo(last) <= 120 ? QStringLiteral("MMM d") : QStringLiteral("MMM yyyy"));
    x->setTickCount(std::min<int>(int(first.daysTo(last)) + 1, 9));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(max);
    y->setTitleText(QCoreApplication::translate("SelfCheckCharts", "messages"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(spikes)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    setTitle(chart, QCoreApplication::translate("SelfCheckCharts", "Sent messages per day"),
             m.spikes.isEmpty() ? QCoreApplication::translate("SelfCheckCharts", "%1 messages, no spike").arg(m.sentMessages)
                                : QCoreApplication::translate("SelfCheckCharts", "%1 messages; spikes: %2").arg(m.sentMessages).arg(spikeWords.join(QStringLiteral("; "))));
    chart->legend()->setAlignment(Qt::AlignBottom);
    charts::applyTheme(chart, theme);
    return chart;
}

} // namespace mailtide::ui
