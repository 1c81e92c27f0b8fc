#include "storage/ReplicaStatus.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace novamind {

Result<ReplicaSyncStatus> ReplicaStatus::read(Database &db)
{
    ReplicaSyncStatus status;

    auto last = db.prepare("SELECT value FROM sync_state WHERE key = ?");
    if (!last.ok())
        return last.error();
    last->bind(1, QString::fromLatin1(kLastSyncKey));
    auto hasLast = last->step();
    if (!hasLast.ok())
        return hasLast.error();
    if (hasLast.value()) {
        const QDateTime when = QDateTime::fromString(last->columnText(0), Qt::ISODateWithMs);
        if (when.isValid())
            status.lastSync = when;
    }

    // SQLCipher 3.4 is SQLite 3.15: no FILTER clause on aggregates.
    auto outbox = db.prepare("SELECT coalesce(sum(state = 'pending'), 0), coalesce(sum(state = 'quarantined'), 0) "
                             "FROM outbox");
    if (!outbox.ok())
        return outbox.error();
    auto row = outbox->step();
    if (!row.ok())
        return row.error();
    status.pendingOutbox = static_cast<int>(outbox->columnInt64(0));
    status.quarantinedOutbox = static_cast<int>(outbox->columnInt64(1));

    // One row per record whose server version differs from ours (migration 0005): only records clinicians edit can
    // conflict, since signed assessments are immutable and twin data is append-only, written by the server alone.
    auto conflicts = db.queryInt("SELECT count(*) FROM sync_conflict");
    if (!conflicts.ok())
        return conflicts.error();
    status.conflicts = static_cast<int>(conflicts.value());
    return status;
}

} // namespace novamind
