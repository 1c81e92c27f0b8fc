#pragma once
// PatientRecordRows: the columns and rows of each list of a patient record, for RecordTableModel.

#include "models/domain/Clinical.h"
#include "models/domain/ClinicalRelationship.h"
#include "models/patient/RecordTableModel.h"

#include <QCoreApplication>

namespace novamind {

class PatientRecordRows
{
    Q_DECLARE_TR_FUNCTIONS(PatientRecordRows)
public:
    // Diagnoses: code, description, status, since. Active first, then the most recent onset.
    static QStringList diagnosisHeaders();
    static std::vector<RecordTableModel::Row> diagnoses(const std::vector<Diagnosis> &diagnoses);

    // Medications: name, dose, frequency, start, stop, status. Current first (active and not past its stop date
    // on `today`), then the most recent start.
    static QStringList medicationHeaders();
    static std::vector<RecordTableModel::Row> medications(const std::vector<Medication> &medications,
                                                          const QDate &today);

    // Treatments: type, name, status, start, end, latest response. Active first, then the most recent start.
    static QStringList treatmentHeaders();
    static std::vector<RecordTableModel::Row> treatments(const std::vector<Treatment> &treatments);

    // Care relationships: clinician, role, valid from, valid to. Valid at `now` first.
    static QStringList relationshipHeaders();
    static std::vector<RecordTableModel::Row> relationships(const std::vector<ClinicalRelationship> &relationships,
                                                            const QDateTime &now);

    // "treating_psychiatrist" → "Treating psychiatrist".
    static QString humanize(const QString &code);
    static bool isCurrent(const Medication &medication, const QDate &today);
};

} // namespace novamind
