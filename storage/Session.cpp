#include "storage/Session.h"

#include "storage/Database.h"

namespace novamind {

Result<Session> Session::forReplica(Replica &replica)
{
    Session s;
    s.db = &replica.database();
    s.userId = replica.identity().userId;
    s.role = replica.identity().role;
    auto stmt = s.db->prepare("SELECT organization_id FROM clinician WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, s.userId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (row.value())
        s.organizationId = stmt->columnText(0);
    return s;
}

} // namespace novamind
