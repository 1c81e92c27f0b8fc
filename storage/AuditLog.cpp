#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QDateTime>

namespace novamind {

Status AuditLog::append(Database &db, const QString &userId, const QString &action, const QString &entity,
                        const QString &entityId, const QString &purpose)
{
    auto last = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last.ok())
        return last.error();
    auto row = last->step();
    if (!row.ok())
        return row.error();
    AuditEntry e;
    e.seq = row.value() ? last->columnInt64(0) + 1 : 1;
    e.prevHash = row.value() ? last->columnText(1) : AuditChain::genesisHash();
    e.ts = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.userId = userId;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.purpose = purpose;
    e.hash = AuditChain::computeHash(e.prevHash, e);

    auto ins =
        db.prepare("INSERT INTO audit_log (seq, ts, user_id, action, entity, entity_id, purpose, prev_hash, hash)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins.ok())
        return ins.error();
    ins->bind(1, e.seq)
        .bind(2, e.ts)
        .bind(3, e.userId)
        .bind(4, e.action)
        .bind(5, e.entity)
        .bind(6, e.entityId)
        .bind(7, e.purpose)
        .bind(8, e.prevHash)
        .bind(9, e.hash);
    return ins->run();
}

Result<AuditVerification> AuditLog::verify(Database &db)
{
    AuditVerification v;
    auto stmt = db.prepare("SELECT seq, ts, user_id, action, entity, entity_id, purpose, prev_hash, hash"
                           " FROM audit_log ORDER BY seq");
    if (!stmt.ok())
        return stmt.error();
    QString prev = AuditChain::genesisHash();
    qint64 expectedSeq = 1;
    // After retention pruning (migration 0006) the chain starts after the anchor: the last pruned entry's hash.
    qint64 anchorSeq = 0;
    auto hasAnchor = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_anchor'");
    if (!hasAnchor.ok())
        return hasAnchor.error();
    if (hasAnchor.value() > 0) {
        auto anchor = db.prepare("SELECT seq, hash FROM audit_anchor WHERE id = 1");
        if (!anchor.ok())
            return anchor.error();
        auto anchorRow = anchor->step();
        if (!anchorRow.ok())
            return anchorRow.error();
        if (anchorRow.value()) {
            anchorSeq = anchor->columnInt64(0);
            prev = anchor->columnText(1);
            expectedSeq = anchorSeq + 1;
        }
    }
    auto fail = [&](qint64 seq, const QString &problem) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.problem = problem;
        return v;
    };
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        AuditEntry e;
        e.seq = stmt->columnInt64(0);
        e.ts = stmt->columnText(1);
        e.userId = stmt->columnText(2);
        e.action = stmt->columnText(3);
        e.entity = stmt->columnText(4);
        e.entityId = stmt->columnText(5);
        e.purpose = stmt->columnText(6);
        e.prevHash = stmt->columnText(7);
        e.hash = stmt->columnText(8);
        if (e.seq != expectedSeq)
            return fail(expectedSeq, tr("Audit entry %1 is missing: the chain jumps from %2 to %3.")
                                         .arg(expectedSeq)
                                         .arg(expectedSeq - 1)
                                         .arg(e.seq));
        switch (AuditChain::verifyLink(prev, e)) {
        case AuditLink::Ok:
            break;
        case AuditLink::WrongPrevious:
            return fail(e.seq, tr("Audit entry %1 does not link to the entry before it.").arg(e.seq));
        case AuditLink::Altered:
            return fail(e.seq, tr("Audit entry %1 was altered: its hash does not match its contents.").arg(e.seq));
        }
        prev = e.hash;
        ++expectedSeq;
        ++v.entries;
    }
    v.headHash = prev;

    // Entries the server acknowledged must still be there, unchanged.
    auto cp = db.prepare("SELECT seq, hash FROM audit_checkpoint ORDER BY seq DESC LIMIT 1");
    if (!cp.ok())
        return cp.error();
    auto cpRow = cp->step();
    if (!cpRow.ok())
        return cpRow.error();
    if (cpRow.value()) {
        const qint64 cpSeq = cp->columnInt64(0);
        const QString cpHash = cp->columnText(1);
        const qint64 lastSeq = anchorSeq + v.entries;
        if (cpSeq > lastSeq)
            return fail(lastSeq + 1, tr("The audit trail was cut short: entry %1 onwards is missing, although the "
                                        "server acknowledged entries up to %2.")
                                         .arg(lastSeq + 1)
                                         .arg(cpSeq));
        auto at = db.prepare("SELECT hash FROM audit_log WHERE seq = ?");
        if (!at.ok())
            return at.error();
        at->bind(1, cpSeq);
        auto atRow = at->step();
        if (!atRow.ok())
            return atRow.error();
        if (!atRow.value() || at->columnText(0) != cpHash)
            return fail(cpSeq, tr("Audit entry %1 differs from the one the server acknowledged.").arg(cpSeq));
    }
    return v;
}

} // namespace novamind
