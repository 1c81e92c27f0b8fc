#pragma once
// PatientExport: gathers one patient's whole record through the repositories for an export, audited as one.

#include "models/Result.h"
#include "models/fhir/FhirPatientData.h"

#include <QCoreApplication>

namespace novamind {

class UnitOfWork;

class PatientExport
{
    Q_DECLARE_TR_FUNCTIONS(PatientExport)
public:
    // The patient, their care team, diagnoses, medications, completed assessments, every twin state and prediction,
    // and the clinicians those name. Same access rules as opening the patient (NotFound for a patient the user may
    // not see, whether or not it exists); the reads and one "export" entry are audited in `uow`'s transaction.
    static Result<FhirPatientData> gather(UnitOfWork &uow, const QString &patientId);
};

} // namespace novamind
