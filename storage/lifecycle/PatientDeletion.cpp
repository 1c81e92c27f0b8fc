#include "storage/lifecycle/PatientDeletion.h"

#include "storage/AccessPolicy.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UnitOfWork.h"
#include "storage/lifecycle/ReplicaScrub.h"

namespace novamind {

namespace {

const QString kPatient = QStringLiteral("patient");
const QString kRequest = QStringLiteral("request");

Error notDeleted()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("PatientDeletion", "That patient is not among your deleted patients.")};
}

Result<bool> isDeleted(Database &db, const QString &patientId)
{
    auto stmt = db.prepare("SELECT 1 FROM patient_deletion WHERE patient_id = ?1");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, patientId);
    return stmt->step();
}

} // namespace

Status PatientDeletion::softDelete(UnitOfWork &uow, const QString &patientId, const QString &reason)
{
    Database &db = uow.db();
    const AccessPolicy &policy = uow.policy();
    if (!policy.seesClinicalContent())
        return Error{ErrorCode::Usage, tr("Deleting a patient is a clinical decision; your role cannot do it.")};
    const QString why = reason.simplified();
    if (why.size() < kMinReasonLength || why.size() > kMaxReasonLength)
        return Error{ErrorCode::Usage, tr("Deleting a patient needs a reason of %1 to %2 characters.")
                                           .arg(kMinReasonLength)
                                           .arg(kMaxReasonLength)};
    // Hidden (the default) also answers NotFound for a patient already deleted: nobody deletes twice.
    NM_TRY(policy.requirePatient(db, patientId));
    auto insert =
        db.prepare("INSERT INTO patient_deletion (patient_id, deleted_at, deleted_by, reason) VALUES (?1, ?2, ?3, ?4)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, patientId).bind(2, toMs(uow.session().now())).bind(3, uow.session().userId).bind(4, why);
    NM_TRY(insert->run());
    return uow.audit(QStringLiteral("delete"), kPatient, patientId, kRequest);
}

Status PatientDeletion::restore(UnitOfWork &uow, const QString &patientId)
{
    Database &db = uow.db();
    // Admins see the organisation's patients, deleted or not; clinicians need the relationship the deletion hid.
    if (!uow.policy().requirePatient(db, patientId, DeletedPatients::Included).ok())
        return notDeleted();
    auto deleted = isDeleted(db, patientId);
    if (!deleted.ok())
        return deleted.error();
    if (!deleted.value())
        return notDeleted();
    auto remove = db.prepare("DELETE FROM patient_deletion WHERE patient_id = ?1");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, patientId);
    NM_TRY(remove->run());
    return uow.audit(QStringLiteral("restore"), kPatient, patientId, kRequest);
}

Result<std::vector<DeletedPatient>> PatientDeletion::list(UnitOfWork &uow)
{
    const AccessPolicy &policy = uow.policy();
    const QString sql =
        QStringLiteral("SELECT p.id, p.mrn, p.family_name || ', ' || p.given_name, d.deleted_at, d.deleted_by,"
                       " d.reason FROM patient_deletion d JOIN patient p ON p.id = d.patient_id WHERE ") +
        policy.visibleCondition(QStringLiteral("p"), DeletedPatients::Included) +
        QStringLiteral(" ORDER BY d.deleted_at DESC, p.id");
    auto stmt = uow.db().prepare(sql.toStdString());
    if (!stmt.ok())
        return stmt.error();
    policy.bind(stmt.value());
    std::vector<DeletedPatient> out;
    const bool clinical = policy.seesClinicalContent();
    NM_TRY(stmt->forEach([&](const Statement &row) {
        DeletedPatient d;
        d.patientId = row.columnText(0);
        d.mrn = row.columnText(1);
        if (clinical) {
            d.displayName = row.columnText(2);
            d.reason = row.columnText(5);
        }
        d.deletedAt = fromMs(row.columnInt64(3));
        d.deletedBy = row.columnText(4);
        out.push_back(std::move(d));
    }));
    NM_TRY(uow.audit(QStringLiteral("search"), kPatient, QString(),
                     clinical ? QStringLiteral("treatment") : QStringLiteral("administration")));
    return out;
}

Result<RemovedPatients> PatientDeletion::purgeExpired(Database &db, const QString &userId, int days,
                                                      const QDateTime &now)
{
    RemovedPatients outcome;
    if (days <= 0)
        return outcome;
    {
        auto tx = db.begin();
        if (!tx.ok())
            return tx.error();
        QStringList expired;
        auto stmt = db.prepare("SELECT patient_id FROM patient_deletion WHERE deleted_at < ?1 ORDER BY patient_id");
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, toMs(now.addDays(-days)));
        NM_TRY(stmt->forEach([&](const Statement &row) { expired << row.columnText(0); }));
        // Unsent edits wait for the next sync: a deletion never loses work the server has not seen.
        auto due = PatientRemoval::withoutUnsentChanges(db, expired);
        if (!due.ok())
            return due.error();
        auto purged = PatientRemoval::purgeEach(db, userId, due.value(), QStringLiteral("deletion_retention"));
        if (!purged.ok())
            return purged.error();
        outcome = purged.value();
        if (outcome.patients == 0)
            return outcome; // the transaction rolls back: nothing was written
        NM_TRY(ReplicaScrub::compactSearchIndex(db));
        NM_TRY(tx->commit());
    }
    NM_TRY(ReplicaScrub::flush(db));
    return outcome;
}

} // namespace novamind
