#include "storage/lifecycle/CacheEviction.h"

#include "storage/Database.h"
#include "storage/Session.h"
#include "storage/Transaction.h"
#include "storage/lifecycle/ReplicaScrub.h"
#include "storage/sync/SyncState.h"

#include <algorithm>

namespace novamind {

namespace {

Status stampFirstSeen(Database &db, qint64 nowMs)
{
    auto stmt = db.prepare("INSERT INTO patient_cache_seen (patient_id, first_seen_at)"
                           " SELECT id, ?1 FROM patient WHERE id NOT IN (SELECT patient_id FROM patient_cache_seen)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, nowMs);
    return stmt->run();
}

// Tombstones of patients a sync has brought back.
Status forgetReturned(Database &db)
{
    return db.exec("DELETE FROM evicted_patient WHERE patient_id IN (SELECT id FROM patient)");
}

} // namespace

Result<QStringList> CacheEviction::candidates(Database &db, int days, const QDateTime &now)
{
    if (days <= 0)
        return QStringList();
    auto stmt = db.prepare("SELECT p.id FROM patient p LEFT JOIN patient_cache_seen s ON s.patient_id = p.id"
                           " WHERE coalesce(p.last_opened_at, s.first_seen_at) < ?1"
                           " AND NOT EXISTS (SELECT 1 FROM sync_conflict c WHERE c.patient_id = p.id)"
                           " ORDER BY p.id");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, toMs(now.addDays(-days)));
    QStringList old;
    NM_TRY(stmt->forEach([&](const Statement &row) { old << row.columnText(0); }));
    return PatientRemoval::withoutUnsentChanges(db, old);
}

Result<EvictionOutcome> CacheEviction::run(Database &db, const QString &userId, int days, const QDateTime &now)
{
    EvictionOutcome outcome;
    if (days <= 0)
        return outcome;
    {
        auto tx = db.begin();
        if (!tx.ok())
            return tx.error();
        NM_TRY(forgetReturned(db));
        NM_TRY(stampFirstSeen(db, toMs(now)));
        auto ids = candidates(db, days, now);
        if (!ids.ok())
            return ids.error();
        if (ids->isEmpty()) {
            NM_TRY(tx->commit());
            return outcome;
        }
        auto purged = PatientRemoval::purgeEach(db, userId, ids.value(), QStringLiteral("eviction"));
        if (!purged.ok())
            return purged.error();
        outcome = purged.value();
        auto tombstone = db.prepare("INSERT OR REPLACE INTO evicted_patient (patient_id, evicted_at) VALUES (?, ?)");
        if (!tombstone.ok())
            return tombstone.error();
        for (const QString &id : ids.value()) {
            tombstone->reset();
            tombstone->bind(1, id).bind(2, toMs(now));
            NM_TRY(tombstone->run());
        }
        NM_TRY(ReplicaScrub::compactSearchIndex(db));
        NM_TRY(tx->commit());
    }
    NM_TRY(ReplicaScrub::flush(db));
    return outcome;
}

Result<QStringList> CacheEviction::evicted(Database &db)
{
    QStringList out;
    auto stmt = db.prepare("SELECT patient_id FROM evicted_patient WHERE patient_id NOT IN (SELECT id FROM patient)"
                           " ORDER BY patient_id");
    if (!stmt.ok())
        return stmt.error();
    NM_TRY(stmt->forEach([&](const Statement &row) { out << row.columnText(0); }));
    return out;
}

Result<qsizetype> CacheEviction::requestReturn(Database &db)
{
    auto away = evicted(db);
    if (!away.ok())
        return away.error();
    if (away->isEmpty())
        return qsizetype(0);
    auto state = SyncState::read(db);
    if (!state.ok())
        return state.error();
    if (!state->resyncing)
        NM_TRY(SyncState::beginResync(db, state->serverId));
    return away->size();
}

Result<qsizetype> CacheEviction::returnedSince(Database &db, qsizetype awayBefore)
{
    auto away = evicted(db);
    if (!away.ok())
        return away.error();
    return std::max(qsizetype(0), awayBefore - away->size());
}

} // namespace novamind
