-- A claim's reserve movements and cash calls (issue 11, client side; ADR 0640) as the sync engine writes them
-- from the exchange's RESERVE_MOVEMENT and CASH_CALL documents: each table holds the exchange's document as the
-- user may see it (a participant's only with its own share), keyed by the exchange's id, found by claim.
-- A vault that pulled before V7 is past those documents in the feed and would never get them: its pull cursors
-- are dropped, so the next sync pulls the feed again from the start (idempotent: a document not newer than the
-- copy held changes nothing). V7 drops only what it creates, IF EXISTS (a vault whose schema history was rewound).

DELETE FROM sync_cursors;
DROP TABLE IF EXISTS reserve_movements;
DROP TABLE IF EXISTS cash_calls;

CREATE TABLE reserve_movements (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    claim_id   TEXT NOT NULL,
    payload    BLOB NOT NULL
);
CREATE INDEX reserve_movements_by_claim ON reserve_movements (claim_id);

CREATE TABLE cash_calls (
    id         TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at INTEGER NOT NULL,
    claim_id   TEXT NOT NULL,
    status     TEXT NOT NULL,
    payload    BLOB NOT NULL
);
CREATE INDEX cash_calls_by_claim ON cash_calls (claim_id);
