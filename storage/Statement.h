#pragma once
// Statement: RAII prepared statement with typed binding (1-based indexes) and typed column access.

#include "models/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3_stmt;
struct sqlite3;

namespace novamind {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // always text; a null QString binds ''

    Statement &bind(int index, const char *value) = delete; // spell out QStringLiteral or QByteArray
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // 1-based index of a named parameter such as ":now"; 0 when the statement has none of that name.
    int parameterIndex(const char *name) const;

    // Advances one row: true when a row is available, false when done.
    Result<bool> step();
    // Steps to completion (INSERT/UPDATE/DELETE).
    Status run();
    // Calls onRow(*this) for every row; stops at the first error.
    template<typename OnRow> Status forEach(OnRow &&onRow)
    {
        for (;;) {
            auto row = step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                return {};
            onRow(*this);
        }
    }
    // Resets for re-execution with new bindings.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    void noteBindError(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace novamind
