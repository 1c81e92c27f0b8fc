#include "storage/sync/Outbox.h"

#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "storage/sync/Conflicts.h"
#include "storage/sync/EntityTables.h"
#include "storage/sync/SyncState.h"

#include <QJsonDocument>
#include <QUuid>

namespace novamind {

namespace {

constexpr const char *kColumns = "seq, idempotency_key, entity, entity_id, patient_id, base_version, op, data,"
                                 " created_at, state, attempts, last_error";

OutboxEntry readEntry(const Statement &s)
{
    OutboxEntry e;
    e.seq = s.columnInt64(0);
    e.idempotencyKey = s.columnText(1);
    e.entity = s.columnText(2);
    e.entityId = s.columnText(3);
    e.patientId = s.columnText(4);
    e.baseVersion = s.columnInt64(5);
    e.op = s.columnText(6);
    e.data = QJsonDocument::fromJson(s.columnText(7).toUtf8()).object();
    e.createdAt = s.columnText(8);
    e.state = s.columnText(9);
    e.attempts = static_cast<int>(s.columnInt64(10));
    e.lastError = s.columnText(11);
    if (e.patientId.isEmpty()) // written before migration 0005
        e.patientId = EntityTables::patientIdOf(e.entity, e.data);
    return e;
}

// `condition` may use one parameter, :limit or :seq, bound to `value`.
Result<std::vector<OutboxEntry>> select(Database &db, const std::string &condition, qint64 value)
{
    auto stmt = db.prepare(std::string("SELECT ") + kColumns + " FROM outbox " + condition);
    if (!stmt.ok())
        return stmt.error();
    if (const int i = stmt->parameterIndex(":limit"))
        stmt->bind(i, value);
    if (const int i = stmt->parameterIndex(":seq"))
        stmt->bind(i, value);
    std::vector<OutboxEntry> out;
    NM_TRY(stmt->forEach([&](const Statement &row) { out.push_back(readEntry(row)); }));
    return out;
}

Status runSql(Database &db, const char *sql, const std::function<void(Statement &)> &bind)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    bind(stmt.value());
    return stmt->run();
}

// The server accepted `e` as `version`: the row takes that version, and is clean unless more edits wait for it.
Status acknowledge(Database &db, const OutboxEntry &e, qint64 version, qint64 epoch)
{
    NM_TRY(runSql(db, "DELETE FROM outbox WHERE seq = ?", [&](Statement &s) { s.bind(1, e.seq); }));
    if (e.op == QLatin1String("delete"))
        return {};
    const QString table = EntityTables::tableOf(e.entity);
    if (table.isEmpty())
        return {};
    auto stmt = db.prepare(
        QString(QStringLiteral("UPDATE ") + table +
                QStringLiteral(" SET server_version = max(server_version, ?1), sync_epoch = ?2, local_state = CASE"
                               " WHEN local_state = 2 THEN 2"
                               " WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.entity = ?3 AND o.entity_id = ?4) THEN 1"
                               " ELSE 0 END WHERE id = ?4"))
            .toStdString());
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, version).bind(2, epoch).bind(3, e.entity).bind(4, e.entityId);
    return stmt->run();
}

} // namespace

Result<std::vector<OutboxEntry>> Outbox::pending(Database &db, int limit)
{
    return select(db, "WHERE state = 'pending' ORDER BY seq LIMIT :limit", limit);
}

Result<int> Outbox::pendingCount(Database &db)
{
    auto n = db.queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'");
    if (!n.ok())
        return n.error();
    return static_cast<int>(n.value());
}

Result<std::vector<OutboxEntry>> Outbox::quarantined(Database &db)
{
    return select(db, "WHERE state = 'quarantined' ORDER BY seq", 0);
}

Result<PushTally> Outbox::recordResults(Database &db, const std::vector<OutboxEntry> &sent,
                                        const std::vector<sync::PushResult> &results)
{
    if (sent.size() != results.size())
        return Error{ErrorCode::Internal, tr("The server's answer did not match what was sent; nothing was recorded."),
                     QStringLiteral("%1 results for %2 mutations").arg(results.size()).arg(sent.size())};
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    auto state = SyncState::read(db);
    if (!state.ok())
        return state.error();
    PushTally tally;
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const OutboxEntry &e = sent[i];
        const sync::PushResult &r = results[i];
        if (r.idempotencyKey != e.idempotencyKey)
            return Error{ErrorCode::Internal,
                         tr("The server's answer did not match what was sent; nothing was recorded."),
                         QStringLiteral("result %1 answers another mutation").arg(i)};
        // Each answer counts once: a duplicate (the answer to a retried batch) under duplicates, whatever it was.
        if (r.duplicate)
            ++tally.duplicates;
        switch (r.status) {
        case sync::PushStatus::Applied:
            if (!r.duplicate)
                ++tally.applied;
            NM_TRY(acknowledge(db, e, r.version, state->epoch));
            break;
        case sync::PushStatus::Conflict: {
            if (!r.duplicate)
                ++tally.conflicts;
            std::optional<QJsonObject> serverData;
            if (!r.serverDeleted)
                serverData = r.serverData.value_or(QJsonObject());
            NM_TRY(Conflicts::record(db, e.entity, e.entityId, r.serverVersion, serverData));
            break;
        }
        case sync::PushStatus::Rejected:
            if (!r.duplicate)
                ++tally.rejected;
            // Quarantined, not dropped: the user sees the server's sentence and may retry; later entries still go.
            NM_TRY(runSql(db,
                          "UPDATE outbox SET state = 'quarantined', attempts = attempts + 1, last_error = ?"
                          " WHERE seq = ?",
                          [&](Statement &s) { s.bind(1, r.message.left(500)).bind(2, e.seq); }));
            break;
        }
    }
    NM_TRY(tx->commit());
    return tally;
}

Status Outbox::retry(const Session &session, qint64 seq)
{
    return UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
        auto found = select(uow.db(), "WHERE seq = :seq AND state = 'quarantined'", seq);
        if (!found.ok())
            return found.error();
        if (found->empty())
            return Error{ErrorCode::NotFound, tr("That change is no longer waiting to be retried.")};
        const OutboxEntry &e = found->front();
        QString purpose = QStringLiteral("sync");
        if (!e.patientId.isEmpty()) {
            NM_TRY(uow.policy().requireClinical(uow.db(), e.patientId));
            auto p = uow.policy().purposeFor(uow.db(), e.patientId);
            if (!p.ok())
                return p.error();
            purpose = p.value();
        }
        // The server keeps the refused key's answer forever: the same key would only be refused again.
        NM_TRY(
            runSql(uow.db(), "UPDATE outbox SET state = 'pending', idempotency_key = ?, last_error = '' WHERE seq = ?",
                   [&](Statement &s) { s.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, seq); }));
        return uow.audit(QStringLiteral("retry_sync"), e.entity, e.entityId, purpose);
    });
}

} // namespace novamind
