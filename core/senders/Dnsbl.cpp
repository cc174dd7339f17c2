#include "senders/Dnsbl.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <thread>

namespace mailtide::senders {

namespace {

/** A string marked with QT_TRANSLATE_NOOP("Dnsbl", ...), translated. */
QString translated(const char *text)
{
    return QCoreApplication::translate("Dnsbl", text);
}


constexpr quint32 ip4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

DnsblCode code(quint32 first, quint32 last, DnsblCode::Kind kind, const char *meaning)
{
    return {first, last, kind, translated(meaning)};
}

/** Spamhaus answers these instead of a listing when it will not answer (its "return codes"
 *  page): they must never read as "listed". Shared by ZEN and DBL. */
QList<DnsblCode> spamhausRefusals()
{
    using K = DnsblCode::Kind;
    return {
        code(ip4(127, 255, 255, 252), ip4(127, 255, 255, 252), K::QueryRefused,
             QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus says the list's name was mistyped in the query")),
        code(ip4(127, 255, 255, 254), ip4(127, 255, 255, 254), K::QueryRefused,
             QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus refuses queries that come through a public or open resolver "
                                        "(such as 8.8.8.8): ask through your own resolver (--dns), or use a "
                                        "Spamhaus Data Query Service key")),
        code(ip4(127, 255, 255, 255), ip4(127, 255, 255, 255), K::QueryRefused,
             QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus refuses: too many queries from your resolver")),
    };
}

QList<DnsblList> buildCatalogue()
{
    using K = DnsblCode::Kind;
    QList<DnsblList> out;

    DnsblList zen;
    zen.id = QStringLiteral("spamhaus-zen");
    zen.name = QStringLiteral("Spamhaus ZEN");
    zen.zone = QStringLiteral("zen.spamhaus.org");
    zen.ipv6 = true;
    zen.about = translated(QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus's combined list (SBL, CSS, XBL, PBL). Free for low-volume, "
                                              "non-commercial use through your own resolver; public resolvers are refused."));
    zen.lookupUrl = QStringLiteral("https://check.spamhaus.org/results/?query=%1");
    zen.delistUrl = QStringLiteral("https://check.spamhaus.org/results/?query=%1");
    zen.codes = {
        code(ip4(127, 0, 0, 2), ip4(127, 0, 0, 2), K::Listed,
             QT_TRANSLATE_NOOP("Dnsbl", "a known source of spam, or a spam operation's server (Spamhaus SBL)")),
        code(ip4(127, 0, 0, 3), ip4(127, 0, 0, 3), K::Listed,
             QT_TRANSLATE_NOOP("Dnsbl", "sends low-volume spam spread over many addresses, \"snowshoe\" spam (Spamhaus CSS)")),
        code(ip4(127, 0, 0, 4), ip4(127, 0, 0, 7), K::Listed,
             QT_TRANSLATE_NOOP("Dnsbl", "a machine infected by malware, a botnet member or an open proxy sending mail "
                                        "(Spamhaus XBL): find and clean the infected machine behind this address")),
        code(ip4(127, 0, 0, 9), ip4(127, 0, 0, 9), K::Listed,
             QT_TRANSLATE_NOOP("Dnsbl", "in a network hijacked by or leased to spammers; do not route or accept (Spamhaus DROP)")),
        code(ip4(127, 0, 0, 10), ip4(127, 0, 0, 10), K::Policy,
             QT_TRANSLATE_NOOP("Dnsbl", "the network's own provider says this address should not send mail straight to other "
                                        "servers: an end-user range (Spamhaus PBL, by the provider). Send through your "
                                        "provider's or your company's mail server instead")),
        code(ip4(127, 0, 0, 11), ip4(127, 0, 0, 11), K::Policy,
             QT_TRANSLATE_NOOP("Dnsbl", "a dynamic or end-user address that should not send mail straight to other servers "
                                        "(Spamhaus PBL). A real mail server on a fixed address can be removed on request")),
    };
    zen.codes += spamhausRefusals();
    out << zen;

    DnsblList spamcop;
    spamcop.id = QStringLiteral("spamcop");
    spamcop.name = QStringLiteral("SpamCop");
    spamcop.zone = QStringLiteral("bl.spamcop.net");
    spamcop.about = translated(QT_TRANSLATE_NOOP("Dnsbl", "Listings come from spam reports by SpamCop's users and its traps; "
                                                  "an address drops off by itself 24 hours after the reports stop."));
    spamcop.lookupUrl = QStringLiteral("https://www.spamcop.net/bl.shtml?%1");
    spamcop.delistUrl = QStringLiteral("https://www.spamcop.net/bl.shtml?%1");
    spamcop.codes = {code(ip4(127, 0, 0, 2), ip4(127, 0, 0, 2), K::Listed,
                          QT_TRANSLATE_NOOP("Dnsbl", "reported as a spam source by SpamCop's users or trap addresses "
                                                     "in the last days"))};
    out << spamcop;

    DnsblList barracuda;
    barracuda.id = QStringLiteral("barracuda");
    barracuda.name = QStringLiteral("Barracuda Reputation Block List");
    barracuda.zone = QStringLiteral("b.barracudacentral.org");
    barracuda.about = translated(QT_TRANSLATE_NOOP("Dnsbl", "Barracuda Networks' reputation list. Free, but answers only "
                                                    "resolvers registered at barracudacentral.org."));
    barracuda.lookupUrl = QStringLiteral("https://www.barracudacentral.org/lookups/lookup-reputation");
    barracuda.delistUrl = QStringLiteral("https://www.barracudacentral.org/rbl/removal-request");
    barracuda.codes = {code(ip4(127, 0, 0, 2), ip4(127, 0, 0, 2), K::Listed,
                            QT_TRANSLATE_NOOP("Dnsbl", "poor reputation: Barracuda saw spam from this address"))};
    out << barracuda;

    DnsblList psbl;
    psbl.id = QStringLiteral("psbl");
    psbl.name = QStringLiteral("Passive Spam Block List (PSBL)");
    psbl.zone = QStringLiteral("psbl.surriel.com");
    psbl.about = translated(QT_TRANSLATE_NOOP("Dnsbl", "Addresses that sent mail to PSBL's spam traps and never legitimate mail; "
                                               "anyone can remove an address, at once."));
    psbl.lookupUrl = QStringLiteral("https://psbl.org/listing?ip=%1");
    psbl.delistUrl = QStringLiteral("https://psbl.org/remove?ip=%1");
    psbl.codes = {code(ip4(127, 0, 0, 2), ip4(127, 0, 0, 2), K::Listed,
                       QT_TRANSLATE_NOOP("Dnsbl", "sent mail to spam trap addresses"))};
    out << psbl;

    DnsblList uce;
    uce.id = QStringLiteral("uceprotect-1");
    uce.name = QStringLiteral("UCEPROTECT Level 1");
    uce.zone = QStringLiteral("dnsbl-1.uceprotect.net");
    uce.about = translated(QT_TRANSLATE_NOOP("Dnsbl", "Single addresses that hit UCEPROTECT's traps; a listing expires 7 days "
                                              "after the last hit (its express removal costs money)."));
    uce.lookupUrl = QStringLiteral("https://www.uceprotect.net/en/rblcheck.php?ipr=%1");
    uce.delistUrl = QStringLiteral("https://www.uceprotect.net/en/index.php?m=7&s=0");
    uce.codes = {code(ip4(127, 0, 0, 2), ip4(127, 0, 0, 2), K::Listed,
                      QT_TRANSLATE_NOOP("Dnsbl", "sent mail to UCEPROTECT's spam traps in the last 7 days"))};
    out << uce;

    DnsblList dbl;
    dbl.id = QStringLiteral("spamhaus-dbl");
    dbl.name = QStringLiteral("Spamhaus DBL (domains)");
    dbl.zone = QStringLiteral("dbl.spamhaus.org");
    dbl.target = DnsblList::Target::Domain;
    dbl.about = translated(QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus's list of domains seen in spam (links and senders). Same terms "
                                              "as ZEN."));
    dbl.lookupUrl = QStringLiteral("https://check.spamhaus.org/results/?query=%1");
    dbl.delistUrl = QStringLiteral("https://check.spamhaus.org/results/?query=%1");
    dbl.codes = {
        code(ip4(127, 0, 1, 2), ip4(127, 0, 1, 2), K::Listed, QT_TRANSLATE_NOOP("Dnsbl", "a domain used by spammers")),
        code(ip4(127, 0, 1, 4), ip4(127, 0, 1, 4), K::Listed, QT_TRANSLATE_NOOP("Dnsbl", "a phishing domain")),
        code(ip4(127, 0, 1, 5), ip4(127, 0, 1, 5), K::Listed, QT_TRANSLATE_NOOP("Dnsbl", "a domain spreading malware")),
        code(ip4(127, 0, 1, 6), ip4(127, 0, 1, 6), K::Listed,
             QT_TRANSLATE_NOOP("Dnsbl", "a botnet's command-and-control domain")),
        code(ip4(127, 0, 1, 102), ip4(127, 0, 1, 106), K::Listed,
             QT_TRANSLATE_NOOP("Dnsbl", "a legitimate domain abused by spammers (hacked site, redirector)")),
        code(ip4(127, 0, 1, 255), ip4(127, 0, 1, 255), K::QueryRefused,
             QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus DBL takes domain names, not IP addresses")),
    };
    dbl.codes += spamhausRefusals();
    out << dbl;
    return out;
}

bool validZone(const QString &zone)
{
    if (zone.isEmpty() || zone.size() > 200 || zone.startsWith(QLatin1Char('.')) || zone.endsWith(QLatin1Char('.'))
        || zone.contains(QLatin1String("..")))
        return false;
    const QByteArray ace = QUrl::toAce(zone);
    if (ace.isEmpty())
        return false;
    for (char c : ace)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_'))
            return false;
    return true;
}

} // namespace

const QList<DnsblList> &knownLists()
{
    static const QList<DnsblList> lists = buildCatalogue();
    return lists;
}

std::optional<DnsblList> knownList(const QString &id)
{
    for (const DnsblList &l : knownLists())
        if (l.id == id)
            return l;
    return std::nullopt;
}

QStringList defaultListIds()
{
    return {QStringLiteral("spamhaus-zen"), QStringLiteral("spamcop"), QStringLiteral("barracuda")};
}

Result<DnsblList> customList(const QString &zone, DnsblList::Target target)
{
    const QString z = zone.trimmed().toLower();
    if (!validZone(z))
        return Error{translated(QT_TRANSLATE_NOOP("Dnsbl", "not a block list zone")), zone.left(100)};
    DnsblList l;
    l.id = QStringLiteral("zone:") + z;
    l.name = z;
    l.zone = z;
    l.target = target;
    l.ipv6 = true; // unknown: ask, an answer of "no such name" is "not listed"
    l.about = translated(QT_TRANSLATE_NOOP("Dnsbl", "A list you added; any answer in 127.0.0.0/8 counts as listed."));
    return l;
}

Result<DnsblList> listFor(const QString &id)
{
    if (auto l = knownList(id))
        return *l;
    if (const qsizetype at = id.indexOf(QLatin1Char('@')); at > 0) {
        // A known list asked at another zone: a mirror, or Spamhaus's Data Query Service
        // (<key>.zen.dq.spamhaus.net), which answers with the same codes.
        auto base = knownList(id.left(at));
        const QString zone = id.mid(at + 1).trimmed().toLower();
        if (!base)
            return Error{translated(QT_TRANSLATE_NOOP("Dnsbl", "unknown block list")), id.left(at).left(100)};
        if (!validZone(zone))
            return Error{translated(QT_TRANSLATE_NOOP("Dnsbl", "not a block list zone")), zone.left(100)};
        DnsblList l = *base;
        l.id = id.left(at) + QLatin1Char('@') + zone;
        l.name = QStringLiteral("%1 (%2)").arg(base->name, zone);
        l.zone = zone;
        return l;
    }
    if (id.startsWith(QLatin1String("zone:")))
        return customList(id.mid(5));
    return Error{translated(QT_TRANSLATE_NOOP("Dnsbl", "unknown block list")), id.left(100)};
}

QString queryName(const DnsblList &list, const QHostAddress &ip)
{
    if (list.target != DnsblList::Target::Ip || ip.isNull())
        return {};
    bool isV4 = false;
    ip.toIPv4Address(&isV4);
    if (!isV4 && !list.ipv6)
        return {};
    const QString labels = net::reversedLabels(ip);
    return labels.isEmpty() ? QString() : labels + QLatin1Char('.') + list.zone;
}

QString queryName(const DnsblList &list, const QString &domain)
{
    if (list.target != DnsblList::Target::Domain)
        return {};
    QString d = domain.trimmed().toLower();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (!validZone(d) || QHostAddress(d).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return {};
    const QString name = QString::fromLatin1(QUrl::toAce(d)) + QLatin1Char('.') + list.zone;
    return name.size() < 254 ? name : QString();
}

QString DnsblResult::codesText() const
{
    QStringList parts;
    for (const QHostAddress &a : codes)
        parts << a.toString();
    return parts.join(QLatin1Char(','));
}

DnsblResult interpret(const DnsblList &list, const QString &subject, const net::DnsAnswer<QHostAddress> &answer)
{
    DnsblResult r;
    r.listId = list.id;
    r.subject = subject;
    if (answer.status != net::DnsStatus::Found) {
        r.state = DnsblState::NotListed;
        return r;
    }
    bool anyAbuse = false;
    QStringList refusals;
    for (const QHostAddress &a : answer.records) {
        bool isV4 = false;
        const quint32 v = a.toIPv4Address(&isV4);
        if (!isV4 || (v >> 24) != 127) {
            r.state = DnsblState::Error;
            r.codes = answer.records;
            r.error = translated(QT_TRANSLATE_NOOP("Dnsbl", "%1 answered %2, which is not a block list answer (they are in "
                                                    "127.0.0.0/8): a resolver that rewrites unknown names, or a list that "
                                                    "has shut down"))
                          .arg(list.name, a.toString());
            return r;
        }
        const DnsblCode *known = nullptr;
        for (const DnsblCode &c : list.codes)
            if (v >= c.first && v <= c.last)
                known = &c;
        if (known && known->kind == DnsblCode::Kind::QueryRefused) {
            refusals << known->meaning;
            continue;
        }
        r.codes << a;
        if (known) {
            r.meanings << known->meaning;
            anyAbuse = anyAbuse || known->kind == DnsblCode::Kind::Listed;
        } else {
            r.meanings << translated(QT_TRANSLATE_NOOP("Dnsbl", "listed (code %1, which the list does not document)")).arg(a.toString());
            anyAbuse = true;
        }
    }
    if (r.codes.isEmpty()) { // only refusals
        r.state = DnsblState::Error;
        r.error = refusals.join(QStringLiteral("; "));
        r.meanings = refusals;
        return r;
    }
    r.state = DnsblState::Listed;
    r.policyOnly = !anyAbuse;
    return r;
}

// --- settings --------------------------------------------------------------------------------

DnsblSettings DnsblSettings::load(const QSettings &settings)
{
    DnsblSettings s;
    s.enabled = settings.value(QLatin1String(kEnabledKey), false).toBool();
    if (settings.contains(QLatin1String(kListsKey)))
        s.listIds = settings.value(QLatin1String(kListsKey)).toStringList();
    bool ok = false;
    const double rate = settings.value(QLatin1String(kRateKey), s.maxQueriesPerSecond).toDouble(&ok);
    if (ok && rate > 0)
        s.maxQueriesPerSecond = std::clamp(rate, 0.1, 1000.0);
    return s;
}

void DnsblSettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(kEnabledKey), enabled);
    settings.setValue(QLatin1String(kListsKey), listIds);
    settings.setValue(QLatin1String(kRateKey), maxQueriesPerSecond);
}

QList<DnsblList> DnsblSettings::lists(QStringList *skipped) const
{
    QList<DnsblList> out;
    for (const QString &id : listIds) {
        auto l = listFor(id);
        if (l)
            out << l.value();
        else if (skipped)
            *skipped << id;
    }
    return out;
}

// --- cache -----------------------------------------------------------------------------------

std::optional<DnsblResult> DnsblCache::find(const QString &listId, const QString &subject, qint64 nowUtc) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.constFind(key(listId, subject));
    if (it == m_entries.constEnd() || it->expiresUtc <= nowUtc)
        return std::nullopt;
    return *it;
}

void DnsblCache::insert(const DnsblResult &result)
{
    if (result.state == DnsblState::Error)
        return;
    std::lock_guard lock(m_mutex);
    const QString k = key(result.listId, result.subject);
    if (!m_entries.contains(k) && m_entries.size() >= m_max) {
        // Full: drop what has expired (relative to the newest answer's time), else the soonest to expire.
        const qint64 now = result.checkedUtc;
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it->expiresUtc <= now ? m_entries.erase(it) : std::next(it);
        if (m_entries.size() >= m_max) {
            auto soonest = m_entries.begin();
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
                if (it->expiresUtc < soonest->expiresUtc)
                    soonest = it;
            m_entries.erase(soonest);
        }
    }
    DnsblResult stored = result;
    stored.fromCache = true;
    m_entries.insert(k, stored);
}

int DnsblCache::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_entries.size());
}

void DnsblCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

bool DnsblCache::markLoaded()
{
    std::lock_guard lock(m_mutex);
    const bool first = !m_loaded;
    m_loaded = true;
    return first;
}

// --- rate limiter ----------------------------------------------------------------------------

RateLimiter::RateLimiter(double perSecond)
    : m_perSecond(std::clamp(perSecond, 0.01, 100000.0)),
      m_interval(std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(1.0 / m_perSecond))),
      m_next(std::chrono::steady_clock::now())
{
}

void RateLimiter::acquire()
{
    std::chrono::steady_clock::time_point slot;
    {
        std::lock_guard lock(m_mutex);
        slot = std::max(m_next, std::chrono::steady_clock::now());
        m_next = slot + m_interval;
    }
    std::this_thread::sleep_until(slot);
}

// --- checker ---------------------------------------------------------------------------------

DnsblChecker::DnsblChecker(QList<DnsblList> lists, DnsblCache &cache, RateLimiter &limiter, DnsblCheckerOptions options)
    : m_lists(std::move(lists)), m_cache(cache), m_limiter(limiter), m_options(std::move(options))
{
}

qint64 DnsblChecker::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentSecsSinceEpoch();
}

DnsblResult DnsblChecker::ask(const DnsblList &list, const QString &subject, const QString &name)
{
    const qint64 t = now();
    if (auto cached = m_cache.find(list.id, subject, t))
        return *cached;
    m_limiter.acquire();
    net::Resolver resolver(m_options.server, m_options.timeoutMs, m_options.attempts);
    DnsblResult r;
    auto answer = resolver.a(name);
    if (!answer) {
        r.listId = list.id;
        r.subject = subject;
        r.state = DnsblState::Error;
        r.error = answer.error().toString();
    } else {
        r = interpret(list, subject, answer.value());
        if (r.state == DnsblState::Listed && m_options.askReason) {
            m_limiter.acquire();
            if (auto txt = resolver.txt(name); txt && !txt->records.isEmpty())
                r.reason = txt->records.join(QLatin1Char(' ')).left(1000);
        }
        const quint32 ttl = answer->ttl > 0 ? answer->ttl
                                            : (r.state == DnsblState::NotListed ? m_options.negativeTtl : m_options.minTtl);
        r.checkedUtc = t;
        r.expiresUtc = t + std::clamp(ttl, m_options.minTtl, std::max(m_options.minTtl, m_options.maxTtl));
    }
    r.checkedUtc = t;
    m_cache.insert(r);
    return r;
}

QList<DnsblResult> DnsblChecker::check(const QHostAddress &ip)
{
    QList<DnsblResult> out;
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4); // ::ffff:192.0.2.1 is 192.0.2.1
    const QString subject = isV4 ? QHostAddress(v4).toString() : ip.toString();
    for (const DnsblList &l : m_lists) {
        const QString name = queryName(l, ip);
        if (!name.isEmpty())
            out << ask(l, subject, name);
    }
    return out;
}

QList<DnsblResult> DnsblChecker::checkDomain(const QString &domain)
{
    QList<DnsblResult> out;
    for (const DnsblList &l : m_lists) {
        const QString name = queryName(l, domain);
        if (!name.isEmpty())
            out << ask(l, domain.trimmed().toLower(), name);
    }
    return out;
}

} // namespace mailtide::senders
