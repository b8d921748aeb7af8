-- The property assistant collects handover packets and passes them to the clerk (R13); the
-- clerk registers and corrects persons. The assistant, who may not unmask, no longer holds the
-- full key (keys by role, issue #17 item 5). Its grants are deleted here wherever an active
-- clerk or leader already holds the key (a grant, or a slot of the form before keys by role);
-- otherwise the assistant's next sign-in first grants the key on to the clerk or leader waiting
-- for it and then deletes its own (keysbyrole::completeWithFullKey).
UPDATE key_slots SET full_key = NULL
WHERE kind = 'user' AND full_key IS NOT NULL
  AND user_id IN (SELECT id FROM users WHERE role = 'assistant')
  AND EXISTS (SELECT 1 FROM key_slots k JOIN users u ON u.id = k.user_id
              WHERE k.kind = 'user' AND u.active = 1 AND u.role IN ('clerk', 'leader')
                AND (k.full_key IS NOT NULL OR k.public_key IS NULL));
