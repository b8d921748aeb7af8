-- Schema version 6: the access matrix of RULES R21-R25 as data an administrator adjusts.
-- One row per role x category x mode; category '*' applies to every category without a row
-- of its own. outcome: granted | needs_approval | in_room | refused;
-- approver: none | own_department_head | owning_department_head; rule: the rule that decides.
CREATE TABLE access_rules (
    role TEXT NOT NULL,
    category TEXT NOT NULL,
    mode TEXT NOT NULL,
    outcome TEXT NOT NULL,
    approver TEXT NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (role, category, mode)
);

-- R21: company leaders view and take out directly (the take-out is still registered).
INSERT INTO access_rules VALUES ('leader', '*', 'view', 'granted', 'none', 'R21');
INSERT INTO access_rules VALUES ('leader', '*', 'borrow', 'granted', 'none', 'R21');
-- R22: department managers and (property) assistants view in the room directly; a take-out
-- is granted and registered in the 档案借阅登记表.
INSERT INTO access_rules VALUES ('manager', '*', 'view', 'granted', 'none', 'R22');
INSERT INTO access_rules VALUES ('manager', '*', 'borrow', 'granted', 'none', 'R22');
INSERT INTO access_rules VALUES ('assistant', '*', 'view', 'granted', 'none', 'R22');
INSERT INTO access_rules VALUES ('assistant', '*', 'borrow', 'granted', 'none', 'R22');
-- The clerk is the custodian of the archive (R13, R15).
INSERT INTO access_rules VALUES ('clerk', '*', 'view', 'granted', 'none', 'R15');
INSERT INTO access_rules VALUES ('clerk', '*', 'borrow', 'granted', 'none', 'R15');
-- R23: everyone else needs their department head (or a leader) to sign.
INSERT INTO access_rules VALUES ('staff', '*', 'view', 'needs_approval', 'own_department_head', 'R23');
INSERT INTO access_rules VALUES ('staff', '*', 'borrow', 'needs_approval', 'own_department_head', 'R23');
-- R25: no copy without approval by the department that owns the category (R2).
INSERT INTO access_rules VALUES ('leader', '*', 'copy', 'needs_approval', 'owning_department_head', 'R25');
INSERT INTO access_rules VALUES ('manager', '*', 'copy', 'needs_approval', 'owning_department_head', 'R25');
INSERT INTO access_rules VALUES ('assistant', '*', 'copy', 'needs_approval', 'owning_department_head', 'R25');
INSERT INTO access_rules VALUES ('clerk', '*', 'copy', 'needs_approval', 'owning_department_head', 'R25');
INSERT INTO access_rules VALUES ('staff', '*', 'copy', 'needs_approval', 'owning_department_head', 'R25');
-- The administrator runs the system, not the dossiers (BRIEF security model; R20).
INSERT INTO access_rules VALUES ('admin', '*', 'view', 'refused', 'none', 'R20');
INSERT INTO access_rules VALUES ('admin', '*', 'borrow', 'refused', 'none', 'R20');
INSERT INTO access_rules VALUES ('admin', '*', 'copy', 'refused', 'none', 'R20');
