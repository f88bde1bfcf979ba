-- Registrations, accounts and reconciliation; the sync outbox and pull cursors; local-only drafts.

CREATE TABLE registrations (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    placement_id TEXT REFERENCES placements (id) ON DELETE SET NULL,
    status       TEXT NOT NULL,
    payload      BLOB NOT NULL
);
CREATE INDEX registrations_by_placement ON registrations (placement_id);

CREATE TABLE technical_accounts (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    placement_id TEXT REFERENCES placements (id) ON DELETE SET NULL,
    status       TEXT NOT NULL,
    payload      BLOB NOT NULL
);
CREATE INDEX technical_accounts_by_placement ON technical_accounts (placement_id);

CREATE TABLE statements (
    id              TEXT PRIMARY KEY NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    updated_at      INTEGER NOT NULL,
    counterparty_id TEXT NOT NULL,
    status          TEXT NOT NULL,
    payload         BLOB NOT NULL
);
CREATE INDEX statements_by_counterparty ON statements (counterparty_id);

CREATE TABLE settlements (
    id              TEXT PRIMARY KEY NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    updated_at      INTEGER NOT NULL,
    counterparty_id TEXT NOT NULL,
    status          TEXT NOT NULL,
    payload         BLOB NOT NULL
);
CREATE INDEX settlements_by_counterparty ON settlements (counterparty_id);

CREATE TABLE invoices (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    status     TEXT NOT NULL,
    payload    BLOB NOT NULL
);
CREATE INDEX invoices_by_status ON invoices (status);

CREATE TABLE recon_sessions (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    status     TEXT NOT NULL,
    payload    BLOB NOT NULL
);

CREATE TABLE drafts (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    payload    BLOB NOT NULL
);

-- The outbox: every change that must reach the exchange, written in the same transaction as the change.
CREATE TABLE outbox (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    client_mutation_id TEXT NOT NULL UNIQUE,
    aggregate_type     TEXT NOT NULL,
    aggregate_id       TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('PENDING', 'IN_FLIGHT', 'DONE', 'FAILED')),
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_run_at        INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    payload            BLOB NOT NULL,
    last_error         BLOB
);
CREATE INDEX outbox_due ON outbox (status, next_run_at);
CREATE INDEX outbox_by_aggregate ON outbox (aggregate_type, aggregate_id);

-- Pull cursors, advanced in the same transaction as the changes they cover.
CREATE TABLE sync_cursors (
    stream     TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    cursor     BLOB NOT NULL
);

CREATE TRIGGER registrations_unindex AFTER DELETE ON registrations BEGIN
    DELETE FROM search_index WHERE tbl = 'registrations' AND record_id = OLD.id; END;
CREATE TRIGGER technical_accounts_unindex AFTER DELETE ON technical_accounts BEGIN
    DELETE FROM search_index WHERE tbl = 'technical_accounts' AND record_id = OLD.id; END;
CREATE TRIGGER statements_unindex AFTER DELETE ON statements BEGIN
    DELETE FROM search_index WHERE tbl = 'statements' AND record_id = OLD.id; END;
CREATE TRIGGER settlements_unindex AFTER DELETE ON settlements BEGIN
    DELETE FROM search_index WHERE tbl = 'settlements' AND record_id = OLD.id; END;
CREATE TRIGGER invoices_unindex AFTER DELETE ON invoices BEGIN
    DELETE FROM search_index WHERE tbl = 'invoices' AND record_id = OLD.id; END;
CREATE TRIGGER recon_sessions_unindex AFTER DELETE ON recon_sessions BEGIN
    DELETE FROM search_index WHERE tbl = 'recon_sessions' AND record_id = OLD.id; END;
CREATE TRIGGER drafts_unindex AFTER DELETE ON drafts BEGIN
    DELETE FROM search_index WHERE tbl = 'drafts' AND record_id = OLD.id; END;
