-- The destruction candidates (R43) are the dossiers kept for a term or given a destroyable day of
-- their own; the start screen counts them at every sign-in (issue #23). Without this index each
-- count read every dossier of the archive (1.15 million at a million households: most of the
-- main window's wait). It holds those dossiers only, with what the count compares.
CREATE INDEX dossiers_kept_for_a_term ON dossiers(year, retention, destroy_eligible, status)
    WHERE retention <> 'Y' OR destroy_eligible IS NOT NULL;
