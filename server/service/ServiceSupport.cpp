#include "server/service/ServiceSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cstdio>

namespace novamind::server {

Result<std::unique_ptr<PgTransaction>> beginAs(PgConnection &conn, const Caller &caller, const char *mode)
{
    auto tx = PgTransaction::begin(conn, mode);
    if (!tx.ok())
        return tx.error();
    // Local to this transaction (third argument true), so a pooled connection never carries a user over.
    NM_TRY(conn.run("SELECT set_config('novamind.user_id', $1, true)", {pgParam(caller.userId)}));
    return tx;
}

Reply databaseFailure(const Error &error)
{
    std::fprintf(stderr, "database error: %s\n", qUtf8Printable(error.detail.isEmpty() ? error.message : error.detail));
    if (error.code == ErrorCode::Usage) // a value the database cannot hold, e.g. text with a NUL
        return Reply::error(422, "invalid_content", error.message);
    if (error.code == ErrorCode::Network)
        return Reply::error(503, "unavailable",
                            QCoreApplication::translate("SyncService", "The database is unavailable; try again later."))
            .withHeader("Retry-After", "5");
    return Reply::error(500, "internal",
                        QCoreApplication::translate("SyncService", "The server could not complete the request."));
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &body, Reply *reply)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *reply = Reply::error(400, "invalid_json",
                              QCoreApplication::translate("SyncService", "The request body is not a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace novamind::server
