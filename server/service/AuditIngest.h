#pragma once
// AuditIngest: POST /v1/audit — verifies a device's audit entries link by link and appends them to its chain.

#include "server/service/Caller.h"
#include "server/service/Reply.h"

#include <QByteArray>
#include <QCoreApplication>

namespace novamind::server {

class ConnectionPool;
struct ServiceConfig;

class AuditIngest
{
    Q_DECLARE_TR_FUNCTIONS(AuditIngest)
public:
    // 200 {"accepted": n, "checkpoint": {"seq", "hash"}}: n entries appended, the checkpoint is the device's head.
    // Entries at or below the stored head that match the stored hashes are skipped (a retried push); a gap, a
    // broken link or a different hash at a stored seq is 409 chain_broken with the stored checkpoint, and then
    // nothing is kept. A device of another organisation is 403 forbidden. Bad shape: 400 invalid_json or
    // 422 invalid_request naming the field path; more than config.maxAuditEntriesPerPush entries: 413.
    // Hashes follow models/audit (AuditChain), the rule the replica chained them with.
    static Reply ingest(ConnectionPool &pool, const ServiceConfig &config, const Caller &caller,
                        const QByteArray &body);
};

} // namespace novamind::server
