#pragma once
// CacheEviction: patients not opened here for N days, with nothing unsent, leave the replica until a user asks back.

#include "models/Result.h"
#include "storage/lifecycle/PatientRemoval.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace novamind {

class Database;

using EvictionOutcome = RemovedPatients;

class CacheEviction
{
    Q_DECLARE_TR_FUNCTIONS(CacheEviction)
public:
    // Patients whose last opening (or, never opened, the first eviction run that saw them) is more than `days` ago,
    // with no outbox entry and no unresolved conflict. Read only.
    static Result<QStringList> candidates(Database &db, int days, const QDateTime &now);

    // Evicts the candidates in one transaction through PatientPurge (one audit entry each, purpose "eviction"),
    // remembers their ids in evicted_patient, then wipes the freed pages like a purge. days <= 0 does nothing.
    static Result<EvictionOutcome> run(Database &db, const QString &userId, int days, const QDateTime &now);

    // Ids of evicted patients not back yet.
    static Result<QStringList> evicted(Database &db);

    // Brings the evicted patients back at the next sync. The change feed has no per-patient scope, so this starts the
    // sync engine's safe full resync (SyncState::beginResync): unsent edits and present rows stay as they are.
    // Returns how many patients are away; with none, nothing is started.
    static Result<qsizetype> requestReturn(Database &db);
    // How many of the `awayBefore` patients requestReturn() counted are back (for the summary of the sync).
    static Result<qsizetype> returnedSince(Database &db, qsizetype awayBefore);
};

} // namespace novamind
