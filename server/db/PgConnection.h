#pragma once
// PgConnection: one libpq connection with parameterised statements only; PgResult: a result set, RAII.

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace novamind::server {

class PgResult
{
public:
    explicit PgResult(pg_result *result = nullptr);
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    ~PgResult();

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const; // the value's text form; empty for NULL
    QString text(int row, int column) const;     // UTF-8 decoded
    qint64 int64(int row, int column) const;     // 0 for NULL
    bool boolean(int row, int column) const;     // PostgreSQL's 't'
    int affected() const;                        // rows touched by INSERT/UPDATE/DELETE
    pg_result *raw() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};

// A statement parameter in text form; a null QByteArray() is SQL NULL.
using PgParams = QList<QByteArray>;
QByteArray pgParam(const QString &text);
QByteArray pgParam(qint64 number);

class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    // `url`: a libpq connection URI or key=value string; failures are Network errors without the password.
    static Result<std::unique_ptr<PgConnection>> open(const QString &url);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Values travel separately from the SQL text, so no value is ever parsed as SQL. SELECT/INSERT/UPDATE/DELETE/WITH
    // statements are prepared on first use and reused on this connection.
    Result<PgResult> exec(const char *sql, const PgParams &params = {});
    Status run(const char *sql, const PgParams &params = {});
    // Several statements without parameters (migrations).
    Status runScript(const QByteArray &sql);
    // COPY ... FROM STDIN in text format: `rows` is the already escaped text (see copyEscape) of many rows.
    Status copyIn(const char *copySql, const QByteArray &rows);

    bool isHealthy() const; // false once the server connection is lost; the pool then drops it

private:
    explicit PgConnection(pg_conn *conn);
    Error errorFrom(pg_result *result, const char *what) const;
    Result<PgResult> checked(PgResult result);
    static bool isPreparable(const char *sql);
    pg_conn *m_conn = nullptr;
    QHash<QByteArray, QByteArray> m_prepared; // statement text -> name of its prepared statement here
};

// Escapes one value for COPY text format (backslash, tab, newline, carriage return).
QByteArray copyEscape(const QByteArray &value);

// The SQLSTATE of a database error ("23505" for a unique violation), or "" when the error is not one.
QByteArray sqlState(const Error &error);

// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded.
class PgTransaction
{
public:
    // `mode` e.g. "ISOLATION LEVEL REPEATABLE READ, READ ONLY"; "" for the default.
    static Result<std::unique_ptr<PgTransaction>> begin(PgConnection &conn, const char *mode = "");
    ~PgTransaction();
    Status commit();
    PgConnection &connection() { return m_conn; }

private:
    explicit PgTransaction(PgConnection &conn);
    PgConnection &m_conn;
    bool m_open = true;
};

} // namespace novamind::server
