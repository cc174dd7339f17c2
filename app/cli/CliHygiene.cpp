#include "CliHygiene.h"
#include "CliUnsubscribe.h"

#include "hygiene/Applier.h"
#include "hygiene/Rules.h"
#include "imap/Account.h"
#include "store/HygieneStore.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace mailtide::cli {

namespace {

int failWith(Context &ctx, const QString &message, int code = ExitFailure)
{
    ctx.err << "mailtide-cli hygiene: " << message << Qt::endl;
    return code;
}

QString isoDate(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/** Connects with the account's password command (or keyring); says what to do when that fails. */
Status connectAccount(const store::ImapAccount &a, imap::Connection &c)
{
    auto e = imap::endpointFor(a);
    if (!e)
        return e.error();
    Status s = c.open(e.value());
    e->password.fill('\0');
    e->oauth2Token.fill('\0');
    return s;
}

std::optional<QString> accountNameOf(store::Store &store, qint64 accountId)
{
    auto all = store.accounts();
    if (all)
        for (const store::AccountInfo &a : all.value())
            if (a.id == accountId)
                return a.name;
    return std::nullopt;
}

/** Runs a logged action to its end, reconnecting after a lost line (it resumes where it stopped). */
int runAction(Context &ctx, store::Store &store, const store::ImapAccount &account, qint64 id, int batch, bool quiet)
{
    hygiene::Applier applier(store);
    applier.setBatchSize(batch);
    static std::atomic_bool never{false};
    applier.setCancelFlag(&never);
    const bool show = !quiet && isatty(STDERR_FILENO);
    applier.setProgress([&](const hygiene::ApplyProgress &p) {
        if (show)
            ctx.err << '\r' << QCoreApplication::translate("Cli", "%1 of %2 messages, batch %3 of %4").arg(p.done).arg(p.total).arg(p.batch).arg(p.batches)
                    << Qt::flush;
    });
    Result<hygiene::ApplyReport> report = Error{QCoreApplication::translate("Cli", "not run"), {}};
    qint64 commands = 0;
    int reconnects = 0;
    for (int attempt = 0; attempt <= 3; ++attempt) {
        imap::Connection c;
        if (Status s = connectAccount(account, c); !s) {
            report = s.error();
            break;
        }
        report = applier.run(c, id);
        if (report) {
            commands += report->commands;
            break;
        }
        if (c.isOpen())
            break;
        ++reconnects; // the line dropped: the log says where the action stopped
        ctx.err << (show ? QStringLiteral("\n") : QString()) << QCoreApplication::translate("Cli", "connection lost (%1); resuming").arg(report.error().toString())
                << Qt::endl;
    }
    if (show)
        ctx.err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!report)
        return failWith(ctx, QCoreApplication::translate("Cli", "action %1: %2").arg(id).arg(report.error().toString()));
    const hygiene::ApplyReport &r = report.value();
    ctx.out << QCoreApplication::translate("Cli", "action %1: %2 of %3 messages done (%4 now, %5 by an earlier run, %6 gone meanwhile) in %7 batches, "
                  "%8 IMAP commands, %9 s")
                   .arg(QString::number(id), QString::number(r.acted + r.resumed), QString::number(r.total),
                        QString::number(r.acted), QString::number(r.resumed), QString::number(r.gone),
                        QString::number(r.batches), QString::number(commands), QString::number(r.seconds, 'f', 3))
            << '\n';
    ctx.out << (r.usedMove ? QCoreApplication::translate("Cli", "method: UID MOVE") : QCoreApplication::translate("Cli", "method: UID COPY + \\Deleted + UID EXPUNGE of those UIDs, or UID STORE"));
    if (r.keptInTrash)
        ctx.out << QCoreApplication::translate("Cli", " (out of Trash by copy: the originals stay in Trash)");
    ctx.out << '\n';
    if (reconnects)
        ctx.out << QCoreApplication::translate("Cli", "resumed after %n lost connection(s)", nullptr, reconnects) << '\n';
    ctx.out << QCoreApplication::translate("Cli", "undo with: mailtide-cli hygiene undo %1").arg(id) << Qt::endl;
    return ExitOk;
}

int groups(Context &ctx, QCommandLineParser &p, store::Store &store)
{
    auto a = store.imapAccount(p.value(QStringLiteral("account")));
    if (!a)
        return failWith(ctx, a.error().toString());
    store::GroupFilter f;
    f.accountId = a->id;
    if (p.isSet(QStringLiteral("folder"))) {
        auto folders = store.imapFolders(a->id);
        if (!folders)
            return failWith(ctx, folders.error().toString());
        for (const auto &x : folders.value())
            if (x.name == p.value(QStringLiteral("folder")))
                f.folderId = x.id;
        if (!f.folderId)
            return failWith(ctx, QCoreApplication::translate("Cli", "no such folder: %1").arg(p.value(QStringLiteral("folder"))));
    }
    if (p.isSet(QStringLiteral("older-than")))
        f.receivedBefore = QDateTime::currentSecsSinceEpoch() - p.value(QStringLiteral("older-than")).toLongLong() * 86400;
    f.neverRead = p.isSet(QStringLiteral("never-read"));
    f.newslettersOnly = p.isSet(QStringLiteral("newsletters"));
    const auto by = store::groupByFromString(p.value(QStringLiteral("by")));
    if (!by)
        return failWith(ctx, QCoreApplication::translate("Cli", "--by is address, domain or list"), ExitUsage);
    const auto sort = p.value(QStringLiteral("sort")) == QLatin1String("size") ? store::GroupSort::Size : store::GroupSort::Count;
    store::HygieneStore hs(store.db());
    auto g = hs.groups(f, *by, sort, p.value(QStringLiteral("limit")).toInt());
    if (!g)
        return failWith(ctx, g.error().toString());
    const QString format = p.value(QStringLiteral("format"));
    const auto unsub = [](int u) { return u == 2 ? QStringLiteral("one-click") : u == 1 ? QStringLiteral("yes") : QStringLiteral("no"); };
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const store::SenderGroup &x : g.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), x.key);
            o.insert(QStringLiteral("count"), x.count);
            o.insert(QStringLiteral("total_size"), x.totalSize);
            o.insert(QStringLiteral("first"), isoDate(x.firstUtc));
            o.insert(QStringLiteral("last"), isoDate(x.lastUtc));
            o.insert(QStringLiteral("share_read"), x.shareRead());
            o.insert(QStringLiteral("spam"), x.spam);
            o.insert(QStringLiteral("ham"), x.ham);
            o.insert(QStringLiteral("unsure"), x.unsure);
            o.insert(QStringLiteral("unsubscribe"), unsub(x.unsubscribe));
            arr.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (format != QLatin1String("csv"))
        return failWith(ctx, QCoreApplication::translate("Cli", "--format is csv or json"), ExitUsage);
    ctx.out << "key,count,total_size,first,last,share_read,spam,ham,unsure,unsubscribe\n";
    for (const store::SenderGroup &x : g.value())
        ctx.out << csvField(x.key) << ',' << x.count << ',' << x.totalSize << ',' << isoDate(x.firstUtc) << ','
                << isoDate(x.lastUtc) << ',' << QString::number(x.shareRead(), 'f', 3) << ',' << x.spam << ',' << x.ham << ','
                << x.unsure << ',' << unsub(x.unsubscribe) << '\n';
    return ExitOk;
}

int plan(Context &ctx, QCommandLineParser &p, store::Store &store)
{
    hygiene::Criteria c;
    c.fromAddress = p.value(QStringLiteral("from"));
    c.domain = p.value(QStringLiteral("domain"));
    c.listId = p.value(QStringLiteral("list-id"));
    if (p.isSet(QStringLiteral("older-than")))
        c.olderThanDays = p.value(QStringLiteral("older-than")).toInt();
    const auto action = hygiene::actionFromString(p.value(QStringLiteral("action")));
    if (!action)
        return failWith(ctx, QCoreApplication::translate("Cli", "--action is junk, archive, trash or read"), ExitUsage);
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() || !p.isSet(QStringLiteral("folder")))
        return failWith(ctx, QCoreApplication::translate("Cli", "--folder F and --out PLAN.json are needed"), ExitUsage);
    auto pl = hygiene::makePlan(store, p.value(QStringLiteral("account")), p.value(QStringLiteral("folder")), c, *action,
                                QDateTime::currentSecsSinceEpoch());
    if (!pl)
        return failWith(ctx, pl.error().toString());
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(pl->toJson()) < 0)
        return failWith(ctx, QCoreApplication::translate("Cli", "cannot write %1: %2").arg(out, f.errorString()));
    ctx.out << QCoreApplication::translate("Cli", "%1 messages (%2 bytes) in %3 -> %4: %5").arg(pl->items.size()).arg(pl->totalSize())
                   .arg(pl->folder, pl->destFolder.isEmpty() ? QCoreApplication::translate("Cli", "mark read") : pl->destFolder, pl->criteria)
            << '\n'
            << QCoreApplication::translate("Cli", "plan written to %1 (the exact messages; apply with: mailtide-cli hygiene apply %1)").arg(out) << Qt::endl;
    return ExitOk;
}

int apply(Context &ctx, QCommandLineParser &p, store::Store &store)
{
    const int batch = p.value(QStringLiteral("batch")).toInt();
    if (p.isSet(QStringLiteral("resume"))) {
        hygiene::Applier applier(store);
        store::HygieneStore hs(store.db());
        auto act = hs.action(p.value(QStringLiteral("resume")).toLongLong());
        if (!act)
            return failWith(ctx, act.error().toString());
        auto name = accountNameOf(store, act->accountId);
        auto a = store.imapAccount(name.value_or(QString()));
        if (!a)
            return failWith(ctx, a.error().toString());
        return runAction(ctx, store, a.value(), act->id, batch, p.isSet(QStringLiteral("quiet")));
    }
    const QString file = p.positionalArguments().value(1);
    if (file.isEmpty())
        return failWith(ctx, QCoreApplication::translate("Cli", "apply needs PLAN.json (or --resume ACTION-ID)"), ExitUsage);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return failWith(ctx, QCoreApplication::translate("Cli", "cannot read %1: %2").arg(file, f.errorString()));
    auto pl = hygiene::Plan::fromJson(f.read(64 << 20));
    if (!pl)
        return failWith(ctx, pl.error().toString());
    auto a = store.imapAccount(pl->account);
    if (!a)
        return failWith(ctx, a.error().toString());
    hygiene::Applier applier(store);
    applier.setBatchSize(batch);
    if (p.isSet(QStringLiteral("dry-run"))) {
        imap::Connection c;
        if (Status s = connectAccount(a.value(), c); !s)
            return failWith(ctx, s.error().toString());
        auto r = applier.check(c, pl.value());
        if (!r)
            return failWith(ctx, r.error().toString());
        if (!r->validityMatches)
            return failWith(ctx, QCoreApplication::translate("Cli", "refused: %1 has another UIDVALIDITY now (%2, planned %3); make a new plan")
                                     .arg(pl->folder).arg(r->serverValidity).arg(pl->uidValidity));
        if (!r->missing.isEmpty())
            return failWith(ctx, QCoreApplication::translate("Cli", "refused: %1 of the planned messages are no longer in %2; make a new plan")
                                     .arg(r->missing.size()).arg(pl->folder));
        ctx.out << QCoreApplication::translate("Cli", "dry run: would %1 %2 messages of %3%4, in %5 batches of at most %6; nothing was changed")
                       .arg(hygiene::toString(pl->action)).arg(pl->items.size()).arg(pl->folder)
                       .arg(pl->destFolder.isEmpty() ? QString() : QStringLiteral(" -> ") + pl->destFolder)
                       .arg((pl->items.size() + batch - 1) / qMax(1, batch)).arg(batch)
                << Qt::endl;
        for (const hygiene::PlanItem &i : pl->items)
            ctx.out << i.uid << '\t' << isoDate(i.receivedUtc) << '\t' << i.from << '\t' << i.subject << '\n';
        ctx.out << Qt::flush;
        return ExitOk;
    }
    if (pl->items.isEmpty()) {
        ctx.out << QCoreApplication::translate("Cli", "the plan lists no message: nothing to do") << Qt::endl;
        return ExitOk;
    }
    auto id = applier.record(pl.value());
    if (!id)
        return failWith(ctx, id.error().toString());
    return runAction(ctx, store, a.value(), id.value(), batch, p.isSet(QStringLiteral("quiet")));
}

int showLog(Context &ctx, QCommandLineParser &p, store::Store &store)
{
    qint64 accountId = 0;
    if (p.isSet(QStringLiteral("account"))) {
        auto a = store.imapAccount(p.value(QStringLiteral("account")));
        if (!a)
            return failWith(ctx, a.error().toString());
        accountId = a->id;
    }
    store::HygieneStore hs(store.db());
    auto list = hs.actions(accountId, p.value(QStringLiteral("limit")).toInt());
    if (!list)
        return failWith(ctx, list.error().toString());
    QHash<qint64, QString> names;
    if (auto f = store.folders(0))
        for (const auto &x : f.value())
            names.insert(x.id, x.name);
    const bool json = p.value(QStringLiteral("format")) == QLatin1String("json");
    QJsonArray arr;
    if (!json)
        ctx.out << "id\twhen\taction\tstate\tdone\tfrom\tto\tdescription\n";
    for (const store::HygieneAction &x : list.value()) {
        QString note = x.description;
        if (x.undoneBy)
            note += QCoreApplication::translate("Cli", " [undone by %1]").arg(x.undoneBy);
        if (!x.error.isEmpty())
            note += QStringLiteral(" [") + x.error + QLatin1Char(']');
        if (json) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), x.id);
            o.insert(QStringLiteral("created"), isoDate(x.createdUtc));
            o.insert(QStringLiteral("kind"), x.kind);
            o.insert(QStringLiteral("state"), x.state);
            o.insert(QStringLiteral("messages"), x.items);
            o.insert(QStringLiteral("done"), x.itemsDone);
            o.insert(QStringLiteral("from"), names.value(x.sourceFolderId));
            o.insert(QStringLiteral("to"), names.value(x.destFolderId));
            o.insert(QStringLiteral("description"), x.description);
            o.insert(QStringLiteral("undo_of"), x.undoOf);
            o.insert(QStringLiteral("undone_by"), x.undoneBy);
            o.insert(QStringLiteral("error"), x.error);
            arr.append(o);
        } else {
            ctx.out << x.id << '\t' << isoDate(x.createdUtc) << '\t' << x.kind << '\t' << x.state << '\t' << x.itemsDone << '/'
                    << x.items << '\t' << names.value(x.sourceFolderId) << '\t' << names.value(x.destFolderId) << '\t' << note
                    << '\n';
        }
    }
    if (json)
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
    ctx.out << Qt::flush;
    return ExitOk;
}

int undo(Context &ctx, QCommandLineParser &p, store::Store &store)
{
    store::HygieneStore hs(store.db());
    qint64 id = 0;
    if (p.isSet(QStringLiteral("last"))) {
        auto list = hs.actions(0, 1000);
        if (!list)
            return failWith(ctx, list.error().toString());
        for (const store::HygieneAction &x : list.value())
            if (!x.undoOf && !x.undoneBy && x.itemsDone > 0) {
                id = x.id;
                break;
            }
        if (!id)
            return failWith(ctx, QCoreApplication::translate("Cli", "no action to undo"));
    } else {
        bool ok = false;
        id = p.positionalArguments().value(1).toLongLong(&ok);
        if (!ok)
            return failWith(ctx, QCoreApplication::translate("Cli", "undo needs ACTION-ID or --last"), ExitUsage);
    }
    auto act = hs.action(id);
    if (!act)
        return failWith(ctx, act.error().toString());
    auto a = store.imapAccount(accountNameOf(store, act->accountId).value_or(QString()));
    if (!a)
        return failWith(ctx, a.error().toString());
    hygiene::Applier applier(store);
    auto undoId = applier.recordUndo(id);
    if (!undoId)
        return failWith(ctx, undoId.error().toString());
    ctx.out << QCoreApplication::translate("Cli", "undoing action %1 as action %2").arg(id).arg(undoId.value()) << '\n';
    return runAction(ctx, store, a.value(), undoId.value(), p.value(QStringLiteral("batch")).toInt(), p.isSet(QStringLiteral("quiet")));
}

int rules(Context &ctx, QCommandLineParser &p, store::Store &store)
{
    const QString verb = p.positionalArguments().value(1, QStringLiteral("list"));
    store::HygieneStore hs(store.db());
    qint64 accountId = 0;
    if (p.isSet(QStringLiteral("account"))) {
        auto a = store.imapAccount(p.value(QStringLiteral("account")));
        if (!a)
            return failWith(ctx, a.error().toString());
        accountId = a->id;
    }
    const auto fill = [&](store::HygieneRule &r) {
        if (p.isSet(QStringLiteral("from")))
            r.matchKind = QStringLiteral("address"), r.matchValue = p.value(QStringLiteral("from"));
        if (p.isSet(QStringLiteral("domain")))
            r.matchKind = QStringLiteral("domain"), r.matchValue = p.value(QStringLiteral("domain"));
        if (p.isSet(QStringLiteral("list-id")))
            r.matchKind = QStringLiteral("list"), r.matchValue = p.value(QStringLiteral("list-id"));
        if (p.isSet(QStringLiteral("action")))
            r.action = p.value(QStringLiteral("action"));
        if (p.isSet(QStringLiteral("disable")))
            r.enabled = false;
        if (p.isSet(QStringLiteral("enable")))
            r.enabled = true;
    };
    if (verb == QLatin1String("list")) {
        auto list = hs.rules(accountId);
        if (!list)
            return failWith(ctx, list.error().toString());
        ctx.out << "id\tenabled\tmatch\tvalue\taction\tlast_sync\ttotal\n";
        for (const store::HygieneRule &r : list.value())
            ctx.out << r.id << '\t' << (r.enabled ? "yes" : "no") << '\t' << r.matchKind << '\t' << r.matchValue << '\t'
                    << r.action << '\t' << r.lastCount << '\t' << r.totalCount << '\n';
        ctx.out << Qt::flush;
        return ExitOk;
    }
    if (verb == QLatin1String("add")) {
        if (!accountId)
            return failWith(ctx, QCoreApplication::translate("Cli", "rules add needs --account"), ExitUsage);
        store::HygieneRule r;
        r.accountId = accountId;
        r.action = QStringLiteral("archive");
        fill(r);
        if (Status s = hygiene::validateRule(r); !s)
            return failWith(ctx, s.error().toString(), ExitUsage);
        auto id = hs.addRule(r);
        if (!id)
            return failWith(ctx, id.error().toString());
        ctx.out << QCoreApplication::translate("Cli", "rule %1 added: %2 %3 -> %4 (runs after each sync)").arg(id.value()).arg(r.matchKind, r.matchValue, r.action)
                << Qt::endl;
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = p.positionalArguments().value(2).toLongLong(&ok);
    if (!ok)
        return failWith(ctx, QCoreApplication::translate("Cli", "rules %1 needs a rule ID").arg(verb), ExitUsage);
    if (verb == QLatin1String("remove")) {
        if (Status s = hs.removeRule(id); !s)
            return failWith(ctx, s.error().toString());
        ctx.out << QCoreApplication::translate("Cli", "rule %1 removed").arg(id) << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("edit")) {
        auto list = hs.rules(0);
        if (!list)
            return failWith(ctx, list.error().toString());
        for (store::HygieneRule r : list.value()) {
            if (r.id != id)
                continue;
            fill(r);
            if (Status s = hygiene::validateRule(r); !s)
                return failWith(ctx, s.error().toString(), ExitUsage);
            if (Status s = hs.updateRule(r); !s)
                return failWith(ctx, s.error().toString());
            ctx.out << QCoreApplication::translate("Cli", "rule %1: %2 %3 -> %4, %5").arg(id).arg(r.matchKind, r.matchValue, r.action,
                                                              r.enabled ? QCoreApplication::translate("Cli", "enabled") : QCoreApplication::translate("Cli", "disabled"))
                    << Qt::endl;
            return ExitOk;
        }
        return failWith(ctx, QCoreApplication::translate("Cli", "no rule %1").arg(id));
    }
    return failWith(ctx, QCoreApplication::translate("Cli", "rules: list, add, edit ID or remove ID"), ExitUsage);
}

} // namespace

bool runRulesAfterSync(Context &ctx, store::Store &store, imap::Connection &c, const QString &account)
{
    auto r = hygiene::applyRules(store, c, account, QDateTime::currentSecsSinceEpoch());
    if (!r) {
        ctx.err << "mailtide-cli sync: " << QCoreApplication::translate("Cli", "rules: %1").arg(r.error().toString()) << Qt::endl;
        return false;
    }
    bool ok = true;
    for (const hygiene::RuleOutcome &o : r.value()) {
        ctx.out << QCoreApplication::translate("Cli", "rule %1 (%2 %3 -> %4): %5 moved").arg(o.rule.id).arg(o.rule.matchKind, o.rule.matchValue, o.rule.action)
                       .arg(o.moved);
        if (!o.error.isEmpty()) {
            ctx.out << " — " << o.error;
            ok = false;
        }
        ctx.out << '\n';
    }
    ctx.out << Qt::flush;
    return ok;
}

int cmdHygiene(Context &ctx, const QStringList &args)
{
    // `hygiene unsubscribe ...` is the `unsubscribe` command, with its own options.
    if (args.size() >= 2 && args.at(1) == QLatin1String("unsubscribe"))
        return cmdUnsubscribe(ctx, args.mid(1));
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli",
        "Inbox hygiene: mail grouped by sender, domain and list; bulk actions with an exact preview and undo.\n"
        "  hygiene groups --account A [--folder F] [--by address|domain|list] [--sort count|size]\n"
        "                 [--older-than DAYS] [--never-read] [--newsletters] --format csv|json\n"
        "  hygiene plan --account A --folder F (--from ADDRESS | --domain D | --list-id ID) [--older-than DAYS]\n"
        "               --action junk|archive|trash|read --out PLAN.json   (prints the count, writes the exact list)\n"
        "  hygiene apply PLAN.json [--dry-run] [--batch N]   (or --resume ACTION-ID)\n"
        "  hygiene log [--account A] [--format text|json]\n"
        "  hygiene undo (ACTION-ID | --last)\n"
        "  hygiene rules list|add|edit ID|remove ID [--account A] [--from|--domain|--list-id V] [--action A]\n"
        "                [--enable|--disable]   (rules run on the inbox after each sync)\n"
        "  hygiene unsubscribe MESSAGE.eml ...   (the unsubscribe command: see hygiene unsubscribe --help)\n"
        "  hygiene still-mailing [--account A] [--days N] --format csv|json\n"
        "                (senders still mailing N days (default 2) after an unsubscribe, with the rule to add)\n"
        "A plan is refused when its folder changed on the server (another UIDVALIDITY, or a planned message gone).\n"
        "Nothing is ever expunged from Trash."));
    const auto opt = [&](const char *name, const char *help, const char *value = nullptr, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("Cli", help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        p.addOption(o);
    };
    opt("account", QT_TRANSLATE_NOOP("Cli", "The account."), "NAME");
    opt("folder", QT_TRANSLATE_NOOP("Cli", "The folder ('/' separates levels)."), "FOLDER");
    opt("by", QT_TRANSLATE_NOOP("Cli", "Group by address, domain or list."), "BY", "address");
    opt("sort", QT_TRANSLATE_NOOP("Cli", "Sort groups by count or size."), "KEY", "count");
    opt("older-than", QT_TRANSLATE_NOOP("Cli", "Only messages received more than DAYS days ago."), "DAYS");
    opt("never-read", QT_TRANSLATE_NOOP("Cli", "Only messages never read."));
    opt("newsletters", QT_TRANSLATE_NOOP("Cli", "Only messages from lists (List-Id or List-Unsubscribe)."));
    opt("limit", QT_TRANSLATE_NOOP("Cli", "At most N rows."), "N", "1000");
    opt("format", QT_TRANSLATE_NOOP("Cli", "csv or json (groups); text or json (log)."), "FORMAT", "csv");
    opt("from", QT_TRANSLATE_NOOP("Cli", "Messages from this address."), "ADDRESS");
    opt("domain", QT_TRANSLATE_NOOP("Cli", "Messages from this registrable domain."), "DOMAIN");
    opt("list-id", QT_TRANSLATE_NOOP("Cli", "Messages of this mailing list (List-Id)."), "ID");
    opt("action", QT_TRANSLATE_NOOP("Cli", "junk, archive (the default), trash or read."), "ACTION", "archive");
    opt("out", QT_TRANSLATE_NOOP("Cli", "Where to write the plan."), "PLAN.json");
    opt("dry-run", QT_TRANSLATE_NOOP("Cli", "Check the plan against the server and list its messages; change nothing."));
    opt("batch", QT_TRANSLATE_NOOP("Cli", "Messages per IMAP command."), "N", "500");
    opt("resume", QT_TRANSLATE_NOOP("Cli", "Resume an interrupted action from the log."), "ACTION-ID");
    opt("last", QT_TRANSLATE_NOOP("Cli", "Undo the last action that can be undone."));
    opt("enable", QT_TRANSLATE_NOOP("Cli", "Turn the rule on."));
    opt("disable", QT_TRANSLATE_NOOP("Cli", "Turn the rule off."));
    opt("quiet", QT_TRANSLATE_NOOP("Cli", "No progress."));
    opt("days", QT_TRANSLATE_NOOP("Cli", "still-mailing: days a sender gets after an unsubscribe (default 2)."), "N");
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), QCoreApplication::translate("Cli", "groups, plan, apply, log, undo, rules, unsubscribe or still-mailing"));
    p.addHelpOption();
    if (!p.parse(args))
        return failWith(ctx, p.errorText(), ExitUsage);
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    const QString sub = p.positionalArguments().value(0);
    const QStringList needAccount{QStringLiteral("groups"), QStringLiteral("plan")};
    if (needAccount.contains(sub) && !p.isSet(QStringLiteral("account")))
        return failWith(ctx, QCoreApplication::translate("Cli", "%1 needs --account").arg(sub), ExitUsage);
    if (!QFileInfo::exists(ctx.dbPath))
        return failWith(ctx, QCoreApplication::translate("Cli", "no database at %1 (sync an account first)").arg(ctx.dbPath));
    auto st = store::Store::open(ctx.dbPath);
    if (!st)
        return failWith(ctx, st.error().toString());
    store::Store &store = *st.value();
    if (sub == QLatin1String("groups"))
        return groups(ctx, p, store);
    if (sub == QLatin1String("plan"))
        return plan(ctx, p, store);
    if (sub == QLatin1String("apply"))
        return apply(ctx, p, store);
    if (sub == QLatin1String("log"))
        return showLog(ctx, p, store);
    if (sub == QLatin1String("undo"))
        return undo(ctx, p, store);
    if (sub == QLatin1String("rules"))
        return rules(ctx, p, store);
    if (sub == QLatin1String("still-mailing"))
        return stillMailing(ctx, p, store);
    return failWith(ctx, QCoreApplication::translate("Cli", "unknown subcommand '%1': groups, plan, apply, log, undo, rules, unsubscribe or still-mailing").arg(sub), ExitUsage);
}

} // namespace mailtide::cli
