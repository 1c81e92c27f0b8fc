#include "storage/CohortImporter.h"

#include "models/cohort/DemoCohort.h"
#include "storage/Database.h"
#include "storage/RecordMapping.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"

#include <QElapsedTimer>

namespace novamind {

namespace {

// Patients per transaction: a few thousand rows each, so the WAL stays small (DESIGN.md, bulk writes).
constexpr int kPatientsPerTransaction = 8;

Status writeBundle(RecordMapping::Writer &w, const PatientBundle &b, ImportSummary &sum)
{
    NM_TRY(w.insert(b.patient));
    NM_TRY(w.insert(b.relationship));
    for (const auto &x : b.diagnoses)
        NM_TRY(w.insert(x));
    for (const auto &x : b.medications)
        NM_TRY(w.insert(x));
    for (const auto &x : b.treatments)
        NM_TRY(w.insert(x));
    for (const auto &x : b.assessments)
        NM_TRY(w.insert(x));
    for (const auto &x : b.notes)
        NM_TRY(w.insert(x));
    NM_TRY(w.insert(b.twin));
    for (const auto &x : b.states)
        NM_TRY(w.insert(x));
    for (const auto &x : b.predictions)
        NM_TRY(w.insert(x));
    sum.patients += 1;
    sum.assessments += static_cast<qint64>(b.assessments.size());
    sum.states += static_cast<qint64>(b.states.size());
    sum.rows += 3 + static_cast<qint64>(b.diagnoses.size() + b.medications.size() + b.treatments.size() +
                                        b.assessments.size() + b.notes.size() + b.states.size() + b.predictions.size());
    return {};
}

} // namespace

Result<ImportSummary> CohortImporter::import(const Session &session, const DemoCohort &cohort, int patients,
                                             const std::function<void(int)> &progress)
{
    Database &db = *session.db;
    auto existing = db.queryInt("SELECT count(*) FROM patient");
    if (!existing.ok())
        return existing.error();
    if (existing.value() > 0)
        return Error{ErrorCode::Usage, tr("This replica already holds %n patients; seed-demo fills only an empty one.",
                                          nullptr, static_cast<int>(existing.value()))};

    QElapsedTimer timer;
    timer.start();
    ImportSummary sum;
    // A larger page cache while bulk loading; the connection's normal size comes back afterwards.
    auto cacheSize = db.queryInt("PRAGMA cache_size");
    if (!cacheSize.ok())
        return cacheSize.error();
    NM_TRY(db.exec("PRAGMA cache_size = -65536"));
    {
        RecordMapping::Writer writer(db);
        const Status first = UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
            const Organization org = cohort.organization();
            auto known = uow.db().prepare("SELECT count(*) FROM organization WHERE id = ?");
            if (!known.ok())
                return known.error();
            known->bind(1, org.id);
            NM_TRY(known->step());
            if (known->columnInt64(0) == 0)
                NM_TRY(writer.insert(org));
            auto del = uow.db().prepare("DELETE FROM clinician WHERE id = ?");
            if (!del.ok())
                return del.error();
            del->bind(1, session.userId);
            NM_TRY(del->run());
            Clinician me;
            me.id = session.userId;
            me.role = roleName(session.role);
            me.organizationId = org.id;
            NM_TRY(writer.insert(me));
            return uow.audit(QStringLiteral("create"), QStringLiteral("clinician"), session.userId,
                             QStringLiteral("seed_demo"));
        });
        if (!first.ok())
            return first.error();

        for (int start = 0; start < patients; start += kPatientsPerTransaction) {
            const int end = std::min(patients, start + kPatientsPerTransaction);
            const Status batch = UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
                for (int i = start; i < end; ++i) {
                    const PatientBundle bundle = cohort.generate(i);
                    NM_TRY(writeBundle(writer, bundle, sum));
                    NM_TRY(uow.audit(QStringLiteral("create"), QStringLiteral("patient"), bundle.patient.id,
                                     QStringLiteral("seed_demo")));
                }
                return writer.refreshSummaries();
            });
            if (!batch.ok())
                return batch.error();
            if (progress)
                progress(end);
        }
    }
    NM_TRY(db.checkpoint());
    NM_TRY(db.exec("PRAGMA cache_size = " + std::to_string(cacheSize.value())));
    sum.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return sum;
}

} // namespace novamind
