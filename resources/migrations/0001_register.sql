-- Schema version 1: accounts, the estate structure, people and their rooms, change history.
-- Portable SQL: runs on SQLite and PostgreSQL (INTEGER PRIMARY KEY is rewritten by the dialect).
-- Dates are ISO text (YYYY-MM-DD), timestamps ISO text in UTC (YYYY-MM-DDTHH:MM:SSZ).
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    department TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE estates (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT ''
);

CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates(id),
    name TEXT NOT NULL,
    UNIQUE (estate_id, name)
);

CREATE TABLE buildings (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates(id),
    phase_id INTEGER REFERENCES phases(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (estate_id, code)
);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    building_id INTEGER NOT NULL REFERENCES buildings(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (building_id, code)
);

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    number TEXT NOT NULL,
    floor INTEGER NOT NULL DEFAULT 0,
    area_centi INTEGER NOT NULL DEFAULT 0,
    room_use TEXT NOT NULL DEFAULT 'residential',
    UNIQUE (unit_id, number)
);

-- Sensitive columns (id_number, work_unit, home_address, emergency_contact, phone) hold what
-- the SensitiveCodec's seal() returned; *_blind columns hold its blind index.
CREATE TABLE persons (
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
    move_in_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id)
);
CREATE INDEX persons_id_blind ON persons(id_blind);

CREATE TABLE person_phones (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    position INTEGER NOT NULL,
    phone TEXT NOT NULL,
    phone_blind TEXT NOT NULL,
    tail4 TEXT NOT NULL,
    UNIQUE (person_id, position)
);
CREATE INDEX person_phones_blind ON person_phones(phone_blind);

-- A person's tie to a room: owner, co-owner, tenant, household member or entrusted agent,
-- from `since` until `until` (NULL = current).
CREATE TABLE occupancies (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    room_id INTEGER NOT NULL REFERENCES rooms(id),
    role TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    since TEXT NOT NULL,
    until TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX occupancies_room ON occupancies(room_id);
CREATE INDEX occupancies_person ON occupancies(person_id);

-- R6: every change as who, when, field, old -> new. Values of sensitive fields are sealed.
CREATE TABLE change_history (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    sensitive INTEGER NOT NULL DEFAULT 0,
    changed_by INTEGER REFERENCES users(id),
    changed_at TEXT NOT NULL
);
CREATE INDEX change_history_entity ON change_history(entity, entity_id);
