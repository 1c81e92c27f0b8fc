-- Sync bookkeeping on the replica: conflicts kept for a user to resolve, the resync epoch of every synced row, and
-- the patient of each outbox entry (so a revocation purges that patient's unsent edits without parsing documents).

-- One record where the server and this replica both changed. local_data / server_data are codec documents
-- ('{}' when that side deleted the record).
CREATE TABLE sync_conflict (
    id             INTEGER PRIMARY KEY,
    entity         TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    patient_id     TEXT NOT NULL DEFAULT '',
    local_data     TEXT NOT NULL DEFAULT '{}',
    local_deleted  INTEGER NOT NULL DEFAULT 0,
    base_version   INTEGER NOT NULL DEFAULT 0,
    server_version INTEGER NOT NULL,
    server_data    TEXT NOT NULL DEFAULT '{}',
    server_deleted INTEGER NOT NULL DEFAULT 0,
    detected_at    TEXT NOT NULL,
    UNIQUE (entity, entity_id)
);
CREATE INDEX sync_conflict_patient ON sync_conflict (patient_id);

-- The full resync a row was last written in (sync_state 'epoch'); a resync sweeps clean rows of older epochs.
-- No index: the sweep runs once per resync, while an index would cost every bulk insert (twin_state above all).
ALTER TABLE organization ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clinician ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE patient ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clinical_relationship ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE diagnosis ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE medication ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE treatment ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clinical_observation ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clinical_note ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessment ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE digital_twin ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE twin_state ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE twin_prediction ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;

-- The patient an outbox entry belongs to ('' for rows written before this migration: purges parse their data).
ALTER TABLE outbox ADD COLUMN patient_id TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_patient ON outbox (patient_id);
CREATE INDEX outbox_state ON outbox (state, seq);

-- Purges look grants up by patient alone; break_glass_user leads with the user.
CREATE INDEX break_glass_patient ON break_glass (patient_id);
