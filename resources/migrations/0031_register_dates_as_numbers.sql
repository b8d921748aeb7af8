-- A smaller file (issue #23), after 0030_item_dates_as_numbers.sql: the register's dates are stored
-- as numbers too (storage/StoredDates.h). Day numbers (days since 1970-01-01): persons.move_in_date,
-- occupancies.since, until, lease_from, lease_to. Seconds since 1970-01-01T00:00:00Z (UTC):
-- persons.created_at, occupancies.created_at, dossiers.created_at. NULL stays NULL. About 0.13 KB a
-- household on SQLite. Other dates (dossiers.closed_on, loans, audit, …) are still text.
--
-- SQLite: persons and dossiers are referred to by many tables, so instead of making them anew (as
-- 0030 does) each column is replaced: a new INTEGER column is added, filled converted (julianday,
-- strftime), the old one dropped and the new one renamed to the old name (SQLite 3.35 or later). The
-- columns move to the end of their table (nothing reads them by position) and, added to a table that
-- has rows, cannot be NOT NULL there (PostgreSQL keeps NOT NULL). The partial index on the leases
-- names until and lease_to: it is dropped first and made again.
-- PostgreSQL: the columns change type in place, converted by casts.
-- sqlite only
DROP INDEX occupancies_lease_to;
-- sqlite only
ALTER TABLE persons ADD COLUMN created_at_0031 INTEGER;
-- sqlite only
ALTER TABLE persons ADD COLUMN move_in_date_0031 INTEGER;
-- sqlite only
UPDATE persons SET created_at_0031 = CAST(strftime('%s', created_at) AS INTEGER),
    move_in_date_0031 = CAST(julianday(move_in_date) - 2440587.5 AS INTEGER);
-- sqlite only
ALTER TABLE persons DROP COLUMN created_at;
-- sqlite only
ALTER TABLE persons DROP COLUMN move_in_date;
-- sqlite only
ALTER TABLE persons RENAME COLUMN created_at_0031 TO created_at;
-- sqlite only
ALTER TABLE persons RENAME COLUMN move_in_date_0031 TO move_in_date;
-- sqlite only
ALTER TABLE occupancies ADD COLUMN since_0031 INTEGER;
-- sqlite only
ALTER TABLE occupancies ADD COLUMN until_0031 INTEGER;
-- sqlite only
ALTER TABLE occupancies ADD COLUMN lease_from_0031 INTEGER;
-- sqlite only
ALTER TABLE occupancies ADD COLUMN lease_to_0031 INTEGER;
-- sqlite only
ALTER TABLE occupancies ADD COLUMN created_at_0031 INTEGER;
-- sqlite only
UPDATE occupancies SET since_0031 = CAST(julianday(since) - 2440587.5 AS INTEGER),
    until_0031 = CAST(julianday(until) - 2440587.5 AS INTEGER),
    lease_from_0031 = CAST(julianday(lease_from) - 2440587.5 AS INTEGER),
    lease_to_0031 = CAST(julianday(lease_to) - 2440587.5 AS INTEGER),
    created_at_0031 = CAST(strftime('%s', created_at) AS INTEGER);
-- sqlite only
ALTER TABLE occupancies DROP COLUMN since;
-- sqlite only
ALTER TABLE occupancies DROP COLUMN until;
-- sqlite only
ALTER TABLE occupancies DROP COLUMN lease_from;
-- sqlite only
ALTER TABLE occupancies DROP COLUMN lease_to;
-- sqlite only
ALTER TABLE occupancies DROP COLUMN created_at;
-- sqlite only
ALTER TABLE occupancies RENAME COLUMN since_0031 TO since;
-- sqlite only
ALTER TABLE occupancies RENAME COLUMN until_0031 TO until;
-- sqlite only
ALTER TABLE occupancies RENAME COLUMN lease_from_0031 TO lease_from;
-- sqlite only
ALTER TABLE occupancies RENAME COLUMN lease_to_0031 TO lease_to;
-- sqlite only
ALTER TABLE occupancies RENAME COLUMN created_at_0031 TO created_at;
-- sqlite only
CREATE INDEX occupancies_lease_to ON occupancies(lease_to) WHERE lease_to IS NOT NULL AND until IS NULL;
-- sqlite only
ALTER TABLE dossiers ADD COLUMN created_at_0031 INTEGER;
-- sqlite only
UPDATE dossiers SET created_at_0031 = CAST(strftime('%s', created_at) AS INTEGER);
-- sqlite only
ALTER TABLE dossiers DROP COLUMN created_at;
-- sqlite only
ALTER TABLE dossiers RENAME COLUMN created_at_0031 TO created_at;
-- postgres only
ALTER TABLE persons
    ALTER COLUMN created_at TYPE BIGINT USING (EXTRACT(EPOCH FROM created_at::timestamptz)::BIGINT),
    ALTER COLUMN move_in_date TYPE INTEGER USING (move_in_date::date - DATE '1970-01-01');
-- postgres only
ALTER TABLE occupancies
    ALTER COLUMN since TYPE INTEGER USING (since::date - DATE '1970-01-01'),
    ALTER COLUMN until TYPE INTEGER USING (until::date - DATE '1970-01-01'),
    ALTER COLUMN lease_from TYPE INTEGER USING (lease_from::date - DATE '1970-01-01'),
    ALTER COLUMN lease_to TYPE INTEGER USING (lease_to::date - DATE '1970-01-01'),
    ALTER COLUMN created_at TYPE BIGINT USING (EXTRACT(EPOCH FROM created_at::timestamptz)::BIGINT);
-- postgres only
ALTER TABLE dossiers
    ALTER COLUMN created_at TYPE BIGINT USING (EXTRACT(EPOCH FROM created_at::timestamptz)::BIGINT);
