#include "store/TrendReader.h"

#include <QCoreApplication>

#include <vector>


namespace mailtide::store {

Status TrendReader::check(const TrendSelection &sel)
{
    if (!sel.account.isEmpty()) {
        auto st = m_db.prepare("SELECT 1 FROM accounts WHERE name = ?1");
        if (!st)
            return st.error();
        st->bind(1, sel.account);
        if (!st->step())
            return st->error() ? *st->error()
                               : Error{QCoreApplication::translate("Store", "No such account"), sel.account};
    }
    if (!sel.folder.isEmpty()) {
        auto st = m_db.prepare("SELECT 1 FROM folders f WHERE f.name = ?1 AND "
                               "(?2 IS NULL OR f.account_id IN (SELECT id FROM accounts WHERE name = ?2))");
        if (!st)
            return st.error();
        st->bind(1, sel.folder).bind(2, sel.account.isEmpty() ? QString() : sel.account);
        if (!st->step())
            return st->error() ? *st->error()
                               : Error{QCoreApplication::translate("Store", "No such folder"), sel.folder};
    }
    return Status::success();
}

QByteArray TrendReader::sql(const char *columns, const char *from, const TrendSelection &sel, const char *tail)
{
    QByteArray sql = "SELECT ";
    sql += columns;
    sql += " FROM ";
    sql += from;
    if (sel.plan == TrendPlan::TableScan) { // as before version 5, for comparisons
        sql += " WHERE (?3 IS NULL OR account_id IN (SELECT id FROM accounts WHERE name = ?3))"
               " AND (?4 IS NULL OR folder_id IN (SELECT f.id FROM folders f WHERE f.name = ?4"
               "      AND (?3 IS NULL OR f.account_id IN (SELECT id FROM accounts WHERE name = ?3))))"
               " AND (?5 IS NULL OR verdict = ?5)";
    } else {
        // Only the conditions a selection sets are written: an unset one would still cost a
        // few virtual-machine steps per row on a read that is all rows. Parameters keep their
        // numbers (prepare() binds the ones used).
        // An account alone is also asked as its folders, so that messages_folder_time reads
        // that account's entries only.
        sql += " WHERE 1";
        if (!sel.account.isEmpty())
            sql += " AND account_id IN (SELECT id FROM accounts WHERE name = ?3)";
        if (!sel.folder.isEmpty() || !sel.account.isEmpty()) {
            sql += " AND folder_id IN (SELECT f.id FROM folders f WHERE 1";
            if (!sel.folder.isEmpty())
                sql += " AND f.name = ?4";
            if (!sel.account.isEmpty())
                sql += " AND f.account_id IN (SELECT id FROM accounts WHERE name = ?3)";
            sql += ")";
        }
        if (sel.verdict)
            sql += " AND verdict = ?5";
    }
    // The range conditions are only written when set: a plan that cannot use them (a table
    // scan) pays nothing for them, and one that can (an index led by received_utc or by
    // folder_id, received_utc) seeks to the range.
    if (sel.fromUtc)
        sql += " AND received_utc >= ?1";
    if (sel.toUtc)
        sql += " AND received_utc < ?2";
    sql += tail;
    return sql;
}

QByteArray TrendReader::timeSql(const TrendSelection &sel)
{
    // INDEXED BY: without statistics the planner may pick messages_message_id for an account
    // filter (account_id leads it) and read the table once per row, ten times slower than a
    // scan. Both named indexes hold every column read here (schema version 5), so a full scan
    // of either never touches the table. With a folder or an account, messages_folder_time
    // reads those folders' entries only (each folder in time order).
    const char *from = "messages";
    if (sel.plan == TrendPlan::Covering)
        from = sel.folder.isEmpty() && sel.account.isEmpty() ? "messages INDEXED BY messages_time"
                                                              : "messages INDEXED BY messages_folder_time";
    return sql("received_utc, COALESCE(verdict, -1)", from, sel);
}

Result<Statement> TrendReader::prepare(const QByteArray &sql, const TrendSelection &sel)
{
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    if (sel.fromUtc)
        st->bind(1, *sel.fromUtc);
    if (sel.toUtc)
        st->bind(2, *sel.toUtc);
    const bool all = sel.plan == TrendPlan::TableScan; // its SQL names ?3..?5 whether set or not
    if (all || !sel.account.isEmpty())
        st->bind(3, sel.account.isEmpty() ? QString() : sel.account);
    if (all || !sel.folder.isEmpty())
        st->bind(4, sel.folder.isEmpty() ? QString() : sel.folder);
    if (all || sel.verdict)
        st->bindOptional(5, sel.verdict ? std::optional<qint64>(*sel.verdict) : std::nullopt);
    return st;
}

Status TrendReader::forEachTime(const TrendSelection &sel, const std::function<bool(qint64, int)> &fn)
{
    auto st = prepare(timeSql(sel), sel);
    if (!st)
        return st.error();
    while (st->step())
        if (!fn(st->int64(0), int(st->int64(1))))
            return Status::success();
    if (st->error())
        return *st->error();
    return Status::success();
}

Status TrendReader::forEachTimeBlock(const TrendSelection &sel,
                                     const std::function<bool(const qint64 *, const int *, int)> &fn)
{
    auto st = prepare(timeSql(sel), sel);
    if (!st)
        return st.error();
    constexpr int kBlock = 4096;
    std::vector<qint64> utc(kBlock);
    std::vector<int> verdict(kBlock);
    int n = 0;
    while (st->step()) {
        utc[size_t(n)] = st->int64(0);
        verdict[size_t(n)] = int(st->int64(1));
        if (++n == kBlock) {
            if (!fn(utc.data(), verdict.data(), n))
                return Status::success();
            n = 0;
        }
    }
    if (st->error())
        return *st->error();
    if (n > 0)
        fn(utc.data(), verdict.data(), n);
    return Status::success();
}

Status TrendReader::forEachNewest(const TrendSelection &sel, const std::function<bool(qint64, int, qint64)> &fn)
{
    // messages_time ends with the rowid: walked backwards it yields (received_utc, id)
    // descending with no sort, and holds every column read.
    auto st = prepare(sql("received_utc, COALESCE(verdict, -1), id", "messages INDEXED BY messages_time", sel,
                          " ORDER BY received_utc DESC, id DESC"),
                      sel);
    if (!st)
        return st.error();
    while (st->step())
        if (!fn(st->int64(0), int(st->int64(1)), st->int64(2)))
            return Status::success();
    if (st->error())
        return *st->error();
    return Status::success();
}

Status TrendReader::forEachSubject(const TrendSelection &sel,
                                   const std::function<bool(qint64, int, qint64, QByteArrayView)> &fn)
{
    auto st = prepare(sql("received_utc, COALESCE(verdict, -1), id, COALESCE(subject, '')", "messages", sel), sel);
    if (!st)
        return st.error();
    while (st->step())
        if (!fn(st->int64(0), int(st->int64(1)), st->int64(2), st->utf8(3)))
            return Status::success();
    if (st->error())
        return *st->error();
    return Status::success();
}

} // namespace mailtide::store
