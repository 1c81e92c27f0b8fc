-- Data lifecycle: audit retention (anchor, guarded deletes) and cache eviction bookkeeping.
-- Audit retention: entries the server acknowledged may leave the replica once they are older than the retention
-- period. The last pruned entry's seq and hash stay as the anchor the remaining chain is verified from.
CREATE TABLE audit_anchor (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    seq       INTEGER NOT NULL,
    hash      TEXT NOT NULL,
    pruned_at TEXT NOT NULL
);
-- Deletes stay forbidden except up to the anchor, which itself must lie before the server's last acknowledgement.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.seq > (SELECT coalesce(max(seq), 0) FROM audit_anchor)
    OR OLD.seq >= (SELECT coalesce(max(seq), 0) FROM audit_checkpoint)
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;
CREATE TRIGGER audit_anchor_before_checkpoint BEFORE INSERT ON audit_anchor
WHEN NEW.seq >= (SELECT coalesce(max(seq), 0) FROM audit_checkpoint)
BEGIN
    SELECT RAISE(ABORT, 'audit entries the server has not acknowledged cannot be pruned');
END;
CREATE TRIGGER audit_anchor_update_before_checkpoint BEFORE UPDATE ON audit_anchor
WHEN NEW.seq >= (SELECT coalesce(max(seq), 0) FROM audit_checkpoint) OR NEW.seq < OLD.seq
BEGIN
    SELECT RAISE(ABORT, 'audit entries the server has not acknowledged cannot be pruned');
END;

-- Cache eviction (replica/evictAfterDays). When eviction first saw a patient, for patients never opened here.
CREATE TABLE patient_cache_seen (
    patient_id    TEXT PRIMARY KEY NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    first_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
-- Patients evicted from this device (ids only); they come back with the next full resync, which a user asks for.
CREATE TABLE evicted_patient (
    patient_id TEXT PRIMARY KEY NOT NULL,
    evicted_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Soft deletion: a patient deleted on this replica is hidden from clinicians (AccessPolicy) with every row kept, until
-- a user restores them or they are purged: by hand, or by policy replica/deletedRetentionDays after deleted_at.
-- The reason is for the users of this replica; the audit trail records only who deleted whom, and when.
CREATE TABLE patient_deletion (
    patient_id TEXT PRIMARY KEY NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    deleted_at INTEGER NOT NULL,
    deleted_by TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) WITHOUT ROWID;
