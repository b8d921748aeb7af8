-- foreign keys off
-- A smaller file (issue #23), after 0030_item_dates_as_numbers.sql: the register's dates are stored
-- as numbers too (storage/StoredDates.h). Day numbers (days since 1970-01-01): persons.move_in_date,
-- occupancies.since, until, lease_from, lease_to. Seconds since 1970-01-01T00:00:00Z (UTC):
-- persons.created_at, occupancies.created_at, dossiers.created_at. NULL stays NULL. About 0.13 KB a
-- household on SQLite. Other dates (dossiers.closed_on, loans, audit, …) are still text.
--
-- SQLite: each of the three tables is made anew with INTEGER columns in the same order and with the
-- same constraints, its rows copied over converted (julianday, strftime), the old table dropped, the
-- new one renamed and its indexes made again — SQLite's procedure for changing a column, which
-- needs foreign keys off while it runs (other tables refer to these three): the first line above
-- tells the Migrator, which checks every reference (foreign_key_check) before it commits.
-- (Replacing each column instead — add, fill, drop, rename — made SQLite check the whole schema 16
-- times: 34 ms of every new archive's creation.)
-- PostgreSQL: the columns change type in place, converted by casts.
-- sqlite only
CREATE TABLE persons_0031 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT 'U',
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL DEFAULT '',
    id_blind TEXT NOT NULL DEFAULT '',
    id_legacy INTEGER NOT NULL DEFAULT 0,
    birth_date TEXT,
    work_unit TEXT NOT NULL DEFAULT '',
    home_address TEXT NOT NULL DEFAULT '',
    emergency_contact TEXT NOT NULL DEFAULT '',
    move_in_date INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id),
    masked TEXT,
    contact_name TEXT NOT NULL DEFAULT ''
);
-- sqlite only
INSERT INTO persons_0031(id, name, gender, id_type, id_number, id_blind, id_legacy, birth_date, work_unit,
    home_address, emergency_contact, move_in_date, notes, version, created_at, created_by, masked, contact_name)
SELECT id, name, gender, id_type, id_number, id_blind, id_legacy, birth_date, work_unit, home_address,
    emergency_contact, CAST(julianday(move_in_date) - 2440587.5 AS INTEGER), notes, version,
    CAST(strftime('%s', created_at) AS INTEGER), created_by, masked, contact_name
FROM persons ORDER BY id;
-- sqlite only
DROP TABLE persons;
-- sqlite only
ALTER TABLE persons_0031 RENAME TO persons;
-- sqlite only
CREATE INDEX persons_id_blind ON persons(id_blind);
-- sqlite only
CREATE INDEX persons_unmasked ON persons(id) WHERE masked IS NULL;
-- sqlite only
CREATE INDEX persons_unblinded ON persons(id) WHERE id_number <> '' AND id_blind = '';
-- sqlite only
CREATE TABLE occupancies_0031 (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    room_id INTEGER NOT NULL REFERENCES rooms(id),
    role TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    since INTEGER NOT NULL,
    until INTEGER,
    created_at INTEGER NOT NULL,
    lease_from INTEGER,
    lease_to INTEGER,
    contract_no TEXT NOT NULL DEFAULT ''
);
-- sqlite only
INSERT INTO occupancies_0031(id, person_id, room_id, role, relation, since, until, created_at, lease_from,
    lease_to, contract_no)
SELECT id, person_id, room_id, role, relation, CAST(julianday(since) - 2440587.5 AS INTEGER),
    CAST(julianday(until) - 2440587.5 AS INTEGER), CAST(strftime('%s', created_at) AS INTEGER),
    CAST(julianday(lease_from) - 2440587.5 AS INTEGER), CAST(julianday(lease_to) - 2440587.5 AS INTEGER),
    contract_no
FROM occupancies ORDER BY id;
-- sqlite only
DROP TABLE occupancies;
-- sqlite only
ALTER TABLE occupancies_0031 RENAME TO occupancies;
-- sqlite only
CREATE INDEX occupancies_room ON occupancies(room_id);
-- sqlite only
CREATE INDEX occupancies_person ON occupancies(person_id);
-- sqlite only
CREATE INDEX occupancies_lease_to ON occupancies(lease_to) WHERE lease_to IS NOT NULL AND until IS NULL;
-- sqlite only
CREATE TABLE dossiers_0031 (
    id INTEGER PRIMARY KEY,
    archive_no TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL REFERENCES categories(code),
    title TEXT NOT NULL,
    room_id INTEGER REFERENCES rooms(id),
    person_id INTEGER REFERENCES persons(id),
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    security_level TEXT NOT NULL DEFAULT 'confidential',
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id),
    location_id INTEGER REFERENCES locations(id),
    destroy_eligible TEXT,
    closed_on TEXT,
    retention TEXT NOT NULL DEFAULT '',
    destroyed_on TEXT,
    destruction_batch INTEGER REFERENCES destruction_batches(id)
);
-- sqlite only
INSERT INTO dossiers_0031(id, archive_no, category, title, room_id, person_id, year, seq, status, security_level,
    created_at, created_by, location_id, destroy_eligible, closed_on, retention, destroyed_on, destruction_batch)
SELECT id, archive_no, category, title, room_id, person_id, year, seq, status, security_level,
    CAST(strftime('%s', created_at) AS INTEGER), created_by, location_id, destroy_eligible, closed_on, retention,
    destroyed_on, destruction_batch
FROM dossiers ORDER BY id;
-- sqlite only
DROP TABLE dossiers;
-- sqlite only
ALTER TABLE dossiers_0031 RENAME TO dossiers;
-- sqlite only
CREATE INDEX dossiers_room ON dossiers(room_id);
-- sqlite only
CREATE INDEX dossiers_person ON dossiers(person_id);
-- sqlite only
CREATE INDEX dossiers_location ON dossiers(location_id);
-- sqlite only
CREATE INDEX dossiers_kept_for_a_term ON dossiers(year, retention, destroy_eligible, status)
    WHERE retention <> 'Y' OR destroy_eligible IS NOT NULL;
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
