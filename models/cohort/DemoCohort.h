#pragma once
// DemoCohort: a deterministic synthetic patient cohort (records, assessments, twin timelines) for demos and benchmarks.

#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/ClinicalRelationship.h"
#include "models/domain/DigitalTwin.h"
#include "models/domain/Identity.h"
#include "models/domain/Patient.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace novamind {

struct CohortParameters
{
    int patients = 0;
    int statesPerPatient = 500;     // one state a day, the last on `end`
    int assessmentsPerPatient = -1; // -1: statesPerPatient / 5, at least 1
    quint64 seed = 1;
    QString organizationId; // "" = an id derived from the seed
    QString clinicianId;    // who gets an active relationship; "" = "demo.psychiatrist"
    // Fixed rather than "now" so that the same seed always gives the same cohort.
    QDateTime end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
};

// Everything about one synthetic patient; a cohort is produced one bundle at a time so it never sits in memory.
struct PatientBundle
{
    Patient patient;
    ClinicalRelationship relationship;
    std::vector<Diagnosis> diagnoses;
    std::vector<Medication> medications;
    std::vector<Treatment> treatments;
    std::vector<Assessment> assessments;
    std::vector<ClinicalNote> notes;
    DigitalTwin twin;
    std::vector<DigitalTwinState> states;
    std::vector<DigitalTwinPrediction> predictions;
};

// Generates patient i from (seed, i, parameters) alone, so callers may generate in any order or in parallel.
class DemoCohort
{
public:
    explicit DemoCohort(CohortParameters parameters);

    // Parameters with defaults resolved (assessment count, organisation and clinician ids).
    const CohortParameters &parameters() const { return m_params; }
    int size() const { return m_params.patients; }

    // 0 <= index < 10,000,000 (the MRN has 7 digits); thread-safe.
    PatientBundle generate(int index) const;
    Organization organization() const;

private:
    CohortParameters m_params;
};

} // namespace novamind
