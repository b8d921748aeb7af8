-- Dossier rules that hold when cases combine (issue #16).

-- R40: the retention period is fixed when a dossier is opened (its 档号 already carries the
-- code); a later change of the category's period applies to new dossiers only. Existing
-- dossiers take their category's period as it is now.
ALTER TABLE dossiers ADD COLUMN retention TEXT NOT NULL DEFAULT '';
UPDATE dossiers SET retention = (SELECT c.retention FROM categories c WHERE c.code = dossiers.category);

-- R4, R11: a kind required only in some cases. 'agent': when an entrusted agent received the
-- handover (委托收楼), the agent's ID copy is required in that owner dossier. The cases that
-- apply to a dossier are recorded when they arise (registering the agent).
ALTER TABLE item_kinds ADD COLUMN required_when TEXT NOT NULL DEFAULT '';
INSERT INTO item_kinds(category, name, required, fields, sort_order)
SELECT 'owner', '受托人身份证复印件（委托收楼）', 0, '', 9
WHERE NOT EXISTS (SELECT 1 FROM item_kinds WHERE category = 'owner' AND name = '受托人身份证复印件（委托收楼）');
UPDATE item_kinds SET required_when = 'agent'
WHERE category = 'owner' AND name = '受托人身份证复印件（委托收楼）';

CREATE TABLE dossier_conditions (
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    code TEXT NOT NULL,
    PRIMARY KEY (dossier_id, code)
);
-- Rooms with an agent today: their current owner dossiers need the agent's ID copy.
INSERT INTO dossier_conditions(dossier_id, code)
SELECT DISTINCT d.id, 'agent' FROM dossiers d
JOIN occupancies o ON o.room_id = d.room_id AND o.role = 'agent' AND o.until IS NULL
WHERE d.category = 'owner' AND d.status NOT IN ('former_owner', 'destroyed', 'lost');
