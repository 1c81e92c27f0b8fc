#pragma once
// SyncService: the endpoints of the sync API as plain functions (request parts in, Reply out), thread-safe.
// The HTTP layer (server/http) only routes, caps bodies and runs these on its worker threads.

#include "server/service/Caller.h"
#include "server/service/Reply.h"
#include "server/service/ServiceConfig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>
#include <memory>
#include <variant>

namespace novamind::server {

class ConnectionPool;

class SyncService
{
public:
    explicit SyncService(ServiceConfig config);
    ~SyncService();

    const ServiceConfig &config() const { return m_config; }

    // POST /v1/auth/token (form-encoded, RFC 6749 §4.3): `peer` feeds the failed-login throttle.
    Reply token(const QByteArray &formBody, const QHostAddress &peer);
    // POST /v1/auth/revoke (form-encoded `token=...`, RFC 7009): always 200 for a well-formed request.
    Reply revoke(const QByteArray &formBody);
    // The caller of a bearer token (the Authorization header's value), or the 401 Reply to send.
    std::variant<Caller, Reply> authenticate(const QByteArray &authorizationHeader);

    Reply changes(const Caller &caller, const QUrlQuery &query);                  // GET /v1/changes?since=&limit=
    Reply push(const Caller &caller, const QByteArray &body);                     // POST /v1/push
    Reply audit(const Caller &caller, const QByteArray &body);                    // POST /v1/audit
    Reply record(const Caller &caller, const QString &entity, const QString &id); // GET /v1/records/{entity}/{id}
    Reply health();                                                               // GET /v1/health (no token)

private:
    ServiceConfig m_config;
    std::unique_ptr<ConnectionPool> m_pool;
};

} // namespace novamind::server
