-- The row every write transaction locks first on PostgreSQL (Database.write): the writers of all exchange
-- instances take their turn on it, so the audit chain and the change feed get their positions in commit
-- order (ADR 0403). On SQLite the one writer connection is the turn; the row is still there, so the
-- schema is the same on both engines.
INSERT INTO counters(name, value) VALUES ('writer', 0);
