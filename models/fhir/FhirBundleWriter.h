#pragma once
// FhirBundleWriter: one patient's record as a FHIR R4 Bundle (type collection), the same bytes for the same data.

#include "models/fhir/FhirPatientData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace novamind {

class InstrumentLibrary;

class FhirBundleWriter
{
public:
    explicit FhirBundleWriter(const InstrumentLibrary &library)
        : m_library(library)
    {}

    // Patient, Organization, Practitioner, PractitionerRole (one per care relationship), CareTeam, Condition,
    // MedicationStatement, QuestionnaireResponse with its score Observation, twin-state Observations and
    // RiskAssessments; every entry has a urn:uuid fullUrl and entries refer to each other by those urns. Records are
    // sorted, so equal data gives an equal bundle.
    QJsonObject bundle(const FhirPatientData &data) const;

    // How many resources of each type a bundle holds.
    static QMap<QString, int> resourceCounts(const QJsonObject &bundle);

private:
    QJsonObject patient(const Patient &p) const;
    QJsonObject organization(const Organization &o) const;
    QJsonObject practitioner(const Clinician &c) const;
    QJsonObject practitionerRole(const ClinicalRelationship &r, const FhirPatientData &data) const;
    QJsonObject careTeam(const FhirPatientData &data) const;
    QJsonObject condition(const Diagnosis &d, const FhirPatientData &data) const;
    QJsonObject medicationStatement(const Medication &m, const FhirPatientData &data) const;
    QJsonObject questionnaireResponse(const Assessment &a, const FhirPatientData &data) const;
    QJsonObject scoreObservation(const Assessment &a, const FhirPatientData &data) const;
    QJsonObject stateObservation(const DigitalTwinState &s, const FhirPatientData &data) const;
    QJsonObject riskAssessment(const DigitalTwinPrediction &p, const FhirPatientData &data) const;
    // {"reference": urn} of a clinician, or an empty object when the export does not hold them.
    QJsonObject practitionerRef(const QString &clinicianId, const FhirPatientData &data) const;
    QJsonObject organizationRef(const QString &organizationId, const FhirPatientData &data) const;

    const InstrumentLibrary &m_library;
};

} // namespace novamind
