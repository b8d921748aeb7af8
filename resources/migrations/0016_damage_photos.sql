-- A photo of the damage, optional (issue #19 item 5, R45): the image is stored encrypted in the
-- archive's file store like the scans (named by its keyed content hash, sealed under it) and
-- linked to its damage record here. Records made before have none.
ALTER TABLE damage_records ADD COLUMN photo_key TEXT;
ALTER TABLE damage_records ADD COLUMN photo_name TEXT;
ALTER TABLE damage_records ADD COLUMN photo_mime TEXT;
