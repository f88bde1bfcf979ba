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
-- the table, its primary key, its secondary index and the delete triggers of every document table stay
-- as they are). Numbers and 8-byte blobs never compare equal, so no row collides while this runs.
UPDATE search_index SET term = (SELECT t.id FROM search_terms t
                                WHERE t.tbl = search_index.tbl AND t.term = search_index.term);
