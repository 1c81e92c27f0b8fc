#pragma once
// AuditLog: the hash-chained audit trail; every PHI read and write appends one entry in its own transaction.

#include "models/Result.h"
#include "models/audit/AuditChain.h"

#include <QCoreApplication>
#include <QString>

namespace novamind {

class Database;

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when ok
    QString problem;        // one sentence when not ok
    QString headHash;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // The hash rule lives in models/audit (AuditChain) so that the server verifies with the very same bytes.
    static constexpr const char *kGenesisHash = AuditChain::kGenesisHash;

    // Appends one entry; call inside the transaction of the read or write it records.
    static Status append(Database &db, const QString &userId, const QString &action, const QString &entity,
                         const QString &entityId, const QString &purpose);
    // Walks the whole chain: every hash, every link, no gaps, and nothing cut before an acknowledged checkpoint.
    static Result<AuditVerification> verify(Database &db);
};

} // namespace novamind
