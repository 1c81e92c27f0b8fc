#pragma once
// ReplicaStatus: what the status bar shows about the replica's sync state (no PHI, so not audited).

#include "models/Result.h"

#include <QDateTime>
#include <optional>

namespace novamind {

class Database;

struct ReplicaSyncStatus
{
    std::optional<QDateTime> lastSync; // the last completed sync; none before the first
    int pendingOutbox = 0;             // mutations waiting for the server
    int quarantinedOutbox = 0;         // mutations the server refused; they wait for the user
    int conflicts = 0;                 // records whose server version differs from ours
};

class ReplicaStatus
{
public:
    // sync_state key the sync engine writes (ISO 8601 UTC) when a sync completes.
    static constexpr const char *kLastSyncKey = "last_sync_at";

    static Result<ReplicaSyncStatus> read(Database &db);
};

} // namespace novamind
