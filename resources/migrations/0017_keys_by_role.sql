-- Keys by role (issue #17 item 5, docs/security.md). Roles that may not unmask hold only the
-- operational key; the full values stay sealed under the data key (the full key).
-- A user slot of the new form wraps the operational key and the account's own X25519 private
-- key; `public_key` is its public half, and `full_key` the data key sealed to it (a grant,
-- written by a session that holds the data key, only for roles that may unmask).
ALTER TABLE key_slots ADD COLUMN public_key TEXT;
ALTER TABLE key_slots ADD COLUMN full_key TEXT;

-- The masked forms of a person's sensitive fields, and of the sensitive values of a change
-- history row, sealed under a subkey of the operational key (JSON, "m1:" + base64). Filled
-- with every write, and for older rows at the first sign-in that holds the data key.
ALTER TABLE persons ADD COLUMN masked TEXT;
ALTER TABLE change_history ADD COLUMN masked TEXT;

-- Sessions without the data key that write full values (the administrator's demo) seal them
-- under a key agreed between an ephemeral key pair and the archive's public key: the
-- ephemeral public halves, one per such session.
CREATE TABLE writer_keys (
    id INTEGER PRIMARY KEY,
    public_key TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
