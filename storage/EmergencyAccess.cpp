#include "storage/EmergencyAccess.h"

#include "storage/AccessPolicy.h"
#include "storage/Database.h"
#include "storage/Session.h"
#include "storage/Statement.h"

namespace novamind {

Result<QString> EmergencyAccess::findByMrn(const Session &session, const QString &mrn)
{
    const QString wanted = mrn.trimmed();
    if (wanted.isEmpty())
        return Error{ErrorCode::Usage, tr("Enter the patient's MRN.")};
    if (session.role == Role::Admin)
        return Error{ErrorCode::Usage, tr("Emergency access is for clinicians; your role cannot use it.")};
    auto stmt = session.db->prepare("SELECT id FROM patient WHERE organization_id = ? AND mrn = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, session.organizationId).bind(2, wanted);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error{ErrorCode::NotFound, tr("No patient with that MRN is in this replica.")};
    return stmt->columnText(0);
}

Status EmergencyAccess::grant(const Session &session, const QString &patientId, const QString &reason,
                              std::chrono::minutes duration)
{
    return AccessPolicy(session).breakGlass(*session.db, patientId, reason, duration);
}

} // namespace novamind
