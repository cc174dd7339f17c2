#include "store/Database.h"

#include "store/Schema.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStore, "mailtide.store")

namespace mailtide::store {

// --- Statement ---------------------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db->lastError(QCoreApplication::translate("Database", "Database query failed"));
    return false;
}

Status Statement::exec()
{
    m_error.reset();
    const int rc = sqlite3_step(m_stmt);
    Status st;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        st = m_db->lastError(QCoreApplication::translate("Database", "Database write failed"));
    reset();
    return st;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// --- Database ----------------------------------------------------------------------------

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/mailtide.db");
}

Error Database::lastError(const QString &what) const
{
    return Error{what, QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" (") + m_path +
                           QLatin1Char(')')};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    auto db = std::make_unique<Database>();
    db->m_path = path;
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &db->m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Error e{QCoreApplication::translate("Database", "Cannot open the database"),
                QString::fromUtf8(db->m_db ? sqlite3_errmsg(db->m_db) : sqlite3_errstr(rc)) +
                    QStringLiteral(" (") + path + QLatin1Char(')')};
        return e;
    }
    sqlite3_busy_timeout(db->m_db, 10000);
    sqlite3_extended_result_codes(db->m_db, 1);
    // A file that is not a database fails here, on the first read ("file is not a database").
    if (Status st = db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                                 "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;"); !st)
        return Error{QCoreApplication::translate("Database", "Cannot open the database"), st.error().detail};
    if (Status st = db->migrate(); !st)
        return st.error();
    return db;
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return lastError(QCoreApplication::translate("Database", "Invalid query"));
    return Statement(stmt, this);
}

Status Database::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        Error e{QCoreApplication::translate("Database", "Database command failed"),
                QString::fromUtf8(err ? err : "?") + QStringLiteral(" (") + m_path + QLatin1Char(')')};
        sqlite3_free(err);
        return e;
    }
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::schemaVersion()
{
    auto st = prepare("PRAGMA user_version");
    if (!st || !st->step())
        return -1;
    return int(st->int64(0));
}

Status Database::migrate()
{
    const auto steps = migrations();
    const int current = schemaVersion();
    if (current < 0)
        return lastError(QCoreApplication::translate("Database", "Cannot read the schema version"));
    if (current > int(steps.size()))
        return Error{QCoreApplication::translate("Database",
                                                 "This database was written by a newer Mailtide"),
                     QStringLiteral("schema %1 > %2 (%3)").arg(current).arg(steps.size()).arg(m_path)};
    for (int v = current; v < int(steps.size()); ++v) {
        // Each step and its version bump commit together, or not at all.
        Transaction tx(*this);
        if (!tx.begun())
            return tx.begun();
        // Two connections opening a new file at once (the GUI's reader and an import) both
        // read version 0 above; the one that gets the write lock second must not redo steps.
        if (schemaVersion() > v)
            continue;
        if (Status st = exec(steps[size_t(v)]); !st)
            return Error{QCoreApplication::translate("Database", "Schema migration failed"),
                         QStringLiteral("to version %1: ").arg(v + 1) + st.error().detail};
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(v + 1);
        if (Status st = exec(bump.constData()); !st)
            return st;
        if (Status st = tx.commit(); !st)
            return st;
        qCDebug(lcStore) << "migrated" << m_path << "to schema version" << v + 1;
    }
    return {};
}

// --- Transaction -------------------------------------------------------------------------

Transaction::Transaction(Database &db) : m_db(db), m_begun(db.exec("BEGIN IMMEDIATE"))
{
}

Transaction::~Transaction()
{
    if (!m_done && m_begun)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_begun;
    Status st = m_db.exec("COMMIT");
    if (st)
        m_done = true;
    return st;
}

} // namespace mailtide::store
