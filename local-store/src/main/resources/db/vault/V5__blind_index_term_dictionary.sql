-- Blind-index term dictionary (ADR 0312). Each distinct 64-bit term of a table (the truncated HMAC,
-- unchanged) is stored once in search_terms under a number; search_index refers to the number. New
-- numbers are handed out in order of first use (max + 1), so the new terms of a batch are appended at
-- the end of search_index instead of landing at random places in HMAC order, one dirty page each.
-- No key is needed: the stored 8-byte terms move into the dictionary as they are.
CREATE TABLE search_terms (
    id   INTEGER PRIMARY KEY,
    tbl  TEXT NOT NULL,
    term BLOB NOT NULL,
    UNIQUE (tbl, term)
);
INSERT INTO search_terms (tbl, term) SELECT DISTINCT tbl, term FROM search_index ORDER BY tbl, term;
-- search_index.term now holds the term's number (an integer; the column keeps its V1 declaration, so
-- the table, its primary key and the delete triggers of every document table stay as they are).
-- Rewritten through a temporary copy and reinserted in key order, with the secondary index dropped
-- meanwhile and rebuilt once at the end: updating 2.5 million keys in place took ~37 s for a vault of
-- 100,000 records.
CREATE TEMP TABLE search_index_v5 AS
    SELECT i.tbl AS tbl, t.id AS term, i.record_id AS record_id
    FROM search_index i JOIN search_terms t ON t.tbl = i.tbl AND t.term = i.term;
DROP INDEX search_index_by_record;
DELETE FROM search_index;
INSERT INTO search_index (tbl, term, record_id)
    SELECT tbl, term, record_id FROM temp.search_index_v5 ORDER BY tbl, term, record_id;
DROP TABLE temp.search_index_v5;
CREATE INDEX search_index_by_record ON search_index (tbl, record_id);
