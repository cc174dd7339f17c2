#pragma once
/** @short Where an address's IMAP server is: what the account dialog fills in from an e-mail
 *  address, so a person types an address and a password, not a host name and a port.
 *
 * In order: a short table of well-known providers (with what each needs: an app password, or
 * OAuth2), the domain's own SRV records (RFC 6186: _imaps._tcp, then _imap._tcp with STARTTLS),
 * else the common guess imap.<domain> on 993. Pure functions, but for lookUpSrv(), which asks
 * DNS (net::Resolver) and is for a worker thread; bestSrv() chooses among its answers. */
#include <QList>
#include <QString>

#include <optional>

namespace mailtide::net {
class Resolver;
}

namespace mailtide::imap {

struct ServerGuess
{
    enum class Source { KnownProvider, Srv, Guess };
    QString host;
    int port = 993;
    QString tls = QStringLiteral("implicit"); ///< implicit | starttls
    Source source = Source::Guess;
    /** For the user, translated; e.g. that the provider wants an app password. May be empty. */
    QString note;
};

/** The domain of an address ("anna@Example.ORG" -> "example.org"); empty if it has none. */
QString domainOf(const QString &address);
/** The well-known provider serving this domain, if it is one. */
std::optional<ServerGuess> knownProvider(const QString &domain);
/** imap.<domain>:993, TLS. */
ServerGuess guessFor(const QString &domain);

struct SrvAnswer
{
    QString target;
    int port = 0;
    int priority = 0;
    int weight = 0;
};
/** RFC 6186 section 3.4 and RFC 2782: the lowest priority, then the highest weight, of the IMAPS
 *  answers, else of the IMAP ones (STARTTLS). A target of "." means the service is not offered
 *  there. Unset when neither list names a server. */
std::optional<ServerGuess> bestSrv(const QList<SrvAnswer> &imaps, const QList<SrvAnswer> &imap);

/** Asks DNS for the domain's _imaps._tcp and _imap._tcp records and returns bestSrv() of them.
 *  Blocking (a worker's call). Unset when the domain publishes none, or DNS did not answer. */
std::optional<ServerGuess> lookUpSrv(net::Resolver &resolver, const QString &domain);

} // namespace mailtide::imap
