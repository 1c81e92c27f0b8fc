#pragma once
// AuditLog: the hash-chained audit trail; every PHI read and write appends one entry in its own transaction.

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

namespace novamind {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QString ts; // ISO 8601 UTC with milliseconds
    QString userId;
    QString action; // read | search | create | update | sign | delete | purge | export | break_glass | login
    QString entity; // patient | assessment | twin_state | ...
    QString entityId;
    QString purpose; // treatment | break_glass:<reason> | sync | administration ...
    QString prevHash;
    QString hash;
};

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
    static constexpr const char *kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    // Appends one entry; call inside the transaction of the read or write it records.
    static Status append(Database &db, const QString &userId, const QString &action, const QString &entity,
                         const QString &entityId, const QString &purpose);
    // Walks the whole chain: every hash, every link, no gaps, and nothing cut before an acknowledged checkpoint.
    static Result<AuditVerification> verify(Database &db);

    // The bytes that are hashed: a JSON array of the entry's fields, without hashes.
    static QByteArray canonical(const AuditEntry &entry);
    static QString computeHash(const QString &prevHash, const AuditEntry &entry);
};

} // namespace novamind
