-- Claims on the exchange beyond advice and payment requests (issue 11): reserve movements, cash calls and
-- claim registrations. Portable SQL both engines run; each resource is its wire JSON (`doc`, at 100%, every
-- participant's share included; the exchange filters a participant's view when it answers) next to the
-- columns queries need. Money lives in the documents as exact decimal strings.

CREATE TABLE reserve_movements (
  id TEXT PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  sequence BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL,
  UNIQUE (claim_id, sequence)
);
CREATE INDEX reserve_movements_claim ON reserve_movements(claim_id, seq);

CREATE TABLE cash_calls (
  id TEXT PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  status TEXT NOT NULL,
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE INDEX cash_calls_claim ON cash_calls(claim_id, seq);

CREATE TABLE claim_registrations (
  claim_id TEXT PRIMARY KEY REFERENCES claims(id),
  registration_number TEXT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
