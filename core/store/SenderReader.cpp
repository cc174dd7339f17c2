#include "store/SenderReader.h"

#include <QCoreApplication>

namespace mailtide::store {

namespace {

constexpr const char *kInsertEvidence =
    "INSERT OR REPLACE INTO message_evidence (message_id, origin_ip, origin_net, origin_rdns, top_authserv_id, "
    "authserv_id, spf, dkim, dmarc, arc, dkim_domain, flags, fingerprint, hops, items) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace

Result<Statement> prepareEvidenceInsert(Database &db)
{
    return db.prepare(kInsertEvidence);
}

Status writeEvidence(Statement &s, qint64 messageId, const EvidenceRow &e)
{
    s.bind(1, messageId).bind(2, orNull(e.originIp)).bind(3, orNull(e.originNet)).bind(4, orNull(e.originRdns));
    // An omitted authserv-id (Microsoft 365) is "", not NULL: NULL means no header at all.
    if (e.topAuthservId)
        s.bind(5, e.topAuthservId->isNull() ? QStringLiteral("") : *e.topAuthservId);
    else
        s.bindNull(5);
    if (e.authservId)
        s.bind(6, e.authservId->isNull() ? QStringLiteral("") : *e.authservId);
    else
        s.bindNull(6);
    s.bind(7, orNull(e.spf)).bind(8, orNull(e.dkim)).bind(9, orNull(e.dmarc)).bind(10, orNull(e.arc));
    s.bind(11, orNull(e.dkimDomain)).bind(12, e.flags);
    if (e.fingerprint)
        s.bind(13, e.fingerprint);
    else
        s.bindNull(13);
    s.bind(14, qint64(e.hops)).bind(15, orNull(e.items));
    return s.exec();
}

Status SenderReader::forEach(const TrendSelection &sel, const std::function<bool(const EvidenceView &)> &fn)
{
    QByteArray sql =
        "SELECT m.id, m.account_id, m.received_utc, m.verdict, m.from_addr, m.from_domain, e.origin_ip, e.origin_net, "
        "e.authserv_id, e.spf, e.dkim, e.dmarc, e.dkim_domain, m.subject, e.flags, e.fingerprint "
        "FROM message_evidence e JOIN messages m ON m.id = e.message_id WHERE 1";
    if (!sel.account.isEmpty())
        sql += " AND m.account_id IN (SELECT id FROM accounts WHERE name = ?3)";
    if (!sel.folder.isEmpty()) {
        sql += " AND m.folder_id IN (SELECT f.id FROM folders f WHERE f.name = ?4";
        if (!sel.account.isEmpty())
            sql += " AND f.account_id IN (SELECT id FROM accounts WHERE name = ?3)";
        sql += ")";
    }
    if (sel.verdict)
        sql += " AND m.verdict = ?5";
    if (sel.fromUtc)
        sql += " AND m.received_utc >= ?1";
    if (sel.toUtc)
        sql += " AND m.received_utc < ?2";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    if (sel.fromUtc)
        st->bind(1, *sel.fromUtc);
    if (sel.toUtc)
        st->bind(2, *sel.toUtc);
    if (!sel.account.isEmpty())
        st->bind(3, sel.account);
    if (!sel.folder.isEmpty())
        st->bind(4, sel.folder);
    if (sel.verdict)
        st->bind(5, qint64(*sel.verdict));
    EvidenceView v;
    while (st->step()) {
        v.messageId = st->int64(0);
        v.accountId = st->int64(1);
        v.receivedUtc = st->int64(2);
        v.verdict = st->isNull(3) ? -1 : int(st->int64(3));
        v.fromAddr = st->utf8(4);
        v.fromDomain = st->utf8(5);
        v.originIp = st->utf8(6);
        v.originNet = st->utf8(7);
        v.authservId = st->utf8(8);
        v.spf = st->utf8(9);
        v.dkim = st->utf8(10);
        v.dmarc = st->utf8(11);
        v.dkimDomain = st->utf8(12);
        v.subject = st->utf8(13);
        v.flags = st->int64(14);
        v.fingerprint = st->isNull(15) ? 0 : st->int64(15);
        if (!fn(v))
            return Status::success();
    }
    if (st->error())
        return *st->error();
    return Status::success();
}

Result<QHash<qint64, QString>> SenderReader::trustedAuthservIds()
{
    QHash<qint64, QString> out;
    auto set = m_db.prepare("SELECT id, authserv_id FROM accounts WHERE authserv_id IS NOT NULL");
    if (!set)
        return set.error();
    while (set->step())
        out.insert(set->int64(0), set->text(1).toLower());
    if (set->error())
        return *set->error();
    auto learned = m_db.prepare(
        "SELECT m.account_id, e.top_authserv_id, COUNT(*) FROM message_evidence e JOIN messages m ON m.id = e.message_id "
        "WHERE e.top_authserv_id IS NOT NULL GROUP BY m.account_id, e.top_authserv_id");
    if (!learned)
        return learned.error();
    struct Best
    {
        QString id;
        qint64 count = 0;
        qint64 total = 0;
    };
    QHash<qint64, Best> best;
    while (learned->step()) {
        Best &b = best[learned->int64(0)];
        const qint64 n = learned->int64(2);
        b.total += n;
        if (n > b.count) {
            b.count = n;
            b.id = learned->text(1);
        }
    }
    if (learned->error())
        return *learned->error();
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        if (!out.contains(it.key()) && it->count >= 3 && it->count * 3 >= it->total)
            out.insert(it.key(), it->id.isNull() ? QStringLiteral("") : it->id);
    return out;
}

Status SenderReader::setAuthservId(const QString &account, const QString &authservId)
{
    auto st = m_db.prepare("UPDATE accounts SET authserv_id = ?1 WHERE name = ?2");
    if (!st)
        return st.error();
    st->bind(1, authservId.isEmpty() ? QString() : authservId.toLower()).bind(2, account);
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error{QCoreApplication::translate("Store", "no such account"), account};
    return Status::success();
}

Result<QVector<RescanTarget>> SenderReader::rescanTargets(qint64 accountId, bool all, int limit, qint64 afterId)
{
    QByteArray sql = "SELECT m.id, m.account_id, m.source_path, m.source_offset, m.source_length FROM messages m "
                     "WHERE m.source_path IS NOT NULL AND m.id > ?1";
    if (accountId)
        sql += " AND m.account_id = ?2";
    if (!all)
        sql += " AND NOT EXISTS (SELECT 1 FROM message_evidence e WHERE e.message_id = m.id)";
    sql += " ORDER BY m.id LIMIT ?3";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, afterId).bind(3, qint64(limit));
    if (accountId)
        st->bind(2, accountId);
    QVector<RescanTarget> out;
    while (st->step()) {
        RescanTarget t;
        t.messageId = st->int64(0);
        t.accountId = st->int64(1);
        t.sourcePath = st->text(2);
        if (!st->isNull(3))
            t.offset = st->int64(3);
        if (!st->isNull(4))
            t.length = st->int64(4);
        out << t;
    }
    if (st->error())
        return *st->error();
    return out;
}

Status SenderReader::replaceEvidence(qint64 messageId, const EvidenceRow &e)
{
    if (!m_replace) {
        auto st = prepareEvidenceInsert(m_db);
        if (!st)
            return st.error();
        m_replace.emplace(std::move(st.value()));
        auto o = m_db.prepare("UPDATE messages SET origin_ip = ?1 WHERE id = ?2");
        if (!o)
            return o.error();
        m_origin.emplace(std::move(o.value()));
    }
    if (Status s = writeEvidence(*m_replace, messageId, e); !s)
        return s;
    m_origin->bind(1, e.originIp.isEmpty() ? QString() : e.originIp).bind(2, messageId);
    return m_origin->exec();
}

Result<QString> SenderReader::itemsOf(qint64 messageId)
{
    auto st = m_db.prepare("SELECT items FROM message_evidence WHERE message_id = ?1");
    if (!st)
        return st.error();
    st->bind(1, messageId);
    QString items;
    if (st->step())
        items = st->text(0);
    if (st->error())
        return *st->error();
    return items;
}

} // namespace mailtide::store
