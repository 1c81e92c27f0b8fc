#include "storage/lifecycle/PatientRemoval.h"

#include "storage/AccessPolicy.h"
#include "storage/Database.h"
#include "storage/Session.h"
#include "storage/Transaction.h"
#include "storage/lifecycle/ReplicaScrub.h"
#include "storage/sync/PatientPurge.h"

namespace novamind {

Result<qint64> PatientRemoval::unsentChanges(Database &db, const QString &patientId)
{
    auto entries = PatientPurge::outboxEntries(db, patientId);
    if (!entries.ok())
        return entries.error();
    return qint64(entries->size());
}

Result<QStringList> PatientRemoval::withoutUnsentChanges(Database &db, const QStringList &patientIds)
{
    QStringList out;
    for (const QString &id : patientIds) {
        auto unsent = unsentChanges(db, id);
        if (!unsent.ok())
            return unsent.error();
        if (unsent.value() == 0)
            out << id;
    }
    return out;
}

Result<RemovalOutcome> PatientRemoval::remove(const Session &session, const QString &patientId, const Options &options)
{
    Q_ASSERT(session.db);
    Database &db = *session.db;
    RemovalOutcome outcome;
    {
        auto tx = db.begin();
        if (!tx.ok())
            return tx.error();
        // A patient deleted here (PatientDeletion) is the usual one to remove for good.
        NM_TRY(AccessPolicy(session).requirePatient(db, patientId, DeletedPatients::Included));
        if (!options.discardUnsent) {
            auto unsent = unsentChanges(db, patientId);
            if (!unsent.ok())
                return unsent.error();
            if (unsent.value() > 0)
                return Error{ErrorCode::Usage,
                             tr("This patient has %n change(s) not yet sent to the server; removing the patient "
                                "would lose them. Sync first, or confirm that they may be lost.",
                                nullptr, int(unsent.value())),
                             QStringLiteral("unsent_changes")};
        }
        auto purged = purgeEach(db, session.userId, {patientId}, QStringLiteral("request"));
        if (!purged.ok())
            return purged.error();
        NM_TRY(ReplicaScrub::compactSearchIndex(db));
        NM_TRY(tx->commit());
        outcome.purged = purged->patients > 0;
        outcome.rows = purged->rows;
    }
    NM_TRY(ReplicaScrub::flush(db));
    return outcome;
}

Result<RemovedPatients> PatientRemoval::purgeEach(Database &db, const QString &userId, const QStringList &patientIds,
                                                  const QString &purpose)
{
    RemovedPatients outcome;
    for (const QString &id : patientIds) {
        auto rows = PatientPurge::rowCount(db, id);
        if (!rows.ok())
            return rows.error();
        auto purged = PatientPurge::purge(db, userId, id, purpose);
        if (!purged.ok())
            return purged.error();
        if (!purged.value())
            continue;
        ++outcome.patients;
        outcome.rows += rows.value();
    }
    return outcome;
}

} // namespace novamind
