#pragma once
// SyncEngine: one complete sync of a replica — sign in, push the outbox, pull and apply the feed, ship the audit
// trail — safe to interrupt at any point (each step commits on its own; the next run continues).

#include "models/Result.h"
#include "storage/sync/ChangeApplier.h"
#include "storage/sync/Outbox.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <functional>

namespace novamind {

class Database;

enum class SyncPhase
{
    SigningIn,
    Pushing,
    Pulling,   // one page requested and applied per step
    Resyncing, // a full resync started (server id changed or cursor unknown)
    ShippingAudit,
    Done
};
// "signing-in", "pushing", "pulling", "resyncing", "audit", "done": the word on novamindctl's progress lines.
QString syncPhaseName(SyncPhase phase);

struct SyncProgress
{
    SyncPhase phase = SyncPhase::SigningIn;
    qint64 records = 0; // mutations pushed so far, or changes applied so far
    qint64 total = -1;  // mutations to push; -1 when unknown (pulling)
    qint64 bytes = 0;   // reply bytes received so far
};

struct SyncSummary
{
    PushTally pushed;
    qint64 pulled = 0; // changes applied
    qint64 skipped = 0;
    qint64 pages = 0;
    qint64 pullConflicts = 0;
    int purgedPatients = 0;
    bool fullResync = false;
    qint64 auditShipped = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    qint64 cursor = 0;
    int quarantined = 0;        // outbox entries waiting for the user after this run
    int conflicts = 0;          // conflicts waiting for the user after this run
    QJsonObject toJson() const; // the `novamindctl sync` summary
};

struct SyncEngineOptions
{
    QString userId;       // the replica's signed-in user (audit entries, conflicts)
    QString deviceId;     // the replica id (audit shipping)
    int pushBatch = 100;  // ≤ 500
    int pageLimit = 5000; // ≤ 5000
    bool prefetch = true; // request the next page while applying this one
};

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    struct Callbacks
    {
        std::function<void(const SyncProgress &)> progress; // called on the engine's thread
        // Asked before a purge that would remove more than half of the replica's patients or unsent work.
        // false: the sync stops before that page (nothing of it applied) with a Usage error saying why.
        std::function<bool(const PurgePlan &)> confirmPurge;
    };

    // db: an open replica connection used only by this engine while run() lasts.
    SyncEngine(Database &db, SyncClient &client, SyncEngineOptions options);

    // Push (batches, idempotency keys; a network failure mid-push leaves the entries pending to be resent with the
    // same keys), then pull until has_more is false, then audit. server_id changes or 410 unknown_cursor → full
    // resync (SyncState::beginResync), keeping the outbox.
    Result<SyncSummary> run(const Callbacks &callbacks);
    // Thread-safe.
    void cancel();

private:
    using Reporter = std::function<void(SyncPhase phase, qint64 records, qint64 total)>;
    Status pushOutbox(SyncSummary &summary, const Reporter &report);
    Status pull(SyncSummary &summary, const Callbacks &callbacks, const Reporter &report);
    Status checkCancelled() const;

    Database &m_db;
    SyncClient &m_client;
    SyncEngineOptions m_options;
    std::atomic<bool> m_cancelled{false};
};

} // namespace novamind
