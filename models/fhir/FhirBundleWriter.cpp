// FhirBundleWriter: one patient's record as a FHIR R4 Bundle (type collection), the same bytes for the same data.
#include "models/fhir/FhirBundleWriter.h"

#include "models/fhir/FhirCodes.h"
#include "models/instruments/InstrumentLibrary.h"

#include <algorithm>
#include <utility>

namespace novamind {

namespace {

using namespace FhirCodes;

QJsonObject coding(const QString &system, const QString &code, const QString &display = {})
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(const QJsonObject &codingObject, const QString &text = {})
{
    QJsonObject c{{QStringLiteral("coding"), QJsonArray{codingObject}}};
    if (!text.isEmpty())
        c.insert(QStringLiteral("text"), text);
    return c;
}

QJsonObject reference(const QString &urn)
{
    return QJsonObject{{QStringLiteral("reference"), urn}};
}

QJsonObject entry(const QString &urn, const QJsonObject &resource)
{
    return QJsonObject{{QStringLiteral("fullUrl"), urn}, {QStringLiteral("resource"), resource}};
}

void setId(QJsonObject &resource, const QString &id)
{
    if (FhirCodes::isValidId(id))
        resource.insert(QStringLiteral("id"), id);
}

// A dimensionless fraction or ratio, or a value in a UCUM unit.
QJsonObject quantity(double value, const QString &ucum = QStringLiteral("1"))
{
    return QJsonObject{{QStringLiteral("value"), value},
                       {QStringLiteral("unit"), ucum},
                       {QStringLiteral("system"), kUcum},
                       {QStringLiteral("code"), ucum}};
}

QJsonObject component(const QString &code, const QJsonObject &value)
{
    return QJsonObject{{QStringLiteral("code"), codeable(coding(localSystem(QStringLiteral("twin-dimension")), code))},
                       {QStringLiteral("valueQuantity"), value}};
}

QString conditionSystem(const QString &system)
{
    if (system == QLatin1String("icd10"))
        return QStringLiteral("http://hl7.org/fhir/sid/icd-10");
    if (system == QLatin1String("icd10cm"))
        return QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm");
    if (system == QLatin1String("icd11"))
        return QStringLiteral("http://id.who.int/icd/release/11/mms");
    if (system == QLatin1String("snomed"))
        return kSnomed;
    return localSystem(QStringLiteral("diagnosis-") + system);
}

template<typename T, typename Key> std::vector<T> sortedBy(std::vector<T> items, Key key)
{
    std::sort(items.begin(), items.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return items;
}

} // namespace

QJsonObject FhirBundleWriter::bundle(const FhirPatientData &data) const
{
    QJsonArray entries;
    QJsonObject patientResource = patient(data.patient);
    const QJsonObject managing = organizationRef(data.patient.organizationId, data);
    if (!managing.isEmpty())
        patientResource.insert(QStringLiteral("managingOrganization"), managing);
    entries.append(entry(urnFor(QStringLiteral("Patient"), data.patient.id), patientResource));
    for (const Organization &o : sortedBy(data.organizations, [](const Organization &x) { return x.id; }))
        entries.append(entry(urnFor(QStringLiteral("Organization"), o.id), organization(o)));
    for (const Clinician &c : sortedBy(data.clinicians, [](const Clinician &x) { return x.id; }))
        entries.append(entry(urnFor(QStringLiteral("Practitioner"), c.id), practitioner(c)));
    for (const ClinicalRelationship &r :
         sortedBy(data.relationships, [](const ClinicalRelationship &x) { return x.id; }))
        entries.append(entry(urnFor(QStringLiteral("PractitionerRole"), r.id), practitionerRole(r, data)));
    if (!data.relationships.empty())
        entries.append(entry(urnFor(QStringLiteral("CareTeam"), data.patient.id), careTeam(data)));
    for (const Diagnosis &d : sortedBy(data.diagnoses, [](const Diagnosis &x) { return x.id; }))
        entries.append(entry(urnFor(QStringLiteral("Condition"), d.id), condition(d, data)));
    for (const Medication &m : sortedBy(data.medications, [](const Medication &x) { return x.id; }))
        entries.append(entry(urnFor(QStringLiteral("MedicationStatement"), m.id), medicationStatement(m, data)));
    const auto assessments = sortedBy(data.assessments, [](const Assessment &x) {
        return std::make_pair(x.completedAt.value_or(x.startedAt).toMSecsSinceEpoch(), x.id);
    });
    for (const Assessment &a : assessments) {
        if (!m_library.find(a.instrument))
            continue; // an instrument this build does not know cannot be mapped to a questionnaire
        entries.append(entry(urnFor(QStringLiteral("QuestionnaireResponse"), a.id), questionnaireResponse(a, data)));
        entries.append(entry(urnFor(QStringLiteral("Observation/score"), a.id), scoreObservation(a, data)));
    }
    const auto states = sortedBy(
        data.states, [](const DigitalTwinState &x) { return std::make_pair(x.timestamp.toMSecsSinceEpoch(), x.id); });
    for (const DigitalTwinState &s : states)
        entries.append(entry(urnFor(QStringLiteral("Observation/twin"), s.id), stateObservation(s, data)));
    const auto predictions = sortedBy(data.predictions, [](const DigitalTwinPrediction &x) {
        return std::make_pair(x.createdAt.toMSecsSinceEpoch(), x.id);
    });
    for (const DigitalTwinPrediction &p : predictions)
        entries.append(entry(urnFor(QStringLiteral("RiskAssessment"), p.id), riskAssessment(p, data)));

    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("id"), urnFor(QStringLiteral("Bundle"), data.patient.id).mid(9)},
                       {QStringLiteral("type"), QStringLiteral("collection")},
                       {QStringLiteral("entry"), entries}};
}

QMap<QString, int> FhirBundleWriter::resourceCounts(const QJsonObject &bundle)
{
    QMap<QString, int> counts;
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &e : entries)
        ++counts[e.toObject()
                     .value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("resourceType"))
                     .toString()];
    return counts;
}

QJsonObject FhirBundleWriter::patient(const Patient &p) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    setId(r, p.id);
    r.insert(QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")},
                                    {QStringLiteral("type"), codeable(coding(kV2IdentifierType, QStringLiteral("MR"),
                                                                             QStringLiteral("Medical record number")))},
                                    {QStringLiteral("system"), mrnSystem(p.organizationId)},
                                    {QStringLiteral("value"), p.mrn}}});
    QJsonObject name{{QStringLiteral("use"), QStringLiteral("official")}};
    if (!p.familyName.isEmpty())
        name.insert(QStringLiteral("family"), p.familyName);
    if (!p.givenName.isEmpty())
        name.insert(QStringLiteral("given"), QJsonArray{p.givenName});
    if (name.size() > 1)
        r.insert(QStringLiteral("name"), QJsonArray{name});
    static const QStringList genders{QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                                     QStringLiteral("unknown")};
    if (genders.contains(p.gender))
        r.insert(QStringLiteral("gender"), p.gender);
    if (p.birthDate.isValid())
        r.insert(QStringLiteral("birthDate"), date(p.birthDate));
    QJsonArray telecom;
    if (!p.contact.phone.isEmpty())
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                   {QStringLiteral("value"), p.contact.phone}});
    if (!p.contact.email.isEmpty())
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("email")},
                                   {QStringLiteral("value"), p.contact.email}});
    if (!telecom.isEmpty())
        r.insert(QStringLiteral("telecom"), telecom);
    if (!p.contact.address.isEmpty())
        r.insert(QStringLiteral("address"), QJsonArray{QJsonObject{{QStringLiteral("text"), p.contact.address}}});
    if (!p.sex.isEmpty()) {
        // US Core birth sex: F, M, or UNK for anything else (intersex is not one of its codes).
        QString code = QStringLiteral("UNK");
        if (p.sex == QLatin1String("female"))
            code = QStringLiteral("F");
        else if (p.sex == QLatin1String("male"))
            code = QStringLiteral("M");
        r.insert(QStringLiteral("extension"), QJsonArray{QJsonObject{{QStringLiteral("url"), kUsCoreBirthSex},
                                                                     {QStringLiteral("valueCode"), code}}});
    }
    return r;
}

QJsonObject FhirBundleWriter::organization(const Organization &o) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Organization")}, {QStringLiteral("active"), true}};
    setId(r, o.id);
    r.insert(QStringLiteral("identifier"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("system"), QString(kLocalBase + QStringLiteral("NamingSystem/organization"))},
                 {QStringLiteral("value"), o.id}}});
    if (!o.name.isEmpty())
        r.insert(QStringLiteral("name"), o.name);
    return r;
}

QJsonObject FhirBundleWriter::practitionerRole(const ClinicalRelationship &rel, const FhirPatientData &data) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("PractitionerRole")}};
    setId(r, rel.id);
    // No "active": it would depend on when the export ran; the period says it for any instant.
    QJsonObject period{{QStringLiteral("start"), dateTime(rel.validFrom)}};
    if (rel.validTo)
        period.insert(QStringLiteral("end"), dateTime(*rel.validTo));
    r.insert(QStringLiteral("period"), period);
    const QJsonObject who = practitionerRef(rel.clinicianId, data);
    if (!who.isEmpty())
        r.insert(QStringLiteral("practitioner"), who);
    const QJsonObject where = organizationRef(rel.organizationId, data);
    if (!where.isEmpty())
        r.insert(QStringLiteral("organization"), where);
    r.insert(QStringLiteral("code"),
             QJsonArray{codeable(coding(localSystem(QStringLiteral("care-relationship")), rel.kind))});
    const auto clinician = std::find_if(data.clinicians.begin(), data.clinicians.end(),
                                        [&](const Clinician &c) { return c.id == rel.clinicianId; });
    if (clinician != data.clinicians.end() && !clinician->specializations.isEmpty()) {
        QJsonArray specialties;
        for (const QString &s : clinician->specializations)
            specialties.append(QJsonObject{{QStringLiteral("text"), s}});
        r.insert(QStringLiteral("specialty"), specialties);
    }
    return r;
}

QJsonObject FhirBundleWriter::practitioner(const Clinician &c) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Practitioner")}};
    setId(r, c.id);
    QJsonArray identifiers{QJsonObject{{QStringLiteral("system"), clinicianSystem()}, {QStringLiteral("value"), c.id}}};
    if (!c.licenseNumber.isEmpty())
        identifiers.append(
            QJsonObject{{QStringLiteral("type"), codeable(coding(kV2IdentifierType, QStringLiteral("MD")))},
                        {QStringLiteral("system"), QString(kLocalBase + QStringLiteral("NamingSystem/license"))},
                        {QStringLiteral("value"), c.licenseNumber}});
    r.insert(QStringLiteral("identifier"), identifiers);
    QJsonObject name;
    if (!c.familyName.isEmpty())
        name.insert(QStringLiteral("family"), c.familyName);
    if (!c.givenName.isEmpty())
        name.insert(QStringLiteral("given"), QJsonArray{c.givenName});
    if (!name.isEmpty())
        r.insert(QStringLiteral("name"), QJsonArray{name});
    if (!c.email.isEmpty())
        r.insert(QStringLiteral("telecom"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("email")},
                                                                   {QStringLiteral("value"), c.email}}});
    return r;
}

QJsonObject FhirBundleWriter::careTeam(const FhirPatientData &data) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("CareTeam")},
                  {QStringLiteral("status"), QStringLiteral("active")},
                  {QStringLiteral("subject"), reference(urnFor(QStringLiteral("Patient"), data.patient.id))}};
    QJsonArray participants;
    const auto relationships =
        sortedBy(data.relationships, [](const ClinicalRelationship &x) { return std::make_pair(x.clinicianId, x.id); });
    for (const ClinicalRelationship &rel : relationships) {
        QJsonObject participant{
            {QStringLiteral("role"),
             QJsonArray{codeable(coding(localSystem(QStringLiteral("care-relationship")), rel.kind))}}};
        const QJsonObject member = practitionerRef(rel.clinicianId, data);
        if (!member.isEmpty())
            participant.insert(QStringLiteral("member"), member);
        QJsonObject period{{QStringLiteral("start"), dateTime(rel.validFrom)}};
        if (rel.validTo)
            period.insert(QStringLiteral("end"), dateTime(*rel.validTo));
        participant.insert(QStringLiteral("period"), period);
        participants.append(participant);
    }
    r.insert(QStringLiteral("participant"), participants);
    return r;
}

QJsonObject FhirBundleWriter::condition(const Diagnosis &d, const FhirPatientData &data) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Condition")}};
    setId(r, d.id);
    const QString clinical =
        d.status == QLatin1String("resolved") ? QStringLiteral("resolved") : QStringLiteral("active");
    r.insert(QStringLiteral("clinicalStatus"), codeable(coding(kConditionClinical, clinical)));
    r.insert(QStringLiteral("verificationStatus"),
             codeable(coding(kConditionVerification, QStringLiteral("confirmed"))));
    r.insert(QStringLiteral("category"),
             QJsonArray{codeable(coding(kConditionCategory, QStringLiteral("problem-list-item")))});
    r.insert(QStringLiteral("code"), codeable(coding(conditionSystem(d.system), d.code, d.display), d.display));
    // SNOMED CT qualifier values for severity.
    if (d.severity == QLatin1String("mild"))
        r.insert(QStringLiteral("severity"),
                 codeable(coding(kSnomed, QStringLiteral("255604002"), QStringLiteral("Mild"))));
    else if (d.severity == QLatin1String("moderate"))
        r.insert(QStringLiteral("severity"),
                 codeable(coding(kSnomed, QStringLiteral("6736007"), QStringLiteral("Moderate"))));
    else if (d.severity == QLatin1String("severe"))
        r.insert(QStringLiteral("severity"),
                 codeable(coding(kSnomed, QStringLiteral("24484000"), QStringLiteral("Severe"))));
    r.insert(QStringLiteral("subject"), reference(urnFor(QStringLiteral("Patient"), data.patient.id)));
    if (d.onsetDate)
        r.insert(QStringLiteral("onsetDateTime"), date(*d.onsetDate));
    if (d.resolutionDate)
        r.insert(QStringLiteral("abatementDateTime"), date(*d.resolutionDate));
    const QJsonObject asserter = practitionerRef(d.diagnosedBy, data);
    if (!asserter.isEmpty())
        r.insert(QStringLiteral("asserter"), asserter);
    return r;
}

QJsonObject FhirBundleWriter::medicationStatement(const Medication &m, const FhirPatientData &data) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")}};
    setId(r, m.id);
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("stopped")};
    r.insert(QStringLiteral("status"), statuses.contains(m.status) ? m.status : QStringLiteral("unknown"));
    QJsonObject medication{{QStringLiteral("text"), m.name}};
    if (!m.rxnormCode.isEmpty())
        medication.insert(QStringLiteral("coding"), QJsonArray{coding(kRxNorm, m.rxnormCode, m.name)});
    r.insert(QStringLiteral("medicationCodeableConcept"), medication);
    r.insert(QStringLiteral("subject"), reference(urnFor(QStringLiteral("Patient"), data.patient.id)));
    QJsonObject period;
    if (m.startDate.isValid())
        period.insert(QStringLiteral("start"), date(m.startDate));
    if (m.endDate)
        period.insert(QStringLiteral("end"), date(*m.endDate));
    if (!period.isEmpty())
        r.insert(QStringLiteral("effectivePeriod"), period);
    const QJsonObject source = practitionerRef(m.prescriberId, data);
    if (!source.isEmpty())
        r.insert(QStringLiteral("informationSource"), source);
    QStringList text{QString::number(m.dose) + QLatin1Char(' ') + m.doseUnit};
    if (!m.route.isEmpty())
        text << m.route;
    if (!m.frequency.isEmpty())
        text << m.frequency;
    QJsonObject dosage{{QStringLiteral("text"), text.join(QLatin1Char(' '))}};
    if (!m.route.isEmpty())
        dosage.insert(QStringLiteral("route"), QJsonObject{{QStringLiteral("text"), m.route}});
    if (m.dose > 0 && !m.doseUnit.isEmpty())
        dosage.insert(QStringLiteral("doseAndRate"),
                      QJsonArray{QJsonObject{{QStringLiteral("doseQuantity"), quantity(m.dose, m.doseUnit)}}});
    r.insert(QStringLiteral("dosage"), QJsonArray{dosage});
    return r;
}

QJsonObject FhirBundleWriter::questionnaireResponse(const Assessment &a, const FhirPatientData &data) const
{
    const Instrument &instrument = *m_library.find(a.instrument);
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")}};
    setId(r, a.id);
    r.insert(QStringLiteral("questionnaire"), questionnaireUrl(instrument));
    r.insert(QStringLiteral("status"), QStringLiteral("completed"));
    r.insert(QStringLiteral("subject"), reference(urnFor(QStringLiteral("Patient"), data.patient.id)));
    r.insert(QStringLiteral("authored"), dateTime(a.completedAt.value_or(a.startedAt)));
    const QJsonObject author = practitionerRef(a.clinicianId, data);
    if (!author.isEmpty())
        r.insert(QStringLiteral("author"), author);
    QJsonArray items;
    for (std::size_t i = 0; i < instrument.items.size(); ++i) {
        const InstrumentItem &item = instrument.items[i];
        QJsonObject out{{QStringLiteral("linkId"), item.id}, {QStringLiteral("text"), item.text}};
        if (i < a.answers.size() && a.answers[i]) {
            const int score = *a.answers[i];
            const auto option = std::find_if(item.options.begin(), item.options.end(),
                                             [score](const AnswerOption &o) { return o.score == score; });
            // The LOINC answer code where LOINC has one; otherwise the published score value itself.
            QJsonObject answer;
            if (option != item.options.end() && !option->loincAnswer.isEmpty())
                answer.insert(QStringLiteral("valueCoding"), coding(kLoinc, option->loincAnswer, option->label));
            else
                answer.insert(QStringLiteral("valueInteger"), score);
            out.insert(QStringLiteral("answer"), QJsonArray{answer});
        }
        items.append(out);
    }
    r.insert(QStringLiteral("item"), items);
    return r;
}

QJsonObject FhirBundleWriter::scoreObservation(const Assessment &a, const FhirPatientData &data) const
{
    const Instrument &instrument = *m_library.find(a.instrument);
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                  {QStringLiteral("status"), QStringLiteral("final")}};
    r.insert(QStringLiteral("category"),
             QJsonArray{codeable(coding(kObservationCategory, QStringLiteral("survey"), QStringLiteral("Survey")))});
    const QString display = instrument.shortName + QStringLiteral(" total score");
    r.insert(QStringLiteral("code"),
             instrument.totalLoinc.isEmpty()
                 ? codeable(coding(localSystem(QStringLiteral("instrument-total")), instrument.id, display), display)
                 : codeable(coding(kLoinc, instrument.totalLoinc, display), display));
    r.insert(QStringLiteral("subject"), reference(urnFor(QStringLiteral("Patient"), data.patient.id)));
    r.insert(QStringLiteral("effectiveDateTime"), dateTime(a.completedAt.value_or(a.startedAt)));
    const QJsonObject performer = practitionerRef(a.clinicianId, data);
    if (!performer.isEmpty())
        r.insert(QStringLiteral("performer"), QJsonArray{performer});
    if (a.total)
        r.insert(QStringLiteral("valueInteger"), *a.total);
    else
        r.insert(QStringLiteral("dataAbsentReason"),
                 codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/data-absent-reason"),
                                 QStringLiteral("not-performed"))));
    // No LOINC code exists for the severity band: a local code system.
    if (!a.band.isEmpty())
        r.insert(QStringLiteral("interpretation"),
                 QJsonArray{codeable(coding(localSystem(QStringLiteral("severity-band")), a.band))});
    r.insert(QStringLiteral("derivedFrom"),
             QJsonArray{reference(urnFor(QStringLiteral("QuestionnaireResponse"), a.id))});
    QJsonArray components;
    for (auto it = a.subscales.constBegin(); it != a.subscales.constEnd(); ++it)
        components.append(
            QJsonObject{{QStringLiteral("code"), codeable(coding(localSystem(QStringLiteral("subscale")), it.key()))},
                        {QStringLiteral("valueInteger"), it.value()}});
    if (!components.isEmpty())
        r.insert(QStringLiteral("component"), components);
    return r;
}

QJsonObject FhirBundleWriter::stateObservation(const DigitalTwinState &s, const FhirPatientData &data) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                  {QStringLiteral("status"), QStringLiteral("final")}};
    setId(r, s.id);
    r.insert(QStringLiteral("code"),
             codeable(coding(localSystem(QStringLiteral("observation")), QStringLiteral("twin-state"),
                             QStringLiteral("Digital twin state")),
                      QStringLiteral("Digital twin state")));
    r.insert(QStringLiteral("subject"), reference(urnFor(QStringLiteral("Patient"), data.patient.id)));
    r.insert(QStringLiteral("effectiveDateTime"), dateTime(s.timestamp));
    const QJsonArray components{
        component(QStringLiteral("symptom.depression"), quantity(s.symptom.depression)),
        component(QStringLiteral("symptom.anxiety"), quantity(s.symptom.anxiety)),
        component(QStringLiteral("symptom.anhedonia"), quantity(s.symptom.anhedonia)),
        component(QStringLiteral("symptom.insomnia"), quantity(s.symptom.insomnia)),
        component(QStringLiteral("neurotransmitter.serotonin"), quantity(s.neurotransmitter.serotonin)),
        component(QStringLiteral("neurotransmitter.dopamine"), quantity(s.neurotransmitter.dopamine)),
        component(QStringLiteral("neurotransmitter.norepinephrine"), quantity(s.neurotransmitter.norepinephrine)),
        component(QStringLiteral("neurotransmitter.gaba"), quantity(s.neurotransmitter.gaba)),
        component(QStringLiteral("neurotransmitter.glutamate"), quantity(s.neurotransmitter.glutamate)),
        component(QStringLiteral("neurotransmitter.acetylcholine"), quantity(s.neurotransmitter.acetylcholine)),
        component(QStringLiteral("behavioral.sleep_hours"), quantity(s.behavioral.sleepHours, QStringLiteral("h"))),
        component(QStringLiteral("behavioral.activity_level"), quantity(s.behavioral.activityLevel)),
        component(QStringLiteral("behavioral.social_engagement"), quantity(s.behavioral.socialEngagement)),
        component(QStringLiteral("functional.global_functioning"), quantity(s.functional.globalFunctioning)),
        component(QStringLiteral("functional.adherence"), quantity(s.functional.adherence)),
        component(QStringLiteral("risk.suicide_risk"), quantity(s.risk.suicideRisk)),
        component(QStringLiteral("confidence"), quantity(s.confidence)),
    };
    QJsonArray all = components;
    if (!s.risk.level.isEmpty())
        all.append(QJsonObject{{QStringLiteral("code"), codeable(coding(localSystem(QStringLiteral("twin-dimension")),
                                                                        QStringLiteral("risk.level")))},
                               {QStringLiteral("valueCodeableConcept"),
                                codeable(coding(localSystem(QStringLiteral("risk-level")), s.risk.level))}});
    r.insert(QStringLiteral("component"), all);
    return r;
}

QJsonObject FhirBundleWriter::riskAssessment(const DigitalTwinPrediction &p, const FhirPatientData &data) const
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("RiskAssessment")},
                  {QStringLiteral("status"), QStringLiteral("final")}};
    setId(r, p.id);
    r.insert(QStringLiteral("subject"), reference(urnFor(QStringLiteral("Patient"), data.patient.id)));
    r.insert(QStringLiteral("occurrenceDateTime"), dateTime(p.createdAt));
    r.insert(QStringLiteral("method"),
             codeable(coding(localSystem(QStringLiteral("prediction-method")), QStringLiteral("digital-twin"))));
    const QString valueUrl = kLocalBase + QStringLiteral("StructureDefinition/predicted-value");
    const QString lowerUrl = kLocalBase + QStringLiteral("StructureDefinition/predicted-lower");
    const QString upperUrl = kLocalBase + QStringLiteral("StructureDefinition/predicted-upper");
    QJsonArray predictions;
    for (auto it = p.values.constBegin(); it != p.values.constEnd(); ++it) {
        // The predicted values are severities and levels, not probabilities: they travel as extensions.
        QJsonArray extensions{
            QJsonObject{{QStringLiteral("url"), valueUrl}, {QStringLiteral("valueDecimal"), it.value()}}};
        if (p.lower.contains(it.key()))
            extensions.append(QJsonObject{{QStringLiteral("url"), lowerUrl},
                                          {QStringLiteral("valueDecimal"), p.lower.value(it.key())}});
        if (p.upper.contains(it.key()))
            extensions.append(QJsonObject{{QStringLiteral("url"), upperUrl},
                                          {QStringLiteral("valueDecimal"), p.upper.value(it.key())}});
        QJsonObject prediction{
            {QStringLiteral("extension"), extensions},
            {QStringLiteral("outcome"), codeable(coding(localSystem(QStringLiteral("twin-dimension")), it.key()))},
            {QStringLiteral("whenPeriod"), QJsonObject{{QStringLiteral("start"), dateTime(p.createdAt)},
                                                       {QStringLiteral("end"), dateTime(p.predictedFor)}}}};
        if (it.key() == QLatin1String("risk.suicide_risk"))
            prediction.insert(QStringLiteral("probabilityDecimal"), it.value());
        predictions.append(prediction);
    }
    r.insert(QStringLiteral("prediction"), predictions);
    r.insert(QStringLiteral("extension"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("url"), QString(kLocalBase + QStringLiteral("StructureDefinition/confidence"))},
                 {QStringLiteral("valueDecimal"), p.confidence}}});
    return r;
}

QJsonObject FhirBundleWriter::organizationRef(const QString &organizationId, const FhirPatientData &data) const
{
    const bool known = std::any_of(data.organizations.begin(), data.organizations.end(),
                                   [&](const Organization &o) { return o.id == organizationId; });
    if (!known)
        return {};
    return reference(urnFor(QStringLiteral("Organization"), organizationId));
}

QJsonObject FhirBundleWriter::practitionerRef(const QString &clinicianId, const FhirPatientData &data) const
{
    const bool known = std::any_of(data.clinicians.begin(), data.clinicians.end(),
                                   [&](const Clinician &c) { return c.id == clinicianId; });
    if (!known)
        return {};
    return reference(urnFor(QStringLiteral("Practitioner"), clinicianId));
}

} // namespace novamind
