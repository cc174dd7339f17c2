#include "selfcheck/SelfCheck.h"

#include <QCoreApplication>

namespace mailtide::selfcheck {

namespace {

bool cancelled(const SelfCheckRequest &r)
{
    return r.cancel && r.cancel->load();
}

void step(const SelfCheckRequest &r, const QString &what)
{
    if (r.step)
        r.step(what);
}

} // namespace

Finding relayFinding(const QString &subject, const RelayProbeResult &r)
{
    Finding f;
    f.subject = subject;
    f.detail = r.transcript.join(QLatin1Char('\n'));
    switch (r.verdict) {
    case RelayVerdict::OpenRelay:
        f.id = QStringLiteral("smtp.open-relay");
        f.severity = Severity::Severe;
        f.title = QCoreApplication::translate("SelfCheck", "The server is an open relay: it accepted mail from an outside address to another "
                                                           "outside address (answer %1) without authentication.")
                      .arg(r.rcptCode);
        f.fix = r.explanation;
        break;
    case RelayVerdict::RefusesRelay:
        f.id = QStringLiteral("smtp.refuses-relay");
        f.severity = Severity::Ok;
        f.title = r.explanation;
        break;
    case RelayVerdict::Inconclusive:
        f.id = QStringLiteral("smtp.relay-inconclusive");
        f.severity = Severity::Warning;
        f.title = r.explanation;
        f.fix = QCoreApplication::translate("SelfCheck", "Run the test again later; a temporary refusal says nothing about relaying.");
        break;
    case RelayVerdict::Error:
        f.id = QStringLiteral("smtp.relay-error");
        f.severity = Severity::Warning;
        f.title = r.explanation;
        f.fix = QCoreApplication::translate("SelfCheck", "Check the host and port (and --smtp-ca for STARTTLS), then run the test again.");
        break;
    }
    return f;
}

Finding submissionFinding(const QString &subject, const SubmissionCheck &c)
{
    Finding f;
    f.subject = subject;
    f.detail = c.transcript.join(QLatin1Char('\n'));
    f.title = c.explanation;
    if (!c.reachable) {
        f.id = QStringLiteral("submission.unreachable");
        f.severity = Severity::Warning;
        f.fix = QCoreApplication::translate("SelfCheck", "Offer submission on port 587 with STARTTLS and AUTH, and have users send through it.");
    } else if (c.authWithoutTls) {
        f.id = QStringLiteral("submission.auth-without-tls");
        f.severity = Severity::Severe;
        f.fix = QCoreApplication::translate("SelfCheck", "Offer AUTH only after STARTTLS (Postfix: smtpd_tls_auth_only = yes).");
    } else if (!c.startTls) {
        f.id = QStringLiteral("submission.no-starttls");
        f.severity = Severity::Warning;
        f.fix = QCoreApplication::translate("SelfCheck", "Offer STARTTLS on the submission port (Postfix: smtpd_tls_security_level = encrypt).");
    } else if (!c.authAfterTls) {
        f.id = QStringLiteral("submission.no-auth");
        f.severity = Severity::Warning;
        f.fix = QCoreApplication::translate("SelfCheck", "Offer AUTH after STARTTLS on the submission port (Postfix: smtpd_sasl_auth_enable = yes).");
    } else {
        f.id = QStringLiteral("submission.ok");
        f.severity = Severity::Ok;
    }
    return f;
}

Result<SelfCheckRun> runSelfCheck(const SelfCheckRequest &request)
{
    // The mailbox tells which selectors and outbound IPs the domain really uses: check those
    // too, beside what the user named (each once).
    DomainCheckOptions options = request.domain;
    if (const MailboxFindings *m = request.mailbox) {
        for (const SelectorUse &s : m->dkimSelectors)
            if (s.domain.compare(options.domain, Qt::CaseInsensitive) == 0 && !options.dkimSelectors.contains(s.selector))
                options.dkimSelectors << s.selector;
        for (const IpUse &ip : m->outboundIps) {
            const QHostAddress a(ip.ip);
            if (!a.isNull() && !options.outboundIps.contains(a))
                options.outboundIps << a;
        }
    }

    step(request, QCoreApplication::translate("SelfCheck", "Checking DNS of %1").arg(options.domain));
    DomainCheck check(options);
    check.setDnsbl(request.dnsbl);
    auto report = check.run();
    if (!report)
        return report.error();

    SelfCheckRun run;
    run.report = std::move(report.value());
    run.dnsblResults = check.dnsblResults();

    // The open-relay probe of the user's own SMTP server, and its submission port: only when
    // asked, against the host the user named. Their transcripts are the findings' details and
    // are kept whole, headed, for printing after the report.
    if (request.relay && !cancelled(request)) {
        const SmtpProbeOptions &o = *request.relay;
        const QString subject = QStringLiteral("%1:%2").arg(o.host).arg(o.port);
        step(request, QCoreApplication::translate("SelfCheck", "Testing relay on %1").arg(subject));
        SmtpProbeOptions withCancel = o;
        if (!withCancel.cancel)
            withCancel.cancel = request.cancel;
        const RelayProbeResult r = probeOpenRelay(withCancel);
        run.report.add(relayFinding(subject, r));
        run.transcripts << QCoreApplication::translate("SelfCheck", "Open-relay test of %1 (%2):").arg(subject, toString(r.verdict))
                        << r.transcript;
    }
    if (request.submission && !cancelled(request)) {
        const SmtpProbeOptions &o = *request.submission;
        const QString subject = QStringLiteral("%1:%2").arg(o.host).arg(o.port);
        step(request, QCoreApplication::translate("SelfCheck", "Checking submission on %1").arg(subject));
        const SubmissionCheck c = checkSubmission(o);
        run.report.add(submissionFinding(subject, c));
        run.transcripts << QCoreApplication::translate("SelfCheck", "Submission check of %1:").arg(subject) << c.transcript;
    }
    if (request.mailbox)
        addMailboxFindings(run.report, *request.mailbox);
    return run;
}

} // namespace mailtide::selfcheck
