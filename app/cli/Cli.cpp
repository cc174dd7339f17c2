#include "Cli.h"

#include "localmail/LocalImporter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <csignal>
#include <unistd.h>
#include <cstdio>

namespace mailtide::cli {

namespace {


std::atomic_bool g_interrupted{false};

void onSigint(int)
{
    g_interrupted = true; // the import stops after its current message and keeps what it stored
}

/** Parses a command's options; prints help or a usage error. Returns -1 to go on, else the exit. */
int parse(QCommandLineParser &p, const QStringList &args, Context &ctx)
{
    p.addHelpOption();
    if (!p.parse(args)) {
        ctx.err << "mailtide-cli " << args.value(0) << ": " << p.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    return -1;
}

Result<std::unique_ptr<store::Store>> openStore(Context &ctx)
{
    return store::Store::open(ctx.dbPath);
}

int fail(Context &ctx, const QString &command, const QString &message)
{
    ctx.err << "mailtide-cli " << command << ": " << message << Qt::endl;
    return ExitFailure;
}

// --- import ----------------------------------------------------------------------------------

int cmdImport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("Cli", "Imports local mail (mbox, Maildir, a folder of .eml files or single .eml files) into a "
           "read-only account. Importing the same mail again adds nothing."));
    p.addOption({QStringLiteral("account"), QCoreApplication::translate("Cli", "The account to import into (created if missing)."),
                 QCoreApplication::translate("Cli", "NAME")});
    p.addOption({QStringLiteral("files-from"), QCoreApplication::translate("Cli", "Read more paths from FILE, one per line (- for stdin)."),
                 QCoreApplication::translate("Cli", "FILE")});
    p.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Print no progress.")});
    p.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("Cli", "mbox file, Maildir, .eml file or folder."),
                            QStringLiteral("PATH..."));
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    const QString account = p.value(QStringLiteral("account"));
    if (account.trimmed().isEmpty())
        return ctx.err << "mailtide-cli import: " << QCoreApplication::translate("Cli", "--account NAME is required") << Qt::endl, ExitUsage;
    QStringList paths = p.positionalArguments();
    if (p.isSet(QStringLiteral("files-from"))) {
        const QString list = p.value(QStringLiteral("files-from"));
        QFile f;
        bool opened = list == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                 : (f.setFileName(list), f.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(ctx, QStringLiteral("import"), QCoreApplication::translate("Cli", "cannot read %1: %2").arg(list, f.errorString()));
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (!line.isEmpty())
                paths << line;
        }
    }
    if (paths.isEmpty())
        return ctx.err << "mailtide-cli import: " << QCoreApplication::translate("Cli", "no PATH given") << Qt::endl, ExitUsage;

    auto st = openStore(ctx);
    if (!st)
        return fail(ctx, QStringLiteral("import"), st.error().toString());
    localmail::LocalImporter importer(*st.value());
    importer.setCancelFlag(&g_interrupted);
    std::signal(SIGINT, onSigint);
    // Progress goes to a terminal only: a cron job's log gets the summary line, not \r noise.
    const bool quiet = p.isSet(QStringLiteral("quiet")) || !isatty(STDERR_FILENO);
    bool progressShown = false;
    importer.setProgress([&](const localmail::ImportProgress &pr) {
        if (quiet)
            return;
        progressShown = true;
        const int pct = pr.bytesTotal > 0 ? int(100 * pr.bytesDone / pr.bytesTotal) : 0;
        ctx.err << '\r' << QCoreApplication::translate("Cli", "importing: %1% — %2 read, %3 new").arg(pct).arg(pr.seen).arg(pr.added) << Qt::flush;
    });
    auto report = importer.import(account, paths);
    if (progressShown)
        ctx.err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!report)
        return fail(ctx, QStringLiteral("import"), report.error().toString());
    const auto &r = report.value();
    for (const QString &w : r.warnings)
        ctx.err << "mailtide-cli import: " << QCoreApplication::translate("Cli", "warning: %1").arg(w) << Qt::endl;
    ctx.out << QCoreApplication::translate("Cli", "%1: %2 messages read, %3 added, %4 already there, in %5 s (%6 messages/s)%7")
                   .arg(account)
                   .arg(r.seen)
                   .arg(r.added)
                   .arg(r.duplicates)
                   .arg(r.seconds, 0, 'f', 2)
                   .arg(r.seconds > 0 ? qint64(double(r.seen) / r.seconds) : 0)
                   .arg(r.cancelled ? QCoreApplication::translate("Cli", " — interrupted") : QString())
            << Qt::endl;
    return r.cancelled ? ExitFailure : ExitOk;
}

// --- list ------------------------------------------------------------------------------------

int cmdList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Lists the accounts and their folders, with message and spam counts."));
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return ctx.err << "mailtide-cli list: " << QCoreApplication::translate("Cli", "unexpected argument: %1").arg(p.positionalArguments().first())
                       << Qt::endl,
               ExitUsage;
    auto st = openStore(ctx);
    if (!st)
        return fail(ctx, QStringLiteral("list"), st.error().toString());
    auto accounts = st.value()->accounts();
    auto folders = st.value()->folders();
    if (!accounts)
        return fail(ctx, QStringLiteral("list"), accounts.error().toString());
    if (!folders)
        return fail(ctx, QStringLiteral("list"), folders.error().toString());
    // Tab-separated, one line per account then one per folder: easy for people and for cut/awk.
    ctx.out << "account\tfolder\tmessages\tspam\n";
    for (const auto &a : accounts.value()) {
        qint64 spam = 0;
        for (const auto &f : folders.value())
            if (f.accountId == a.id)
                spam += f.spamCount;
        ctx.out << a.name << "\t\t" << a.messageCount << '\t' << spam << '\n';
        for (const auto &f : folders.value())
            if (f.accountId == a.id)
                ctx.out << a.name << '\t' << f.name << '\t' << f.messageCount << '\t' << f.spamCount << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

const QVector<Command> &commands()
{
    static const QVector<Command> table = {
        {"import", QT_TRANSLATE_NOOP("Cli", "Import local mail (mbox, Maildir, .eml) into an account"), cmdImport},
        {"list", QT_TRANSLATE_NOOP("Cli", "List accounts and folders with counts"), cmdList},
    };
    return table;
}

QString globalHelp()
{
    QString h = QCoreApplication::translate("Cli", "Usage: mailtide-cli [--db FILE] COMMAND [OPTIONS]\n\n"
                   "Mailtide's command line: mailbox hygiene and spam analysis, on your own machine.\n\n"
                   "Options:\n"
                   "  --db FILE      the profile database (default: %1)\n"
                   "  -h, --help     this help; COMMAND --help tells about one command\n"
                   "  -v, --version  the version\n\n"
                   "Commands:\n")
                    .arg(store::Database::defaultPath());
    for (const auto &c : commands())
        h += QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -13).arg(QCoreApplication::translate("Cli", c.summary));
    return h;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options stop at the first non-option: that is the command; the rest is its own.
    QString dbPath;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            if (++i >= arguments.size())
                return err << "mailtide-cli: " << QCoreApplication::translate("Cli", "--db needs a FILE") << Qt::endl, ExitUsage;
            dbPath = arguments.at(i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("help")) {
            out << globalHelp();
            return ExitOk;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            out << "mailtide-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return err << "mailtide-cli: " << QCoreApplication::translate("Cli", "unknown option: %1").arg(a) << Qt::endl, ExitUsage;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        err << globalHelp();
        return ExitUsage;
    }
    const QString name = arguments.at(i);
    Context ctx{dbPath.isEmpty() ? store::Database::defaultPath() : dbPath, out, err};
    for (const auto &c : commands())
        if (name == QLatin1String(c.name))
            return c.run(ctx, arguments.mid(i));
    err << "mailtide-cli: " << QCoreApplication::translate("Cli", "unknown command: %1 (see mailtide-cli --help)").arg(name) << Qt::endl;
    return ExitUsage;
}

} // namespace mailtide::cli
