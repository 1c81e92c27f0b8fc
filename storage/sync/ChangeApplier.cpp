#include "storage/sync/ChangeApplier.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/lifecycle/ReplicaScrub.h"
#include "storage/sync/Conflicts.h"
#include "storage/sync/EntityTables.h"
#include "storage/sync/PatientPurge.h"
#include "storage/sync/SyncState.h"

#include <QSet>
#include <optional>
#include <string>

namespace novamind {

namespace {

// Records the server always decides: twin states are append-only and derived by the server, and a signed
// assessment is immutable, so there is no local version to keep.
bool serverAlwaysWins(const QString &entity)
{
    return entity == QLatin1String("twin_state") || entity == QLatin1String("assessment");
}

QString keyOf(const QString &entity, const QString &id)
{
    return entity + QChar(0x1f) + id;
}

// Tables whose rows reference a patient, swept before the patients themselves.
constexpr const char *kChildEntities[] = {
    "clinical_relationship", "diagnosis",  "medication",      "treatment",  "clinical_observation",
    "clinical_note",         "assessment", "twin_prediction", "twin_state", "digital_twin"};

} // namespace

struct ChangeApplier::Impl
{
    Impl(Database &database, const QString &user)
        : db(database)
        , userId(user)
        , store(database)
    {
        // A larger page cache while pages arrive, as CohortImporter does for bulk loads: the initial download writes
        // hundreds of MB and a 16 MiB cache would spill (and re-encrypt) pages mid-transaction. Restored afterwards.
        auto size = db.queryInt("PRAGMA cache_size");
        if (size.ok() && db.exec("PRAGMA cache_size = -65536").ok())
            savedCacheSize = size.value();
    }
    ~Impl()
    {
        if (savedCacheSize)
            (void)db.exec("PRAGMA cache_size = " + std::to_string(*savedCacheSize));
    }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    std::optional<qint64> savedCacheSize;

    Database &db;
    QString userId;
    EntityTables::Store store;
    QSet<QString> localWork; // (entity, id) with outbox entries or a conflict, for the page being applied
    qint64 epoch = 0;
    bool resyncing = false;
    ApplyStats stats;

    Error pageError(const sync::Change &change, const Error &cause) const
    {
        // The detail names the change by its position and type only: ids and field values may identify a patient.
        return Error{ErrorCode::Server,
                     tr("The server sent changes this device could not apply; nothing of them was kept. Try "
                        "syncing again, and tell your administrator if this repeats."),
                     QStringLiteral("change seq %1 (%2): %3")
                         .arg(change.seq)
                         .arg(change.entity.left(40), cause.message + QStringLiteral(" ") + cause.detail)};
    }

    Status loadLocalWork()
    {
        localWork.clear();
        auto stmt =
            db.prepare("SELECT entity, entity_id FROM outbox UNION SELECT entity, entity_id FROM sync_conflict");
        if (!stmt.ok())
            return stmt.error();
        return stmt->forEach(
            [&](const Statement &row) { localWork.insert(keyOf(row.columnText(0), row.columnText(1))); });
    }

    bool hasLocalWork(const QString &entity, const QString &id) const
    {
        return !localWork.isEmpty() && localWork.contains(keyOf(entity, id));
    }

    Status conflict(const sync::Change &change)
    {
        NM_TRY(Conflicts::record(db, change.entity, change.id, change.version,
                                 change.deleted ? std::nullopt : std::optional<QJsonObject>(change.data)));
        localWork.insert(keyOf(change.entity, change.id));
        ++stats.conflicts;
        return {};
    }

    Status upsert(const sync::Change &change)
    {
        auto record = EntityTables::decode(change.entity, change.data);
        if (!record.ok())
            return pageError(change, record.error());
        if (EntityTables::idOf(record.value()) != change.id)
            return pageError(change, Error{ErrorCode::Usage, QStringLiteral("data.id differs from the change's id")});
        const bool serverWins = serverAlwaysWins(change.entity);
        const RecordMapping::SyncStamp stamp{change.version, 0, epoch};

        if (!serverWins && hasLocalWork(change.entity, change.id)) {
            auto current = store.state(record.value());
            if (!current.ok())
                return current.error();
            if (current.value() && change.version <= current.value()->serverVersion) {
                if (resyncing)
                    NM_TRY(store.setEpoch(record.value(), epoch));
                ++stats.skipped;
                return {};
            }
            return conflict(change);
        }

        auto inserted = store.insert(record.value(), stamp);
        if (!inserted.ok())
            return pageError(change, inserted.error());
        if (inserted.value()) {
            ++stats.applied;
            return {};
        }
        auto current = store.state(record.value());
        if (!current.ok())
            return current.error();
        const auto &row = *current.value();
        if (resyncing && row.localState == 0 && change.version != row.serverVersion) {
            // Versions of another server (or of this one before a restore) are not comparable with ours: during a
            // full resync the new server's copy replaces a clean row whatever its version.
        } else if (change.version <= row.serverVersion) {
            // Read-your-writes: the echo of our acknowledged write, or an older copy. A full resync must still mark
            // the row as delivered, or finishResync() would sweep it away.
            if (resyncing)
                NM_TRY(store.setEpoch(record.value(), epoch));
            ++stats.skipped;
            return {};
        }
        if (!serverWins && row.localState != 0)
            return conflict(change);
        const Status put = store.put(record.value(), stamp);
        if (!put.ok())
            return pageError(change, put.error());
        ++stats.applied;
        return {};
    }

    Status remove(const sync::Change &change)
    {
        const bool serverWins = serverAlwaysWins(change.entity);
        auto current = store.state(change.entity, change.id);
        if (!current.ok())
            return pageError(change, current.error());
        if (!current.value()) {
            if (!serverWins && hasLocalWork(change.entity, change.id))
                return conflict(change);
            ++stats.skipped; // nothing here to delete
            return {};
        }
        if (change.version <= current.value()->serverVersion) {
            ++stats.skipped;
            return {};
        }
        if (!serverWins && (current.value()->localState != 0 || hasLocalWork(change.entity, change.id)))
            return conflict(change);
        auto removed = store.remove(change.entity, change.id);
        if (!removed.ok())
            return pageError(change, removed.error());
        ++stats.applied;
        return {};
    }

    Result<bool> patientPresent(const QString &patientId)
    {
        auto stmt = db.prepare("SELECT count(*) FROM patient WHERE id = ?");
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, patientId);
        NM_TRY(stmt->step());
        return stmt->columnInt64(0) > 0;
    }

    Result<int> countFor(const char *sql, const QString &patientId)
    {
        auto stmt = db.prepare(sql);
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, patientId);
        NM_TRY(stmt->step());
        return static_cast<int>(stmt->columnInt64(0));
    }
};

ChangeApplier::ChangeApplier(Database &db, const QString &userId)
    : d(std::make_unique<Impl>(db, userId))
{}

ChangeApplier::~ChangeApplier() = default;

Result<PurgePlan> ChangeApplier::planPurge(const QStringList &revokedPatientIds)
{
    PurgePlan plan;
    auto total = d->db.queryInt("SELECT count(*) FROM patient");
    if (!total.ok())
        return total.error();
    plan.patientsInReplica = static_cast<int>(total.value());
    for (const QString &id : revokedPatientIds) {
        auto present = d->patientPresent(id);
        if (!present.ok())
            return present.error();
        if (!present.value() || plan.patientIds.contains(id))
            continue;
        plan.patientIds << id;
        auto outbox = PatientPurge::outboxEntries(d->db, id);
        if (!outbox.ok())
            return outbox.error();
        auto conflicts = d->countFor("SELECT count(*) FROM sync_conflict WHERE patient_id = ?", id);
        if (!conflicts.ok())
            return conflicts.error();
        auto drafts = d->countFor("SELECT count(*) FROM assessment WHERE patient_id = ? AND status = 'draft'", id);
        if (!drafts.ok())
            return drafts.error();
        plan.unsentChanges += static_cast<int>(outbox->size()) + conflicts.value();
        plan.drafts += drafts.value();
    }
    return plan;
}

Result<ApplyStats> ChangeApplier::apply(const sync::ChangePage &page)
{
    auto tx = d->db.begin();
    if (!tx.ok())
        return tx.error();
    auto state = SyncState::read(d->db);
    if (!state.ok())
        return state.error();
    d->epoch = state->epoch;
    d->resyncing = state->resyncing;
    d->stats = ApplyStats{};
    NM_TRY(d->loadLocalWork());

    for (const sync::Change &change : page.changes) {
        if (EntityTables::tableOf(change.entity).isEmpty()) {
            // A newer server's entity: nothing here could show it; skipping keeps older clients syncing.
            ++d->stats.skipped;
            continue;
        }
        NM_TRY(change.deleted ? d->remove(change) : d->upsert(change));
    }
    NM_TRY(d->store.refreshSummaries());

    for (const QString &patientId : page.revocations) {
        auto purged = PatientPurge::purge(d->db, d->userId, patientId, QStringLiteral("revocation"));
        if (!purged.ok())
            return purged.error();
        if (purged.value())
            ++d->stats.purgedPatients;
    }
    // A deleted note's words stay in older FTS4 segments until they merge: merged here, in the same transaction, so
    // a revoked patient's text leaves the index with the rows (SyncEngine then empties the WAL).
    if (d->stats.purgedPatients > 0)
        NM_TRY(ReplicaScrub::compactSearchIndex(d->db));

    NM_TRY(SyncState::storeCursor(d->db, page.cursor, page.serverId));
    NM_TRY(tx->commit());
    return d->stats;
}

Result<qint64> ChangeApplier::finishResync()
{
    Database &db = d->db;
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    auto state = SyncState::read(db);
    if (!state.ok())
        return state.error();
    qint64 removed = 0;
    // Only rows that came from a server (server_version > 0) and hold no local work: never-synced rows (drafts, the
    // signed-in user's own clinician record) were not the old server's to take back.
    const QString stale = QStringLiteral(" WHERE sync_epoch < ?1 AND server_version > 0 AND local_state = 0");
    const auto sweep = [&](const QString &entity, const QString &extra) -> Status {
        const QString table = EntityTables::tableOf(entity);
        QString sql = QStringLiteral("DELETE FROM ") + table + stale + extra;
        if (entity != QLatin1String("twin_state")) // never in the outbox; a lookup per state would cost a lot
            sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = '%1' AND o.entity_id = "
                                  "%2.id) AND NOT EXISTS (SELECT 1 FROM sync_conflict c WHERE c.entity = '%1' AND "
                                  "c.entity_id = %2.id)")
                       .arg(entity, table);
        auto stmt = db.prepare(sql.toStdString());
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, state->epoch);
        NM_TRY(stmt->run());
        removed += db.changes();
        return {};
    };
    for (const char *child : kChildEntities)
        NM_TRY(sweep(QString::fromLatin1(child), QString()));
    QString patientGuard = QStringLiteral(" AND id NOT IN (SELECT patient_id FROM outbox)"
                                          " AND id NOT IN (SELECT patient_id FROM sync_conflict)");
    for (const char *child : kChildEntities)
        patientGuard += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 x WHERE x.patient_id = patient.id)")
                            .arg(QString::fromLatin1(child));
    NM_TRY(sweep(QStringLiteral("patient"), patientGuard));
    NM_TRY(sweep(QStringLiteral("clinician"), QString()));
    NM_TRY(sweep(QStringLiteral("organization"),
                 QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM patient p WHERE p.organization_id = organization.id)"
                                " AND NOT EXISTS (SELECT 1 FROM clinician c WHERE c.organization_id = "
                                "organization.id)")));

    // Swept states and assessments change the patient list's summaries.
    if (removed > 0) {
        auto ids = db.prepare("SELECT id FROM patient");
        if (!ids.ok())
            return ids.error();
        RecordMapping::Writer writer(db);
        NM_TRY(ids->forEach([&](const Statement &row) { writer.touch(row.columnText(0)); }));
        NM_TRY(writer.refreshSummaries());
    }
    NM_TRY(SyncState::endResync(db));
    NM_TRY(tx->commit());
    return removed;
}

} // namespace novamind
