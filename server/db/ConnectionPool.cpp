#include "server/db/ConnectionPool.h"

#include <QMutexLocker>

namespace novamind::server {

PooledConnection::PooledConnection(ConnectionPool *pool, std::unique_ptr<PgConnection> conn)
    : m_pool(pool)
    , m_conn(std::move(conn))
{}

PooledConnection::~PooledConnection()
{
    if (m_conn && m_pool)
        m_pool->release(std::move(m_conn));
}

ConnectionPool::ConnectionPool(QString url, int maxIdle)
    : m_url(std::move(url))
    , m_maxIdle(maxIdle)
{}

Result<PooledConnection> ConnectionPool::acquire()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            auto conn = std::move(m_idle.back());
            m_idle.pop_back();
            return PooledConnection(this, std::move(conn));
        }
    }
    auto conn = PgConnection::open(m_url);
    if (!conn.ok())
        return conn.error();
    return PooledConnection(this, std::move(conn).value());
}

void ConnectionPool::release(std::unique_ptr<PgConnection> conn)
{
    // A connection that lost the server, or was left inside a transaction, is not handed out again.
    if (!conn->isHealthy())
        return;
    QMutexLocker lock(&m_mutex);
    if (int(m_idle.size()) < m_maxIdle)
        m_idle.push_back(std::move(conn));
}

} // namespace novamind::server
