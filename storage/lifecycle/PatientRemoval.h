#pragma once
// PatientRemoval: removes one patient from this device for good (rows, search index, unsent edits), audited, wiped.

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

namespace novamind {

class Database;
struct Session;

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

    struct Options
    {
        QString purpose = QStringLiteral("request"); // audit purpose: "request", "eviction", ...
        bool discardUnsent = false;                  // otherwise unsent edits refuse (detail "unsent_changes")
        bool checkAccess = true;                     // eviction works below the access policy: it picks the rows
    };

    // For a patient the session's user may see (NotFound otherwise, the same for absent and hidden): one transaction
    // removes every row and appends the audit entry (action "purge", the patient id only), then ReplicaScrub wipes
    // what the deletion freed. The database is left with an empty WAL.
    static Result<RemovalOutcome> remove(const Session &session, const QString &patientId, const Options &options);
    static Result<RemovalOutcome> remove(const Session &session, const QString &patientId)
    {
        return remove(session, patientId, Options{});
    }
};

} // namespace novamind
