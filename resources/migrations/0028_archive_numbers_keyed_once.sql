-- An archive number is keyed once (issue #23): the search box finds dossiers through archive_keys
-- (the scanner's keys of the number and its tails, separators left out, upper case), merged with
-- the rooms and persons of search_keys (SearchIndex::lookup). The search_keys of dossiers (kind 3:
-- the number and its tails lower-cased with their separators, a third of the table) go.
DELETE FROM search_keys WHERE kind = 3;
