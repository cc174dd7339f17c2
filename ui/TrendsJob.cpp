#include "TrendsJob.h"

#include "store/Store.h"

namespace mailtide::ui {

TrendsJob::TrendsJob(Request request, QObject *parent) : QObject(parent), m_request(std::move(request)) {}

void TrendsJob::run()
{
    const auto fail = [this](const Error &e) {
        const bool cancelled = e.message == trends::cancelledMessage();
        Q_EMIT failed(e.toString(), cancelled);
    };
    auto st = store::Store::open(m_request.dbPath);
    if (!st)
        return fail(st.error());
    auto calendar = trends::Calendar::load(m_request.calendarFile.isEmpty() ? trends::Calendar::defaultUserFile()
                                                                          : m_request.calendarFile);
    if (!calendar)
        return fail(calendar.error());
    store::Database &db = st.value()->db();
    const trends::Filter &f = m_request.filter;
    charts::ReportData data;
    data.filter = f;
    using charts::ChartKind;
    const std::pair<ChartKind, charts::ChartData *> kinds[] = {{ChartKind::Weekday, &data.weekday},
                                                              {ChartKind::Heatmap, &data.heatmap},
                                                              {ChartKind::Timeline, &data.timeline},
                                                              {ChartKind::Season, &data.season}};
    for (const auto &[kind, out] : kinds) {
        auto d = charts::computeChart(db, f, {kind, m_request.timeline, m_request.season}, calendar.value(), &m_cancel);
        if (!d)
            return fail(d.error());
        *out = std::move(d.value());
    }
    if (m_request.report) {
        auto campaigns = trends::seasonCampaigns(db, f, calendar.value(), &m_cancel);
        if (!campaigns)
            return fail(campaigns.error());
        data.campaigns = std::move(campaigns.value());
        trends::Filter spam = f;
        if (spam.verdict == trends::VerdictFilter::All)
            spam.verdict = trends::VerdictFilter::Spam;
        auto bursts = trends::bursts(db, spam, trends::BurstParams{}, &m_cancel);
        if (!bursts)
            return fail(bursts.error());
        data.bursts = std::move(bursts.value());
    }
    Q_EMIT finished(data);
}

} // namespace mailtide::ui
