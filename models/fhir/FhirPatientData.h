#pragma once
// FhirPatientData: everything about one patient that goes into a FHIR export, as domain values.

#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/ClinicalRelationship.h"
#include "models/domain/DigitalTwin.h"
#include "models/domain/Identity.h"
#include "models/domain/Patient.h"

#include <vector>

namespace novamind {

struct FhirPatientData
{
    Patient patient;
    std::vector<Organization> organizations; // the patient's and their clinicians'
    std::vector<Clinician> clinicians;       // everyone the other records name (care team, authors, prescribers)
    std::vector<ClinicalRelationship> relationships;
    std::vector<Diagnosis> diagnoses;
    std::vector<Medication> medications;
    std::vector<Assessment> assessments; // completed ones only
    std::vector<DigitalTwinState> states;
    std::vector<DigitalTwinPrediction> predictions;
};

} // namespace novamind
