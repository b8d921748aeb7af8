// Numbered schema migrations (issue #2 Build 3; STYLE "each tested from a database of the
// version before"). Seed rows are written with plain SQL frozen to the schema of their version,
// not through today's repositories, which only know the latest schema.

#include "TestSupport.h"
#include "core/Masking.h"
#include "security/Crypto.h"
#include "security/FieldCodec.h"
#include "security/PasswordHash.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PersonRepository.h"
#include "storage/SealedBytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ar;

namespace {

struct Version
{
    QStringList tables;                   // tables this version adds
    std::function<void(Database&)> seed;  // representative rows, valid at this version
    std::function<void(Database&)> check; // those rows, read back after the upgrade
    // A migration that changes data: rows as the version before it wrote them (seeded only when
    // the upgrade starts right before this version), and what the migration made of them.
    std::function<void(Database&)> seedBefore = {};
    std::function<void(Database&)> checkMigrated = {};
};

#define EXEC(db, ...)                                                                                        \
    do {                                                                                                     \
        auto r_ = (db).exec(__VA_ARGS__);                                                                    \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (0)

QVariant scalarOf(Database& db, const QString& sql)
{
    auto v = db.scalar(sql);
    return v ? v.value() : QVariant(QStringLiteral("<error: %1>").arg(v.error().message));
}

// How many indexes of this name the schema has (0 or 1), on either engine.
int indexCount(Database& db, const char* index)
{
    const QString sql = db.isPostgres() ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = "
                                                         "current_schema() AND indexname = '%1'")
                                        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                                         "'index' AND name = '%1'");
    return scalarOf(db, sql.arg(QLatin1String(index))).toInt();
}

const QString kPersonId = test::fakeId(QDate(1980, 5, 17), true);

// The items' days and filing times as the file's version stores them: yyyy-MM-dd and ISO 8601
// text before 0030_item_dates_as_numbers.sql, day numbers (days since 1970-01-01) and seconds since
// the epoch from then on. Seeds that write items use these, so they hold at any version.
constexpr int kItemDatesAsNumbers = 30;
bool itemDatesAsNumbers(Database& db)
{
    return Migrator(db).currentVersion().value() >= kItemDatesAsNumbers;
}
QVariant itemDay(Database& db, const char* iso)
{
    const QDate d = QDate::fromString(QLatin1String(iso), Qt::ISODate);
    return itemDatesAsNumbers(db) ? QVariant(d.toJulianDay() - 2440588) : QVariant(QLatin1String(iso));
}
QVariant itemTime(Database& db, const char* iso)
{
    const QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    return itemDatesAsNumbers(db) ? QVariant(t.toSecsSinceEpoch()) : QVariant(QLatin1String(iso));
}
// The register's dates likewise, since 0031_register_dates_as_numbers.sql (persons.created_at,
// move_in_date; occupancies.since, until, lease_from, lease_to, created_at; dossiers.created_at).
constexpr int kRegisterDatesAsNumbers = 31;
QVariant registerDay(Database& db, const char* iso)
{
    const QDate d = QDate::fromString(QLatin1String(iso), Qt::ISODate);
    return Migrator(db).currentVersion().value() >= kRegisterDatesAsNumbers
               ? QVariant(d.toJulianDay() - 2440588)
               : QVariant(QLatin1String(iso));
}
QVariant registerTime(Database& db, const char* iso)
{
    const QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    return Migrator(db).currentVersion().value() >= kRegisterDatesAsNumbers ? QVariant(t.toSecsSinceEpoch())
                                                                            : QVariant(QLatin1String(iso));
}
// The day number of a yyyy-MM-dd day, for checks on the latest schema.
qint64 dayNumber(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate).toJulianDay() - 2440588;
}
// A blind index as schema versions 1–8 stored it (64 hex digits; the value is made up).
const QString kLongBlind = QStringLiteral("0123456789abcdef").repeated(4);

void seedV1(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('site', '华苑')"));
    EXEC(db,
         QStringLiteral(
             "INSERT INTO users(id, login, display_name, role, department, password_hash, created_at) "
             "VALUES (1, 'clerk', '张文员', 'clerk', '客服部', ?, '2026-01-01T00:00:00Z')"),
         {password::hash(QStringLiteral("desk-pass-123"))});
    EXEC(db, QStringLiteral("INSERT INTO estates(id, code, name) VALUES (1, 'HY', '华苑小区')"));
    EXEC(db, QStringLiteral("INSERT INTO phases(id, estate_id, name) VALUES (1, 1, '一期')"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO buildings(id, estate_id, phase_id, code, name) VALUES (1, 1, 1, '3', '3座')"));
    EXEC(db, QStringLiteral("INSERT INTO units(id, building_id, code, name) VALUES (1, 1, '2', '2单元')"));
    EXEC(db,
         QStringLiteral(
             "INSERT INTO rooms(id, unit_id, number, floor, area_centi) VALUES (1, 1, '1201', 12, 8950)"));
    EXEC(db,
         QStringLiteral(
             "INSERT INTO persons(id, name, gender, id_type, id_number, id_blind, birth_date, work_unit, "
             "created_at, created_by) VALUES (1, '王小明', 'M', 'cn_id', ?, 'b', '1980-05-17', "
             "'演示科技有限公司', ?, 1)"),
         {kPersonId, registerTime(db, "2026-01-01T00:00:00Z")});
    EXEC(db, QStringLiteral("INSERT INTO person_phones(person_id, position, phone, phone_blind, tail4) "
                            "VALUES (1, 0, '13812345678', 'p', '5678')"));
    EXEC(db,
         QStringLiteral("INSERT INTO occupancies(person_id, room_id, role, since, created_at) "
                        "VALUES (1, 1, 'owner', ?, ?)"),
         {registerDay(db, "2026-01-01"), registerTime(db, "2026-01-01T00:00:00Z")});
    EXEC(db, QStringLiteral(
                 "INSERT INTO change_history(entity, entity_id, field, old_value, new_value, changed_by, "
                 "changed_at) VALUES ('person', 1, 'registered', NULL, 'Owner of 3-2-1201', 1, "
                 "'2026-01-01T00:00:00Z')"));
}

void checkV1(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT value FROM meta WHERE key = 'site'")).toString(),
             QStringLiteral("华苑"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT login FROM users WHERE id = 1")).toString(),
             QStringLiteral("clerk"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT name FROM estates WHERE code = 'HY'")).toString(),
             QStringLiteral("华苑小区"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM phases")).toInt(), 1);
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT b.code || '-' || u.code || '-' || r.number FROM rooms r "
                              "JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"))
                 .toString(),
             QStringLiteral("3-2-1201"));
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT name || '/' || id_number FROM persons WHERE id = 1")).toString(),
        QStringLiteral("王小明/") + kPersonId);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT phone FROM person_phones WHERE person_id = 1")).toString(),
             QStringLiteral("13812345678"));
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT role FROM occupancies WHERE person_id = 1 AND until IS NULL"))
            .toString(),
        QStringLiteral("owner"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM change_history WHERE entity_id = 1")).toInt(),
             1);
}

void seedV2(Database& db)
{
    EXEC(db,
         QStringLiteral("INSERT INTO archive_sequences(category, year, last_seq) VALUES ('owner', 2026, 1)"));
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossiers(archive_no, category, title, room_id, person_id, year, seq, "
             "created_at, created_by) VALUES ('Z109-YZ·2026-Y-0001', 'owner', '3-2-1201 王小明 业主档案', "
             "1, 1, 2026, 1, ?, 1)"),
         {registerTime(db, "2026-01-01T00:00:00Z")});
}

void checkV2(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM categories")).toInt(), 7);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT last_seq FROM archive_sequences WHERE category = 'owner'"))
                 .toInt(),
             1);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT archive_no FROM dossiers WHERE person_id = 1")).toString(),
             QStringLiteral("Z109-YZ·2026-Y-0001"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT value FROM meta WHERE key = 'fonds_code'")).toString(),
             QStringLiteral("Z109"));
    // R40 (version 0011): the dossier's own retention, taken from its category at the upgrade.
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT retention FROM dossiers WHERE person_id = 1")).toString(),
             QStringLiteral("Y"));
}

void seedV3(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES ('小明', 2, 1)"));
}

void checkV3(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT ref_id FROM search_keys WHERE key = '小明' AND kind = 2"))
                 .toInt(),
             1);
}

// Version 4: the audit trail and the head of its chain in meta.
void seedV4(Database& db)
{
    EXEC(db,
         QStringLiteral("INSERT INTO audit_log(id, at, user_id, user_login, action, entity, entity_id, "
                        "dossier, detail, reason, prev_hash, hash) VALUES (1, '2026-01-01T00:00:00Z', 1, "
                        "'clerk', 'view_person', 'person', 1, NULL, '', '', ?, 'h1')"),
         {QString(64, QLatin1Char('0'))});
    EXEC(db, QStringLiteral("UPDATE meta SET value = '1:h1' WHERE key = 'audit_head'"));
}

void checkV4(Database& db)
{
    // Version 0012: the trail seeded here was written before the seal, and is noted as such.
    QVERIFY(
        scalarOf(db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_unsealed_before'")).isValid());
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT user_login || '/' || action FROM audit_log WHERE id = 1"))
                 .toString(),
             QStringLiteral("clerk/view_person"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")).toString(),
             QStringLiteral("1:h1"));
}

void seedV5(Database& db)
{
    EXEC(db, QStringLiteral("UPDATE users SET failed_attempts = 2 WHERE id = 1"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO key_slots(kind, user_id, kdf, wrapped, created_at) "
                 "VALUES ('user', 1, 'scrypt$1024$8$1$c2FsdA==', 'd3JhcHBlZA==', '2026-01-01T00:00:00Z')"));
}

void checkV5(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT failed_attempts FROM users WHERE id = 1")).toInt(), 2);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM key_slots WHERE user_id = 1")).toInt(), 1);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT value FROM meta WHERE key = 'lockout_failures'")).toString(),
             QStringLiteral("5"));
}

void seedV6(Database& db)
{
    EXEC(db, QStringLiteral(
                 "UPDATE access_rules SET outcome = 'in_room' WHERE role = 'staff' AND mode = 'borrow'"));
}

void checkV6(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM access_rules")).toInt(), 18);
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT outcome FROM access_rules WHERE role = 'staff' AND mode = 'borrow'"))
                 .toString(),
             QStringLiteral("in_room"));
}

void seedV7(Database& db)
{
    EXEC(db, QStringLiteral(
                 "INSERT INTO locations(id, parent_id, kind, name) VALUES (1, NULL, 'room', '档案室')"));
    EXEC(db, QStringLiteral("UPDATE dossiers SET location_id = 1 WHERE id = 1"));
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossier_items(dossier_id, kind_id, seq, title, pages, received_on, due_on) "
             "SELECT 1, id, 1, name, 2, ?, ? FROM item_kinds "
             "WHERE category = 'owner' AND name = '业主档案表'"),
         {itemDay(db, "2026-01-02"), itemDay(db, "2026-01-09")});
    // An entrusted agent at the room (委托收楼): version 0011 makes the agent's ID copy required.
    EXEC(
        db,
        QStringLiteral(
            "INSERT INTO persons(id, name, gender, id_type, created_at) VALUES (2, '赵刚', 'M', 'cn_id', ?)"),
        {registerTime(db, "2026-01-02T00:00:00Z")});
    EXEC(db,
         QStringLiteral(
             "INSERT INTO occupancies(person_id, room_id, role, relation, since, until, created_at) "
             "VALUES (2, 1, 'agent', '', ?, NULL, ?)"),
         {registerDay(db, "2026-01-02"), registerTime(db, "2026-01-02T00:00:00Z")});
}

void seedV8(Database& db)
{
    EXEC(db,
         QStringLiteral(
             "INSERT INTO loans(dossier_id, borrower_id, borrower_name, department, mode, purpose, status, "
             "rule, requested_at, due) VALUES (1, 1, 'clerk', '客服部', 'borrow', '核对', 'out', 'R15', "
             "'2026-01-02T00:00:00Z', '2026-01-02')"));
    EXEC(db, QStringLiteral("INSERT INTO calendar_years(year, source, loaded_at) VALUES (2027, 'test', "
                            "'2026-12-01T00:00:00Z')"));
    EXEC(db, QStringLiteral("INSERT INTO calendar_days VALUES (2027, '2027-01-01', 1, '元旦')"));
    // Blind indexes as versions up to 8 wrote them: the whole HMAC-SHA256, 64 hex digits (a
    // database already past version 9 holds the first 128 bits, as version 9 cut them).
    const QString blind =
        Migrator(db).currentVersion().value() <= 8 ? kLongBlind : kLongBlind.left(32);
    EXEC(db, QStringLiteral("UPDATE persons SET id_blind = ? WHERE id = 1"), {blind});
    EXEC(db, QStringLiteral("UPDATE person_phones SET phone_blind = ? WHERE person_id = 1"), {blind});
}

void seedV9(Database& db)
{
    // The rows of seedV8 as a version-9 file holds them (this runs on a file already at version 9,
    // where no blind index is longer than 32 digits).
    EXEC(db, QStringLiteral("UPDATE persons SET id_blind = substr(id_blind, 1, 32)"));
    EXEC(db, QStringLiteral("UPDATE person_phones SET phone_blind = substr(phone_blind, 1, 32)"));
    EXEC(db,
         QStringLiteral("INSERT INTO person_phones(person_id, position, phone, phone_blind, tail4) "
                        "VALUES (1, 1, '13900000000', ?, '0000')"),
         {kLongBlind.left(32)});
    // Loans as version 9 routed them: a staff member's request to the borrower's own department
    // (工程部, for an owner dossier that 客服部 owns), one still waiting, one long decided.
    EXEC(db, QStringLiteral(
                 "INSERT INTO loans(id, dossier_id, borrower_id, borrower_name, department, mode, purpose, "
                 "status, rule, approver_department, requested_at) VALUES (10, 1, 1, 'eng', '工程部', "
                 "'borrow', '核对', 'pending', 'R23', '工程部', '2026-01-05T00:00:00Z')"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO loans(id, dossier_id, borrower_id, borrower_name, department, mode, purpose, "
                 "status, rule, approver_department, requested_at) VALUES (11, 1, 1, 'eng', '工程部', "
                 "'view', '核对', 'rejected', 'R23', '工程部', '2026-01-04T00:00:00Z')"));
}

void seedV10(Database& db)
{
    // The loans of seedV8 and seedV9 as a version-10 file holds them: open ones routed to the
    // owning department (this runs on a file already at version 10).
    EXEC(db, QStringLiteral("UPDATE loans SET approver_department = '客服部' WHERE status IN ('pending', "
                            "'approved', 'out')"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO loans(id, dossier_id, borrower_id, borrower_name, department, mode, purpose, "
                 "status, rule, approver_department, requested_at) VALUES (12, 1, 1, 'cs', '客服部', "
                 "'view', '回访', 'pending', 'R23', '客服部', '2026-02-01T00:00:00Z')"));
}

void checkV7(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT COUNT(*) FROM item_kinds WHERE category = 'owner' AND required = 1"))
                 .toInt(),
             8);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT location_id FROM dossiers WHERE id = 1")).toInt(), 1);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT pages FROM dossier_items WHERE dossier_id = 1 AND seq = 1"))
                 .toInt(),
             2);
    // R4, R11 (version 0011): the agent's ID copy is required of that owner dossier only.
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT required_when FROM item_kinds WHERE category = 'owner' "
                                         "AND name = '受托人身份证复印件（委托收楼）'"))
                 .toString(),
             QStringLiteral("agent"));
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT code FROM dossier_conditions WHERE dossier_id = 1")).toString(),
        QStringLiteral("agent"));
}

// Version 0011 (issue #16): the dossier's own retention, cases that make a kind required.
void seedRules(Database& db)
{
    // The rows of the earlier seeds as a version-11 file holds them (this runs on a file already
    // at version 11, where 0011 found nothing to fill): each dossier's own retention, and the
    // agent's case of an owner dossier whose room has an agent.
    EXEC(db, QStringLiteral(
                 "UPDATE dossiers SET retention = (SELECT c.retention FROM categories c WHERE c.code = "
                 "dossiers.category) WHERE retention = ''"));
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossier_conditions(dossier_id, code) SELECT DISTINCT d.id, 'agent' FROM "
             "dossiers d JOIN occupancies o ON o.room_id = d.room_id AND o.role = 'agent' AND o.until IS "
             "NULL WHERE d.category = 'owner' AND d.status NOT IN ('former_owner', 'destroyed', 'lost')"));
    EXEC(db,
         QStringLiteral("INSERT INTO dossiers(archive_no, category, title, year, seq, created_at, retention) "
                        "VALUES ('Z109-FW·2026-D10-0001', 'service', '投诉', 2026, 1, ?, 'D10')"),
         {registerTime(db, "2026-02-01T00:00:00Z")});
    EXEC(db,
         QStringLiteral("INSERT INTO dossier_conditions(dossier_id, code) SELECT id, 'agent' FROM dossiers "
                        "WHERE archive_no = 'Z109-FW·2026-D10-0001'"));
}

void checkRules(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT retention FROM dossiers WHERE archive_no = 'Z109-FW·2026-D10-0001'"))
                 .toString(),
             QStringLiteral("D10"));
}

// Version 0012 (issue #17) adds no table: the note it writes for a trail from before the keyed
// seal is checked with that trail, in checkV4.
void seedSeal(Database& db)
{
    // Runs on a file already at version 12 (when upgrading from it): the note 0012 wrote for the
    // trail of the earlier seeds, as such a file holds it.
    EXEC(db, QStringLiteral("INSERT INTO meta(key, value) SELECT 'audit_unsealed_before', value FROM meta "
                            "WHERE key = 'audit_head' AND value NOT LIKE '0:%' AND NOT EXISTS "
                            "(SELECT 1 FROM meta WHERE key = 'audit_unsealed_before')"));
}
void checkSeal(Database&) {}

// Version 0013 (issue #18): holds and destruction batches. Earlier dossiers are untouched: no
// hold, not destroyed; one open hold per dossier.
void seedDestruction(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO dossier_holds(dossier_id, reason, placed_at, placed_by) "
                            "VALUES (1, '诉讼', '2026-12-01T00:00:00Z', 1)"));
}

void checkDestruction(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE destroyed_on IS NOT NULL OR "
                                         "destruction_batch IS NOT NULL"))
                 .toInt(),
             0);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE status = 'destroyed'")).toInt(),
             0);
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO dossier_holds(dossier_id, reason, placed_at) "
                                    "VALUES (1, '审计', '2026-12-02T00:00:00Z')"))
                 .ok());
}

// Version 0014 (issue #19, R44): new tables only; the rows of earlier versions are left as they are.
void seedReconciliation(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO reconciliation_sessions(id, location_id, scope, status, started_at) "
                            "VALUES (1, NULL, '', 'finished', '2026-11-02T02:00:00Z')"));
    EXEC(db,
         QStringLiteral("INSERT INTO reconciliation_expected(session_id, dossier_id, outcome) VALUES (1, 1, "
                        "'missing')"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO missing_dossiers(dossier_id, session_id, since) VALUES (1, 1, '2026-11-02')"));
}
void checkReconciliation(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT since FROM missing_dossiers WHERE dossier_id = 1 AND resolved_at IS "
                              "NULL"))
                 .toString(),
             QStringLiteral("2026-11-02"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans")).toInt(), 0);
}

// Version 0015 (issue #20): the keys of archive numbers in a table of their own; the dossiers of an
// older file are keyed by the program when it opens the file, not by the migration.
void seedArchiveKeys(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO archive_keys(key, dossier_id, whole) VALUES ('0001', 1, 0)"));
}
void checkArchiveKeys(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT dossier_id FROM archive_keys WHERE key = '0001'")).toInt(),
             1);
    // One row per key and dossier.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO archive_keys(key, dossier_id, whole) VALUES ('0001', 1, 0)"))
                 .ok());
}

// 0016_damage_photos.sql: a damage record links its photo (R45); records made before have none.
void seedDamagePhotos(Database& db)
{
    EXEC(db, QStringLiteral(
                 "INSERT INTO damage_records(id, dossier_id, condition, note, department, recorded_at, "
                 "photo_key, photo_name, photo_mime) VALUES (90, 1, 'damaged', '受潮', '客服部', "
                 "'2026-12-01T00:00:00Z', 'k90', 'p.png', 'image/png')"));
}
void checkDamagePhotos(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT photo_key || '/' || photo_name || '/' || photo_mime FROM "
                                         "damage_records WHERE id = 90"))
                 .toString(),
             QStringLiteral("k90/p.png/image/png"));
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT COUNT(*) FROM damage_records WHERE id <> 90 AND photo_key IS NOT NULL"))
                 .toInt(),
             0);
}

// Version 0017 (issue #17 item 5): keys by role. New columns stay empty for the rows of earlier
// versions (the program fills them at the first sign-in that holds the data key); one new table.
void seedKeysByRole(Database& db)
{
    EXEC(db,
         QStringLiteral("INSERT INTO writer_keys(id, public_key, user_id, created_at) VALUES (1, 'pk', NULL, "
                        "'2026-12-06T00:00:00Z')"));
}
void checkKeysByRole(Database& db)
{
    // (Persons 2601… are the rows of version 26 that 0027 converts, masked forms included.)
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE masked IS NOT NULL AND id < 2600"))
            .toInt(),
        0);
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM change_history WHERE masked IS NOT NULL")).toInt(),
        0);
    // The slot of version 5 keeps the older form (rows of later versions may carry keys).
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM key_slots WHERE user_id = 1 AND (public_key IS "
                                    "NOT NULL OR full_key IS NOT NULL)"))
            .toInt(),
        0);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT public_key FROM writer_keys WHERE id = 1")).toString(),
             QStringLiteral("pk"));
}

// 0018_search_terms.sql (issue #20 item 8): pinyin and title keys in a table of their own; the
// records of an older file are indexed by the program when it opens the file, not by the migration.
void seedSearchTerms(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO search_terms(kind, key, ref_id) VALUES (1, 'zs', 1)"));
}
void checkSearchTerms(Database& db)
{
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT ref_id FROM search_terms WHERE kind = 1 AND key = 'zs'")).toInt(),
        1);
    // One row per kind, key and record.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO search_terms(kind, key, ref_id) VALUES (1, 'zs', 1)")).ok());
    // The migration indexes nothing itself: the search keys of earlier versions are left as they are.
    QVERIFY(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM search_keys")).toInt() > 0);
}

// Version 0019 (issue #17 item 7): birth dates (eight digits of the sealed ID number) are no
// longer kept in plain text.
void seedBirthDates(Database& db)
{
    EXEC(db, QStringLiteral("UPDATE persons SET birth_date = '1980-05-17' WHERE id = 1"));
}
void checkBirthDatesOut(Database& db)
{
    QVERIFY(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM persons")).toInt() > 0);
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE birth_date IS NOT NULL")).toInt(), 0);
}

// 0020_assistant_without_full_key.sql (issue #17 item 5): the assistant's grant of the full key
// goes when a clerk or leader already holds the key (here the clerk's slot of the older form);
// the leader's grant stays.
void seedAssistantGrants(Database& db)
{
    for (const auto& [id, login, role] :
         {std::tuple{2, "assist", "assistant"}, std::tuple{3, "boss", "leader"}}) {
        EXEC(db,
             QStringLiteral(
                 "INSERT INTO users(id, login, display_name, role, department, password_hash, created_at) "
                 "VALUES (?, ?, '测试', ?, '客服部', 'x', '2026-01-01T00:00:00Z')"),
             {id, QString::fromLatin1(login), QString::fromLatin1(role)});
        EXEC(db,
             QStringLiteral("INSERT INTO key_slots(kind, user_id, kdf, wrapped, created_at, public_key, "
                            "full_key) VALUES ('user', ?, 'scrypt$1024$8$1$c2FsdA==', 'd3JhcHBlZA==', "
                            "'2026-01-01T00:00:00Z', 'pk', 'grant')"),
             {id});
    }
}
void checkAssistantGrants(Database& db)
{
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM key_slots WHERE user_id = 2 AND full_key IS NULL"))
            .toInt(),
        1);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT full_key FROM key_slots WHERE user_id = 3")).toString(),
             QStringLiteral("grant"));
}

// 0021_leases_and_companies.sql (issue #20 item 9): the lease term and contract number on a tie to a room,
// and the contact person of an organisation. Earlier ties have no lease; earlier persons no contact.
void seedLeases(Database& db)
{
    EXEC(db, QStringLiteral("UPDATE persons SET notes = 'before 0021' WHERE id = 1"));
}
void checkLeases(Database& db)
{
    QVERIFY(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM occupancies")).toInt() > 0);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM occupancies WHERE lease_from IS NOT NULL OR "
                                         "lease_to IS NOT NULL OR contract_no != ''"))
                 .toInt(),
             0);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT contact_name || '|' || notes FROM persons WHERE id = 1"))
                 .toString(),
             QStringLiteral("|before 0021"));
    // (The days are day numbers since 0031_register_dates_as_numbers.sql.)
    EXEC(db, QStringLiteral("UPDATE occupancies SET lease_from = %1, lease_to = %2, "
                            "contract_no = 'HT-1' WHERE id = (SELECT MIN(id) FROM occupancies)")
                 .arg(dayNumber("2026-01-01"))
                 .arg(dayNumber("2026-12-31")));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM occupancies WHERE lease_to = %1")
                              .arg(dayNumber("2026-12-31")))
                 .toInt(),
             1);
}

// 0022_contents.sql (issue #24 item 3): sealed scans and photos by content key; bytes come back
// as they went in (bytea on PostgreSQL, a BLOB on SQLite).
void seedContents(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO contents(key, sealed) VALUES (?, ?)"),
         {QStringLiteral("ab12"), QByteArray("\x00\x01sealed\xff", 9)});
}
void checkContents(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT sealed FROM contents WHERE key = 'ab12'")).toByteArray(),
             QByteArray("\x00\x01sealed\xff", 9));
}

// 0023_smaller_indexes.sql (issue #23): the key tables rebuilt as their primary keys and the
// items' due index kept for unfiled items only; every row of the version before is still there.
// Seeded before: an item filed late (a row for the new late index), one still waiting.
void seedSmallerIndexes(Database& db)
{
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossier_items(dossier_id, kind_id, seq, title, pages, received_on, due_on, "
             "filed_at, filed_on) VALUES (1, 1, 90, 'late', 1, ?, ?, ?, ?)"),
         {itemDay(db, "2026-03-02"), itemDay(db, "2026-03-09"), itemTime(db, "2026-03-20T02:00:00Z"),
          itemDay(db, "2026-03-20")});
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossier_items(dossier_id, kind_id, seq, title, pages, received_on, due_on) "
             "VALUES (1, 1, 91, 'waiting', 1, ?, ?)"),
         {itemDay(db, "2026-03-02"), itemDay(db, "2026-03-09")});
    EXEC(db, QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES ('before0023', 2, 1)"));
    EXEC(db, QStringLiteral("INSERT INTO search_terms(kind, key, ref_id) VALUES (1, 'before0023', 1)"));
    EXEC(db, QStringLiteral("INSERT INTO archive_keys(key, dossier_id, whole) VALUES ('before0023', 1, 1)"));
}
void checkSmallerIndexes(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT ref_id FROM search_keys WHERE key = 'before0023'")).toInt(),
             1);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT ref_id FROM search_terms WHERE key = 'before0023'")).toInt(),
             1);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT whole FROM archive_keys WHERE key = 'before0023'")).toInt(),
             1);
    // Still one row per key (the primary keys survived the rebuild).
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES ('before0023', 2, 1)"))
                 .ok());
    QVERIFY(
        !db.exec(QStringLiteral("INSERT INTO search_terms(kind, key, ref_id) VALUES (1, 'before0023', 1)"))
             .ok());
    QVERIFY(
        !db.exec(QStringLiteral("INSERT INTO archive_keys(key, dossier_id) VALUES ('before0023', 1)")).ok());
    // (The days are day numbers since 0030_item_dates_as_numbers.sql.)
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT title FROM dossier_items WHERE filed_at IS NULL AND due_on < "
                                    "%1 AND seq = 91")
                         .arg(dayNumber("2026-04-01")))
            .toString(),
        QStringLiteral("waiting"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT title FROM dossier_items WHERE filed_on > due_on AND "
                                         "received_on >= %1 AND seq = 90")
                              .arg(dayNumber("2026-01-01")))
                 .toString(),
             QStringLiteral("late"));
    if (db.isPostgres()) {
        QCOMPARE(
            scalarOf(db, QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                        "AND indexname = 'dossier_items_due'"))
                .toString()
                .contains(QLatin1String("WHERE (filed_at IS NULL)")),
            true);
        return;
    }
    // SQLite: one b-tree per key table, no rowid.
    for (const char* t : {"search_keys", "search_terms", "archive_keys"})
        QVERIFY2(!db.exec(QStringLiteral("SELECT rowid FROM %1").arg(QLatin1String(t))).ok(), t);
    QVERIFY(scalarOf(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'dossier_items_due'"))
                .toString()
                .contains(QLatin1String("WHERE filed_at IS NULL")));
}

// 0024_startup_indexes.sql (issue #23): what a sign-in looks for is indexed (the rows still to
// be completed only), and the look-ups find what they found before.
void seedStartupIndexes(Database& db)
{
    EXEC(db, QStringLiteral("UPDATE persons SET masked = NULL WHERE id = 1"));
}
void checkStartupIndexes(Database& db)
{
    for (const char* index : {"persons_unmasked", "persons_unblinded", "person_phones_unblinded"}) {
        QVERIFY2(indexCount(db, index) == 1, index);
    }
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT MIN(id) FROM persons WHERE masked IS NULL")).toInt(), 1);
    if (db.isPostgres())
        return;
    // SQLite reads the index, not the table.
    auto plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM persons WHERE masked IS NULL"));
    QVERIFY(plan.ok() && plan.value().next());
    QVERIFY2(plan.value().value(3).toString().contains(QLatin1String("persons_unmasked")),
             qPrintable(plan.value().value(3).toString()));
}

// 0025_dossiers_kept_for_a_term.sql (issue #23): the destruction candidates' look-up reads an
// index of the dossiers kept for a term, not every dossier.
void checkKeptForATerm(Database& db)
{
    const QString sql = db.isPostgres()
                            ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = "
                                             "current_schema() AND indexname = 'dossiers_kept_for_a_term'")
                            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                             "AND name = 'dossiers_kept_for_a_term'");
    QCOMPARE(scalarOf(db, sql).toInt(), 1);
    if (db.isPostgres())
        return;
    auto plan =
        db.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM dossiers WHERE (retention <> 'Y' OR "
                               "destroy_eligible IS NOT NULL) AND status NOT IN ('destroyed', 'lost')"));
    QVERIFY(plan.ok() && plan.value().next());
    QVERIFY2(plan.value().value(3).toString().contains(QLatin1String("dossiers_kept_for_a_term")),
             qPrintable(plan.value().value(3).toString()));
}

// Seeded before 0026_item_titles.sql (issue #23): an item titled by its kind's name, one with a
// title of its own.
void seedItemTitles(Database& db)
{
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossier_items(dossier_id, kind_id, seq, title, pages, received_on, due_on) "
             "SELECT 1, id, 92, name, 1, ?, ? FROM item_kinds WHERE id = 1"),
         {itemDay(db, "2026-04-01"), itemDay(db, "2026-04-08")});
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossier_items(dossier_id, kind_id, seq, title, pages, received_on, due_on) "
             "VALUES (1, 1, 93, '补充协议', 1, ?, ?)"),
         {itemDay(db, "2026-04-01"), itemDay(db, "2026-04-08")});
}
// The kind's name is stored empty (read back as the name), a title of its own is kept.
void checkItemTitles(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT title FROM dossier_items WHERE dossier_id = 1 AND seq = 92"))
                 .toString(),
             QString());
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT title FROM dossier_items WHERE dossier_id = 1 AND seq = 93"))
                 .toString(),
             QStringLiteral("补充协议"));
}

// 0027_sealed_values_as_bytes.sql (issue #23, R26): the sealed person fields, masked forms and
// blind indexes that the program before wrote as text (v1: and v2: values, m1: masked forms with
// long keys, 32 hex digits) become bytes on SQLite; empty values, plain text of an archive not yet
// encrypted and 'locked' stay text. Every value reads back as the same text and opens as before.
// PostgreSQL keeps the text.
struct SealingKeys
{
    QByteArray data = QByteArray(32, '\x2a');
    QByteArray op = QByteArray(32, '\x17');
    std::pair<QByteArray, QByteArray> archive = crypto::x25519KeyPair();
    std::pair<QByteArray, QByteArray> writer = crypto::x25519KeyPair();
};
const SealingKeys& sealingKeys()
{
    static const SealingKeys k;
    return k;
}
enum class Holds
{
    FullKey,
    OperationalKey,
    Writer // the demo's administrator: no full key, writes v2 values
};
std::unique_ptr<FieldCodec> sealingCodec(Holds holds)
{
    const SealingKeys& k = sealingKeys();
    auto c = std::make_unique<FieldCodec>();
    c->setOperationalKey(k.op, FieldCodec::sealSharedKeys(k.data, k.op));
    if (holds == Holds::FullKey) {
        c->setDataKey(k.data);
        c->setArchiveKeys(k.archive.first, k.archive.second);
        c->setWriterLookup([](qint64 w) { return w == 7 ? sealingKeys().writer.second : QByteArray(); });
    } else if (holds == Holds::Writer) {
        c->setArchiveKeys({}, k.archive.second);
        c->setWriter(7, k.writer.first);
    }
    return c;
}
PersonData sealedPerson(int n)
{
    PersonData d;
    d.idNumber = test::fakeId(QDate(1970 + n, 3, 2), n % 2 == 0);
    d.phones = {QStringLiteral("1381234%1").arg(5670 + n), QStringLiteral("1390000%1").arg(2220 + n)};
    d.workUnit = QStringLiteral("演示科技有限公司");
    d.homeAddress = QStringLiteral("演示市示例路%1号").arg(n);
    return d; // no emergency contact: an empty value
}
// The masked form as the program before schema 27 wrote it: long keys, empty values included.
QString oldMaskedForm(const FieldCodec& c, qint64 id, const PersonData& d)
{
    const PersonData m = PersonRepository::maskedData(d);
    const QJsonObject o{{QStringLiteral("id_number"), m.idNumber},
                        {QStringLiteral("phones"), QJsonArray::fromStringList(m.phones)},
                        {QStringLiteral("work_unit"), m.workUnit},
                        {QStringLiteral("home_address"), m.homeAddress},
                        {QStringLiteral("emergency_contact"), m.emergencyContact}};
    return c.sealMasked(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                        QStringLiteral("person/%1").arg(id));
}
// The sealed columns of persons 2601…2603, as "column:storage class:text" (the class left out on
// PostgreSQL).
QStringList sealedColumnsOf(Database& db)
{
    QStringList out;
    const bool sqlite = !db.isPostgres();
    auto read = [&](const QString& sql, const QStringList& columns) {
        QStringList select = columns;
        for (const QString& c : columns)
            select << (sqlite ? QStringLiteral("typeof(%1)").arg(c) : QStringLiteral("''"));
        auto q = db.exec(sql.arg(select.join(QStringLiteral(", "))));
        if (!q)
            out << q.error().message;
        while (q && q.value().next())
            for (int i = 0; i < int(columns.size()); ++i) {
                const QVariant v = q.value().value(i);
                out << columns.at(i) + QLatin1Char(':') +
                           q.value().value(int(columns.size()) + i).toString() + QLatin1Char(':') +
                           (columns.at(i).endsWith(QLatin1String("_blind")) ? sealedbytes::blindText(v)
                                                                            : sealedbytes::text(v));
            }
    };
    read(QStringLiteral("SELECT %1 FROM persons WHERE id > 2600 ORDER BY id"),
         {QStringLiteral("id_number"), QStringLiteral("id_blind"), QStringLiteral("work_unit"),
          QStringLiteral("home_address"), QStringLiteral("emergency_contact"), QStringLiteral("masked")});
    read(QStringLiteral("SELECT %1 FROM person_phones WHERE person_id > 2600 ORDER BY person_id, position"),
         {QStringLiteral("phone"), QStringLiteral("phone_blind")});
    return out;
}
QStringList& sealedTextBefore()
{
    static QStringList before;
    return before;
}

void seedSealedText(Database& db)
{
    const auto full = sealingCodec(Holds::FullKey);
    const auto writer = sealingCodec(Holds::Writer);
    const QString insertPerson =
        QStringLiteral("INSERT INTO persons(id, name, id_type, id_number, id_blind, work_unit, home_address, "
                       "emergency_contact, masked, created_at) VALUES (?, ?, 'cn_id', ?, ?, ?, ?, ?, ?, ?)");
    const QVariant createdAt = registerTime(db, "2026-01-01T00:00:00Z");
    const QString insertPhone = QStringLiteral(
        "INSERT INTO person_phones(person_id, position, phone, phone_blind, tail4) VALUES (?, ?, ?, ?, ?)");
    // 2601 by a clerk (full key, v1), 2602 by the demo's administrator (v2, no blind index yet).
    for (const qint64 id : {2601, 2602}) {
        const FieldCodec& c = id == 2601 ? *full : *writer;
        const PersonData d = sealedPerson(int(id - 2600));
        const QString ctx = QStringLiteral("person/%1").arg(id);
        EXEC(db, insertPerson,
             {id, QStringLiteral("封存%1").arg(id), c.seal(SensitiveField::IdNumber, d.idNumber, ctx),
              c.blindIndex(SensitiveField::IdNumber, d.idNumber),
              c.seal(SensitiveField::WorkUnit, d.workUnit, ctx),
              c.seal(SensitiveField::HomeAddress, d.homeAddress, ctx), QString(), oldMaskedForm(c, id, d),
              createdAt});
        for (int i = 0; i < int(d.phones.size()); ++i)
            EXEC(db, insertPhone,
                 {id, i, c.seal(SensitiveField::Phone, d.phones.at(i), ctx),
                  c.blindIndex(SensitiveField::Phone, d.phones.at(i)), d.phones.at(i).right(4)});
    }
    // 2603 from before encryption: plain text, and a value sealed by a session without keys.
    const PersonData d = sealedPerson(3);
    EXEC(db, insertPerson,
         {2603, QStringLiteral("明文"), d.idNumber, QString(), QStringLiteral("locked"), d.homeAddress,
          QString(), QVariant(QMetaType::fromType<QString>()), createdAt});
    EXEC(db, insertPhone, {2603, 0, d.phones.first(), QString(), d.phones.first().right(4)});
    sealedTextBefore() = sealedColumnsOf(db);
    QVERIFY(sealedTextBefore().first().contains(QLatin1String(":v1:")));
}

void checkSealedBytes(Database& db)
{
    const QStringList after = sealedColumnsOf(db);
    QCOMPARE(after.size(), sealedTextBefore().size());
    QCOMPARE(after.size(), 3 * 6 + 5 * 2);
    const bool sqlite = !db.isPostgres();
    // What each holds (rows 2601, 2602, 2603; then their phones).
    const QList<const char*> classes{
        "blob", "blob", "blob", "blob", "text", "blob", // 2601: v1, full key
        "blob", "text", "blob", "blob", "text", "blob", // 2602: v2, blind index still empty
        "text", "text", "text", "text", "text", "null", // 2603: plain, 'locked'
        "blob", "blob", "blob", "blob",                 // phones of 2601
        "blob", "text", "blob", "text",                 // phones of 2602
        "text", "text"};                                // phone of 2603
    for (int i = 0; i < int(after.size()); ++i) {
        // The same text as before the upgrade: every value opens as before.
        QCOMPARE(after.at(i).section(QLatin1Char(':'), 2),
                 sealedTextBefore().at(i).section(QLatin1Char(':'), 2));
        if (sqlite)
            QCOMPARE(after.at(i).section(QLatin1Char(':'), 1, 1), QString::fromLatin1(classes.at(i)));
    }
    // Opened through today's repository: full values (v1, v2, plain), look-ups, masked forms.
    const auto full = sealingCodec(Holds::FullKey);
    PersonRepository byClerk(db, *full);
    for (const qint64 id : {2601, 2602}) {
        const PersonData d = sealedPerson(int(id - 2600));
        auto p = byClerk.load(id);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->data.idNumber, d.idNumber);
        QCOMPARE(p->data.phones, d.phones);
        QCOMPARE(p->data.workUnit, d.workUnit);
        QCOMPARE(p->data.homeAddress, d.homeAddress);
        QCOMPARE(p->data.emergencyContact, QString());
    }
    auto plain = byClerk.load(2603);
    QVERIFY(plain.ok());
    QCOMPARE(plain->data.idNumber, sealedPerson(3).idNumber);
    QCOMPARE(plain->data.workUnit, QStringLiteral("locked"));
    QCOMPARE(plain->data.phones, QStringList{sealedPerson(3).phones.first()});
    QCOMPARE(byClerk.findByIdNumber(sealedPerson(1).idNumber).value(), QList<qint64>{2601});
    QCOMPARE(byClerk.findByIdNumbers({sealedPerson(1).idNumber}).value().value(sealedPerson(1).idNumber),
             QList<qint64>{2601});
    QCOMPARE(byClerk.findByPhone(sealedPerson(1).phones.at(1)).value(), QList<qint64>{2601});
    const auto masked = sealingCodec(Holds::OperationalKey);
    PersonRepository byManager(db, *masked);
    for (const qint64 id : {2601, 2602}) {
        const PersonData m = PersonRepository::maskedData(sealedPerson(int(id - 2600)));
        auto p = byManager.load(id);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QVERIFY(p->masked);
        QCOMPARE(p->data.idNumber, m.idNumber);
        QCOMPARE(p->data.phones, m.phones);
        QCOMPARE(p->data.homeAddress, m.homeAddress);
    }
}

// 0028_archive_numbers_keyed_once.sql (issue #23): the search keys of dossiers (kind 3) go, those
// of rooms and persons stay; the dossiers are found through archive_keys.
void seedKeyedOnce(Database& db)
{
    EXEC(db,
         QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES ('z109-yz·2026-y-0001', 3, 1), "
                        "('0001', 3, 1), ('0001', 1, 1), ('0001', 2, 1)"));
}
void checkKeyedOnce(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE kind = 3")).toInt(), 0);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE key = '0001'")).toInt(), 2);
}

// 0029_key_tables_without_record_indexes.sql (issue #23): the key tables' indexes by record are
// gone (a record's keys are deleted by deriving them, SearchIndex.h), and the deletes by derived keys read
// the primary keys.
void checkWithoutRecordIndexes(Database& db)
{
    for (const char* index : {"search_keys_ref", "search_terms_ref", "archive_keys_dossier"}) {
        QVERIFY2(indexCount(db, index) == 0, index);
    }
    if (db.isPostgres())
        return;
    for (const char* table : {"search_keys", "search_terms"}) {
        auto plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN DELETE FROM %1 WHERE kind = 2 AND ref_id = 1 "
                                           "AND key IN ('a', 'b')")
                                .arg(QLatin1String(table)));
        QVERIFY(plan.ok() && plan.value().next());
        QVERIFY2(plan.value().value(3).toString().contains(QLatin1String("PRIMARY KEY")),
                 qPrintable(plan.value().value(3).toString()));
    }
}

// 0030_item_dates_as_numbers.sql (issue #23): the items' days become day numbers, their filing time
// seconds since the epoch; every value reads back the same, NULL stays NULL, the scans attached to
// an item still belong to it, and the indexes are there again. Seeded before: items as version 29
// wrote them (text), one filed late, one waiting, one dated before 1970, one with a scan.
void seedItemDatesAsText(Database& db)
{
    EXEC(db,
         QStringLiteral(
             "INSERT INTO dossier_items(id, dossier_id, kind_id, seq, title, item_date, pages, received_on, "
             "received_by, due_on, filed_at, filed_on, filed_by) VALUES "
             "(300, 1, 1, 300, 'late', '2022-09-01', 3, '2026-12-24', 1, '2026-12-31', "
             "'2026-12-31T23:30:00Z', '2027-01-01', 1), "
             "(301, 1, 1, 301, 'waiting', NULL, 1, '2026-12-25', 1, '2027-01-01', NULL, NULL, NULL), "
             "(302, 1, 1, 302, 'old', '1969-12-31', 1, '1970-01-01', NULL, '1970-01-08', "
             "'1970-01-01T00:00:00Z', '1970-01-01', NULL)"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO attachments(id, item_id, content_key, file_name, mime, size, added_at) "
                 "VALUES (300, 300, 'k300', 'scan.pdf', 'application/pdf', 10, '2026-12-31T23:30:00Z')"));
}
void checkItemDatesAsNumbers(Database& db)
{
    const auto row = [&](int id) {
        return scalarOf(db, QStringLiteral(
                                "SELECT COALESCE(CAST(item_date AS VARCHAR(20)), 'NULL') || '|' || "
                                "received_on || '|' || due_on || '|' || "
                                "COALESCE(CAST(filed_at AS VARCHAR(20)), 'NULL') || '|' || "
                                "COALESCE(CAST(filed_on AS VARCHAR(20)), 'NULL') || '|' || title || '|' "
                                "|| pages FROM dossier_items WHERE id = %1")
                                .arg(id))
            .toString();
    };
    QCOMPARE(row(300), QStringLiteral("%1|%2|%3|%4|%5|late|3")
                           .arg(dayNumber("2022-09-01"))
                           .arg(dayNumber("2026-12-24"))
                           .arg(dayNumber("2026-12-31"))
                           .arg(QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC).toSecsSinceEpoch())
                           .arg(dayNumber("2027-01-01")));
    QCOMPARE(row(301), QStringLiteral("NULL|%1|%2|NULL|NULL|waiting|1")
                           .arg(dayNumber("2026-12-25"))
                           .arg(dayNumber("2027-01-01")));
    QCOMPARE(row(302), QStringLiteral("-1|0|7|0|0|old|1"));
    // The scan still belongs to its item.
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT item_id || '|' || file_name FROM attachments WHERE id = 300"))
            .toString(),
        QStringLiteral("300|scan.pdf"));
    // The late index's condition and the due index's still select what they did.
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT COUNT(*) FROM dossier_items WHERE id >= 300 AND filed_on > due_on"))
                 .toInt(),
             1);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT id FROM dossier_items WHERE id >= 300 AND filed_at IS NULL"))
                 .toInt(),
             301);
    for (const char* index : {"dossier_items_kind", "dossier_items_due", "dossier_items_late"}) {
        QVERIFY2(indexCount(db, index) == 1, index);
    }
    // (dossier_id, seq) is still unique on PostgreSQL; SQLite leaves it to the write transaction
    // that numbers the item (one writer at a time: TestCliDesks), without the index that held every
    // item a second time.
    const bool twice = db.exec(QStringLiteral("INSERT INTO dossier_items(dossier_id, kind_id, seq, title, "
                                              "received_on, due_on) VALUES (1, 1, 300, 'twice', 1, 1)"))
                           .ok();
    QCOMPARE(twice, !db.isPostgres());
    if (twice)
        QVERIFY(db.exec(QStringLiteral("DELETE FROM dossier_items WHERE title = 'twice'")).ok());
    if (db.isPostgres()) {
        QCOMPARE(
            scalarOf(db, QStringLiteral("SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY "
                                        "column_name) FROM information_schema.columns WHERE table_schema = "
                                        "current_schema() AND table_name = 'dossier_items' AND column_name "
                                        "IN ('item_date', 'received_on', 'due_on', 'filed_at', 'filed_on')"))
                .toString(),
            QStringLiteral("due_on integer, filed_at bigint, filed_on integer, item_date integer, "
                           "received_on integer"));
        return;
    }
    // SQLite: integers in INTEGER columns (a TEXT column would have kept them as text).
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM dossier_items WHERE typeof(received_on) <> "
                                    "'integer' OR typeof(due_on) <> 'integer' OR typeof(COALESCE(item_date, "
                                    "0)) <> 'integer' OR typeof(COALESCE(filed_at, 0)) <> 'integer' OR "
                                    "typeof(COALESCE(filed_on, 0)) <> 'integer'"))
            .toInt(),
        0);
    QCOMPARE(
        scalarOf(
            db,
            QStringLiteral(
                "SELECT \"table\" FROM pragma_foreign_key_list('attachments') WHERE \"from\" = 'item_id'"))
            .toString(),
        QStringLiteral("dossier_items"));
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_0030'")).toInt(),
        0);
}

// 0031_register_dates_as_numbers.sql (issue #23): the register's dates become day numbers and
// seconds since the epoch; every value reads back the same, NULL stays NULL, the lease index is
// there again. Seeded before: a person, ties and a dossier as version 30 wrote them (text).
void seedRegisterDatesAsText(Database& db)
{
    EXEC(db, QStringLiteral("INSERT INTO persons(id, name, gender, id_type, move_in_date, created_at) VALUES "
                            "(3100, '甲', 'M', 'cn_id', '1969-12-31', '2026-12-31T23:30:00Z'), "
                            "(3101, '乙', 'F', 'cn_id', NULL, '1970-01-01T00:00:00Z')"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO occupancies(id, person_id, room_id, role, since, until, lease_from, lease_to, "
                 "created_at) VALUES "
                 "(3100, 3100, 1, 'tenant', '2026-01-01', NULL, '2026-01-01', '2026-12-31', "
                 "'2026-12-31T23:30:00Z'), "
                 "(3101, 3101, 1, 'member', '2020-02-29', '2026-06-30', NULL, NULL, "
                 "'2020-02-29T08:00:00Z')"));
    EXEC(db, QStringLiteral(
                 "INSERT INTO dossiers(id, archive_no, category, title, year, seq, created_at, retention) "
                 "VALUES (3100, 'Z109-FW·2026-D10-3100', 'service', '投诉', 2026, 3100, "
                 "'2026-12-31T23:30:00Z', 'D10')"));
}
void checkRegisterDatesAsNumbers(Database& db)
{
    const auto text = [&](const QString& sql) { return scalarOf(db, sql).toString(); };
    const auto n = [](const QString& column) {
        return QStringLiteral("COALESCE(CAST(%1 AS VARCHAR(20)), 'NULL')").arg(column);
    };
    const qint64 lateEvening = QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(text(QStringLiteral("SELECT %1 || '|' || %2 FROM persons WHERE id = 3100")
                      .arg(n(QStringLiteral("move_in_date")), n(QStringLiteral("created_at")))),
             QStringLiteral("-1|%1").arg(lateEvening));
    QCOMPARE(text(QStringLiteral("SELECT %1 || '|' || %2 FROM persons WHERE id = 3101")
                      .arg(n(QStringLiteral("move_in_date")), n(QStringLiteral("created_at")))),
             QStringLiteral("NULL|0"));
    const QString occupancy =
        QStringLiteral("SELECT %1 || '|' || %2 || '|' || %3 || '|' || %4 || '|' || %5 FROM "
                       "occupancies WHERE id = %6");
    const QStringList cols{n(QStringLiteral("since")), n(QStringLiteral("until")),
                           n(QStringLiteral("lease_from")), n(QStringLiteral("lease_to")),
                           n(QStringLiteral("created_at"))};
    QCOMPARE(text(occupancy.arg(cols.at(0), cols.at(1), cols.at(2), cols.at(3), cols.at(4)).arg(3100)),
             QStringLiteral("%1|NULL|%1|%2|%3")
                 .arg(dayNumber("2026-01-01"))
                 .arg(dayNumber("2026-12-31"))
                 .arg(lateEvening));
    QCOMPARE(text(occupancy.arg(cols.at(0), cols.at(1), cols.at(2), cols.at(3), cols.at(4)).arg(3101)),
             QStringLiteral("%1|%2|NULL|NULL|%3")
                 .arg(dayNumber("2020-02-29"))
                 .arg(dayNumber("2026-06-30"))
                 .arg(QDateTime(QDate(2020, 2, 29), QTime(8, 0), Qt::UTC).toSecsSinceEpoch()));
    QCOMPARE(
        text(QStringLiteral("SELECT %1 FROM dossiers WHERE id = 3100").arg(n(QStringLiteral("created_at")))),
        QString::number(lateEvening));
    // The current leases ending by a day, as the lease reminders ask (the index's condition).
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT COUNT(*) FROM occupancies WHERE until IS NULL AND lease_to IS NOT "
                              "NULL AND lease_to <= %1 AND id >= 3100")
                              .arg(dayNumber("2027-01-01")))
                 .toInt(),
             1);
    const QString index = db.isPostgres()
                              ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = "
                                               "current_schema() AND indexname = 'occupancies_lease_to'")
                              : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                               "AND name = 'occupancies_lease_to'");
    QCOMPARE(scalarOf(db, index).toInt(), 1);
    if (db.isPostgres()) {
        QCOMPARE(text(QStringLiteral(
                     "SELECT string_agg(table_name || '.' || column_name || ' ' || data_type, ', ' "
                     "ORDER BY table_name, column_name) FROM information_schema.columns WHERE "
                     "table_schema = current_schema() AND (table_name IN ('persons', 'occupancies', "
                     "'dossiers') AND column_name = 'created_at' OR table_name = 'persons' AND "
                     "column_name = 'move_in_date' OR table_name = 'occupancies' AND column_name "
                     "IN ('since', 'until', 'lease_from', 'lease_to'))")),
                 QStringLiteral(
                     "dossiers.created_at bigint, occupancies.created_at bigint, occupancies.lease_from "
                     "integer, occupancies.lease_to integer, occupancies.since integer, "
                     "occupancies.until integer, persons.created_at bigint, persons.move_in_date integer"));
        return;
    }
    // SQLite: integers in INTEGER columns, and no column left behind.
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT (SELECT COUNT(*) FROM persons WHERE typeof(created_at) <> 'integer' "
                              "OR typeof(COALESCE(move_in_date, 0)) <> 'integer') + (SELECT COUNT(*) "
                              "FROM occupancies WHERE typeof(since) <> 'integer' OR "
                              "typeof(COALESCE(until, 0)) <> 'integer' OR typeof(COALESCE(lease_from, 0)) "
                              "<> 'integer' OR typeof(COALESCE(lease_to, 0)) <> 'integer' OR "
                              "typeof(created_at) <> 'integer') + (SELECT COUNT(*) FROM dossiers WHERE "
                              "typeof(created_at) <> 'integer')"))
                 .toInt(),
             0);
    for (const char* table : {"persons", "occupancies", "dossiers"})
        QVERIFY2(!scalarOf(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'")
                                   .arg(QLatin1String(table)))
                      .toString()
                      .contains(QLatin1String("_0031")),
                 table);
}

void checkV8(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT status || '/' || due FROM loans WHERE dossier_id = 1"))
                 .toString(),
             QStringLiteral("out/2026-01-02"));
    // Version 9 keeps the first 128 bits of each blind index: what the program computes now.
    // (Since version 26 SQLite keeps them as their 16 bytes.)
    QCOMPARE(
        sealedbytes::blindText(scalarOf(db, QStringLiteral("SELECT id_blind FROM persons WHERE id = 1"))),
        kLongBlind.left(32));
    QCOMPARE(sealedbytes::blindText(scalarOf(
                 db, QStringLiteral(
                         "SELECT phone_blind FROM person_phones WHERE person_id = 1 AND position = 0"))),
             kLongBlind.left(32));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE year = 2027")).toInt(), 1);
    // R33: the same dossier cannot be out twice.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO loans(dossier_id, borrower_name, department, mode, purpose, "
                                    "status, rule, requested_at) VALUES (1, 'x', 'x', 'borrow', 'x', 'out', "
                                    "'R15', '2026-01-03T00:00:00Z')"))
                 .ok());
}

void checkV9(Database& db)
{
    QCOMPARE(sealedbytes::blindText(scalarOf(
                 db, QStringLiteral(
                         "SELECT phone_blind FROM person_phones WHERE person_id = 1 AND position = 1"))),
             kLongBlind.left(32));
    // Version 10, R2 over R23: what waits goes to the owning department's head; what was decided
    // stays as it was recorded.
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT approver_department FROM loans WHERE id = 10")).toString(),
             QStringLiteral("客服部"));
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT approver_department FROM loans WHERE id = 11")).toString(),
             QStringLiteral("工程部"));
    // The loan out since version 8 too: its extension is the owning head's to decide (R32).
    QCOMPARE(
        scalarOf(db, QStringLiteral("SELECT approver_department FROM loans WHERE status = 'out'")).toString(),
        QStringLiteral("客服部"));
    QCOMPARE(scalarOf(db, QStringLiteral(
                              "SELECT COUNT(*) FROM access_rules WHERE approver = 'own_department_head'"))
                 .toInt(),
             0);
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT approver FROM access_rules WHERE role = 'staff' AND "
                                         "category = '*' AND mode = 'view'"))
                 .toString(),
             QStringLiteral("owning_department_head"));
}

void checkV10(Database& db)
{
    QCOMPARE(scalarOf(db, QStringLiteral("SELECT approver_department FROM loans WHERE id = 12")).toString(),
             QStringLiteral("客服部"));
}

// One entry per migration file. A new migration fails everyVersionIsCovered() until its entry
// (tables, seed rows, checks) is added here.
const QList<Version>& versions()
{
    static const QList<Version> v{
        {{QStringLiteral("meta"), QStringLiteral("users"), QStringLiteral("estates"),
          QStringLiteral("phases"), QStringLiteral("buildings"), QStringLiteral("units"),
          QStringLiteral("rooms"), QStringLiteral("persons"), QStringLiteral("person_phones"),
          QStringLiteral("occupancies"), QStringLiteral("change_history")},
         seedV1,
         checkV1},
        {{QStringLiteral("categories"), QStringLiteral("archive_sequences"), QStringLiteral("dossiers")},
         seedV2,
         checkV2},
        {{QStringLiteral("search_keys")}, seedV3, checkV3},
        {{QStringLiteral("audit_log")}, seedV4, checkV4},
        {{QStringLiteral("key_slots")}, seedV5, checkV5},
        {{QStringLiteral("access_rules")}, seedV6, checkV6},
        {{QStringLiteral("item_kinds"), QStringLiteral("locations"), QStringLiteral("dossier_items"),
          QStringLiteral("handover_campaigns"), QStringLiteral("handovers"),
          QStringLiteral("handover_dossiers"), QStringLiteral("attachments")},
         seedV7,
         checkV7},
        {{QStringLiteral("loans"), QStringLiteral("loan_extensions"), QStringLiteral("damage_records"),
          QStringLiteral("copy_entries"), QStringLiteral("visits"), QStringLiteral("owner_requests"),
          QStringLiteral("calendar_years"), QStringLiteral("calendar_days")},
         seedV8,
         checkV8},
        {{}, seedV9, checkV9},
        {{}, seedV10, checkV10},
        {{QStringLiteral("dossier_conditions")}, seedRules, checkRules}, // 0011_dossier_rules.sql
        {{}, seedSeal, checkSeal},                                       // 0012_audit_seal.sql
        {{QStringLiteral("dossier_holds"), QStringLiteral("destruction_batches"),
          QStringLiteral("destruction_dossiers"), QStringLiteral("destruction_approvals")},
         seedDestruction,
         checkDestruction}, // 0013_destruction.sql
        {{QStringLiteral("reconciliation_sessions"), QStringLiteral("reconciliation_expected"),
          QStringLiteral("reconciliation_scans"), QStringLiteral("missing_dossiers"),
          QStringLiteral("violations")},
         seedReconciliation,
         checkReconciliation},                                                 // 0014_reconciliation.sql
        {{QStringLiteral("archive_keys")}, seedArchiveKeys, checkArchiveKeys}, // 0015_archive_keys.sql
        {{}, seedDamagePhotos, checkDamagePhotos},                             // 0016_damage_photos.sql
        {{QStringLiteral("writer_keys")}, seedKeysByRole, checkKeysByRole},    // 0017_keys_by_role.sql
        {{QStringLiteral("search_terms")}, seedSearchTerms, checkSearchTerms}, // 0018_search_terms.sql
        {{}, {}, {}, seedBirthDates, checkBirthDatesOut},                      // 0019_birth_dates_out.sql
        {{}, {}, {}, seedAssistantGrants, checkAssistantGrants},     // 0020_assistant_without_full_key.sql
        {{}, {}, {}, seedLeases, checkLeases},                       // 0021_leases_and_companies.sql
        {{QStringLiteral("contents")}, seedContents, checkContents}, // 0022_contents.sql
        {{}, {}, {}, seedSmallerIndexes, checkSmallerIndexes},       // 0023_smaller_indexes.sql
        {{}, {}, {}, seedStartupIndexes, checkStartupIndexes},       // 0024_startup_indexes.sql
        {{}, {}, checkKeptForATerm},                                 // 0025_dossiers_kept_for_a_term.sql
        {{}, {}, {}, seedItemTitles, checkItemTitles},               // 0026_item_titles.sql
        {{}, {}, {}, seedSealedText, checkSealedBytes},              // 0027_sealed_values_as_bytes.sql
        {{}, {}, {}, seedKeyedOnce, checkKeyedOnce},                 // 0028_archive_numbers_keyed_once.sql
        {{}, {}, {}, {}, checkWithoutRecordIndexes}, // 0029_key_tables_without_record_indexes.sql
        {{}, {}, {}, seedItemDatesAsText, checkItemDatesAsNumbers}, // 0030_item_dates_as_numbers.sql
        {{},
         {},
         {},
         seedRegisterDatesAsText,
         checkRegisterDatesAsNumbers}, // 0031_register_dates_as_numbers.sql
    };
    return v;
}

// The catalogue of the database's tables: SQLite's sqlite_master, PostgreSQL's for the schema
// in use (the PostgreSQL run, TestStorageMigrations.pg).
QString tablesQuery()
{
    return test::onPostgres() ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema "
                                             "= current_schema()")
                            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
}

bool hasTable(Database& db, const QString& name)
{
    auto v = db.scalar(tablesQuery() + (db.isPostgres() ? QStringLiteral(" AND table_name = ?")
                                                        : QStringLiteral(" AND name = ?")),
                       {name});
    return v && v.value().toInt() == 1;
}

// The schema version as the database keeps it (PRAGMA user_version, or PostgreSQL's table).
int userVersion(Database& db)
{
    if (db.isPostgres())
        return scalarOf(db, QStringLiteral("SELECT version FROM schema_version")).toInt();
    return scalarOf(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void setUserVersion(Database& db, int v)
{
    auto r = db.isPostgres() ? db.exec(QStringLiteral("UPDATE schema_version SET version = ?"), {v})
                             : db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
}

// PostgreSQL: the seeds name their ids, which leaves the identity sequences behind; they are
// moved past the seeded rows, where SQLite's rowid would be.
void catchUpIdentities(Database& db)
{
    if (!db.isPostgres())
        return;
    QStringList tables;
    {
        auto q = db.exec(QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                        "current_schema() AND column_name = 'id' AND is_identity = 'YES'"));
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        while (q.value().next())
            tables << q.value().value(0).toString();
    }
    for (const QString& t : std::as_const(tables))
        EXEC(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, "
                                "false) FROM %1")
                     .arg(t));
}

std::unique_ptr<Database> openDb(const QTemporaryDir& dir)
{
    auto db = test::openFresh(dir.filePath(QStringLiteral("m.db")));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(db).value();
}

} // namespace

class TestStorageMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { password::setTestCost(true); }
    void everyVersionIsCovered();
    void freshDatabaseReachesLatest();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void upgradedDatabaseOpensThroughTheServices();
    void refusesANewerDatabase();
    void refusesATargetBeyondTheKnownVersions();
    void failingStepLeavesNoHalfAppliedVersion();
    void migratingTwiceChangesNothing();
    void anUpgradeSortsOnDiskAndGivesTheConnectionBackAsItWas();
    void aTableMadeAnewKeepsEveryReferenceOrTheUpgradeFails();
};

void TestStorageMigrations::everyVersionIsCovered()
{
    QVERIFY(Migrator::latestVersion() >= 1);
    QVERIFY2(versions().size() >= Migrator::latestVersion(),
             "a new migration needs its entry in versions(): tables, seed rows and checks");
}

void TestStorageMigrations::freshDatabaseReachesLatest()
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    Migrator m(*db);
    QCOMPARE(m.currentVersion().value(), 0);
    const Status s = m.migrate();
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(m.currentVersion().value(), Migrator::latestVersion());
    QCOMPARE(userVersion(*db), Migrator::latestVersion());
    for (int v = 0; v < Migrator::latestVersion() && v < versions().size(); ++v)
        for (const QString& t : versions().at(v).tables)
            QVERIFY2(hasTable(*db, t), qPrintable(t));
}

// An upgrade rewrites whole tables: on SQLite its sorts go to temporary files (at a million
// households an upgrade held 1.5 GB in memory with temp_store = MEMORY, 222 MB this way), and the
// connection gets its memory temp store back after it.
void TestStorageMigrations::anUpgradeSortsOnDiskAndGivesTheConnectionBackAsItWas()
{
    if (test::onPostgres())
        QSKIP("SQLite's temporary store");
    QTemporaryDir dir;
    auto db = openDb(dir);
    QCOMPARE(scalarOf(*db, QStringLiteral("PRAGMA temp_store")).toInt(), 2); // MEMORY
    QList<int> during;
    const Status s = Migrator(*db).migrate(
        -1, [&](int, int, int) { during << scalarOf(*db, QStringLiteral("PRAGMA temp_store")).toInt(); });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QVERIFY(!during.isEmpty());
    QCOMPARE(QSet<int>(during.begin(), during.end()), QSet<int>{1}); // FILE
    QCOMPARE(scalarOf(*db, QStringLiteral("PRAGMA temp_store")).toInt(), 2);
}

// Migration 0031 makes persons, occupancies and dossiers anew on SQLite with foreign keys off (its
// first line tells the Migrator): every reference is checked before it commits, so a row that
// refers to nothing fails the upgrade, which leaves the file at its version, and foreign keys are
// on again afterwards.
void TestStorageMigrations::aTableMadeAnewKeepsEveryReferenceOrTheUpgradeFails()
{
    if (test::onPostgres())
        QSKIP("SQLite's way of changing a column");
    QTemporaryDir dir;
    auto db = openDb(dir);
    QVERIFY(Migrator(*db).migrate(30).ok());
    EXEC(*db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    EXEC(*db, QStringLiteral("INSERT INTO occupancies(person_id, room_id, role, since, created_at) "
                             "VALUES (4242, 4343, 'owner', '2026-01-01', '2026-01-01T00:00:00Z')"));
    EXEC(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
    const Status s = Migrator(*db).migrate();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("occupancies")) &&
                 s.error().message.contains(QStringLiteral("version 31")),
             qPrintable(s.error().message));
    QCOMPARE(Migrator(*db).currentVersion().value(), 30);
    QCOMPARE(scalarOf(*db, QStringLiteral("SELECT typeof(since) FROM occupancies")).toString(),
             QStringLiteral("text"));
    QCOMPARE(scalarOf(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // With the reference mended, the same upgrade goes through.
    EXEC(*db, QStringLiteral("DELETE FROM occupancies WHERE person_id = 4242"));
    QVERIFY(Migrator(*db).migrate().ok());
    QCOMPARE(Migrator(*db).currentVersion().value(), Migrator::latestVersion());
}

void TestStorageMigrations::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int k = 0; k < Migrator::latestVersion(); ++k)
        QTest::addRow("from version %d", k) << k;
}

void TestStorageMigrations::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QVERIFY(versions().size() >= Migrator::latestVersion());
    QTemporaryDir dir;
    auto db = openDb(dir);
    Migrator m(*db);
    QVERIFY(m.migrate(from).ok());
    QCOMPARE(userVersion(*db), from);
    // Tables of later versions are not there yet.
    for (int v = from; v < Migrator::latestVersion(); ++v)
        for (const QString& t : versions().at(v).tables)
            QVERIFY2(!hasTable(*db, t), qPrintable(t));

    for (int v = 0; v < from; ++v) {
        if (versions().at(v).seed)
            versions().at(v).seed(*db);
        if (QTest::currentTestFailed())
            return;
    }
    const Version& next = versions().at(from); // the first migration this upgrade runs
    if (next.seedBefore)
        next.seedBefore(*db);
    catchUpIdentities(*db);
    if (QTest::currentTestFailed())
        return;

    const Status s = m.migrate();
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(userVersion(*db), Migrator::latestVersion());
    for (int v = 0; v < Migrator::latestVersion(); ++v)
        for (const QString& t : versions().at(v).tables)
            QVERIFY2(hasTable(*db, t), qPrintable(t));
    for (int v = 0; v < from; ++v)
        if (versions().at(v).check)
            versions().at(v).check(*db);
    if (next.checkMigrated)
        next.checkMigrated(*db);
    // The rows still satisfy the constraints of the latest schema (PostgreSQL checks them at once).
    if (!db->isPostgres()) {
        QCOMPARE(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")).toInt(), 0);
        QCOMPARE(scalarOf(*db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
}

void TestStorageMigrations::upgradedDatabaseOpensThroughTheServices()
{
    // A version-1 file with a registered owner, opened by today's program: the clerk signs in
    // and sees the owner with every field.
    QTemporaryDir dir;
    const QString path = test::freshLocation(dir.filePath(QStringLiteral("v1.db")));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Migrator(*db.value()).migrate(1).ok());
        seedV1(*db.value());
        catchUpIdentities(*db.value());
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    auto archive = Archive::open(path, &clock);
    QVERIFY2(archive.ok(), archive.ok() ? "" : qPrintable(archive.error().message));
    QCOMPARE(userVersion(archive.value()->database()), Migrator::latestVersion());
    QVERIFY(
        archive.value()->accounts().signIn(QStringLiteral("clerk"), QStringLiteral("desk-pass-123")).ok());
    auto p = archive.value()->people().unmasked(1, QStringLiteral("核对"));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QCOMPARE(p->data.name, QStringLiteral("王小明"));
    QCOMPARE(p->data.idNumber, kPersonId);
    QCOMPARE(p->data.phones, QStringList{QStringLiteral("13812345678")});
    QCOMPARE(p->data.workUnit, QStringLiteral("演示科技有限公司"));
    auto occ = archive.value()->people().occupants(1);
    QVERIFY(occ.ok());
    QCOMPARE(occ->size(), 1);
}

void TestStorageMigrations::refusesANewerDatabase()
{
    QTemporaryDir dir;
    const QString path = test::freshLocation(dir.filePath(QStringLiteral("newer.db")));
    const int newer = Migrator::latestVersion() + 1;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Migrator(*db.value()).migrate().ok());
        setUserVersion(*db.value(), newer);
        const Status s = Migrator(*db.value()).migrate();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QString::number(newer)), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QString::number(Migrator::latestVersion())),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("newer")), qPrintable(s.error().message));
        QCOMPARE(userVersion(*db.value()), newer);
    }
    // What the user meets: the archive does not open, and says why.
    auto archive = Archive::open(path);
    QVERIFY(!archive.ok());
    QVERIFY2(archive.error().message.contains(QStringLiteral("newer")), qPrintable(archive.error().message));
}

void TestStorageMigrations::refusesATargetBeyondTheKnownVersions()
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    Migrator m(*db);
    const Status s = m.migrate(Migrator::latestVersion() + 1);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QString::number(Migrator::latestVersion() + 1)),
             qPrintable(s.error().message));
    QCOMPARE(userVersion(*db), 0);
}

void TestStorageMigrations::failingStepLeavesNoHalfAppliedVersion()
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    Migrator m(*db);
    QVERIFY(m.migrate(1).ok());
    // Version 2 ends by inserting meta('fonds_code'); a row already there makes that last
    // statement fail after every other statement of the step has run.
    EXEC(*db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('fonds_code', 'X1')"));

    const Status s = m.migrate();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("version 2")), qPrintable(s.error().message));
    QCOMPARE(userVersion(*db), 1);
    for (const QString& t : versions().at(1).tables)
        QVERIFY2(!hasTable(*db, t), qPrintable(t));
    QCOMPARE(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM meta")).toInt(), 1);
    QVERIFY(!db->inTransaction());

    // Nothing of the failed attempt is left to block a retry once the cause is gone.
    EXEC(*db, QStringLiteral("DELETE FROM meta"));
    const Status retry = m.migrate();
    QVERIFY2(retry.ok(), retry.ok() ? "" : qPrintable(retry.error().message));
    QCOMPARE(userVersion(*db), Migrator::latestVersion());
}

void TestStorageMigrations::migratingTwiceChangesNothing()
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    Migrator m(*db);
    QVERIFY(m.migrate().ok());
    const int tables = scalarOf(*db, tablesQuery()).toInt();
    QVERIFY(tables > 20);
    QVERIFY(m.migrate().ok());
    QCOMPARE(scalarOf(*db, tablesQuery()).toInt(), tables);
    QCOMPARE(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM categories")).toInt(), 7);
    // Asking for an older version than the file has does not downgrade it.
    QVERIFY(m.migrate(1).ok());
    QCOMPARE(userVersion(*db), Migrator::latestVersion());
}

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "TestStorageMigrations.moc"
