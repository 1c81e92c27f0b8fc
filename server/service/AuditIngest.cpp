#include "server/service/AuditIngest.h"

#include "models/audit/AuditBatch.h"
#include "server/db/ConnectionPool.h"
#include "server/service/ServiceConfig.h"
#include "server/service/ServiceSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace novamind::server {

namespace {

// The device's last accepted entry; seq 0 with the genesis hash before its first.
struct Head
{
    qint64 seq = 0;
    QString hash = AuditChain::genesisHash();
};

QJsonObject checkpointJson(const Head &head)
{
    return QJsonObject{{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}};
}

Reply chainBroken(const Head &head, qint64 seq)
{
    const QJsonObject body{
        {QStringLiteral("error"), QStringLiteral("chain_broken")},
        {QStringLiteral("message"),
         AuditIngest::tr("Audit entry %1 does not continue the chain the server holds for this device.").arg(seq)},
        {QStringLiteral("checkpoint"), checkpointJson(head)}};
    return Reply::json(409, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// The device row as the caller may see it (row-level security: only devices of the caller's organisation),
// locked so that concurrent pushes of one device take turns.
Result<std::optional<Head>> lockHead(PgConnection &conn, const QString &deviceId)
{
    auto row =
        conn.exec("SELECT head_seq, head_hash FROM audit_device WHERE device_id = $1 FOR UPDATE", {pgParam(deviceId)});
    if (!row.ok())
        return row.error();
    if (row->rows() == 0)
        return std::optional<Head>();
    return std::optional<Head>(Head{row->int64(0, 0), row->text(0, 1)});
}

// The device's head, registering the device for the caller's organisation when it is new; nullopt when the id
// belongs to a device the caller cannot see (another organisation's).
Result<std::optional<Head>> deviceHead(PgConnection &conn, const Caller &caller, const QString &deviceId)
{
    auto head = lockHead(conn, deviceId);
    if (!head.ok() || head.value())
        return head;
    // Not visible: either new, or another organisation's. The primary key sees every row whatever the policies
    // say, so DO NOTHING without a returned row means the id is taken, and nothing about that row leaks.
    auto inserted = conn.exec("INSERT INTO audit_device (device_id, organization_id, head_seq, head_hash)"
                              " VALUES ($1, $2, 0, $3) ON CONFLICT (device_id) DO NOTHING RETURNING device_id",
                              {pgParam(deviceId), pgParam(caller.organizationId), pgParam(AuditChain::genesisHash())});
    if (!inserted.ok())
        return inserted.error();
    if (inserted->rows() == 1)
        return std::optional<Head>(Head{});
    // The conflicting row may be this organisation's, committed by a concurrent first push of the same device
    // (the INSERT waited for it): a new statement sees it then; another organisation's stays invisible.
    return lockHead(conn, deviceId);
}

// The stored hashes of seq first..last of the device.
Result<QHash<qint64, QString>> storedHashes(PgConnection &conn, const QString &deviceId, qint64 first, qint64 last)
{
    auto rows = conn.exec("SELECT seq, hash FROM audit_event WHERE device_id = $1 AND seq BETWEEN $2 AND $3",
                          {pgParam(deviceId), pgParam(first), pgParam(last)});
    if (!rows.ok())
        return rows.error();
    QHash<qint64, QString> hashes;
    for (int r = 0; r < rows->rows(); ++r)
        hashes.insert(rows->int64(r, 0), rows->text(r, 1));
    return hashes;
}

Status appendEntries(PgConnection &conn, const Caller &caller, const QString &deviceId,
                     const std::vector<AuditEntry> &entries)
{
    // One statement for the whole run: the entries travel as one JSON parameter, never as SQL text.
    QJsonArray rows;
    for (const AuditEntry &e : entries) {
        rows.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                {QStringLiteral("ts"), e.ts},
                                {QStringLiteral("user_id"), e.userId},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("entity"), e.entity},
                                {QStringLiteral("entity_id"), e.entityId},
                                {QStringLiteral("purpose"), e.purpose},
                                {QStringLiteral("prev_hash"), e.prevHash},
                                {QStringLiteral("hash"), e.hash}});
    }
    return conn.run("INSERT INTO audit_event (device_id, seq, ts, user_id, action, entity, entity_id, purpose,"
                    " prev_hash, hash, received_by)"
                    " SELECT $1, r.seq, r.ts, r.user_id, r.action, r.entity, r.entity_id, r.purpose, r.prev_hash,"
                    " r.hash, $3"
                    " FROM jsonb_to_recordset($2::jsonb) AS r(seq BIGINT, ts TEXT, user_id TEXT, action TEXT,"
                    " entity TEXT, entity_id TEXT, purpose TEXT, prev_hash TEXT, hash TEXT)",
                    {pgParam(deviceId), QJsonDocument(rows).toJson(QJsonDocument::Compact), pgParam(caller.userId)});
}

} // namespace

Reply AuditIngest::ingest(ConnectionPool &pool, const ServiceConfig &config, const Caller &caller,
                          const QByteArray &body)
{
    Reply reply;
    const std::optional<QJsonObject> object = parseJsonObject(body, &reply);
    if (!object)
        return reply;
    // Counted before the entries are parsed, so an oversized batch costs nothing more.
    const QJsonValue entries = object->value(QLatin1String("entries"));
    if (entries.isArray() && entries.toArray().size() > config.maxAuditEntriesPerPush)
        return Reply::error(413, "payload_too_large",
                            tr("An audit push may carry at most %1 entries.").arg(config.maxAuditEntriesPerPush));
    Result<AuditBatch> parsed = AuditBatch::fromJson(*object);
    if (!parsed.ok())
        return Reply::error(422, "invalid_request", parsed.error().message);
    const AuditBatch &batch = parsed.value();

    auto conn = pool.acquire();
    if (!conn.ok())
        return databaseFailure(conn.error());
    auto tx = beginAs(**conn, caller);
    if (!tx.ok())
        return databaseFailure(tx.error());

    auto found = deviceHead(**conn, caller, batch.deviceId);
    if (!found.ok())
        return databaseFailure(found.error());
    if (!found.value())
        return Reply::error(403, "forbidden", tr("This device belongs to another organisation."));
    const Head head = *found.value();

    if (const std::optional<qint64> broken = batch.firstBrokenLink())
        return chainBroken(head, *broken);

    // Entries at or below the head must be the very entries stored (a retry after a lost answer); the first
    // entry above it must follow the head directly.
    std::vector<AuditEntry> fresh;
    const std::vector<AuditEntry> &all = batch.entries;
    if (!all.empty() && all.front().seq <= head.seq) {
        auto stored = storedHashes(**conn, batch.deviceId, all.front().seq, std::min(all.back().seq, head.seq));
        if (!stored.ok())
            return databaseFailure(stored.error());
        for (const AuditEntry &e : all) {
            if (e.seq > head.seq)
                break;
            if (stored->value(e.seq) != e.hash)
                return chainBroken(head, e.seq);
        }
    }
    for (const AuditEntry &e : all) {
        if (e.seq > head.seq)
            fresh.push_back(e);
    }
    if (!fresh.empty() && (fresh.front().seq != head.seq + 1 || fresh.front().prevHash != head.hash))
        return chainBroken(head, fresh.front().seq);

    Head next = head;
    if (!fresh.empty()) {
        if (Status st = appendEntries(**conn, caller, batch.deviceId, fresh); !st.ok())
            return databaseFailure(st.error());
        next = Head{fresh.back().seq, fresh.back().hash};
        if (Status st = (*conn)->run("UPDATE audit_device SET head_seq = $2, head_hash = $3, updated_at = now()"
                                     " WHERE device_id = $1",
                                     {pgParam(batch.deviceId), pgParam(next.seq), pgParam(next.hash)});
            !st.ok())
            return databaseFailure(st.error());
        if (Status st = tx.value()->commit(); !st.ok())
            return databaseFailure(st.error());
    }
    // Nothing new: the transaction rolls back, so a first push without entries registers no device.

    const QJsonObject answer{{QStringLiteral("accepted"), qint64(fresh.size())},
                             {QStringLiteral("checkpoint"), checkpointJson(next)}};
    return Reply::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace novamind::server
