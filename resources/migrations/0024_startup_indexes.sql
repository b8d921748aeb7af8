-- What a sign-in looks for (issue #23): the people whose masked form (R20) or blind index is still
-- to be written (keysbyrole::completeWithFullKey). Without these, each sign-in of a clerk read
-- every person of the archive: about a second at a million households. The indexes hold only
-- the rows still to do, which is nearly always none.
CREATE INDEX persons_unmasked ON persons(id) WHERE masked IS NULL;
CREATE INDEX persons_unblinded ON persons(id) WHERE id_number <> '' AND id_blind = '';
CREATE INDEX person_phones_unblinded ON person_phones(person_id) WHERE phone <> '' AND phone_blind = '';
