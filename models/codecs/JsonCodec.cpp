#include "JsonCodec.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace novamind::codec {

namespace detail {

namespace {

// The value sets documented beside each field in models/domain/*.h.
constexpr QLatin1String kRoles[] = {QLatin1String("psychiatrist"), QLatin1String("clinician"), QLatin1String("admin")};
constexpr QLatin1String kSexes[] = {QLatin1String("female"), QLatin1String("male"), QLatin1String("intersex"),
                                    QLatin1String("unknown")};
constexpr QLatin1String kGenders[] = {QLatin1String("female"), QLatin1String("male"), QLatin1String("other"),
                                      QLatin1String("unknown")};
constexpr QLatin1String kRelationshipKinds[] = {QLatin1String("treating_psychiatrist"), QLatin1String("care_team"),
                                                QLatin1String("consultant")};
constexpr QLatin1String kCodeSystems[] = {QLatin1String("icd10"), QLatin1String("icd10cm"), QLatin1String("icd11"),
                                          QLatin1String("snomed")};
constexpr QLatin1String kSeverities[] = {QLatin1String("mild"), QLatin1String("moderate"), QLatin1String("severe")};
constexpr QLatin1String kDiagnosisStatuses[] = {QLatin1String("active"), QLatin1String("resolved")};
constexpr QLatin1String kMedicationStatuses[] = {QLatin1String("active"), QLatin1String("stopped"),
                                                 QLatin1String("completed")};
constexpr QLatin1String kResponses[] = {QLatin1String("none"), QLatin1String("partial"), QLatin1String("response"),
                                        QLatin1String("remission"), QLatin1String("worsening")};
constexpr QLatin1String kTreatmentTypes[] = {QLatin1String("pharmacotherapy"), QLatin1String("psychotherapy"),
                                             QLatin1String("neuromodulation"), QLatin1String("other")};
constexpr QLatin1String kTreatmentStatuses[] = {QLatin1String("planned"), QLatin1String("active"),
                                                QLatin1String("completed"), QLatin1String("stopped")};
constexpr QLatin1String kObservationSources[] = {QLatin1String("clinician"), QLatin1String("patient_reported"),
                                                 QLatin1String("device")};
constexpr QLatin1String kNoteKinds[] = {QLatin1String("progress"), QLatin1String("intake"), QLatin1String("discharge"),
                                        QLatin1String("other")};
constexpr QLatin1String kInstruments[] = {QLatin1String("phq9"),  QLatin1String("phq2"),   QLatin1String("gad7"),
                                          QLatin1String("audit"), QLatin1String("auditc"), QLatin1String("pcl5")};
constexpr QLatin1String kAssessmentStatuses[] = {QLatin1String("draft"), QLatin1String("completed"),
                                                 QLatin1String("entered_in_error")};
constexpr QLatin1String kAnswerSexes[] = {QLatin1String("female"), QLatin1String("male")};
constexpr QLatin1String kRiskLevels[] = {QLatin1String("low"), QLatin1String("moderate"), QLatin1String("high"),
                                         QLatin1String("imminent")};
constexpr QLatin1String kSourceEventTypes[] = {QLatin1String("assessment"), QLatin1String("medication_start"),
                                               QLatin1String("medication_stop"), QLatin1String("observation"),
                                               QLatin1String("note")};

constexpr Range kUnit{0, 1};
constexpr Range kNonNegative{0, std::numeric_limits<double>::infinity()};
// The highest published item score of the instruments above (AUDIT, PCL-5: 4); scoring checks the exact options.
constexpr IntRange kItemScore{0, 4};
constexpr IntRange kNonNegativeInt{0, std::numeric_limits<int>::max()};
constexpr IntRange kHorizonDays{1, 3650};

} // namespace

// Schema<T>::fields(v, x): x is `T` when decoding and `const T` when encoding. Nested types come first.

template<> struct Schema<Organization>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.text("name", x.name);
    }
};

template<> struct Schema<Clinician>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.optionalText("license_number", x.licenseNumber);
        v.text("given_name", x.givenName);
        v.text("family_name", x.familyName);
        v.choice("role", x.role, kRoles);
        v.id("organization_id", x.organizationId);
        v.stringList("specializations", x.specializations);
        v.optionalText("email", x.email);
    }
};

template<> struct Schema<ContactInformation>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.optionalText("phone", x.phone);
        v.optionalText("email", x.email);
        v.optionalText("address", x.address);
    }
};

template<> struct Schema<Patient>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("mrn", x.mrn);
        v.id("organization_id", x.organizationId);
        v.text("given_name", x.givenName);
        v.text("family_name", x.familyName);
        v.date("birth_date", x.birthDate);
        v.choice("sex", x.sex, kSexes);
        v.choice("gender", x.gender, kGenders);
        v.optionalObject("contact", x.contact);
    }
};

template<> struct Schema<ClinicalRelationship>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("clinician_id", x.clinicianId);
        v.id("patient_id", x.patientId);
        v.id("organization_id", x.organizationId);
        v.choice("kind", x.kind, kRelationshipKinds);
        v.timestamp("valid_from", x.validFrom);
        v.optionalTimestamp("valid_to", x.validTo);
        v.notBefore("valid_to", x.validTo, "valid_from", x.validFrom);
    }
};

template<> struct Schema<Diagnosis>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("patient_id", x.patientId);
        v.choice("system", x.system, kCodeSystems);
        v.id("code", x.code);
        v.optionalText("display", x.display);
        v.optionalChoice("severity", x.severity, kSeverities);
        v.choice("status", x.status, kDiagnosisStatuses);
        v.optionalDate("onset_date", x.onsetDate);
        v.optionalDate("resolution_date", x.resolutionDate);
        if (x.onsetDate)
            v.notBefore("resolution_date", x.resolutionDate, "onset_date", *x.onsetDate);
        v.optionalText("diagnosed_by", x.diagnosedBy);
        v.optionalText("notes", x.notes);
    }
};

template<> struct Schema<Medication>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("patient_id", x.patientId);
        v.id("name", x.name);
        v.optionalText("rxnorm_code", x.rxnormCode);
        v.number("dose", x.dose, kNonNegative);
        v.optionalText("dose_unit", x.doseUnit);
        v.optionalText("frequency", x.frequency);
        v.optionalText("route", x.route);
        v.choice("status", x.status, kMedicationStatuses);
        v.date("start_date", x.startDate);
        v.optionalDate("end_date", x.endDate);
        v.notBefore("end_date", x.endDate, "start_date", x.startDate);
        v.optionalText("prescriber_id", x.prescriberId);
    }
};

template<> struct Schema<TreatmentResponse>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.timestamp("assessed_at", x.assessedAt);
        v.choice("response", x.response, kResponses);
        v.optionalText("clinician_id", x.clinicianId);
        v.optionalText("notes", x.notes);
    }
};

template<> struct Schema<Treatment>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("patient_id", x.patientId);
        v.choice("type", x.type, kTreatmentTypes);
        v.id("name", x.name);
        v.choice("status", x.status, kTreatmentStatuses);
        v.date("start_date", x.startDate);
        v.optionalDate("end_date", x.endDate);
        v.notBefore("end_date", x.endDate, "start_date", x.startDate);
        v.optionalText("prescriber_id", x.prescriberId);
        v.optionalText("dosage", x.dosage);
        v.optionalText("frequency", x.frequency);
        v.list("responses", x.responses);
    }
};

template<> struct Schema<ClinicalObservation>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("patient_id", x.patientId);
        v.optionalText("clinician_id", x.clinicianId);
        v.timestamp("observed_at", x.observedAt);
        v.id("type", x.type);
        v.optionalNumber("numeric_value", x.numericValue, Range{});
        v.optionalText("text_value", x.textValue);
        v.optionalText("unit", x.unit);
        v.choice("source", x.source, kObservationSources);
        v.number("reliability", x.reliability, kUnit);
        v.optionalText("notes", x.notes);
    }
};

template<> struct Schema<ClinicalNote>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("patient_id", x.patientId);
        v.id("author_id", x.authorId);
        v.timestamp("created_at", x.createdAt);
        v.choice("kind", x.kind, kNoteKinds);
        v.optionalText("title", x.title);
        v.text("body", x.body);
    }
};

template<> struct Schema<Assessment>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("patient_id", x.patientId);
        v.id("clinician_id", x.clinicianId);
        v.choice("instrument", x.instrument, kInstruments);
        v.choice("status", x.status, kAssessmentStatuses);
        v.timestamp("started_at", x.startedAt);
        v.optionalTimestamp("completed_at", x.completedAt);
        v.requiredWhen(x.isCompleted() && !x.completedAt, "completed_at", "status", "completed");
        v.notBefore("completed_at", x.completedAt, "started_at", x.startedAt);
        v.scores("answers", x.answers, kItemScore);
        v.optionalChoice("sex", x.sex, kAnswerSexes);
        v.optionalInteger("total", x.total, kNonNegativeInt);
        v.optionalText("band", x.band);
        v.stringList("flags", x.flags);
        v.integerMap("subscales", x.subscales);
        v.optionalText("amends", x.amends);
        v.optionalText("notes", x.notes);
    }
};

template<> struct Schema<DigitalTwin>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("patient_id", x.patientId);
        v.timestamp("created_at", x.createdAt);
        v.timestamp("updated_at", x.updatedAt);
        v.notBefore("updated_at", std::optional<QDateTime>(x.updatedAt), "created_at", x.createdAt);
        v.optionalText("model_version", x.modelVersion);
    }
};

template<> struct Schema<SymptomState>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.number("depression", x.depression, kUnit);
        v.number("anxiety", x.anxiety, kUnit);
        v.number("anhedonia", x.anhedonia, kUnit);
        v.number("insomnia", x.insomnia, kUnit);
    }
};

template<> struct Schema<NeurotransmitterState>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.number("serotonin", x.serotonin, kNonNegative);
        v.number("dopamine", x.dopamine, kNonNegative);
        v.number("norepinephrine", x.norepinephrine, kNonNegative);
        v.number("gaba", x.gaba, kNonNegative);
        v.number("glutamate", x.glutamate, kNonNegative);
        v.number("acetylcholine", x.acetylcholine, kNonNegative);
    }
};

template<> struct Schema<BehavioralState>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.number("sleep_hours", x.sleepHours, Range{0, 24});
        v.number("activity_level", x.activityLevel, kUnit);
        v.number("social_engagement", x.socialEngagement, kUnit);
    }
};

template<> struct Schema<FunctionalState>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.number("global_functioning", x.globalFunctioning, Range{0, 100});
        v.number("adherence", x.adherence, kUnit);
    }
};

template<> struct Schema<RiskState>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.number("suicide_risk", x.suicideRisk, kUnit);
        v.choice("level", x.level, kRiskLevels);
    }
};

template<> struct Schema<SourceEvent>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.choice("type", x.type, kSourceEventTypes);
        v.id("id", x.id);
    }
};

template<> struct Schema<DigitalTwinState>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("twin_id", x.twinId);
        v.id("patient_id", x.patientId);
        v.timestamp("timestamp", x.timestamp);
        v.object("symptom", x.symptom);
        v.object("neurotransmitter", x.neurotransmitter);
        v.object("behavioral", x.behavioral);
        v.object("functional", x.functional);
        v.object("risk", x.risk);
        v.number("confidence", x.confidence, kUnit);
        v.list("source_events", x.sourceEvents);
    }
};

template<> struct Schema<DigitalTwinPrediction>
{
    template<typename V, typename P> static void fields(V &v, P &x)
    {
        v.id("id", x.id);
        v.id("twin_id", x.twinId);
        v.id("patient_id", x.patientId);
        v.timestamp("created_at", x.createdAt);
        v.integer("horizon_days", x.horizonDays, kHorizonDays);
        v.timestamp("predicted_for", x.predictedFor);
        v.notBefore("predicted_for", std::optional<QDateTime>(x.predictedFor), "created_at", x.createdAt);
        v.numberMap("values", x.values);
        v.numberMap("lower", x.lower);
        v.numberMap("upper", x.upper);
        v.number("confidence", x.confidence, kUnit);
    }
};

} // namespace detail

template<Encodable T> QJsonObject toJson(const T &value)
{
    detail::FieldWriter writer;
    detail::Schema<T>::fields(writer, value);
    return writer.json;
}

template<Encodable T> Result<T> fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    T value;
    detail::FieldReader reader(json, error);
    detail::Schema<T>::fields(reader, value);
    if (error)
        return *error;
    return value;
}

template<Encodable T> QByteArray encode(const T &value)
{
    return QJsonDocument(toJson(value)).toJson(QJsonDocument::Compact);
}

template<Encodable T> Result<T> decode(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("novamind::codec", "The document is not a valid JSON object."),
                     parseError.errorString() + QStringLiteral(" at offset ") + QString::number(parseError.offset));
    }
    return fromJson<T>(document.object());
}

#define NOVAMIND_CODEC_INSTANTIATE(T)                                                                                  \
    template QJsonObject toJson<T>(const T &);                                                                         \
    template Result<T> fromJson<T>(const QJsonObject &);                                                               \
    template QByteArray encode<T>(const T &);                                                                          \
    template Result<T> decode<T>(const QByteArray &);

NOVAMIND_CODEC_INSTANTIATE(Organization)
NOVAMIND_CODEC_INSTANTIATE(Clinician)
NOVAMIND_CODEC_INSTANTIATE(ContactInformation)
NOVAMIND_CODEC_INSTANTIATE(Patient)
NOVAMIND_CODEC_INSTANTIATE(ClinicalRelationship)
NOVAMIND_CODEC_INSTANTIATE(Diagnosis)
NOVAMIND_CODEC_INSTANTIATE(Medication)
NOVAMIND_CODEC_INSTANTIATE(TreatmentResponse)
NOVAMIND_CODEC_INSTANTIATE(Treatment)
NOVAMIND_CODEC_INSTANTIATE(ClinicalObservation)
NOVAMIND_CODEC_INSTANTIATE(ClinicalNote)
NOVAMIND_CODEC_INSTANTIATE(Assessment)
NOVAMIND_CODEC_INSTANTIATE(DigitalTwin)
NOVAMIND_CODEC_INSTANTIATE(SymptomState)
NOVAMIND_CODEC_INSTANTIATE(NeurotransmitterState)
NOVAMIND_CODEC_INSTANTIATE(BehavioralState)
NOVAMIND_CODEC_INSTANTIATE(FunctionalState)
NOVAMIND_CODEC_INSTANTIATE(RiskState)
NOVAMIND_CODEC_INSTANTIATE(SourceEvent)
NOVAMIND_CODEC_INSTANTIATE(DigitalTwinState)
NOVAMIND_CODEC_INSTANTIATE(DigitalTwinPrediction)

#undef NOVAMIND_CODEC_INSTANTIATE

} // namespace novamind::codec
