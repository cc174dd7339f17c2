#include "imap/Discovery.h"

#include "net/Dns.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailtide::imap {

namespace {

enum class Needs { Nothing, AppPassword, OAuth2 };

struct Provider
{
    const char *domains; ///< space-separated
    const char *host;
    Needs needs;
};

// Large providers whose IMAP host is not imap.<domain>, or that need something beyond a password.
// Checked against each provider's published settings; keep it short and sure.
constexpr Provider kProviders[] = {
    {"gmail.com googlemail.com", "imap.gmail.com", Needs::AppPassword},
    {"outlook.com hotmail.com live.com msn.com outlook.fr hotmail.fr live.fr hotmail.de outlook.de hotmail.co.uk",
     "outlook.office365.com", Needs::OAuth2},
    {"yahoo.com yahoo.fr yahoo.de yahoo.co.uk ymail.com rocketmail.com", "imap.mail.yahoo.com", Needs::AppPassword},
    {"icloud.com me.com mac.com", "imap.mail.me.com", Needs::AppPassword},
    {"aol.com", "imap.aol.com", Needs::AppPassword},
    {"gmx.net gmx.de gmx.at gmx.ch gmx.com gmx.fr", "imap.gmx.net", Needs::Nothing},
    {"web.de", "imap.web.de", Needs::Nothing},
    {"t-online.de", "secureimap.t-online.de", Needs::Nothing},
    {"fastmail.com fastmail.fm", "imap.fastmail.com", Needs::AppPassword},
    {"zoho.com zohomail.com", "imap.zoho.com", Needs::Nothing},
    {"yandex.com yandex.ru ya.ru", "imap.yandex.com", Needs::AppPassword},
    {"mail.ru inbox.ru list.ru bk.ru", "imap.mail.ru", Needs::AppPassword},
    {"orange.fr wanadoo.fr", "imap.orange.fr", Needs::Nothing},
    {"free.fr", "imap.free.fr", Needs::Nothing},
    {"laposte.net", "imap.laposte.net", Needs::Nothing},
    {"sfr.fr", "imap.sfr.fr", Needs::Nothing},
};

QString noteFor(Needs n)
{
    switch (n) {
    case Needs::AppPassword:
        return QCoreApplication::translate("Imap", "This provider wants an app password (made in its account security "
                                                   "settings), not your usual password.");
    case Needs::OAuth2:
        return QCoreApplication::translate("Imap", "This provider accepts only OAuth2 sign-in over IMAP: give the account "
                                                   "an OAuth2 token command (mailtide-cli account add --oauth2-token-command).");
    case Needs::Nothing:
        break;
    }
    return {};
}

} // namespace

QString domainOf(const QString &address)
{
    const QString a = address.trimmed();
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString d = a.mid(at + 1).toLower();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty() || d.contains(QLatin1Char(' ')) || !d.contains(QLatin1Char('.')) || d.startsWith(QLatin1Char('.')))
        return {};
    return d;
}

std::optional<ServerGuess> knownProvider(const QString &domain)
{
    const QString d = domain.toLower();
    for (const Provider &p : kProviders) {
        const QStringList domains = QString::fromLatin1(p.domains).split(QLatin1Char(' '));
        if (!domains.contains(d))
            continue;
        ServerGuess g;
        g.host = QString::fromLatin1(p.host);
        g.source = ServerGuess::Source::KnownProvider;
        g.note = noteFor(p.needs);
        return g;
    }
    return std::nullopt;
}

ServerGuess guessFor(const QString &domain)
{
    ServerGuess g;
    g.host = QStringLiteral("imap.") + domain.toLower();
    return g;
}

std::optional<ServerGuess> bestSrv(const QList<SrvAnswer> &imaps, const QList<SrvAnswer> &imap)
{
    const auto best = [](const QList<SrvAnswer> &answers) -> std::optional<SrvAnswer> {
        QList<SrvAnswer> usable;
        for (const SrvAnswer &a : answers) {
            QString t = a.target;
            while (t.endsWith(QLatin1Char('.')))
                t.chop(1);
            if (t.isEmpty() || a.port <= 0 || a.port > 65535)
                continue; // "." : not offered here (RFC 2782)
            usable.append({t.toLower(), a.port, a.priority, a.weight});
        }
        if (usable.isEmpty())
            return std::nullopt;
        // Deterministic: the lowest priority, then the highest weight (a client may pick at
        // random by weight; the dialog shows one server, and the same one every time).
        std::stable_sort(usable.begin(), usable.end(), [](const SrvAnswer &x, const SrvAnswer &y) {
            return x.priority != y.priority ? x.priority < y.priority : x.weight > y.weight;
        });
        return usable.first();
    };
    ServerGuess g;
    g.source = ServerGuess::Source::Srv;
    if (auto a = best(imaps)) {
        g.host = a->target;
        g.port = a->port;
        g.tls = QStringLiteral("implicit");
        return g;
    }
    if (auto a = best(imap)) {
        g.host = a->target;
        g.port = a->port;
        g.tls = QStringLiteral("starttls"); // RFC 6186 3.2: _imap._tcp is STARTTLS, never plain
        return g;
    }
    return std::nullopt;
}

std::optional<ServerGuess> lookUpSrv(net::Resolver &resolver, const QString &domain)
{
    const auto answers = [&](const QString &service) {
        QList<SrvAnswer> out;
        if (auto r = resolver.srv(service + domain))
            for (const net::SrvRecord &s : r->records)
                out.append({s.target, s.port, s.priority, s.weight});
        return out;
    };
    return bestSrv(answers(QStringLiteral("_imaps._tcp.")), answers(QStringLiteral("_imap._tcp.")));
}

} // namespace mailtide::imap
