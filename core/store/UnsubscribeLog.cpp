#include "store/UnsubscribeLog.h"

#include <QCoreApplication>

namespace mailtide::store {

namespace {

UnsubscribeRecord readRecord(const Statement &s)
{
    UnsubscribeRecord r;
    r.id = s.int64(0);
    r.account = s.text(1);
    r.sender = s.text(2);
    r.listId = s.text(3);
    r.method = s.text(4);
    r.target = s.text(5);
    r.atUtc = s.int64(6);
    r.result = s.text(7);
    r.detail = s.text(8);
    return r;
}

constexpr const char *kColumns = "u.id, a.name, u.sender, COALESCE(u.list_id, ''), u.method, u.target, u.at_utc, "
                                 "u.result, COALESCE(u.detail, '') ";

} // namespace

Result<qint64> UnsubscribeLog::record(const UnsubscribeRecord &r)
{
    Transaction tx(m_db);
    if (!tx.begun()) return tx.begun().error();
    Result<Statement> find = m_db.prepare("SELECT id FROM accounts WHERE name = ?1");
    if (!find) return find.error();
    find->bind(1, r.account);
    if (!find->step()) {
        if (find->error()) return *find->error();
        return Error{QCoreApplication::translate("Store", "No account named %1").arg(r.account), {}};
    }
    const qint64 accountId = find->int64(0);
    Result<Statement> insert =
        m_db.prepare("INSERT INTO unsubscribes (account_id, sender, list_id, method, target, at_utc, result, detail) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) return insert.error();
    insert->bind(1, accountId)
        .bind(2, r.sender.trimmed().toLower())
        .bind(3, r.listId.isEmpty() ? QString() : r.listId)
        .bind(4, r.method)
        .bind(5, r.target.isNull() ? QStringLiteral("") : r.target)
        .bind(6, r.atUtc)
        .bind(7, r.result)
        .bind(8, r.detail.isEmpty() ? QString() : r.detail);
    if (Status s = insert->exec(); !s) return s.error();
    const qint64 id = m_db.lastInsertId();
    if (Status s = tx.commit(); !s) return s.error();
    return id;
}

Result<QList<UnsubscribeRecord>> UnsubscribeLog::list(const QString &account)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           "FROM unsubscribes u JOIN accounts a ON a.id = u.account_id "
                           "WHERE ?1 = '' OR a.name = ?1 ORDER BY u.at_utc DESC, u.id DESC";
    Result<Statement> s = m_db.prepare(sql.constData());
    if (!s) return s.error();
    s->bind(1, account.isNull() ? QStringLiteral("") : account);
    QList<UnsubscribeRecord> out;
    while (s->step()) out << readRecord(*s);
    if (s->error()) return *s->error();
    return out;
}

Result<QList<StillMailing>> UnsubscribeLog::stillMailing(int graceDays)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           ", COUNT(m.id), MAX(m.received_utc) "
                           "FROM unsubscribes u JOIN accounts a ON a.id = u.account_id "
                           "JOIN messages m ON m.account_id = u.account_id AND lower(m.from_addr) = u.sender "
                           "AND m.received_utc > u.at_utc + ?1 "
                           "WHERE u.result = 'done' GROUP BY u.id ORDER BY u.at_utc DESC, u.id DESC";
    Result<Statement> s = m_db.prepare(sql.constData());
    if (!s) return s.error();
    s->bind(1, qint64(graceDays) * 86400);
    QList<StillMailing> out;
    while (s->step()) {
        StillMailing m;
        m.unsubscribe = readRecord(*s);
        m.messagesAfter = int(s->int64(9));
        m.lastReceivedUtc = s->int64(10);
        out << m;
    }
    if (s->error()) return *s->error();
    return out;
}

Result<std::optional<int>> UnsubscribeLog::verdictOf(const QString &account, const QString &messageId)
{
    Result<Statement> s = m_db.prepare("SELECT COALESCE(m.verdict, -1) FROM messages m JOIN accounts a ON a.id = m.account_id "
                                       "WHERE a.name = ?1 AND m.message_id = ?2 ORDER BY m.id DESC LIMIT 1");
    if (!s) return s.error();
    s->bind(1, account).bind(2, messageId);
    if (s->step()) return std::optional<int>(int(s->int64(0)));
    if (s->error()) return *s->error();
    return std::optional<int>();
}

} // namespace mailtide::store
