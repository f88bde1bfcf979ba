-- The organisation's registered Chinese name, optional (the contract's Organisation.nameZh): clients
-- show it to users reading Chinese. Rows from before it have none and read as before.
ALTER TABLE organisations ADD COLUMN name_zh TEXT;
