#pragma once
// DocumentWriter: reads and writes synced documents and appends their change-log entries, under the caller's RLS.

#include "models/Result.h"
#include "server/db/PgConnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace novamind::server {

struct StoredDocument
{
    QString entity;
    QString id;
    QString organizationId;
    QString patientId; // "" for organisation-wide documents
    qint64 version = 0;
    qint64 seq = 0;
    bool deleted = false;
    QByteArray doc; // JSON text as stored (JSONB output); empty when deleted
};

struct DocumentWrite
{
    QString entity;
    QString id;
    QString organizationId;
    QString patientId;                    // "" for organisation-wide documents
    QByteArray doc;                       // compact JSON (codec::encode); ignored for op "delete"
    QString op;                           // create | update | delete | derive
    std::optional<QDateTime> effectiveAt; // twin_state timestamp, assessment completion, ...
};

class DocumentWriter
{
public:
    // Takes the change-sequence lock for the rest of the transaction; call before the first write.
    static Status lockSequence(PgConnection &conn);

    // The document as the current user may see it (row-level security applies); nullopt when absent or hidden.
    static Result<std::optional<StoredDocument>> load(PgConnection &conn, const QString &entity, const QString &id);

    // Creates (version 1) or replaces (version + 1) the document, draws the next change sequence and appends the
    // change-log entry; returns the new version. Needs lockSequence() earlier in the same transaction.
    static Result<qint64> write(PgConnection &conn, const QString &userId, const DocumentWrite &write);
};

} // namespace novamind::server
