#include "Cli.h"
#include "CliUnsubscribe.h"
#include "CliSelfcheck.h"
#include "CliHygiene.h"
#include "CliSenders.h"

#include "classify/Classifier.h"
#include "classify/InputBuilder.h"
#include "classify/Learner.h"
#include "classify/ModelBuilder.h"
#include "imap/Account.h"
#include "imap/Session.h"
#include "imap/Sync.h"
#include "localmail/LocalImporter.h"
#include "net/Dns.h"
#include "store/Store.h"
#include "store/TokenStore.h"
#include "trends/Aggregate.h"
#include "trends/Calendar.h"
#include "trends/Campaigns.h"
#include "trends/Table.h"

#include "charts/ChartData.h"
#include "charts/ChartExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <csignal>
#include <termios.h>
#include <unistd.h>
#include <cstdio>

namespace mailtide::cli {

namespace {

namespace charts = mailtide::ui::charts;

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

/** For commands that only read the store (stats, chart, report): a missing file is an error, not
 *  a new empty profile. */
Result<std::unique_ptr<store::Store>> openExistingStore(Context &ctx)
{
    if (!QFileInfo::exists(ctx.dbPath))
        return Error{QCoreApplication::translate("Cli", "no database at %1 (import or sync some mail first)").arg(ctx.dbPath), {}};
    return openStore(ctx);
}

int fail(Context &ctx, const QString &command, const QString &message)
{
    ctx.err << "mailtide-cli " << command << ": " << message << Qt::endl;
    return ExitFailure;
}

// --- shared helpers ----------------------------------------------------------------------------

/** Reads a list file (- for stdin): one entry per line, blank lines skipped. */
Result<QStringList> readList(const QString &list)
{
    QFile f;
    const bool opened = list == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(list), f.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{QCoreApplication::translate("Cli", "cannot read the list"), list + QStringLiteral(": ") + f.errorString()};
    QStringList out;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            out << line;
    }
    return out;
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
        auto lines = readList(p.value(QStringLiteral("files-from")));
        if (!lines)
            return fail(ctx, QStringLiteral("import"), lines.error().toString());
        paths << lines.value();
    }
    if (paths.isEmpty())
        return ctx.err << "mailtide-cli import: " << QCoreApplication::translate("Cli", "no PATH given") << Qt::endl, ExitUsage;

    auto st = openStore(ctx);
    if (!st)
        return fail(ctx, QStringLiteral("import"), st.error().toString());
    // Verdicts on arrival, from this profile's model; a profile that has learned nothing (a new
    // database: see `model import-default`) gets no verdicts rather than 6,000 "unsure".
    classify::Model model;
    classify::Learner learner(st.value()->db(), model);
    if (Status s = learner.load(); !s)
        return fail(ctx, QStringLiteral("import"), s.error().toString());
    const classify::Classifier classifier(model, learner.weights());
    const qint64 arrivalFrom = arrivalMark(st.value()->db());
    localmail::LocalImporter importer(*st.value());
    if (model.spamMessages() > 0 && model.hamMessages() > 0)
        importer.setClassifier(&classifier);
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
    if (r.added > 0)
        finishArrivalLookUps(ctx, QStringLiteral("import"), arrivalFrom);
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

// --- helpers for commands that read messages ----------------------------------------------

/** Calls fn(name, bytes) for every message a path holds (file, folder, Maildir, mbox). The name
 *  is the path, with "#N" from the second message of a multi-message file on. */
Status forEachMessage(const QString &path, const std::function<bool(const QString &, const QByteArray &)> &fn)
{
    auto kind = localmail::detect(path);
    if (!kind)
        return kind.error();
    QString lastSource;
    int n = 0;
    return localmail::read(path, kind.value(), QString(), [&](localmail::RawMessage &&m) {
        n = m.sourcePath == lastSource ? n + 1 : 1;
        lastSource = m.sourcePath;
        return fn(n == 1 ? m.sourcePath : m.sourcePath + QLatin1Char('#') + QString::number(n), m.bytes);
    });
}

struct ModelHandle
{
    std::unique_ptr<store::Store> store;
    classify::Model model;
    std::unique_ptr<classify::Learner> learner;
};

Result<std::unique_ptr<ModelHandle>> openModel(Context &ctx)
{
    auto st = openStore(ctx);
    if (!st)
        return st.error();
    auto h = std::make_unique<ModelHandle>();
    h->store = std::move(st.value());
    h->learner = std::make_unique<classify::Learner>(h->store->db(), h->model);
    if (Status s = h->learner->load(); !s)
        return s.error();
    return h;
}

// --- train -----------------------------------------------------------------------------------

int cmdTrain(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Teaches the classifier from mail you have sorted. PATH is a message file, a "
                                   "folder of them, a Maildir or an mbox. A message learned before with the other "
                                   "label is corrected; one learned the same way is skipped."));
    p.addOption({QStringLiteral("spam"), QCoreApplication::translate("Cli", "Learn the messages in PATH as spam (repeatable)."), QCoreApplication::translate("Cli", "PATH")});
    p.addOption({QStringLiteral("ham"), QCoreApplication::translate("Cli", "Learn the messages in PATH as not spam (repeatable)."), QCoreApplication::translate("Cli", "PATH")});
    p.addOption({QStringLiteral("files-from"),
                 QCoreApplication::translate("Cli", "Read \"spam<TAB>path\" or \"ham<TAB>path\" lines from LIST (- for stdin)."), QCoreApplication::translate("Cli", "LIST")});
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    QList<QPair<classify::Label, QString>> sources;
    for (const QString &v : p.values(QStringLiteral("spam")))
        sources.append({classify::Label::Spam, v});
    for (const QString &v : p.values(QStringLiteral("ham")))
        sources.append({classify::Label::Ham, v});
    for (const QString &list : p.values(QStringLiteral("files-from"))) {
        auto lines = readList(list);
        if (!lines)
            return fail(ctx, QStringLiteral("train"), lines.error().toString());
        for (const QString &line : lines.value()) {
            const qsizetype tab = line.indexOf(QLatin1Char('\t'));
            const QString label = line.left(tab);
            if (tab < 0 || (label != QLatin1String("spam") && label != QLatin1String("ham")))
                return fail(ctx, QStringLiteral("train"), QCoreApplication::translate("Cli", "%1: expected \"spam<TAB>path\" or \"ham<TAB>path\", got: %2")
                                                              .arg(list, line.left(80)));
            sources.append({label == QLatin1String("spam") ? classify::Label::Spam : classify::Label::Ham,
                            line.mid(tab + 1)});
        }
    }
    if (sources.isEmpty())
        return ctx.err << "mailtide-cli train: " << QCoreApplication::translate("Cli", "nothing to learn: give --spam, --ham or --files-from")
                       << Qt::endl,
               ExitUsage;
    auto h = openModel(ctx);
    if (!h)
        return fail(ctx, QStringLiteral("train"), h.error().toString());
    QElapsedTimer timer;
    timer.start();
    const classify::Tokenizer tok;
    std::vector<classify::Example> examples;
    for (const auto &[label, path] : sources) {
        Status st = forEachMessage(path, [&](const QString &, const QByteArray &bytes) {
            examples.push_back({localmail::localKey(bytes), tok.tokenize(classify::buildInput(bytes)), label});
            return !g_interrupted.load();
        });
        if (!st)
            return fail(ctx, QStringLiteral("train"), st.error().toString());
    }
    auto learned = h.value()->learner->learnBatch(examples);
    if (!learned)
        return fail(ctx, QStringLiteral("train"), learned.error().toString());
    if (Status s = h.value()->learner->saveSnapshot(); !s)
        ctx.err << "mailtide-cli train: " << QCoreApplication::translate("Cli", "warning: %1").arg(s.error().toString()) << Qt::endl;
    const auto &m = h.value()->model;
    ctx.out << QCoreApplication::translate("Cli", "learned %1 of %2 messages in %3 s; the model now knows %4 spam and %5 ham messages, %6 tokens")
                   .arg(learned.value())
                   .arg(examples.size())
                   .arg(double(timer.elapsed()) / 1000, 0, 'f', 2)
                   .arg(m.spamMessages())
                   .arg(m.hamMessages())
                   .arg(m.tokenCount())
            << Qt::endl;
    return ExitOk;
}

// --- classify --------------------------------------------------------------------------------

int cmdClassify(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Classifies messages and prints one line per message: "
                                   "path<TAB>verdict<TAB>score<TAB>reasons. Verdicts: spam, ham, unsure."));
    p.addOption({QStringLiteral("files-from"), QCoreApplication::translate("Cli", "Read paths from LIST, one per line (- for stdin); a leading "
                                                  "\"spam<TAB>\" or \"ham<TAB>\" label is ignored."),
                 QCoreApplication::translate("Cli", "LIST")});
    p.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("Cli", "message file, folder, Maildir or mbox."), QStringLiteral("[PATH...]"));
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    QStringList paths = p.positionalArguments();
    for (const QString &list : p.values(QStringLiteral("files-from"))) {
        auto lines = readList(list);
        if (!lines)
            return fail(ctx, QStringLiteral("classify"), lines.error().toString());
        for (const QString &line : lines.value())
            paths << line.section(QLatin1Char('\t'), -1);
    }
    if (paths.isEmpty())
        return ctx.err << "mailtide-cli classify: " << QCoreApplication::translate("Cli", "no PATH given") << Qt::endl, ExitUsage;
    auto h = openModel(ctx);
    if (!h)
        return fail(ctx, QStringLiteral("classify"), h.error().toString());
    const classify::Classifier classifier(h.value()->model, h.value()->learner->weights());
    int failures = 0;
    for (const QString &path : paths) {
        Status st = forEachMessage(path, [&](const QString &name, const QByteArray &bytes) {
            const classify::Verdict v = classifier.classify(classify::buildInput(bytes));
            const char *word = v.kind == store::Verdict::Spam ? "spam" : v.kind == store::Verdict::Ham ? "ham" : "unsure";
            QString reasons = v.reasonsText();
            reasons.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            ctx.out << name << '\t' << word << '\t' << QString::number(v.score, 'g', 10) << '\t' << reasons << '\n';
            return !g_interrupted.load();
        });
        if (!st) {
            ++failures;
            ctx.err << "mailtide-cli classify: " << st.error().toString() << Qt::endl;
        }
    }
    ctx.out.flush();
    return failures ? ExitFailure : ExitOk;
}

// --- account ---------------------------------------------------------------------------------

/** The password typed at the terminal, without echo; an error when there is no terminal. */
Result<QByteArray> promptPassword(const store::ImapAccount &a)
{
    if (!isatty(STDIN_FILENO))
        return Error{QCoreApplication::translate("Cli", "No password for this account"),
                     QCoreApplication::translate("Cli", "not on a terminal: give the account a --password-command")};
    fprintf(stderr, "%s", qPrintable(QCoreApplication::translate("Cli", "Password for %1 at %2: ").arg(a.user, a.host)));
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QByteArray pw;
    for (int ch; (ch = fgetc(stdin)) != EOF && ch != '\n';)
        pw += char(ch);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    fprintf(stderr, "\n");
    return pw;
}

/** Connects and logs in; on failure prints what the user can do about it. */
int connectOrExplain(Context &ctx, const QString &command, const store::ImapAccount &a, imap::Connection &c)
{
    auto e = imap::endpointFor(a, promptPassword);
    if (!e)
        return fail(ctx, command, e.error().toString());
    Status s = c.open(e.value());
    e->password.fill('\0');
    e->oauth2Token.fill('\0');
    if (s)
        return -1;
    fail(ctx, command, s.error().toString());
    const auto kind = c.failureKind();
    if ((kind == imap::FailureKind::UntrustedCertificate || kind == imap::FailureKind::CertificateChanged) &&
        !c.peerCertificateSha256().isEmpty())
        ctx.err << QCoreApplication::translate("Cli", "The server shows a certificate with SHA-256 fingerprint %1.\n"
                                                      "If it is your server's, trust it with:\n"
                                                      "  mailtide-cli account trust --name %2 --sha256 %1\n"
                                                      "or give its CA with --ca-file.")
                       .arg(c.peerCertificateSha256(), a.name)
                << Qt::endl;
    return ExitFailure;
}

int cmdAccount(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Manages IMAP accounts.\n"
        "  add    adds an account after a test connection (--no-test to skip it)\n"
        "  test   connects and logs in, and says what failed\n"
        "  trust  trusts the certificate the server shows, if its SHA-256 fingerprint is --sha256\n"
        "  folder-use  says what --folder is for: --use junk, trash, sent, archive, drafts or none\n"
        "Passwords are never stored: a --password-command prints the password (as mbsync's PassCmd); "
        "without one, the command asks on the terminal."));
    p.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("Cli", "add, test, trust or folder-use"));
    p.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "The account's name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("host"), QCoreApplication::translate("Cli", "IMAP server."), QStringLiteral("HOST")});
    p.addOption({QStringLiteral("port"), QCoreApplication::translate("Cli", "Port (default 993, or 143 for starttls and none)."), QStringLiteral("PORT")});
    p.addOption({QStringLiteral("tls"), QCoreApplication::translate("Cli", "implicit (default), starttls, or none (loopback only)."), QStringLiteral("MODE"),
                 QStringLiteral("implicit")});
    p.addOption({QStringLiteral("user"), QCoreApplication::translate("Cli", "Login name."), QStringLiteral("USER")});
    p.addOption({QStringLiteral("password-command"), QCoreApplication::translate("Cli", "A command that prints the password."), QStringLiteral("CMD")});
    p.addOption({QStringLiteral("oauth2-token-command"), QCoreApplication::translate("Cli", "A command that prints an OAuth2 bearer token (XOAUTH2)."), QStringLiteral("CMD")});
    p.addOption({QStringLiteral("ca-file"), QCoreApplication::translate("Cli", "PEM file of a CA (or certificate) to trust for this server."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("fetch-bytes"), QCoreApplication::translate("Cli", "How much of each message a sync reads (default 65536)."), QStringLiteral("N"),
                 QStringLiteral("65536")});
    p.addOption({QStringLiteral("sha256"), QCoreApplication::translate("Cli", "For trust: the certificate's SHA-256 fingerprint."), QStringLiteral("HEX")});
    p.addOption({QStringLiteral("no-test"), QCoreApplication::translate("Cli", "For add: store the account without connecting.")});
    p.addOption({QStringLiteral("folder"), QCoreApplication::translate("Cli", "For folder-use: the folder ('/' separates levels)."), QStringLiteral("FOLDER")});
    p.addOption({QStringLiteral("use"), QCoreApplication::translate("Cli", "For folder-use: junk, trash, sent, archive, drafts or none."), QStringLiteral("USE")});
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    const QString action = p.positionalArguments().value(0);
    const QString name = p.value(QStringLiteral("name"));
    if (name.isEmpty())
        return ctx.err << "mailtide-cli account: " << QCoreApplication::translate("Cli", "--name is needed") << Qt::endl, ExitUsage;
    auto st = openStore(ctx);
    if (!st)
        return fail(ctx, QStringLiteral("account"), st.error().toString());
    store::Store &store = *st.value();

    if (action == QLatin1String("add")) {
        store::ImapAccount a;
        a.name = name;
        a.host = p.value(QStringLiteral("host"));
        a.user = p.value(QStringLiteral("user"));
        a.tls = p.value(QStringLiteral("tls"));
        const auto tls = imap::tlsFromString(a.tls);
        if (a.host.isEmpty() || a.user.isEmpty() || !tls)
            return ctx.err << "mailtide-cli account add: " << QCoreApplication::translate("Cli", "--host, --user and a --tls of implicit, starttls or none are needed")
                           << Qt::endl,
                   ExitUsage;
        bool ok = true;
        a.port = p.isSet(QStringLiteral("port")) ? p.value(QStringLiteral("port")).toInt(&ok) : (*tls == imap::Tls::Implicit ? 993 : 143);
        if (!ok || a.port <= 0 || a.port > 65535)
            return ctx.err << "mailtide-cli account add: " << QCoreApplication::translate("Cli", "--port must be a number from 1 to 65535") << Qt::endl, ExitUsage;
        a.fetchBytes = p.value(QStringLiteral("fetch-bytes")).toLongLong(&ok);
        if (!ok || a.fetchBytes < 1024)
            return ctx.err << "mailtide-cli account add: " << QCoreApplication::translate("Cli", "--fetch-bytes must be at least 1024") << Qt::endl, ExitUsage;
        a.passwordCommand = p.value(QStringLiteral("password-command"));
        a.oauth2Command = p.value(QStringLiteral("oauth2-token-command"));
        if (p.isSet(QStringLiteral("ca-file")))
            a.caFile = QFileInfo(p.value(QStringLiteral("ca-file"))).absoluteFilePath();
        if (!p.isSet(QStringLiteral("no-test"))) {
            imap::Connection c;
            if (int rc = connectOrExplain(ctx, QStringLiteral("account add"), a, c); rc >= 0)
                return rc;
        }
        auto id = store.addImapAccount(a);
        if (!id)
            return fail(ctx, QStringLiteral("account add"), id.error().toString());
        ctx.out << QCoreApplication::translate("Cli", "%1: added (%2@%3:%4, TLS %5)").arg(a.name, a.user, a.host).arg(a.port).arg(a.tls) << Qt::endl;
        return ExitOk;
    }
    auto a = store.imapAccount(name);
    if (!a)
        return fail(ctx, QStringLiteral("account"), a.error().toString());
    if (action == QLatin1String("test")) {
        imap::Connection c;
        if (int rc = connectOrExplain(ctx, QStringLiteral("account test"), a.value(), c); rc >= 0)
            return rc;
        imap::Session s(c);
        auto boxes = s.list();
        if (!boxes)
            return fail(ctx, QStringLiteral("account test"), boxes.error().toString());
        ctx.out << QCoreApplication::translate("Cli", "%1: connected and logged in; %2 folders").arg(name).arg(boxes->size()) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("trust")) {
        if (!p.isSet(QStringLiteral("sha256")))
            return ctx.err << "mailtide-cli account trust: " << QCoreApplication::translate("Cli", "--sha256 is needed") << Qt::endl, ExitUsage;
        auto pin = imap::pinForFingerprint(a.value(), p.value(QStringLiteral("sha256")));
        if (!pin)
            return fail(ctx, QStringLiteral("account trust"), pin.error().toString());
        if (Status s = store.setPinnedKey(a->id, pin.value()); !s)
            return fail(ctx, QStringLiteral("account trust"), s.error().toString());
        ctx.out << QCoreApplication::translate("Cli", "%1: this certificate is trusted from now on").arg(name) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("folder-use")) {
        // Where the server names its folders unusually (no RFC 6154 attributes, another language).
        static const QStringList kUses = {QStringLiteral("junk"), QStringLiteral("trash"), QStringLiteral("sent"),
                                          QStringLiteral("archive"), QStringLiteral("drafts"), QStringLiteral("none")};
        const QString use = p.value(QStringLiteral("use")).toLower();
        if (!p.isSet(QStringLiteral("folder")) || !kUses.contains(use))
            return ctx.err << "mailtide-cli account folder-use: "
                           << QCoreApplication::translate("Cli", "--folder and a --use of junk, trash, sent, archive, drafts or none are needed")
                           << Qt::endl,
                   ExitUsage;
        const QString attr = use == QLatin1String("none") ? QString() : QLatin1Char('\\') + use.left(1).toUpper() + use.mid(1);
        if (Status s = store.setSpecialUseByUser(a->id, p.value(QStringLiteral("folder")), attr); !s)
            return fail(ctx, QStringLiteral("account folder-use"), s.error().toString());
        ctx.out << QCoreApplication::translate("Cli", "%1: %2 is now used as %3").arg(name, p.value(QStringLiteral("folder")), use) << Qt::endl;
        return ExitOk;
    }
    return ctx.err << "mailtide-cli account: " << QCoreApplication::translate("Cli", "ACTION must be add, test, trust or folder-use") << Qt::endl, ExitUsage;
}

// --- sync ------------------------------------------------------------------------------------

int cmdSync(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Syncs an IMAP account: new messages are read (never marked read), "
                                                                    "classified and stored; removed ones are dropped. Prints a summary."));
    p.addOption({QStringLiteral("account"), QCoreApplication::translate("Cli", "The account to sync."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("folder"), QCoreApplication::translate("Cli", "Only this folder (repeatable; '/' separates levels)."), QStringLiteral("FOLDER")});
    p.addOption({QStringLiteral("no-classify"), QCoreApplication::translate("Cli", "Store the messages without a verdict.")});
    p.addOption({QStringLiteral("no-learn"), QCoreApplication::translate("Cli", "Do not learn from the Junk folder, the inbox and your moves.")});
    p.addOption({QStringLiteral("quiet"), QCoreApplication::translate("Cli", "Print no progress.")});
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    const QString name = p.value(QStringLiteral("account"));
    if (name.isEmpty())
        return ctx.err << "mailtide-cli sync: " << QCoreApplication::translate("Cli", "--account is needed") << Qt::endl, ExitUsage;
    auto h = openModel(ctx);
    if (!h)
        return fail(ctx, QStringLiteral("sync"), h.error().toString());
    store::Store &store = *h.value()->store;
    auto a = store.imapAccount(name);
    if (!a)
        return fail(ctx, QStringLiteral("sync"), a.error().toString());
    imap::Connection c;
    if (int rc = connectOrExplain(ctx, QStringLiteral("sync"), a.value(), c); rc >= 0)
        return rc;
    const classify::Classifier classifier(h.value()->model, h.value()->learner->weights());
    const qint64 arrivalFrom = arrivalMark(store.db());
    imap::Syncer syncer(store, c);
    const classify::Model &model = h.value()->model;
    if (!p.isSet(QStringLiteral("no-classify")) && model.spamMessages() > 0 && model.hamMessages() > 0)
        syncer.setClassifier(&classifier);
    if (!p.isSet(QStringLiteral("no-learn")))
        syncer.setLearner(h.value()->learner.get());
    syncer.setCancelFlag(&g_interrupted);
    std::signal(SIGINT, onSigint);
    const bool quiet = p.isSet(QStringLiteral("quiet")) || !isatty(STDERR_FILENO);
    bool shown = false;
    syncer.setProgress([&](const imap::SyncProgress &pr) {
        if (quiet)
            return;
        shown = true;
        // One-pass arg(): a folder named "50%2" must not be substituted into.
        ctx.err << '\r' << QCoreApplication::translate("Cli", "folder %1/%2 %3: %4 of %5 (%6/s)")
                               .arg(QString::number(pr.folderIndex), QString::number(pr.folderCount), pr.folder,
                                    QString::number(pr.done), QString::number(pr.total),
                                    QString::number(qint64(pr.messagesPerSecond)))
                << QStringLiteral("          ") << Qt::flush;
    });
    imap::SyncOptions o;
    o.folders = p.values(QStringLiteral("folder"));
    o.fetchBytes = a->fetchBytes;
    auto r = syncer.sync(a->id, o);
    if (shown)
        ctx.err << '\r' << QString(70, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!r)
        return fail(ctx, QStringLiteral("sync"), r.error().toString());
    for (const auto &f : r->folders)
        ctx.out << QCoreApplication::translate("Cli", "%1\t%2 on server, %3 new, %4 removed, %5 flags changed, %6 spam%7")
                       .arg(f.folder, QString::number(f.onServer), QString::number(f.added), QString::number(f.removed),
                            QString::number(f.flagsChanged), QString::number(f.spam),
                            f.uidValidityChanged ? QCoreApplication::translate("Cli", " (UIDVALIDITY changed: resynced)") : QString())
                << '\n';
    // The user's hygiene rules run on what the sync brought in (a partial --folder sync too).
    const bool rulesOk = r->cancelled || runRulesAfterSync(ctx, store, c, name);
    if (r->learnedSpam + r->learnedHam > 0) {
        if (Status sv = h.value()->learner->saveSnapshot(); !sv)
            ctx.err << "mailtide-cli sync: " << QCoreApplication::translate("Cli", "warning: %1").arg(sv.error().toString()) << Qt::endl;
        ctx.out << QCoreApplication::translate("Cli", "learned %1 spam and %2 not spam; from your moves: %3 to Junk, %4 out of Junk")
                       .arg(r->learnedSpam).arg(r->learnedHam).arg(r->movedToJunk).arg(r->movedFromJunk)
                << '\n';
    }
    ctx.out << QCoreApplication::translate("Cli", "%1: %2 new, %3 removed, %4 changed, %5 spam found, in %6 s%7")
                   .arg(name).arg(r->added).arg(r->removed).arg(r->flagsChanged).arg(r->spam).arg(r->seconds, 0, 'f', 2)
                   .arg(r->cancelled ? QCoreApplication::translate("Cli", " — interrupted") : QString())
            << Qt::endl;
    if (r->added > 0)
        finishArrivalLookUps(ctx, QStringLiteral("sync"), arrivalFrom);
    return r->cancelled || !rulesOk ? ExitFailure : ExitOk;
}

// --- model -----------------------------------------------------------------------------------

int cmdModel(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("Cli", "Manages the classifier's model.\n"
           "  model build --files-from LIST --out DIR   fit a model and its combiner weights on labelled mail\n"
           "                                            (LIST: spam<TAB>path / ham<TAB>path), write DIR/weights.json\n"
           "                                            and DIR/default-model.bin\n"
           "  model import-default [--file FILE]        replace this profile's model with the shipped default\n"
           "  model info                                what the model knows"));
    p.addOption({QStringLiteral("files-from"), QCoreApplication::translate("Cli", "Labelled list for build."), QCoreApplication::translate("Cli", "LIST")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Output folder for build."), QCoreApplication::translate("Cli", "DIR")});
    p.addOption({QStringLiteral("folds"), QCoreApplication::translate("Cli", "Cross-validation folds for the combiner (default 5)."), QCoreApplication::translate("Cli", "N"),
                 QStringLiteral("5")});
    p.addOption({QStringLiteral("file"), QCoreApplication::translate("Cli", "Model file for import-default."), QCoreApplication::translate("Cli", "FILE")});
    p.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("Cli", "build, import-default or info"));
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("build")) {
        if (!p.isSet(QStringLiteral("files-from")) || !p.isSet(QStringLiteral("out")))
            return ctx.err << "mailtide-cli model build: " << QCoreApplication::translate("Cli", "--files-from LIST and --out DIR are required")
                           << Qt::endl,
                   ExitUsage;
        auto lines = readList(p.value(QStringLiteral("files-from")));
        if (!lines)
            return fail(ctx, QStringLiteral("model"), lines.error().toString());
        std::vector<classify::LabelledMessage> examples;
        for (const QString &line : lines.value()) {
            const classify::Label label = line.startsWith(QLatin1String("spam\t")) ? classify::Label::Spam
                                                                                   : classify::Label::Ham;
            Status st = forEachMessage(line.section(QLatin1Char('\t'), -1), [&](const QString &, const QByteArray &b) {
                examples.push_back({localmail::localKey(b), label, classify::buildInput(b)});
                return true;
            });
            if (!st)
                return fail(ctx, QStringLiteral("model"), st.error().toString());
        }
        QElapsedTimer timer;
        timer.start();
        // Experiment knobs (documented in tests/bench/README.md): tokenizer and Bayes parameters.
        classify::TokenizerParams tp;
        classify::BayesParams bp;
        tp.osbWindow = qEnvironmentVariableIntValue("MAILTIDE_OSB_WINDOW") ? qEnvironmentVariableIntValue("MAILTIDE_OSB_WINDOW") : tp.osbWindow;
        tp.maxWords = qEnvironmentVariableIntValue("MAILTIDE_MAX_WORDS") ? qEnvironmentVariableIntValue("MAILTIDE_MAX_WORDS") : tp.maxWords;
        bp.maxTokens = qEnvironmentVariableIsSet("MAILTIDE_MAX_TOKENS") ? qEnvironmentVariableIntValue("MAILTIDE_MAX_TOKENS") : bp.maxTokens;
        if (qEnvironmentVariableIsSet("MAILTIDE_BAYES_S"))
            bp.s = qEnvironmentVariable("MAILTIDE_BAYES_S").toDouble();
        if (qEnvironmentVariableIsSet("MAILTIDE_MIN_DEV"))
            bp.minDev = qEnvironmentVariable("MAILTIDE_MIN_DEV").toDouble();
        const classify::BuildResult r = classify::buildModel(examples, p.value(QStringLiteral("folds")).toInt(), tp, bp);
        {
            // Out-of-fold figures on the training split: what tuning may look at.
            std::vector<classify::Label> labels;
            for (const auto &e : examples)
                labels.push_back(e.label);
            const classify::Ranking ranking = classify::rankingOf(r.oofScores, labels);
            const double auc = ranking.auc();
            // <= 0.1% FP of 3,083 hams: 3 allowed (none flagged with fewer than 4 ham)
            const double recall = ranking.ham.size() >= 4 ? ranking.recallAllowing(3) : 0.0;
            ctx.out << QStringLiteral("out-of-fold: AUC %1, spam recall at <=0.1% FP %2\n")
                           .arg(auc, 0, 'f', 5)
                           .arg(recall, 0, 'f', 4);
        }
        const QString dir = p.value(QStringLiteral("out"));
        QDir().mkpath(dir);
        QFile w(dir + QStringLiteral("/weights.json"));
        QFile m(dir + QStringLiteral("/default-model.bin"));
        if (!w.open(QIODevice::WriteOnly) || !m.open(QIODevice::WriteOnly))
            return fail(ctx, QStringLiteral("model"), QCoreApplication::translate("Cli", "cannot write to %1").arg(dir));
        w.write(r.weights.toJson().toUtf8());
        m.write(classify::serializeModel(r.model));
        ctx.out << QCoreApplication::translate("Cli", "built from %1 messages (%2 spam, %3 ham) in %4 s: %5 tokens; weights in %6")
                       .arg(examples.size())
                       .arg(r.model.spamMessages())
                       .arg(r.model.hamMessages())
                       .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                       .arg(r.model.tokenCount())
                       .arg(w.fileName())
                << Qt::endl;
        return ExitOk;
    }
    auto h = openModel(ctx);
    if (!h)
        return fail(ctx, QStringLiteral("model"), h.error().toString());
    if (action == QLatin1String("info")) {
        const auto &m = h.value()->model;
        ctx.out << QCoreApplication::translate("Cli", "spam messages\t%1\nham messages\t%2\ntokens\t%3\n")
                       .arg(m.spamMessages())
                       .arg(m.hamMessages())
                       .arg(m.tokenCount());
        return ExitOk;
    }
    if (action == QLatin1String("import-default")) {
        const QString file = p.isSet(QStringLiteral("file")) ? p.value(QStringLiteral("file")) : classify::defaultModelPath();
        if (file.isEmpty())
            return fail(ctx, QStringLiteral("model"), QCoreApplication::translate("Cli", "the default model is not installed (resources/model)"));
        auto st = classify::importDefaultModel(h.value()->store->db(), h.value()->model, file);
        if (!st)
            return fail(ctx, QStringLiteral("model"), st.error().toString());
        ctx.out << QCoreApplication::translate("Cli", "imported %1: %2 spam and %3 ham messages, %4 tokens")
                       .arg(file)
                       .arg(h.value()->model.spamMessages())
                       .arg(h.value()->model.hamMessages())
                       .arg(h.value()->model.tokenCount())
                << Qt::endl;
        return ExitOk;
    }
    return ctx.err << "mailtide-cli model: " << QCoreApplication::translate("Cli", "unknown action: %1 (build, import-default or info)").arg(action)
                   << Qt::endl,
           ExitUsage;
}

// --- trend filters, shared by stats, chart and report ------------------------------------------

/** The filters every trends command takes: --verdict (described by verdictHelp), --account,
 *  --folder, --from, --to, --tz. */
void addFilterOptions(QCommandLineParser &p, const QString &verdictHelp)
{
    p.addOption({QStringLiteral("verdict"), verdictHelp, QCoreApplication::translate("Cli", "VERDICT")});
    p.addOption({QStringLiteral("account"), QCoreApplication::translate("Cli", "Only this account."), QCoreApplication::translate("Cli", "NAME")});
    p.addOption({QStringLiteral("folder"), QCoreApplication::translate("Cli", "Only folders with this name."), QCoreApplication::translate("Cli", "FOLDER")});
    p.addOption({QStringLiteral("from"), QCoreApplication::translate("Cli", "First day counted (YYYY-MM-DD, in the time zone)."), QCoreApplication::translate("Cli", "DATE")});
    p.addOption({QStringLiteral("to"), QCoreApplication::translate("Cli", "Last day counted (YYYY-MM-DD, included)."), QCoreApplication::translate("Cli", "DATE")});
    p.addOption({QStringLiteral("tz"), QCoreApplication::translate("Cli", "Time zone (IANA name such as Europe/Paris, or UTC; default: the system's)."),
                 QCoreApplication::translate("Cli", "ZONE")});
}

/** The filter the options of addFilterOptions name; an Error is a usage error (its message
 *  names the option). An unset --verdict is All. */
Result<trends::Filter> filterFrom(const QCommandLineParser &p)
{
    trends::Filter f;
    f.account = p.value(QStringLiteral("account"));
    f.folder = p.value(QStringLiteral("folder"));
    if (p.isSet(QStringLiteral("tz"))) {
        auto z = trends::parseZone(p.value(QStringLiteral("tz")));
        if (!z)
            return z.error();
        f.zone = z.value();
    }
    for (const QString &opt : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(opt))
            continue;
        auto d = trends::parseDate(p.value(opt));
        if (!d)
            return Error{QStringLiteral("--%1: ").arg(opt) + d.error().message, d.error().detail};
        (opt == QLatin1String("from") ? f.from : f.to) = d.value();
    }
    if (p.isSet(QStringLiteral("verdict"))) {
        auto v = trends::parseVerdict(p.value(QStringLiteral("verdict")));
        if (!v)
            return v.error();
        f.verdict = v.value();
    }
    if (Status s = trends::validate(f); !s)
        return s.error();
    return f;
}

/** --events FILE and --country CODES: the event calendar's options. */
void addCalendarOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("events"), QCoreApplication::translate("Cli", "Your own events (JSON, same format as the built-in calendar; default: %1).")
                                               .arg(trends::Calendar::defaultUserFile()),
                 QCoreApplication::translate("Cli", "FILE")});
    p.addOption({QStringLiteral("country"), QCoreApplication::translate("Cli", "Country presets of the calendar to keep, e.g. US,FR (default: all)."),
                 QCoreApplication::translate("Cli", "CODES")});
}

/** The built-in calendar, the user's events (--events, else the default file when it exists)
 *  on top, the --country presets kept. */
Result<trends::Calendar> calendarFrom(const QCommandLineParser &p)
{
    const QString events = p.isSet(QStringLiteral("events")) ? p.value(QStringLiteral("events"))
                                                              : trends::Calendar::defaultUserFile();
    if (p.isSet(QStringLiteral("events")) && !QFileInfo::exists(events))
        return Error{QCoreApplication::translate("Cli", "no such events file: %1").arg(events), QString()};
    auto cal = trends::Calendar::load(events);
    if (!cal)
        return cal.error();
    if (p.isSet(QStringLiteral("country")))
        cal->setCountries(p.value(QStringLiteral("country")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    return cal;
}

// --- stats -----------------------------------------------------------------------------------

int cmdStats(Context &ctx, const QStringList &args)
{
    const QString name = QStringLiteral("stats");
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Counts messages by the time they were received (never the sender's Date), in "
                                   "your time zone: by weekday, hour, weekday and hour, day, week, month, month of year "
                                   "(season) or ISO week of year (isoweek); season campaigns (campaigns) and sudden "
                                   "bursts of subject terms (bursts). Prints CSV with the filters in '#' lines, or JSON."));
    p.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "weekday, hour, weekday-hour, day, week, month, season, isoweek, campaigns or bursts."),
                 QCoreApplication::translate("Cli", "WHAT")});
    addFilterOptions(p, QCoreApplication::translate("Cli", "Count only spam, ham, unsure, or all (default: all; for bursts: spam)."));
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "csv (default) or json."), QCoreApplication::translate("Cli", "FORMAT")});
    p.addOption({QStringLiteral("window"), QCoreApplication::translate("Cli", "Rolling mean over N periods (default: 7 days, 4 weeks, 3 months)."),
                 QCoreApplication::translate("Cli", "N")});
    addCalendarOptions(p);
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    auto usage = [&](const QString &message) {
        ctx.err << "mailtide-cli stats: " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected argument: %1").arg(p.positionalArguments().first()));
    static const QStringList kinds = {QStringLiteral("weekday"), QStringLiteral("hour"), QStringLiteral("weekday-hour"),
                                      QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                                      QStringLiteral("season"), QStringLiteral("isoweek"), QStringLiteral("campaigns"),
                                      QStringLiteral("bursts")};
    const QString by = p.value(QStringLiteral("by"));
    if (by.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--by WHAT is required (%1)").arg(kinds.join(QStringLiteral(", "))));
    if (!kinds.contains(by))
        return usage(QCoreApplication::translate("Cli", "unknown --by %1 (%2)").arg(by, kinds.join(QStringLiteral(", "))));
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(QCoreApplication::translate("Cli", "unknown --format %1 (csv or json)").arg(format));

    auto filter = filterFrom(p);
    if (!filter)
        return usage(filter.error().toString());
    trends::Filter f = filter.value();
    if (!p.isSet(QStringLiteral("verdict")) && by == QLatin1String("bursts"))
        f.verdict = trends::VerdictFilter::Spam;
    int window = 0;
    if (p.isSet(QStringLiteral("window"))) {
        bool ok = false;
        window = p.value(QStringLiteral("window")).toInt(&ok);
        if (!ok || window < 1 || window > 366)
            return usage(QCoreApplication::translate("Cli", "--window needs a number from 1 to 366"));
    }

    auto st = openExistingStore(ctx);
    if (!st)
        return fail(ctx, name, st.error().toString());
    store::Database &db = st.value()->db();
    std::signal(SIGINT, onSigint);
    const std::atomic_bool *cancel = &g_interrupted;

    Result<trends::Table> table = Error{};
    auto run = [&](auto result) -> Result<trends::Table> {
        if (!result)
            return result.error();
        return trends::tableOf(result.value());
    };
    if (by == QLatin1String("weekday"))
        table = run(trends::byWeekday(db, f, cancel));
    else if (by == QLatin1String("hour"))
        table = run(trends::byHour(db, f, cancel));
    else if (by == QLatin1String("weekday-hour"))
        table = run(trends::byWeekdayHour(db, f, cancel));
    else if (by == QLatin1String("day"))
        table = run(trends::timeline(db, f, trends::Granularity::Day, window, cancel));
    else if (by == QLatin1String("week"))
        table = run(trends::timeline(db, f, trends::Granularity::Week, window, cancel));
    else if (by == QLatin1String("month"))
        table = run(trends::timeline(db, f, trends::Granularity::Month, window, cancel));
    else if (by == QLatin1String("season"))
        table = run(trends::bySeason(db, f, trends::SeasonKind::MonthOfYear, cancel));
    else if (by == QLatin1String("isoweek"))
        table = run(trends::bySeason(db, f, trends::SeasonKind::IsoWeekOfYear, cancel));
    else if (by == QLatin1String("bursts"))
        table = run(trends::bursts(db, f, trends::BurstParams{}, cancel));
    else { // campaigns
        auto cal = calendarFrom(p);
        if (!cal)
            return fail(ctx, name, cal.error().toString());
        table = run(trends::seasonCampaigns(db, f, cal.value(), cancel));
    }
    if (!table)
        return fail(ctx, name, table.error().toString());
    const QByteArray bytes = format == QLatin1String("json") ? trends::toJson(table.value(), f)
                                                              : trends::toCsv(table.value(), f);
    ctx.out << QString::fromUtf8(bytes);
    ctx.out.flush();
    return ExitOk;
}

// --- chart and report ------------------------------------------------------------------------

/** How the chart looks: --dark, --share, --lines. */
charts::ChartOptions chartOptionsFrom(const QCommandLineParser &p)
{
    charts::ChartOptions o;
    o.palette = p.isSet(QStringLiteral("dark")) ? charts::darkPalette() : charts::lightPalette();
    o.weekdayMode = p.isSet(QStringLiteral("share")) ? charts::WeekdayMode::Share : charts::WeekdayMode::Count;
    o.timelineStyle = p.isSet(QStringLiteral("lines")) ? charts::TimelineStyle::Lines : charts::TimelineStyle::Bars;
    return o;
}

int cmdChart(Context &ctx, const QStringList &args)
{
    const QString name = QStringLiteral("chart");
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Draws one trend chart to a PNG (at 2x), SVG or PDF file, and writes the numbers "
                                   "behind it beside it as CSV (same name, .csv). The filters are printed under the chart. "
                                   "Works without a display."));
    p.addOption({QStringLiteral("chart"), QCoreApplication::translate("Cli", "weekday, heatmap, timeline or season."), QCoreApplication::translate("Cli", "KIND")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The file to write: .png, .svg or .pdf."), QCoreApplication::translate("Cli", "FILE")});
    p.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "Timeline periods: day, week or month (default: from the span of the data)."),
                 QCoreApplication::translate("Cli", "PERIOD")});
    addFilterOptions(p, QCoreApplication::translate("Cli", "Count only spam, ham, unsure, or all (default: all)."));
    p.addOption({QStringLiteral("share"), QCoreApplication::translate("Cli", "Weekday chart: shares of spam, ham and unsure instead of counts.")});
    p.addOption({QStringLiteral("lines"), QCoreApplication::translate("Cli", "Timeline: lines instead of bars.")});
    p.addOption({QStringLiteral("isoweek"), QCoreApplication::translate("Cli", "Season chart: by ISO week of year instead of by month.")});
    p.addOption({QStringLiteral("dark"), QCoreApplication::translate("Cli", "Dark background.")});
    addCalendarOptions(p);
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    auto usage = [&](const QString &message) {
        ctx.err << "mailtide-cli chart: " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected argument: %1").arg(p.positionalArguments().first()));
    const QString kind = p.value(QStringLiteral("chart"));
    if (kind.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--chart KIND is required (weekday, heatmap, timeline or season)"));
    const auto chartKind = charts::parseChartKind(kind);
    if (!chartKind)
        return usage(QCoreApplication::translate("Cli", "unknown --chart %1 (weekday, heatmap, timeline or season)").arg(kind));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--out FILE is required (.png, .svg or .pdf)"));
    if (!charts::exportFormatFor(out))
        return usage(QCoreApplication::translate("Cli", "--out %1: the file name must end in .png, .svg or .pdf").arg(out));
    charts::ChartRequest request;
    request.kind = *chartKind;
    // An option the chart does not use is refused, not ignored: the user expected it to matter.
    const std::pair<const char *, charts::ChartKind> only[] = {{"by", charts::ChartKind::Timeline},
                                                               {"lines", charts::ChartKind::Timeline},
                                                               {"share", charts::ChartKind::Weekday},
                                                               {"isoweek", charts::ChartKind::Season}};
    for (const auto &[option, chart] : only)
        if (p.isSet(QLatin1String(option)) && request.kind != chart)
            return usage(QCoreApplication::translate("Cli", "--%1 applies to the %2 chart only")
                             .arg(QLatin1String(option), charts::chartKey(chart)));
    if (p.isSet(QStringLiteral("by"))) {
        const QString by = p.value(QStringLiteral("by"));
        if (by == QLatin1String("day"))
            request.granularity = trends::Granularity::Day;
        else if (by == QLatin1String("week"))
            request.granularity = trends::Granularity::Week;
        else if (by == QLatin1String("month"))
            request.granularity = trends::Granularity::Month;
        else
            return usage(QCoreApplication::translate("Cli", "unknown --by %1 (day, week or month)").arg(by));
    }
    if (p.isSet(QStringLiteral("isoweek")))
        request.season = trends::SeasonKind::IsoWeekOfYear;
    auto filter = filterFrom(p);
    if (!filter)
        return usage(filter.error().toString());
    auto cal = calendarFrom(p);
    if (!cal)
        return fail(ctx, name, cal.error().toString());

    auto st = openExistingStore(ctx);
    if (!st)
        return fail(ctx, name, st.error().toString());
    std::signal(SIGINT, onSigint);
    auto data = charts::computeChart(st.value()->db(), filter.value(), request, cal.value(), &g_interrupted);
    if (!data)
        return fail(ctx, name, data.error().toString());
    if (Status s = charts::exportChart(data.value(), out, chartOptionsFrom(p)); !s)
        return fail(ctx, name, s.error().toString());
    ctx.out << QCoreApplication::translate("Cli", "wrote %1 and %2").arg(out, charts::csvPathFor(out)) << Qt::endl;
    return ExitOk;
}

int cmdReport(Context &ctx, const QStringList &args)
{
    const QString name = QStringLiteral("report");
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Writes a one-file PDF report: a summary page (filters, message counts, the weekend "
                                   "effect, the top campaigns and bursts), then every trend chart, one per page. Works "
                                   "without a display."));
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QCoreApplication::translate("Cli", "FILE")});
    addFilterOptions(p, QCoreApplication::translate("Cli", "Count only spam, ham, unsure, or all (default: all)."));
    p.addOption({QStringLiteral("dark"), QCoreApplication::translate("Cli", "Dark background.")});
    addCalendarOptions(p);
    if (int rc = parse(p, args, ctx); rc >= 0)
        return rc;
    auto usage = [&](const QString &message) {
        ctx.err << "mailtide-cli report: " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected argument: %1").arg(p.positionalArguments().first()));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(QCoreApplication::translate("Cli", "--out FILE.pdf is required"));
    if (charts::exportFormatFor(out) != charts::ExportFormat::Pdf)
        return usage(QCoreApplication::translate("Cli", "--out %1: the report is a PDF file (name it .pdf)").arg(out));
    auto filter = filterFrom(p);
    if (!filter)
        return usage(filter.error().toString());
    auto cal = calendarFrom(p);
    if (!cal)
        return fail(ctx, name, cal.error().toString());

    auto st = openExistingStore(ctx);
    if (!st)
        return fail(ctx, name, st.error().toString());
    std::signal(SIGINT, onSigint);
    auto data = charts::computeReport(st.value()->db(), filter.value(), cal.value(), &g_interrupted);
    if (!data)
        return fail(ctx, name, data.error().toString());
    charts::ChartOptions options;
    options.palette = p.isSet(QStringLiteral("dark")) ? charts::darkPalette() : charts::lightPalette();
    if (Status s = charts::writeReport(data.value(), out, options); !s)
        return fail(ctx, name, s.error().toString());
    ctx.out << QCoreApplication::translate("Cli", "wrote %1").arg(out) << Qt::endl;
    return ExitOk;
}

const QVector<Command> &commands()
{
    static const QVector<Command> table = {
        {"import", QT_TRANSLATE_NOOP("Cli", "Import local mail (mbox, Maildir, .eml) into an account"), cmdImport},
        {"list", QT_TRANSLATE_NOOP("Cli", "List accounts and folders with counts"), cmdList},
        {"train", QT_TRANSLATE_NOOP("Cli", "Teach the classifier from sorted mail"), cmdTrain},
        {"classify", QT_TRANSLATE_NOOP("Cli", "Classify messages: path, verdict, score, reasons"), cmdClassify},
        {"model", QT_TRANSLATE_NOOP("Cli", "Build, import or inspect the classifier's model"), cmdModel},
        {"account", QT_TRANSLATE_NOOP("Cli", "Add an IMAP account, test it, trust its server's certificate"), cmdAccount},
        {"sync", QT_TRANSLATE_NOOP("Cli", "Sync an IMAP account: fetch, classify, store"), cmdSync},
        {"stats", QT_TRANSLATE_NOOP("Cli", "Spam trends by weekday, hour, day, week, month, season; campaigns"), cmdStats},
        {"chart", QT_TRANSLATE_NOOP("Cli", "Draw a trend chart to PNG, SVG or PDF, with its CSV"), cmdChart},
        {"report", QT_TRANSLATE_NOOP("Cli", "Write a PDF report with every trend chart and a summary"), cmdReport},
        {"unsubscribe", QT_TRANSLATE_NOOP("Cli", "Unsubscribe from a message's list, safely (plan; --yes to do it)"), cmdUnsubscribe},
        {"selfcheck", QT_TRANSLATE_NOOP("Cli", "Check your own domain: MX, reverse DNS, SPF, DMARC, DKIM, block lists"), cmdSelfcheck},
        {"hygiene", QT_TRANSLATE_NOOP("Cli", "Group mail by sender and list; bulk actions with preview, log and undo; rules"), cmdHygiene},
        {"senders", QT_TRANSLATE_NOOP("Cli", "Suspicious senders by address, domain or origin IP; botnet campaigns"), cmdSenders},
    };
    return table;
}

QString globalHelp()
{
    QString h = QCoreApplication::translate("Cli", "Usage: mailtide-cli [--db FILE] COMMAND [OPTIONS]\n\n"
                   "Mailtide's command line: mailbox hygiene and spam analysis, on your own machine.\n\n"
                   "Options:\n"
                   "  --db FILE      the profile database (default: %1)\n"
                   "  --dns ADDRESS[:PORT]\n"
                   "                 send every DNS query to this resolver (IPv4) instead of the system's\n"
                   "  -h, --help     this help; COMMAND --help tells about one command\n"
                   "  -v, --version  the version\n\n"
                   "Commands:\n")
                    .arg(store::Database::defaultPath());
    for (const auto &c : commands())
        h += QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -13).arg(QCoreApplication::translate("Cli", c.summary));
    return h;
}

} // namespace

bool needsWidgets(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--dns"))
            ++i;
        else if (!a.startsWith(QLatin1Char('-')))
            return a == QLatin1String("chart") || a == QLatin1String("report");
    }
    return false;
}

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
        } else if (a == QLatin1String("--dns") || a.startsWith(QLatin1String("--dns="))) {
            // Every DNS query of this run (SRV discovery, block lists, the self-check) goes there.
            QString value;
            if (a == QLatin1String("--dns")) {
                if (++i >= arguments.size())
                    return err << "mailtide-cli: " << QCoreApplication::translate("Cli", "--dns needs an ADDRESS[:PORT]") << Qt::endl, ExitUsage;
                value = arguments.at(i);
            } else {
                value = a.mid(6);
            }
            auto server = net::parseDnsServer(value);
            if (!server)
                return err << "mailtide-cli: --dns: " << server.error().toString() << Qt::endl, ExitUsage;
            net::setDefaultServer(server.value());
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
