#pragma once
// PatientRepository: patient search and the patient record (demographics, diagnoses, medications, treatments).

#include "models/PatientListModel.h"
#include "models/Result.h"
#include "models/domain/Clinical.h"
#include "models/domain/ClinicalRelationship.h"
#include "models/domain/Patient.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace novamind {

class UnitOfWork;

// Orders a patient list may be sorted by; each maps to a fixed SQL expression (never built from input).
enum class PatientSort
{
    Default, // family name, given name (MRN for roles that see no names): walks an index
    Mrn,
    Name,
    BirthDate,
    RiskLevel, // low < moderate < high < imminent; unknown first
    SuicideRisk,
    LastAssessment, // never assessed first
};

struct PatientQuery
{
    QString text;            // prefix of family name, given name or MRN; several words must all match
    QString diagnosisPrefix; // e.g. "F32" matches F32, F32.1 ...
    QString riskLevel;       // latest twin state's risk level: low | moderate | high | imminent
    std::optional<QDateTime> noAssessmentSince; // overdue: no completed assessment at or after this instant
    PatientSort sort = PatientSort::Default;    // roles that see no clinical content always get MRN order
    bool descending = false;
    int limit = -1;
    int offset = 0;
};

struct PatientRecord
{
    Patient patient;
    std::vector<Diagnosis> diagnoses;
    std::vector<Medication> medications;
    std::vector<Treatment> treatments;
    std::vector<ClinicalRelationship> relationships;
    bool breakGlass = false; // opened under an emergency grant, not a relationship
};

class PatientRepository
{
public:
    // Patients the user may see, by family name; audited as one search. Admins get id and MRN only.
    // Ties are broken by id, so that offset paging is stable.
    static Result<std::vector<PatientSummary>> search(UnitOfWork &uow, const PatientQuery &query);
    // How many patients search() would return without limit and offset, counting at most `atMost` (all when
    // negative): a number, no PHI, so not audited. The cap bounds the cost of a count on every keystroke.
    static Result<qint64> count(UnitOfWork &uow, const PatientQuery &query, qint64 atMost = -1);
    // The patient view; audited as a read, marks the patient as opened (for cache eviction).
    static Result<PatientRecord> open(UnitOfWork &uow, const QString &patientId);
};

} // namespace novamind
