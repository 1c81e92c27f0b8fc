#pragma once
// Outbox: the edits waiting for the server, and what the server answered to each (applied, conflict, refused).

#include "models/Result.h"
#include "models/sync/SyncMessages.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace novamind {

class Database;
struct Session;

struct OutboxEntry
{
    qint64 seq = 0;
    QString idempotencyKey;
    QString entity;
    QString entityId;
    QString patientId; // from the data; empty when it has none
    qint64 baseVersion = 0;
    QString op; // create | update | delete
    QJsonObject data;
    QString createdAt;
    QString state; // pending | quarantined
    int attempts = 0;
    QString lastError; // the server's sentence for a quarantined entry; never PHI
};

struct PushTally
{
    int applied = 0;
    int duplicates = 0; // answered from the server's idempotency store (a retried batch)
    int conflicts = 0;
    int rejected = 0;
};

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    // The oldest pending entries, at most `limit`, in the order they were made.
    static Result<std::vector<OutboxEntry>> pending(Database &db, int limit);
    static Result<int> pendingCount(Database &db);
    // Quarantined entries for the user to see and retry (PHI: data holds the record; callers check access).
    static Result<std::vector<OutboxEntry>> quarantined(Database &db);

    // Records the server's answers to one pushed batch in one transaction:
    //  - applied (or a duplicate of applied): the entry leaves the outbox; the row takes the new server version and
    //    becomes clean when no other entry for it is waiting;
    //  - conflict: the entry leaves the outbox into sync_conflict (local and server versions kept, row marked);
    //  - rejected: the entry is quarantined with the server's sentence; later entries still go.
    static Result<PushTally> recordResults(Database &db, const std::vector<OutboxEntry> &sent,
                                           const std::vector<sync::PushResult> &results);
    // A quarantined entry goes back to pending under a fresh idempotency key (the server keeps the refused key's
    // answer forever). Audited as the signed-in user.
    static Status retry(const Session &session, qint64 seq);
};

} // namespace novamind
