-- Accounts on the exchange (issue 11): technical accounts, claims, settlements, invoices and bill
-- registrations. Portable SQL that SQLite and PostgreSQL both run (no AUTOINCREMENT, no engine-only
-- types). Like the other resources, each is kept as its wire JSON (`doc`) next to the columns queries
-- and rules need. Money amounts live in the documents as exact decimal strings at the currency's minor
-- unit (the wire form); no amount is ever stored as a float or recomputed from a column.

CREATE TABLE technical_accounts (
  id TEXT PRIMARY KEY,
  placement_id TEXT NOT NULL REFERENCES placements(id),
  broker_id TEXT NOT NULL REFERENCES organisations(id),
  cedent_id TEXT NOT NULL REFERENCES organisations(id),
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  period TEXT NOT NULL,
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE INDEX technical_accounts_placement ON technical_accounts(placement_id, seq);
CREATE INDEX technical_accounts_broker ON technical_accounts(broker_id, seq);
CREATE INDEX technical_accounts_cedent ON technical_accounts(cedent_id, seq);

-- The participants (signed lines) of an account: who may see it (its own share only).
CREATE TABLE account_participants (
  account_id TEXT NOT NULL REFERENCES technical_accounts(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (account_id, organisation_id)
);
CREATE INDEX account_participants_org ON account_participants(organisation_id, account_id);

CREATE TABLE bill_registrations (
  account_id TEXT PRIMARY KEY REFERENCES technical_accounts(id),
  registration_number TEXT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  placement_id TEXT NOT NULL REFERENCES placements(id),
  ucr TEXT NOT NULL,
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL,
  UNIQUE (placement_id, ucr)
);

CREATE TABLE settlements (
  id TEXT PRIMARY KEY,
  payer_id TEXT NOT NULL REFERENCES organisations(id),
  payee_id TEXT NOT NULL REFERENCES organisations(id),
  status TEXT NOT NULL,
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE INDEX settlements_payer ON settlements(payer_id, seq);
CREATE INDEX settlements_payee ON settlements(payee_id, seq);

-- Invoice numbers are unique per issuer; a requested or exempt invoice has no number yet (NULLs never collide).
CREATE TABLE invoices (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES technical_accounts(id),
  issuer_id TEXT NOT NULL REFERENCES organisations(id),
  recipient_id TEXT NOT NULL REFERENCES organisations(id),
  reinsurer_id TEXT NOT NULL REFERENCES organisations(id),
  invoice_number TEXT,
  red_invoice_number TEXT,
  status TEXT NOT NULL,
  version BIGINT NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  doc TEXT NOT NULL,
  UNIQUE (issuer_id, invoice_number),
  UNIQUE (issuer_id, red_invoice_number)
);
CREATE INDEX invoices_issuer ON invoices(issuer_id, seq);
CREATE INDEX invoices_recipient ON invoices(recipient_id, seq);
