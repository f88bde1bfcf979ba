-- Blind index in append order (ADR 0204). Every indexed record gets a local number in search_records,
-- handed out in order of first indexing (max + 1); search_index refers to the record by that number
-- instead of its UUID. A batch's index rows then land at the end of each term's range (and at the end
-- of the by-record index) instead of at random places in UUID order: with the UUID as key, a 1,000
-- record batch dirtied a page per index row and the cost per record rose as the vault grew.
-- Only the record map (one row per record) stays keyed by UUID. No key is needed.
CREATE TABLE search_records (
    seq       INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    record_id TEXT NOT NULL,
    UNIQUE (tbl, record_id)
);
INSERT INTO search_records (tbl, record_id) SELECT DISTINCT tbl, record_id FROM search_index ORDER BY tbl, record_id;

-- A term's number already belongs to one table (search_terms), so the index rows no longer repeat the
-- table's name: (term, record) is the whole key, a few bytes per row in the table and its secondary index.
CREATE TABLE search_index_v10 (
    term       INTEGER NOT NULL,
    record_seq INTEGER NOT NULL,
    PRIMARY KEY (term, record_seq)
) WITHOUT ROWID;
INSERT INTO search_index_v10 (term, record_seq)
    SELECT i.term, r.seq FROM search_index i JOIN search_records r ON r.tbl = i.tbl AND r.record_id = i.record_id
    ORDER BY 1, 2;

-- The delete triggers name the old column: dropped before the table, so the rename below re-parses
-- a schema without references to it.
DROP TRIGGER organisations_unindex;
DROP TRIGGER ratings_unindex;
DROP TRIGGER pools_unindex;
DROP TRIGGER placements_unindex;
DROP TRIGGER slip_versions_unindex;
DROP TRIGGER quotes_unindex;
DROP TRIGGER lines_unindex;
DROP TRIGGER registrations_unindex;
DROP TRIGGER technical_accounts_unindex;
DROP TRIGGER statements_unindex;
DROP TRIGGER settlements_unindex;
DROP TRIGGER invoices_unindex;
DROP TRIGGER recon_sessions_unindex;
DROP TRIGGER drafts_unindex;
DROP TRIGGER claims_unindex;
DROP TABLE search_index;
ALTER TABLE search_index_v10 RENAME TO search_index;
CREATE INDEX search_index_by_record ON search_index (record_seq);

-- Deleting a record removes its number; deleting a number removes its index rows. A searchable
-- table added by a later migration declares the same kind of trigger on itself (SchemaColumnsTest
-- and BlindIndexStorageTest check that no trigger names search_index.record_id any more).
CREATE TRIGGER search_records_unindex AFTER DELETE ON search_records BEGIN
    DELETE FROM search_index WHERE record_seq = OLD.seq; END;
CREATE TRIGGER organisations_unindex AFTER DELETE ON organisations BEGIN
    DELETE FROM search_records WHERE tbl = 'organisations' AND record_id = OLD.id; END;
CREATE TRIGGER ratings_unindex AFTER DELETE ON ratings BEGIN
    DELETE FROM search_records WHERE tbl = 'ratings' AND record_id = OLD.id; END;
CREATE TRIGGER pools_unindex AFTER DELETE ON pools BEGIN
    DELETE FROM search_records WHERE tbl = 'pools' AND record_id = OLD.id; END;
CREATE TRIGGER placements_unindex AFTER DELETE ON placements BEGIN
    DELETE FROM search_records WHERE tbl = 'placements' AND record_id = OLD.id; END;
CREATE TRIGGER slip_versions_unindex AFTER DELETE ON slip_versions BEGIN
    DELETE FROM search_records WHERE tbl = 'slip_versions' AND record_id = OLD.id; END;
CREATE TRIGGER quotes_unindex AFTER DELETE ON quotes BEGIN
    DELETE FROM search_records WHERE tbl = 'quotes' AND record_id = OLD.id; END;
CREATE TRIGGER lines_unindex AFTER DELETE ON lines BEGIN
    DELETE FROM search_records WHERE tbl = 'lines' AND record_id = OLD.id; END;
CREATE TRIGGER registrations_unindex AFTER DELETE ON registrations BEGIN
    DELETE FROM search_records WHERE tbl = 'registrations' AND record_id = OLD.id; END;
CREATE TRIGGER technical_accounts_unindex AFTER DELETE ON technical_accounts BEGIN
    DELETE FROM search_records WHERE tbl = 'technical_accounts' AND record_id = OLD.id; END;
CREATE TRIGGER statements_unindex AFTER DELETE ON statements BEGIN
    DELETE FROM search_records WHERE tbl = 'statements' AND record_id = OLD.id; END;
CREATE TRIGGER settlements_unindex AFTER DELETE ON settlements BEGIN
    DELETE FROM search_records WHERE tbl = 'settlements' AND record_id = OLD.id; END;
CREATE TRIGGER invoices_unindex AFTER DELETE ON invoices BEGIN
    DELETE FROM search_records WHERE tbl = 'invoices' AND record_id = OLD.id; END;
CREATE TRIGGER recon_sessions_unindex AFTER DELETE ON recon_sessions BEGIN
    DELETE FROM search_records WHERE tbl = 'recon_sessions' AND record_id = OLD.id; END;
CREATE TRIGGER drafts_unindex AFTER DELETE ON drafts BEGIN
    DELETE FROM search_records WHERE tbl = 'drafts' AND record_id = OLD.id; END;
CREATE TRIGGER claims_unindex AFTER DELETE ON claims BEGIN
    DELETE FROM search_records WHERE tbl = 'claims' AND record_id = OLD.id; END;
