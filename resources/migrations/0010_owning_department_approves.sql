-- Schema version 10: the department that owns a category decides its loans (RULES R2 over R23).
-- A staff member's request was routed to the borrower's own department head, so a 工程部 staff
-- member asking for an owner dossier waited for the 工程部 head while the 客服部 head, who owns
-- owner dossiers, could neither see nor approve it. From now on the owning department's head
-- (or a company leader) decides every request and every extension.
UPDATE access_rules SET approver = 'owning_department_head' WHERE approver = 'own_department_head';

-- Loans still open (waiting, approved, out: an extension is decided by the same head, R32) go to
-- the head of the department that owns the dossier's category. Decided and closed loans keep
-- what was recorded; state organs' visits are not requests.
UPDATE loans
SET approver_department = (
    SELECT c.department FROM dossiers d JOIN categories c ON c.code = d.category
    WHERE d.id = loans.dossier_id)
WHERE status IN ('pending', 'approved', 'out') AND visit_id IS NULL;
