-- Schema version 8: borrowing (RULES R21-R25, R30-R35, R45, R47).
-- A loan is one request for one dossier: asked (R30), decided by the access matrix and, where
-- needed, approved (R23, R25); taken out and returned at the desk (R33); extended (R32), chased
-- when overdue (R35) or reported lost (R34). Rows are kept: a loan is never deleted.
CREATE TABLE loans (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    borrower_id INTEGER REFERENCES users(id),     -- NULL for a state organ's visit (R24)
    borrower_name TEXT NOT NULL,                  -- as it was, or the visiting officer
    department TEXT NOT NULL,                     -- the borrower's department (or the organ)
    mode TEXT NOT NULL,                           -- view | borrow | copy
    purpose TEXT NOT NULL,
    wanted_return TEXT,                           -- YYYY-MM-DD the borrower asked for (R30)
    pages TEXT,                                   -- copy requests: which pages (R25)
    status TEXT NOT NULL,                         -- pending approved rejected in_room refused out returned lost
    rule TEXT NOT NULL,                           -- the rule that decided (R21 …)
    approver_department TEXT,                     -- whose head decides and extends (R2, R23)
    requested_at TEXT NOT NULL,
    requested_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    decided_by INTEGER REFERENCES users(id),
    decision_reason TEXT,
    due TEXT,                                     -- YYYY-MM-DD (R31)
    checked_out_at TEXT,
    checked_out_by INTEGER REFERENCES users(id),
    returned_at TEXT,
    returned_by INTEGER REFERENCES users(id),
    return_condition TEXT,                        -- complete | damaged | incomplete (R33)
    return_note TEXT,
    dossier_status_before TEXT,                   -- restored at return
    lost_at TEXT,
    lost_by INTEGER REFERENCES users(id),
    lost_report TEXT,                             -- the written report (R34), kept
    visit_id INTEGER                              -- set for a state organ's visit (R24)
);
CREATE INDEX loans_dossier ON loans(dossier_id);
CREATE INDEX loans_borrower ON loans(borrower_id);
CREATE INDEX loans_status ON loans(status);
-- One dossier is never out twice.
CREATE UNIQUE INDEX loans_one_out ON loans(dossier_id) WHERE status = 'out';

-- Extensions (R32): asked before the due date, decided by the responsible person.
CREATE TABLE loan_extensions (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loans(id),
    requested_at TEXT NOT NULL,
    requested_by INTEGER REFERENCES users(id),
    old_due TEXT NOT NULL,
    new_due TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,                         -- pending | approved | rejected
    decided_at TEXT,
    decided_by INTEGER REFERENCES users(id),
    decision_reason TEXT
);
CREATE INDEX loan_extensions_loan ON loan_extensions(loan_id);

-- Damage records (R33, R45): opened at a return that is not complete, repaired at once.
CREATE TABLE damage_records (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    loan_id INTEGER REFERENCES loans(id),
    condition TEXT NOT NULL,                      -- damaged | incomplete
    note TEXT NOT NULL,
    department TEXT NOT NULL,                     -- the owning department, whose manager is told
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users(id),
    repaired_at TEXT,
    repaired_by INTEGER REFERENCES users(id),
    repair_note TEXT
);
CREATE INDEX damage_records_dossier ON damage_records(dossier_id);

-- The 资料文件借阅、复制记录表 (ZC-05/B05, R25): one row per copy made after approval.
CREATE TABLE copy_entries (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loans(id),
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    pages TEXT NOT NULL,
    sheets INTEGER NOT NULL,
    copies INTEGER NOT NULL,
    purpose TEXT NOT NULL,
    made_at TEXT NOT NULL,
    made_by INTEGER REFERENCES users(id),
    note TEXT
);
CREATE INDEX copy_entries_dossier ON copy_entries(dossier_id);

-- State organs viewing in the room (R24): never a take-out.
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    organ TEXT NOT NULL,
    officer TEXT NOT NULL,
    credential TEXT NOT NULL,
    approved_by INTEGER NOT NULL REFERENCES users(id),
    visited_at TEXT NOT NULL,
    registered_by INTEGER REFERENCES users(id),
    note TEXT
);

-- Owners' own requests to view, correct or copy their record (R47), registered and answered.
CREATE TABLE owner_requests (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    person_id INTEGER REFERENCES persons(id),
    kind TEXT NOT NULL,                           -- view | correct | copy
    detail TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_by INTEGER REFERENCES users(id),
    answer TEXT,
    answered_at TEXT,
    answered_by INTEGER REFERENCES users(id)
);
CREATE INDEX owner_requests_dossier ON owner_requests(dossier_id);

-- Working-day calendars an administrator loaded (R31); they override the shipped year.
CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by INTEGER REFERENCES users(id)
);
CREATE TABLE calendar_days (
    year INTEGER NOT NULL REFERENCES calendar_years(year),
    day TEXT NOT NULL,
    off INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (year, day)
);
