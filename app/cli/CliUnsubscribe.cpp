#include "CliUnsubscribe.h"

#include "hygiene/Unsubscribe.h"
#include "imap/Connection.h"
#include "mime/ParsedMessage.h"
#include "store/Store.h"
#include "store/UnsubscribeLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace mailtide::cli {

namespace {

constexpr int kExitRefused = 3;
constexpr qint64 kMaxMessageBytes = 64 * 1024 * 1024;

int failWith(Context &ctx, const QString &message, int code = ExitFailure)
{
    ctx.err << "mailtide-cli unsubscribe: " << message << Qt::endl;
    return code;
}

} // namespace

int cmdUnsubscribe(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("Cli", "Unsubscribes from the list that sent MESSAGE.eml, safely: RFC 8058 one-click over HTTPS only for mail "
           "signed (DKIM) by the list's domain, mailto through your SMTP server, anything else is only shown. "
           "Refuses mail judged spam or failing authentication. Without --yes only the plan is printed."));
    p.addPositionalArgument(QStringLiteral("MESSAGE.eml"), QCoreApplication::translate("Cli", "The message, as a file"));
    const QCommandLineOption yes(QStringLiteral("yes"), QCoreApplication::translate("Cli", "Carry the plan out (the confirmation)."));
    const QCommandLineOption account(QStringLiteral("account"), QCoreApplication::translate("Cli", "The account the message belongs to (for its "
                                                                  "verdict and the record)."), QCoreApplication::translate("Cli", "NAME"));
    const QCommandLineOption spam(QStringLiteral("spam"), QCoreApplication::translate("Cli", "Treat the message as judged spam (refused)."));
    const QCommandLineOption trusted(QStringLiteral("trusted-authserv"),
                                     QCoreApplication::translate("Cli", "authserv-id of your own receiving server (repeatable); default: the "
                                        "top-most Authentication-Results."),
                                     QCoreApplication::translate("Cli", "ID"));
    const QCommandLineOption ca(QStringLiteral("ca"), QCoreApplication::translate("Cli", "Extra trusted certificates (PEM) for HTTPS and SMTP."), QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QCoreApplication::translate("Cli", "Seconds for the whole request (default 20)."),
                                     QCoreApplication::translate("Cli", "SECONDS"), QStringLiteral("20"));
    const QCommandLineOption smtp(QStringLiteral("smtp"), QCoreApplication::translate("Cli", "Your SMTP server for mailto unsubscribes."), QCoreApplication::translate("Cli", "HOST[:PORT]"));
    const QCommandLineOption smtpTls(QStringLiteral("smtp-tls"), QCoreApplication::translate("Cli", "starttls (default) or implicit."), QCoreApplication::translate("Cli", "MODE"),
                                     QStringLiteral("starttls"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("Cli", "Your address, the sender of a mailto unsubscribe."), QCoreApplication::translate("Cli", "ADDRESS"));
    const QCommandLineOption smtpUser(QStringLiteral("smtp-user"), QCoreApplication::translate("Cli", "SMTP login (none: no AUTH)."), QCoreApplication::translate("Cli", "USER"));
    const QCommandLineOption smtpPasswordCommand(QStringLiteral("smtp-password-command"),
                                                 QCoreApplication::translate("Cli", "A command printing the SMTP password."), QCoreApplication::translate("Cli", "COMMAND"));
    p.addOptions({yes, account, spam, trusted, ca, timeout, smtp, smtpTls, from, smtpUser, smtpPasswordCommand});
    p.addHelpOption();
    if (!p.parse(args)) return failWith(ctx, p.errorText(), ExitUsage);
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1) return failWith(ctx, QCoreApplication::translate("Cli", "give exactly one message file"), ExitUsage);
    bool ok = false;
    const int timeoutS = p.value(timeout).toInt(&ok);
    if (!ok || timeoutS <= 0 || timeoutS > 600) return failWith(ctx, QCoreApplication::translate("Cli", "--timeout takes 1 to 600 seconds"), ExitUsage);
    if (p.value(smtpTls) != QLatin1String("starttls") && p.value(smtpTls) != QLatin1String("implicit"))
        return failWith(ctx, QCoreApplication::translate("Cli", "--smtp-tls is starttls or implicit"), ExitUsage);

    const QString path = p.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return failWith(ctx, QCoreApplication::translate("Cli", "cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxMessageBytes) return failWith(ctx, QCoreApplication::translate("Cli", "%1 is too large for a message").arg(path));
    const mime::ParsedMessage message = mime::parseMessage(file.readAll());

    // The verdict: --spam, else the one stored for this Message-ID in the account, if any.
    std::optional<store::Verdict> verdict;
    std::unique_ptr<store::Store> st;
    if (p.isSet(account) && QFileInfo::exists(ctx.dbPath)) {
        Result<std::unique_ptr<store::Store>> opened = store::Store::open(ctx.dbPath);
        if (!opened) return failWith(ctx, opened.error().toString());
        st = std::move(*opened);
        store::UnsubscribeLog log(st->db());
        Result<std::optional<int>> stored = log.verdictOf(p.value(account), message.messageId);
        if (!stored) return failWith(ctx, stored.error().toString());
        if (stored->has_value() && **stored >= 0) verdict = store::Verdict(**stored);
    }
    if (p.isSet(spam)) verdict = store::Verdict::Spam;

    hygiene::UnsubscribeInput in = hygiene::inputFrom(message, p.value(account), verdict);
    in.trustedAuthservIds = p.values(trusted);
    const hygiene::UnsubscribePlan plan = hygiene::planUnsubscribe(in);
    ctx.out << QCoreApplication::translate("Cli", "method: %1").arg(hygiene::toString(plan.method)) << '\n';
    if (!plan.target.isEmpty()) ctx.out << QCoreApplication::translate("Cli", "target: %1").arg(plan.target) << '\n';
    ctx.out << QCoreApplication::translate("Cli", "reason: %1").arg(plan.reason) << '\n';
    if (!plan.warning.isEmpty()) ctx.out << QCoreApplication::translate("Cli", "warning: %1").arg(plan.warning) << '\n';
    ctx.out.flush();

    const auto record = [&](const QString &result, const QString &detail) {
        if (!st) return;
        store::UnsubscribeLog log(st->db());
        const store::UnsubscribeRecord r{0, p.value(account), plan.sender, plan.listId, hygiene::toString(plan.method),
                                         plan.target, QDateTime::currentSecsSinceEpoch(), result, detail};
        if (Result<qint64> id = log.record(r); !id)
            ctx.err << "mailtide-cli unsubscribe: " << QCoreApplication::translate("Cli", "not recorded: %1").arg(id.error().toString()) << Qt::endl;
    };

    if (plan.method == hygiene::UnsubscribeMethod::Refused) {
        if (p.isSet(yes)) record(QStringLiteral("refused"), plan.reason);
        return failWith(ctx, QCoreApplication::translate("Cli", "refused: %1").arg(plan.reason), kExitRefused);
    }
    if (plan.method == hygiene::UnsubscribeMethod::Browser) {
        ctx.out << QCoreApplication::translate("Cli", "Open the link yourself if you still want to: Mailtide does not open it from the command line.")
                << Qt::endl;
        return ExitOk;
    }
    if (!p.isSet(yes)) {
        ctx.out << plan.question << '\n' << QCoreApplication::translate("Cli", "(plan only: add --yes to do it)") << Qt::endl;
        return ExitOk;
    }

    hygiene::HttpsSettings https;
    https.caFile = p.value(ca);
    https.timeoutMs = timeoutS * 1000;
    hygiene::SmtpSettings mail;
    if (plan.method == hygiene::UnsubscribeMethod::Mailto) {
        if (!p.isSet(smtp) || !p.isSet(from))
            return failWith(ctx, QCoreApplication::translate("Cli", "a mailto unsubscribe needs --smtp HOST[:PORT] and --from ADDRESS"), ExitUsage);
        const QString hostPort = p.value(smtp);
        const qsizetype colon = hostPort.lastIndexOf(u':');
        mail.host = colon > 0 && !hostPort.endsWith(u']') ? hostPort.left(colon) : hostPort;
        if (colon > 0 && !hostPort.endsWith(u']')) {
            mail.port = quint16(hostPort.mid(colon + 1).toUInt(&ok));
            if (!ok || mail.port == 0) return failWith(ctx, QCoreApplication::translate("Cli", "bad port in --smtp %1").arg(hostPort), ExitUsage);
        }
        mail.host.remove(u'[').remove(u']');
        mail.tls = p.value(smtpTls) == QLatin1String("implicit") ? hygiene::SmtpSettings::Tls::Implicit
                                                                 : hygiene::SmtpSettings::Tls::StartTls;
        mail.caFile = p.value(ca);
        mail.fromAddress = p.value(from);
        mail.user = p.value(smtpUser);
        mail.timeoutMs = timeoutS * 1000;
        if (p.isSet(smtpPasswordCommand)) {
            Result<QByteArray> secret = imap::secretFromCommand(p.value(smtpPasswordCommand));
            if (!secret) return failWith(ctx, secret.error().toString());
            mail.password = *secret;
        }
    }
    const Result<hygiene::UnsubscribeOutcome> done = hygiene::executeUnsubscribe(plan, https, mail);
    mail.password.fill('\0');
    if (!done) {
        record(QStringLiteral("failed"), done.error().toString());
        return failWith(ctx, done.error().toString());
    }
    record(QStringLiteral("done"), done->detail);
    ctx.out << QCoreApplication::translate("Cli", "done: %1").arg(done->detail) << Qt::endl;
    return ExitOk;
}

} // namespace mailtide::cli
