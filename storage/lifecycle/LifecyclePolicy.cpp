// LifecyclePolicy: eviction then audit retention, in that order, with the days the settings give.
#include "storage/lifecycle/LifecyclePolicy.h"

#include "storage/lifecycle/AuditRetention.h"
#include "storage/lifecycle/PatientDeletion.h"

namespace novamind {

Result<LifecycleOutcome> LifecyclePolicy::runAfterSync(Database &db, const QString &userId,
                                                       const LifecycleSchedule &days, const QDateTime &now)
{
    LifecycleOutcome outcome;
    // Eviction first: its purge entries are new and so never pruned in the same run.
    auto evicted = CacheEviction::run(db, userId, days.evictAfterDays, now);
    if (!evicted.ok())
        return evicted.error();
    outcome.evicted = evicted.value();
    auto deleted = PatientDeletion::purgeExpired(db, userId, days.purgeDeletedAfterDays, now);
    if (!deleted.ok())
        return deleted.error();
    outcome.deletedPurged = deleted.value();
    auto pruned = AuditRetention::prune(db, userId, days.auditRetentionDays, now);
    if (!pruned.ok())
        return pruned.error();
    outcome.auditPruned = pruned.value();
    return outcome;
}

} // namespace novamind
