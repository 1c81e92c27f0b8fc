#pragma once
// FhirCodes: the code systems, canonical URLs and identifiers the FHIR export and import agree on.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace novamind {

struct Instrument;

namespace FhirCodes {

inline const QString kLoinc = QStringLiteral("http://loinc.org");
inline const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
inline const QString kSnomed = QStringLiteral("http://snomed.info/sct");
inline const QString kRxNorm = QStringLiteral("http://www.nlm.nih.gov/research/umls/rxnorm");
inline const QString kV2IdentifierType = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");
inline const QString kObservationCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
inline const QString kConditionClinical = QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical");
inline const QString kConditionVerification =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status");
inline const QString kConditionCategory = QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category");
inline const QString kUsCoreBirthSex =
    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex");

// Our own code systems and identifier namespaces; .example is reserved, so these can never clash with a real one.
inline const QString kLocalBase = QStringLiteral("https://novamind.example/fhir/");

QString localSystem(const QString &name); // kLocalBase + "CodeSystem/" + name
QString mrnSystem(const QString &organizationId);
QString clinicianSystem();

// The Questionnaire a response answers: LOINC's canonical for the panel ("http://loinc.org/q/44249-1").
QString questionnaireUrl(const Instrument &instrument);
// The panel LOINC code a questionnaire canonical names ("" when it is not one of ours); a "|version" is ignored.
QString panelFromQuestionnaireUrl(const QString &url);

// A stable urn:uuid for a record (UUID v5 of kind and id), so the same data always gives the same bundle.
QString urnFor(const QString &kind, const QString &id);

QString dateTime(const QDateTime &t); // FHIR dateTime in UTC with milliseconds
QString date(const QDate &d);         // YYYY-MM-DD
// True when `id` can be a FHIR resource id ([A-Za-z0-9-.]{1,64}).
bool isValidId(const QString &id);

} // namespace FhirCodes

} // namespace novamind
