#include "CliSelfcheck.h"

#include "imap/Account.h"
#include "imap/Connection.h"
#include "selfcheck/DomainCheck.h"
#include "selfcheck/MailboxScan.h"
#include "selfcheck/SelfCheck.h"
#include "selfcheck/SelfCheckHistory.h"
#include "selfcheck/SelfCheckReport.h"
#include "selfcheck/SmtpProbe.h"
#include "senders/Dnsbl.h"
#include "senders/DnsblJob.h"
#include "store/Database.h"
#include "store/DnsblTable.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <unistd.h>

namespace mailtide::cli {

namespace {

/** The usual address lists, and Spamhaus DBL for the domain itself. */
QStringList selfcheckListIds()
{
    return senders::defaultListIds() << QStringLiteral("spamhaus-dbl");
}

int fail(Context &ctx, const QString &message)
{
    ctx.err << "mailtide-cli selfcheck: " << message << Qt::endl;
    return ExitFailure;
}

/** The mailbox part: connects to the account (its password command or keyring) and scans it,
 *  read-only. An Error names what failed (no profile, no such account, the login). */
Result<selfcheck::MailboxFindings> scanAccount(Context &ctx, const QString &name, const QString &domain, int days)
{
    if (!QFileInfo::exists(ctx.dbPath))
        return Error{QCoreApplication::translate("Cli", "no database at %1 (add the account first: mailtide-cli account add)").arg(ctx.dbPath), {}};
    auto st = store::Store::open(ctx.dbPath);
    if (!st)
        return st.error();
    auto account = st.value()->imapAccount(name);
    if (!account)
        return Error{QCoreApplication::translate("Cli", "--account %1: %2").arg(name, account.error().message),
                     QCoreApplication::translate("Cli", "mailtide-cli account list shows the accounts")};
    auto endpoint = imap::endpointFor(account.value());
    if (!endpoint)
        return endpoint.error();
    imap::Connection c;
    Status opened = c.open(endpoint.value());
    endpoint->password.fill('\0');
    endpoint->oauth2Token.fill('\0');
    if (!opened)
        return Error{QCoreApplication::translate("Cli", "cannot log in to %1").arg(name), opened.error().toString()};
    selfcheck::MailboxScanOptions options;
    options.domain = domain;
    options.days = days;
    const bool show = isatty(STDERR_FILENO);
    options.progress = [&](qint64 done, qint64 total, const QString &what) {
        if (show)
            ctx.err << '\r' << QStringLiteral("%1 %2/%3").arg(what).arg(done).arg(total).leftJustified(70) << Qt::flush;
    };
    auto found = selfcheck::scanMailbox(c, *st.value(), account->id, options);
    if (show)
        ctx.err << '\r' << QString(70, QLatin1Char(' ')) << '\r' << Qt::flush;
    return found;
}
} // namespace

int cmdSelfcheck(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("Cli", "Checks a domain you own the way receiving mail servers see it: its MX hosts and their reverse DNS, SPF, "
           "DMARC, DKIM keys, MTA-STS and TLS-RPT, and (with --dnsbl) whether its mail servers are on block lists. "
           "Prints each finding with what to do. Exit code: 0 when nothing is severe, 3 when something is, 1 or 2 "
           "on errors. Only DNS is asked (see --dns before the command); block lists only with --dnsbl."));
    p.addOption({QStringLiteral("domain"), QCoreApplication::translate("Cli", "The domain to check."), QCoreApplication::translate("Cli", "DOMAIN")});
    p.addOption({QStringLiteral("dkim-selector"),
                 QCoreApplication::translate("Cli", "A DKIM selector to check (the s= of the DKIM-Signature in mail you sent; repeatable)."), QCoreApplication::translate("Cli", "SELECTOR")});
    p.addOption({QStringLiteral("ip"), QCoreApplication::translate("Cli", "An address your mail leaves from (repeatable): its reverse DNS, whether "
                                                                 "the SPF record allows it, and with --dnsbl its block list status."),
                 QCoreApplication::translate("Cli", "IP")});
    p.addOption({QStringLiteral("dnsbl"),
                 QCoreApplication::translate("Cli", "Also look the MX and --ip addresses, and the domain on domain lists, up on DNS "
                                                    "block lists. This tells the lists' operators what you asked about.")});
    p.addOption({QStringLiteral("dnsbl-list"),
                 QCoreApplication::translate("Cli", "A block list to use with --dnsbl: one of %1; ID@ZONE for one of those at another zone (a mirror, or "
                    "Spamhaus's Data Query Service zone with your key); or zone:ZONE for another list (repeatable; "
                    "default: %2).")
                     .arg([] {
                         QStringList ids;
                         for (const senders::DnsblList &l : senders::knownLists())
                             ids << l.id;
                         return ids.join(QStringLiteral(", "));
                     }(),
                          selfcheckListIds().join(QStringLiteral(", "))),
                 QCoreApplication::translate("Cli", "LIST")});
    p.addOption({QStringLiteral("smtp"),
                 QCoreApplication::translate("Cli", "Test whether YOUR mail server at HOST[:PORT] (port 25 by default) is an open relay: "
                                                    "EHLO, MAIL FROM and RCPT TO outside addresses, then RSET and QUIT. It never sends "
                                                    "DATA, so no message is sent. Only for a server you run."),
                 QCoreApplication::translate("Cli", "HOST[:PORT]")});
    p.addOption({QStringLiteral("smtp-starttls"), QCoreApplication::translate("Cli", "Require STARTTLS for the --smtp test (the certificate is verified).")});
    p.addOption({QStringLiteral("submission"),
                 QCoreApplication::translate("Cli", "Check that YOUR submission service at HOST[:PORT] (port 587 by default) offers "
                                                    "STARTTLS and then AUTH. It never logs in."),
                 QCoreApplication::translate("Cli", "HOST[:PORT]")});
    p.addOption({QStringLiteral("smtp-ca"),
                 QCoreApplication::translate("Cli", "PEM certificates to trust for STARTTLS in --smtp and --submission (default: the system's)."),
                 QCoreApplication::translate("Cli", "FILE")});
    p.addOption({QStringLiteral("account"),
                 QCoreApplication::translate("Cli", "Also read this IMAP account's mailbox (read-only): its Sent folder's messages per day and "
                                                    "their spikes, the DKIM selectors and outbound addresses it shows (checked in DNS too), "
                                                    "bounces for mail you never sent (backscatter), complaints and DMARC aggregate reports."),
                 QCoreApplication::translate("Cli", "NAME")});
    p.addOption({QStringLiteral("days"), QCoreApplication::translate("Cli", "How far back --account looks (default 180)."),
                 QCoreApplication::translate("Cli", "N")});
    p.addOption({QStringLiteral("no-save"),
                 QCoreApplication::translate("Cli", "Do not keep this run in the profile (by default each run is kept, and the "
                                                    "output starts with what changed since the last one).")});
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "text (default) or json."), QCoreApplication::translate("Cli", "FORMAT")});
    if (int rc = [&] {
            p.addHelpOption();
            if (!p.parse(args)) {
                ctx.err << "mailtide-cli selfcheck: " << p.errorText() << Qt::endl;
                return int(ExitUsage);
            }
            if (p.isSet(QStringLiteral("help"))) {
                ctx.out << p.helpText();
                return int(ExitOk);
            }
            return -1;
        }();
        rc >= 0)
        return rc;
    const auto usage = [&](const QString &message) {
        ctx.err << "mailtide-cli selfcheck: " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected argument: %1").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("domain")))
        return usage(QCoreApplication::translate("Cli", "--domain DOMAIN is required"));
    selfcheck::DomainCheckOptions options;
    options.domain = selfcheck::normalizeDomain(p.value(QStringLiteral("domain")));
    if (options.domain.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--domain %1 is not a domain name").arg(p.value(QStringLiteral("domain"))));
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(QCoreApplication::translate("Cli", "unknown --format %1 (text or json)").arg(format));
    for (const QString &s : p.values(QStringLiteral("dkim-selector"))) {
        static const QRegularExpression selector(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
        if (!selector.match(s).hasMatch())
            return usage(QCoreApplication::translate("Cli", "--dkim-selector %1 is not a selector name").arg(s));
        options.dkimSelectors << s;
    }
    for (const QString &ip : p.values(QStringLiteral("ip"))) {
        QHostAddress a;
        if (!a.setAddress(ip) || ip.count(QLatin1Char('.')) == 1 || ip.count(QLatin1Char('.')) == 2)
            return usage(QCoreApplication::translate("Cli", "--ip %1 is not an IP address").arg(ip));
        options.outboundIps << a;
    }

    selfcheck::SmtpProbeOptions relay;
    selfcheck::SmtpProbeOptions submission;
    const bool probeRelay = p.isSet(QStringLiteral("smtp"));
    const bool probeSubmission = p.isSet(QStringLiteral("submission"));
    const auto hostPort = [](const QString &text, quint16 defaultPort, selfcheck::SmtpProbeOptions *o) {
        const auto hp = selfcheck::parseHostPort(text, defaultPort);
        if (hp)
            std::tie(o->host, o->port) = *hp;
        return hp.has_value();
    };
    if (probeRelay && !hostPort(p.value(QStringLiteral("smtp")), 25, &relay))
        return usage(QCoreApplication::translate("Cli", "--smtp %1 is not HOST[:PORT]").arg(p.value(QStringLiteral("smtp"))));
    if (probeSubmission && !hostPort(p.value(QStringLiteral("submission")), 587, &submission))
        return usage(QCoreApplication::translate("Cli", "--submission %1 is not HOST[:PORT]").arg(p.value(QStringLiteral("submission"))));
    if (p.isSet(QStringLiteral("smtp-starttls")) && !probeRelay)
        return usage(QCoreApplication::translate("Cli", "--smtp-starttls needs --smtp"));
    if (p.isSet(QStringLiteral("smtp-ca"))) {
        if (!probeRelay && !probeSubmission)
            return usage(QCoreApplication::translate("Cli", "--smtp-ca needs --smtp or --submission"));
        const QString ca = p.value(QStringLiteral("smtp-ca"));
        if (!QFileInfo(ca).isFile())
            return usage(QCoreApplication::translate("Cli", "--smtp-ca %1: no such file").arg(ca));
        relay.caFile = submission.caFile = QFileInfo(ca).absoluteFilePath();
    }
    relay.startTls = p.isSet(QStringLiteral("smtp-starttls"));

    // Block lists: only when asked. Their answers are kept in the profile when there is one, so a
    // cron job does not ask again within an answer's TTL.
    std::unique_ptr<senders::DnsblCache> cache;
    std::unique_ptr<senders::RateLimiter> limiter;
    std::unique_ptr<senders::DnsblChecker> dnsbl;
    std::unique_ptr<store::Database> db;
    if (p.isSet(QStringLiteral("dnsbl-list")) && !p.isSet(QStringLiteral("dnsbl")))
        return usage(QCoreApplication::translate("Cli", "--dnsbl-list needs --dnsbl"));
    if (p.isSet(QStringLiteral("dnsbl"))) {
        QList<senders::DnsblList> lists;
        const QStringList ids = p.isSet(QStringLiteral("dnsbl-list")) ? p.values(QStringLiteral("dnsbl-list"))
                                                                       : selfcheckListIds();
        for (const QString &id : ids) {
            auto l = senders::listFor(id);
            if (!l)
                return usage(QCoreApplication::translate("Cli", "--dnsbl-list: %1").arg(l.error().toString()));
            lists << l.value();
        }
        cache = std::make_unique<senders::DnsblCache>();
        limiter = std::make_unique<senders::RateLimiter>(senders::DnsblSettings().maxQueriesPerSecond);
        dnsbl = std::make_unique<senders::DnsblChecker>(lists, *cache, *limiter);
    }
    // With a profile, each run is kept (table selfcheck_runs) and the output says what changed
    // since the last one: what a cron job or the window's scheduled re-check reports. Block list
    // answers are kept there too, so a cron job does not ask again within an answer's TTL.
    if (QFileInfo::exists(ctx.dbPath)) {
        auto opened = store::Database::open(ctx.dbPath);
        if (!opened)
            return fail(ctx, opened.error().toString());
        db = std::move(opened.value());
        if (cache)
            if (Status s = senders::loadSaved(*db, *cache, QDateTime::currentSecsSinceEpoch()); !s)
                ctx.err << "mailtide-cli selfcheck: " << QCoreApplication::translate("Cli", "warning: %1").arg(s.error().toString()) << Qt::endl;
    }

    int days = 180;
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 3660)
            return usage(QCoreApplication::translate("Cli", "--days %1 is not a number of days (1 to 3660)").arg(p.value(QStringLiteral("days"))));
        if (!p.isSet(QStringLiteral("account")))
            return usage(QCoreApplication::translate("Cli", "--days needs --account"));
    }
    if (p.isSet(QStringLiteral("account")) && p.value(QStringLiteral("account")).trimmed().isEmpty())
        return usage(QCoreApplication::translate("Cli", "--account needs an account name"));

    // The mailbox first: its selectors and outbound addresses join the DNS check.
    std::optional<selfcheck::MailboxFindings> mailbox;
    if (p.isSet(QStringLiteral("account"))) {
        auto scanned = scanAccount(ctx, p.value(QStringLiteral("account")), options.domain, days);
        if (!scanned)
            return fail(ctx, scanned.error().toString());
        mailbox = std::move(scanned.value());
    }

    selfcheck::SelfCheckRequest request;
    request.domain = options;
    request.mailbox = mailbox ? &*mailbox : nullptr;
    if (probeRelay)
        request.relay = relay;
    if (probeSubmission)
        request.submission = submission;
    request.dnsbl = dnsbl.get();
    auto run = selfcheck::runSelfCheck(request);
    if (!run)
        return fail(ctx, run.error().toString());
    const selfcheck::Report &report = run->report;
    const QStringList &transcripts = run->transcripts;

    // What changed since the profile's last run of this domain, then this run is kept.
    std::optional<selfcheck::StoredRun> previous;
    QList<selfcheck::FindingChange> changes;
    if (db && !p.isSet(QStringLiteral("no-save"))) {
        auto last = selfcheck::lastRun(*db, report.domain);
        if (!last)
            ctx.err << "mailtide-cli selfcheck: " << QCoreApplication::translate("Cli", "warning: %1").arg(last.error().toString()) << Qt::endl;
        else if (last->has_value()) {
            previous = **last;
            changes = selfcheck::changesBetween(previous->report, report);
        }
        if (Status s = selfcheck::saveRun(*db, report); !s)
            ctx.err << "mailtide-cli selfcheck: " << QCoreApplication::translate("Cli", "warning: %1").arg(s.error().toString()) << Qt::endl;
    }
    const auto changesJson = [&] {
        QJsonArray items;
        const QStringList lines = selfcheck::describeChanges(changes);
        static const char *const kinds[] = {"new", "gone", "worse", "better"};
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const selfcheck::FindingChange &c = changes.at(i);
            items.append(QJsonObject{{QStringLiteral("change"), QLatin1String(kinds[c.kind])},
                                     {QStringLiteral("id"), c.finding.id},
                                     {QStringLiteral("subject"), c.finding.subject},
                                     {QStringLiteral("severity"), selfcheck::severityName(c.finding.severity)},
                                     {QStringLiteral("before"), selfcheck::severityName(c.before)},
                                     {QStringLiteral("text"), lines.value(i)}});
        }
        return QJsonObject{{QStringLiteral("since"), QDateTime::fromSecsSinceEpoch(previous->checkedUtc, Qt::UTC).toString(Qt::ISODate)},
                           {QStringLiteral("items"), items}};
    };
    const auto changesText = [&]() -> QString {
        const QString since = QDateTime::fromSecsSinceEpoch(previous->checkedUtc, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        if (changes.isEmpty())
            return QCoreApplication::translate("Cli", "No change since the last check (%1).").arg(since) + QLatin1Char('\n');
        QString out = QCoreApplication::translate("Cli", "Changes since the last check (%1):").arg(since) + QLatin1Char('\n');
        for (const QString &line : selfcheck::describeChanges(changes))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        return out;
    };

    if (db) {
        // Fresh answers go to the profile as the listing "now"; cached ones are there already.
        QList<senders::DnsblResult> fresh;
        for (const senders::DnsblResult &r : run->dnsblResults)
            if (!r.fromCache)
                fresh << r;
        if (Status s = senders::saveResults(*db, fresh, store::DnsblKind::Now); !s)
            ctx.err << "mailtide-cli selfcheck: " << QCoreApplication::translate("Cli", "warning: %1").arg(s.error().toString()) << Qt::endl;
    }

    if (format == QLatin1String("json")) {
        QJsonObject o = QJsonDocument::fromJson(selfcheck::toJson(report)).object();
        if (mailbox)
            o.insert(QStringLiteral("mailbox"), QJsonDocument::fromJson(selfcheck::mailboxToJson(*mailbox)).object());
        if (previous)
            o.insert(QStringLiteral("changes"), changesJson());
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        if (previous)
            ctx.out << changesText() << QLatin1Char('\n');
        ctx.out << selfcheck::toText(report);
        if (mailbox)
            ctx.out << QLatin1Char('\n') << selfcheck::mailboxToText(*mailbox);
    }
    if (format != QLatin1String("json") && !transcripts.isEmpty())
        ctx.out << QLatin1Char('\n') << transcripts.join(QLatin1Char('\n')) << QLatin1Char('\n');
    ctx.out.flush();
    return report.worst() == selfcheck::Severity::Severe ? ExitSevere : ExitOk;
}

} // namespace mailtide::cli
