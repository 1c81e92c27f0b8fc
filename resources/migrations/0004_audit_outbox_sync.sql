-- Hash-chained audit trail: hash = SHA-256(prev_hash || canonical entry). Rows are never updated
-- or deleted here (the triggers are a guard, the chain is the proof; `novamindctl check` verifies it).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY NOT NULL,
    ts        TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    purpose   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;

-- Checkpoints the server acknowledged: the chain may not end before the last one (truncation).
CREATE TABLE audit_checkpoint (
    seq         INTEGER PRIMARY KEY NOT NULL,
    hash        TEXT NOT NULL,
    acked_at    TEXT NOT NULL
);

-- Edits that must reach the server, written in the same transaction as the edit.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    entity          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    base_version    INTEGER NOT NULL,
    op              TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    data            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'quarantined')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_entity ON outbox (entity, entity_id);

-- Cursor, server id, last sync time and similar single values.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Emergency access outside the clinician's relationships: reason, time limit, audited.
CREATE TABLE break_glass (
    id         INTEGER PRIMARY KEY,
    user_id    TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    granted_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX break_glass_user ON break_glass (user_id, patient_id, expires_at);
