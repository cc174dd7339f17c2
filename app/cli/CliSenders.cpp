#include "CliSenders.h"

#include "senders/Aggregate.h"
#include "senders/ArrivalDnsbl.h"
#include "senders/DnsblJob.h"
#include "senders/Rescan.h"
#include "store/SenderReader.h"
#include "store/Store.h"
#include "trends/Table.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QSettings>

#include <csignal>

namespace mailtide::cli {

namespace {

std::atomic_bool g_sendersInterrupted{false};

void onSendersSigint(int)
{
    g_sendersInterrupted = true;
}


int failed(Context &ctx, const QString &message)
{
    ctx.err << "mailtide-cli senders: " << message << Qt::endl;
    return ExitFailure;
}

} // namespace

qint64 arrivalMark(store::Database &db)
{
    auto id = senders::lastMessageId(db);
    return id ? id.value() : 0;
}

void finishArrivalLookUps(Context &ctx, const QString &command, qint64 mark)
{
    const senders::DnsblSettings settings = senders::DnsblSettings::load(QSettings());
    if (!senders::scheduleArrivalLookUps(ctx.dbPath, mark, settings))
        return;
    if (!senders::waitForArrivalLookUps(10 * 60 * 1000))
        ctx.err << "mailtide-cli " << command << ": "
                << QCoreApplication::translate("Cli", "warning: block list look-ups of the new messages' origin IPs did not finish in 10 minutes") << Qt::endl;
}

int cmdSenders(Context &ctx, const QStringList &args)
{
    const QString name = QStringLiteral("senders");
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Who really writes to you: messages grouped by sender address, registrable domain or "
                                   "origin network (/24), with spam share, authentication failures at your own server "
                                   "(SPF, DKIM, DMARC), sender evidence (forged or look-alike senders, botnet origins) and "
                                   "a suspicion score with its reasons; or botnet campaigns (--by campaign: one "
                                   "subject/body sent from many IPs). Prints CSV with the filters in '#' lines, or JSON. "
                                   "Never contacts anyone."));
    p.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "address, domain (default), ip or campaign."), QCoreApplication::translate("Cli", "WHAT")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("Cli", "Print at most N rows (default 50; 0: all)."), QCoreApplication::translate("Cli", "N")});
    p.addOption({QStringLiteral("verdict"), QCoreApplication::translate("Cli", "Count only spam, ham, unsure, or all (default: all)."), QCoreApplication::translate("Cli", "VERDICT")});
    p.addOption({QStringLiteral("account"), QCoreApplication::translate("Cli", "Only this account."), QCoreApplication::translate("Cli", "NAME")});
    p.addOption({QStringLiteral("folder"), QCoreApplication::translate("Cli", "Only folders with this name."), QCoreApplication::translate("Cli", "FOLDER")});
    p.addOption({QStringLiteral("from"), QCoreApplication::translate("Cli", "First day counted (YYYY-MM-DD, in the time zone)."), QCoreApplication::translate("Cli", "DATE")});
    p.addOption({QStringLiteral("to"), QCoreApplication::translate("Cli", "Last day counted (YYYY-MM-DD, included)."), QCoreApplication::translate("Cli", "DATE")});
    p.addOption({QStringLiteral("tz"), QCoreApplication::translate("Cli", "Time zone (IANA name such as Europe/Paris, or UTC; default: the system's)."), QCoreApplication::translate("Cli", "ZONE")});
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "csv (default) or json."), QCoreApplication::translate("Cli", "FORMAT")});
    p.addOption({QStringLiteral("min-ips"), QCoreApplication::translate("Cli", "--by campaign: campaigns sent from at least N origin IPs (default 3)."), QCoreApplication::translate("Cli", "N")});
    p.addOption({QStringLiteral("rescan"), QCoreApplication::translate("Cli", "First compute the evidence of stored local messages that have none (mail "
                                              "imported before this version), reading them again from their files.")});
    p.addOption({QStringLiteral("dnsbl"),
                 QCoreApplication::translate("Cli", "Look the origin IPs of the groups shown up on DNS block lists now (answers are kept for their TTL). "
                    "This tells the lists' operators which addresses mailed you. Listings found at arrival (when the "
                    "setting dnsbl/enabled is on) are shown without it.")});
    p.addOption({QStringLiteral("dnsbl-list"),
                 QCoreApplication::translate("Cli", "A block list for --dnsbl: an id (spamhaus-zen, spamcop, ...), ID@ZONE, or zone:ZONE (repeatable; "
                    "default: the lists of the settings)."),
                 QCoreApplication::translate("Cli", "LIST")});
    p.addOption({QStringLiteral("set-authserv-id"),
                 QCoreApplication::translate("Cli", "Trust the Authentication-Results written by this server id for --account (empty: learn it from the "
                    "mail again), then report."),
                 QCoreApplication::translate("Cli", "ID")});
    p.addHelpOption();
    if (!p.parse(args)) {
        ctx.err << "mailtide-cli senders: " << p.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    auto usage = [&](const QString &message) {
        ctx.err << "mailtide-cli senders: " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected argument: %1").arg(p.positionalArguments().first()));
    const QString by = p.isSet(QStringLiteral("by")) ? p.value(QStringLiteral("by")) : QStringLiteral("domain");
    const bool campaigns = by == QLatin1String("campaign");
    auto group = senders::parseGroupBy(by);
    if (!campaigns && !group)
        return usage(QCoreApplication::translate("Cli", "unknown --by %1 (address, domain, ip or campaign)").arg(by));
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(QCoreApplication::translate("Cli", "unknown --format %1 (csv or json)").arg(format));
    int limit = 50;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return usage(QCoreApplication::translate("Cli", "--limit needs a number, 0 or more"));
    }
    int minIps = 3;
    if (p.isSet(QStringLiteral("min-ips"))) {
        bool ok = false;
        minIps = p.value(QStringLiteral("min-ips")).toInt(&ok);
        if (!ok || minIps < 1)
            return usage(QCoreApplication::translate("Cli", "--min-ips needs a number, 1 or more"));
    }

    trends::Filter f;
    f.account = p.value(QStringLiteral("account"));
    f.folder = p.value(QStringLiteral("folder"));
    if (p.isSet(QStringLiteral("tz"))) {
        auto z = trends::parseZone(p.value(QStringLiteral("tz")));
        if (!z)
            return usage(z.error().toString());
        f.zone = z.value();
    }
    for (const QString &opt : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(opt))
            continue;
        auto d = trends::parseDate(p.value(opt));
        if (!d)
            return usage(QStringLiteral("--%1: ").arg(opt) + d.error().toString());
        (opt == QLatin1String("from") ? f.from : f.to) = d.value();
    }
    if (p.isSet(QStringLiteral("verdict"))) {
        auto v = trends::parseVerdict(p.value(QStringLiteral("verdict")));
        if (!v)
            return usage(v.error().toString());
        f.verdict = v.value();
    }
    if (Status s = trends::validate(f); !s)
        return usage(s.error().toString());
    if (p.isSet(QStringLiteral("dnsbl-list")) && !p.isSet(QStringLiteral("dnsbl")))
        return usage(QCoreApplication::translate("Cli", "--dnsbl-list needs --dnsbl"));
    if (p.isSet(QStringLiteral("dnsbl")) && campaigns)
        return usage(QCoreApplication::translate("Cli", "--dnsbl works with --by address, domain or ip"));
    QList<senders::DnsblList> lists;
    if (p.isSet(QStringLiteral("dnsbl"))) {
        const QStringList ids = p.isSet(QStringLiteral("dnsbl-list")) ? p.values(QStringLiteral("dnsbl-list"))
                                                                       : senders::DnsblSettings::load(QSettings()).listIds;
        for (const QString &id : ids) {
            auto l = senders::listFor(id);
            if (!l)
                return usage(QStringLiteral("--dnsbl-list: ") + l.error().toString());
            lists << l.value();
        }
        if (lists.isEmpty())
            return usage(QCoreApplication::translate("Cli", "--dnsbl: no block list chosen"));
    }
    if (p.isSet(QStringLiteral("set-authserv-id")) && f.account.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--set-authserv-id needs --account NAME"));

    if (!QFileInfo::exists(ctx.dbPath))
        return failed(ctx, QCoreApplication::translate("Cli", "no database at %1 (import or sync some mail first)").arg(ctx.dbPath));
    auto st = store::Store::open(ctx.dbPath);
    if (!st)
        return failed(ctx, st.error().toString());
    store::Database &db = st.value()->db();
    std::signal(SIGINT, onSendersSigint);
    const std::atomic_bool *cancel = &g_sendersInterrupted;

    if (p.isSet(QStringLiteral("set-authserv-id"))) {
        if (Status s = store::SenderReader(db).setAuthservId(f.account, p.value(QStringLiteral("set-authserv-id"))); !s)
            return failed(ctx, s.error().toString());
    }
    if (p.isSet(QStringLiteral("rescan"))) {
        qint64 accountId = 0;
        if (!f.account.isEmpty()) {
            auto accounts = st.value()->accounts();
            if (!accounts)
                return failed(ctx, accounts.error().toString());
            for (const auto &a : accounts.value())
                if (a.name == f.account)
                    accountId = a.id;
            if (!accountId)
                return failed(ctx, QCoreApplication::translate("Cli", "no such account: %1").arg(f.account));
        }
        auto r = senders::rescanEvidence(db, accountId, false, cancel);
        if (!r)
            return failed(ctx, r.error().toString());
        ctx.err << QCoreApplication::translate("Cli", "re-scanned %1 messages (%2 could not be read again)").arg(r->scanned).arg(r->unreadable) << Qt::endl;
        if (r->cancelled)
            return failed(ctx, QCoreApplication::translate("Cli", "interrupted"));
    }

    Result<trends::Table> table = Error{};
    if (campaigns) {
        auto c = senders::botnetCampaigns(db, f, minIps, cancel);
        table = c ? Result<trends::Table>(senders::tableOf(c.value(), f, limit == 0 ? -1 : limit)) : c.error();
    } else {
        auto g = senders::aggregateSenders(db, f, group.value(), cancel);
        if (g && !lists.isEmpty()) {
            // "Now" for the groups shown: their origin IPs, through the saved answers and the rate
            // limit; then the report again, with the answers in it.
            senders::DnsblCache cache;
            senders::RateLimiter limiter(senders::DnsblSettings::load(QSettings()).maxQueriesPerSecond);
            if (Status s = senders::loadSaved(db, cache, QDateTime::currentSecsSinceEpoch()); !s)
                ctx.err << "mailtide-cli senders: " << QCoreApplication::translate("Cli", "warning: %1").arg(s.error().toString()) << Qt::endl;
            senders::DnsblChecker checker(lists, cache, limiter);
            QList<senders::DnsblResult> results;
            QSet<QString> asked;
            for (qsizetype i = 0; i < g->size() && (limit == 0 || i < limit); ++i)
                for (const QString &ip : g->at(i).originIps) {
                    if (cancel->load() || asked.contains(ip))
                        continue;
                    asked.insert(ip);
                    if (QHostAddress a; a.setAddress(ip))
                        results += checker.check(a);
                }
            int errors = 0;
            for (const senders::DnsblResult &r : results)
                errors += r.state == senders::DnsblState::Error ? 1 : 0;
            if (errors > 0)
                ctx.err << "mailtide-cli senders: " << QCoreApplication::translate("Cli", "warning: %1 block list look-ups failed").arg(errors) << Qt::endl;
            if (Status s = senders::saveResults(db, results, store::DnsblKind::Now); !s)
                return failed(ctx, s.error().toString());
            g = senders::aggregateSenders(db, f, group.value(), cancel);
        }
        table = g ? Result<trends::Table>(senders::tableOf(g.value(), group.value(), f, limit == 0 ? -1 : limit)) : g.error();
    }
    if (!table)
        return failed(ctx, table.error().toString());
    const QByteArray bytes = format == QLatin1String("json") ? trends::toJson(table.value(), f) : trends::toCsv(table.value(), f);
    ctx.out << QString::fromUtf8(bytes);
    ctx.out.flush();
    return ExitOk;
}

} // namespace mailtide::cli
