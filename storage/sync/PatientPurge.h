#pragma once
// PatientPurge: removes one patient and everything of theirs from the replica (rows, outbox, conflicts), audited.

#include "models/Result.h"

#include <QString>
#include <vector>

namespace novamind {

class Database;

class PatientPurge
{
public:
    // Inside the caller's transaction. One audit entry (action "purge", entity "patient", purpose = reason, e.g.
    // "revocation"). Absent patients are not an error (nothing to remove, nothing audited). True when the patient
    // was in the replica.
    static Result<bool> purge(Database &db, const QString &userId, const QString &patientId, const QString &reason);

    // The outbox entries (seq) of a patient: by the patient_id column, and for entries written before migration
    // 0005 by the patient their data names.
    static Result<std::vector<qint64>> outboxEntries(Database &db, const QString &patientId);

    // Every row purge() would remove: the patient, their child rows, outbox entries, conflicts and grants (search
    // index entries not counted: they mirror the notes).
    static Result<qint64> rowCount(Database &db, const QString &patientId);
};

} // namespace novamind
