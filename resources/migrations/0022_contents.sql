-- Scans and damage photos in the database (issue #24 item 3): the sealed contents, exactly as
-- the files of the archive's file store hold them (AES-256-GCM under the content key), keyed by
-- their content key. Used on PostgreSQL (storage/ContentStore.h: one transaction covers a record
-- and its scans, one pg_dump holds everything); a SQLite archive keeps its files beside it (the
-- backups copy that folder), and this table stays empty there. BLOB is bytea on PostgreSQL.
CREATE TABLE contents (
    key TEXT PRIMARY KEY,
    sealed BLOB NOT NULL
);
