#pragma once
// AuditBatch: a device's run of audit entries as it travels to the server (POST /v1/audit), and its checks.

#include "models/Result.h"
#include "models/audit/AuditChain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace novamind {

class AuditBatch
{
    Q_DECLARE_TR_FUNCTIONS(AuditBatch)
public:
    static constexpr int kMaxDeviceIdLength = 128;

    QString deviceId; // the replica id
    std::vector<AuditEntry> entries;

    // {"device_id": ..., "entries": [{"seq", "ts", "user_id", "action", "entity", "entity_id", "purpose",
    // "prev_hash", "hash"}, ...]}. A Usage error names the offending field path (e.g. "entries[3].hash") and never
    // quotes a value. Only what cannot be a chain is refused (wrong types, seq < 1, malformed hashes, entries not in
    // ascending seq order, NUL characters or broken UTF-16 that PostgreSQL cannot store): a replica cannot rewrite an
    // entry it has chained, so anything it could have written must be accepted.
    static Result<AuditBatch> fromJson(const QJsonObject &body);
    QJsonObject toJson() const;

    // The seq of the first entry that does not continue the run: a gap in seq, a prev_hash that is not the hash of
    // the entry before it, or a hash that does not match its contents. The first entry's prev_hash is not judged
    // here (it links to whatever the receiver already holds). nullopt when the whole run verifies.
    std::optional<qint64> firstBrokenLink() const;
};

} // namespace novamind
