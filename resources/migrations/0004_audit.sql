-- Schema version 4: the audit trail (R27). Rows are appended, never updated or deleted. Each
-- carries the SHA-256 of its own fields and of the row before it (prev_hash), so an edited,
-- deleted or inserted row breaks the chain (AuditService::verify). Ids are assigned by the
-- program, 1, 2, 3 … without gaps; at is ISO 8601 in UTC. user_login is kept as it was when
-- the row was written, even if the account is renamed later; there is no foreign key, so the
-- trail outlives whatever it names.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    user_login TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id INTEGER,
    dossier TEXT,
    detail TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log(user_login, id);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
CREATE INDEX audit_log_dossier ON audit_log(dossier, id);
CREATE INDEX audit_log_action ON audit_log(action, id);
CREATE INDEX audit_log_at ON audit_log(at);
-- The head of the chain, "<records>:<hash of the last record>", rewritten with every append:
-- a deleted last record leaves the head pointing past the end of the table.
INSERT INTO meta(key, value) VALUES ('audit_head', '0:0000000000000000000000000000000000000000000000000000000000000000');
