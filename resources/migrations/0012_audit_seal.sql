-- The keyed seal of the audit trail (R27, issue #17). The seal itself lives in the head
-- (meta.audit_head = "count:hash:sealed id:seal") and is written by the program, which holds the
-- key; SQL cannot compute it. An archive whose trail already has records when it reaches this
-- version was written before the seal: it is noted here, and its first signed-in append seals it
-- (once). A trail that had a seal and lost it is not sealed again: verify reports it.
INSERT INTO meta(key, value)
SELECT 'audit_unsealed_before', value FROM meta WHERE key = 'audit_head' AND value NOT LIKE '0:%';
