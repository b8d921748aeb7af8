-- Monthly reconciliation (RULES R44, issue #19): a session checks the presence of every dossier
-- whose place is in a range (the whole archive or a location subtree). The expected list is
-- fixed when the session starts; scans are saved as they come, each classified at once; finishing
-- marks the expected dossiers that were neither scanned nor on loan as missing.
CREATE TABLE reconciliation_sessions (
    id INTEGER PRIMARY KEY,
    location_id INTEGER REFERENCES locations(id), -- NULL: the whole archive
    scope TEXT NOT NULL,                          -- the range's path as it was at the start
    status TEXT NOT NULL,                         -- open | finished
    started_at TEXT NOT NULL,
    started_by INTEGER REFERENCES users(id),
    finished_at TEXT,
    finished_by INTEGER REFERENCES users(id)
);

-- The dossiers expected in the range when the session started; what became of the unscanned ones
-- is set at the finish.
CREATE TABLE reconciliation_expected (
    session_id INTEGER NOT NULL REFERENCES reconciliation_sessions(id),
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    outcome TEXT,                                 -- set at the finish: missing | on_loan (unscanned ones)
    PRIMARY KEY (session_id, dossier_id)
);

-- Every scan, in order: found | misplaced | on_loan | destroyed | unknown | duplicate.
CREATE TABLE reconciliation_scans (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES reconciliation_sessions(id),
    code TEXT NOT NULL,                           -- what the scanner typed
    dossier_id INTEGER REFERENCES dossiers(id),   -- NULL for an unknown code
    result TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',               -- the dossier's own place (misplaced: its right place)
    loan_id INTEGER REFERENCES loans(id),         -- on_loan: the loan that has it out
    moved INTEGER NOT NULL DEFAULT 0,             -- misplaced and then moved into the session's place
    scanned_at TEXT NOT NULL,
    scanned_by INTEGER REFERENCES users(id)
);
CREATE INDEX reconciliation_scans_session ON reconciliation_scans(session_id);

-- R44: a dossier found missing, from the session that found it; open until a later scan finds it
-- (resolved_how = 'found') or a loss is reported (resolved_how = 'lost', R34).
CREATE TABLE missing_dossiers (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    session_id INTEGER NOT NULL REFERENCES reconciliation_sessions(id),
    since TEXT NOT NULL,                          -- YYYY-MM-DD
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES users(id),
    resolved_how TEXT,
    resolved_session INTEGER REFERENCES reconciliation_sessions(id)
);
CREATE INDEX missing_dossiers_dossier ON missing_dossiers(dossier_id);

-- Violations (R49, issue #19): who, what, the measure taken (警告, 记过, 记大过, 罚款 with the
-- amount in fen) and who decided, with the loan or dossier concerned. Rows are never changed.
CREATE TABLE violations (
    id INTEGER PRIMARY KEY,
    person TEXT NOT NULL,
    what TEXT NOT NULL,
    measure TEXT NOT NULL,                        -- 警告 | 记过 | 记大过 | 罚款
    amount_fen INTEGER,                           -- 罚款 only
    loan_id INTEGER REFERENCES loans(id),
    dossier_id INTEGER REFERENCES dossiers(id),
    decided_by INTEGER NOT NULL REFERENCES users(id),
    decided_at TEXT NOT NULL
);
