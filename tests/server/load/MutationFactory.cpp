#include "MutationFactory.h"

#include "models/codecs/JsonCodec.h"
#include "models/instruments/InstrumentLibrary.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace novamind::test {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kCreate = QStringLiteral("create");
const QString kUpdate = QStringLiteral("update");

} // namespace

QJsonObject PushMutation::toJson() const
{
    QJsonObject json{{QStringLiteral("idempotency_key"), key},
                     {QStringLiteral("entity"), entity},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("base_version"), baseVersion},
                     {QStringLiteral("op"), op}};
    if (op != QLatin1String("delete"))
        json.insert(QStringLiteral("data"), data);
    return json;
}

MutationFactory::MutationFactory(QString userId, QString keyPrefix, quint64 seed)
    : m_user(std::move(userId))
    , m_prefix(std::move(keyPrefix))
    , m_random(static_cast<quint32>(seed ^ (seed >> 32)))
{}

QString MutationFactory::nextKey()
{
    return m_prefix + QLatin1Char('-') + QString::number(++m_counter);
}

PushMutation MutationFactory::note(const QString &patientId)
{
    ClinicalNote n;
    n.id = newId();
    n.patientId = patientId;
    n.authorId = m_user;
    n.createdAt = QDateTime::currentDateTimeUtc();
    n.kind = QStringLiteral("progress");
    n.title = QStringLiteral("Load test note %1").arg(m_counter + 1);
    // Synthetic text only: the load tests never carry anything resembling a real record.
    n.body = QStringLiteral("Synthetic progress note %1 written under concurrent load.").arg(m_random.generate());
    return {nextKey(), QStringLiteral("clinical_note"), n.id, 0, kCreate, codec::toJson(n)};
}

PushMutation MutationFactory::observation(const QString &patientId)
{
    ClinicalObservation o;
    o.id = newId();
    o.patientId = patientId;
    o.clinicianId = m_user;
    o.observedAt = QDateTime::currentDateTimeUtc();
    o.type = QStringLiteral("sleep_hours");
    // Tenths only, so that the value survives every JSON and JSONB round trip digit for digit.
    o.numericValue = double(m_random.bounded(30, 100)) / 10.0;
    o.unit = QStringLiteral("h");
    o.source = QStringLiteral("clinician");
    o.reliability = 1.0;
    return {nextKey(), QStringLiteral("clinical_observation"), o.id, 0, kCreate, codec::toJson(o)};
}

PushMutation MutationFactory::signedAssessment(const QString &patientId)
{
    static const QStringList instruments{QStringLiteral("phq9"), QStringLiteral("gad7"),  QStringLiteral("phq2"),
                                         QStringLiteral("pcl5"), QStringLiteral("audit"), QStringLiteral("auditc")};
    const InstrumentLibrary &library = InstrumentLibrary::builtin();
    const QString instrumentId = instruments.at(m_random.bounded(int(instruments.size())));
    const Instrument *instrument = library.find(instrumentId);
    Q_ASSERT(instrument);

    Assessment a;
    a.id = newId();
    a.patientId = patientId;
    a.clinicianId = m_user;
    a.instrument = instrumentId;
    a.status = QStringLiteral("completed");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.startedAt = now.addSecs(-600);
    a.completedAt = now;
    for (const InstrumentItem &item : instrument->items) {
        const QList<int> scores = item.scores();
        a.answers.push_back(scores.at(m_random.bounded(int(scores.size()))));
    }
    if (instrument->hasSexSpecificBands())
        a.sex = m_random.bounded(2) ? QStringLiteral("female") : QStringLiteral("male");
    const Result<ScoreResult> scored = library.score(a.instrument, a.answers, a.sex);
    Q_ASSERT(scored.ok());
    a.total = scored->total;
    a.band = scored->band;
    a.flags = scored->flags;
    a.subscales = scored->subscales;
    return {nextKey(), QStringLiteral("assessment"), a.id, 0, kCreate, codec::toJson(a)};
}

std::optional<PushMutation> MutationFactory::edit(const QString &entity, const QJsonObject &data, qint64 version)
{
    const QString stamp = QStringLiteral("edit %1 by %2").arg(m_random.generate()).arg(m_user);
    if (entity == QLatin1String("clinical_note")) {
        Result<ClinicalNote> note = codec::fromJson<ClinicalNote>(data);
        if (!note.ok())
            return std::nullopt;
        note->title = QStringLiteral("Edited note: ") + stamp;
        return PushMutation{nextKey(), entity, note->id, version, kUpdate, codec::toJson(note.value())};
    }
    if (entity == QLatin1String("diagnosis")) {
        Result<Diagnosis> diagnosis = codec::fromJson<Diagnosis>(data);
        if (!diagnosis.ok())
            return std::nullopt;
        diagnosis->notes = QStringLiteral("Reviewed: ") + stamp;
        return PushMutation{nextKey(), entity, diagnosis->id, version, kUpdate, codec::toJson(diagnosis.value())};
    }
    return std::nullopt;
}

QByteArray MutationFactory::pushBody(const std::vector<PushMutation> &batch)
{
    QJsonArray mutations;
    for (const PushMutation &m : batch)
        mutations.append(m.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("mutations"), mutations}}).toJson(QJsonDocument::Compact);
}

} // namespace novamind::test
