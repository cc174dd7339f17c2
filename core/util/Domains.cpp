#include "util/Domains.h"

#include <libpsl.h>

#include <QHash>
#include <QHostAddress>

#include <mutex>

namespace mailtide::util {

namespace {
const psl_ctx_t *context()
{
    // psl_latest() prefers the system's up-to-date list (Debian: publicsuffix) and falls back on
    // the list built into libpsl. Loaded once; psl_ctx_t is read-only afterwards, so thread-safe.
    static const psl_ctx_t *ctx = [] {
        const psl_ctx_t *c = psl_latest(nullptr);
        return c ? c : psl_builtin();
    }();
    return ctx;
}
} // namespace

namespace {
QString computeRegistrableDomain(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.isEmpty())
        return {};
    // Every IPv4 form starts with a digit, every IPv6 one has a ':': only those need parsing.
    if ((h[0].isDigit() || h.contains(QLatin1Char(':'))) &&
        QHostAddress(h).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return {};
    if (h.startsWith(QLatin1Char('[')))
        return {};
    const QByteArray ace = h.toUtf8();
    const psl_ctx_t *ctx = context();
    if (!ctx)
        return h;
    const char *reg = psl_registrable_domain(ctx, ace.constData());
    if (!reg)
        return {};
    return QString::fromUtf8(reg);
}
} // namespace

QString registrableDomain(const QString &host)
{
    // The same few hosts come back in every message (the sender's domain in the tokenizer and the
    // rules, relays, link hosts): remember the answers, per thread, a bounded number of them.
    constexpr qsizetype kMaxCached = 4096;
    constexpr qsizetype kMaxKey = 256;
    if (host.size() > kMaxKey)
        return computeRegistrableDomain(host);
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(host); it != cache.cend())
        return *it;
    if (cache.size() >= kMaxCached)
        cache.clear();
    QString r = computeRegistrableDomain(host);
    cache.insert(host, r);
    return r;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString d = address.mid(at + 1).trimmed().toLower();
    if (d.endsWith(QLatin1Char('>')))
        d.chop(1);
    return d;
}

} // namespace mailtide::util
