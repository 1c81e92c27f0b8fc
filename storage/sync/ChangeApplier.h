#pragma once
// ChangeApplier: applies pages of the server's change feed to the replica, each page and its cursor in one transaction.

#include "models/Result.h"
#include "models/sync/SyncMessages.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace novamind {

class Database;

struct ApplyStats
{
    qint64 applied = 0;   // rows inserted, replaced or deleted as the server says
    qint64 skipped = 0;   // not newer than what the replica holds (e.g. the echo of our own acknowledged write)
    qint64 conflicts = 0; // the server changed a record that has an unsent local edit: both kept, row marked
    int purgedPatients = 0;
};

// What honouring a page's revocations would remove; the engine asks before a mass purge or losing unsent work.
struct PurgePlan
{
    QStringList patientIds;    // revoked patients present in the replica
    int patientsInReplica = 0; // before the purge
    int unsentChanges = 0;     // outbox entries (pending or quarantined) and conflicts of those patients
    int drafts = 0;            // draft assessments of those patients
    bool isMassPurge() const { return patientsInReplica > 0 && patientIds.size() * 2 > patientsInReplica; }
    bool losesUnsentWork() const { return unsentChanges > 0 || drafts > 0; }
};

class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
public:
    // userId: the signed-in user, who the audit entries of purges name.
    ChangeApplier(Database &db, const QString &userId);
    ~ChangeApplier();
    ChangeApplier(const ChangeApplier &) = delete;
    ChangeApplier &operator=(const ChangeApplier &) = delete;

    // Read-only: what apply() would purge for these revocations.
    Result<PurgePlan> planPurge(const QStringList &revokedPatientIds);

    // One transaction: every change (decoded with the shared codec; a document that does not decode fails the whole
    // page, nothing of it stays), then the revocations (PatientPurge, one audit entry each), then the cursor and
    // server id. Per change:
    //  - version <= the row's server_version: skipped (read-your-writes: never regress past our acknowledged write);
    //  - clean row or absent: written (upsert or delete) with the server's version and the current epoch;
    //  - row with an unsent edit (pending) or already in conflict: the local version stays, the server's version is
    //    recorded in sync_conflict, the row is marked conflict and its pending outbox entries move into the conflict;
    //  - twin states are append-only and completed assessments immutable: the server's version always wins there.
    // A child whose patient is absent from the replica (the feed sends parents first) fails the page.
    Result<ApplyStats> apply(const sync::ChangePage &page);

    // After a full resync reached the end of the feed: removes clean rows the new server did not deliver (an older
    // epoch), keeps anything with local work, clears the resyncing flag. Returns the number of rows removed.
    Result<qint64> finishResync();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace novamind
