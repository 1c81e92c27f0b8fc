-- Identity of this replica: which replica it is, when and by which app version it was made.
CREATE TABLE replica_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
