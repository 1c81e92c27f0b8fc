#pragma once
// SyncState: the single values sync keeps in the replica's sync_state table (cursor, server id, resync epoch).

#include "models/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace novamind {

class Database;

struct SyncStateValues
{
    qint64 cursor = 0;      // the last applied page's cursor; 0 before the first sync
    QString serverId;       // the server the cursor belongs to; empty before the first sync
    qint64 epoch = 0;       // bumped by a full resync; every row a page writes carries the epoch it was written in
    bool resyncing = false; // a full resync started and has not reached the end of the feed yet
    std::optional<QDateTime> lastSync;
};

class SyncState
{
public:
    static Result<SyncStateValues> read(Database &db);
    // Records a completed sync (ReplicaStatus::kLastSyncKey), in its own transaction.
    static Status setLastSync(Database &db, const QDateTime &when);
    // Starts a safe full resync in one transaction: cursor 0, the new server id, epoch + 1, resyncing. Nothing else
    // changes: the outbox, conflicts and local edits stay, and the rows already present stay readable until
    // ChangeApplier::finishResync() sweeps the ones the new feed did not deliver.
    static Status beginResync(Database &db, const QString &serverId);

    // Inside the caller's transaction (ChangeApplier): the page's cursor and server id; the end of a resync.
    static Status storeCursor(Database &db, qint64 cursor, const QString &serverId);
    static Status endResync(Database &db);
};

} // namespace novamind
