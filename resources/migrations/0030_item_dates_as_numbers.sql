-- A smaller file (issue #23): the dates of the dossier items are stored as numbers instead of text
-- (storage/StoredDates.h). item_date, received_on, due_on and filed_on become INTEGER day numbers,
-- the days since 1970-01-01 (2022-09-01 is 19236); filed_at becomes the seconds since
-- 1970-01-01T00:00:00Z (UTC). NULL stays NULL. On SQLite a day number takes 2 or 3 bytes of the
-- row instead of 10, a time 4 instead of 20: about 50 bytes of an item's 84 (0.37 KB a household).
-- Numbers compare as the text did, so the due index (filed_at IS NULL) and the late index
-- (filed_on > due_on) keep their meaning.
--
-- SQLite: a TEXT column would turn a number written into it back into text (type affinity), so the
-- table is made anew with INTEGER columns, the rows copied over converted (julianday, strftime),
-- and its indexes made again. attachments refers to the items: its rows are set aside while the old
-- table is dropped (the drop would otherwise break their references) and put back as they were.
-- PostgreSQL: the columns change type in place, converted by casts.
--
-- The new SQLite table has no UNIQUE (dossier_id, seq): its index held every item a second time
-- (0.11 KB a household) for a check the program already makes. An item's number in its dossier is
-- MAX(seq) + 1 read inside the write transaction that adds it (FilingService::addItem), and SQLite
-- lets one writer at a time, so two items of one dossier cannot get the same number. PostgreSQL,
-- where desks write at once, keeps the constraint. The dossier's items are found and ordered
-- through dossier_items_kind (dossier_id first).
-- sqlite only
CREATE TABLE dossier_items_0030 (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    kind_id INTEGER NOT NULL REFERENCES item_kinds(id),
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    doc_no TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    item_date INTEGER,
    pages INTEGER NOT NULL DEFAULT 0,
    received_on INTEGER NOT NULL,
    received_by INTEGER REFERENCES users(id),
    due_on INTEGER NOT NULL,
    filed_at INTEGER,
    filed_on INTEGER,
    filed_by INTEGER REFERENCES users(id),
    fields TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
-- sqlite only
INSERT INTO dossier_items_0030(id, dossier_id, kind_id, seq, title, doc_no, responsible, item_date, pages,
    received_on, received_by, due_on, filed_at, filed_on, filed_by, fields, note)
SELECT id, dossier_id, kind_id, seq, title, doc_no, responsible,
    CAST(julianday(item_date) - 2440587.5 AS INTEGER), pages,
    CAST(julianday(received_on) - 2440587.5 AS INTEGER), received_by,
    CAST(julianday(due_on) - 2440587.5 AS INTEGER), CAST(strftime('%s', filed_at) AS INTEGER),
    CAST(julianday(filed_on) - 2440587.5 AS INTEGER), filed_by, fields, note
FROM dossier_items ORDER BY id;
-- sqlite only
CREATE TABLE attachments_0030 AS SELECT * FROM attachments;
-- sqlite only
DELETE FROM attachments;
-- sqlite only
DROP TABLE dossier_items;
-- sqlite only
ALTER TABLE dossier_items_0030 RENAME TO dossier_items;
-- sqlite only
CREATE INDEX dossier_items_kind ON dossier_items(dossier_id, kind_id);
-- sqlite only
CREATE INDEX dossier_items_due ON dossier_items(due_on) WHERE filed_at IS NULL;
-- sqlite only
CREATE INDEX dossier_items_late ON dossier_items(received_on) WHERE filed_on > due_on;
-- sqlite only
INSERT INTO attachments SELECT * FROM attachments_0030 ORDER BY id;
-- sqlite only
DROP TABLE attachments_0030;
-- postgres only
ALTER TABLE dossier_items
    ALTER COLUMN item_date TYPE INTEGER USING (item_date::date - DATE '1970-01-01'),
    ALTER COLUMN received_on TYPE INTEGER USING (received_on::date - DATE '1970-01-01'),
    ALTER COLUMN due_on TYPE INTEGER USING (due_on::date - DATE '1970-01-01'),
    ALTER COLUMN filed_on TYPE INTEGER USING (filed_on::date - DATE '1970-01-01'),
    ALTER COLUMN filed_at TYPE BIGINT USING (EXTRACT(EPOCH FROM filed_at::timestamptz)::BIGINT);
