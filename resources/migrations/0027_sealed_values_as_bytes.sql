-- A smaller file (issue #23): on SQLite the sealed person fields, the masked forms and the blind
-- indexes are stored as bytes instead of text (storage/SealedBytes.h): a sealed value as one tag
-- byte and the raw nonce, ciphertext and tag instead of "v1:" and base64; a blind index as its 16
-- bytes instead of 32 hex digits, in the row and in its index. ar_sealed_bytes and ar_blind_bytes
-- are SQL functions of the program's SQLite connection; they return a value that is not a sealed
-- text or a blind index (empty, plain text of an archive not yet encrypted, 'locked') as it is,
-- and the bytes give back the very same text, so every value opens as before.
-- PostgreSQL keeps the text: statements that use these functions do not run there (Migrator).
UPDATE persons SET id_number = ar_sealed_bytes(id_number), id_blind = ar_blind_bytes(id_blind),
    work_unit = ar_sealed_bytes(work_unit), home_address = ar_sealed_bytes(home_address),
    emergency_contact = ar_sealed_bytes(emergency_contact), masked = ar_sealed_bytes(masked);
UPDATE person_phones SET phone = ar_sealed_bytes(phone), phone_blind = ar_blind_bytes(phone_blind);
