#pragma once
// ConnectionPool: reuses PostgreSQL connections across requests and threads; a lease returns its connection.

#include "server/db/PgConnection.h"

#include <QMutex>
#include <QString>
#include <memory>
#include <vector>

namespace novamind::server {

class ConnectionPool;

class PooledConnection
{
public:
    PooledConnection(ConnectionPool *pool, std::unique_ptr<PgConnection> conn);
    PooledConnection(PooledConnection &&) noexcept = default;
    PooledConnection(const PooledConnection &) = delete;
    ~PooledConnection();
    PgConnection &operator*() { return *m_conn; }
    PgConnection *operator->() { return m_conn.get(); }

private:
    ConnectionPool *m_pool;
    std::unique_ptr<PgConnection> m_conn;
};

class ConnectionPool
{
public:
    ConnectionPool(QString url, int maxIdle);
    // An idle connection, or a new one; a Network error when the database cannot be reached.
    Result<PooledConnection> acquire();

private:
    friend class PooledConnection;
    void release(std::unique_ptr<PgConnection> conn);
    QString m_url;
    int m_maxIdle;
    QMutex m_mutex;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
};

} // namespace novamind::server
