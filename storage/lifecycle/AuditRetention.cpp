#include "storage/lifecycle/AuditRetention.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace novamind {

Result<qint64> AuditRetention::prune(Database &db, const QString &userId, int retentionDays, const QDateTime &now)
{
    if (retentionDays <= 0)
        return qint64(0);
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    // Timestamps are written as UTC ISO 8601 with milliseconds, so text order is time order.
    const QString cutoff = now.toUTC().addDays(-retentionDays).toString(Qt::ISODateWithMs);
    auto last = db.prepare("SELECT seq, hash FROM audit_log WHERE ts < ?1"
                           " AND seq < (SELECT coalesce(max(seq), 0) FROM audit_checkpoint)"
                           " AND seq > (SELECT coalesce(max(seq), 0) FROM audit_anchor)"
                           " ORDER BY seq DESC LIMIT 1");
    if (!last.ok())
        return last.error();
    last->bind(1, cutoff);
    auto row = last->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return qint64(0);
    const qint64 anchorSeq = last->columnInt64(0);
    const QString anchorHash = last->columnText(1);
    const QString prunedAt = now.toUTC().toString(Qt::ISODateWithMs);

    auto update = db.prepare("UPDATE audit_anchor SET seq = ?1, hash = ?2, pruned_at = ?3 WHERE id = 1");
    if (!update.ok())
        return update.error();
    update->bind(1, anchorSeq).bind(2, anchorHash).bind(3, prunedAt);
    NM_TRY(update->run());
    if (db.changes() == 0) {
        auto insert = db.prepare("INSERT INTO audit_anchor (id, seq, hash, pruned_at) VALUES (1, ?1, ?2, ?3)");
        if (!insert.ok())
            return insert.error();
        insert->bind(1, anchorSeq).bind(2, anchorHash).bind(3, prunedAt);
        NM_TRY(insert->run());
    }
    auto del = db.prepare("DELETE FROM audit_log WHERE seq <= ?1");
    if (!del.ok())
        return del.error();
    del->bind(1, anchorSeq);
    NM_TRY(del->run());
    const qint64 pruned = db.changes();
    NM_TRY(AuditLog::append(db, userId, QStringLiteral("prune"), QStringLiteral("audit_log"),
                            QString::number(anchorSeq), QStringLiteral("retention")));
    NM_TRY(tx->commit());
    return pruned;
}

} // namespace novamind
