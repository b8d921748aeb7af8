-- Schema version 5: sign-in lockout and the key slots of encryption at rest (issue #3).
-- After this step the sensitive person fields are still plain text; the first sign-in
-- creates the data key and encrypts them (services: AccountService, EncryptionService).
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN password_changed_at TEXT;

-- One slot per user (kind 'user') and one recovery slot (kind 'recovery', user_id NULL),
-- each holding the data key wrapped under a key derived from the password or recovery key.
CREATE TABLE key_slots (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    kdf TEXT NOT NULL,
    wrapped TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX key_slots_user ON key_slots(user_id);

INSERT INTO meta VALUES ('lockout_failures', '5');
INSERT INTO meta VALUES ('lockout_minutes', '15');
INSERT INTO meta VALUES ('idle_lock_minutes', '10');
