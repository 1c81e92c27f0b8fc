-- novamind-syncd schema, run by `novamind-syncd migrate` as the owner role (novamind_owner).
-- The service connects as novamind_app, which owns nothing and is subject to every row-level security policy.

CREATE TABLE server_info (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    server_id  UUID NOT NULL DEFAULT gen_random_uuid(),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO server_info DEFAULT VALUES;

-- Sign-in accounts; password_hash = scrypt$N$r$p$<salt b64>$<hash b64>.
CREATE TABLE app_user (
    id              TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
    role            TEXT NOT NULL CHECK (role IN ('psychiatrist', 'clinician', 'admin')),
    organization_id TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    disabled        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Opaque bearer tokens: only their SHA-256 is stored.
CREATE TABLE access_token (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX access_token_user ON access_token (user_id);

-- Failed sign-ins, for throttling (by user name and by address); old rows are pruned by the service.
CREATE TABLE login_failure (
    id       BIGSERIAL PRIMARY KEY,
    username TEXT NOT NULL,
    peer     TEXT NOT NULL,
    at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_user ON login_failure (username, at);
CREATE INDEX login_failure_peer ON login_failure (peer, at);

-- One sequence orders every change (documents and revocations). Writers take the advisory lock
-- nm_change_lock() before drawing from it, so sequence order is commit order and a reader that has
-- seen seq N has seen every change below N.
CREATE SEQUENCE change_seq;
CREATE FUNCTION nm_change_lock() RETURNS void LANGUAGE sql VOLATILE AS
$$ SELECT pg_advisory_xact_lock(7346275) $$;

-- Current version of every synced document (the projection); `doc` is exactly the shared codec's JSON.
-- patient_id is NULL for organisation-wide documents (organization, clinician).
CREATE TABLE document (
    entity          TEXT NOT NULL,
    id              TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    patient_id      TEXT,
    version         BIGINT NOT NULL DEFAULT 1,
    seq             BIGINT NOT NULL,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    effective_at    TIMESTAMPTZ, -- twin_state timestamp, assessment completion, ...
    doc             JSONB,       -- NULL once deleted
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (entity, id)
);
CREATE UNIQUE INDEX document_seq ON document (seq);
CREATE INDEX document_patient ON document (patient_id, entity, effective_at);
CREATE UNIQUE INDEX document_twin_state_time ON document (patient_id, effective_at) WHERE entity = 'twin_state';
-- Notes search, as the platform's document store offers it.
CREATE INDEX document_note_search ON document
    USING gin (to_tsvector('simple', coalesce(doc ->> 'title', '') || ' ' || coalesce(doc ->> 'body', '')))
    WHERE entity = 'clinical_note';

-- Append-only history of every change (the event log the projection is derived from).
CREATE TABLE change_log (
    seq        BIGINT PRIMARY KEY,
    entity     TEXT NOT NULL,
    id         TEXT NOT NULL,
    patient_id TEXT,
    version    BIGINT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'derive')),
    user_id    TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX change_log_entity ON change_log (entity, id);
CREATE FUNCTION change_log_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'the change log is append-only'; END $$;
CREATE TRIGGER change_log_no_update BEFORE UPDATE OR DELETE ON change_log
    FOR EACH ROW EXECUTE FUNCTION change_log_immutable();

-- Who may see which patient, and when: valid_from <= now() < valid_to.
CREATE TABLE care_relationship (
    id              TEXT PRIMARY KEY,
    clinician_id    TEXT NOT NULL REFERENCES app_user (id),
    patient_id      TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    valid_from      TIMESTAMPTZ NOT NULL,
    valid_to        TIMESTAMPTZ,
    activated       BOOLEAN NOT NULL DEFAULT FALSE, -- its patient's documents were re-sequenced for the clinician
    revoked         BOOLEAN NOT NULL DEFAULT FALSE  -- a revocation was issued when it ended
);
CREATE INDEX care_relationship_clinician ON care_relationship (clinician_id, patient_id);
CREATE INDEX care_relationship_patient ON care_relationship (patient_id);

-- A clinician lost access to a patient: the client purges that patient.
CREATE TABLE revocation (
    seq          BIGINT PRIMARY KEY,
    clinician_id TEXT NOT NULL,
    patient_id   TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX revocation_clinician ON revocation (clinician_id, seq);

-- Results of pushed mutations by idempotency key, so a replay answers as the first attempt did.
CREATE TABLE idempotency (
    user_id    TEXT NOT NULL,
    key        TEXT NOT NULL,
    result     JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

-- Audit entries shipped by client replicas, verified link by link; append-only.
CREATE TABLE audit_device (
    device_id       TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL,
    head_seq        BIGINT NOT NULL,
    head_hash       TEXT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE audit_event (
    device_id   TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    ts          TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    received_by TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION change_log_immutable();

-- The server's own record of who read or wrote what through the API (no contents).
CREATE TABLE access_log (
    id       BIGSERIAL PRIMARY KEY,
    at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    user_id  TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    records  INTEGER NOT NULL
);
