-- Scanner-proof archive numbers (issue #20 item 1): the keys a typed or scanned 档号 is looked up
-- by. A key is the number (or a tail of it after a separator) in half-width upper case with every
-- character that is neither a letter nor a digit left out, so "z109-yz.2026-y-0301" and
-- "Z109-YZ2026-Y-0301" find Z109-YZ·2026-Y-0301, and "0301" or "Y-0301" find it when no other
-- number ends so. `whole` marks the key of the whole number. Written with each new dossier; the
-- dossiers of an older file are keyed once when it is opened (the program computes the keys).
CREATE TABLE archive_keys (
    key TEXT NOT NULL,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    whole INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, dossier_id)
);
CREATE INDEX archive_keys_dossier ON archive_keys(dossier_id);
