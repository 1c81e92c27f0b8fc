#include "storage/AccessPolicy.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace novamind {

namespace {

Error notAvailable()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("AccessPolicy", "That patient is not available to you.")};
}

} // namespace

QString AccessPolicy::visibleCondition(const QString &alias, DeletedPatients deleted) const
{
    // IT staff list the organisation's patients (id and MRN, for purging and support), never their content.
    // The unary + keeps the planner off the organisation index, which spans nearly every row of a replica,
    // so that name and MRN prefix ranges drive the search (measured: 17 ms -> 2 ms per keystroke).
    if (!seesClinicalContent())
        return QStringLiteral("(+%1.organization_id = :policy_org)").arg(alias);
    // The organisation and the relationship are checked in SQL, with the clock of this session,
    // so expiry works offline and no caller can forget it.
    const QString notDeleted =
        deleted == DeletedPatients::Hidden
            ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM patient_deletion d WHERE d.patient_id = %1.id)").arg(alias)
            : QString();
    return QStringLiteral("(+%1.organization_id = :policy_org%2 AND (EXISTS (SELECT 1 FROM clinical_relationship r"
                          " WHERE r.patient_id = %1.id AND r.clinician_id = :policy_user"
                          " AND r.organization_id = :policy_org"
                          " AND r.valid_from <= :policy_now AND (r.valid_to IS NULL OR r.valid_to > :policy_now))"
                          " OR EXISTS (SELECT 1 FROM break_glass g WHERE g.patient_id = %1.id"
                          " AND g.user_id = :policy_user AND g.granted_at <= :policy_now"
                          " AND g.expires_at > :policy_now)))")
        .arg(alias, notDeleted);
}

void AccessPolicy::bind(Statement &stmt) const
{
    // An empty organisation matches no patient: a user without a clinician record sees nothing.
    const QString org = m_session.organizationId.isEmpty() ? QStringLiteral("\x01none") : m_session.organizationId;
    if (const int i = stmt.parameterIndex(":policy_org"))
        stmt.bind(i, org);
    if (const int i = stmt.parameterIndex(":policy_user"))
        stmt.bind(i, m_session.userId);
    if (const int i = stmt.parameterIndex(":policy_now"))
        stmt.bind(i, toMs(m_session.now()));
}

Result<bool> AccessPolicy::anyRow(Database &db, const std::string &sql, const QString &patientId) const
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(stmt->parameterIndex(":id"), patientId);
    bind(stmt.value());
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return stmt->columnInt64(0) > 0;
}

Status AccessPolicy::requirePatient(Database &db, const QString &patientId, DeletedPatients deleted) const
{
    auto visible = anyRow(db,
                          QString(QStringLiteral("SELECT count(*) FROM patient p WHERE p.id = :id AND ") +
                                  visibleCondition(QStringLiteral("p"), deleted))
                              .toStdString(),
                          patientId);
    if (!visible.ok())
        return visible.error();
    return visible.value() ? Status() : Status(notAvailable());
}

Status AccessPolicy::requireClinical(Database &db, const QString &patientId) const
{
    if (!seesClinicalContent())
        return notAvailable();
    return requirePatient(db, patientId);
}

Result<bool> AccessPolicy::hasActiveRelationship(Database &db, const QString &patientId) const
{
    return anyRow(db,
                  "SELECT count(*) FROM clinical_relationship r JOIN patient p ON p.id = r.patient_id"
                  " WHERE r.patient_id = :id AND r.clinician_id = :policy_user"
                  " AND r.organization_id = :policy_org AND p.organization_id = :policy_org"
                  " AND r.valid_from <= :policy_now AND (r.valid_to IS NULL OR r.valid_to > :policy_now)",
                  patientId);
}

Result<QString> AccessPolicy::purposeFor(Database &db, const QString &patientId) const
{
    auto related = hasActiveRelationship(db, patientId);
    if (!related.ok())
        return related.error();
    return related.value() ? QStringLiteral("treatment") : QStringLiteral("break_glass");
}

Status AccessPolicy::breakGlass(Database &db, const QString &patientId, const QString &reason,
                                std::chrono::minutes duration) const
{
    if (!seesClinicalContent())
        return Error{ErrorCode::Usage, tr("Emergency access is for clinicians; your role cannot use it.")};
    const QString why = reason.simplified();
    if (why.size() < kMinReasonLength)
        return Error{ErrorCode::Usage,
                     tr("Emergency access needs a reason of at least %n characters.", nullptr, kMinReasonLength)};
    if (duration.count() <= 0 || duration > kMaxBreakGlass)
        return Error{ErrorCode::Usage,
                     tr("Emergency access lasts between 1 minute and %1 hours.").arg(kMaxBreakGlass.count() / 60)};
    // Break-glass never crosses organisations and needs the patient to be in the replica.
    auto exists = db.prepare("SELECT count(*) FROM patient WHERE id = ? AND organization_id = ?");
    if (!exists.ok())
        return exists.error();
    exists->bind(1, patientId).bind(2, m_session.organizationId);
    auto row = exists->step();
    if (!row.ok())
        return row.error();
    if (exists->columnInt64(0) == 0)
        return notAvailable();

    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    const qint64 now = toMs(m_session.now());
    auto ins = db.prepare(
        "INSERT INTO break_glass (user_id, patient_id, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?)");
    if (!ins.ok())
        return ins.error();
    ins->bind(1, m_session.userId)
        .bind(2, patientId)
        .bind(3, why)
        .bind(4, now)
        .bind(5, now + std::chrono::duration_cast<std::chrono::milliseconds>(duration).count());
    NM_TRY(ins->run());
    NM_TRY(AuditLog::append(db, m_session.userId, QStringLiteral("break_glass"), QStringLiteral("patient"), patientId,
                            QStringLiteral("break_glass:") + why));
    return tx->commit();
}

} // namespace novamind
