#pragma once
// PatientDeletion: soft deletion of a patient on this replica. The rows stay; clinicians no longer see the patient
// (AccessPolicy hides them) until a user restores them, and a purge removes them for good, by hand or by policy.

#include "models/Result.h"
#include "storage/lifecycle/PatientRemoval.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <vector>

namespace novamind {

class Database;
class UnitOfWork;

struct DeletedPatient
{
    QString patientId;
    QString mrn;
    QString displayName; // empty for a role that sees no clinical content
    QDateTime deletedAt;
    QString deletedBy;
    QString reason; // empty for a role that sees no clinical content
};

class PatientDeletion
{
    Q_DECLARE_TR_FUNCTIONS(PatientDeletion)
public:
    static constexpr int kMinReasonLength = 5;
    static constexpr int kMaxReasonLength = 500;

    // A clinician deletes a patient they may see: the deletion and its audit entry (action "delete", entity
    // "patient", purpose "request"; the reason stays in the replica, not in the trail), in the unit's transaction.
    // NotFound for absent, hidden and already deleted patients alike; Usage for a reason that is too short or long.
    static Status softDelete(UnitOfWork &uow, const QString &patientId, const QString &reason);

    // Undoes a deletion: the clinician could see the patient but for the deletion, or an admin of the organisation.
    // Audited (action "restore"). NotFound when the patient is not deleted or not visible to the user.
    static Status restore(UnitOfWork &uow, const QString &patientId);

    // The deleted patients the user could see were they not deleted, newest deletion first. Audited like a search.
    static Result<std::vector<DeletedPatient>> list(UnitOfWork &uow);

    // Patients deleted more than `days` ago with nothing unsent leave the replica for good, one transaction, through
    // PatientPurge (audit purpose "deletion_retention"), then ReplicaScrub. days <= 0 does nothing.
    static Result<RemovedPatients> purgeExpired(Database &db, const QString &userId, int days, const QDateTime &now);
};

} // namespace novamind
