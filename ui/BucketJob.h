#pragma once
/** @short "Messages in this bar" on a worker thread: the ids one chart bucket counted
 *  (trends::messagesIn, exactly as the aggregation placed them) and their rows for the list.
 *
 * Opens its own connection to the profile, polls a cancel flag per row read, and hands back one
 * page (newest first) with where the next one starts. One request per job (ui/Worker.h). */
#include "store/Types.h"
#include "trends/Bucket.h"
#include "trends/Filter.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace mailtide::ui {

class BucketJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString dbPath;
        trends::Filter filter;
        trends::Bucket bucket;
        int limit = 500;
        std::optional<trends::BucketCursor> after; ///< set: the page after this one
    };

    explicit BucketJob(Request request, QObject *parent = nullptr);
    void cancel() { m_cancel = true; }
    const Request &request() const { return m_request; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** more: another page follows (its cursor is kept by the job: nextCursor()). */
    void finished(const mailtide::store::MessageRows &rows, bool more);
    void failed(const QString &message, bool cancelled);

public:
    /** Where the page after this one starts (valid after finished() with more = true). */
    std::optional<trends::BucketCursor> nextCursor() const { return m_next; }

private:
    Request m_request;
    std::optional<trends::BucketCursor> m_next;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::ui
