// SyncEngine: one sync run — sign in, push the outbox, pull the feed page by page, ship the audit trail.
#include "sync/SyncEngine.h"

#include "storage/Database.h"
#include "storage/ReplicaStatus.h"
#include "storage/lifecycle/ReplicaScrub.h"
#include "storage/sync/SyncState.h"
#include "sync/AuditShipper.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>
#include <future>

namespace novamind {

namespace {

constexpr int kMaxPushBatch = 500;  // the server's limit per push
constexpr int kMaxPageLimit = 5000; // the server's limit per page

const QString kUnknownCursor = QStringLiteral("unknown_cursor");

void add(PushTally &total, const PushTally &batch)
{
    total.applied += batch.applied;
    total.duplicates += batch.duplicates;
    total.conflicts += batch.conflicts;
    total.rejected += batch.rejected;
}

} // namespace

QString syncPhaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::SigningIn:
        return QStringLiteral("signing-in");
    case SyncPhase::Pushing:
        return QStringLiteral("pushing");
    case SyncPhase::Pulling:
        return QStringLiteral("pulling");
    case SyncPhase::Resyncing:
        return QStringLiteral("resyncing");
    case SyncPhase::ShippingAudit:
        return QStringLiteral("audit");
    case SyncPhase::Done:
        return QStringLiteral("done");
    }
    return QString();
}

QJsonObject SyncSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("pushed"), QJsonObject{{QStringLiteral("applied"), pushed.applied},
                                                              {QStringLiteral("duplicates"), pushed.duplicates},
                                                              {QStringLiteral("conflicts"), pushed.conflicts},
                                                              {QStringLiteral("rejected"), pushed.rejected}}},
                       {QStringLiteral("pulled"), pulled},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("pages"), pages},
                       {QStringLiteral("pull_conflicts"), pullConflicts},
                       {QStringLiteral("purged_patients"), purgedPatients},
                       {QStringLiteral("full_resync"), fullResync},
                       {QStringLiteral("audit_shipped"), auditShipped},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("elapsed_ms"), elapsedMs},
                       {QStringLiteral("cursor"), cursor},
                       {QStringLiteral("quarantined"), quarantined},
                       {QStringLiteral("conflicts"), conflicts}};
}

SyncEngine::SyncEngine(Database &db, SyncClient &client, SyncEngineOptions options)
    : m_db(db)
    , m_client(client)
    , m_options(std::move(options))
{
    m_options.pushBatch = std::clamp(m_options.pushBatch, 1, kMaxPushBatch);
    m_options.pageLimit = std::clamp(m_options.pageLimit, 1, kMaxPageLimit);
}

void SyncEngine::cancel()
{
    m_cancelled.store(true);
    m_client.cancel();
}

Status SyncEngine::checkCancelled() const
{
    if (m_cancelled.load() || m_client.isCancelled())
        return Error{ErrorCode::Network, tr("The sync was cancelled."), QStringLiteral("cancelled")};
    return {};
}

Result<SyncSummary> SyncEngine::run(const Callbacks &callbacks)
{
    QElapsedTimer timer;
    timer.start();
    SyncSummary summary;
    const qint64 bytesAtStart = m_client.bytesReceived();
    const Reporter report = [&](SyncPhase phase, qint64 records, qint64 total) {
        summary.bytes = m_client.bytesReceived() - bytesAtStart;
        if (callbacks.progress)
            callbacks.progress(SyncProgress{phase, records, total, summary.bytes});
    };

    report(SyncPhase::SigningIn, 0, -1);
    NM_TRY(checkCancelled());
    NM_TRY(m_client.signIn());

    NM_TRY(pushOutbox(summary, report));
    NM_TRY(pull(summary, callbacks, report));

    NM_TRY(checkCancelled());
    report(SyncPhase::ShippingAudit, 0, -1);
    auto shipped = AuditShipper::ship(m_db, m_client, m_options.deviceId,
                                      [&](qint64 sent) { report(SyncPhase::ShippingAudit, sent, -1); });
    if (!shipped.ok())
        return shipped.error();
    summary.auditShipped = shipped.value();

    NM_TRY(SyncState::setLastSync(m_db, QDateTime::currentDateTimeUtc()));
    auto status = ReplicaStatus::read(m_db);
    if (!status.ok())
        return status.error();
    summary.quarantined = status->quarantinedOutbox;
    summary.conflicts = status->conflicts;
    summary.elapsedMs = timer.elapsed();
    report(SyncPhase::Done, summary.pulled, -1);
    return summary;
}

Status SyncEngine::pushOutbox(SyncSummary &summary, const Reporter &report)
{
    // Only what was waiting when the run started: every pushed entry leaves the pending state (applied, conflict or
    // quarantined), so the oldest pending entries are always the next ones of that set, and edits made meanwhile wait
    // for the next run instead of keeping this one going.
    auto waiting = Outbox::pendingCount(m_db);
    if (!waiting.ok())
        return waiting.error();
    const qint64 total = waiting.value();
    qint64 remaining = total;
    qint64 sent = 0;
    report(SyncPhase::Pushing, 0, total);
    while (remaining > 0) {
        NM_TRY(checkCancelled());
        auto batch = Outbox::pending(m_db, int(std::min<qint64>(m_options.pushBatch, remaining)));
        if (!batch.ok())
            return batch.error();
        if (batch->empty())
            break;
        std::vector<sync::Mutation> mutations;
        mutations.reserve(batch->size());
        for (const OutboxEntry &e : batch.value())
            mutations.push_back(sync::Mutation{e.idempotencyKey, e.entity, e.entityId, e.baseVersion, e.op, e.data});
        // A failure here leaves the batch pending: the next run resends it under the same keys, and the server answers
        // what it already applied as duplicates.
        auto results = m_client.push(mutations);
        if (!results.ok())
            return results.error();
        auto tally = Outbox::recordResults(m_db, batch.value(), results.value());
        if (!tally.ok())
            return tally.error();
        add(summary.pushed, tally.value());
        remaining -= qint64(batch->size());
        sent += qint64(batch->size());
        report(SyncPhase::Pushing, sent, total);
    }
    return {};
}

Status SyncEngine::pull(SyncSummary &summary, const Callbacks &callbacks, const Reporter &report)
{
    auto state = SyncState::read(m_db);
    if (!state.ok())
        return state.error();
    qint64 since = state->cursor;
    QString serverId = state->serverId;
    bool resyncing = state->resyncing;
    bool resyncedThisRun = false;
    summary.cursor = since;

    ChangeApplier applier(m_db, m_options.userId);
    const int limit = m_options.pageLimit;
    const auto fetch = [this, limit](qint64 from) { return m_client.changes(from, limit); };

    const auto startResync = [&](const QString &newServerId) -> Status {
        // A second restart in one run means the server keeps changing under us; the next run starts afresh.
        if (resyncedThisRun)
            return Error{ErrorCode::Server, tr("The sync server changed while this replica was syncing; try again."),
                         QStringLiteral("second resync in one run")};
        NM_TRY(SyncState::beginResync(m_db, newServerId));
        resyncedThisRun = true;
        resyncing = true;
        summary.fullResync = true;
        serverId = newServerId;
        since = 0;
        summary.cursor = 0;
        report(SyncPhase::Resyncing, summary.pulled, -1);
        return {};
    };

    // At most two pages are alive at once: the one being applied and the one being fetched.
    std::future<Result<sync::ChangePage>> prefetched;
    Result<sync::ChangePage> page = fetch(since);
    for (;;) {
        NM_TRY(checkCancelled());
        if (!page.ok()) {
            if (page.error().code == ErrorCode::NotFound && page.error().detail == kUnknownCursor) {
                // The answer names no server: it may be a new one whose id the first page of the resync brings.
                NM_TRY(startResync(QString()));
                page = fetch(since);
                continue;
            }
            return page.error();
        }
        const sync::ChangePage &current = page.value();
        if (!serverId.isEmpty() && current.serverId != serverId) {
            NM_TRY(startResync(current.serverId));
            page = fetch(since);
            continue;
        }
        serverId = current.serverId;
        if (current.hasMore && m_options.prefetch)
            prefetched = std::async(std::launch::async, fetch, current.cursor);

        if (!current.revocations.isEmpty()) {
            auto plan = applier.planPurge(current.revocations);
            if (!plan.ok())
                return plan.error();
            const PurgePlan &p = plan.value();
            if (p.isMassPurge() || p.losesUnsentWork()) {
                const bool proceed = callbacks.confirmPurge && callbacks.confirmPurge(p);
                if (!proceed) {
                    const QString why = p.losesUnsentWork() ? tr("changes not yet sent to the server would be lost")
                                                            : tr("that is more than half of this replica's patients");
                    return Error{ErrorCode::Usage,
                                 tr("The sync stopped before removing %n patient(s) whose care relationship ended on "
                                    "the server, because %1. Nothing of that page was applied.",
                                    nullptr, int(p.patientIds.size()))
                                     .arg(why),
                                 QStringLiteral("purge_refused")};
                }
            }
        }

        auto stats = applier.apply(current);
        if (!stats.ok())
            return stats.error();
        summary.pulled += stats->applied;
        summary.skipped += stats->skipped;
        summary.pullConflicts += stats->conflicts;
        summary.purgedPatients += stats->purgedPatients;
        summary.pages += 1;
        since = current.cursor;
        summary.cursor = since;
        report(SyncPhase::Pulling, summary.pulled, -1);
        if (!current.hasMore)
            break;
        page = m_options.prefetch ? prefetched.get() : fetch(since);
    }

    if (resyncing) {
        auto swept = applier.finishResync();
        if (!swept.ok())
            return swept.error();
    }
    // Purged patients' pages are still in the WAL as they were before the deletion. Emptying it fails while another
    // connection (the GUI's) holds a read snapshot; the data is gone from the database either way, so the sync does
    // not fail for it, and the next purge or sync that gets the WAL to itself empties it.
    if (summary.purgedPatients > 0) {
        if (Status flushed = ReplicaScrub::flush(m_db); !flushed.ok())
            qWarning("sync: the WAL could not be emptied after a purge: %s", qUtf8Printable(flushed.error().detail));
    }
    return {};
}

} // namespace novamind
