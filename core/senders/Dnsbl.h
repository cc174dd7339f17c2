#pragma once
/** @short DNS block lists (DNSBL, RFC 5782): is this IP (or domain) on Spamhaus ZEN, SpamCop,
 *  Barracuda, ...? What each answer code means in plain words, and where to ask for removal.
 *
 * A look-up tells the list's operator which address the user is asking about, so Mailtide makes
 * none unless the user switched them on (DnsblSettings::enabled, off by default; `--dnsbl` on the
 * command line). The pieces:
 *  - the catalogue of known lists (knownLists()) and lists the user adds by zone (customList());
 *  - pure functions: the query name (reversed octets for IPv4, reversed nibbles for IPv6 — RFC
 *    5782 2.1 and 2.4) and what an answer means (interpret()), tested row by row;
 *  - DnsblCache: thread-safe, in memory, each answer kept for its TTL (bounded); the store table
 *    (store/DnsblTable.h) keeps them across restarts;
 *  - RateLimiter: at most N queries a second, shared by every thread;
 *  - DnsblChecker: blocking look-ups through the cache and the limiter, for a worker thread
 *    (DnsblJob runs it on a QThreadPool for the GUI). Never on the GUI thread.
 *
 * Answers outside 127.0.0.0/8 are not listings (RFC 5782 2.3 says answers are in 127/8; a
 * resolver that rewrites NXDOMAIN into an advertising server's address sends others), and some
 * codes are a list's way of refusing to answer (Spamhaus's 127.255.255.254: "you asked through a
 * public resolver"): both are errors, never "listed". */
#include "net/Dns.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

class QSettings;

namespace mailtide::senders {

/** What an answer code of a list says. */
struct DnsblCode
{
    enum class Kind {
        Listed,      ///< the address sent spam, is infected, hijacked...: a reputation problem
        Policy,      ///< listed by policy, not for abuse (Spamhaus PBL: an end-user range that
                     ///< should not send mail straight to the world)
        QueryRefused ///< not a listing: the list refused this query (public resolver, too many queries)
    };
    quint32 first = 0; ///< the answer's IPv4 address (host order), first of a range ...
    quint32 last = 0;  ///< ... and last of it (inclusive)
    Kind kind = Kind::Listed;
    QString meaning; ///< plain words, translated
};

struct DnsblList
{
    enum class Target { Ip, Domain };
    QString id;   ///< stable key for settings and the store: "spamhaus-zen", "zone:<zone>", "spamhaus-zen@<zone>" (listFor())
    QString name; ///< "Spamhaus ZEN"
    QString zone; ///< "zen.spamhaus.org"
    Target target = Target::Ip;
    bool ipv6 = false;  ///< the zone answers IPv6 queries
    QString about;      ///< plain words: what the list is, its terms of use (translated)
    QString lookupUrl;  ///< a page where a person checks an address ("%1": the address), may be empty
    QString delistUrl;  ///< where to ask for removal ("%1": the address), may be empty
    QList<DnsblCode> codes; ///< known codes; any other 127/8 answer is "listed, code not documented"
};

/** The lists Mailtide knows, with their codes: Spamhaus ZEN and DBL, SpamCop, Barracuda, PSBL,
 *  UCEPROTECT level 1. */
const QList<DnsblList> &knownLists();
std::optional<DnsblList> knownList(const QString &id);
/** The ids of the lists used when the user has chosen none: Spamhaus ZEN, SpamCop, Barracuda. */
QStringList defaultListIds();
/** A list the user names by its zone ("dnsbl.example.org"): every 127.0.0.0/8 answer means
 *  listed. Its id is "zone:<zone>". Error when the zone is not a valid host name. */
Result<DnsblList> customList(const QString &zone, DnsblList::Target target = DnsblList::Target::Ip);
/** An id -> the list: one from the catalogue ("spamhaus-zen"), "zone:<zone>" (customList()), or
 *  "<id>@<zone>": a catalogue list asked at another zone with the same codes — a mirror, or
 *  Spamhaus's Data Query Service ("spamhaus-zen@<key>.zen.dq.spamhaus.net"). */
Result<DnsblList> listFor(const QString &id);

/** RFC 5782: "2.0.0.127.zen.spamhaus.org" for 127.0.0.2; 32 reversed nibbles for IPv6. Empty
 *  when the list does not take that address family, the list is for domains, or the address is
 *  null. */
QString queryName(const DnsblList &list, const QHostAddress &ip);
/** For a domain list: "<domain>.<zone>" (lower case, ASCII); empty for an IP list or a bad name. */
QString queryName(const DnsblList &list, const QString &domain);

enum class DnsblState { NotListed, Listed, Error };

/** One list's answer about one address or domain. */
struct DnsblResult
{
    QString listId;
    QString subject; ///< the address (QHostAddress::toString()) or the domain looked up
    DnsblState state = DnsblState::Error;
    QList<QHostAddress> codes; ///< the list's A answers (when listed)
    QStringList meanings;      ///< plain words, one per code (when listed, or why it is an error)
    bool policyOnly = false;   ///< listed, but only by policy codes (DnsblCode::Kind::Policy)
    QString reason;            ///< the list's TXT record, when listed and it has one
    QString error;             ///< when state == Error
    qint64 checkedUtc = 0;     ///< when the list was asked (seconds since the epoch)
    qint64 expiresUtc = 0;     ///< until when the answer may be reused
    bool fromCache = false;    ///< this call sent no query for it

    QString codesText() const; ///< "127.0.0.2,127.0.0.4"
};

/** Pure: what the list's A answer (and TXT, when listed) means. Times are left at 0. */
DnsblResult interpret(const DnsblList &list, const QString &subject, const net::DnsAnswer<QHostAddress> &answer);

/** The user's choice. Stored under "dnsbl/..." in QSettings; off unless switched on. */
struct DnsblSettings
{
    static constexpr const char *kEnabledKey = "dnsbl/enabled";
    static constexpr const char *kListsKey = "dnsbl/lists";
    static constexpr const char *kRateKey = "dnsbl/maxQueriesPerSecond";

    bool enabled = false;
    QStringList listIds = defaultListIds();
    double maxQueriesPerSecond = 10;

    static DnsblSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    /** The lists named by listIds; unknown ids are skipped and reported in `skipped`. */
    QList<DnsblList> lists(QStringList *skipped = nullptr) const;
};

/** A thread-safe in-memory cache of answers, each until its expiresUtc; at most maxEntries
 *  (expired ones go first when full, then the soonest to expire). */
class DnsblCache
{
public:
    explicit DnsblCache(int maxEntries = 100000) : m_max(std::max(1, maxEntries)) {}
    std::optional<DnsblResult> find(const QString &listId, const QString &subject, qint64 nowUtc) const;
    void insert(const DnsblResult &result);
    int size() const;
    void clear();
    /** Set once the store's saved answers were loaded into it (DnsblJob does it once per cache). */
    bool markLoaded();

private:
    static QString key(const QString &listId, const QString &subject) { return listId + QLatin1Char('\n') + subject; }
    mutable std::mutex m_mutex;
    QHash<QString, DnsblResult> m_entries;
    int m_max;
    bool m_loaded = false;
};

/** At most `perSecond` acquire() calls return per second, evenly spaced, across every thread that
 *  shares it. acquire() blocks the calling (worker) thread until its turn. */
class RateLimiter
{
public:
    explicit RateLimiter(double perSecond);
    void acquire();
    double perSecond() const { return m_perSecond; }

private:
    std::mutex m_mutex;
    double m_perSecond;
    std::chrono::steady_clock::duration m_interval;
    std::chrono::steady_clock::time_point m_next;
};

struct DnsblCheckerOptions
{
    std::optional<net::DnsServer> server; ///< unset: net::Resolver's default (--dns, the setting, the system)
    int timeoutMs = 2000;
    int attempts = 1;
    quint32 minTtl = 60;        ///< answers are kept at least this long (seconds) ...
    quint32 maxTtl = 86400;     ///< ... and at most this long
    quint32 negativeTtl = 900;  ///< "not listed" when the zone gives no negative TTL
    bool askReason = true;      ///< also ask the TXT record of a listed address
    std::function<qint64()> clock; ///< seconds since the epoch; unset: the system clock
};

/** Asks each list about an address, through the cache and the rate limiter. Blocking: for worker
 *  threads. Thread-safe (each call uses a resolver of its own; the cache and the limiter lock).
 *  Errors (timeouts, garbage, refused queries) are results with state Error, and are not cached. */
class DnsblChecker
{
public:
    DnsblChecker(QList<DnsblList> lists, DnsblCache &cache, RateLimiter &limiter, DnsblCheckerOptions options = {});

    /** One result per IP list that takes this address family. */
    QList<DnsblResult> check(const QHostAddress &ip);
    /** One result per domain list. */
    QList<DnsblResult> checkDomain(const QString &domain);

    const QList<DnsblList> &lists() const { return m_lists; }

private:
    DnsblResult ask(const DnsblList &list, const QString &subject, const QString &name);
    qint64 now() const;
    QList<DnsblList> m_lists;
    DnsblCache &m_cache;
    RateLimiter &m_limiter;
    DnsblCheckerOptions m_options;
};

} // namespace mailtide::senders
