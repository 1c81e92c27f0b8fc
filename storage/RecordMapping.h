#pragma once
// RecordMapping: the one place where replica tables map to domain types (load and store, no access checks).

#include "models/Result.h"
#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/ClinicalRelationship.h"
#include "models/domain/DigitalTwin.h"
#include "models/domain/Identity.h"
#include "models/domain/Patient.h"
#include "models/timeline/TwinStateColumns.h"

#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace novamind {

class Database;
class Statement;

namespace RecordMapping {

Result<Patient> loadPatient(Database &db, const QString &patientId);
Result<std::vector<Diagnosis>> loadDiagnoses(Database &db, const QString &patientId);
Result<std::vector<Medication>> loadMedications(Database &db, const QString &patientId);
Result<std::vector<Treatment>> loadTreatments(Database &db, const QString &patientId);
Result<std::vector<ClinicalRelationship>> loadRelationships(Database &db, const QString &patientId);
Result<std::vector<ClinicalObservation>> loadObservations(Database &db, const QString &patientId);
Result<std::vector<ClinicalNote>> loadNotes(Database &db, const QString &patientId);
Result<std::optional<Assessment>> loadAssessment(Database &db, const QString &assessmentId);
// Completed assessments of one instrument (all instruments when empty), oldest first.
Result<std::vector<Assessment>> loadAssessmentHistory(Database &db, const QString &patientId,
                                                      const QString &instrument);
// States with from <= ts <= to, oldest first.
Result<std::vector<DigitalTwinState>> loadStates(Database &db, const QString &patientId, qint64 fromMs, qint64 toMs);
// The same states as loadStates, only time, the numeric dimensions and the risk level (for charts).
Result<TwinStateColumns> loadStateColumns(Database &db, const QString &patientId, qint64 fromMs, qint64 toMs);
Result<std::optional<DigitalTwinState>> loadStateAsOf(Database &db, const QString &patientId, qint64 atMs);
Result<std::vector<DigitalTwinPrediction>> loadPredictions(Database &db, const QString &patientId);

// The sync columns every synced row carries (migrations 0003, 0005); all 0 for rows that never came from a server.
struct SyncStamp
{
    qint64 serverVersion = 0;
    int localState = 0; // 0 clean, 1 pending, 2 conflict
    qint64 epoch = 0;   // the full resync the row was written in
};

// Visits the rows of one synced table (e.g. "twin_state") in codec form (models/codecs) with their sync columns.
// `condition` follows FROM (e.g. "WHERE id = ?1" or "ORDER BY id"), `bind` binds its parameters. Patients stored
// as the identifying triple an admin receives come back as {id, mrn, organization_id}.
using SyncedRowVisitor = std::function<void(const QJsonObject &data, const SyncStamp &stamp)>;
Status forEachSyncedRow(Database &db, const QString &table, const std::string &condition,
                        const std::function<void(Statement &)> &bind, const SyncedRowVisitor &visit);

// Prepared inserts for bulk writes (demo cohort, sync pages): prepare once, bind per row.
class Writer
{
public:
    explicit Writer(Database &db);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    Status insert(const Organization &o);
    Status insert(const Clinician &c);
    Status insert(const Patient &p);
    Status insert(const ClinicalRelationship &r);
    Status insert(const Diagnosis &d);
    Status insert(const Medication &m);
    Status insert(const Treatment &t);
    Status insert(const ClinicalObservation &o);
    Status insert(const ClinicalNote &n);
    Status insert(const Assessment &a);
    Status insert(const DigitalTwin &t);
    Status insert(const DigitalTwinState &s);
    Status insert(const DigitalTwinPrediction &p);

    // The sync columns of every following insert and update (default: all 0, a row never synced).
    void setStamp(const SyncStamp &stamp) { m_stamp = stamp; }
    const SyncStamp &stamp() const { return m_stamp; }
    // In-place updates for rows others reference (a DELETE would cascade to a patient's record or be refused):
    // the data columns and the stamp; the patient's list summary and last-opened marker stay.
    Status update(const Organization &o);
    Status update(const Patient &p);
    // Marks a patient's summary stale after a caller deleted one of their states or assessments.
    void touch(const QString &patientId) { m_touched.insert(patientId); }

    // Recomputes the patient-list summary (latest risk level, last assessment, PHQ-9 suicide flag) of every
    // patient whose states or assessments this writer inserted since the last call. Call before committing.
    Status refreshSummaries();

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_stmts;
    std::set<QString> m_touched;
    SyncStamp m_stamp;
};

} // namespace RecordMapping

} // namespace novamind
