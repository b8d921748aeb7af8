-- The key tables without their "by record" indexes (issue #23): a record's keys are deleted by
-- deriving them from what the record stores before it changes and deleting exactly those primary
-- keys (SearchIndex.h), so nothing looks keys up by (kind, ref_id) or by dossier any more. The
-- three indexes held every key a second time (about 0.5 KB a household) and cost one more b-tree
-- write per key. The index of an older file is written again when it is opened (meta
-- 'search_keys', SearchIndex::kKeysVersion): only keys the records derive are left.
DROP INDEX search_keys_ref;
DROP INDEX search_terms_ref;
DROP INDEX archive_keys_dossier;
