-- The exchange's store on PostgreSQL: the same tables, columns and keys as sqlite/V1__exchange_schema.sql
-- (so every statement in the stores runs unchanged on both engines), in PostgreSQL's types: whole numbers
-- are BIGINT (sequence numbers, versions and epoch milliseconds outgrow INTEGER), bytes are BYTEA, and
-- flags stay 0/1 integers as on SQLite. Ids are UUIDs stored as text, as on SQLite.

CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);

CREATE TABLE ratings (
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  agency TEXT NOT NULL,
  grade TEXT NOT NULL,
  rated_at TEXT NOT NULL,
  PRIMARY KEY (organisation_id, agency)
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  roles TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  seq BIGINT NOT NULL UNIQUE
);

CREATE TABLE pools (
  id TEXT PRIMARY KEY REFERENCES organisations(id),
  sector TEXT NOT NULL,
  version BIGINT NOT NULL
);

CREATE TABLE pool_members (
  pool_id TEXT NOT NULL REFERENCES pools(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  share TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (pool_id, organisation_id)
);

CREATE TABLE security_policies (
  organisation_id TEXT PRIMARY KEY REFERENCES organisations(id),
  agency TEXT NOT NULL,
  grade TEXT NOT NULL,
  applies_cross_border_rmb INTEGER NOT NULL,
  version BIGINT NOT NULL
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  access_hash TEXT NOT NULL UNIQUE,
  access_expires_at BIGINT NOT NULL,
  refresh_hash TEXT NOT NULL UNIQUE,
  refresh_expires_at BIGINT NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE placements (
  id TEXT PRIMARY KEY,
  umr TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  broker_id TEXT NOT NULL REFERENCES organisations(id),
  cedent_id TEXT NOT NULL REFERENCES organisations(id),
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL,
  signing TEXT
);
CREATE INDEX placements_broker ON placements(broker_id, seq);
CREATE INDEX placements_cedent ON placements(cedent_id, seq);

CREATE TABLE placement_participants (
  placement_id TEXT NOT NULL REFERENCES placements(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL,
  override_reason TEXT,
  PRIMARY KEY (placement_id, organisation_id)
);
CREATE INDEX participants_org ON placement_participants(organisation_id, placement_id);

CREATE TABLE slip_versions (
  placement_id TEXT NOT NULL REFERENCES placements(id),
  number BIGINT NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (placement_id, number)
);

CREATE TABLE endorsements (
  id TEXT PRIMARY KEY,
  placement_id TEXT NOT NULL REFERENCES placements(id),
  number BIGINT NOT NULL,
  doc TEXT NOT NULL,
  UNIQUE (placement_id, number)
);

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  placement_id TEXT NOT NULL REFERENCES placements(id),
  reinsurer_id TEXT NOT NULL REFERENCES organisations(id),
  status TEXT NOT NULL,
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE INDEX quotes_placement ON quotes(placement_id, seq);
CREATE INDEX quotes_reinsurer ON quotes(reinsurer_id, seq);

CREATE TABLE lines (
  id TEXT PRIMARY KEY,
  placement_id TEXT NOT NULL REFERENCES placements(id),
  reinsurer_id TEXT NOT NULL REFERENCES organisations(id),
  status TEXT NOT NULL,
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE INDEX lines_placement ON lines(placement_id, seq);

CREATE TABLE registrations (
  placement_id TEXT PRIMARY KEY REFERENCES placements(id),
  registration_number TEXT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);

CREATE TABLE changes (
  seq BIGINT PRIMARY KEY,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  placement_id TEXT,
  action TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  doc TEXT NOT NULL,
  restricted_doc TEXT
);
CREATE TABLE change_audience (
  organisation_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  restricted INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, seq)
);

CREATE TABLE audit_events (
  seq BIGINT PRIMARY KEY,
  occurred_at TEXT NOT NULL,
  actor_user_id TEXT,
  actor_org_id TEXT,
  action TEXT NOT NULL,
  entity_type TEXT,
  entity_id TEXT,
  detail TEXT,
  content_digest TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  public INTEGER NOT NULL
);
CREATE TABLE audit_audience (
  organisation_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (organisation_id, seq)
);

CREATE TABLE idempotency (
  user_id TEXT NOT NULL,
  idem_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  content_type TEXT,
  etag TEXT,
  location TEXT,
  body BYTEA,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);
