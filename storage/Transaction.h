#pragma once
// Transaction: RAII write transaction; rolls back unless commit() succeeded.

#include "models/Result.h"

namespace novamind {

class Database;

class Transaction
{
public:
    explicit Transaction(Database *db)
        : m_db(db)
    {}
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();
    void rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    Database *m_db = nullptr;
};

} // namespace novamind
