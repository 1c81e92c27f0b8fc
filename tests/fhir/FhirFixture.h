#pragma once
// FhirFixture: a small hand-made patient record with one of everything a FHIR export maps.

#include "models/fhir/FhirPatientData.h"

namespace novamind::test {

inline QDateTime fhirAt(int day)
{
    return QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC).addDays(day);
}

inline Assessment fhirAssessment(const QString &id, const QString &instrument, std::vector<std::optional<int>> answers,
                                 int total, const QString &band, int day)
{
    Assessment a;
    a.id = id;
    a.patientId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    a.clinicianId = QStringLiteral("dr.ada");
    a.instrument = instrument;
    a.status = QStringLiteral("completed");
    a.startedAt = fhirAt(day);
    a.completedAt = fhirAt(day).addSecs(600);
    a.answers = std::move(answers);
    a.total = total;
    a.band = band;
    return a;
}

inline FhirPatientData fhirFixture()
{
    FhirPatientData d;
    d.patient.id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    d.patient.mrn = QStringLiteral("MRN-0042");
    d.patient.organizationId = QStringLiteral("org");
    d.patient.givenName = QStringLiteral("Ada");
    d.patient.familyName = QStringLiteral("Example");
    d.patient.birthDate = QDate(1980, 2, 3);
    d.patient.sex = QStringLiteral("female");
    d.patient.gender = QStringLiteral("female");

    Clinician ada;
    ada.id = QStringLiteral("dr.ada");
    ada.givenName = QStringLiteral("Ada");
    ada.familyName = QStringLiteral("Lovelace");
    ada.role = QStringLiteral("psychiatrist");
    ada.organizationId = QStringLiteral("org");
    Clinician bob = ada;
    bob.id = QStringLiteral("bob");
    bob.givenName = QStringLiteral("Bob");
    ada.specializations = {QStringLiteral("adult psychiatry")};
    d.clinicians = {ada, bob};
    d.organizations = {Organization{QStringLiteral("org"), QStringLiteral("Clinic")}};

    d.relationships = {
        ClinicalRelationship{QStringLiteral("rel-1"), QStringLiteral("dr.ada"), d.patient.id, QStringLiteral("org"),
                             QStringLiteral("treating_psychiatrist"), fhirAt(-100), std::nullopt},
        ClinicalRelationship{QStringLiteral("rel-2"), QStringLiteral("bob"), d.patient.id, QStringLiteral("org"),
                             QStringLiteral("care_team"), fhirAt(-50), fhirAt(50)}};

    Diagnosis dx;
    dx.id = QStringLiteral("dx-1");
    dx.patientId = d.patient.id;
    dx.system = QStringLiteral("icd10cm");
    dx.code = QStringLiteral("F32.1");
    dx.display = QStringLiteral("Major depressive disorder, single episode, moderate");
    dx.severity = QStringLiteral("moderate");
    dx.status = QStringLiteral("active");
    dx.onsetDate = QDate(2024, 11, 2);
    dx.diagnosedBy = QStringLiteral("dr.ada");
    d.diagnoses = {dx};

    Medication med;
    med.id = QStringLiteral("med-1");
    med.patientId = d.patient.id;
    med.name = QStringLiteral("sertraline");
    med.rxnormCode = QStringLiteral("36437");
    med.dose = 50;
    med.doseUnit = QStringLiteral("mg");
    med.frequency = QStringLiteral("once daily");
    med.route = QStringLiteral("oral");
    med.status = QStringLiteral("active");
    med.startDate = QDate(2024, 11, 10);
    med.prescriberId = QStringLiteral("dr.ada");
    d.medications = {med};

    d.assessments = {
        fhirAssessment(QStringLiteral("a-phq9"), QStringLiteral("phq9"), {2, 2, 1, 3, 2, 1, 1, 0, 1}, 13,
                       QStringLiteral("moderate"), 0),
        fhirAssessment(QStringLiteral("a-gad7"), QStringLiteral("gad7"), {1, 1, 1, 0, 0, 1, 1}, 5,
                       QStringLiteral("mild"), 1),
        fhirAssessment(QStringLiteral("a-audit"), QStringLiteral("audit"), {1, 1, 0, 0, 0, 0, 0, 0, 2, 0}, 4,
                       QStringLiteral("low_risk"), 2),
    };
    d.assessments[0].flags = {QStringLiteral("suicide_risk")};

    for (int i = 0; i < 3; ++i) {
        DigitalTwinState s;
        s.id = QStringLiteral("state-%1").arg(i);
        s.twinId = QStringLiteral("twin");
        s.patientId = d.patient.id;
        s.timestamp = fhirAt(i * 7);
        s.symptom.depression = 0.5 - 0.1 * i;
        s.behavioral.sleepHours = 6.5;
        s.risk.suicideRisk = 0.2;
        s.risk.level = QStringLiteral("moderate");
        s.confidence = 0.9;
        d.states.push_back(s);
    }

    DigitalTwinPrediction p;
    p.id = QStringLiteral("pred-1");
    p.twinId = QStringLiteral("twin");
    p.patientId = d.patient.id;
    p.createdAt = fhirAt(14);
    p.horizonDays = 30;
    p.predictedFor = fhirAt(44);
    p.values = {{QStringLiteral("symptom.depression"), 0.3}, {QStringLiteral("risk.suicide_risk"), 0.1}};
    p.lower = {{QStringLiteral("symptom.depression"), 0.2}, {QStringLiteral("risk.suicide_risk"), 0.05}};
    p.upper = {{QStringLiteral("symptom.depression"), 0.4}, {QStringLiteral("risk.suicide_risk"), 0.15}};
    p.confidence = 0.8;
    d.predictions = {p};
    return d;
}

} // namespace novamind::test
