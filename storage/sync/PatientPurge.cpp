#include "storage/sync/PatientPurge.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/sync/EntityTables.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace novamind {

namespace {

Status runWithId(Database &db, const char *sql, const QString &id)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}

} // namespace

Result<std::vector<qint64>> PatientPurge::outboxEntries(Database &db, const QString &patientId)
{
    std::vector<qint64> out;
    auto stmt = db.prepare("SELECT seq, entity, data, patient_id FROM outbox WHERE patient_id = ?1 OR patient_id = ''"
                           " ORDER BY seq");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, patientId);
    NM_TRY(stmt->forEach([&](const Statement &row) {
        if (row.columnText(3) == patientId) {
            out.push_back(row.columnInt64(0));
            return;
        }
        const QJsonObject data = QJsonDocument::fromJson(row.columnText(2).toUtf8()).object();
        if (EntityTables::patientIdOf(row.columnText(1), data) == patientId)
            out.push_back(row.columnInt64(0));
    }));
    return out;
}

Result<qint64> PatientPurge::rowCount(Database &db, const QString &patientId)
{
    static const char *const kTables[] = {"patient WHERE id = ?",
                                          "clinical_relationship WHERE patient_id = ?",
                                          "diagnosis WHERE patient_id = ?",
                                          "medication WHERE patient_id = ?",
                                          "treatment WHERE patient_id = ?",
                                          "clinical_observation WHERE patient_id = ?",
                                          "clinical_note WHERE patient_id = ?",
                                          "assessment WHERE patient_id = ?",
                                          "digital_twin WHERE patient_id = ?",
                                          "twin_state WHERE patient_id = ?",
                                          "twin_prediction WHERE patient_id = ?",
                                          "sync_conflict WHERE patient_id = ?",
                                          "break_glass WHERE patient_id = ?"};
    qint64 total = 0;
    for (const char *from : kTables) {
        auto stmt = db.prepare(std::string("SELECT count(*) FROM ") + from);
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, patientId);
        if (auto row = stmt->step(); !row.ok())
            return row.error();
        total += stmt->columnInt64(0);
    }
    auto outbox = outboxEntries(db, patientId);
    if (!outbox.ok())
        return outbox.error();
    return total + qint64(outbox->size());
}

Result<bool> PatientPurge::purge(Database &db, const QString &userId, const QString &patientId, const QString &reason)
{
    auto present = db.prepare("SELECT count(*) FROM patient WHERE id = ?");
    if (!present.ok())
        return present.error();
    present->bind(1, patientId);
    if (auto row = present->step(); !row.ok())
        return row.error();
    const bool exists = present->columnInt64(0) > 0;

    // Unsent edits, conflicts and emergency grants go too: each names the patient or holds their record.
    auto seqs = outboxEntries(db, patientId);
    if (!seqs.ok())
        return seqs.error();
    auto del = db.prepare("DELETE FROM outbox WHERE seq = ?");
    if (!del.ok())
        return del.error();
    for (qint64 seq : seqs.value()) {
        del->reset();
        del->bind(1, seq);
        NM_TRY(del->run());
    }
    NM_TRY(runWithId(db, "DELETE FROM sync_conflict WHERE patient_id = ?", patientId));
    NM_TRY(runWithId(db, "DELETE FROM break_glass WHERE patient_id = ?", patientId));
    if (!exists)
        return false;
    // Children (and the last-opened marker, a column of the patient row) go by ON DELETE CASCADE; cascaded deletes
    // fire the note search index's triggers.
    NM_TRY(runWithId(db, "DELETE FROM patient WHERE id = ?", patientId));
    NM_TRY(AuditLog::append(db, userId, QStringLiteral("purge"), QStringLiteral("patient"), patientId, reason));
    return true;
}

} // namespace novamind
