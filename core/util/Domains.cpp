#include "util/Domains.h"

#include <libpsl.h>

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

QString registrableDomain(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.isEmpty() || QHostAddress(h).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
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
