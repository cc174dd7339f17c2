#include "store/TrendReader.h"

#include <QCoreApplication>

#include <limits>

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
    // The time range walks the messages_time index in order; account and folder narrow it.
    QByteArray sql = "SELECT ";
    sql += columns;
    sql += " FROM messages WHERE received_utc >= ?1 AND received_utc < ?2"
           " AND (?3 IS NULL OR account_id IN (SELECT id FROM accounts WHERE name = ?3))"
           " AND (?4 IS NULL OR folder_id IN (SELECT f.id FROM folders f WHERE f.name = ?4"
           "      AND (?3 IS NULL OR f.account_id IN (SELECT id FROM accounts WHERE name = ?3))))"
           " AND (?5 IS NULL OR verdict = ?5)"
           " ORDER BY received_utc, id";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, sel.fromUtc.value_or(std::numeric_limits<qint64>::min()));
    st->bind(2, sel.toUtc.value_or(std::numeric_limits<qint64>::max()));
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
