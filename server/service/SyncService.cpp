#include "server/service/SyncService.h"

#include "models/Version.h"
#include "server/db/ConnectionPool.h"
#include "server/service/AuditIngest.h"
#include "server/service/ChangeFeed.h"
#include "server/service/DocumentWriter.h"
#include "server/service/PushService.h"
#include "server/service/ServiceSupport.h"
#include "server/service/TokenService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

namespace novamind::server {

namespace {

const QSet<QString> &knownEntities()
{
    static const QSet<QString> entities{QStringLiteral("organization"),   QStringLiteral("clinician"),
                                        QStringLiteral("patient"),        QStringLiteral("clinical_relationship"),
                                        QStringLiteral("diagnosis"),      QStringLiteral("medication"),
                                        QStringLiteral("treatment"),      QStringLiteral("clinical_observation"),
                                        QStringLiteral("clinical_note"),  QStringLiteral("assessment"),
                                        QStringLiteral("digital_twin"),   QStringLiteral("twin_state"),
                                        QStringLiteral("twin_prediction")};
    return entities;
}

} // namespace

SyncService::SyncService(ServiceConfig config)
    : m_config(std::move(config))
    , m_pool(std::make_unique<ConnectionPool>(m_config.databaseUrl, std::max(4, QThread::idealThreadCount() * 4)))
{}

SyncService::~SyncService() = default;

Reply SyncService::token(const QByteArray &formBody, const QHostAddress &peer)
{
    return TokenService::token(*m_pool, m_config, formBody, peer);
}

Reply SyncService::revoke(const QByteArray &formBody)
{
    return TokenService::revoke(*m_pool, m_config, formBody);
}

std::variant<Caller, Reply> SyncService::authenticate(const QByteArray &authorizationHeader)
{
    return TokenService::authenticate(*m_pool, authorizationHeader);
}

Reply SyncService::changes(const Caller &caller, const QUrlQuery &query)
{
    return ChangeFeed::changes(*m_pool, m_config, caller, query);
}

Reply SyncService::push(const Caller &caller, const QByteArray &body)
{
    return PushService::push(*m_pool, m_config, caller, body);
}

Reply SyncService::audit(const Caller &caller, const QByteArray &body)
{
    return AuditIngest::ingest(*m_pool, m_config, caller, body);
}

Reply SyncService::record(const Caller &caller, const QString &entity, const QString &id)
{
    if (!knownEntities().contains(entity))
        return Reply::error(400, "unknown_entity",
                            QCoreApplication::translate("SyncService", "There is no such kind of record."));
    // No stored id holds a NUL, and libpq would cut the parameter at it, answering for a shorter id that exists.
    if (id.contains(QChar(0)))
        return Reply::error(404, "not_found", QCoreApplication::translate("SyncService", "There is no such record."));
    auto conn = m_pool->acquire();
    if (!conn.ok())
        return databaseFailure(conn.error());
    PgConnection &db = *conn.value();
    auto tx = beginAs(db, caller);
    if (!tx.ok())
        return databaseFailure(tx.error());
    auto doc = DocumentWriter::load(db, entity, id);
    if (!doc.ok())
        return databaseFailure(doc.error());
    // Admins may learn that a patient exists, never its content: the same answer as for a record they cannot see.
    const bool masked = caller.role == QLatin1String("admin");
    if (!doc->has_value() || doc->value().deleted || masked)
        return Reply::error(404, "not_found", QCoreApplication::translate("SyncService", "There is no such record."));
    if (Status s = db.run("INSERT INTO access_log (user_id, endpoint, records) VALUES ($1, 'record', 1)",
                          {pgParam(caller.userId)});
        !s.ok())
        return databaseFailure(s.error());
    if (Status s = tx.value()->commit(); !s.ok())
        return databaseFailure(s.error());
    const StoredDocument &d = doc->value();
    QByteArray out = "{\"entity\":";
    appendJsonString(out, entity.toUtf8());
    out += ",\"id\":";
    appendJsonString(out, id.toUtf8());
    out += ",\"version\":" + QByteArray::number(d.version) + ",\"data\":" + d.doc + '}';
    return Reply::json(200, out);
}

Reply SyncService::health()
{
    const auto unavailable = [] {
        const QJsonObject body{
            {QStringLiteral("status"), QStringLiteral("unavailable")},
            {QStringLiteral("database"), QStringLiteral("unreachable")},
            {QStringLiteral("error"), QStringLiteral("unavailable")},
            {QStringLiteral("message"), QCoreApplication::translate("SyncService", "The database is unavailable.")}};
        return Reply::json(503, QJsonDocument(body).toJson(QJsonDocument::Compact)).withHeader("Retry-After", "5");
    };
    auto conn = m_pool->acquire();
    if (!conn.ok())
        return unavailable();
    auto row = conn.value()->exec("SELECT server_id::text FROM server_info");
    if (!row.ok() || row->rows() != 1)
        return unavailable();
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("server_id"), row->text(0, 0)},
                           {QStringLiteral("version"), QStringLiteral(NOVAMIND_VERSION)},
                           {QStringLiteral("database"), QStringLiteral("ok")}};
    return Reply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace novamind::server
