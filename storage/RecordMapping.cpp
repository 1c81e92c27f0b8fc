#include "storage/RecordMapping.h"

#include "models/codecs/JsonCodec.h"
#include "storage/Database.h"
#include "storage/SearchKey.h"
#include "storage/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iterator>
#include <string>

namespace novamind::RecordMapping {

namespace {

// --- column encodings -------------------------------------------------------------------------

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::optional<QString> optionalDate(const std::optional<QDate> &d)
{
    return d ? std::optional<QString>(dateText(*d)) : std::nullopt;
}

std::optional<QDate> readOptionalDate(const Statement &s, int col)
{
    if (s.isNull(col))
        return std::nullopt;
    return QDate::fromString(s.columnText(col), Qt::ISODate);
}

std::optional<QDateTime> readOptionalMs(const Statement &s, int col)
{
    if (s.isNull(col))
        return std::nullopt;
    return fromMs(s.columnInt64(col));
}

QString compact(const QJsonValue &v)
{
    return v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                       : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonDocument parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

QString encodeAnswers(const std::vector<std::optional<int>> &answers)
{
    QJsonArray a;
    for (const auto &x : answers)
        a.append(x ? QJsonValue(*x) : QJsonValue(QJsonValue::Null));
    return compact(a);
}

std::vector<std::optional<int>> decodeAnswers(const QString &text)
{
    std::vector<std::optional<int>> out;
    for (const QJsonValue &v : parse(text).array())
        out.push_back(v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt);
    return out;
}

QString encodeStrings(const QStringList &list)
{
    return compact(QJsonArray::fromStringList(list));
}

QStringList decodeStrings(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : parse(text).array())
        out << v.toString();
    return out;
}

template<typename Map> QJsonObject mapObject(const Map &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

template<typename Map> QString encodeMap(const Map &map)
{
    return compact(mapObject(map));
}

QMap<QString, int> decodeIntMap(const QJsonObject &o)
{
    QMap<QString, int> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toInt());
    return out;
}

QMap<QString, double> decodeDoubleMap(const QJsonObject &o)
{
    QMap<QString, double> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toDouble());
    return out;
}

// Nested records are stored in their wire form (models/codecs), so sync and storage agree on one format.
template<typename T> QString encodeList(const std::vector<T> &items)
{
    if (items.empty()) // most rows; skips building a JSON document on the bulk-insert path
        return QStringLiteral("[]");
    QJsonArray a;
    for (const T &item : items)
        a.append(codec::toJson(item));
    return compact(a);
}

template<typename T> std::vector<T> decodeList(const QString &text)
{
    std::vector<T> out;
    for (const QJsonValue &v : parse(text).array()) {
        auto item = codec::fromJson<T>(v.toObject());
        if (item.ok()) // a row written by this code always decodes; skip rather than invent a record
            out.push_back(std::move(item.value()));
    }
    return out;
}

// Runs a query, binding its parameters with `bind`, and maps every row with `read`.
template<typename T, typename Bind, typename Read>
Result<std::vector<T>> query(Database &db, const std::string &sql, Bind bind, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    bind(stmt.value());
    std::vector<T> out;
    NM_TRY(stmt->forEach([&](const Statement &row) { out.push_back(read(row)); }));
    return out;
}

// The common case: one id parameter.
template<typename T, typename Read>
Result<std::vector<T>> loadAll(Database &db, const std::string &sql, const QString &id, Read read)
{
    return query<T>(
        db, sql, [&](Statement &s) { s.bind(1, id); }, read);
}

// --- row readers ------------------------------------------------------------------------------

constexpr const char *kPatientColumns =
    "id, mrn, organization_id, given_name, family_name, birth_date, sex, gender, phone, email, address";

Patient readPatient(const Statement &s)
{
    Patient p;
    p.id = s.columnText(0);
    p.mrn = s.columnText(1);
    p.organizationId = s.columnText(2);
    p.givenName = s.columnText(3);
    p.familyName = s.columnText(4);
    p.birthDate = QDate::fromString(s.columnText(5), Qt::ISODate);
    p.sex = s.columnText(6);
    p.gender = s.columnText(7);
    p.contact = ContactInformation{s.columnText(8), s.columnText(9), s.columnText(10)};
    return p;
}

Diagnosis readDiagnosis(const Statement &s)
{
    return Diagnosis{s.columnText(0),        s.columnText(1), s.columnText(2), s.columnText(3),
                     s.columnText(4),        s.columnText(5), s.columnText(6), readOptionalDate(s, 7),
                     readOptionalDate(s, 8), s.columnText(9), s.columnText(10)};
}

Medication readMedication(const Statement &s)
{
    Medication m;
    m.id = s.columnText(0);
    m.patientId = s.columnText(1);
    m.name = s.columnText(2);
    m.rxnormCode = s.columnText(3);
    m.dose = s.columnDouble(4);
    m.doseUnit = s.columnText(5);
    m.frequency = s.columnText(6);
    m.route = s.columnText(7);
    m.status = s.columnText(8);
    m.startDate = QDate::fromString(s.columnText(9), Qt::ISODate);
    m.endDate = readOptionalDate(s, 10);
    m.prescriberId = s.columnText(11);
    return m;
}

Treatment readTreatment(const Statement &s)
{
    Treatment t;
    t.id = s.columnText(0);
    t.patientId = s.columnText(1);
    t.type = s.columnText(2);
    t.name = s.columnText(3);
    t.status = s.columnText(4);
    t.startDate = QDate::fromString(s.columnText(5), Qt::ISODate);
    t.endDate = readOptionalDate(s, 6);
    t.prescriberId = s.columnText(7);
    t.dosage = s.columnText(8);
    t.frequency = s.columnText(9);
    t.responses = decodeList<TreatmentResponse>(s.columnText(10));
    return t;
}

ClinicalRelationship readRelationship(const Statement &s)
{
    return ClinicalRelationship{s.columnText(0), s.columnText(1),          s.columnText(2),     s.columnText(3),
                                s.columnText(4), fromMs(s.columnInt64(5)), readOptionalMs(s, 6)};
}

ClinicalObservation readObservation(const Statement &s)
{
    ClinicalObservation o;
    o.id = s.columnText(0);
    o.patientId = s.columnText(1);
    o.clinicianId = s.columnText(2);
    o.observedAt = fromMs(s.columnInt64(3));
    o.type = s.columnText(4);
    if (!s.isNull(5))
        o.numericValue = s.columnDouble(5);
    o.textValue = s.columnText(6);
    o.unit = s.columnText(7);
    o.source = s.columnText(8);
    o.reliability = s.columnDouble(9);
    o.notes = s.columnText(10);
    return o;
}

ClinicalNote readNote(const Statement &s)
{
    return ClinicalNote{s.columnText(0), s.columnText(1), s.columnText(2), fromMs(s.columnInt64(3)),
                        s.columnText(4), s.columnText(5), s.columnText(6)};
}

constexpr const char *kAssessmentColumns = "id, patient_id, clinician_id, instrument, status, started_at, completed_at,"
                                           " answers, sex, total, band, flags, subscales, amends, notes";

Assessment readAssessment(const Statement &s)
{
    Assessment a;
    a.id = s.columnText(0);
    a.patientId = s.columnText(1);
    a.clinicianId = s.columnText(2);
    a.instrument = s.columnText(3);
    a.status = s.columnText(4);
    a.startedAt = fromMs(s.columnInt64(5));
    a.completedAt = readOptionalMs(s, 6);
    a.answers = decodeAnswers(s.columnText(7));
    a.sex = s.columnText(8);
    if (!s.isNull(9))
        a.total = static_cast<int>(s.columnInt64(9));
    a.band = s.columnText(10);
    a.flags = decodeStrings(s.columnText(11));
    a.subscales = decodeIntMap(parse(s.columnText(12)).object());
    a.amends = s.columnText(13);
    a.notes = s.columnText(14);
    return a;
}

constexpr const char *kStateColumns =
    "id, twin_id, patient_id, ts, depression, anxiety, anhedonia, insomnia, serotonin, dopamine, norepinephrine,"
    " gaba, glutamate, acetylcholine, sleep_hours, activity_level, social_engagement, global_functioning, adherence,"
    " suicide_risk, risk_level, confidence, source_events";

DigitalTwinState readState(const Statement &s)
{
    DigitalTwinState t;
    t.id = s.columnText(0);
    t.twinId = s.columnText(1);
    t.patientId = s.columnText(2);
    t.timestamp = fromMs(s.columnInt64(3));
    t.symptom = SymptomState{s.columnDouble(4), s.columnDouble(5), s.columnDouble(6), s.columnDouble(7)};
    t.neurotransmitter = NeurotransmitterState{s.columnDouble(8),  s.columnDouble(9),  s.columnDouble(10),
                                               s.columnDouble(11), s.columnDouble(12), s.columnDouble(13)};
    t.behavioral = BehavioralState{s.columnDouble(14), s.columnDouble(15), s.columnDouble(16)};
    t.functional = FunctionalState{s.columnDouble(17), s.columnDouble(18)};
    t.risk = RiskState{s.columnDouble(19), s.columnText(20)};
    t.confidence = s.columnDouble(21);
    t.sourceEvents = decodeList<SourceEvent>(s.columnText(22));
    return t;
}

DigitalTwinPrediction readPrediction(const Statement &s)
{
    DigitalTwinPrediction p;
    p.id = s.columnText(0);
    p.twinId = s.columnText(1);
    p.patientId = s.columnText(2);
    p.createdAt = fromMs(s.columnInt64(3));
    p.horizonDays = static_cast<int>(s.columnInt64(4));
    p.predictedFor = fromMs(s.columnInt64(5));
    const QJsonObject data = parse(s.columnText(6)).object();
    p.values = decodeDoubleMap(data.value(QStringLiteral("values")).toObject());
    p.lower = decodeDoubleMap(data.value(QStringLiteral("lower")).toObject());
    p.upper = decodeDoubleMap(data.value(QStringLiteral("upper")).toObject());
    p.confidence = s.columnDouble(7);
    return p;
}

} // namespace

// --- loads ---------------------------------------------------------------------------------------

Result<Patient> loadPatient(Database &db, const QString &patientId)
{
    auto rows = loadAll<Patient>(db, std::string("SELECT ") + kPatientColumns + " FROM patient WHERE id = ?", patientId,
                                 readPatient);
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("AccessPolicy", "That patient is not available to you.")};
    return std::move(rows->front());
}

Result<std::vector<Diagnosis>> loadDiagnoses(Database &db, const QString &patientId)
{
    return loadAll<Diagnosis>(db,
                              "SELECT id, patient_id, system, code, display, severity, status, onset_date,"
                              " resolution_date, diagnosed_by, notes FROM diagnosis WHERE patient_id = ?"
                              " ORDER BY status, onset_date, code",
                              patientId, readDiagnosis);
}

Result<std::vector<Medication>> loadMedications(Database &db, const QString &patientId)
{
    return loadAll<Medication>(db,
                               "SELECT id, patient_id, name, rxnorm_code, dose, dose_unit, frequency, route, status,"
                               " start_date, end_date, prescriber_id FROM medication WHERE patient_id = ?"
                               " ORDER BY start_date, name",
                               patientId, readMedication);
}

Result<std::vector<Treatment>> loadTreatments(Database &db, const QString &patientId)
{
    return loadAll<Treatment>(db,
                              "SELECT id, patient_id, type, name, status, start_date, end_date, prescriber_id,"
                              " dosage, frequency, responses FROM treatment WHERE patient_id = ?"
                              " ORDER BY start_date, name",
                              patientId, readTreatment);
}

Result<std::vector<ClinicalRelationship>> loadRelationships(Database &db, const QString &patientId)
{
    return loadAll<ClinicalRelationship>(db,
                                         "SELECT id, clinician_id, patient_id, organization_id, kind, valid_from,"
                                         " valid_to FROM clinical_relationship WHERE patient_id = ?"
                                         " ORDER BY valid_from",
                                         patientId, readRelationship);
}

Result<std::vector<ClinicalObservation>> loadObservations(Database &db, const QString &patientId)
{
    return loadAll<ClinicalObservation>(db,
                                        "SELECT id, patient_id, clinician_id, observed_at, type, numeric_value,"
                                        " text_value, unit, source, reliability, notes FROM clinical_observation"
                                        " WHERE patient_id = ? ORDER BY observed_at",
                                        patientId, readObservation);
}

Result<std::vector<ClinicalNote>> loadNotes(Database &db, const QString &patientId)
{
    return loadAll<ClinicalNote>(db,
                                 "SELECT id, patient_id, author_id, created_at, kind, title, body FROM clinical_note"
                                 " WHERE patient_id = ? ORDER BY created_at",
                                 patientId, readNote);
}

Result<std::optional<Assessment>> loadAssessment(Database &db, const QString &assessmentId)
{
    auto rows = loadAll<Assessment>(db, std::string("SELECT ") + kAssessmentColumns + " FROM assessment WHERE id = ?",
                                    assessmentId, readAssessment);
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return std::optional<Assessment>();
    return std::optional<Assessment>(std::move(rows->front()));
}

Result<std::vector<Assessment>> loadAssessmentHistory(Database &db, const QString &patientId, const QString &instrument)
{
    return query<Assessment>(
        db,
        std::string("SELECT ") + kAssessmentColumns +
            " FROM assessment WHERE patient_id = ?1 AND status = 'completed' AND (?2 = '' OR instrument = ?2)"
            " ORDER BY completed_at, id",
        [&](Statement &s) { s.bind(1, patientId).bind(2, instrument); }, readAssessment);
}

Result<std::vector<DigitalTwinState>> loadStates(Database &db, const QString &patientId, qint64 fromMs, qint64 toMs)
{
    return query<DigitalTwinState>(
        db,
        std::string("SELECT ") + kStateColumns +
            " FROM twin_state WHERE patient_id = ? AND ts >= ? AND ts <= ? ORDER BY ts",
        [&](Statement &s) { s.bind(1, patientId).bind(2, fromMs).bind(3, toMs); }, readState);
}

Result<TwinStateColumns> loadStateColumns(Database &db, const QString &patientId, qint64 fromMs, qint64 toMs)
{
    // Dimension key (as predictions name it) → column; the order is the order of the SELECT.
    static const std::pair<const char *, const char *> kColumns[] = {
        {"symptom.depression", "depression"},
        {"symptom.anxiety", "anxiety"},
        {"symptom.anhedonia", "anhedonia"},
        {"symptom.insomnia", "insomnia"},
        {"neurotransmitter.serotonin", "serotonin"},
        {"neurotransmitter.dopamine", "dopamine"},
        {"neurotransmitter.norepinephrine", "norepinephrine"},
        {"neurotransmitter.gaba", "gaba"},
        {"neurotransmitter.glutamate", "glutamate"},
        {"neurotransmitter.acetylcholine", "acetylcholine"},
        {"behavioral.sleep_hours", "sleep_hours"},
        {"behavioral.activity_level", "activity_level"},
        {"behavioral.social_engagement", "social_engagement"},
        {"functional.global_functioning", "global_functioning"},
        {"functional.adherence", "adherence"},
        {"risk.suicide_risk", "suicide_risk"},
    };
    constexpr int kCount = static_cast<int>(std::size(kColumns));
    // The level becomes its index in riskLevelNames() inside SQLite, so no row makes a QString.
    std::string sql = "SELECT ts";
    for (const auto &c : kColumns)
        sql += std::string(", ") + c.second;
    sql += ", CASE risk_level";
    const auto &levels = TwinStateColumns::riskLevelNames();
    for (size_t i = 0; i < levels.size(); ++i)
        sql += " WHEN '" + levels[i].toStdString() + "' THEN " + std::to_string(i);
    sql += " ELSE -1 END FROM twin_state WHERE patient_id = ? AND ts >= ? AND ts <= ? ORDER BY ts";

    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, patientId).bind(2, fromMs).bind(3, toMs);
    TwinStateColumns out;
    out.keys.reserve(kCount);
    for (const auto &c : kColumns)
        out.keys.push_back(QString::fromLatin1(c.first));
    out.values.resize(kCount);
    NM_TRY(stmt->forEach([&](const Statement &row) {
        out.ts.push_back(row.columnInt64(0));
        for (int k = 0; k < kCount; ++k)
            out.values[static_cast<size_t>(k)].push_back(row.columnDouble(k + 1));
        out.riskLevel.push_back(static_cast<qint8>(row.columnInt64(kCount + 1)));
    }));
    return out;
}

Result<std::optional<DigitalTwinState>> loadStateAsOf(Database &db, const QString &patientId, qint64 atMs)
{
    auto rows = query<DigitalTwinState>(
        db,
        std::string("SELECT ") + kStateColumns +
            " FROM twin_state WHERE patient_id = ? AND ts <= ? ORDER BY ts DESC LIMIT 1",
        [&](Statement &s) { s.bind(1, patientId).bind(2, atMs); }, readState);
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return std::optional<DigitalTwinState>();
    return std::optional<DigitalTwinState>(std::move(rows->front()));
}

Result<std::vector<DigitalTwinPrediction>> loadPredictions(Database &db, const QString &patientId)
{
    return loadAll<DigitalTwinPrediction>(db,
                                          "SELECT id, twin_id, patient_id, created_at, horizon_days, predicted_for,"
                                          " data, confidence FROM twin_prediction WHERE patient_id = ?"
                                          " ORDER BY predicted_for",
                                          patientId, readPrediction);
}

// --- synced rows in codec form ---------------------------------------------------------------------

namespace {

Organization readOrganization(const Statement &s)
{
    return Organization{s.columnText(0), s.columnText(1)};
}

Clinician readClinician(const Statement &s)
{
    Clinician c;
    c.id = s.columnText(0);
    c.licenseNumber = s.columnText(1);
    c.givenName = s.columnText(2);
    c.familyName = s.columnText(3);
    c.role = s.columnText(4);
    c.organizationId = s.columnText(5);
    c.specializations = decodeStrings(s.columnText(6));
    c.email = s.columnText(7);
    return c;
}

DigitalTwin readTwin(const Statement &s)
{
    return DigitalTwin{s.columnText(0), s.columnText(1), fromMs(s.columnInt64(2)), fromMs(s.columnInt64(3)),
                       s.columnText(4)};
}

QJsonObject patientJson(const Statement &s)
{
    // An admin's replica holds only the identifying triple (docs/api/sync.yaml): no birth date, no names.
    if (s.columnText(5).isEmpty() && s.columnText(3).isEmpty() && s.columnText(4).isEmpty())
        return QJsonObject{{QStringLiteral("id"), s.columnText(0)},
                           {QStringLiteral("mrn"), s.columnText(1)},
                           {QStringLiteral("organization_id"), s.columnText(2)}};
    return codec::toJson(readPatient(s));
}

struct SyncedTable
{
    const char *table;
    std::string columns;
    int count; // of `columns`; the sync columns follow
    QJsonObject (*read)(const Statement &);
};

template<typename T, T (*Read)(const Statement &)> QJsonObject asJson(const Statement &s)
{
    return codec::toJson(Read(s));
}

const std::vector<SyncedTable> &syncedTables()
{
    static const std::vector<SyncedTable> tables{
        {"organization", "id, name", 2, asJson<Organization, readOrganization>},
        {"clinician", "id, license_number, given_name, family_name, role, organization_id, specializations, email", 8,
         asJson<Clinician, readClinician>},
        {"patient", kPatientColumns, 11, patientJson},
        {"clinical_relationship", "id, clinician_id, patient_id, organization_id, kind, valid_from, valid_to", 7,
         asJson<ClinicalRelationship, readRelationship>},
        {"diagnosis",
         "id, patient_id, system, code, display, severity, status, onset_date, resolution_date, diagnosed_by, notes",
         11, asJson<Diagnosis, readDiagnosis>},
        {"medication",
         "id, patient_id, name, rxnorm_code, dose, dose_unit, frequency, route, status, start_date, end_date,"
         " prescriber_id",
         12, asJson<Medication, readMedication>},
        {"treatment",
         "id, patient_id, type, name, status, start_date, end_date, prescriber_id, dosage, frequency, responses", 11,
         asJson<Treatment, readTreatment>},
        {"clinical_observation",
         "id, patient_id, clinician_id, observed_at, type, numeric_value, text_value, unit, source, reliability,"
         " notes",
         11, asJson<ClinicalObservation, readObservation>},
        {"clinical_note", "id, patient_id, author_id, created_at, kind, title, body", 7,
         asJson<ClinicalNote, readNote>},
        {"assessment", kAssessmentColumns, 15, asJson<Assessment, readAssessment>},
        {"digital_twin", "id, patient_id, created_at, updated_at, model_version", 5, asJson<DigitalTwin, readTwin>},
        {"twin_state", kStateColumns, 23, asJson<DigitalTwinState, readState>},
        {"twin_prediction", "id, twin_id, patient_id, created_at, horizon_days, predicted_for, data, confidence", 8,
         asJson<DigitalTwinPrediction, readPrediction>},
    };
    return tables;
}

} // namespace

Status forEachSyncedRow(Database &db, const QString &table, const std::string &condition,
                        const std::function<void(Statement &)> &bind, const SyncedRowVisitor &visit)
{
    const std::string name = table.toStdString();
    for (const SyncedTable &t : syncedTables()) {
        if (name != t.table)
            continue;
        auto stmt = db.prepare("SELECT " + t.columns + ", server_version, local_state, sync_epoch FROM " + name + " " +
                               condition);
        if (!stmt.ok())
            return stmt.error();
        if (bind)
            bind(stmt.value());
        return stmt->forEach([&](const Statement &row) {
            const SyncStamp stamp{row.columnInt64(t.count), static_cast<int>(row.columnInt64(t.count + 1)),
                                  row.columnInt64(t.count + 2)};
            visit(t.read(row), stamp);
        });
    }
    return Error{ErrorCode::Internal, QCoreApplication::translate("RecordMapping", "This record type is unknown."),
                 QStringLiteral("no synced table ") + table};
}

// --- writer --------------------------------------------------------------------------------------

struct Writer::Statements
{
    // Keyed by the SQL literal's address: every statement is one literal at one call site, so the lookup on the
    // bulk-insert path neither copies nor compares the SQL text.
    std::map<const char *, Statement> byName;
};

Writer::Writer(Database &db)
    : m_db(db)
    , m_stmts(std::make_unique<Statements>())
{}
Writer::~Writer() = default;

namespace {

// Prepares `sql` once per writer; later calls reuse and reset the statement.
Result<Statement *> cached(Database &db, std::map<const char *, Statement> &cache, const char *sql)
{
    auto it = cache.find(sql);
    if (it == cache.end()) {
        auto stmt = db.prepare(sql);
        if (!stmt.ok())
            return stmt.error();
        it = cache.emplace(sql, std::move(stmt.value())).first;
    } else {
        it->second.reset();
    }
    return &it->second;
}

void bindStamp(Statement &s, int first, const SyncStamp &stamp)
{
    s.bind(first, stamp.serverVersion).bind(first + 1, stamp.localState).bind(first + 2, stamp.epoch);
}

} // namespace

#define NM_WRITER_STMT(sql)                                                                                            \
    auto cachedStmt = cached(m_db, m_stmts->byName, sql);                                                              \
    if (!cachedStmt.ok())                                                                                              \
        return cachedStmt.error();                                                                                     \
    Statement &s = *cachedStmt.value()

Status Writer::insert(const Organization &o)
{
    NM_WRITER_STMT(
        "INSERT INTO organization (id, name, server_version, local_state, sync_epoch) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, o.id).bind(2, o.name);
    bindStamp(s, 3, m_stamp);
    return s.run();
}

Status Writer::insert(const Clinician &c)
{
    NM_WRITER_STMT(
        "INSERT INTO clinician (id, license_number, given_name, family_name, role, organization_id,"
        " specializations, email, server_version, local_state, sync_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, c.id)
        .bind(2, c.licenseNumber)
        .bind(3, c.givenName)
        .bind(4, c.familyName)
        .bind(5, c.role)
        .bind(6, c.organizationId)
        .bind(7, encodeStrings(c.specializations))
        .bind(8, c.email);
    bindStamp(s, 9, m_stamp);
    return s.run();
}

namespace {

// insert() and update() of a patient bind the same parameters 1-17, so the two statements cannot drift apart.
Statement &bindPatient(Statement &s, const Patient &p, const SyncStamp &stamp)
{
    s.bind(1, p.id)
        .bind(2, p.mrn)
        .bind(3, p.organizationId)
        .bind(4, p.givenName)
        .bind(5, p.familyName)
        .bind(6, dateText(p.birthDate))
        .bind(7, p.sex)
        .bind(8, p.gender)
        .bind(9, p.contact.phone)
        .bind(10, p.contact.email)
        .bind(11, p.contact.address)
        .bind(12, SearchKey::fold(p.familyName))
        .bind(13, SearchKey::fold(p.givenName))
        .bind(14, SearchKey::fold(p.mrn));
    bindStamp(s, 15, stamp);
    return s;
}

} // namespace

Status Writer::insert(const Patient &p)
{
    NM_WRITER_STMT("INSERT INTO patient (id, mrn, organization_id, given_name, family_name, birth_date, sex, gender,"
                   " phone, email, address, family_key, given_key, mrn_key, server_version, local_state, sync_epoch) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                   " ?, ?, ?, ?, ?, ?)");
    return bindPatient(s, p, m_stamp).run();
}

Status Writer::insert(const ClinicalRelationship &r)
{
    NM_WRITER_STMT("INSERT INTO clinical_relationship (id, clinician_id, patient_id, organization_id, kind, valid_from,"
                   " valid_to, server_version, local_state, sync_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, r.id).bind(2, r.clinicianId).bind(3, r.patientId).bind(4, r.organizationId).bind(5, r.kind);
    s.bind(6, toMs(r.validFrom));
    if (r.validTo)
        s.bind(7, toMs(*r.validTo));
    else
        s.bindNull(7);
    bindStamp(s, 8, m_stamp);
    return s.run();
}

Status Writer::insert(const Diagnosis &d)
{
    NM_WRITER_STMT("INSERT INTO diagnosis (id, patient_id, system, code, display, severity, status, onset_date,"
                   " resolution_date, diagnosed_by, notes, server_version, local_state, sync_epoch) VALUES (?, ?, ?, "
                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, d.id)
        .bind(2, d.patientId)
        .bind(3, d.system)
        .bind(4, d.code)
        .bind(5, d.display)
        .bind(6, d.severity)
        .bind(7, d.status)
        .bind(8, optionalDate(d.onsetDate))
        .bind(9, optionalDate(d.resolutionDate))
        .bind(10, d.diagnosedBy)
        .bind(11, d.notes);
    bindStamp(s, 12, m_stamp);
    return s.run();
}

Status Writer::insert(const Medication &m)
{
    NM_WRITER_STMT("INSERT INTO medication (id, patient_id, name, rxnorm_code, dose, dose_unit, frequency, route,"
                   " status, start_date, end_date, prescriber_id, server_version, local_state, sync_epoch) VALUES (?, "
                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, m.id)
        .bind(2, m.patientId)
        .bind(3, m.name)
        .bind(4, m.rxnormCode)
        .bind(5, m.dose)
        .bind(6, m.doseUnit)
        .bind(7, m.frequency)
        .bind(8, m.route)
        .bind(9, m.status)
        .bind(10, dateText(m.startDate))
        .bind(11, optionalDate(m.endDate))
        .bind(12, m.prescriberId);
    bindStamp(s, 13, m_stamp);
    return s.run();
}

Status Writer::insert(const Treatment &t)
{
    NM_WRITER_STMT("INSERT INTO treatment (id, patient_id, type, name, status, start_date, end_date, prescriber_id,"
                   " dosage, frequency, responses, server_version, local_state, sync_epoch) VALUES (?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, t.id)
        .bind(2, t.patientId)
        .bind(3, t.type)
        .bind(4, t.name)
        .bind(5, t.status)
        .bind(6, dateText(t.startDate))
        .bind(7, optionalDate(t.endDate))
        .bind(8, t.prescriberId)
        .bind(9, t.dosage)
        .bind(10, t.frequency)
        .bind(11, encodeList(t.responses));
    bindStamp(s, 12, m_stamp);
    return s.run();
}

Status Writer::insert(const ClinicalObservation &o)
{
    NM_WRITER_STMT("INSERT INTO clinical_observation (id, patient_id, clinician_id, observed_at, type, numeric_value,"
                   " text_value, unit, source, reliability, notes, server_version, local_state, sync_epoch) VALUES (?, "
                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, o.id).bind(2, o.patientId).bind(3, o.clinicianId).bind(4, toMs(o.observedAt)).bind(5, o.type);
    s.bind(6, o.numericValue).bind(7, o.textValue).bind(8, o.unit).bind(9, o.source).bind(10, o.reliability);
    s.bind(11, o.notes);
    bindStamp(s, 12, m_stamp);
    return s.run();
}

Status Writer::insert(const ClinicalNote &n)
{
    NM_WRITER_STMT("INSERT INTO clinical_note (id, patient_id, author_id, created_at, kind, title, body, "
                   "server_version, local_state, sync_epoch)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, n.id).bind(2, n.patientId).bind(3, n.authorId).bind(4, toMs(n.createdAt)).bind(5, n.kind);
    s.bind(6, n.title).bind(7, n.body);
    bindStamp(s, 8, m_stamp);
    return s.run();
}

Status Writer::insert(const Assessment &a)
{
    NM_WRITER_STMT(
        "INSERT INTO assessment (id, patient_id, clinician_id, instrument, status, started_at, completed_at,"
        " answers, sex, total, band, flags, subscales, amends, notes, server_version, local_state, sync_epoch)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, a.id).bind(2, a.patientId).bind(3, a.clinicianId).bind(4, a.instrument).bind(5, a.status);
    s.bind(6, toMs(a.startedAt));
    if (a.completedAt)
        s.bind(7, toMs(*a.completedAt));
    else
        s.bindNull(7);
    s.bind(8, encodeAnswers(a.answers)).bind(9, a.sex).bind(10, a.total).bind(11, a.band);
    s.bind(12, encodeStrings(a.flags)).bind(13, encodeMap(a.subscales)).bind(14, a.amends).bind(15, a.notes);
    m_touched.insert(a.patientId);
    bindStamp(s, 16, m_stamp);
    return s.run();
}

Status Writer::insert(const DigitalTwin &t)
{
    NM_WRITER_STMT("INSERT INTO digital_twin (id, patient_id, created_at, updated_at, model_version, server_version, "
                   "local_state, sync_epoch)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, t.id).bind(2, t.patientId).bind(3, toMs(t.createdAt)).bind(4, toMs(t.updatedAt)).bind(5, t.modelVersion);
    bindStamp(s, 6, m_stamp);
    return s.run();
}

Status Writer::insert(const DigitalTwinState &t)
{
    NM_WRITER_STMT("INSERT INTO twin_state (id, twin_id, patient_id, ts, depression, anxiety, anhedonia, insomnia,"
                   " serotonin, dopamine, norepinephrine, gaba, glutamate, acetylcholine, sleep_hours, activity_level,"
                   " social_engagement, global_functioning, adherence, suicide_risk, risk_level, confidence,"
                   " source_events, server_version, local_state, sync_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, t.id).bind(2, t.twinId).bind(3, t.patientId).bind(4, toMs(t.timestamp));
    s.bind(5, t.symptom.depression).bind(6, t.symptom.anxiety).bind(7, t.symptom.anhedonia);
    s.bind(8, t.symptom.insomnia);
    const NeurotransmitterState &n = t.neurotransmitter;
    s.bind(9, n.serotonin).bind(10, n.dopamine).bind(11, n.norepinephrine).bind(12, n.gaba).bind(13, n.glutamate);
    s.bind(14, n.acetylcholine);
    s.bind(15, t.behavioral.sleepHours).bind(16, t.behavioral.activityLevel).bind(17, t.behavioral.socialEngagement);
    s.bind(18, t.functional.globalFunctioning).bind(19, t.functional.adherence);
    s.bind(20, t.risk.suicideRisk).bind(21, t.risk.level).bind(22, t.confidence);
    s.bind(23, encodeList(t.sourceEvents));
    m_touched.insert(t.patientId);
    bindStamp(s, 24, m_stamp);
    return s.run();
}

Status Writer::insert(const DigitalTwinPrediction &p)
{
    NM_WRITER_STMT(
        "INSERT INTO twin_prediction (id, twin_id, patient_id, created_at, horizon_days, predicted_for,"
        " data, confidence, server_version, local_state, sync_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QJsonObject data{{QStringLiteral("values"), mapObject(p.values)},
                           {QStringLiteral("lower"), mapObject(p.lower)},
                           {QStringLiteral("upper"), mapObject(p.upper)}};
    s.bind(1, p.id).bind(2, p.twinId).bind(3, p.patientId).bind(4, toMs(p.createdAt)).bind(5, p.horizonDays);
    s.bind(6, toMs(p.predictedFor)).bind(7, compact(data)).bind(8, p.confidence);
    bindStamp(s, 9, m_stamp);
    return s.run();
}

Status Writer::update(const Organization &o)
{
    NM_WRITER_STMT("UPDATE organization SET name = ?2, server_version = ?3, local_state = ?4, sync_epoch = ?5"
                   " WHERE id = ?1");
    s.bind(1, o.id).bind(2, o.name);
    bindStamp(s, 3, m_stamp);
    return s.run();
}

Status Writer::update(const Patient &p)
{
    NM_WRITER_STMT("UPDATE patient SET mrn = ?2, organization_id = ?3, given_name = ?4, family_name = ?5,"
                   " birth_date = ?6, sex = ?7, gender = ?8, phone = ?9, email = ?10, address = ?11, family_key = ?12,"
                   " given_key = ?13, mrn_key = ?14, server_version = ?15, local_state = ?16, sync_epoch = ?17"
                   " WHERE id = ?1");
    return bindPatient(s, p, m_stamp).run();
}

Status Writer::refreshSummaries()
{
    for (const QString &patientId : m_touched) {
        NM_WRITER_STMT("UPDATE patient SET"
                       " latest_state_ts = (SELECT max(ts) FROM twin_state WHERE patient_id = ?1),"
                       " latest_risk_level = COALESCE((SELECT risk_level FROM twin_state WHERE patient_id = ?1"
                       "   ORDER BY ts DESC LIMIT 1), ''),"
                       " last_assessment_at = (SELECT max(completed_at) FROM assessment WHERE patient_id = ?1"
                       "   AND status = 'completed'),"
                       " latest_phq9_at = (SELECT max(completed_at) FROM assessment WHERE patient_id = ?1"
                       "   AND instrument = 'phq9' AND status = 'completed'),"
                       " latest_phq9_suicide = COALESCE((SELECT instr(flags, '\"suicide_risk\"') > 0 FROM assessment"
                       "   WHERE patient_id = ?1 AND instrument = 'phq9' AND status = 'completed'"
                       "   ORDER BY completed_at DESC LIMIT 1), 0)"
                       " WHERE id = ?1");
        s.bind(1, patientId);
        NM_TRY(s.run());
    }
    m_touched.clear();
    return {};
}

#undef NM_WRITER_STMT

} // namespace novamind::RecordMapping
