-- Schema version 3: the search index. One row per searchable fragment: every suffix of a
-- person's name (so a prefix range scan finds any substring, one Chinese character included),
-- a room's number and full reference, a phone's last four digits, an archive number and its
-- tail segments. kind: 1 room, 2 person, 3 dossier. Keys are lower-case, without spaces.
CREATE TABLE search_keys (
    key TEXT NOT NULL,
    kind INTEGER NOT NULL,
    ref_id INTEGER NOT NULL,
    PRIMARY KEY (key, kind, ref_id)
);
CREATE INDEX search_keys_ref ON search_keys(kind, ref_id);
