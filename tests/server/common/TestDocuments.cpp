#include "TestDocuments.h"

#include "models/codecs/JsonCodec.h"

#include <QJsonDocument>
#include <QUuid>

namespace novamind::test {

QDateTime TestDocuments::now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

ClinicalNote TestDocuments::note(const QString &patientId, const QString &authorId, const QString &body)
{
    ClinicalNote n;
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.patientId = patientId;
    n.authorId = authorId;
    n.createdAt = now();
    n.kind = QStringLiteral("progress");
    n.title = QStringLiteral("Follow-up");
    n.body = body;
    return n;
}

ClinicalObservation TestDocuments::observation(const QString &patientId, const QString &clinicianId)
{
    ClinicalObservation o;
    o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.patientId = patientId;
    o.clinicianId = clinicianId;
    o.observedAt = now();
    o.type = QStringLiteral("sleep_hours");
    o.numericValue = 6.5;
    o.textValue = QStringLiteral("slept poorly");
    o.unit = QStringLiteral("h");
    o.source = QStringLiteral("patient_reported");
    o.reliability = 0.75;
    o.notes = QStringLiteral("sleep diary");
    return o;
}

Diagnosis TestDocuments::diagnosis(const QString &patientId, const QString &clinicianId)
{
    Diagnosis d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.patientId = patientId;
    d.system = QStringLiteral("icd10");
    d.code = QStringLiteral("F32.1");
    d.display = QStringLiteral("Moderate depressive episode");
    d.severity = QStringLiteral("moderate");
    d.status = QStringLiteral("active");
    d.onsetDate = now().date().addDays(-30);
    d.diagnosedBy = clinicianId;
    d.notes = QStringLiteral("first episode");
    return d;
}

Medication TestDocuments::medication(const QString &patientId, const QString &clinicianId)
{
    Medication m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.patientId = patientId;
    m.name = QStringLiteral("sertraline");
    m.rxnormCode = QStringLiteral("36437");
    m.dose = 50;
    m.doseUnit = QStringLiteral("mg");
    m.frequency = QStringLiteral("once daily");
    m.route = QStringLiteral("oral");
    m.status = QStringLiteral("active");
    m.startDate = now().date().addDays(-14);
    m.prescriberId = clinicianId;
    return m;
}

Treatment TestDocuments::treatment(const QString &patientId, const QString &clinicianId)
{
    Treatment t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.patientId = patientId;
    t.type = QStringLiteral("psychotherapy");
    t.name = QStringLiteral("CBT");
    t.status = QStringLiteral("active");
    t.startDate = now().date().addDays(-21);
    t.prescriberId = clinicianId;
    t.frequency = QStringLiteral("weekly");
    TreatmentResponse r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.assessedAt = now().addDays(-1);
    r.response = QStringLiteral("partial");
    r.clinicianId = clinicianId;
    t.responses.push_back(r);
    return t;
}

QString TestDocuments::phq9Band(int total)
{
    if (total <= 4)
        return QStringLiteral("minimal");
    if (total <= 9)
        return QStringLiteral("mild");
    if (total <= 14)
        return QStringLiteral("moderate");
    if (total <= 19)
        return QStringLiteral("moderately_severe");
    return QStringLiteral("severe");
}

Assessment TestDocuments::phq9(const QString &patientId, const QString &clinicianId, const QList<int> &answers,
                               const QDateTime &completedAt)
{
    Q_ASSERT(answers.size() == 9);
    Assessment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.patientId = patientId;
    a.clinicianId = clinicianId;
    a.instrument = QStringLiteral("phq9");
    a.status = QStringLiteral("completed");
    a.startedAt = completedAt.addSecs(-600);
    a.completedAt = completedAt;
    int total = 0;
    for (const int answer : answers) {
        a.answers.emplace_back(answer);
        total += answer;
    }
    a.total = total;
    a.band = phq9Band(total);
    if (answers.at(8) >= 1)
        a.flags << QStringLiteral("suicide_risk");
    return a;
}

QJsonObject TestDocuments::mutation(const QString &key, const QString &entity, const QString &id, qint64 baseVersion,
                                    const QString &op, const QJsonObject &data)
{
    QJsonObject m{{QStringLiteral("idempotency_key"), key},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("base_version"), baseVersion},
                  {QStringLiteral("op"), op}};
    if (!data.isEmpty())
        m.insert(QStringLiteral("data"), data);
    return m;
}

HttpResponse TestDocuments::push(HttpClient &http, const QByteArray &token, const QJsonArray &mutations)
{
    const QJsonObject body{{QStringLiteral("mutations"), mutations}};
    return http.postJson("/v1/push", QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

Result<QJsonObject> TestDocuments::pushOne(HttpClient &http, const QByteArray &token, const QJsonObject &mutation)
{
    const HttpResponse r = push(http, token, QJsonArray{mutation});
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    if (r.status != 200 || results.size() != 1 || !results.at(0).isObject())
        return Error(ErrorCode::Server,
                     QStringLiteral("POST /v1/push: expected 200 with one result, got %1").arg(r.describe()));
    const QJsonObject result = results.at(0).toObject();
    if (result.value(QLatin1String("idempotency_key")) != mutation.value(QLatin1String("idempotency_key")))
        return Error(ErrorCode::Server,
                     QStringLiteral("POST /v1/push: the result is not for the mutation's key: %1").arg(r.describe()));
    return result;
}

} // namespace novamind::test
