#pragma once
// EntityTables: the one map from a sync entity name ("clinical_note") to its replica table, in codec form.
// Used by the change applier (server → replica), local edits and conflicts (replica → outbox) and checksums.

#include "models/Result.h"
#include "storage/RecordMapping.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

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

// --- added for the replica side of sync (storage/sync/*.cpp) ---------------------------------------------------

// A decoded document of any synced entity.
using Record =
    std::variant<Organization, Clinician, Patient, ClinicalRelationship, Diagnosis, Medication, Treatment,
                 ClinicalObservation, ClinicalNote, Assessment, DigitalTwin, DigitalTwinState, DigitalTwinPrediction>;

// Decodes `data` with the shared codec as `entity`; Usage error for an unknown entity or a bad document (the message
// names the field, never its value). A patient may be the identifying triple an admin receives.
Result<Record> decode(const QString &entity, const QJsonObject &data);
QString idOf(const Record &record);
// The patient a document belongs to: its "patient_id", or its "id" for a patient; empty for organisation rows.
QString patientIdOf(const QString &entity, const QJsonObject &data);

// Writes and deletes rows in codec form with prepared statements kept for its lifetime (one per page loop, or one
// per local edit). No access checks, no transaction: callers do both.
class Store
{
public:
    explicit Store(Database &db);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    struct RowState
    {
        qint64 serverVersion = 0;
        int localState = 0;
        QString patientId;
    };
    // The sync columns of the row with the record's key (twin states: patient and instant); nullopt when absent.
    Result<std::optional<RowState>> state(const Record &record);
    Result<std::optional<RowState>> state(const QString &entity, const QString &id);

    // Inserts the record; false (nothing written) when a row with its key exists. Any other failure (a child
    // whose patient is absent) is an error.
    Result<bool> insert(const Record &record, const RecordMapping::SyncStamp &stamp);
    // Replaces the row with the record's key, or inserts it: UPDATE for rows others reference (organisation,
    // patient), DELETE + INSERT elsewhere (so note search triggers fire and append-only states are not updated).
    Status put(const Record &record, const RecordMapping::SyncStamp &stamp);
    // Deletes (entity, id); a patient's record goes with them (ON DELETE CASCADE). False when there was none.
    Result<bool> remove(const QString &entity, const QString &id);
    // Sets the sync columns only (acknowledged writes, conflicts).
    Status setStamp(const QString &entity, const QString &id, const RecordMapping::SyncStamp &stamp);
    // Marks the row with the record's key as delivered in `epoch` (a full resync sent it again unchanged), by key for
    // twin states so that no table scan is needed.
    Status setEpoch(const Record &record, qint64 epoch);

    // Before committing: the patient-list summaries of the patients whose states or assessments changed.
    Status refreshSummaries();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace EntityTables

} // namespace novamind
