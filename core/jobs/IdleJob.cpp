#include "jobs/IdleJob.h"

#include "imap/Account.h"
#include "imap/Session.h"
#include "store/Store.h"

#include <QThread>

namespace mailtide::jobs {

namespace {
constexpr int kRenewMs = 25 * 60 * 1000;
}

IdleJob::IdleJob(QString dbPath, QString account, QByteArray password, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(std::move(account)), m_password(std::move(password))
{
}

IdleJob::~IdleJob()
{
    m_password.fill('\0');
}

bool IdleJob::pause(int ms)
{
    for (int waited = 0; waited < ms && !m_stop; waited += 100)
        QThread::msleep(100);
    return !m_stop;
}

void IdleJob::run()
{
    store::ImapAccount account;
    {
        auto st = store::Store::open(m_dbPath);
        if (!st)
            return Q_EMIT ended(m_account, st.error().toString());
        auto a = st.value()->imapAccount(m_account);
        if (!a)
            return Q_EMIT ended(m_account, a.error().toString());
        account = a.value();
    }
    while (!m_stop) {
        auto endpoint = imap::endpointFor(account, m_password);
        if (!endpoint)
            return Q_EMIT ended(m_account, endpoint.error().toString());
        imap::Connection c;
        c.setCancelFlag(&m_stop);
        if (Status s = c.open(endpoint.value()); !s) {
            if (m_stop)
                break;
            const auto kind = c.failureKind();
            if (kind == imap::FailureKind::Authentication || kind == imap::FailureKind::UntrustedCertificate ||
                kind == imap::FailureKind::CertificateChanged)
                return Q_EMIT ended(m_account, s.error().toString());
            if (!pause(m_retryMs))
                break;
            continue;
        }
        imap::Session session(c);
        auto caps = session.capability();
        const bool polling = caps && !caps->has("IDLE");
        auto status = session.examine("INBOX", false);
        if (!status) {
            if (m_stop || !pause(m_retryMs))
                break;
            continue;
        }
        Q_EMIT watching(m_account, polling);
        // New mail (EXISTS), removals (EXPUNGE, VANISHED) or flag changes (FETCH) wake it.
        const auto wake = [](const imap::Response &r) {
            return r.name == "EXISTS" || r.name == "EXPUNGE" || r.name == "VANISHED" || r.name == "FETCH";
        };
        while (polling && !m_stop) {
            if (!pause(m_pollMs))
                break;
            bool woke = false;
            auto done = c.run("NOOP", [&](imap::Response &&r) -> Status {
                woke = woke || wake(r);
                return {};
            });
            if (!done || done->status != imap::Response::Status::Ok)
                break; // lost or refused: reconnect below
            if (woke)
                Q_EMIT changed(m_account);
        }
        while (!polling && !m_stop) {
            auto woke = c.idle(kRenewMs, wake);
            if (!woke)
                break; // lost, refused or stopped: reconnect (or end) below
            if (woke.value())
                Q_EMIT changed(m_account);
        }
        if (!m_stop && !pause(m_retryMs))
            break;
    }
    Q_EMIT ended(m_account, QString());
}

} // namespace mailtide::jobs
