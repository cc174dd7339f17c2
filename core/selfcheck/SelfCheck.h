#pragma once
/** @short The whole business self-check in one call, used by `mailtide-cli selfcheck` and by the
 *  window's Self-check view alike: the mailbox scan's selectors and outbound IPs feed the domain
 *  check, then the open-relay probe and the submission check run, then the mailbox findings are
 *  added. One Report comes out, with its traffic light (Report::worst()).
 *
 * Blocking (DNS, SMTP): run it on a worker. The mailbox scan is the caller's (it needs an IMAP
 * connection and the store); pass its findings in. */
#include "selfcheck/DomainCheck.h"
#include "selfcheck/MailboxScan.h"
#include "selfcheck/SelfCheckReport.h"
#include "selfcheck/SmtpProbe.h"
#include "senders/Dnsbl.h"

#include <optional>

namespace mailtide::selfcheck {

struct SelfCheckRequest
{
    DomainCheckOptions domain;                ///< its selectors and IPs are joined with the mailbox's
    std::optional<SmtpProbeOptions> relay;     ///< set only for a host the user confirmed is theirs
    std::optional<SmtpProbeOptions> submission;
    senders::DnsblChecker *dnsbl = nullptr;   ///< opt-in; nullptr: no block list is asked
    const MailboxFindings *mailbox = nullptr; ///< from scanMailbox(), or nullptr
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &)> step; ///< "Checking DNS", "Testing relay on mx.example.com:25"...
};

struct SelfCheckRun
{
    Report report;
    QStringList transcripts;                   ///< relay and submission transcripts, headed, as the CLI prints them
    QList<senders::DnsblResult> dnsblResults;  ///< for saving (only the fresh ones count)
};

/** An Error only when the domain check cannot run at all (DomainCheck::run()). */
Result<SelfCheckRun> runSelfCheck(const SelfCheckRequest &request);

/** The probes' verdicts as findings (ids "smtp.open-relay", "smtp.refuses-relay",
 *  "smtp.relay-inconclusive", "smtp.relay-error"; "submission.*"), the transcript as detail. */
Finding relayFinding(const QString &subject, const RelayProbeResult &result);
Finding submissionFinding(const QString &subject, const SubmissionCheck &check);

} // namespace mailtide::selfcheck
