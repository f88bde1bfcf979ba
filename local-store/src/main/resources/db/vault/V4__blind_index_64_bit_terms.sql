-- Blind-index terms shrink from 128 to 64 bits (ADR 0311). The 64-bit term of a normalised term is
-- the first 8 bytes of its 128-bit term (both are truncations of the same HMAC), so cutting every
-- stored term to its first 8 bytes gives exactly what a new write stores, without the key.
-- Two 128-bit terms of one record sharing their first 8 bytes would collide on the primary key:
-- UPDATE OR IGNORE leaves such a row unchanged (its 64-bit twin is already there) and the DELETE
-- removes it. The table, its primary key, its index and the triggers that reference it are untouched.
UPDATE OR IGNORE search_index SET term = substr(term, 1, 8) WHERE length(term) > 8;
DELETE FROM search_index WHERE length(term) > 8;
