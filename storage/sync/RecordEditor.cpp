#include "storage/sync/RecordEditor.h"

#include "models/codecs/JsonCodec.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "storage/sync/EntityTables.h"
#include "storage/sync/SyncState.h"

namespace novamind {

namespace {

enum class Op
{
    Create,
    Update,
    Remove
};

QJsonObject toJson(const EntityTables::Record &record)
{
    return std::visit([](const auto &v) { return codec::toJson(v); }, record);
}

// Absent and hidden records answer alike, so an id reveals nothing about other clinicians' patients.
Error notAvailable()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("RecordEditor", "That record is not available to you.")};
}

Status checkEditable(const QString &entity, Op op)
{
    if (entity == QLatin1String("assessment"))
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("RecordEditor", "Assessments are entered and signed in the assessment "
                                                                 "form; a signed one is corrected by amending it.")};
    if (!EntityTables::isEditable(entity) || (entity == QLatin1String("patient") && op != Op::Update))
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("RecordEditor", "This kind of record cannot be changed here."),
                     QStringLiteral("entity ") + entity.left(40)};
    return {};
}

Status checkRole(const UnitOfWork &uow)
{
    if (!uow.policy().seesClinicalContent())
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("RecordEditor", "Your role cannot change clinical records.")};
    return {};
}

// The version the server will hold when this edit arrives: the row's, plus one per create or update still waiting
// before it (each is applied in order and adds one), so a chain of edits made offline pushes without conflicts.
Result<qint64> expectedBase(Database &db, const QString &entity, const QString &id, qint64 serverVersion)
{
    auto stmt = db.prepare("SELECT count(*) FROM outbox WHERE entity = ? AND entity_id = ? AND op <> 'delete'");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, entity).bind(2, id);
    NM_TRY(stmt->step());
    return serverVersion + stmt->columnInt64(0);
}

Result<qint64> currentEpoch(Database &db)
{
    auto state = SyncState::read(db);
    if (!state.ok())
        return state.error();
    return state->epoch;
}

// The existing row of (entity, id), visible to the user with clinical content and not in conflict.
Result<EntityTables::Row> editableRow(UnitOfWork &uow, const QString &entity, const QString &id)
{
    auto row = EntityTables::load(uow.db(), entity, id);
    if (!row.ok())
        return row.error();
    if (!row.value())
        return notAvailable();
    if (!uow.policy().requireClinical(uow.db(), row.value()->patientId).ok())
        return notAvailable();
    if (row.value()->localState == 2)
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("RecordEditor", "This record differs from the server's version; "
                                                                 "resolve that conflict before changing it.")};
    return std::move(*row.value());
}

} // namespace

Status RecordEditor::create(const Session &session, const QString &entity, const QJsonObject &data)
{
    NM_TRY(checkEditable(entity, Op::Create));
    return UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
        NM_TRY(checkRole(uow));
        auto record = EntityTables::decode(entity, data);
        if (!record.ok())
            return record.error();
        const QString id = EntityTables::idOf(record.value());
        const QString patientId = EntityTables::patientIdOf(entity, data);
        if (!uow.policy().requireClinical(uow.db(), patientId).ok())
            return notAvailable();
        auto epoch = currentEpoch(uow.db());
        if (!epoch.ok())
            return epoch.error();
        EntityTables::Store store(uow.db());
        auto inserted = store.insert(record.value(), {0, 1, epoch.value()});
        if (!inserted.ok())
            return inserted.error();
        if (!inserted.value())
            return Error{ErrorCode::AlreadyExists, tr("A record with this id already exists.")};
        NM_TRY(store.refreshSummaries());
        NM_TRY(uow.enqueue(entity, id, 0, QStringLiteral("create"), toJson(record.value())));
        return uow.auditFor(patientId, QStringLiteral("create"), entity, id);
    });
}

Status RecordEditor::update(const Session &session, const QString &entity, const QJsonObject &data)
{
    NM_TRY(checkEditable(entity, Op::Update));
    return UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
        NM_TRY(checkRole(uow));
        auto record = EntityTables::decode(entity, data);
        if (!record.ok())
            return record.error();
        const QString id = EntityTables::idOf(record.value());
        auto row = editableRow(uow, entity, id);
        if (!row.ok())
            return row.error();
        if (EntityTables::patientIdOf(entity, data) != row->patientId)
            return Error{ErrorCode::Usage, tr("A record cannot move to another patient.")};
        auto base = expectedBase(uow.db(), entity, id, row->serverVersion);
        if (!base.ok())
            return base.error();
        auto epoch = currentEpoch(uow.db());
        if (!epoch.ok())
            return epoch.error();
        EntityTables::Store store(uow.db());
        NM_TRY(store.put(record.value(), {row->serverVersion, 1, epoch.value()}));
        NM_TRY(store.refreshSummaries());
        NM_TRY(uow.enqueue(entity, id, base.value(), QStringLiteral("update"), toJson(record.value())));
        return uow.auditFor(row->patientId, QStringLiteral("update"), entity, id);
    });
}

Status RecordEditor::remove(const Session &session, const QString &entity, const QString &id)
{
    NM_TRY(checkEditable(entity, Op::Remove));
    return UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
        NM_TRY(checkRole(uow));
        auto row = editableRow(uow, entity, id);
        if (!row.ok())
            return row.error();
        auto base = expectedBase(uow.db(), entity, id, row->serverVersion);
        if (!base.ok())
            return base.error();
        auto purpose = uow.policy().purposeFor(uow.db(), row->patientId);
        if (!purpose.ok())
            return purpose.error();
        EntityTables::Store store(uow.db());
        NM_TRY(store.remove(entity, id));
        NM_TRY(store.refreshSummaries());
        // The last version travels with the delete so the patient of the entry stays known (purges, the UI).
        NM_TRY(uow.enqueue(entity, id, base.value(), QStringLiteral("delete"), row->data));
        return uow.audit(QStringLiteral("delete"), entity, id, purpose.value());
    });
}

} // namespace novamind
