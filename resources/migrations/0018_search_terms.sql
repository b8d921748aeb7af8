-- Search the Chinese way (issue #20 item 8): keys of their own kinds beside search_keys, so that
-- a Latin query matches a person's pinyin without matching every archive number that holds the
-- same letters. kind: 1 the pinyin of a person's name (full and initials, every reading;
-- ref_id = person), 2 the title typed for a dossier opened by hand (not an owner's or tenant's,
-- which is named by its room and person), 3 the titles typed for a dossier's items, not the kind's
-- name an item has otherwise (ref_id = dossier for both; the suffixes of the title, simplified). The kind leads the key so that each kind is one
-- range scan. Written with each record; the records of an older file are indexed once when it is
-- opened (the program computes the keys; meta 'search_terms' names the table's version).
CREATE TABLE search_terms (
    kind INTEGER NOT NULL,
    key TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    PRIMARY KEY (kind, key, ref_id)
);
CREATE INDEX search_terms_ref ON search_terms(kind, ref_id);
