#include "BucketJob.h"

#include "store/Store.h"
#include "trends/Aggregate.h"

namespace mailtide::ui {

BucketJob::BucketJob(Request request, QObject *parent) : QObject(parent), m_request(std::move(request)) {}

void BucketJob::run()
{
    const auto fail = [this](const Error &e) { Q_EMIT failed(e.toString(), e.message == trends::cancelledMessage()); };
    auto st = store::Store::open(m_request.dbPath);
    if (!st)
        return fail(st.error());
    auto page = trends::messagesIn(st.value()->db(), m_request.filter, m_request.bucket, m_request.limit,
                                   m_request.after, &m_cancel);
    if (!page)
        return fail(page.error());
    auto rows = st.value()->messageRowsById(page->ids);
    if (!rows)
        return fail(rows.error());
    m_next = page->next;
    Q_EMIT finished(rows.value(), m_next.has_value());
}

} // namespace mailtide::ui
