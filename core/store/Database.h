#pragma once
/** @short A thin RAII layer over one sqlite3 connection: statements, transactions, errors as values.
 *
 * Owns one connection. A Database belongs to the thread that opened it and is never shared:
 * each worker opens its own (STYLE 5); SQLite in WAL mode lets readers run beside one writer.
 * All SQL of the project lives in core/store (STYLE 11). */
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace mailtide::store {

class Database;

/** A prepared statement. Bind with 1-based indices, step(), read columns 0-based. */
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);    ///< null QString binds NULL
    Statement &bind(int index, const QByteArray &value); ///< as a BLOB; null binds NULL
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const std::optional<qint64> &value);

    /** Runs one step. Returns true while a row is available, false when done; errors are
     *  kept in error() (and make step() return false). */
    bool step();
    /** Runs a statement that returns no rows; resets it for reuse. */
    Status exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /** The column's UTF-8 bytes, without a copy: valid until the next step() or reset(). */
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    const std::optional<Error> &error() const { return m_error; }

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, Database *db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    std::optional<Error> m_error;
};

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if needed) the file, sets WAL, foreign keys and a busy timeout, and
     *  migrates the schema forward. ":memory:" opens a private in-memory database. */
    static Result<std::unique_ptr<Database>> open(const QString &path);

    /** The default profile database: AppDataLocation/mailtide.db (directory created). */
    static QString defaultPath();

    Result<Statement> prepare(const char *sql);
    Status exec(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString path() const { return m_path; }

    Error lastError(const QString &what) const;
    sqlite3 *handle() const { return m_db; }

    int schemaVersion();

private:
    Status migrate();
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/** RAII write transaction (BEGIN IMMEDIATE): rolls back unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_done = false;
};

} // namespace mailtide::store
