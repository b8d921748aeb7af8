-- Issue #20 item 9: tenancy and companies.
-- A tenant's tie to a room carries the lease term (租期 from/to) and the contract number; plain
-- values (not personal data), so the lists of leases ending soon and past their end can be
-- read without opening anything.
ALTER TABLE occupancies ADD COLUMN lease_from TEXT;
ALTER TABLE occupancies ADD COLUMN lease_to TEXT;
ALTER TABLE occupancies ADD COLUMN contract_no TEXT NOT NULL DEFAULT '';
CREATE INDEX occupancies_lease_to ON occupancies(lease_to) WHERE lease_to IS NOT NULL AND until IS NULL;
-- An owner or tenant can be an organisation (document type 统一社会信用代码, id_type
-- 'credit_code'): the name of its contact person. The contact's phones are the record's phones
-- (sealed, masked and blind-indexed like every phone).
ALTER TABLE persons ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
