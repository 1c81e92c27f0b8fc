#pragma once
// AuditRetention: prunes audit entries the server has acknowledged once they are older than the retention period.

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace novamind {

class Database;

class AuditRetention
{
    Q_DECLARE_TR_FUNCTIONS(AuditRetention)
public:
    // Six years, the HIPAA documentation retention period; 0 keeps every entry.
    static constexpr int kDefaultRetentionDays = 2190;

    // In its own transaction. Only entries before the last acknowledged checkpoint go (the checkpoint entry stays, so
    // the server's head still links to the local chain); the last pruned entry becomes the anchor AuditLog::verify
    // starts from, and the pruning is itself audited (action "prune", entity "audit_log", id = anchor seq).
    // Returns the number of entries removed.
    static Result<qint64> prune(Database &db, const QString &userId, int retentionDays, const QDateTime &now);
};

} // namespace novamind
