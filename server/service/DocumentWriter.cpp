#include "server/service/DocumentWriter.h"

#include "models/codecs/JsonCodec.h"

namespace novamind::server {

Status DocumentWriter::lockSequence(PgConnection &conn)
{
    return conn.run("SELECT nm_change_lock()");
}

Result<std::optional<StoredDocument>> DocumentWriter::load(PgConnection &conn, const QString &entity, const QString &id)
{
    auto rows = conn.exec("SELECT organization_id, coalesce(patient_id, ''), version, seq, deleted,"
                          " coalesce(doc::text, '') FROM document WHERE entity = $1 AND id = $2",
                          {pgParam(entity), pgParam(id)});
    if (!rows.ok())
        return rows.error();
    if (rows->rows() == 0)
        return std::optional<StoredDocument>();
    StoredDocument d;
    d.entity = entity;
    d.id = id;
    d.organizationId = rows->text(0, 0);
    d.patientId = rows->text(0, 1);
    d.version = rows->int64(0, 2);
    d.seq = rows->int64(0, 3);
    d.deleted = rows->boolean(0, 4);
    d.doc = rows->bytes(0, 5);
    return std::optional<StoredDocument>(std::move(d));
}

Result<qint64> DocumentWriter::write(PgConnection &conn, const QString &userId, const DocumentWrite &w)
{
    const bool deleting = w.op == QLatin1String("delete");
    const QByteArray effective =
        w.effectiveAt ? pgParam(codec::formatTimestamp(*w.effectiveAt)) : QByteArray(); // NULL when absent
    auto stored = conn.exec(
        "INSERT INTO document AS d (entity, id, organization_id, patient_id, version, seq, deleted, effective_at, doc)"
        " VALUES ($1, $2, $3, nullif($4, ''), 1, nextval('change_seq'), $5, $6::timestamptz, $7::jsonb)"
        " ON CONFLICT (entity, id) DO UPDATE SET version = d.version + 1, seq = EXCLUDED.seq,"
        " deleted = EXCLUDED.deleted, effective_at = coalesce(EXCLUDED.effective_at, d.effective_at),"
        " doc = EXCLUDED.doc, updated_at = now()"
        " RETURNING version, seq",
        {pgParam(w.entity), pgParam(w.id), pgParam(w.organizationId), pgParam(w.patientId),
         deleting ? QByteArray("true") : QByteArray("false"), effective, deleting ? QByteArray() : w.doc});
    if (!stored.ok())
        return stored.error();
    const qint64 version = stored->int64(0, 0);
    const qint64 seq = stored->int64(0, 1);
    NM_TRY(conn.run("INSERT INTO change_log (seq, entity, id, patient_id, version, op, user_id)"
                    " VALUES ($1, $2, $3, nullif($4, ''), $5, $6, $7)",
                    {pgParam(seq), pgParam(w.entity), pgParam(w.id), pgParam(w.patientId), pgParam(version),
                     pgParam(w.op), pgParam(userId)}));
    return version;
}

} // namespace novamind::server
