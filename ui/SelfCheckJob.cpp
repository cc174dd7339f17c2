#include "SelfCheckJob.h"

#include "imap/Account.h"
#include "imap/Connection.h"
#include "selfcheck/SelfCheck.h"
#include "senders/Dnsbl.h"
#include "senders/DnsblJob.h"
#include "store/DnsblTable.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFileInfo>

#include <memory>

namespace mailtide::ui {

SelfCheckJob::SelfCheckJob(Request request, QObject *parent) : QObject(parent), m_request(std::move(request)) {}

qint64 SelfCheckJob::now() const
{
    return m_request.clock ? m_request.clock() : QDateTime::currentSecsSinceEpoch();
}

void SelfCheckJob::run()
{
    auto outcome = compute();
    m_request.password.fill('\0');
    if (!outcome) {
        Q_EMIT failed(outcome.error().toString(), m_cancel.load());
        return;
    }
    if (m_cancel) {
        Q_EMIT failed(tr("Stopped"), true);
        return;
    }
    Q_EMIT finished(outcome.value());
}

Result<selfcheck::MailboxFindings> SelfCheckJob::scanMailbox(store::Store &st, const QString &domain)
{
    const Request &r = m_request;
    auto account = st.imapAccount(r.form.account);
    if (!account)
        return account.error();
    // The window's password for this session, else the account's password command.
    auto endpoint = imap::endpointFor(account.value(), r.password);
    if (!endpoint)
        return Error{endpoint.error().message,
                     tr("%1 (Mailtide has it once the account synced in this session, or from the account's password command)")
                         .arg(endpoint.error().detail)};
    imap::Connection connection;
    connection.setCancelFlag(&m_cancel);
    const Status opened = connection.open(endpoint.value());
    endpoint->password.fill('\0');
    if (!opened)
        return opened.error();
    selfcheck::MailboxScanOptions options;
    options.domain = domain;
    options.days = r.form.days;
    options.clock = [this] { return now(); };
    options.cancel = &m_cancel;
    options.progress = [this](qint64, qint64, const QString &what) { Q_EMIT step(what, -1, 0); };
    return selfcheck::scanMailbox(connection, st, account->id, options);
}

Result<SelfCheckOutcome> SelfCheckJob::compute()
{
    const Request &r = m_request;
    SelfCheckOutcome out;
    out.scheduled = r.scheduled;
    auto checked = checkForm(r.form);
    if (!checked)
        return checked.error();
    CheckedForm &form = checked.value();
    form.domain.clock = [this] { return now(); };
    out.relayWithheld = relayWithheld(r.form);

    // The profile's history: the run before this one, and where this one is kept. A missing
    // profile is not created (no history then).
    std::unique_ptr<store::Store> st;
    std::optional<selfcheck::StoredRun> previous;
    if (!r.dbPath.isEmpty() && QFileInfo::exists(r.dbPath)) {
        auto opened = store::Store::open(r.dbPath);
        if (!opened)
            return opened.error();
        st = std::move(opened.value());
        auto last = selfcheck::lastRun(st->db(), form.domain.domain);
        if (last)
            previous = last.value();
        else
            out.historyProblem = last.error().toString();
    }
    if (r.scheduled) {
        if (!st)
            return Error{tr("No profile to keep the scheduled checks in"), r.dbPath};
        if (!recheckDue(r.form.recheck, previous ? std::optional<qint64>(previous->checkedUtc) : std::nullopt, now())) {
            out.skipped = true;
            return out;
        }
    }

    int done = 0;
    const int total = 1 + (form.relay ? 1 : 0) + (form.submission ? 1 : 0) + (r.form.account.isEmpty() ? 0 : 1);
    // The mailbox first: its DKIM selectors and outbound IPs join the DNS check. A mailbox that
    // cannot be read is said in the result; the rest of the check still runs.
    if (!r.form.account.isEmpty()) {
        Q_EMIT step(tr("Reading the mailbox of %1").arg(r.form.account), done++, total);
        if (!st) {
            out.mailboxProblem = tr("there is no profile with this account");
        } else if (auto scanned = scanMailbox(*st, form.domain.domain); scanned) {
            out.mailbox = std::move(scanned.value());
            out.mailboxScanned = true;
            out.mailboxJson = selfcheck::mailboxToJson(out.mailbox);
        } else if (m_cancel) {
            return Error{tr("Stopped"), {}};
        } else {
            out.mailboxProblem = scanned.error().toString();
        }
    }

    // Block lists: only when the user asked (third-party look-ups).
    std::unique_ptr<senders::DnsblCache> cache;
    std::unique_ptr<senders::RateLimiter> limiter;
    std::unique_ptr<senders::DnsblChecker> dnsbl;
    if (r.form.dnsbl) {
        QList<senders::DnsblList> lists;
        const QStringList ids = r.dnsblLists.isEmpty() ? senders::defaultListIds() << QStringLiteral("spamhaus-dbl") : r.dnsblLists;
        for (const QString &id : ids) {
            auto l = senders::listFor(id);
            if (!l)
                return l.error();
            lists << l.value();
        }
        cache = std::make_unique<senders::DnsblCache>();
        limiter = std::make_unique<senders::RateLimiter>(senders::DnsblSettings().maxQueriesPerSecond);
        if (st)
            (void)senders::loadSaved(st->db(), *cache, now()); // a failure only means asking again
        senders::DnsblCheckerOptions dnsblOptions;
        dnsblOptions.clock = [this] { return now(); };
        dnsbl = std::make_unique<senders::DnsblChecker>(lists, *cache, *limiter, dnsblOptions);
    }

    selfcheck::SelfCheckRequest request;
    request.domain = form.domain;
    for (std::optional<selfcheck::SmtpProbeOptions> *probe : {&form.relay, &form.submission})
        if (*probe) {
            (*probe)->caFile = r.smtpCaFile;
            (*probe)->cancel = &m_cancel;
        }
    request.relay = form.relay;
    request.submission = form.submission;
    request.dnsbl = dnsbl.get();
    request.mailbox = out.mailboxScanned ? &out.mailbox : nullptr;
    request.cancel = &m_cancel;
    request.step = [&](const QString &what) { Q_EMIT step(what, done++, total); };
    auto run = selfcheck::runSelfCheck(request);
    if (!run)
        return run.error();
    if (m_cancel)
        return Error{tr("Stopped"), {}};
    out.report = std::move(run->report);
    out.transcripts = run->transcripts;

    if (st) {
        QList<senders::DnsblResult> fresh;
        for (const senders::DnsblResult &d : std::as_const(run->dnsblResults))
            if (!d.fromCache)
                fresh << d;
        if (!fresh.isEmpty())
            (void)senders::saveResults(st->db(), fresh, store::DnsblKind::Now); // a cache, not the result
        if (Status saved = selfcheck::saveRun(st->db(), out.report); !saved)
            out.historyProblem = saved.error().toString();
        if (previous) {
            out.hadPrevious = true;
            out.changes = selfcheck::changesBetween(previous->report, out.report);
        }
    }
    Q_EMIT step(tr("Done"), total, total);
    return out;
}

} // namespace mailtide::ui
