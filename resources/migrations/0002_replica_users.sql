-- Users who hold a key slot for this replica, and their role. The role decides column masking
-- (an admin sees no clinical content). Key slots live outside the database, in PATH.keys.
CREATE TABLE replica_user (
    user_id    TEXT PRIMARY KEY NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('psychiatrist', 'clinician', 'admin')),
    created_at TEXT NOT NULL,
    created_by TEXT
) WITHOUT ROWID;
