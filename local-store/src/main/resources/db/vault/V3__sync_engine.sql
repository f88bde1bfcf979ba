-- The sync engine's tables (records defined in app's io.redesk.app.sync.engine, stored through the
-- document layer like every other table): the exchange's last known copy of each entity the user can
-- see (the base and "theirs" of a conflict), and the conflict records themselves.

CREATE TABLE sync_server_copies (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    entity_type  TEXT NOT NULL,
    placement_id TEXT,
    payload      BLOB NOT NULL
);
CREATE INDEX sync_server_copies_by_type ON sync_server_copies (entity_type);
CREATE INDEX sync_server_copies_by_placement ON sync_server_copies (placement_id);

CREATE TABLE sync_conflicts (
    id             TEXT PRIMARY KEY NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    updated_at     INTEGER NOT NULL,
    status         TEXT NOT NULL,
    aggregate_type TEXT NOT NULL,
    aggregate_id   TEXT NOT NULL,
    payload        BLOB NOT NULL
);
CREATE INDEX sync_conflicts_by_status ON sync_conflicts (status);
