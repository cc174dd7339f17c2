#include "store/TrendReader.h"

#include <QCoreApplication>


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

Result<Statement> TrendReader::select(const char *columns, const TrendSelection &sel)
{
    // Without a time range a plain table scan reads 200,000 rows in a tenth of the time the
    // messages_time index takes (each index entry costs a table look-up): the range conditions
    // are only written when set, and rows come in no promised order (no ORDER BY).
    QByteArray sql = "SELECT ";
    sql += columns;
    sql += " FROM messages WHERE (?3 IS NULL OR account_id IN (SELECT id FROM accounts WHERE name = ?3))"
           " AND (?4 IS NULL OR folder_id IN (SELECT f.id FROM folders f WHERE f.name = ?4"
           "      AND (?3 IS NULL OR f.account_id IN (SELECT id FROM accounts WHERE name = ?3))))"
           " AND (?5 IS NULL OR verdict = ?5)";
    if (sel.fromUtc)
        sql += " AND received_utc >= ?1";
    if (sel.toUtc)
        sql += " AND received_utc < ?2";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    if (sel.fromUtc)
        st->bind(1, *sel.fromUtc);
    if (sel.toUtc)
        st->bind(2, *sel.toUtc);
    st->bind(3, sel.account.isEmpty() ? QString() : sel.account);
    st->bind(4, sel.folder.isEmpty() ? QString() : sel.folder);
    st->bindOptional(5, sel.verdict ? std::optional<qint64>(*sel.verdict) : std::nullopt);
    return st;
}

Status TrendReader::forEachTime(const TrendSelection &sel, const std::function<bool(qint64, int)> &fn)
{
    auto st = select("received_utc, COALESCE(verdict, -1)", sel);
    if (!st)
        return st.error();
    while (st->step())
        if (!fn(st->int64(0), int(st->int64(1))))
            return Status::success();
    if (st->error())
        return *st->error();
    return Status::success();
}

Status TrendReader::forEachSubject(const TrendSelection &sel,
                                   const std::function<bool(qint64, int, qint64, const QString &)> &fn)
{
    auto st = select("received_utc, COALESCE(verdict, -1), id, COALESCE(subject, '')", sel);
    if (!st)
        return st.error();
    while (st->step())
        if (!fn(st->int64(0), int(st->int64(1)), st->int64(2), st->text(3)))
            return Status::success();
    if (st->error())
        return *st->error();
    return Status::success();
}

} // namespace mailtide::store
