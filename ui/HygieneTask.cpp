#include "HygieneTask.h"

namespace mailtide::ui {

HygieneTask::HygieneTask(QString dbPath, Fn fn, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_fn(std::move(fn))
{
}

void HygieneTask::run()
{
    auto st = store::Store::open(m_dbPath);
    if (!st) {
        Q_EMIT finished(false, st.error().toString());
        return;
    }
    const Status s = m_fn(*st.value(), m_cancel);
    if (m_cancel) {
        Q_EMIT finished(false, tr("Cancelled"));
        return;
    }
    Q_EMIT finished(bool(s), s ? QString() : s.error().toString());
}

} // namespace mailtide::ui
