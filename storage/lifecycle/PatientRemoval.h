#pragma once
// PatientRemoval: removes one patient from this device for good (rows, search index, unsent edits), audited, wiped.

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace novamind {

class Database;
struct Session;

// Patients removed by one run of a policy (eviction, the end of deletions' grace period) and their rows.
struct RemovedPatients
{
    int patients = 0;
    qint64 rows = 0;
};

struct RemovalOutcome
{
    bool purged = false; // the patient was in the replica
    qint64 rows = 0;     // rows removed (PatientPurge::rowCount)
};

class PatientRemoval
{
    Q_DECLARE_TR_FUNCTIONS(PatientRemoval)
public:
    // Edits of the patient not yet sent to the server: a removal loses them.
    static Result<qint64> unsentChanges(Database &db, const QString &patientId);
    // The patients of `patientIds` with no unsent edit, in order: the ones a policy may remove.
    static Result<QStringList> withoutUnsentChanges(Database &db, const QStringList &patientIds);

    struct Options
    {
        bool discardUnsent = false; // otherwise unsent edits refuse (detail "unsent_changes")
    };

    // A user's request, for a patient the session's user may see, deleted here or not (NotFound otherwise, the same
    // for absent and hidden): one transaction removes every row and appends the audit entry (action "purge", purpose
    // "request", the patient id only), then ReplicaScrub wipes what the deletion freed. The WAL is left empty.
    static Result<RemovalOutcome> remove(const Session &session, const QString &patientId, const Options &options);
    static Result<RemovalOutcome> remove(const Session &session, const QString &patientId)
    {
        return remove(session, patientId, Options{});
    }

    // For the policies, inside the caller's transaction and below the access policy (the policy picked the ids):
    // PatientPurge of each patient (one audit entry each, with `purpose`), counted. The caller compacts the search
    // index before its commit and flushes after it (ReplicaScrub), as remove() does.
    static Result<RemovedPatients> purgeEach(Database &db, const QString &userId, const QStringList &patientIds,
                                             const QString &purpose);
};

} // namespace novamind
