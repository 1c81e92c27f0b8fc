// AuditShipper: the replica's audit trail to the server, in acknowledged batches.
#include "sync/AuditShipper.h"

#include "models/audit/AuditBatch.h"
#include "models/audit/AuditChain.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace novamind {

Result<qint64> AuditShipper::acknowledgedSeq(Database &db)
{
    auto stmt = db.prepare("SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoint");
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return row.value() ? stmt->columnInt64(0) : qint64(0);
}

Error AuditShipper::chainBroken(qint64 serverSeq)
{
    return Error{ErrorCode::Corrupt,
                 tr("The server's copy of this replica's audit trail does not match the local one; contact your "
                    "administrator."),
                 QStringLiteral("HTTP 409 chain_broken at server head %1").arg(serverSeq)};
}

Result<bool> AuditShipper::resumePoint(Database &db, qint64 seq, const QString &hash)
{
    if (seq == 0)
        return hash == AuditChain::genesisHash();
    auto stmt = db.prepare("SELECT hash FROM audit_log WHERE seq = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, seq);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return row.value() && stmt->columnText(0) == hash;
}

Result<qint64> AuditShipper::ship(Database &db, SyncClient &client, const QString &deviceId,
                                  const std::function<void(qint64)> &shipped, int batchSize)
{
    batchSize = std::clamp(batchSize, 1, kMaxBatch);
    auto acked = acknowledgedSeq(db);
    if (!acked.ok())
        return acked.error();
    // Entries written while shipping (this sync's own purges, a user at work) wait for the next sync, so that a
    // busy replica still finishes.
    auto newest = db.queryInt("SELECT COALESCE(MAX(seq), 0) FROM audit_log");
    if (!newest.ok())
        return newest.error();
    qint64 after = acked.value();
    qint64 sent = 0;
    qint64 rewoundTo = -1;
    while (after < newest.value()) {
        AuditBatch batch;
        batch.deviceId = deviceId;
        {
            auto stmt = db.prepare("SELECT seq, ts, user_id, action, entity, entity_id, purpose, prev_hash, hash"
                                   " FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?");
            if (!stmt.ok())
                return stmt.error();
            stmt->bind(1, after).bind(2, newest.value()).bind(3, batchSize);
            NM_TRY(stmt->forEach([&](Statement &s) {
                AuditEntry e;
                e.seq = s.columnInt64(0);
                e.ts = s.columnText(1);
                e.userId = s.columnText(2);
                e.action = s.columnText(3);
                e.entity = s.columnText(4);
                e.entityId = s.columnText(5);
                e.purpose = s.columnText(6);
                e.prevHash = s.columnText(7);
                e.hash = s.columnText(8);
                batch.entries.push_back(std::move(e));
            }));
        }
        if (batch.entries.empty())
            break;
        const AuditEntry last = batch.entries.back();
        auto ack = client.pushAudit(deviceId, batch.toJson().value(QLatin1String("entries")).toArray());
        if (!ack.ok())
            return ack.error();
        if (ack->chainBroken) {
            // The server holds less of this chain than it acknowledged before (a new server after a full resync, or
            // one restored from a backup). When its head is an entry of our own chain, resend from there, once per
            // head; anything else means the two chains differ, which a person must look at.
            auto resume = resumePoint(db, ack->checkpointSeq, ack->checkpointHash);
            if (!resume.ok())
                return resume.error();
            if (!resume.value() || ack->checkpointSeq >= after || rewoundTo == ack->checkpointSeq)
                return chainBroken(ack->checkpointSeq);
            rewoundTo = ack->checkpointSeq;
            after = ack->checkpointSeq;
            continue;
        }
        // The acknowledged head must be an entry this replica holds, or recording it would make the local chain
        // fail its own check. It may lie beyond this batch when an earlier run's answer was lost.
        QString localHash = last.hash;
        if (ack->checkpointSeq > last.seq) {
            auto at = db.prepare("SELECT hash FROM audit_log WHERE seq = ?");
            if (!at.ok())
                return at.error();
            at->bind(1, ack->checkpointSeq);
            auto row = at->step();
            if (!row.ok())
                return row.error();
            localHash = row.value() ? at->columnText(0) : QString();
        }
        if (ack->checkpointSeq < last.seq || ack->checkpointHash != localHash)
            return Error{ErrorCode::Server,
                         tr("The sync server acknowledged audit entries that differ from the ones this replica sent."),
                         QStringLiteral("audit checkpoint %1, expected %2").arg(ack->checkpointSeq).arg(last.seq)};
        auto tx = db.begin();
        if (!tx.ok())
            return tx.error();
        auto ins = db.prepare("INSERT OR REPLACE INTO audit_checkpoint (seq, hash, acked_at) VALUES (?, ?, ?)");
        if (!ins.ok())
            return ins.error();
        ins->bind(1, ack->checkpointSeq)
            .bind(2, ack->checkpointHash)
            .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        NM_TRY(ins->run());
        NM_TRY(tx->commit());
        sent += qint64(batch.entries.size());
        after = ack->checkpointSeq;
        if (shipped)
            shipped(sent);
    }
    return sent;
}

} // namespace novamind
