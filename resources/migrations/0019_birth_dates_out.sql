-- Issue #17 item 7: a person's birth date is eight of the 18 digits of the ID number, which is
-- sealed; stored in plain text beside it, it gave away most of what the masking hides. It is no
-- longer stored (the program reads it from the opened ID number); the column stays, empty.
UPDATE persons SET birth_date = NULL;
