#pragma once
// TokenService: the OAuth 2.0 password grant (RFC 6749 §4.3), token revocation (RFC 7009) and bearer-token
// authentication (RFC 6750) of novamind-syncd, with the failed-sign-in throttle.

#include "server/service/Caller.h"
#include "server/service/Reply.h"
#include "server/service/ServiceConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <variant>

namespace novamind::server {

class ConnectionPool;

class TokenService
{
    Q_DECLARE_TR_FUNCTIONS(TokenService)
public:
    // Failed sign-ins within the window that throttle one user name, or one client address (IPv6: its /64).
    static constexpr int kMaxFailuresPerUser = 5;
    static constexpr int kMaxFailuresPerPeer = 20;
    static constexpr int kFailureWindowSeconds = 15 * 60;

    // POST /v1/auth/token, form-encoded `grant_type=password&username=U&password=P`. Issues a token of 32 random
    // bytes (base64url, 43 characters); the database keeps only the SHA-256 hex of those 43 characters.
    static Reply token(ConnectionPool &pool, const ServiceConfig &config, const QByteArray &formBody,
                       const QHostAddress &peer);

    // POST /v1/auth/revoke, form-encoded `token=T`: 200 `{}` whether or not the token was known.
    static Reply revoke(ConnectionPool &pool, const ServiceConfig &config, const QByteArray &formBody);

    // The caller of an `Authorization: Bearer <token>` header value, or the 401 reply (with WWW-Authenticate).
    static std::variant<Caller, Reply> authenticate(ConnectionPool &pool, const QByteArray &authorizationHeader);
};

} // namespace novamind::server
