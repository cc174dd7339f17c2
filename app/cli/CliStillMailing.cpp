// `mailtide-cli hygiene still-mailing`: senders that kept mailing after the user unsubscribed
// (store/UnsubscribeLog.h), each with the rule that would move their mail away, as the command
// line that adds it.
#include "CliHygiene.h"

#include "store/Store.h"
#include "store/UnsubscribeLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mailtide::cli {

namespace {

/** A word for a POSIX shell: as is when it is plainly safe, else in single quotes. */
QString shellWord(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (!s.isEmpty() && plain.match(s).hasMatch())
        return s;
    return QLatin1Char('\'') + QString(s).replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString isoDate(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString suggestedRule(const store::StillMailing &m)
{
    // A list is matched by its List-Id (the sender address of a list may vary); else the address.
    // Junk: mail that ignores an unsubscribe is unwanted by definition.
    const bool byList = !m.unsubscribe.listId.isEmpty();
    return QStringLiteral("mailtide-cli hygiene rules add --account %1 %2 %3 --action junk")
        .arg(shellWord(m.unsubscribe.account), byList ? QStringLiteral("--list-id") : QStringLiteral("--from"),
             shellWord(byList ? m.unsubscribe.listId : m.unsubscribe.sender));
}

int stillMailing(Context &ctx, const QCommandLineParser &p, store::Store &store)
{
    const auto fail = [&](const QString &message, int code) {
        ctx.err << "mailtide-cli hygiene: " << message << Qt::endl;
        return code;
    };
    int days = 2; // RFC 8058 section 3.2 (and the big mailbox providers) give senders two days
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return fail(QCoreApplication::translate("Cli", "--days needs a number of days, 0 to 3650"), ExitUsage);
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(QCoreApplication::translate("Cli", "still-mailing: --format csv or json"), ExitUsage);
    const QString account = p.value(QStringLiteral("account"));
    if (!account.isEmpty()) {
        auto all = store.accounts();
        if (!all)
            return fail(all.error().toString(), ExitFailure);
        bool found = false;
        for (const store::AccountInfo &a : all.value())
            found = found || a.name == account;
        if (!found)
            return fail(QCoreApplication::translate("Cli", "no such account: %1").arg(account), ExitFailure);
    }
    auto rows = store::UnsubscribeLog(store.db()).stillMailing(days);
    if (!rows)
        return fail(rows.error().toString(), ExitFailure);
    QList<store::StillMailing> shown;
    for (const store::StillMailing &m : rows.value())
        if (account.isEmpty() || m.unsubscribe.account == account)
            shown << m;

    if (format == QLatin1String("json")) {
        QJsonArray out;
        for (const store::StillMailing &m : shown)
            out.append(QJsonObject{{QStringLiteral("account"), m.unsubscribe.account},
                                   {QStringLiteral("sender"), m.unsubscribe.sender},
                                   {QStringLiteral("list_id"), m.unsubscribe.listId},
                                   {QStringLiteral("unsubscribed"), isoDate(m.unsubscribe.atUtc)},
                                   {QStringLiteral("method"), m.unsubscribe.method},
                                   {QStringLiteral("messages_after"), m.messagesAfter},
                                   {QStringLiteral("last_received"), isoDate(m.lastReceivedUtc)},
                                   {QStringLiteral("suggested_rule"), suggestedRule(m)}});
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("grace_days"), days},
                                                               {QStringLiteral("still_mailing"), out}})
                                         .toJson(QJsonDocument::Indented));
    } else {
        ctx.out << "# " << QCoreApplication::translate("Cli", "senders still mailing more than %n day(s) after a successful unsubscribe", nullptr, days)
                << "\r\n";
        ctx.out << "account,sender,list_id,unsubscribed,method,messages_after,last_received,suggested_rule\r\n";
        for (const store::StillMailing &m : shown)
            ctx.out << csvField(m.unsubscribe.account) << ',' << csvField(m.unsubscribe.sender) << ',' << csvField(m.unsubscribe.listId) << ','
                    << isoDate(m.unsubscribe.atUtc) << ',' << csvField(m.unsubscribe.method) << ',' << m.messagesAfter << ','
                    << isoDate(m.lastReceivedUtc) << ',' << csvField(suggestedRule(m)) << "\r\n";
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace mailtide::cli
