-- Holds and destruction (R43, R2, P7; issue #18 items 6-10). Self-contained: only new tables and
-- two new columns of dossiers; no existing row is rewritten.

-- A hold keeps a dossier out of destruction (a dispute, an audit, a court order) until it is
-- released. Rows are kept after release: the history of holds stays.
CREATE TABLE dossier_holds (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    reason TEXT NOT NULL,
    placed_at TEXT NOT NULL,
    placed_by INTEGER REFERENCES users(id),
    released_at TEXT,
    released_by INTEGER REFERENCES users(id)
);
-- One open hold per dossier.
CREATE UNIQUE INDEX dossier_holds_open ON dossier_holds(dossier_id) WHERE released_at IS NULL;

-- A destruction batch (销毁批次): proposed by the clerk with a reason, approved by the head of
-- each owning department of its categories (R2) and by a company leader, or rejected with a
-- reason; executed with a method, two witnesses (监销人) and the date.
CREATE TABLE destruction_batches (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL,                          -- proposed approved rejected destroyed
    reason TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    proposed_by INTEGER NOT NULL REFERENCES users(id),
    rejected_at TEXT,
    rejected_by INTEGER REFERENCES users(id),
    reject_reason TEXT,
    method TEXT,
    executed_on TEXT,                              -- YYYY-MM-DD
    executed_at TEXT,
    executed_by INTEGER REFERENCES users(id),
    witness1 INTEGER REFERENCES users(id),
    witness2 INTEGER REFERENCES users(id)
);

-- The dossiers of a batch, with their page count as it was when proposed (the 销毁清册 lists it
-- after the items are erased).
CREATE TABLE destruction_dossiers (
    batch_id INTEGER NOT NULL REFERENCES destruction_batches(id),
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    pages INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (batch_id, dossier_id)
);
CREATE INDEX destruction_dossiers_dossier ON destruction_dossiers(dossier_id);

-- Approvals: one per owning department (part = the department) and one of a leader (part = '*').
CREATE TABLE destruction_approvals (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES destruction_batches(id),
    part TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    approved_by INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (batch_id, part)
);

-- The tombstone (R43): a destroyed dossier keeps its catalog entry with the day and the batch.
ALTER TABLE dossiers ADD COLUMN destroyed_on TEXT;
ALTER TABLE dossiers ADD COLUMN destruction_batch INTEGER REFERENCES destruction_batches(id);
