#pragma once
// LifecyclePolicy: the replica's upkeep run after each successful sync and by `purge --by-policy`: cache eviction,
// then audit retention.

#include "models/Result.h"
#include "storage/lifecycle/CacheEviction.h"

#include <QDateTime>

namespace novamind {

class Database;

struct LifecycleOutcome
{
    EvictionOutcome evicted;
    qint64 auditPruned = 0;
};

class LifecyclePolicy
{
public:
    // CacheEviction::run with evictAfterDays (replica/evictAfterDays), then AuditRetention::prune with retentionDays
    // (audit/retentionDays); 0 turns either off. Each step commits on its own, so an eviction that went through stays
    // when the pruning then fails; the first failure is returned and the pruning is not tried after a failed eviction.
    static Result<LifecycleOutcome> runAfterSync(Database &db, const QString &userId, int evictAfterDays,
                                                 int retentionDays, const QDateTime &now);
};

} // namespace novamind
