-- A smaller file (issue #23): most items are the handover papers, titled by their kind's name,
-- which each row repeated (about a fifth of an item's row; 27 MB of a 150,000-household file).
-- Such a title is now stored empty and read back as the kind's name; renaming a kind first writes
-- the old name into its items (FilingRepository), so a title never changes after filing.
UPDATE dossier_items SET title = ''
 WHERE title = (SELECT k.name FROM item_kinds k WHERE k.id = dossier_items.kind_id);
