#pragma once
// Helpers every endpoint shares: transactions that run as the caller, and the reply for database failures.

#include "models/Result.h"
#include "server/db/ConnectionPool.h"
#include "server/service/Caller.h"
#include "server/service/Reply.h"

#include <QJsonObject>
#include <memory>

namespace novamind::server {

// BEGIN and set novamind.user_id for this transaction only, so every row-level security policy judges `caller`.
Result<std::unique_ptr<PgTransaction>> beginAs(PgConnection &conn, const Caller &caller, const char *mode = "");

// 422 for a value the database cannot hold (NUL in text), 503 `unavailable` when the database cannot be reached,
// otherwise 500 `internal`; the detail goes to the log
// (stderr), never to the client.
Reply databaseFailure(const Error &error);

// Parses a JSON object body: nullopt with `*reply` set to 400 `invalid_json` when it is not one.
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, Reply *reply);

} // namespace novamind::server
