#include "storage/Transaction.h"

#include "storage/Database.h"

#include <utility>

namespace novamind {

Transaction::~Transaction()
{
    rollback();
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Status Transaction::commit()
{
    Q_ASSERT(m_db);
    Status s = m_db->exec("COMMIT");
    if (!s.ok()) {
        rollback();
        return s;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    (void)m_db->exec("ROLLBACK");
    m_db = nullptr;
}

} // namespace novamind
