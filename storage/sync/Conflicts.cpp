#include "storage/sync/Conflicts.h"

#include "models/codecs/JsonCodec.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "storage/sync/EntityTables.h"
#include "storage/sync/SyncState.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace novamind {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject toJson(const EntityTables::Record &record)
{
    return std::visit([](const auto &v) { return codec::toJson(v); }, record);
}

constexpr const char *kColumns = "c.id, c.entity, c.entity_id, c.patient_id, c.local_data, c.local_deleted,"
                                 " c.server_version, c.server_data, c.server_deleted, c.detected_at";

Conflict readConflict(const Statement &s)
{
    Conflict c;
    c.id = s.columnInt64(0);
    c.entity = s.columnText(1);
    c.entityId = s.columnText(2);
    c.patientId = s.columnText(3);
    c.localDeleted = s.columnInt64(5) != 0;
    if (!c.localDeleted)
        c.localData = parseObject(s.columnText(4));
    c.serverVersion = s.columnInt64(6);
    c.serverDeleted = s.columnInt64(8) != 0;
    if (!c.serverDeleted)
        c.serverData = parseObject(s.columnText(7));
    c.detectedAt = s.columnText(9);
    return c;
}

// Conflicts of patients the session may see with clinical content, oldest first.
Result<std::vector<Conflict>> visibleConflicts(const Session &session)
{
    const AccessPolicy policy(session);
    if (!policy.seesClinicalContent())
        return std::vector<Conflict>();
    auto stmt = session.db->prepare(
        QString(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                QStringLiteral(" FROM sync_conflict c JOIN patient p ON p.id = c.patient_id WHERE ") +
                policy.visibleCondition(QStringLiteral("p")) + QStringLiteral(" ORDER BY c.detected_at, c.id"))
            .toStdString());
    if (!stmt.ok())
        return stmt.error();
    policy.bind(stmt.value());
    std::vector<Conflict> out;
    NM_TRY(stmt->forEach([&](const Statement &row) { out.push_back(readConflict(row)); }));
    return out;
}

Error alreadyResolved()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("Conflicts", "That conflict has already been resolved.")};
}

} // namespace

Status Conflicts::record(Database &db, const QString &entity, const QString &entityId, qint64 serverVersion,
                         const std::optional<QJsonObject> &serverData)
{
    auto row = EntityTables::load(db, entity, entityId);
    if (!row.ok())
        return row.error();

    auto entries = db.prepare("SELECT base_version, data FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY seq");
    if (!entries.ok())
        return entries.error();
    entries->bind(1, entity).bind(2, entityId);
    std::optional<qint64> base;
    QString patientId;
    NM_TRY(entries->forEach([&](const Statement &e) {
        if (!base)
            base = e.columnInt64(0);
        patientId = EntityTables::patientIdOf(entity, parseObject(e.columnText(1)));
    }));
    if (row.value())
        patientId = row.value()->patientId;
    if (patientId.isEmpty() && serverData)
        patientId = EntityTables::patientIdOf(entity, *serverData);
    const qint64 baseVersion = base.value_or(row.value() ? row.value()->serverVersion : 0);
    const QString detectedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    // A record already in conflict keeps the local side it recorded; the server's side becomes the newest one.
    auto update = db.prepare("UPDATE sync_conflict SET server_version = ?, server_data = ?, server_deleted = ?,"
                             " detected_at = ? WHERE entity = ? AND entity_id = ?");
    if (!update.ok())
        return update.error();
    update->bind(1, serverVersion)
        .bind(2, serverData ? compact(*serverData) : QStringLiteral("{}"))
        .bind(3, serverData ? 0 : 1)
        .bind(4, detectedAt)
        .bind(5, entity)
        .bind(6, entityId);
    NM_TRY(update->run());
    if (db.changes() == 0) {
        auto insert = db.prepare("INSERT INTO sync_conflict (entity, entity_id, patient_id, local_data, local_deleted,"
                                 " base_version, server_version, server_data, server_deleted, detected_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert.ok())
            return insert.error();
        insert->bind(1, entity)
            .bind(2, entityId)
            .bind(3, patientId)
            .bind(4, row.value() ? compact(row.value()->data) : QStringLiteral("{}"))
            .bind(5, row.value() ? 0 : 1)
            .bind(6, baseVersion)
            .bind(7, serverVersion)
            .bind(8, serverData ? compact(*serverData) : QStringLiteral("{}"))
            .bind(9, serverData ? 0 : 1)
            .bind(10, detectedAt);
        NM_TRY(insert->run());
    }

    auto moved = db.prepare("DELETE FROM outbox WHERE entity = ? AND entity_id = ?");
    if (!moved.ok())
        return moved.error();
    moved->bind(1, entity).bind(2, entityId);
    NM_TRY(moved->run());

    if (row.value()) {
        auto mark = db.prepare(QString(QStringLiteral("UPDATE ") + EntityTables::tableOf(entity) +
                                       QStringLiteral(" SET local_state = 2 WHERE id = ?"))
                                   .toStdString());
        if (!mark.ok())
            return mark.error();
        mark->bind(1, entityId);
        NM_TRY(mark->run());
    }
    return {};
}

Result<std::vector<Conflict>> Conflicts::list(const Session &session)
{
    return UnitOfWork::perform(session, [&](UnitOfWork &uow) -> Result<std::vector<Conflict>> {
        auto conflicts = visibleConflicts(session);
        if (!conflicts.ok())
            return conflicts.error();
        QSet<QString> audited;
        for (const Conflict &c : conflicts.value()) {
            if (audited.contains(c.patientId))
                continue;
            audited.insert(c.patientId);
            auto purpose = uow.policy().purposeFor(uow.db(), c.patientId);
            if (!purpose.ok())
                return purpose.error();
            NM_TRY(uow.audit(QStringLiteral("read"), QStringLiteral("sync_conflict"), c.patientId, purpose.value()));
        }
        return conflicts;
    });
}

Result<int> Conflicts::count(const Session &session)
{
    // Counts only, no record content: not audited, like the status bar's figures.
    auto conflicts = visibleConflicts(session);
    if (!conflicts.ok())
        return conflicts.error();
    return static_cast<int>(conflicts->size());
}

Status Conflicts::resolve(const Session &session, qint64 conflictId, Choice choice,
                          const std::optional<QJsonObject> &merged)
{
    return UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
        Database &db = uow.db();
        auto stmt = db.prepare(std::string("SELECT ") + kColumns + " FROM sync_conflict c WHERE c.id = ?");
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, conflictId);
        auto found = stmt->step();
        if (!found.ok())
            return found.error();
        if (!found.value())
            return alreadyResolved();
        const Conflict c = readConflict(stmt.value());
        // Hidden and absent answer alike, so a conflict id reveals nothing about other clinicians' patients.
        const Status access = uow.policy().requireClinical(db, c.patientId);
        if (!access.ok())
            return alreadyResolved();
        auto purpose = uow.policy().purposeFor(db, c.patientId);
        if (!purpose.ok())
            return purpose.error();
        auto state = SyncState::read(db);
        if (!state.ok())
            return state.error();
        const qint64 epoch = state->epoch;
        EntityTables::Store store(db);

        // Writes `data` (our version) over the server's `c.serverVersion` and queues it.
        const auto pushOurs = [&](const QJsonObject &data) -> Status {
            auto record = EntityTables::decode(c.entity, data);
            if (!record.ok())
                return record.error();
            if (EntityTables::idOf(record.value()) != c.entityId ||
                EntityTables::patientIdOf(c.entity, data) != c.patientId)
                return Error{ErrorCode::Usage, tr("The merged record must keep the record's id and patient.")};
            const QJsonObject normalized = toJson(record.value());
            if (!c.serverDeleted) {
                NM_TRY(store.put(record.value(), {c.serverVersion, 1, epoch}));
                NM_TRY(store.refreshSummaries());
                return uow.enqueue(c.entity, c.entityId, c.serverVersion, QStringLiteral("update"), normalized);
            }
            if (c.entity == QLatin1String("patient"))
                return Error{ErrorCode::Usage, tr("The server no longer holds this patient; patients cannot be "
                                                  "re-created from this device. Take the server's version.")};
            // The server refuses to re-create a deleted id, so our version goes back as a new record (a copy under a
            // fresh id) and the deleted one stays deleted.
            QJsonObject copy = normalized;
            copy.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            auto copied = EntityTables::decode(c.entity, copy);
            if (!copied.ok())
                return copied.error();
            NM_TRY(store.remove(c.entity, c.entityId));
            NM_TRY(store.put(copied.value(), {0, 1, epoch}));
            NM_TRY(store.refreshSummaries());
            return uow.enqueue(c.entity, EntityTables::idOf(copied.value()), 0, QStringLiteral("create"), copy);
        };

        switch (choice) {
        case Choice::TakeServer:
            if (c.serverDeleted) {
                NM_TRY(store.remove(c.entity, c.entityId));
            } else {
                auto record = EntityTables::decode(c.entity, c.serverData);
                if (!record.ok())
                    return record.error();
                NM_TRY(store.put(record.value(), {c.serverVersion, 0, epoch}));
            }
            NM_TRY(store.refreshSummaries());
            break;
        case Choice::KeepMine:
            if (c.localDeleted) {
                // Both sides deleted: nothing left to tell the server.
                if (!c.serverDeleted)
                    NM_TRY(uow.enqueue(c.entity, c.entityId, c.serverVersion, QStringLiteral("delete"), c.serverData));
            } else {
                NM_TRY(pushOurs(c.localData));
            }
            break;
        case Choice::Merged:
            if (!merged)
                return Error{ErrorCode::Usage, tr("Merging needs the merged record.")};
            NM_TRY(pushOurs(*merged));
            break;
        }

        auto done = db.prepare("DELETE FROM sync_conflict WHERE id = ?");
        if (!done.ok())
            return done.error();
        done->bind(1, conflictId);
        NM_TRY(done->run());
        const char *how = choice == Choice::KeepMine     ? "keep_mine"
                          : choice == Choice::TakeServer ? "take_server"
                                                         : "merged";
        return uow.audit(QStringLiteral("resolve_conflict:") + QString::fromLatin1(how), c.entity, c.entityId,
                         purpose.value());
    });
}

} // namespace novamind
