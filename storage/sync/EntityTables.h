#pragma once
// EntityTables: the one map from a sync entity name ("clinical_note") to its replica table, in codec form.
// Used by the change applier (server → replica), local edits and conflicts (replica → outbox) and checksums.

#include "models/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace novamind {

class Database;

namespace EntityTables {

// Every entity the server's feed may carry, parents before children.
const QStringList &entities();
// Entities a user may create, update or delete here (and so push): clinical_note, clinical_observation, diagnosis,
// medication, treatment; patient for update only. Assessments are written by AssessmentRepository.
bool isEditable(const QString &entity);
// The replica table of an entity; empty for an unknown one.
QString tableOf(const QString &entity);

struct Row
{
    QJsonObject data;  // codec form (codec::toJson of the row's domain value)
    QString patientId; // empty for organisation-wide rows (organization, clinician)
    qint64 serverVersion = 0;
    int localState = 0; // 0 clean, 1 pending, 2 conflict
};
// The row of (entity, id) in codec form; nullopt when absent. No access check: callers check.
Result<std::optional<Row>> load(Database &db, const QString &entity, const QString &id);

// Visits every synced row of every entity (patient-scoped and organisation-wide), in (entity, id) order, in codec
// form: the replica side of the "replica equals the server's view" checksum.
Status forEachRow(Database &db,
                  const std::function<void(const QString &entity, const QString &id, const Row &row)> &visit);

} // namespace EntityTables

} // namespace novamind
