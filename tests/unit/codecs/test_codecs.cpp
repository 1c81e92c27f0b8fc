// Tests of models/codecs: round trips of every domain type, validation messages that name the field, wire format.

#include "models/codecs/JsonCodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <variant>

using namespace novamind;

namespace {

// A check returns "" when it holds, otherwise what went wrong; lets one data column carry any domain type.
using Check = std::function<QString()>;

const QString kUnicode = QStringLiteral("Zoë Åström-Łukasiewicz 山田 太郎 😀 \u200f");
const QString kSql = QStringLiteral("Robert'); DROP TABLE patients;-- \"quoted\" \\ %1 %s \n\t\r");

QDateTime ts(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Optional fields are omitted, so the only nulls a document may hold are unanswered items.
bool hasNullOutsideAnswers(const QJsonValue &v, const QString &key = {})
{
    if (v.isNull())
        return key != QLatin1String("answers");
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (hasNullOutsideAnswers(it.value(), it.key()))
                return true;
        }
    }
    if (v.isArray() && key != QLatin1String("answers")) {
        for (const QJsonValue &item : v.toArray()) {
            if (hasNullOutsideAnswers(item))
                return true;
        }
    }
    return false;
}

template<typename T> Check roundTripCheck(T value)
{
    return [value]() -> QString {
        const QJsonObject json = codec::toJson(value);
        if (hasNullOutsideAnswers(json))
            return QStringLiteral("document holds a null: ") + jsonText(json);
        const Result<T> back = codec::fromJson<T>(json);
        if (!back.ok())
            return QStringLiteral("fromJson failed: ") + back.error().message;
        if (!(back.value() == value))
            return QStringLiteral("decoded value differs from the original: ") + jsonText(json);
        const Result<T> viaText = codec::decode<T>(codec::encode(value));
        if (!viaText.ok() || !(viaText.value() == value))
            return QStringLiteral("value does not survive JSON text");
        if (codec::encode(back.value()) != codec::encode(value))
            return QStringLiteral("re-encoding gives different bytes");
        QJsonObject future = json;
        future.insert(QStringLiteral("added_by_a_newer_version"), QJsonObject{{QStringLiteral("x"), 1}});
        const Result<T> withUnknown = codec::fromJson<T>(future);
        if (!withUnknown.ok() || !(withUnknown.value() == value))
            return QStringLiteral("an unknown key was not ignored");
        return {};
    };
}

// ---- samples: "full" fills every optional, "minimal" leaves every optional absent ----

Organization organization(const QString &name)
{
    return Organization{QStringLiteral("org-1"), name};
}

Clinician clinician(bool full)
{
    Clinician c{QStringLiteral("dr.ada"),
                {},
                QStringLiteral("Ada"),
                QStringLiteral("Lovelace"),
                QStringLiteral("psychiatrist"),
                QStringLiteral("org-1"),
                {},
                {}};
    if (full) {
        c.licenseNumber = QStringLiteral("LIC-0042");
        c.specializations = {QStringLiteral("mood disorders"), kUnicode};
        c.email = QStringLiteral("ada@example.org");
    }
    return c;
}

ContactInformation contact()
{
    return ContactInformation{QStringLiteral("+1 555 0100"), QStringLiteral("zoe@example.org"), kUnicode};
}

Patient patient(bool full, const QString &family = QStringLiteral("Doe"))
{
    Patient p{QStringLiteral("9b2c0c1e-5a4f-4c1b-8e0a-3f4d5e6f7a8b"),
              QStringLiteral("MRN0000042"),
              QStringLiteral("org-1"),
              QStringLiteral("Zoë"),
              family,
              QDate(1961, 2, 28),
              QStringLiteral("female"),
              QStringLiteral("female"),
              {}};
    if (full)
        p.contact = contact();
    return p;
}

ClinicalRelationship relationship(bool closed)
{
    ClinicalRelationship r{QStringLiteral("rel-1"),
                           QStringLiteral("dr.ada"),
                           QStringLiteral("p-1"),
                           QStringLiteral("org-1"),
                           QStringLiteral("treating_psychiatrist"),
                           ts(2025, 1, 1, 8, 30, 0, 125),
                           std::nullopt};
    if (closed)
        r.validTo = ts(2026, 1, 1);
    return r;
}

Diagnosis diagnosis(bool full)
{
    Diagnosis d{QStringLiteral("dx-1"),
                QStringLiteral("p-1"),
                QStringLiteral("icd10"),
                QStringLiteral("F32.1"),
                {},
                {},
                QStringLiteral("active"),
                std::nullopt,
                std::nullopt,
                {},
                {}};
    if (full) {
        d.display = QStringLiteral("Moderate depressive episode");
        d.severity = QStringLiteral("moderate");
        d.status = QStringLiteral("resolved");
        d.onsetDate = QDate(2024, 3, 1);
        d.resolutionDate = QDate(2025, 3, 1);
        d.diagnosedBy = QStringLiteral("dr.ada");
        d.notes = kSql;
    }
    return d;
}

Medication medication(bool stopped)
{
    Medication m{QStringLiteral("med-1"),
                 QStringLiteral("p-1"),
                 QStringLiteral("sertraline"),
                 QStringLiteral("36437"),
                 0.125,
                 QStringLiteral("mg"),
                 QStringLiteral("once daily"),
                 QStringLiteral("oral"),
                 QStringLiteral("active"),
                 QDate(2025, 5, 1),
                 std::nullopt,
                 QStringLiteral("dr.ada")};
    if (stopped) {
        m.status = QStringLiteral("stopped");
        m.endDate = QDate(2025, 7, 1);
        m.dose = 150;
    }
    return m;
}

TreatmentResponse response()
{
    return TreatmentResponse{QStringLiteral("resp-1"), ts(2025, 6, 1, 10), QStringLiteral("partial"),
                             QStringLiteral("dr.ada"), kUnicode};
}

Treatment treatment(bool full)
{
    Treatment t{QStringLiteral("tx-1"),
                QStringLiteral("p-1"),
                QStringLiteral("psychotherapy"),
                QStringLiteral("CBT"),
                QStringLiteral("active"),
                QDate(2025, 5, 1),
                std::nullopt,
                {},
                {},
                {},
                {}};
    if (full) {
        t.status = QStringLiteral("completed");
        t.endDate = QDate(2025, 8, 1);
        t.prescriberId = QStringLiteral("dr.ada");
        t.dosage = QStringLiteral("50 min");
        t.frequency = QStringLiteral("weekly");
        t.responses = {response(), TreatmentResponse{
                                       QStringLiteral("resp-2"), ts(2025, 8, 1), QStringLiteral("remission"), {}, {}}};
    }
    return t;
}

ClinicalObservation observation(bool numeric)
{
    ClinicalObservation o{QStringLiteral("obs-1"),
                          QStringLiteral("p-1"),
                          {},
                          ts(2025, 6, 1, 7, 15),
                          QStringLiteral("sleep_hours"),
                          std::nullopt,
                          {},
                          {},
                          QStringLiteral("device"),
                          0.75,
                          {}};
    if (numeric) {
        o.numericValue = -6.5;
        o.unit = QStringLiteral("h");
        o.clinicianId = QStringLiteral("dr.ada");
        o.notes = kSql;
    } else {
        o.textValue = kUnicode;
        o.source = QStringLiteral("patient_reported");
    }
    return o;
}

ClinicalNote note()
{
    return ClinicalNote{QStringLiteral("note-1"),
                        QStringLiteral("p-1"),
                        QStringLiteral("dr.ada"),
                        ts(2025, 6, 1, 12),
                        QStringLiteral("progress"),
                        kUnicode,
                        kSql + QStringLiteral("\nsecond line")};
}

Assessment assessment(bool completed)
{
    Assessment a;
    a.id = QStringLiteral("as-1");
    a.patientId = QStringLiteral("p-1");
    a.clinicianId = QStringLiteral("dr.ada");
    a.instrument = QStringLiteral("phq9");
    a.status = QStringLiteral("draft");
    a.startedAt = ts(2025, 6, 1, 9, 0, 0, 1);
    a.answers = {1, 2, std::nullopt, 0, 3, std::nullopt, 1, 1, 0};
    if (completed) {
        a.status = QStringLiteral("completed");
        a.completedAt = ts(2025, 6, 1, 9, 7, 30, 999);
        a.answers = {1, 2, 3, 0, 3, 2, 1, 1, 1};
        a.sex = QStringLiteral("female");
        a.total = 14;
        a.band = QStringLiteral("moderate");
        a.flags = {QStringLiteral("suicide_risk")};
        a.subscales = {{QStringLiteral("somatic"), 6}, {QStringLiteral("cognitive"), 8}};
        a.amends = QStringLiteral("as-0");
        a.notes = kSql;
    }
    return a;
}

DigitalTwin twin()
{
    return DigitalTwin{QStringLiteral("tw-1"), QStringLiteral("p-1"), ts(2025, 1, 1), ts(2026, 1, 1, 0, 0, 0, 1),
                       QStringLiteral("novamind-demo-1")};
}

DigitalTwinState state(bool withEvents)
{
    DigitalTwinState s;
    s.id = QStringLiteral("st-1");
    s.twinId = QStringLiteral("tw-1");
    s.patientId = QStringLiteral("p-1");
    s.timestamp = ts(2025, 6, 2);
    s.symptom = SymptomState{0.5185185185185185, 1.0 / 3.0, 0.0, 1.0};
    s.neurotransmitter = NeurotransmitterState{1.6, 0.92, 1.05, 1, 0.8, 1e-9};
    s.behavioral = BehavioralState{5.25, 0.1, 0.999};
    s.functional = FunctionalState{61.5, 0.875};
    s.risk = RiskState{0.42, QStringLiteral("moderate")};
    s.confidence = 0.9;
    if (withEvents)
        s.sourceEvents = {SourceEvent{QStringLiteral("assessment"), QStringLiteral("as-1")},
                          SourceEvent{QStringLiteral("medication_start"), QStringLiteral("med-1")}};
    return s;
}

DigitalTwinPrediction prediction()
{
    DigitalTwinPrediction p;
    p.id = QStringLiteral("pr-1");
    p.twinId = QStringLiteral("tw-1");
    p.patientId = QStringLiteral("p-1");
    p.createdAt = ts(2026, 1, 1);
    p.horizonDays = 30;
    p.predictedFor = ts(2026, 1, 31);
    p.values = {{QStringLiteral("symptom.depression"), 0.31}, {QStringLiteral("risk.suicide_risk"), 0.05}};
    p.lower = {{QStringLiteral("symptom.depression"), 0.2}, {QStringLiteral("risk.suicide_risk"), 0.0}};
    p.upper = {{QStringLiteral("symptom.depression"), 0.45}, {QStringLiteral("risk.suicide_risk"), 0.12}};
    p.confidence = 0.8;
    return p;
}

// ---- editing a document at a path such as "risk.level", "answers[3]" or "responses[0].response" ----

using Step = std::variant<QString, int>;

QList<Step> parsePath(const QString &path)
{
    QList<Step> steps;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        steps.append(part.left(bracket));
        if (bracket >= 0)
            steps.append(part.mid(bracket + 1, part.size() - bracket - 2).toInt());
    }
    return steps;
}

// Replaces the value at steps (or removes it when `value` is nullopt).
QJsonValue edited(const QJsonValue &node, QList<Step> steps, const std::optional<QJsonValue> &value)
{
    const Step step = steps.takeFirst();
    if (const QString *key = std::get_if<QString>(&step)) {
        QJsonObject o = node.toObject();
        if (steps.isEmpty() && !value)
            o.remove(*key);
        else
            o.insert(*key, steps.isEmpty() ? *value : edited(o.value(*key), steps, value));
        return o;
    }
    QJsonArray a = node.toArray();
    const int index = std::get<int>(step);
    if (steps.isEmpty() && !value)
        a.removeAt(index);
    else
        a.replace(index, steps.isEmpty() ? *value : edited(a.at(index), steps, value));
    return a;
}

QJsonObject with(const QJsonObject &doc, const QString &path, const QJsonValue &value)
{
    return edited(doc, parsePath(path), value).toObject();
}

QJsonObject without(const QJsonObject &doc, const QString &path)
{
    return edited(doc, parsePath(path), std::nullopt).toObject();
}

using Decoder = std::function<std::optional<Error>(const QJsonObject &)>;

template<typename T> Decoder decoderFor()
{
    return [](const QJsonObject &json) -> std::optional<Error> {
        const Result<T> r = codec::fromJson<T>(json);
        return r.ok() ? std::nullopt : std::optional<Error>(r.error());
    };
}

const QHash<QString, Decoder> &decoders()
{
    static const QHash<QString, Decoder> table{
        {QStringLiteral("organization"), decoderFor<Organization>()},
        {QStringLiteral("clinician"), decoderFor<Clinician>()},
        {QStringLiteral("contact"), decoderFor<ContactInformation>()},
        {QStringLiteral("patient"), decoderFor<Patient>()},
        {QStringLiteral("relationship"), decoderFor<ClinicalRelationship>()},
        {QStringLiteral("diagnosis"), decoderFor<Diagnosis>()},
        {QStringLiteral("medication"), decoderFor<Medication>()},
        {QStringLiteral("response"), decoderFor<TreatmentResponse>()},
        {QStringLiteral("treatment"), decoderFor<Treatment>()},
        {QStringLiteral("observation"), decoderFor<ClinicalObservation>()},
        {QStringLiteral("note"), decoderFor<ClinicalNote>()},
        {QStringLiteral("assessment"), decoderFor<Assessment>()},
        {QStringLiteral("twin"), decoderFor<DigitalTwin>()},
        {QStringLiteral("symptom"), decoderFor<SymptomState>()},
        {QStringLiteral("neurotransmitter"), decoderFor<NeurotransmitterState>()},
        {QStringLiteral("behavioral"), decoderFor<BehavioralState>()},
        {QStringLiteral("functional"), decoderFor<FunctionalState>()},
        {QStringLiteral("risk"), decoderFor<RiskState>()},
        {QStringLiteral("source_event"), decoderFor<SourceEvent>()},
        {QStringLiteral("state"), decoderFor<DigitalTwinState>()},
        {QStringLiteral("prediction"), decoderFor<DigitalTwinPrediction>()},
    };
    return table;
}

QString missing(const char *field)
{
    return QStringLiteral("Field \"%1\" is missing.").arg(QLatin1String(field));
}

QString must(const char *field, const char *rest)
{
    return QStringLiteral("Field \"%1\" must %2.").arg(QLatin1String(field), QLatin1String(rest));
}

} // namespace

Q_DECLARE_METATYPE(Check)

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data();
    void roundTrip();
    void validation_data();
    void validation();
    void wireFormat_data();
    void wireFormat();
    void timestamps_data();
    void timestamps();
    void messagesNeverQuoteValues();
    void malformedDocument();
};

void TestCodecs::roundTrip_data()
{
    QTest::addColumn<Check>("check");
    QTest::newRow("organization") << roundTripCheck(organization(QStringLiteral("Clinic")));
    QTest::newRow("organization/unicode") << roundTripCheck(organization(kUnicode));
    QTest::newRow("organization/sql") << roundTripCheck(organization(kSql));
    QTest::newRow("clinician/full") << roundTripCheck(clinician(true));
    QTest::newRow("clinician/minimal") << roundTripCheck(clinician(false));
    QTest::newRow("contact") << roundTripCheck(contact());
    QTest::newRow("contact/empty") << roundTripCheck(ContactInformation{});
    QTest::newRow("patient/full") << roundTripCheck(patient(true));
    QTest::newRow("patient/minimal") << roundTripCheck(patient(false));
    QTest::newRow("patient/unicode") << roundTripCheck(patient(true, kUnicode));
    QTest::newRow("patient/sql") << roundTripCheck(patient(false, kSql));
    QTest::newRow("relationship/open") << roundTripCheck(relationship(false));
    QTest::newRow("relationship/closed") << roundTripCheck(relationship(true));
    QTest::newRow("diagnosis/full") << roundTripCheck(diagnosis(true));
    QTest::newRow("diagnosis/minimal") << roundTripCheck(diagnosis(false));
    QTest::newRow("medication/active") << roundTripCheck(medication(false));
    QTest::newRow("medication/stopped") << roundTripCheck(medication(true));
    QTest::newRow("treatment_response") << roundTripCheck(response());
    QTest::newRow("treatment/full") << roundTripCheck(treatment(true));
    QTest::newRow("treatment/minimal") << roundTripCheck(treatment(false));
    QTest::newRow("observation/numeric") << roundTripCheck(observation(true));
    QTest::newRow("observation/text") << roundTripCheck(observation(false));
    QTest::newRow("note") << roundTripCheck(note());
    QTest::newRow("assessment/completed") << roundTripCheck(assessment(true));
    QTest::newRow("assessment/draft") << roundTripCheck(assessment(false));
    QTest::newRow("twin") << roundTripCheck(twin());
    QTest::newRow("symptom") << roundTripCheck(state(false).symptom);
    QTest::newRow("neurotransmitter") << roundTripCheck(state(false).neurotransmitter);
    QTest::newRow("behavioral") << roundTripCheck(state(false).behavioral);
    QTest::newRow("functional") << roundTripCheck(state(false).functional);
    QTest::newRow("risk") << roundTripCheck(state(false).risk);
    QTest::newRow("source_event") << roundTripCheck(SourceEvent{QStringLiteral("note"), QStringLiteral("note-1")});
    QTest::newRow("state/events") << roundTripCheck(state(true));
    QTest::newRow("state/no_events") << roundTripCheck(state(false));
    QTest::newRow("prediction") << roundTripCheck(prediction());
    DigitalTwinPrediction empty = prediction();
    empty.values.clear();
    empty.lower.clear();
    empty.upper.clear();
    QTest::newRow("prediction/no_values") << roundTripCheck(empty);
    ClinicalRelationship offset = relationship(true);
    offset.validFrom = QDateTime(QDate(2025, 1, 1), QTime(10, 30), QTimeZone(2 * 3600));
    QTest::newRow("relationship/non_utc_input") << roundTripCheck(offset);
}

void TestCodecs::roundTrip()
{
    QFETCH(Check, check);
    const QString failure = check();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestCodecs::validation_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const char *type, const QJsonObject &json, const QString &message) {
        QTest::newRow(name) << QString::fromLatin1(type) << json << message;
    };
    const QString bigString = QStringLiteral("x");

    const QJsonObject org = codec::toJson(organization(QStringLiteral("Clinic")));
    row("organization/missing id", "organization", without(org, QStringLiteral("id")), missing("id"));
    row("organization/empty id", "organization", with(org, QStringLiteral("id"), QString()),
        must("id", "not be empty"));
    row("organization/null id", "organization", with(org, QStringLiteral("id"), QJsonValue()), missing("id"));
    row("organization/name type", "organization", with(org, QStringLiteral("name"), 3), must("name", "be a string"));

    const QJsonObject cl = codec::toJson(clinician(true));
    row("clinician/bad role", "clinician", with(cl, QStringLiteral("role"), QStringLiteral("surgeon")),
        must("role", "be one of psychiatrist, clinician, admin"));
    row("clinician/specialization type", "clinician", with(cl, QStringLiteral("specializations[1]"), true),
        must("specializations[1]", "be a string"));
    row("clinician/specializations type", "clinician", with(cl, QStringLiteral("specializations"), bigString),
        must("specializations", "be an array"));
    row("clinician/missing organization", "clinician", without(cl, QStringLiteral("organization_id")),
        missing("organization_id"));

    row("contact/phone type", "contact", with(codec::toJson(contact()), QStringLiteral("phone"), 5551234),
        must("phone", "be a string"));

    const QJsonObject pa = codec::toJson(patient(true));
    row("patient/missing birth_date", "patient", without(pa, QStringLiteral("birth_date")), missing("birth_date"));
    row("patient/impossible birth_date", "patient",
        with(pa, QStringLiteral("birth_date"), QStringLiteral("1990-02-30")),
        must("birth_date", "be a date in the form YYYY-MM-DD"));
    row("patient/us birth_date", "patient", with(pa, QStringLiteral("birth_date"), QStringLiteral("02/28/1961")),
        must("birth_date", "be a date in the form YYYY-MM-DD"));
    row("patient/timestamp birth_date", "patient",
        with(pa, QStringLiteral("birth_date"), QStringLiteral("1961-02-28T00:00:00Z")),
        must("birth_date", "be a date in the form YYYY-MM-DD"));
    row("patient/bad sex", "patient", with(pa, QStringLiteral("sex"), QStringLiteral("F")),
        must("sex", "be one of female, male, intersex, unknown"));
    row("patient/bad gender", "patient", with(pa, QStringLiteral("gender"), QStringLiteral("intersex")),
        must("gender", "be one of female, male, other, unknown"));
    row("patient/empty mrn", "patient", with(pa, QStringLiteral("mrn"), QString()), must("mrn", "not be empty"));
    row("patient/contact email type", "patient", with(pa, QStringLiteral("contact.email"), QJsonArray{}),
        must("contact.email", "be a string"));
    row("patient/contact type", "patient", with(pa, QStringLiteral("contact"), bigString),
        must("contact", "be an object"));

    const QJsonObject rel = codec::toJson(relationship(true));
    row("relationship/bad kind", "relationship", with(rel, QStringLiteral("kind"), QStringLiteral("friend")),
        must("kind", "be one of treating_psychiatrist, care_team, consultant"));
    row("relationship/no zone", "relationship",
        with(rel, QStringLiteral("valid_from"), QStringLiteral("2025-01-01T08:30:00.125")),
        must("valid_from", "be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z"));
    row("relationship/timestamp number", "relationship", with(rel, QStringLiteral("valid_from"), 1700000000),
        must("valid_from", "be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z"));
    row("relationship/ends before start", "relationship",
        with(rel, QStringLiteral("valid_to"), QStringLiteral("2024-12-31T23:59:59.999Z")),
        QStringLiteral("Field \"valid_to\" must not be earlier than \"valid_from\"."));
    row("relationship/missing patient", "relationship", without(rel, QStringLiteral("patient_id")),
        missing("patient_id"));

    const QJsonObject dx = codec::toJson(diagnosis(true));
    row("diagnosis/bad system", "diagnosis", with(dx, QStringLiteral("system"), QStringLiteral("dsm5")),
        must("system", "be one of icd10, icd10cm, icd11, snomed"));
    row("diagnosis/bad severity", "diagnosis", with(dx, QStringLiteral("severity"), QStringLiteral("extreme")),
        must("severity", "be one of mild, moderate, severe"));
    row("diagnosis/missing code", "diagnosis", without(dx, QStringLiteral("code")), missing("code"));
    row("diagnosis/resolved before onset", "diagnosis",
        with(dx, QStringLiteral("resolution_date"), QStringLiteral("2024-02-29")),
        QStringLiteral("Field \"resolution_date\" must not be earlier than \"onset_date\"."));
    row("diagnosis/onset type", "diagnosis", with(dx, QStringLiteral("onset_date"), 20240301),
        must("onset_date", "be a date in the form YYYY-MM-DD"));

    const QJsonObject med = codec::toJson(medication(true));
    row("medication/negative dose", "medication", with(med, QStringLiteral("dose"), -1),
        must("dose", "be a number of at least 0"));
    row("medication/dose as text", "medication", with(med, QStringLiteral("dose"), QStringLiteral("150")),
        must("dose", "be a number"));
    row("medication/bad status", "medication", with(med, QStringLiteral("status"), QStringLiteral("paused")),
        must("status", "be one of active, stopped, completed"));
    row("medication/stops before start", "medication",
        with(med, QStringLiteral("end_date"), QStringLiteral("2025-04-30")),
        QStringLiteral("Field \"end_date\" must not be earlier than \"start_date\"."));
    row("medication/missing start", "medication", without(med, QStringLiteral("start_date")), missing("start_date"));

    row("response/bad response", "response",
        with(codec::toJson(response()), QStringLiteral("response"), QStringLiteral("better")),
        must("response", "be one of none, partial, response, remission, worsening"));

    const QJsonObject tx = codec::toJson(treatment(true));
    row("treatment/nested bad response", "treatment",
        with(tx, QStringLiteral("responses[1].response"), QStringLiteral("cured")),
        must("responses[1].response", "be one of none, partial, response, remission, worsening"));
    row("treatment/nested missing assessed_at", "treatment", without(tx, QStringLiteral("responses[0].assessed_at")),
        missing("responses[0].assessed_at"));
    row("treatment/response not object", "treatment", with(tx, QStringLiteral("responses[0]"), 1),
        must("responses[0]", "be an object"));
    row("treatment/responses not array", "treatment", with(tx, QStringLiteral("responses"), QJsonObject{}),
        must("responses", "be an array"));
    row("treatment/bad type", "treatment", with(tx, QStringLiteral("type"), QStringLiteral("surgery")),
        must("type", "be one of pharmacotherapy, psychotherapy, neuromodulation, other"));

    const QJsonObject obs = codec::toJson(observation(true));
    row("observation/reliability range", "observation", with(obs, QStringLiteral("reliability"), 1.5),
        must("reliability", "be a number from 0 to 1"));
    row("observation/bad source", "observation", with(obs, QStringLiteral("source"), QStringLiteral("rumour")),
        must("source", "be one of clinician, patient_reported, device"));
    row("observation/numeric value type", "observation",
        with(obs, QStringLiteral("numeric_value"), QStringLiteral("7")), must("numeric_value", "be a number"));

    const QJsonObject nt = codec::toJson(note());
    row("note/bad kind", "note", with(nt, QStringLiteral("kind"), QStringLiteral("letter")),
        must("kind", "be one of progress, intake, discharge, other"));
    row("note/missing body", "note", without(nt, QStringLiteral("body")), missing("body"));
    row("note/bad created_at", "note", with(nt, QStringLiteral("created_at"), QStringLiteral("yesterday")),
        must("created_at", "be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z"));

    const QJsonObject as = codec::toJson(assessment(true));
    row("assessment/answer type", "assessment", with(as, QStringLiteral("answers[3]"), QStringLiteral("x")),
        must("answers[3]", "be an integer"));
    row("assessment/fractional answer", "assessment", with(as, QStringLiteral("answers[2]"), 1.5),
        must("answers[2]", "be an integer"));
    row("assessment/answer range", "assessment", with(as, QStringLiteral("answers[0]"), 7),
        must("answers[0]", "be an integer from 0 to 4"));
    row("assessment/missing answers", "assessment", without(as, QStringLiteral("answers")), missing("answers"));
    row("assessment/completed without time", "assessment", without(as, QStringLiteral("completed_at")),
        QStringLiteral("Field \"completed_at\" is required when \"status\" is completed."));
    row("assessment/completed before started", "assessment",
        with(as, QStringLiteral("completed_at"), QStringLiteral("2025-06-01T08:59:59.999Z")),
        QStringLiteral("Field \"completed_at\" must not be earlier than \"started_at\"."));
    row("assessment/bad instrument", "assessment", with(as, QStringLiteral("instrument"), QStringLiteral("bdi")),
        must("instrument", "be one of phq9, phq2, gad7, audit, auditc, pcl5"));
    row("assessment/bad status", "assessment", with(as, QStringLiteral("status"), QStringLiteral("signed")),
        must("status", "be one of draft, completed, entered_in_error"));
    row("assessment/negative total", "assessment", with(as, QStringLiteral("total"), -1),
        must("total", "be an integer of at least 0"));
    row("assessment/subscale type", "assessment", with(as, QStringLiteral("subscales.somatic"), QStringLiteral("6")),
        must("subscales.somatic", "be an integer"));
    row("assessment/flag type", "assessment", with(as, QStringLiteral("flags[0]"), 1), must("flags[0]", "be a string"));
    row("assessment/bad sex", "assessment", with(as, QStringLiteral("sex"), QStringLiteral("unknown")),
        must("sex", "be one of female, male"));

    const QJsonObject tw = codec::toJson(twin());
    row("twin/missing created_at", "twin", without(tw, QStringLiteral("created_at")), missing("created_at"));
    row("twin/updated before created", "twin",
        with(tw, QStringLiteral("updated_at"), QStringLiteral("2024-12-31T00:00:00.000Z")),
        QStringLiteral("Field \"updated_at\" must not be earlier than \"created_at\"."));

    row("symptom/range", "symptom", with(codec::toJson(state(false).symptom), QStringLiteral("depression"), 1.2),
        must("depression", "be a number from 0 to 1"));
    row("risk/bad level", "risk", with(codec::toJson(state(false).risk), QStringLiteral("level"), QStringLiteral("x")),
        must("level", "be one of low, moderate, high, imminent"));
    row("source_event/bad type", "source_event",
        with(codec::toJson(SourceEvent{QStringLiteral("note"), QStringLiteral("n")}), QStringLiteral("type"),
             QStringLiteral("email")),
        must("type", "be one of assessment, medication_start, medication_stop, observation, note"));

    const QJsonObject st = codec::toJson(state(true));
    row("state/bad risk level", "state", with(st, QStringLiteral("risk.level"), QStringLiteral("severe")),
        QStringLiteral("Field \"risk.level\" must be one of low, moderate, high, imminent."));
    row("state/depression range", "state", with(st, QStringLiteral("symptom.depression"), 1.5),
        must("symptom.depression", "be a number from 0 to 1"));
    row("state/negative serotonin", "state", with(st, QStringLiteral("neurotransmitter.serotonin"), -0.1),
        must("neurotransmitter.serotonin", "be a number of at least 0"));
    row("state/sleep range", "state", with(st, QStringLiteral("behavioral.sleep_hours"), 25),
        must("behavioral.sleep_hours", "be a number from 0 to 24"));
    row("state/functioning range", "state", with(st, QStringLiteral("functional.global_functioning"), 101),
        must("functional.global_functioning", "be a number from 0 to 100"));
    row("state/adherence type", "state", with(st, QStringLiteral("functional.adherence"), true),
        must("functional.adherence", "be a number"));
    row("state/bad source event type", "state", with(st, QStringLiteral("source_events[1].type"), QStringLiteral("x")),
        must("source_events[1].type", "be one of assessment, medication_start, medication_stop, observation, note"));
    row("state/empty source event id", "state", with(st, QStringLiteral("source_events[0].id"), QString()),
        must("source_events[0].id", "not be empty"));
    row("state/missing confidence", "state", without(st, QStringLiteral("confidence")), missing("confidence"));
    row("state/missing risk", "state", without(st, QStringLiteral("risk")), missing("risk"));
    row("state/missing nested field", "state", without(st, QStringLiteral("risk.suicide_risk")),
        missing("risk.suicide_risk"));
    row("state/risk not object", "state", with(st, QStringLiteral("risk"), QJsonArray{}), must("risk", "be an object"));
    row("state/missing twin", "state", without(st, QStringLiteral("twin_id")), missing("twin_id"));

    const QJsonObject pr = codec::toJson(prediction());
    row("prediction/horizon range", "prediction", with(pr, QStringLiteral("horizon_days"), 0),
        must("horizon_days", "be an integer from 1 to 3650"));
    row("prediction/horizon fraction", "prediction", with(pr, QStringLiteral("horizon_days"), 7.5),
        must("horizon_days", "be an integer"));
    row("prediction/value type", "prediction",
        with(pr, QStringLiteral("values"), QJsonObject{{QStringLiteral("symptom.depression"), bigString}}),
        must("values.symptom.depression", "be a number"));
    row("prediction/missing upper", "prediction", without(pr, QStringLiteral("upper")), missing("upper"));
    row("prediction/predicted before created", "prediction",
        with(pr, QStringLiteral("predicted_for"), QStringLiteral("2025-12-31T00:00:00.000Z")),
        QStringLiteral("Field \"predicted_for\" must not be earlier than \"created_at\"."));
    row("prediction/confidence range", "prediction", with(pr, QStringLiteral("confidence"), 2),
        must("confidence", "be a number from 0 to 1"));
}

void TestCodecs::validation()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, json);
    QFETCH(QString, message);
    QVERIFY2(decoders().contains(type), qPrintable(type));
    const std::optional<Error> error = decoders().value(type)(json);
    QVERIFY2(error.has_value(), "an invalid document was accepted");
    QCOMPARE(error->message, message);
    QCOMPARE(error->code, ErrorCode::Usage);
}

void TestCodecs::wireFormat_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");
    // Pinned bytes: a change here breaks every replica and server that already stores or sends documents.
    QTest::newRow("patient") << codec::encode(patient(true, QStringLiteral("O'Brien")))
                             << QByteArray(R"({"birth_date":"1961-02-28","contact":{"address":")" + kUnicode.toUtf8() +
                                           R"(","email":"zoe@example.org","phone":"+1 555 0100"},)"
                                           R"("family_name":"O'Brien","gender":"female","given_name":"Zoë",)"
                                           R"("id":"9b2c0c1e-5a4f-4c1b-8e0a-3f4d5e6f7a8b","mrn":"MRN0000042",)"
                                           R"("organization_id":"org-1","sex":"female"})");
    QTest::newRow("assessment/draft")
        << codec::encode(assessment(false))
        << QByteArray(R"({"answers":[1,2,null,0,3,null,1,1,0],"clinician_id":"dr.ada","id":"as-1",)"
                      R"("instrument":"phq9","patient_id":"p-1","started_at":"2025-06-01T09:00:00.001Z",)"
                      R"("status":"draft"})");
    QTest::newRow("state") << codec::encode(state(true))
                           << QByteArray(R"({"behavioral":{"activity_level":0.1,"sleep_hours":5.25,)"
                                         R"("social_engagement":0.999},"confidence":0.9,)"
                                         R"("functional":{"adherence":0.875,"global_functioning":61.5},)"
                                         R"("id":"st-1","neurotransmitter":{"acetylcholine":1e-09,"dopamine":0.92,)"
                                         R"("gaba":1,"glutamate":0.8,"norepinephrine":1.05,"serotonin":1.6},)"
                                         R"("patient_id":"p-1","risk":{"level":"moderate","suicide_risk":0.42},)"
                                         R"("source_events":[{"id":"as-1","type":"assessment"},)"
                                         R"({"id":"med-1","type":"medication_start"}],)"
                                         R"("symptom":{"anhedonia":0,"anxiety":0.3333333333333333,)"
                                         R"("depression":0.5185185185185185,"insomnia":1},)"
                                         R"("timestamp":"2025-06-02T00:00:00.000Z","twin_id":"tw-1"})");
    QTest::newRow("relationship/open")
        << codec::encode(relationship(false))
        << QByteArray(R"({"clinician_id":"dr.ada","id":"rel-1","kind":"treating_psychiatrist",)"
                      R"("organization_id":"org-1","patient_id":"p-1","valid_from":"2025-01-01T08:30:00.125Z"})");
}

void TestCodecs::wireFormat()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual, expected);
}

void TestCodecs::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // "" = must be rejected

    QTest::newRow("canonical") << QStringLiteral("2026-01-02T03:04:05.006Z")
                               << QStringLiteral("2026-01-02T03:04:05.006Z");
    QTest::newRow("no milliseconds") << QStringLiteral("2026-01-02T03:04:05Z")
                                     << QStringLiteral("2026-01-02T03:04:05.000Z");
    QTest::newRow("offset") << QStringLiteral("2026-01-02T03:04:05.000+02:00")
                            << QStringLiteral("2026-01-02T01:04:05.000Z");
    QTest::newRow("offset across midnight")
        << QStringLiteral("2026-01-01T23:30:00.000-01:00") << QStringLiteral("2026-01-02T00:30:00.000Z");
    QTest::newRow("before 1970") << QStringLiteral("1961-02-28T23:59:59.999Z")
                                 << QStringLiteral("1961-02-28T23:59:59.999Z");
    QTest::newRow("no zone") << QStringLiteral("2026-01-02T03:04:05.000") << QString();
    QTest::newRow("date only") << QStringLiteral("2026-01-02") << QString();
    QTest::newRow("hour 24") << QStringLiteral("2026-01-02T24:04:05.000Z") << QString();
    QTest::newRow("month 13") << QStringLiteral("2026-13-02T03:04:05.000Z") << QString();
    QTest::newRow("letters") << QStringLiteral("2026-01-0xT03:04:05.000Z") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCodecs::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const std::optional<QDateTime> parsed = codec::parseTimestamp(text);
    if (canonical.isEmpty()) {
        QVERIFY2(!parsed, qPrintable(parsed ? codec::formatTimestamp(*parsed) : QString()));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(codec::formatTimestamp(*parsed), canonical);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestCodecs::messagesNeverQuoteValues()
{
    // Values may be PHI and messages reach logs and dialogs.
    const QString secret = QStringLiteral("Secret-Diagnosis-Text");
    const QJsonObject bad = with(codec::toJson(patient(true)), QStringLiteral("sex"), secret);
    const Result<Patient> r = codec::fromJson<Patient>(bad);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.contains(secret));
    QVERIFY(!r.error().detail.contains(secret));
}

void TestCodecs::malformedDocument()
{
    const Result<Patient> notJson = codec::decode<Patient>("{\"id\": ");
    QVERIFY(!notJson.ok());
    QCOMPARE(notJson.error().code, ErrorCode::Usage);
    const Result<Patient> array = codec::decode<Patient>("[1, 2]");
    QVERIFY(!array.ok());
    QCOMPARE(array.error().code, ErrorCode::Usage);
    const Result<Patient> empty = codec::decode<Patient>("{}");
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().message, missing("id"));
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "test_codecs.moc"
