#pragma once
// PatientExport: gathers one patient's whole record through the repositories for an export, audited as one.

#include "models/Result.h"
#include "models/fhir/FhirPatientData.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace novamind {

class UnitOfWork;
struct Session;

class PatientExport
{
    Q_DECLARE_TR_FUNCTIONS(PatientExport)
public:
    // The patient, their care team, diagnoses, medications, completed assessments, every twin state and prediction,
    // and the clinicians those name. Same access rules as opening the patient (NotFound for a patient the user may
    // not see, whether or not it exists); the reads and one "export" entry are audited in `uow`'s transaction.
    static Result<FhirPatientData> gather(UnitOfWork &uow, const QString &patientId);
    // Gathers the patient in its own transaction and writes them as a FHIR R4 Bundle to `path` (atomically, mode
    // 0600). The file is written before the commit and removed if the commit fails, so the audit trail records every
    // export that exists and none that does not. Returns the Bundle written.
    static Result<QJsonObject> writeFhirBundle(const Session &session, const QString &patientId, const QString &path);
};

} // namespace novamind
