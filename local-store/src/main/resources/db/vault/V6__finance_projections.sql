-- Finance projections (issue 11, client side; ADR 0622): the vault's technical accounts, claims, statements,
-- settlements and invoices as the sync engine writes them from the exchange's documents. The V2 tables were
-- never written by any release (nothing synced accounts before this migration), so they are recreated with
-- the shapes the sync needs: no foreign key to placements (a finance user's account may arrive before, or
-- without, its placement), and the plaintext columns the finance lists filter on.

DROP TRIGGER IF EXISTS technical_accounts_unindex;
DROP TRIGGER IF EXISTS statements_unindex;
DROP TRIGGER IF EXISTS settlements_unindex;
DROP TRIGGER IF EXISTS invoices_unindex;
DELETE FROM search_index WHERE tbl IN ('technical_accounts', 'statements', 'settlements', 'invoices');
DROP TABLE technical_accounts;
DROP TABLE statements;
DROP TABLE settlements;
DROP TABLE invoices;

CREATE TABLE technical_accounts (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    placement_id TEXT,
    status       TEXT NOT NULL,
    payload      BLOB NOT NULL
);
CREATE INDEX technical_accounts_by_placement ON technical_accounts (placement_id);

CREATE TABLE claims (
    id           TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   INTEGER NOT NULL,
    placement_id TEXT,
    payload      BLOB NOT NULL
);
CREATE INDEX claims_by_placement ON claims (placement_id);

CREATE TABLE statements (
    id              TEXT PRIMARY KEY NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    updated_at      INTEGER NOT NULL,
    counterparty_id TEXT NOT NULL,
    payload         BLOB NOT NULL
);
CREATE INDEX statements_by_counterparty ON statements (counterparty_id);

CREATE TABLE settlements (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    status     TEXT NOT NULL,
    payload    BLOB NOT NULL
);
CREATE INDEX settlements_by_status ON settlements (status);

CREATE TABLE invoices (
    id                   TEXT PRIMARY KEY NOT NULL,
    version              INTEGER NOT NULL CHECK (version >= 1),
    updated_at           INTEGER NOT NULL,
    technical_account_id TEXT NOT NULL,
    status               TEXT NOT NULL,
    payload              BLOB NOT NULL
);
CREATE INDEX invoices_by_account ON invoices (technical_account_id);

CREATE TRIGGER technical_accounts_unindex AFTER DELETE ON technical_accounts BEGIN
    DELETE FROM search_index WHERE tbl = 'technical_accounts' AND record_id = OLD.id; END;
CREATE TRIGGER claims_unindex AFTER DELETE ON claims BEGIN
    DELETE FROM search_index WHERE tbl = 'claims' AND record_id = OLD.id; END;
CREATE TRIGGER statements_unindex AFTER DELETE ON statements BEGIN
    DELETE FROM search_index WHERE tbl = 'statements' AND record_id = OLD.id; END;
CREATE TRIGGER settlements_unindex AFTER DELETE ON settlements BEGIN
    DELETE FROM search_index WHERE tbl = 'settlements' AND record_id = OLD.id; END;
CREATE TRIGGER invoices_unindex AFTER DELETE ON invoices BEGIN
    DELETE FROM search_index WHERE tbl = 'invoices' AND record_id = OLD.id; END;
