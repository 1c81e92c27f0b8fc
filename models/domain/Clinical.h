#pragma once
// Clinical records of a patient: diagnoses, medications, treatments and their responses, observations, notes.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace novamind {

struct Diagnosis
{
    QString id;
    QString patientId;
    QString system; // icd10 | icd10cm | icd11 | snomed  (DSM-5-TR codes are ICD-10-CM codes)
    QString code;   // e.g. "F32.1"
    QString display;
    QString severity; // "" | mild | moderate | severe
    QString status;   // active | resolved
    std::optional<QDate> onsetDate;
    std::optional<QDate> resolutionDate;
    QString diagnosedBy; // clinician id
    QString notes;

    bool operator==(const Diagnosis &) const = default;
};

struct Medication
{
    QString id;
    QString patientId;
    QString name;       // e.g. "sertraline"
    QString rxnormCode; // RxNorm ingredient code where known
    double dose = 0;
    QString doseUnit;  // mg
    QString frequency; // e.g. "once daily"
    QString route;     // oral
    QString status;    // active | stopped | completed
    QDate startDate;
    std::optional<QDate> endDate;
    QString prescriberId;

    bool operator==(const Medication &) const = default;
};

struct TreatmentResponse
{
    QString id;
    QDateTime assessedAt;
    QString response; // none | partial | response | remission | worsening
    QString clinicianId;
    QString notes;

    bool operator==(const TreatmentResponse &) const = default;
};

struct Treatment
{
    QString id;
    QString patientId;
    QString type;   // pharmacotherapy | psychotherapy | neuromodulation | other
    QString name;   // e.g. "CBT", "sertraline course"
    QString status; // planned | active | completed | stopped
    QDate startDate;
    std::optional<QDate> endDate;
    QString prescriberId;
    QString dosage;
    QString frequency;
    std::vector<TreatmentResponse> responses;

    bool operator==(const Treatment &) const = default;
};

struct ClinicalObservation
{
    QString id;
    QString patientId;
    QString clinicianId;
    QDateTime observedAt;
    QString type; // e.g. sleep_hours, weight, heart_rate
    std::optional<double> numericValue;
    QString textValue;
    QString unit;
    QString source;           // clinician | patient_reported | device
    double reliability = 1.0; // 0..1
    QString notes;

    bool operator==(const ClinicalObservation &) const = default;
};

struct ClinicalNote
{
    QString id;
    QString patientId;
    QString authorId;
    QDateTime createdAt;
    QString kind; // progress | intake | discharge | other
    QString title;
    QString body;

    bool operator==(const ClinicalNote &) const = default;
};

} // namespace novamind
