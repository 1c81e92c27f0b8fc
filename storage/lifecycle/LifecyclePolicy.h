#pragma once
// LifecyclePolicy: the replica's upkeep run after each successful sync and by `purge --by-policy`: cache eviction,
// purge of patients deleted long enough ago, then audit retention.

#include "models/Result.h"
#include "storage/lifecycle/CacheEviction.h"

#include <QDateTime>

namespace novamind {

class Database;

// Days for each step (settings replica/evictAfterDays, replica/purgeDeletedAfterDays, audit/retentionDays); 0 = off.
struct LifecycleSchedule
{
    int evictAfterDays = 0;
    int purgeDeletedAfterDays = 0;
    int auditRetentionDays = 0;
};

struct LifecycleOutcome
{
    EvictionOutcome evicted;
    RemovedPatients deletedPurged;
    qint64 auditPruned = 0;
};

class LifecyclePolicy
{
public:
    // CacheEviction::run, PatientDeletion::purgeExpired, then AuditRetention::prune, with the schedule's days. Each
    // step commits on its own, so a step that went through stays when a later one fails; the first failure is
    // returned and the later steps are not tried.
    static Result<LifecycleOutcome> runAfterSync(Database &db, const QString &userId, const LifecycleSchedule &days,
                                                 const QDateTime &now);
};

} // namespace novamind
