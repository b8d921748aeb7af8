-- Schema version 2: dossier categories and dossiers with their archive numbers (档号, R10).
-- The owner and tenant dossiers are opened when a person is registered (R5).
CREATE TABLE categories (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    archive_code TEXT NOT NULL UNIQUE,
    department TEXT NOT NULL,
    retention TEXT NOT NULL,
    loan_days INTEGER NOT NULL,
    loan_working_days INTEGER NOT NULL,
    sort_order INTEGER NOT NULL
);

INSERT INTO categories VALUES ('owner', '业主', 'YZ', '客服部', 'Y', 0, 0, 1);
INSERT INTO categories VALUES ('tenant', '租户', 'ZH', '客服部', 'D30', 0, 0, 2);
INSERT INTO categories VALUES ('service', '服务记录', 'FW', '客服部', 'D10', 7, 1, 3);
INSERT INTO categories VALUES ('repair', '维修', 'WX', '工程部', 'D30', 7, 1, 4);
INSERT INTO categories VALUES ('security', '安全', 'AQ', '安全部', 'D30', 7, 1, 5);
INSERT INTO categories VALUES ('engineering', '工程', 'GC', '工程部', 'Y', 7, 1, 6);
INSERT INTO categories VALUES ('finance', '财务', 'CW', '财务部', 'D30', 7, 1, 7);

-- The last item number handed out per category and year; numbers are never reused.
CREATE TABLE archive_sequences (
    category TEXT NOT NULL REFERENCES categories(code),
    year INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (category, year)
);

CREATE TABLE dossiers (
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
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id)
);
CREATE INDEX dossiers_room ON dossiers(room_id);
CREATE INDEX dossiers_person ON dossiers(person_id);

INSERT INTO meta VALUES ('fonds_code', 'Z109');
INSERT INTO meta VALUES ('archive_no_pattern', '{fonds}-{category}·{year}-{retention}-{seq:4}');
