#pragma once
// AuditShipper: sends the audit entries the server has not acknowledged yet (POST /v1/audit) and records its
// checkpoint.

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace novamind {

class Database;
class SyncClient;

class AuditShipper
{
    Q_DECLARE_TR_FUNCTIONS(AuditShipper)
public:
    static constexpr int kMaxBatch = 5000; // the server's limit per request

    // Ships every entry after the last acknowledged checkpoint, up to the newest entry at the time of the call, in
    // batches of at most `batchSize`; stores each acknowledged checkpoint in its own transaction. `shipped` is called
    // after each batch with the entries sent so far. Returns the number of entries sent.
    static Result<qint64> ship(Database &db, SyncClient &client, const QString &deviceId,
                               const std::function<void(qint64 shipped)> &shipped = {}, int batchSize = kMaxBatch);

    // The last checkpoint the server acknowledged: its seq, 0 before the first.
    static Result<qint64> acknowledgedSeq(Database &db);

private:
    // True when (seq, hash) is a point of this replica's own chain (seq 0: the genesis hash).
    static Result<bool> resumePoint(Database &db, qint64 seq, const QString &hash);
    static Error chainBroken(qint64 serverSeq);
};

} // namespace novamind
