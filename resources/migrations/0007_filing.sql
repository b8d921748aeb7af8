-- Schema version 7: checklists, received items, filing, locations, hand-overs, attachments and
-- owner changes (R1, R2, R4, R10-R16, R40, R42). Checklists are data an administrator edits.

-- Per-category numbering rule (R10): NULL takes the archive-wide meta.archive_no_pattern.
ALTER TABLE categories ADD COLUMN numbering_pattern TEXT;

-- The kinds of item a dossier of a category holds (R1, R4): required ones make the checklist.
-- `fields` names the kind's own fields, separated by '|' (a repair record: 报修时间|维修人员|…).
CREATE TABLE item_kinds (
    id INTEGER PRIMARY KEY,
    category TEXT NOT NULL REFERENCES categories(code),
    name TEXT NOT NULL,
    required INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (category, name)
);

INSERT INTO item_kinds(category, name, required, fields, sort_order) VALUES
 ('owner', '入住通知书（入伙通知书）', 1, '', 1),
 ('owner', '业主档案表', 1, '', 2),
 ('owner', '《住户手册》公共合约存根', 1, '', 3),
 ('owner', '业主身份证复印件', 1, '', 4),
 ('owner', '房屋交接验收表（收楼单）', 1, '', 5),
 ('owner', '购房合同复印件', 1, '', 6),
 ('owner', '签署后的《承诺书》', 1, '', 7),
 ('owner', '《消防安全协议书》', 1, '', 8),
 ('owner', '受托人身份证复印件（委托收楼）', 0, '', 9),
 ('owner', '户口簿/房产证复印件', 0, '', 10),
 ('owner', '装修资料', 0, '', 11),
 ('owner', '维修基金缴纳记录', 0, '', 12),
 ('owner', '物业管理公约', 0, '', 13),
 ('owner', '租户资料', 0, '', 14),
 ('owner', '投诉/表扬/奖励记录', 0, '', 15),
 ('owner', '小区活动记录', 0, '', 16),
 ('owner', '其他', 0, '', 17),
 ('tenant', '租户档案表', 1, '', 1),
 ('tenant', '租户身份证复印件', 1, '', 2),
 ('tenant', '租赁合同复印件', 1, '', 3),
 ('tenant', '其他', 0, '', 4),
 ('service', '服务记录', 0, '类型|内容|处理过程|处理结果|状态', 1),
 ('repair', '维修记录', 0, '报修时间|维修人员|维修内容|维修费用', 1),
 ('security', '安全巡逻记录', 0, '巡逻时间|巡逻人员|情况', 1),
 ('security', '隐患排查记录', 0, '排查时间|隐患|整改措施', 2),
 ('security', '事故处理记录', 0, '发生时间|经过|处理结果', 3),
 ('engineering', '设计文件', 0, '', 1),
 ('engineering', '施工图纸', 0, '', 2),
 ('engineering', '施工记录', 0, '', 3),
 ('engineering', '验收报告', 0, '', 4),
 ('engineering', '保修卡', 0, '', 5),
 ('engineering', '维修记录', 0, '报修时间|维修人员|维修内容|维修费用', 6),
 ('engineering', '设备运行记录', 0, '', 7),
 ('finance', '财务报表', 0, '', 1),
 ('finance', '收支凭证', 0, '', 2),
 ('finance', '发票', 0, '', 3),
 ('finance', '合同', 0, '', 4),
 ('finance', '银行对账单', 0, '', 5),
 ('finance', '税务申报表', 0, '', 6);

-- Archive rooms, cabinets, shelves and boxes (R15), as a tree.
CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES locations(id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (parent_id, name)
);

-- Where the paper folder is now (R15), and for a former owner's dossier the day it became
-- destroyable (R42).
ALTER TABLE dossiers ADD COLUMN location_id INTEGER REFERENCES locations(id);
ALTER TABLE dossiers ADD COLUMN destroy_eligible TEXT;
ALTER TABLE dossiers ADD COLUMN closed_on TEXT;
CREATE INDEX dossiers_location ON dossiers(location_id);

-- Received items (卷内文件, R11, R12): received on a day by someone; due for filing a week
-- later (the same day during a handover campaign); filed by the clerk.
CREATE TABLE dossier_items (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    kind_id INTEGER NOT NULL REFERENCES item_kinds(id),
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    doc_no TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    item_date TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    received_on TEXT NOT NULL,
    received_by INTEGER REFERENCES users(id),
    due_on TEXT NOT NULL,
    filed_at TEXT,
    filed_on TEXT,
    filed_by INTEGER REFERENCES users(id),
    fields TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (dossier_id, seq)
);
CREATE INDEX dossier_items_kind ON dossier_items(dossier_id, kind_id);
CREATE INDEX dossier_items_due ON dossier_items(filed_at, due_on);

-- Handover campaigns (收楼) per estate: while one runs, filing is due the same day (R12).
CREATE TABLE handover_campaigns (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates(id),
    started_at TEXT NOT NULL,
    started_by INTEGER REFERENCES users(id),
    ended_at TEXT,
    ended_by INTEGER REFERENCES users(id)
);

-- Hand-over batches (R13): assistant → clerk, clerk → company archive room.
CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL,
    from_name TEXT NOT NULL,
    to_name TEXT NOT NULL,
    handed_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users(id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE handover_dossiers (
    handover_id INTEGER NOT NULL REFERENCES handovers(id),
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
    PRIMARY KEY (handover_id, dossier_id)
);

-- Scanned pages (R16): the file is stored encrypted outside the database under a keyed
-- content hash; the same scan attached twice is stored once.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES dossier_items(id),
    content_key TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    added_by INTEGER REFERENCES users(id)
);
CREATE INDEX attachments_item ON attachments(item_id);
