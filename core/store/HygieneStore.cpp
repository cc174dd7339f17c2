#include "store/HygieneStore.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace mailtide::store {

QString toString(GroupBy by)
{
    switch (by) {
    case GroupBy::Address: return QStringLiteral("address");
    case GroupBy::Domain: return QStringLiteral("domain");
    case GroupBy::List: return QStringLiteral("list");
    }
    return {};
}

std::optional<GroupBy> groupByFromString(const QString &s)
{
    for (GroupBy b : {GroupBy::Address, GroupBy::Domain, GroupBy::List})
        if (toString(b) == s)
            return b;
    return std::nullopt;
}

namespace {

int progressCancel(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}

/** Installs SQLite's progress handler for the lifetime of one query. */
class CancelGuard
{
public:
    CancelGuard(Database &db, const std::atomic_bool *cancel) : m_db(db), m_on(cancel != nullptr)
    {
        if (m_on)
            sqlite3_progress_handler(db.handle(), 1000, progressCancel, const_cast<std::atomic_bool *>(cancel));
    }
    ~CancelGuard()
    {
        if (m_on)
            sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    }

private:
    Database &m_db;
    bool m_on;
};

constexpr const char *kActionColumns =
    "a.id, a.account_id, a.created_utc, a.kind, a.description, a.source_folder_id, a.source_validity, "
    "a.dest_folder_id, a.dest_validity, a.dest_uidnext, a.state, a.undo_of, a.undone_by, a.rule_id, a.error, "
    "(SELECT COUNT(*) FROM hygiene_action_items i WHERE i.action_id = a.id), "
    "(SELECT COUNT(*) FROM hygiene_action_items i WHERE i.action_id = a.id AND i.state = 3) ";

HygieneAction readAction(const Statement &s)
{
    HygieneAction a;
    a.id = s.int64(0);
    a.accountId = s.int64(1);
    a.createdUtc = s.int64(2);
    a.kind = s.text(3);
    a.description = s.text(4);
    a.sourceFolderId = s.int64(5);
    a.sourceValidity = s.int64(6);
    a.destFolderId = s.isNull(7) ? 0 : s.int64(7);
    if (!s.isNull(8))
        a.destValidity = s.int64(8);
    if (!s.isNull(9))
        a.destUidNext = s.int64(9);
    a.state = s.text(10);
    a.undoOf = s.isNull(11) ? 0 : s.int64(11);
    a.undoneBy = s.isNull(12) ? 0 : s.int64(12);
    a.ruleId = s.isNull(13) ? 0 : s.int64(13);
    a.error = s.text(14);
    a.items = s.int64(15);
    a.itemsDone = s.int64(16);
    return a;
}

std::optional<qint64> nonZero(qint64 v)
{
    return v ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

Result<QVector<SenderGroup>> HygieneStore::groups(const GroupFilter &f, GroupBy by, GroupSort sort, int limit,
                                                  const std::atomic_bool *cancel)
{
    // The key is an expression over one row; the WHERE uses the (account_id, list_id) index for
    // lists, the account's rows otherwise. Sizes and counts are exact (no sampling).
    const char *key = by == GroupBy::Address ? "lower(from_addr)" : by == GroupBy::Domain ? "lower(from_domain)" : "list_id";
    const QByteArray order = sort == GroupSort::Count ? "COUNT(*) DESC, SUM(size) DESC" : "SUM(size) DESC, COUNT(*) DESC";
    const QByteArray sql = QByteArray("SELECT ") + QByteArray(key) +
        " AS k, COUNT(*), SUM(size), MIN(received_utc), MAX(received_utc), SUM((flags & 1) != 0), "
        "SUM(verdict IS 1), SUM(verdict IS 0), SUM(verdict IS 2), MAX(unsubscribe) FROM messages "
        "WHERE account_id = ?1 AND (?2 = 0 OR folder_id = ?2) AND (?3 IS NULL OR received_utc < ?3) "
        "AND (?4 = 0 OR (flags & 1) = 0) AND (?5 = 0 OR list_id IS NOT NULL OR unsubscribe > 0) "
        "AND k IS NOT NULL AND k <> '' GROUP BY k ORDER BY " + order + ", k LIMIT ?6";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, f.accountId).bind(2, f.folderId).bindOptional(3, f.receivedBefore);
    st->bind(4, qint64(f.neverRead)).bind(5, qint64(f.newslettersOnly)).bind(6, qint64(qMax(0, limit)));
    CancelGuard guard(m_db, cancel);
    QVector<SenderGroup> out;
    while (st->step()) {
        SenderGroup g;
        g.key = st->text(0);
        g.count = st->int64(1);
        g.totalSize = st->int64(2);
        g.firstUtc = st->int64(3);
        g.lastUtc = st->int64(4);
        g.readCount = st->int64(5);
        g.spam = st->int64(6);
        g.ham = st->int64(7);
        g.unsure = st->int64(8);
        g.unsubscribe = int(st->int64(9));
        out.push_back(g);
    }
    if (cancel && cancel->load())
        return Error{QCoreApplication::translate("Hygiene", "Grouping was cancelled"), {}};
    if (st->error())
        return *st->error();
    return out;
}

Result<QVector<PlanCandidate>> HygieneStore::candidates(const PlanSelector &sel)
{
    auto st = m_db.prepare(
        "SELECT id, uid, message_id, from_addr, subject, received_utc, size, flags FROM messages "
        "WHERE folder_id = ?1 AND uid IS NOT NULL "
        "AND (?2 IS NULL OR lower(from_addr) = lower(?2)) AND (?3 IS NULL OR lower(from_domain) = lower(?3)) "
        "AND (?4 IS NULL OR list_id = ?4) AND (?5 IS NULL OR received_utc < ?5) AND (?6 = 0 OR (flags & 1) = 0) "
        "ORDER BY uid");
    if (!st)
        return st.error();
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    st->bind(1, sel.folderId).bind(2, orNull(sel.fromAddress)).bind(3, orNull(sel.domain)).bind(4, orNull(sel.listId));
    st->bindOptional(5, sel.receivedBefore).bind(6, qint64(sel.unreadOnly));
    QVector<PlanCandidate> out;
    while (st->step()) {
        PlanCandidate c;
        c.rowId = st->int64(0);
        c.uid = st->int64(1);
        c.messageId = st->text(2);
        c.fromAddress = st->text(3);
        c.subject = st->text(4);
        c.receivedUtc = st->int64(5);
        c.size = st->int64(6);
        c.flags = int(st->int64(7));
        out.push_back(c);
    }
    if (st->error())
        return *st->error();
    return out;
}

Result<qint64> HygieneStore::addAction(const HygieneAction &a, const QVector<HygieneActionItem> &items)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto st = m_db.prepare(
        "INSERT INTO hygiene_actions (account_id, created_utc, kind, description, source_folder_id, source_validity, "
        "dest_folder_id, dest_validity, dest_uidnext, state, undo_of, rule_id) "
        "VALUES (?1, ?2, ?3, COALESCE(?4, ''), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!st)
        return st.error();
    st->bind(1, a.accountId).bind(2, a.createdUtc).bind(3, a.kind).bind(4, a.description);
    st->bind(5, a.sourceFolderId).bind(6, a.sourceValidity).bindOptional(7, nonZero(a.destFolderId));
    st->bindOptional(8, a.destValidity).bindOptional(9, a.destUidNext);
    st->bind(10, a.state.isEmpty() ? QStringLiteral("planned") : a.state);
    st->bindOptional(11, nonZero(a.undoOf)).bindOptional(12, nonZero(a.ruleId));
    if (Status s = st->exec(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    auto ins = m_db.prepare("INSERT INTO hygiene_action_items (action_id, uid, message_id, batch, state, dest_uid) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!ins)
        return ins.error();
    for (const HygieneActionItem &i : items) {
        ins->bind(1, id).bind(2, i.uid).bind(3, i.messageId.isEmpty() ? QString() : i.messageId);
        ins->bind(4, qint64(i.batch)).bind(5, qint64(i.state)).bindOptional(6, i.destUid);
        if (Status s = ins->exec(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<HygieneAction> HygieneStore::action(qint64 id)
{
    auto st = m_db.prepare(QByteArray(QByteArray("SELECT ") + kActionColumns + "FROM hygiene_actions a WHERE a.id = ?1").constData());
    if (!st)
        return st.error();
    st->bind(1, id);
    if (st->step())
        return readAction(*st);
    if (st->error())
        return *st->error();
    return Error{QCoreApplication::translate("Hygiene", "No such action in the log"), QString::number(id)};
}

Result<QVector<HygieneAction>> HygieneStore::actions(qint64 accountId, int limit)
{
    auto st = m_db.prepare(QByteArray(QByteArray("SELECT ") + kActionColumns +
                                      "FROM hygiene_actions a WHERE (?1 = 0 OR a.account_id = ?1) ORDER BY a.id DESC LIMIT ?2")
                               .constData());
    if (!st)
        return st.error();
    st->bind(1, accountId).bind(2, qint64(limit));
    QVector<HygieneAction> out;
    while (st->step())
        out.push_back(readAction(*st));
    if (st->error())
        return *st->error();
    return out;
}

Result<QVector<HygieneActionItem>> HygieneStore::items(qint64 actionId)
{
    auto st = m_db.prepare("SELECT uid, message_id, batch, state, dest_uid FROM hygiene_action_items "
                           "WHERE action_id = ?1 ORDER BY uid");
    if (!st)
        return st.error();
    st->bind(1, actionId);
    QVector<HygieneActionItem> out;
    while (st->step()) {
        HygieneActionItem i;
        i.uid = st->int64(0);
        i.messageId = st->text(1);
        i.batch = int(st->int64(2));
        i.state = int(st->int64(3));
        if (!st->isNull(4))
            i.destUid = st->int64(4);
        out.push_back(i);
    }
    if (st->error())
        return *st->error();
    return out;
}

Status HygieneStore::setState(qint64 actionId, const QString &state, const QString &error)
{
    auto st = m_db.prepare("UPDATE hygiene_actions SET state = ?2, error = ?3 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, actionId).bind(2, state).bind(3, error.isEmpty() ? QString() : error);
    return st->exec();
}

Status HygieneStore::setDestination(qint64 actionId, std::optional<qint64> validity, std::optional<qint64> uidNext)
{
    auto st = m_db.prepare("UPDATE hygiene_actions SET dest_validity = COALESCE(?2, dest_validity), dest_uidnext = ?3 "
                           "WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, actionId).bindOptional(2, validity).bindOptional(3, uidNext);
    return st->exec();
}

Status HygieneStore::setUndoneBy(qint64 actionId, qint64 undoId)
{
    auto st = m_db.prepare("UPDATE hygiene_actions SET undone_by = ?2 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, actionId).bind(2, undoId);
    return st->exec();
}

Status HygieneStore::setItems(qint64 actionId, const QVector<qint64> &uids, int state, const QHash<qint64, qint64> &destUids)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto st = m_db.prepare("UPDATE hygiene_action_items SET state = ?3, dest_uid = COALESCE(?4, dest_uid) "
                           "WHERE action_id = ?1 AND uid = ?2");
    if (!st)
        return st.error();
    for (qint64 uid : uids) {
        const auto d = destUids.constFind(uid);
        st->bind(1, actionId).bind(2, uid).bind(3, qint64(state));
        st->bindOptional(4, d != destUids.cend() ? std::optional<qint64>(d.value()) : std::nullopt);
        if (Status s = st->exec(); !s)
            return s;
    }
    return tx.commit();
}

Status HygieneStore::changeFlags(qint64 folderId, const QVector<qint64> &uids, int bits, bool set)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto st = m_db.prepare(set ? "UPDATE messages SET flags = flags | ?3 WHERE folder_id = ?1 AND uid = ?2"
                               : "UPDATE messages SET flags = flags & ~?3 WHERE folder_id = ?1 AND uid = ?2");
    if (!st)
        return st.error();
    for (qint64 uid : uids) {
        st->bind(1, folderId).bind(2, uid).bind(3, qint64(bits));
        if (Status s = st->exec(); !s)
            return s;
    }
    return tx.commit();
}

Result<std::optional<qint64>> HygieneStore::rowOf(qint64 folderId, qint64 uid)
{
    auto st = m_db.prepare("SELECT id FROM messages WHERE folder_id = ?1 AND uid = ?2");
    if (!st)
        return st.error();
    st->bind(1, folderId).bind(2, uid);
    if (st->step())
        return std::optional<qint64>(st->int64(0));
    if (st->error())
        return *st->error();
    return std::optional<qint64>();
}

Result<qint64> HygieneStore::addRule(const HygieneRule &r)
{
    auto st = m_db.prepare("INSERT INTO hygiene_rules (account_id, match_kind, match_value, action, enabled) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!st)
        return st.error();
    st->bind(1, r.accountId).bind(2, r.matchKind).bind(3, r.matchValue).bind(4, r.action).bind(5, qint64(r.enabled));
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status HygieneStore::updateRule(const HygieneRule &r)
{
    auto st = m_db.prepare("UPDATE hygiene_rules SET match_kind = ?2, match_value = ?3, action = ?4, enabled = ?5 "
                           "WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.matchKind).bind(3, r.matchValue).bind(4, r.action).bind(5, qint64(r.enabled));
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error{QCoreApplication::translate("Hygiene", "No such rule"), QString::number(r.id)};
    return {};
}

Status HygieneStore::removeRule(qint64 id)
{
    auto st = m_db.prepare("DELETE FROM hygiene_rules WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error{QCoreApplication::translate("Hygiene", "No such rule"), QString::number(id)};
    return {};
}

Result<QVector<HygieneRule>> HygieneStore::rules(qint64 accountId)
{
    auto st = m_db.prepare("SELECT id, account_id, match_kind, match_value, action, enabled, last_count, total_count "
                           "FROM hygiene_rules WHERE (?1 = 0 OR account_id = ?1) ORDER BY id");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    QVector<HygieneRule> out;
    while (st->step()) {
        HygieneRule r;
        r.id = st->int64(0);
        r.accountId = st->int64(1);
        r.matchKind = st->text(2);
        r.matchValue = st->text(3);
        r.action = st->text(4);
        r.enabled = st->int64(5) != 0;
        r.lastCount = st->int64(6);
        r.totalCount = st->int64(7);
        out.push_back(r);
    }
    if (st->error())
        return *st->error();
    return out;
}

Status HygieneStore::addRuleCount(qint64 ruleId, qint64 count)
{
    auto st = m_db.prepare("UPDATE hygiene_rules SET last_count = ?2, total_count = total_count + ?2 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, ruleId).bind(2, count);
    return st->exec();
}

} // namespace mailtide::store
