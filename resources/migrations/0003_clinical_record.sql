-- The clinical record replicated from the platform. Every synced row carries the server's version
-- (0 = never synced) and a local state: 0 clean, 1 pending (changed here, not yet acknowledged),
-- 2 conflict (the server holds a different version; both are kept until a user resolves it).
-- Instants are INTEGER milliseconds since the Unix epoch (UTC); dates are TEXT YYYY-MM-DD.

CREATE TABLE organization (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);

CREATE TABLE clinician (
    id              TEXT PRIMARY KEY NOT NULL, -- the sign-in user id
    license_number  TEXT NOT NULL DEFAULT '',
    given_name      TEXT NOT NULL DEFAULT '',
    family_name     TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('psychiatrist', 'clinician', 'admin')),
    organization_id TEXT NOT NULL REFERENCES organization (id),
    specializations TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    email           TEXT NOT NULL DEFAULT '',
    server_version  INTEGER NOT NULL DEFAULT 0,
    local_state     INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);

CREATE TABLE patient (
    id              TEXT PRIMARY KEY NOT NULL,
    mrn             TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organization (id),
    given_name      TEXT NOT NULL,
    family_name     TEXT NOT NULL,
    birth_date      TEXT NOT NULL,
    sex             TEXT NOT NULL,
    gender          TEXT NOT NULL,
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    -- Search keys: lower-case, accents folded, so that a prefix search is an index range scan.
    family_key      TEXT NOT NULL,
    given_key       TEXT NOT NULL,
    mrn_key         TEXT NOT NULL,
    last_opened_at  INTEGER,
    -- Summary for the patient list, refreshed by RecordMapping::Writer after it writes states or
    -- assessments, so a page of results needs no per-row lookups into 3M rows (measured: search p95
    -- 20 ms -> 4 ms on the reference cohort). Per-row triggers did the same but made bulk loads 3x slower.
    latest_state_ts     INTEGER,
    latest_risk_level   TEXT NOT NULL DEFAULT '',
    last_assessment_at  INTEGER,
    latest_phq9_at      INTEGER,
    latest_phq9_suicide INTEGER NOT NULL DEFAULT 0,
    server_version  INTEGER NOT NULL DEFAULT 0,
    local_state     INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2)),
    UNIQUE (organization_id, mrn)
);
CREATE INDEX patient_family_key ON patient (family_key);
CREATE INDEX patient_given_key ON patient (given_key);
CREATE INDEX patient_mrn_key ON patient (mrn_key);

CREATE TABLE clinical_relationship (
    id              TEXT PRIMARY KEY NOT NULL,
    clinician_id    TEXT NOT NULL,
    patient_id      TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    kind            TEXT NOT NULL,
    valid_from      INTEGER NOT NULL,
    valid_to        INTEGER, -- NULL = open-ended
    server_version  INTEGER NOT NULL DEFAULT 0,
    local_state     INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX relationship_clinician ON clinical_relationship (clinician_id, patient_id);
CREATE INDEX relationship_patient ON clinical_relationship (patient_id);

CREATE TABLE diagnosis (
    id              TEXT PRIMARY KEY NOT NULL,
    patient_id      TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    system          TEXT NOT NULL,
    code            TEXT NOT NULL,
    display         TEXT NOT NULL DEFAULT '',
    severity        TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    onset_date      TEXT,
    resolution_date TEXT,
    diagnosed_by    TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    server_version  INTEGER NOT NULL DEFAULT 0,
    local_state     INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX diagnosis_patient ON diagnosis (patient_id);
CREATE INDEX diagnosis_code ON diagnosis (code);

CREATE TABLE medication (
    id             TEXT PRIMARY KEY NOT NULL,
    patient_id     TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    rxnorm_code    TEXT NOT NULL DEFAULT '',
    dose           REAL NOT NULL DEFAULT 0,
    dose_unit      TEXT NOT NULL DEFAULT '',
    frequency      TEXT NOT NULL DEFAULT '',
    route          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL,
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    prescriber_id  TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX medication_patient ON medication (patient_id);

CREATE TABLE treatment (
    id             TEXT PRIMARY KEY NOT NULL,
    patient_id     TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    status         TEXT NOT NULL,
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    prescriber_id  TEXT NOT NULL DEFAULT '',
    dosage         TEXT NOT NULL DEFAULT '',
    frequency      TEXT NOT NULL DEFAULT '',
    responses      TEXT NOT NULL DEFAULT '[]', -- JSON array of TreatmentResponse (codec format)
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX treatment_patient ON treatment (patient_id);

CREATE TABLE clinical_observation (
    id             TEXT PRIMARY KEY NOT NULL,
    patient_id     TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    clinician_id   TEXT NOT NULL DEFAULT '',
    observed_at    INTEGER NOT NULL,
    type           TEXT NOT NULL,
    numeric_value  REAL,
    text_value     TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL,
    reliability    REAL NOT NULL DEFAULT 1,
    notes          TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX observation_patient ON clinical_observation (patient_id, observed_at);

CREATE TABLE assessment (
    id             TEXT PRIMARY KEY NOT NULL,
    patient_id     TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    clinician_id   TEXT NOT NULL,
    instrument     TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'completed', 'entered_in_error')),
    started_at     INTEGER NOT NULL,
    completed_at   INTEGER,
    answers        TEXT NOT NULL, -- JSON array of item scores, null = unanswered
    sex            TEXT NOT NULL DEFAULT '',
    total          INTEGER,
    band           TEXT NOT NULL DEFAULT '',
    flags          TEXT NOT NULL DEFAULT '[]',
    subscales      TEXT NOT NULL DEFAULT '{}',
    amends         TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX assessment_patient ON assessment (patient_id, instrument, completed_at);
CREATE INDEX assessment_latest ON assessment (patient_id, status, completed_at);
-- A signed assessment is immutable: corrections are new records that amend it.
CREATE TRIGGER assessment_completed_is_immutable BEFORE UPDATE ON assessment
WHEN OLD.status = 'completed' AND (NEW.answers IS NOT OLD.answers OR NEW.total IS NOT OLD.total
    OR NEW.band IS NOT OLD.band OR NEW.completed_at IS NOT OLD.completed_at OR NEW.status <> OLD.status
    OR NEW.patient_id <> OLD.patient_id OR NEW.instrument <> OLD.instrument)
BEGIN
    SELECT RAISE(ABORT, 'completed assessments are immutable');
END;

CREATE TABLE clinical_note (
    id             TEXT PRIMARY KEY NOT NULL,
    patient_id     TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    author_id      TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX note_patient ON clinical_note (patient_id, created_at);
-- Full-text index over notes (FTS4, inside the encrypted file like everything else).
CREATE VIRTUAL TABLE clinical_note_fts USING fts4(content="clinical_note", title, body);
CREATE TRIGGER clinical_note_fts_insert AFTER INSERT ON clinical_note BEGIN
    INSERT INTO clinical_note_fts (docid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
END;
CREATE TRIGGER clinical_note_fts_before_update BEFORE UPDATE ON clinical_note BEGIN
    DELETE FROM clinical_note_fts WHERE docid = OLD.rowid;
END;
CREATE TRIGGER clinical_note_fts_after_update AFTER UPDATE ON clinical_note BEGIN
    INSERT INTO clinical_note_fts (docid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
END;
CREATE TRIGGER clinical_note_fts_delete BEFORE DELETE ON clinical_note BEGIN
    DELETE FROM clinical_note_fts WHERE docid = OLD.rowid;
END;

CREATE TABLE digital_twin (
    id             TEXT PRIMARY KEY NOT NULL,
    patient_id     TEXT NOT NULL UNIQUE REFERENCES patient (id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    model_version  TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);

-- Twin states are append-only, one per patient and instant. The table is clustered on (patient_id, ts):
-- a timeline is one contiguous range read, and bulk loads append to one place per patient instead of
-- scattering random UUID keys over an index (measured: the separate UUID index made the reference
-- cohort load 40% slower).
CREATE TABLE twin_state (
    patient_id         TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    ts                 INTEGER NOT NULL,
    id                 TEXT NOT NULL,
    twin_id            TEXT NOT NULL,
    depression         REAL NOT NULL,
    anxiety            REAL NOT NULL,
    anhedonia          REAL NOT NULL,
    insomnia           REAL NOT NULL,
    serotonin          REAL NOT NULL,
    dopamine           REAL NOT NULL,
    norepinephrine     REAL NOT NULL,
    gaba               REAL NOT NULL,
    glutamate          REAL NOT NULL,
    acetylcholine      REAL NOT NULL,
    sleep_hours        REAL NOT NULL,
    activity_level     REAL NOT NULL,
    social_engagement  REAL NOT NULL,
    global_functioning REAL NOT NULL,
    adherence          REAL NOT NULL,
    suicide_risk       REAL NOT NULL,
    risk_level         TEXT NOT NULL,
    confidence         REAL NOT NULL,
    source_events      TEXT NOT NULL DEFAULT '[]',
    server_version     INTEGER NOT NULL DEFAULT 0,
    local_state        INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2)),
    PRIMARY KEY (patient_id, ts)
) WITHOUT ROWID;
CREATE TRIGGER twin_state_append_only BEFORE UPDATE OF ts, depression, anxiety, anhedonia, insomnia, serotonin,
    dopamine, norepinephrine, gaba, glutamate, acetylcholine, sleep_hours, activity_level, social_engagement,
    global_functioning, adherence, suicide_risk, risk_level, confidence ON twin_state
BEGIN
    SELECT RAISE(ABORT, 'twin states are append-only');
END;

CREATE TABLE twin_prediction (
    id             TEXT PRIMARY KEY NOT NULL,
    twin_id        TEXT NOT NULL,
    patient_id     TEXT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL,
    horizon_days   INTEGER NOT NULL,
    predicted_for  INTEGER NOT NULL,
    data           TEXT NOT NULL, -- values, lower, upper as JSON objects (codec format)
    confidence     REAL NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    local_state    INTEGER NOT NULL DEFAULT 0 CHECK (local_state IN (0, 1, 2))
);
CREATE INDEX twin_prediction_patient ON twin_prediction (patient_id, predicted_for);
