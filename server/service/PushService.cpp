#include "server/service/PushService.h"

#include "models/codecs/JsonCodec.h"
#include "models/instruments/InstrumentLibrary.h"
#include "server/db/ConnectionPool.h"
#include "server/service/DocumentWriter.h"
#include "server/service/ServiceConfig.h"
#include "server/service/ServiceSupport.h"
#include "server/twin/TwinDerivation.h"

#include <QDebug>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <cmath>
#include <optional>
#include <type_traits>
#include <vector>

namespace novamind::server {

namespace {

constexpr int kMaxKeyLength = 128;
constexpr int kMaxIdLength = 128;
// JSON numbers are doubles: above 2^53 - 1 an integer is no longer exact, so a version there cannot be trusted.
constexpr double kMaxExactInteger = 9007199254740991.0;

const QString kCreate = QStringLiteral("create");
const QString kUpdate = QStringLiteral("update");
const QString kDelete = QStringLiteral("delete");
const QString kDerive = QStringLiteral("derive");

const QString kAssessment = QStringLiteral("assessment");
const QString kPatient = QStringLiteral("patient");
const QString kTwinState = QStringLiteral("twin_state");
const QString kDigitalTwin = QStringLiteral("digital_twin");

// Entities the server derives (twin data) or that administrators manage (people, organisations, access).
const QStringList kReadOnlyEntities = {QStringLiteral("twin_state"),   QStringLiteral("twin_prediction"),
                                       QStringLiteral("digital_twin"), QStringLiteral("organization"),
                                       QStringLiteral("clinician"),    QStringLiteral("clinical_relationship")};

// One mutation of the envelope, already checked for shape.
struct Mutation
{
    QString key;
    QString entity;
    QString id;
    qint64 baseVersion = 0;
    QString op;
    QJsonObject data; // empty for delete
};

// What one request shares across its mutations.
struct Batch
{
    PgConnection &conn;
    const Caller &caller;
    // Care relationships do not change inside the transaction, so a patient's visibility is looked up once.
    QHash<QString, bool> visiblePatients;
};

// A pushed document decoded with the shared codec, in the canonical form the server stores.
struct Decoded
{
    QString id;
    QString patientId;
    QString organizationId; // only patient documents carry one
    QByteArray doc;
    std::optional<QDateTime> effectiveAt;
    std::optional<Assessment> assessment;
};

QString field(const QString &path, const char *name)
{
    return path + QLatin1Char('.') + QLatin1String(name);
}

Reply invalidRequest(const QString &message)
{
    return Reply::error(422, "invalid_request", message);
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool boundedString(const QJsonValue &value, int maxLength, QString *out)
{
    if (!value.isString())
        return false;
    *out = value.toString();
    return !out->isEmpty() && out->size() <= maxLength;
}

bool nonNegativeInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!(number >= 0 && number <= kMaxExactInteger) || std::trunc(number) != number)
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

// Checks the envelope; any malformed mutation fails the whole request, since a result needs its key and a
// well-behaved client never sends one (content problems, by contrast, reject only their mutation).
std::optional<Reply> parseEnvelope(const QJsonObject &body, int maxMutations, std::vector<Mutation> *out)
{
    const QJsonValue list = body.value(QLatin1String("mutations"));
    if (!list.isArray())
        return invalidRequest(PushService::tr("Field \"mutations\" must be an array."));
    const QJsonArray array = list.toArray();
    if (array.size() > maxMutations) {
        return Reply::error(413, "payload_too_large",
                            PushService::tr("A push carries at most %1 mutations.").arg(maxMutations));
    }
    out->reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("mutations[%1]").arg(i);
        if (!array.at(i).isObject())
            return invalidRequest(PushService::tr("Field \"%1\" must be an object.").arg(path));
        const QJsonObject json = array.at(i).toObject();
        Mutation mutation;
        // Key and entity are stored with the result (text, JSONB), which cannot hold a NUL; a libpq parameter
        // would also cut the key short at one, making two keys the same.
        if (!boundedString(json.value(QLatin1String("idempotency_key")), kMaxKeyLength, &mutation.key) ||
            mutation.key.contains(QChar(0))) {
            return invalidRequest(PushService::tr("Field \"%1\" must be a string of 1 to %2 characters.")
                                      .arg(field(path, "idempotency_key"))
                                      .arg(kMaxKeyLength));
        }
        const QJsonValue entity = json.value(QLatin1String("entity"));
        if (!entity.isString() || entity.toString().contains(QChar(0)))
            return invalidRequest(PushService::tr("Field \"%1\" must be a string.").arg(field(path, "entity")));
        mutation.entity = entity.toString();
        if (!boundedString(json.value(QLatin1String("id")), kMaxIdLength, &mutation.id) ||
            hasControlCharacter(mutation.id)) {
            return invalidRequest(
                PushService::tr("Field \"%1\" must be a string of 1 to %2 characters without control characters.")
                    .arg(field(path, "id"))
                    .arg(kMaxIdLength));
        }
        if (!nonNegativeInteger(json.value(QLatin1String("base_version")), &mutation.baseVersion)) {
            return invalidRequest(
                PushService::tr("Field \"%1\" must be a non-negative integer.").arg(field(path, "base_version")));
        }
        mutation.op = json.value(QLatin1String("op")).toString();
        if (mutation.op != kCreate && mutation.op != kUpdate && mutation.op != kDelete) {
            return invalidRequest(
                PushService::tr("Field \"%1\" must be one of create, update, delete.").arg(field(path, "op")));
        }
        if (mutation.op != kDelete) {
            const QJsonValue data = json.value(QLatin1String("data"));
            if (!data.isObject())
                return invalidRequest(PushService::tr("Field \"%1\" must be an object.").arg(field(path, "data")));
            mutation.data = data.toObject();
        }
        out->push_back(std::move(mutation));
    }
    return std::nullopt;
}

// ---- result objects (shapes of contract.md, endpoint 4)

QJsonObject appliedResult(const QString &key, qint64 version)
{
    return QJsonObject{{QStringLiteral("idempotency_key"), key},
                       {QStringLiteral("status"), QStringLiteral("applied")},
                       {QStringLiteral("version"), version}};
}

QJsonObject rejectedResult(const QString &key, int httpStatus, const char *code, const QString &message)
{
    return QJsonObject{{QStringLiteral("idempotency_key"), key},
                       {QStringLiteral("status"), QStringLiteral("rejected")},
                       {QStringLiteral("error"), QString::fromLatin1(code)},
                       {QStringLiteral("http_status"), httpStatus},
                       {QStringLiteral("message"), message}};
}

QJsonObject conflictResult(const QString &key, const StoredDocument &server)
{
    QJsonObject result{{QStringLiteral("idempotency_key"), key},
                       {QStringLiteral("status"), QStringLiteral("conflict")},
                       {QStringLiteral("server_version"), server.version}};
    if (server.deleted)
        result.insert(QStringLiteral("server_deleted"), true);
    else
        result.insert(QStringLiteral("server_data"), QJsonDocument::fromJson(server.doc).object());
    return result;
}

bool isStatus(const QJsonObject &result, const char *status)
{
    return result.value(QLatin1String("status")).toString() == QLatin1String(status);
}

// Absent and hidden read the same, so that a caller learns nothing about records outside their care.
QJsonObject notFound(const QString &key)
{
    return rejectedResult(key, 404, "not_found", PushService::tr("The record does not exist or is not visible."));
}

// ---- decoding

template<typename T> Result<Decoded> decodeAs(const QJsonObject &data)
{
    Result<T> value = codec::fromJson<T>(data);
    if (!value)
        return value.error();
    Decoded decoded;
    decoded.id = value->id;
    decoded.doc = codec::encode(value.value());
    if constexpr (std::is_same_v<T, Patient>) {
        decoded.patientId = value->id;
        decoded.organizationId = value->organizationId;
    } else {
        decoded.patientId = value->patientId;
    }
    if constexpr (std::is_same_v<T, Assessment>) {
        decoded.effectiveAt = value->completedAt;
        decoded.assessment = value.value();
    } else if constexpr (std::is_same_v<T, ClinicalObservation>) {
        decoded.effectiveAt = value->observedAt;
    } else if constexpr (std::is_same_v<T, ClinicalNote>) {
        decoded.effectiveAt = value->createdAt;
    }
    return decoded;
}

// nullopt for an entity that cannot be pushed at all.
std::optional<Result<Decoded>> decodeEntity(const QString &entity, const QJsonObject &data)
{
    if (entity == kAssessment)
        return decodeAs<Assessment>(data);
    if (entity == QLatin1String("clinical_note"))
        return decodeAs<ClinicalNote>(data);
    if (entity == QLatin1String("clinical_observation"))
        return decodeAs<ClinicalObservation>(data);
    if (entity == QLatin1String("diagnosis"))
        return decodeAs<Diagnosis>(data);
    if (entity == QLatin1String("medication"))
        return decodeAs<Medication>(data);
    if (entity == QLatin1String("treatment"))
        return decodeAs<Treatment>(data);
    if (entity == kPatient)
        return decodeAs<Patient>(data);
    return std::nullopt;
}

bool isPushable(const QString &entity)
{
    return entity == kAssessment || entity == kPatient || entity == QLatin1String("clinical_note") ||
           entity == QLatin1String("clinical_observation") || entity == QLatin1String("diagnosis") ||
           entity == QLatin1String("medication") || entity == QLatin1String("treatment");
}

// ---- database steps (an Error here is a database failure; the caller decides whether it rejects or aborts)

Result<bool> patientVisible(Batch &batch, const QString &patientId)
{
    const auto cached = batch.visiblePatients.constFind(patientId);
    if (cached != batch.visiblePatients.constEnd())
        return cached.value();
    Result<std::optional<StoredDocument>> patient = DocumentWriter::load(batch.conn, kPatient, patientId);
    if (!patient)
        return patient.error();
    const bool visible = patient->has_value() && !patient.value()->deleted;
    batch.visiblePatients.insert(patientId, visible);
    return visible;
}

Result<qint64> writeDocument(Batch &batch, const QString &entity, const QString &id, const QString &patientId,
                             const QByteArray &doc, const QString &op, const std::optional<QDateTime> &effectiveAt)
{
    DocumentWrite write;
    write.entity = entity;
    write.id = id;
    write.organizationId = batch.caller.organizationId;
    write.patientId = patientId;
    write.doc = doc;
    write.op = op;
    write.effectiveAt = effectiveAt;
    return DocumentWriter::write(batch.conn, batch.caller.userId, write);
}

// The id of the patient's digital twin, creating the twin (as a derived document) when the patient has none.
Result<QString> twinOf(Batch &batch, const QString &patientId)
{
    Result<PgResult> found = batch.conn.exec("SELECT id FROM document WHERE entity = 'digital_twin' AND patient_id = $1"
                                             " AND NOT deleted ORDER BY seq LIMIT 1",
                                             {pgParam(patientId)});
    if (!found)
        return found.error();
    if (found->rows() > 0)
        return found->text(0, 0);

    DigitalTwin twin;
    twin.id = TwinDerivation::twinIdFor(patientId);
    twin.patientId = patientId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    twin.createdAt = now;
    twin.updatedAt = now;
    twin.modelVersion = TwinDerivation::ruleVersion();
    Result<qint64> written =
        writeDocument(batch, kDigitalTwin, twin.id, patientId, codec::encode(twin), kDerive, std::nullopt);
    if (!written)
        return written.error();
    return twin.id;
}

// Appends the twin state a signed assessment leads to, from the latest state at or before its completion.
Status deriveTwinState(Batch &batch, const Assessment &assessment)
{
    Q_ASSERT(assessment.completedAt);
    const QByteArray completedAt = pgParam(codec::formatTimestamp(*assessment.completedAt));
    Result<PgResult> latest = batch.conn.exec("SELECT doc FROM document WHERE entity = 'twin_state' AND patient_id = $1"
                                              " AND effective_at <= $2::timestamptz AND NOT deleted"
                                              " ORDER BY effective_at DESC LIMIT 1",
                                              {pgParam(assessment.patientId), completedAt});
    NM_TRY(latest);
    DigitalTwinState previous;
    if (latest->rows() > 0) {
        Result<DigitalTwinState> stored = codec::decode<DigitalTwinState>(latest->bytes(0, 0));
        if (!stored) {
            return Error(ErrorCode::Corrupt, PushService::tr("A stored twin state cannot be read."),
                         QStringLiteral("twin_state decode: ") + stored.error().message);
        }
        previous = stored.value();
    } else {
        Result<QString> twinId = twinOf(batch, assessment.patientId);
        NM_TRY(twinId);
        previous = TwinDerivation::baseline(assessment.patientId, twinId.value());
    }

    DigitalTwinState state = TwinDerivation::next(previous, assessment);
    // One state per patient and instant (a unique index): a later event at the same instant moves on by 1 ms.
    for (;;) {
        Result<PgResult> taken =
            batch.conn.exec("SELECT 1 FROM document WHERE entity = 'twin_state'"
                            " AND patient_id = $1 AND effective_at = $2::timestamptz",
                            {pgParam(state.patientId), pgParam(codec::formatTimestamp(state.timestamp))});
        NM_TRY(taken);
        if (taken->rows() == 0)
            break;
        state.timestamp = state.timestamp.addMSecs(1);
    }
    Result<qint64> written =
        writeDocument(batch, kTwinState, state.id, state.patientId, codec::encode(state), kDerive, state.timestamp);
    NM_TRY(written);
    return {};
}

// ---- one mutation (a returned result is final; an Error is a database error)

// The names of the scored fields on which the client and the server's re-scoring disagree; empty when they agree.
Result<QStringList> scoreDifferences(const Assessment &assessment)
{
    Result<ScoreResult> scored =
        InstrumentLibrary::builtin().score(assessment.instrument, assessment.answers, assessment.sex);
    if (!scored)
        return scored.error();
    QStringList differences;
    if (scored->total != assessment.total)
        differences << QStringLiteral("total");
    if (scored->band != assessment.band)
        differences << QStringLiteral("band");
    const QSet<QString> serverFlags(scored->flags.cbegin(), scored->flags.cend());
    const QSet<QString> clientFlags(assessment.flags.cbegin(), assessment.flags.cend());
    if (serverFlags != clientFlags)
        differences << QStringLiteral("flags");
    return differences;
}

// The checks only signed assessments face; nullopt when the assessment may be stored.
std::optional<QJsonObject> checkAssessment(const Mutation &m, const Caller &caller, const Assessment &assessment)
{
    if (assessment.status != QLatin1String("completed") && assessment.status != QLatin1String("entered_in_error")) {
        return rejectedResult(m.key, 422, "invalid_content",
                              PushService::tr("Only signed assessments are synchronised."));
    }
    if (assessment.isCompleted() && !assessment.completedAt) {
        return rejectedResult(m.key, 422, "invalid_content",
                              PushService::tr("Field \"completed_at\" is required when \"status\" is completed."));
    }
    if (assessment.clinicianId != caller.userId) {
        return rejectedResult(m.key, 403, "forbidden",
                              PushService::tr("An assessment can only be pushed by the clinician who signed it."));
    }
    Result<QStringList> differences = scoreDifferences(assessment);
    if (!differences)
        return rejectedResult(m.key, 422, "invalid_content", differences.error().message);
    if (!differences->isEmpty()) {
        return rejectedResult(m.key, 422, "invalid_score",
                              PushService::tr("The server's scoring of the answers gives a different %1.")
                                  .arg(differences->join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

Result<QJsonObject> applyDelete(Batch &batch, const Mutation &m)
{
    Result<std::optional<StoredDocument>> existing = DocumentWriter::load(batch.conn, m.entity, m.id);
    NM_TRY(existing);
    if (!existing->has_value())
        return notFound(m.key);
    const StoredDocument &server = existing->value();
    if (server.deleted || server.version != m.baseVersion)
        return conflictResult(m.key, server);
    Result<qint64> version = writeDocument(batch, m.entity, m.id, server.patientId, {}, kDelete, std::nullopt);
    NM_TRY(version);
    return appliedResult(m.key, version.value());
}

Result<QJsonObject> applyCreateOrUpdate(Batch &batch, const Mutation &m)
{
    std::optional<Result<Decoded>> decodedOrError = decodeEntity(m.entity, m.data);
    Q_ASSERT(decodedOrError);
    if (!decodedOrError->ok())
        return rejectedResult(m.key, 422, "invalid_content", decodedOrError->error().message);
    const Decoded &decoded = decodedOrError->value();
    if (decoded.id != m.id) {
        return rejectedResult(m.key, 422, "invalid_content",
                              PushService::tr("Field \"id\" must equal the mutation's id."));
    }
    if (!decoded.organizationId.isEmpty() && decoded.organizationId != batch.caller.organizationId) {
        return rejectedResult(m.key, 422, "invalid_content",
                              PushService::tr("Field \"organization_id\" must be the patient's organisation."));
    }
    if (decoded.assessment) {
        if (std::optional<QJsonObject> refused = checkAssessment(m, batch.caller, *decoded.assessment))
            return *refused;
    }

    Result<bool> visible = patientVisible(batch, decoded.patientId);
    NM_TRY(visible);
    if (!visible.value())
        return notFound(m.key);

    Result<std::optional<StoredDocument>> existing = DocumentWriter::load(batch.conn, m.entity, m.id);
    NM_TRY(existing);
    if (m.op == kCreate) {
        // A document that exists but is hidden is refused by the database on insert, and reads as not found too.
        if (existing->has_value())
            return conflictResult(m.key, existing->value());
    } else {
        if (!existing->has_value())
            return notFound(m.key);
        const StoredDocument &server = existing->value();
        if (server.deleted || server.version != m.baseVersion)
            return conflictResult(m.key, server);
        // Moving a record to another patient is never an edit; it would be a disclosure.
        if (server.patientId != decoded.patientId) {
            return rejectedResult(m.key, 422, "invalid_content",
                                  PushService::tr("Field \"patient_id\" cannot change."));
        }
    }

    Result<qint64> version =
        writeDocument(batch, m.entity, m.id, decoded.patientId, decoded.doc, m.op, decoded.effectiveAt);
    NM_TRY(version);
    if (decoded.assessment && decoded.assessment->isCompleted())
        NM_TRY(deriveTwinState(batch, *decoded.assessment));
    return appliedResult(m.key, version.value());
}

Result<QJsonObject> applyMutation(Batch &batch, const Mutation &m)
{
    if (batch.caller.role == QLatin1String("admin")) {
        return rejectedResult(m.key, 403, "forbidden",
                              PushService::tr("Administrators cannot change clinical records."));
    }
    if (kReadOnlyEntities.contains(m.entity)) {
        return rejectedResult(m.key, 403, "read_only",
                              PushService::tr("This entity is derived or managed by the server and cannot be pushed."));
    }
    if (!isPushable(m.entity))
        return rejectedResult(m.key, 422, "unknown_entity", PushService::tr("The entity is not one the server knows."));

    if (m.entity == kAssessment && m.op != kCreate) {
        Result<std::optional<StoredDocument>> existing = DocumentWriter::load(batch.conn, m.entity, m.id);
        NM_TRY(existing);
        if (!existing->has_value())
            return notFound(m.key);
        // Only signed assessments reach the server, and a signed assessment is amended by a new one.
        return rejectedResult(
            m.key, 409, "immutable",
            PushService::tr("A signed assessment cannot be changed; record an amending assessment instead."));
    }
    if (m.entity == kPatient && m.op != kUpdate) {
        return rejectedResult(
            m.key, 403, "forbidden",
            PushService::tr("Patients are registered and removed by administrators; sync only updates them."));
    }
    if (m.op == kDelete)
        return applyDelete(batch, m);
    return applyCreateOrUpdate(batch, m);
}

// Database refusals that concern only this mutation (row-level security, constraints, values PostgreSQL cannot
// hold); anything else (lost connection, serialization failure) fails the batch so that the client retries it.
std::optional<QJsonObject> refusalFor(const Mutation &m, const QByteArray &state)
{
    if (state == "42501" || state == "23505") {
        // On create this is a document that exists where the caller cannot see it: as absent, not as a conflict.
        if (m.op == kCreate)
            return notFound(m.key);
        if (state == "42501")
            return rejectedResult(m.key, 403, "forbidden", PushService::tr("You may not change this record."));
    }
    if (state.startsWith("23") || state.startsWith("22")) {
        return rejectedResult(m.key, 422, "invalid_content",
                              PushService::tr("The record breaks a rule of the server's database."));
    }
    return std::nullopt;
}

QJsonObject mutationIdentity(const Mutation &m)
{
    return QJsonObject{
        {QStringLiteral("entity"), m.entity}, {QStringLiteral("id"), m.id}, {QStringLiteral("op"), m.op}};
}

const QString kIdentityKey = QStringLiteral("mutation");

// The final result of one mutation: a replayed key answers from the store; otherwise the mutation runs inside a
// savepoint (so that a refused one leaves no trace) and its result is stored with it.
Result<QJsonObject> processMutation(Batch &batch, const Mutation &m)
{
    Result<PgResult> replay = batch.conn.exec("SELECT result FROM idempotency WHERE user_id = $1 AND key = $2",
                                              {pgParam(batch.caller.userId), pgParam(m.key)});
    NM_TRY(replay);
    if (replay->rows() > 0) {
        QJsonObject original = QJsonDocument::fromJson(replay->bytes(0, 0)).object();
        const QJsonObject identity = original.take(kIdentityKey).toObject();
        if (identity != mutationIdentity(m)) {
            return rejectedResult(m.key, 422, "idempotency_key_reused",
                                  PushService::tr("The idempotency key was already used for a different mutation."));
        }
        return QJsonObject{{QStringLiteral("idempotency_key"), m.key},
                           {QStringLiteral("status"), QStringLiteral("duplicate")},
                           {QStringLiteral("original"), original}};
    }

    NM_TRY(batch.conn.run("SAVEPOINT nm_mutation"));
    Result<QJsonObject> outcome = applyMutation(batch, m);
    QJsonObject result;
    if (outcome) {
        result = outcome.value();
    } else {
        const QByteArray state = sqlState(outcome.error());
        std::optional<QJsonObject> refusal = refusalFor(m, state);
        if (!refusal)
            return outcome.error();
        // The SQLSTATE only: PostgreSQL's message may quote the refused values.
        qWarning().noquote().nospace() << "push: the database refused a " << m.entity << ' ' << m.op << " (SQLSTATE "
                                       << QString::fromLatin1(state) << ')';
        result = *refusal;
    }
    if (isStatus(result, "rejected"))
        NM_TRY(batch.conn.run("ROLLBACK TO SAVEPOINT nm_mutation"));
    NM_TRY(batch.conn.run("RELEASE SAVEPOINT nm_mutation"));

    QJsonObject stored = result;
    stored.insert(kIdentityKey, mutationIdentity(m));
    NM_TRY(batch.conn.run(
        "INSERT INTO idempotency (user_id, key, result) VALUES ($1, $2, $3::jsonb)",
        {pgParam(batch.caller.userId), pgParam(m.key), QJsonDocument(stored).toJson(QJsonDocument::Compact)}));
    return result;
}

} // namespace

Reply PushService::push(ConnectionPool &pool, const ServiceConfig &config, const Caller &caller, const QByteArray &body)
{
    Reply reply;
    const std::optional<QJsonObject> json = parseJsonObject(body, &reply);
    if (!json)
        return reply;
    std::vector<Mutation> mutations;
    if (std::optional<Reply> invalid = parseEnvelope(*json, config.maxMutationsPerPush, &mutations))
        return *invalid;

    Result<PooledConnection> lease = pool.acquire();
    if (!lease)
        return databaseFailure(lease.error());
    PgConnection &conn = *lease.value();
    // Declared after the lease, so the transaction ends (rolls back unless committed) before the connection returns.
    Result<std::unique_ptr<PgTransaction>> transaction = beginAs(conn, caller);
    if (!transaction)
        return databaseFailure(transaction.error());
    // Taken up front: pushes then run one after another, so a replayed key always sees the first attempt's result.
    if (Status locked = DocumentWriter::lockSequence(conn); !locked)
        return databaseFailure(locked.error());

    Batch batch{conn, caller, {}};
    QJsonArray results;
    qint64 applied = 0;
    for (const Mutation &mutation : mutations) {
        Result<QJsonObject> result = processMutation(batch, mutation);
        if (!result)
            return databaseFailure(result.error());
        if (isStatus(result.value(), "applied"))
            ++applied;
        results.append(result.value());
    }

    if (Status logged = conn.run("INSERT INTO access_log (user_id, endpoint, records) VALUES ($1, 'push', $2)",
                                 {pgParam(caller.userId), pgParam(applied)});
        !logged) {
        return databaseFailure(logged.error());
    }
    if (Status committed = transaction.value()->commit(); !committed)
        return databaseFailure(committed.error());
    return Reply::json(200,
                       QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact));
}

} // namespace novamind::server
