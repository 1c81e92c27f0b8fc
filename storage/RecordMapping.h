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

#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace novamind {

class Database;

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

    // Recomputes the patient-list summary (latest risk level, last assessment, PHQ-9 suicide flag) of every
    // patient whose states or assessments this writer inserted since the last call. Call before committing.
    Status refreshSummaries();

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_stmts;
    std::set<QString> m_touched;
};

} // namespace RecordMapping

} // namespace novamind
