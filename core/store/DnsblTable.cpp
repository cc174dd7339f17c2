#include "store/DnsblTable.h"

namespace mailtide::store {

namespace {

DnsblRow rowAt(const Statement &st)
{
    DnsblRow r;
    r.ip = st.text(0);
    r.list = st.text(1);
    r.listed = st.int64(2) != 0;
    r.code = st.text(3);
    r.reason = st.text(4);
    r.checkedUtc = st.int64(5);
    r.expiresUtc = st.int64(6);
    r.kind = st.text(7) == QLatin1String("arrival") ? DnsblKind::Arrival : DnsblKind::Now;
    return r;
}

} // namespace

Status DnsblTable::record(const QList<DnsblRow> &rows)
{
    if (rows.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto now = m_db.prepare(
        "INSERT INTO dnsbl_results (ip, list, listed, code, reason, checked_utc, expires_utc, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'now') "
        "ON CONFLICT (ip, list) WHERE kind = 'now' DO UPDATE SET listed = excluded.listed, code = excluded.code, "
        "reason = excluded.reason, checked_utc = excluded.checked_utc, expires_utc = excluded.expires_utc");
    if (!now)
        return now.error();
    auto arrival = m_db.prepare(
        "INSERT INTO dnsbl_results (ip, list, listed, code, reason, checked_utc, expires_utc, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'arrival') ON CONFLICT DO NOTHING");
    if (!arrival)
        return arrival.error();
    for (const DnsblRow &r : rows) {
        Statement &st = r.kind == DnsblKind::Now ? now.value() : arrival.value();
        st.bind(1, r.ip)
            .bind(2, r.list)
            .bind(3, qint64(r.listed ? 1 : 0))
            .bind(4, r.code.isEmpty() ? QString() : r.code)
            .bind(5, r.reason.isEmpty() ? QString() : r.reason)
            .bind(6, r.checkedUtc)
            .bind(7, r.expiresUtc);
        if (Status s = st.exec(); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<DnsblRow>> DnsblTable::unexpired(qint64 nowUtc, int limit)
{
    auto st = m_db.prepare("SELECT ip, list, listed, code, reason, checked_utc, expires_utc, kind FROM dnsbl_results "
                           "WHERE expires_utc > ? ORDER BY checked_utc DESC LIMIT ?");
    if (!st)
        return st.error();
    st->bind(1, nowUtc).bind(2, qint64(limit));
    QList<DnsblRow> out;
    while (st->step())
        out << rowAt(st.value());
    if (st->error())
        return *st->error();
    return out;
}

Result<QList<DnsblRow>> DnsblTable::forIp(const QString &ip, int limit)
{
    auto st = m_db.prepare("SELECT ip, list, listed, code, reason, checked_utc, expires_utc, kind FROM dnsbl_results "
                           "WHERE ip = ? ORDER BY checked_utc DESC, kind LIMIT ?");
    if (!st)
        return st.error();
    st->bind(1, ip).bind(2, qint64(limit));
    QList<DnsblRow> out;
    while (st->step())
        out << rowAt(st.value());
    if (st->error())
        return *st->error();
    return out;
}

} // namespace mailtide::store
