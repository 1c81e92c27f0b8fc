#include "storage/sync/EntityTables.h"

#include "models/codecs/JsonCodec.h"
#include "storage/Database.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <array>

namespace novamind::EntityTables {

namespace {

struct Info
{
    QString entity;
    QString table;
    bool patientScoped;
    bool editable;
};

// In the order of the Record variant's alternatives, which is also the feed's parents-before-children order.
const std::vector<Info> &infos()
{
    static const std::vector<Info> list{
        {QStringLiteral("organization"), QStringLiteral("organization"), false, false},
        {QStringLiteral("clinician"), QStringLiteral("clinician"), false, false},
        {QStringLiteral("patient"), QStringLiteral("patient"), true, true},
        {QStringLiteral("clinical_relationship"), QStringLiteral("clinical_relationship"), true, false},
        {QStringLiteral("diagnosis"), QStringLiteral("diagnosis"), true, true},
        {QStringLiteral("medication"), QStringLiteral("medication"), true, true},
        {QStringLiteral("treatment"), QStringLiteral("treatment"), true, true},
        {QStringLiteral("clinical_observation"), QStringLiteral("clinical_observation"), true, true},
        {QStringLiteral("clinical_note"), QStringLiteral("clinical_note"), true, true},
        {QStringLiteral("assessment"), QStringLiteral("assessment"), true, false},
        {QStringLiteral("digital_twin"), QStringLiteral("digital_twin"), true, false},
        {QStringLiteral("twin_state"), QStringLiteral("twin_state"), true, false},
        {QStringLiteral("twin_prediction"), QStringLiteral("twin_prediction"), true, false},
    };
    return list;
}

constexpr int kPatient = 2;
constexpr int kAssessment = 9;
constexpr int kTwinState = 11;
constexpr int kOrganization = 0;
constexpr std::size_t kEntityCount = std::variant_size_v<Record>;

int indexOf(const QString &entity)
{
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> h;
        for (int i = 0; i < static_cast<int>(infos().size()); ++i)
            h.insert(infos()[static_cast<std::size_t>(i)].entity, i);
        return h;
    }();
    return byName.value(entity, -1);
}

Error unknownEntity(const QString &entity)
{
    return Error{ErrorCode::Usage,
                 QCoreApplication::translate("EntityTables", "The record is of a type this version does not know."),
                 QStringLiteral("unknown entity ") + entity.left(40)};
}

template<typename T> Result<Record> decodeAs(const QJsonObject &data)
{
    auto value = codec::fromJson<T>(data);
    if (!value.ok())
        return value.error();
    return Record(std::move(value.value()));
}

// The reduced patient document an admin's feed carries (docs/api/sync.yaml, PatientIdentity).
std::optional<Patient> identityTriple(const QJsonObject &data)
{
    if (data.size() != 3)
        return std::nullopt;
    Patient p;
    p.id = data.value(QLatin1String("id")).toString();
    p.mrn = data.value(QLatin1String("mrn")).toString();
    p.organizationId = data.value(QLatin1String("organization_id")).toString();
    if (p.id.isEmpty() || p.mrn.isEmpty() || p.organizationId.isEmpty())
        return std::nullopt;
    return p;
}

} // namespace

const QStringList &entities()
{
    static const QStringList names = [] {
        QStringList out;
        for (const Info &i : infos())
            out << i.entity;
        return out;
    }();
    return names;
}

bool isEditable(const QString &entity)
{
    const int i = indexOf(entity);
    return i >= 0 && infos()[static_cast<std::size_t>(i)].editable;
}

QString tableOf(const QString &entity)
{
    const int i = indexOf(entity);
    return i >= 0 ? infos()[static_cast<std::size_t>(i)].table : QString();
}

Result<Record> decode(const QString &entity, const QJsonObject &data)
{
    switch (indexOf(entity)) {
    case 0:
        return decodeAs<Organization>(data);
    case 1:
        return decodeAs<Clinician>(data);
    case 2: {
        auto full = decodeAs<Patient>(data);
        if (full.ok())
            return full;
        if (auto triple = identityTriple(data))
            return Record(std::move(*triple));
        return full;
    }
    case 3:
        return decodeAs<ClinicalRelationship>(data);
    case 4:
        return decodeAs<Diagnosis>(data);
    case 5:
        return decodeAs<Medication>(data);
    case 6:
        return decodeAs<Treatment>(data);
    case 7:
        return decodeAs<ClinicalObservation>(data);
    case 8:
        return decodeAs<ClinicalNote>(data);
    case 9:
        return decodeAs<Assessment>(data);
    case 10:
        return decodeAs<DigitalTwin>(data);
    case 11:
        return decodeAs<DigitalTwinState>(data);
    case 12:
        return decodeAs<DigitalTwinPrediction>(data);
    default:
        return unknownEntity(entity);
    }
}

QString idOf(const Record &record)
{
    return std::visit([](const auto &v) { return v.id; }, record);
}

QString patientIdOf(const QString &entity, const QJsonObject &data)
{
    if (entity == QLatin1String("patient"))
        return data.value(QLatin1String("id")).toString();
    return data.value(QLatin1String("patient_id")).toString();
}

Result<std::optional<Row>> load(Database &db, const QString &entity, const QString &id)
{
    const QString table = tableOf(entity);
    if (table.isEmpty())
        return unknownEntity(entity);
    std::optional<Row> row;
    NM_TRY(RecordMapping::forEachSyncedRow(
        db, table, "WHERE id = ?1", [&](Statement &s) { s.bind(1, id); },
        [&](const QJsonObject &data, const RecordMapping::SyncStamp &stamp) {
            row = Row{data, patientIdOf(entity, data), stamp.serverVersion, stamp.localState};
        }));
    return row;
}

Status forEachRow(Database &db,
                  const std::function<void(const QString &entity, const QString &id, const Row &row)> &visit)
{
    QStringList names = entities();
    std::sort(names.begin(), names.end());
    for (const QString &entity : names) {
        NM_TRY(RecordMapping::forEachSyncedRow(
            db, tableOf(entity), "ORDER BY id", {},
            [&](const QJsonObject &data, const RecordMapping::SyncStamp &stamp) {
                const Row row{data, patientIdOf(entity, data), stamp.serverVersion, stamp.localState};
                visit(entity, data.value(QLatin1String("id")).toString(), row);
            }));
    }
    return {};
}

// --- Store ---------------------------------------------------------------------------------------------------------

struct Store::Impl
{
    explicit Impl(Database &database)
        : db(database)
        , writer(database)
    {}

    Database &db;
    RecordMapping::Writer writer;
    // Per entity: the row's sync columns by id, delete by id, stamp by id; twin states also by (patient, ts).
    std::array<std::optional<Statement>, kEntityCount> stateById, deleteById, stampById, epochById;
    std::optional<Statement> stateByKey, deleteByKey, epochByKey;

    Result<Statement *> prepared(std::optional<Statement> &slot, const QString &sql)
    {
        if (!slot) {
            auto stmt = db.prepare(sql.toStdString());
            if (!stmt.ok())
                return stmt.error();
            slot.emplace(std::move(stmt.value()));
        } else {
            slot->reset();
        }
        return &*slot;
    }

    static QString patientColumn(int index)
    {
        if (index == kPatient)
            return QStringLiteral("id");
        return infos()[static_cast<std::size_t>(index)].patientScoped ? QStringLiteral("patient_id")
                                                                      : QStringLiteral("''");
    }

    Result<std::optional<RowState>> readState(Statement &s)
    {
        auto row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return std::optional<RowState>();
        return std::optional<RowState>(RowState{s.columnInt64(0), static_cast<int>(s.columnInt64(1)), s.columnText(2)});
    }
};

Store::Store(Database &db)
    : d(std::make_unique<Impl>(db))
{}

Store::~Store() = default;

Result<std::optional<Store::RowState>> Store::state(const Record &record)
{
    if (record.index() == static_cast<std::size_t>(kTwinState)) {
        const auto &s = std::get<DigitalTwinState>(record);
        auto stmt = d->prepared(d->stateByKey, QStringLiteral("SELECT server_version, local_state, patient_id FROM"
                                                              " twin_state WHERE patient_id = ? AND ts = ?"));
        if (!stmt.ok())
            return stmt.error();
        stmt.value()->bind(1, s.patientId).bind(2, toMs(s.timestamp));
        return d->readState(*stmt.value());
    }
    return state(infos()[record.index()].entity, idOf(record));
}

Result<std::optional<Store::RowState>> Store::state(const QString &entity, const QString &id)
{
    const int i = indexOf(entity);
    if (i < 0)
        return unknownEntity(entity);
    const auto at = static_cast<std::size_t>(i);
    // Twin states by id scan the table: they are keyed by (patient, instant) and only deletes (which the server
    // does not send for append-only states in practice) look them up by id. An index would slow every bulk load.
    auto stmt = d->prepared(d->stateById[at], QStringLiteral("SELECT server_version, local_state, ") +
                                                  Impl::patientColumn(i) + QStringLiteral(" FROM ") +
                                                  infos()[at].table + QStringLiteral(" WHERE id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt.value()->bind(1, id);
    return d->readState(*stmt.value());
}

Result<bool> Store::insert(const Record &record, const RecordMapping::SyncStamp &stamp)
{
    d->writer.setStamp(stamp);
    const Status written = std::visit([&](const auto &v) { return d->writer.insert(v); }, record);
    if (written.ok())
        return true;
    // Inserting first and looking only after a failure keeps the initial download free of per-row lookups.
    auto existing = state(record);
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return false;
    return written.error();
}

Status Store::put(const Record &record, const RecordMapping::SyncStamp &stamp)
{
    d->writer.setStamp(stamp);
    const int i = static_cast<int>(record.index());
    if (i == kPatient || i == kOrganization) {
        // Patients and organisations are referenced (ON DELETE CASCADE would take the whole record with them).
        const Status updated = i == kPatient ? d->writer.update(std::get<Patient>(record))
                                             : d->writer.update(std::get<Organization>(record));
        NM_TRY(updated);
        if (d->db.changes() > 0)
            return {};
    } else if (i == kTwinState) {
        const auto &s = std::get<DigitalTwinState>(record);
        auto del =
            d->prepared(d->deleteByKey, QStringLiteral("DELETE FROM twin_state WHERE patient_id = ? AND ts = ?"));
        if (!del.ok())
            return del.error();
        del.value()->bind(1, s.patientId).bind(2, toMs(s.timestamp));
        NM_TRY(del.value()->run());
    } else {
        NM_TRY(remove(infos()[record.index()].entity, idOf(record)));
    }
    return std::visit([&](const auto &v) { return d->writer.insert(v); }, record);
}

Result<bool> Store::remove(const QString &entity, const QString &id)
{
    const int i = indexOf(entity);
    if (i < 0)
        return unknownEntity(entity);
    const auto at = static_cast<std::size_t>(i);
    if (i == kAssessment || i == kTwinState) {
        auto existing = state(entity, id);
        if (!existing.ok())
            return existing.error();
        if (!existing.value())
            return false;
        d->writer.touch(existing.value()->patientId);
    }
    auto del = d->prepared(d->deleteById[at],
                           QStringLiteral("DELETE FROM ") + infos()[at].table + QStringLiteral(" WHERE id = ?"));
    if (!del.ok())
        return del.error();
    del.value()->bind(1, id);
    NM_TRY(del.value()->run());
    return d->db.changes() > 0;
}

Status Store::setStamp(const QString &entity, const QString &id, const RecordMapping::SyncStamp &stamp)
{
    const int i = indexOf(entity);
    if (i < 0)
        return unknownEntity(entity);
    const auto at = static_cast<std::size_t>(i);
    auto stmt = d->prepared(d->stampById[at], QStringLiteral("UPDATE ") + infos()[at].table +
                                                  QStringLiteral(" SET server_version = ?, local_state = ?,"
                                                                 " sync_epoch = ? WHERE id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt.value()->bind(1, stamp.serverVersion).bind(2, stamp.localState).bind(3, stamp.epoch).bind(4, id);
    return stmt.value()->run();
}

Status Store::setEpoch(const Record &record, qint64 epoch)
{
    if (record.index() == static_cast<std::size_t>(kTwinState)) {
        const auto &s = std::get<DigitalTwinState>(record);
        auto stmt =
            d->prepared(d->epochByKey, QStringLiteral("UPDATE twin_state SET sync_epoch = ? WHERE patient_id = ?"
                                                      " AND ts = ?"));
        if (!stmt.ok())
            return stmt.error();
        stmt.value()->bind(1, epoch).bind(2, s.patientId).bind(3, toMs(s.timestamp));
        return stmt.value()->run();
    }
    const auto at = record.index();
    auto stmt = d->prepared(d->epochById[at], QStringLiteral("UPDATE ") + infos()[at].table +
                                                  QStringLiteral(" SET sync_epoch = ? WHERE id = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt.value()->bind(1, epoch).bind(2, idOf(record));
    return stmt.value()->run();
}

Status Store::refreshSummaries()
{
    return d->writer.refreshSummaries();
}

} // namespace novamind::EntityTables
