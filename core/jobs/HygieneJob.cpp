#include "jobs/HygieneJob.h"

#include "hygiene/Applier.h"
#include "imap/Account.h"

namespace mailtide::jobs {

HygieneJob::HygieneJob(QString dbPath, QByteArray password, hygiene::Plan plan, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(plan.account), m_password(std::move(password)),
      m_plan(std::move(plan))
{
}

HygieneJob::HygieneJob(QString dbPath, QString account, QByteArray password, qint64 actionId, Mode mode, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(std::move(account)), m_password(std::move(password)),
      m_actionId(actionId), m_mode(mode)
{
}

HygieneJob::~HygieneJob()
{
    m_password.fill('\0');
}

void HygieneJob::run()
{
    const auto failed = [this](const Error &e, qint64 id) { Q_EMIT finished(false, e.toString(), id); };
    auto st = store::Store::open(m_dbPath);
    if (!st)
        return failed(st.error(), 0);
    store::Store &store = *st.value();
    auto account = store.imapAccount(m_account);
    if (!account)
        return failed(account.error(), 0);
    auto endpoint = imap::endpointFor(account.value(), m_password);
    m_password.fill('\0');
    if (!endpoint)
        return failed(endpoint.error(), 0);

    hygiene::Applier applier(store);
    applier.setBatchSize(m_batchSize);
    applier.setCancelFlag(&m_cancel);
    applier.setProgress([this](const hygiene::ApplyProgress &p) { Q_EMIT progress(p.done, p.total); });
    qint64 id = m_actionId;
    if (m_plan) {
        auto r = applier.record(*m_plan);
        if (!r)
            return failed(r.error(), 0);
        id = r.value();
    } else if (m_mode == Mode::Undo) {
        auto r = applier.recordUndo(m_actionId);
        if (!r)
            return failed(r.error(), 0);
        id = r.value();
    }
    Result<hygiene::ApplyReport> report = Error{tr("Not run"), {}};
    for (int attempt = 0; attempt <= kReconnects; ++attempt) {
        imap::Connection c;
        c.setCancelFlag(&m_cancel);
        if (Status s = c.open(endpoint.value()); !s) {
            report = s.error();
            break;
        }
        report = applier.run(c, id);
        // A lost line leaves the action resumable: reconnect and go on where it stopped.
        if (report || m_cancel || c.isOpen())
            break;
    }
    endpoint->password.fill('\0');
    if (!report)
        return failed(report.error(), id);
    if (report->cancelled) {
        Q_EMIT finished(true, tr("Stopped after %n message(s); the rest can be resumed from the log.", nullptr,
                                 int(report->acted + report->resumed)),
                        id);
        return;
    }
    Q_EMIT finished(true, tr("%n message(s) done.", nullptr, int(report->acted + report->resumed)), id);
}

} // namespace mailtide::jobs
