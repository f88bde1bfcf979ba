-- Vault core: metadata, the blind index, placements and their children, reference data.
-- Every document table has the same shape: id, version, updated_at, the plaintext columns its queries
-- need, and payload (the AEAD envelope of the record's JSON). The allowed plaintext columns are listed
-- in local-store/README.md and a test fails on any column not listed there.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
);

CREATE TABLE search_index (
    tbl       TEXT NOT NULL,
    term      BLOB NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (tbl, term, record_id)
) WITHOUT ROWID;
CREATE INDEX search_index_by_record ON search_index (tbl, record_id);

CREATE TABLE organisations (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    org_type   TEXT NOT NULL,
    payload    BLOB NOT NULL
);
CREATE INDEX organisations_by_type ON organisations (org_type);

CREATE TABLE ratings (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    org_id     TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    payload    BLOB NOT NULL
);
CREATE INDEX ratings_by_org ON ratings (org_id);

CREATE TABLE pools (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    payload    BLOB NOT NULL
);

CREATE TABLE placements (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    status     TEXT NOT NULL,
    payload    BLOB NOT NULL
);
CREATE INDEX placements_by_status ON placements (status, updated_at);

CREATE TABLE slip_versions (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    placement_id TEXT NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    slip_version INTEGER NOT NULL CHECK (slip_version >= 1),
    payload      BLOB NOT NULL,
    UNIQUE (placement_id, slip_version)
);

CREATE TABLE quotes (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    placement_id TEXT NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    status       TEXT NOT NULL,
    payload      BLOB NOT NULL
);
CREATE INDEX quotes_by_placement ON quotes (placement_id);

CREATE TABLE lines (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    placement_id TEXT NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    status       TEXT NOT NULL,
    payload      BLOB NOT NULL
);
CREATE INDEX lines_by_placement ON lines (placement_id);

-- A deleted record takes its blind-index terms with it (also when deleted by a cascade).
CREATE TRIGGER organisations_unindex AFTER DELETE ON organisations BEGIN
    DELETE FROM search_index WHERE tbl = 'organisations' AND record_id = OLD.id; END;
CREATE TRIGGER ratings_unindex AFTER DELETE ON ratings BEGIN
    DELETE FROM search_index WHERE tbl = 'ratings' AND record_id = OLD.id; END;
CREATE TRIGGER pools_unindex AFTER DELETE ON pools BEGIN
    DELETE FROM search_index WHERE tbl = 'pools' AND record_id = OLD.id; END;
CREATE TRIGGER placements_unindex AFTER DELETE ON placements BEGIN
    DELETE FROM search_index WHERE tbl = 'placements' AND record_id = OLD.id; END;
CREATE TRIGGER slip_versions_unindex AFTER DELETE ON slip_versions BEGIN
    DELETE FROM search_index WHERE tbl = 'slip_versions' AND record_id = OLD.id; END;
CREATE TRIGGER quotes_unindex AFTER DELETE ON quotes BEGIN
    DELETE FROM search_index WHERE tbl = 'quotes' AND record_id = OLD.id; END;
CREATE TRIGGER lines_unindex AFTER DELETE ON lines BEGIN
    DELETE FROM search_index WHERE tbl = 'lines' AND record_id = OLD.id; END;
