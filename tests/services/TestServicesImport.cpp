// Importing handover rosters and exporting lists (issue #7): Excel's quirks, the preview,
// all-or-nothing, only the good rows, duplicates matched, the same roster twice,
// rejected rows, masked and audited exports.
#include "TestSupport.h"
#include "io/Csv.h"
#include "io/Xlsx.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

#include <xlsxwriter.h>

using namespace ar;
using namespace ar::test;

namespace {

int count(Context& ctx, const QString& sql)
{
    auto v = ctx.db.scalar(sql);
    return v ? v.value().toInt() : -1;
}

} // namespace

class TestServicesImport : public QObject
{
    Q_OBJECT

private:
    // A roster as the developer sends it: a merged title, an empty row, the header in row 3,
    // phones as numbers, one ID number as a number that lost its digits, dates as serial
    // numbers and as text, full-width digits and trailing spaces, rooms written three ways.
    QString roster(Fixture& f, const QString& name, bool broken)
    {
        const QString path = f.dir.filePath(name);
        lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet* ws = workbook_add_worksheet(wb, "业主名册");
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        worksheet_merge_range(ws, 0, 0, 0, 6, "华苑小区开发商移交业主名册（演示）", nullptr);
        const char* header[] = {"序号", "房号", "业主姓名", "身份证号码", "联系电话", "交房日期", "工作单位"};
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(ws, 2, lxw_col_t(c), header[c], nullptr);
        auto text = [&](int r, int c, const QString& v) { worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), v.toUtf8().constData(), nullptr); };
        // Row 4: dashed room, phone as a number, date as a serial number.
        worksheet_write_number(ws, 3, 0, 1, nullptr);
        text(3, 1, QStringLiteral("3-2-1201"));
        text(3, 2, QStringLiteral("欧阳明华 "));
        text(3, 3, m_ids.at(0));
        worksheet_write_number(ws, 3, 4, 13800135678.0, nullptr);
        worksheet_write_number(ws, 3, 5, 46000, date); // 2025-12-09
        text(3, 6, QStringLiteral("演示科技有限公司"));
        // Row 5: 3栋2单元1202, full-width digits in the phone, date as text.
        worksheet_write_number(ws, 4, 0, 2, nullptr);
        text(4, 1, QStringLiteral("3栋2单元1202"));
        text(4, 2, QStringLiteral("李小红"));
        text(4, 3, m_ids.at(1));
        text(4, 4, QStringLiteral("１３９００００２２２２"));
        text(4, 5, QStringLiteral("2025年12月10日"));
        // Row 7 (row 6 empty): 3座2单元1301室, a room not yet on file.
        worksheet_write_number(ws, 6, 0, 3, nullptr);
        text(6, 1, QStringLiteral("3座2单元1401室"));
        text(6, 2, QStringLiteral("王大山"));
        text(6, 3, m_ids.at(2));
        text(6, 4, QStringLiteral("13700003333"));
        text(6, 5, QStringLiteral("2025/12/11"));
        if (broken) {
            // Row 8: the ID number typed into a number cell: Excel kept 15 digits.
            worksheet_write_number(ws, 7, 0, 4, nullptr);
            text(7, 1, QStringLiteral("3-2-1301"));
            text(7, 2, QStringLiteral("赵数字"));
            worksheet_write_number(ws, 7, 3, m_ids.at(3).left(17).toDouble() * 10, nullptr);
            text(7, 4, QStringLiteral("13600004444"));
            // Row 9: a room that is no room and a phone that is too short.
            worksheet_write_number(ws, 8, 0, 5, nullptr);
            text(8, 1, QStringLiteral("三栋二单元"));
            text(8, 2, QStringLiteral("钱错误"));
            text(8, 3, m_ids.at(4));
            text(8, 4, QStringLiteral("1380000"));
        }
        workbook_close(wb);
        return path;
    }
    QStringList m_ids;

private slots:
    void initTestCase();
    void R3_rosterWithExcelQuirksImports();
    void R3_allOrNothingByDefault();
    void R3_onlyTheGoodRowsOnRequest();
    void R5_sameRosterTwiceChangesNothing();
    void R6_changedPhoneIsAnUpdate();
    void R3_rowsAreMatchedAgainstTheRegister();
    void R3_leaseColumnsAreImported();
    void headerAndMappingAreFoundAndRemembered();
    void fileChangedAfterThePreviewIsReadAgain();
    void brokenFilesChangeNothing();
    void R20_R27_exportIsMaskedAndAudited();
    void R14_dossierListInShelfOrder();
    void onlyTheClerkImports();
};

void TestServicesImport::initTestCase()
{
    for (int i = 0; i < 6; ++i)
        m_ids << fakeId(QDate(1980 + i, 3, 1 + i), i % 2 == 0, 20 + i);
}

void TestServicesImport::R3_rosterWithExcelQuirksImports()
{
    Fixture f;
    f.makeSmallEstate();
    ImportService::Options o;
    o.dryRun = true;
    auto preview = f.archive->imports().importRoster(roster(f, QStringLiteral("r.xlsx"), false), o);
    QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->sheet, QStringLiteral("业主名册"));
    QCOMPARE(preview->headerRow, 3);
    QCOMPARE(preview->rows.size(), 3);
    QCOMPARE(preview->rows.at(0).row, 4);
    QCOMPARE(preview->rows.at(2).row, 7); // the sheet's own numbers, the empty row skipped
    QCOMPARE(preview->added, 3);
    QVERIFY(preview->rows.at(2).newRoom);
    QVERIFY(!preview->written);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons")), 0);

    auto done = f.archive->imports().importRoster(f.dir.filePath(QStringLiteral("r.xlsx")), {});
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QVERIFY(done->written);
    QCOMPARE(done->added, 3);
    auto place = f.archive->estate().findRoom(QStringLiteral("3-2-1201"));
    QVERIFY(place.ok());
    auto occ = f.archive->people().occupants(place->room.id);
    QVERIFY(occ.ok());
    QCOMPARE(occ->size(), 1);
    QCOMPARE(occ->first().name, QStringLiteral("欧阳明华")); // trailing space gone
    auto p = f.archive->people().unmasked(occ->first().occupancy.personId, QStringLiteral("核对导入"));
    QVERIFY(p.ok());
    QCOMPARE(p->data.phones, QStringList{QStringLiteral("13800135678")}); // the number as digits
    QCOMPARE(p->data.moveInDate, QDate(2025, 12, 9));                      // the serial date
    QCOMPARE(p->data.idNumber, m_ids.at(0));
    auto li = f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1202")));
    QVERIFY(li.ok() && li->size() == 1);
    auto lp = f.archive->people().unmasked(li->first().occupancy.personId, QStringLiteral("核对导入"));
    QCOMPARE(lp->data.phones, QStringList{QStringLiteral("13900002222")}); // full-width digits
    QCOMPARE(lp->data.moveInDate, QDate(2025, 12, 10));
    // The new room and the owner dossiers (R5) were made; one import record.
    QVERIFY(f.archive->estate().findRoom(QStringLiteral("3-2-1401")).ok());
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE category = 'owner'")), 3);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), 1);
    // The new room is one "add_rooms" record of its unit, as a room grid is.
    QCOMPARE(count(f.archive->context(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'estate_change' AND detail LIKE '%add_rooms%'")),
             1);
    QVERIFY(f.archive->search().search(QStringLiteral("3-2-1401"), 5).ok());
}

void TestServicesImport::R3_leaseColumnsAreImported()
{
    Fixture f;
    f.makeSmallEstate();
    // Tenants with their lease in one column (租赁期限) and the contract number; a company as the
    // tenant of one room; a lease ending before it starts is refused with its row and column.
    const QString csv =
        QStringLiteral(
            "房号,姓名,身份证号,证件类型,联系人,手机号,业主身份,租赁期限,合同编号\r\n"
            "3-2-1201,欧阳明华,%1,,,13800135678,租户,2026-01-01至2026-12-31,HT-01\r\n"
            "3-2-1202,演示市第3商贸有限公司,911100007A5B6C8D24,统一社会信用代码,钱经理,13612345678,租户,"
            "2026.3.1-2027.2.28,HT-02\r\n"
            "3-2-1301,李小红,%2,,,13900002222,租户,2026-06-01至2026-05-01,HT-03\r\n")
            .arg(m_ids.at(0), m_ids.at(1));
    const QString path = f.dir.filePath(QStringLiteral("tenants.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv.toUtf8());
    out.close();
    ImportService::Options dry;
    dry.dryRun = true;
    auto preview = f.archive->imports().importRoster(path, dry);
    QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->added, 2);
    QCOMPARE(preview->rejected, 1);
    const ImportRow& bad = preview->rows.at(2);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY2(bad.errors.first().field.contains(QStringLiteral("租赁期限")),
             qPrintable(bad.errors.first().field));
    QCOMPARE(bad.errors.first().value, QStringLiteral("2026-05-01"));
    QCOMPARE(bad.errors.first().row, 4);

    ImportService::Options good;
    good.onlyValid = true;
    auto done = f.archive->imports().importRoster(path, good);
    QVERIFY2(done.ok() && done->written,
             done.ok() ? "" : qPrintable(done->rows.at(2).errors.value(0).message));
    auto first = f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1201")));
    QCOMPARE(first->first().occupancy.leaseFrom, QDate(2026, 1, 1));
    QCOMPARE(first->first().occupancy.leaseTo, QDate(2026, 12, 31));
    QCOMPARE(first->first().occupancy.contractNo, QStringLiteral("HT-01"));
    auto company = f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1202")));
    QCOMPARE(company->first().occupancy.leaseTo, QDate(2027, 2, 28));
    auto p = f.archive->people().unmasked(company->first().occupancy.personId, QStringLiteral("核对"));
    QCOMPARE(p->data.idType, IdType::CreditCode);
    QCOMPARE(p->data.contactName, QStringLiteral("钱经理"));
    QVERIFY(f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1301")))->isEmpty());
}

void TestServicesImport::R3_allOrNothingByDefault()
{
    Fixture f;
    f.makeSmallEstate();
    const QString path = roster(f, QStringLiteral("broken.xlsx"), true);
    auto r = f.archive->imports().importRoster(path, {});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(!r->written);
    QCOMPARE(r->rejected, 2);
    QCOMPARE(r->added, 3);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons")), 0);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM rooms")), 3); // no new room either
    // Row 8: the lost digits are named and refused; row 9: room and phone, each with its column.
    const ImportRow& lost = r->rows.at(3);
    QCOMPARE(lost.row, 8);
    QCOMPARE(lost.action, ImportAction::Rejected);
    QCOMPARE(lost.errors.size(), 1);
    QVERIFY(lost.errors.first().field.startsWith(QStringLiteral("D ")));
    QVERIFY2(lost.errors.first().message.contains(QStringLiteral("15")), qPrintable(lost.errors.first().message));
    const ImportRow& bad = r->rows.at(4);
    QCOMPARE(bad.row, 9);
    QStringList columns;
    for (const Error& e : bad.errors)
        columns << e.field.left(1);
    QVERIFY2(columns.contains(QStringLiteral("B")) && columns.contains(QStringLiteral("E")), qPrintable(columns.join(QLatin1Char(','))));
    for (const Error& e : bad.errors)
        QCOMPARE(e.row, 9);
    // The rejected rows go out as a sheet with an error column, to be fixed and imported again.
    const QString rejected = f.dir.filePath(QStringLiteral("rejected.xlsx"));
    QVERIFY(f.archive->imports().writeRejected(r.value(), rejected).ok());
    auto back = io::readXlsx(rejected);
    QVERIFY(back.ok());
    const io::Sheet& s = back->first();
    QCOMPARE(s.rows.size(), 3);
    QCOMPARE(s.rows.at(1).at(2).text, QStringLiteral("赵数字"));
    QVERIFY(s.rows.at(1).cells.last().text.contains(QStringLiteral("row 8")));
}

void TestServicesImport::R3_onlyTheGoodRowsOnRequest()
{
    Fixture f;
    f.makeSmallEstate();
    ImportService::Options o;
    o.onlyValid = true;
    auto r = f.archive->imports().importRoster(roster(f, QStringLiteral("broken.xlsx"), true), o);
    QVERIFY(r.ok());
    QVERIFY(r->written);
    QCOMPARE(r->added, 3);
    QCOMPARE(r->rejected, 2);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons")), 3);
}

void TestServicesImport::R5_sameRosterTwiceChangesNothing()
{
    Fixture f;
    f.makeSmallEstate();
    const QString path = roster(f, QStringLiteral("r.xlsx"), false);
    QVERIFY(f.archive->imports().importRoster(path, {}).ok());
    const int persons = count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons"));
    const int audit = count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto again = f.archive->imports().importRoster(path, {});
    QVERIFY(again.ok());
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 0);
    QVERIFY(!again->written);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons")), persons);
    // Checking reads records but writes none: the trail is as it was, apart from views.
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action <> 'view_person'")),
             count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM audit_log")) -
                 count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view_person'")));
    QVERIFY(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM audit_log")) >= audit);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), 1);
}

void TestServicesImport::R6_changedPhoneIsAnUpdate()
{
    Fixture f;
    f.makeSmallEstate();
    QVERIFY(f.archive->imports().importRoster(roster(f, QStringLiteral("r.xlsx"), false), {}).ok());
    // The same people, one with a new phone, as CSV in GB18030 with the rooms split in three columns.
    const QString csv = QStringLiteral("楼栋,单元,室号,姓名,身份证号,手机号\r\n3栋,2单元,1201室,欧阳明华,%1,13800135999\r\n"
                                       "3,2,1202,李小红,%2,13900002222\r\n")
                            .arg(m_ids.at(0), m_ids.at(1));
    const QString path = f.dir.filePath(QStringLiteral("update.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QStringEncoder gb("GB18030");
    out.write(gb(csv));
    out.close();
    ImportService::Options dry;
    dry.dryRun = true;
    auto preview = f.archive->imports().importRoster(path, dry);
    QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->encoding, QStringLiteral("GB18030"));
    QCOMPARE(preview->updated, 1);
    QCOMPARE(preview->unchanged, 1);
    QCOMPARE(preview->rows.first().changes, QStringList{QStringLiteral("phones")});
    auto r = f.archive->imports().importRoster(path, {});
    QVERIFY(r.ok() && r->written);
    auto occ = f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1201")));
    auto p = f.archive->people().unmasked(occ->first().occupancy.personId, QStringLiteral("核对"));
    QCOMPARE(p->data.phones, QStringList{QStringLiteral("13800135999")});
    // The columns the CSV lacks kept their values (the work unit, the move-in date).
    QCOMPARE(p->data.workUnit, QStringLiteral("演示科技有限公司"));
    QCOMPARE(p->data.moveInDate, QDate(2025, 12, 9));
    // The change is in the history (R6).
    auto h = f.archive->people().history(occ->first().occupancy.personId);
    QVERIFY(h.ok());
    bool phone = false;
    for (const HistoryEntry& e : h.value())
        phone = phone || e.field == QLatin1String("phones");
    QVERIFY(phone);
}

// Rooms already on file (a room grid), some with people: each row is matched against who is
// registered there, and what cannot be imported is said row by row.
void TestServicesImport::R3_rowsAreMatchedAgainstTheRegister()
{
    Fixture f;
    f.makeSmallEstate();
    QVERIFY(f.archive->imports().importRoster(roster(f, QStringLiteral("r.xlsx"), false), {}).ok());
    const QString csv = QStringLiteral("房号,业主身份,姓名,身份证号,联系电话\n"
                                       "3-2-1201,业主,欧阳明华,%1,13800135678\n" // row 2: the owner on file
                                       "3-2-1202,业主,张新来,%2,13500001111\n"   // row 3: 1202 has an owner
                                       "3-2-1301,业主,冒名者,%1,13500002222\n"   // row 4: another's ID number
                                       "3-2-1301,租户,周租客,%3,13500003333\n"   // row 5: a new tenant
                                       "3-2-1201,家庭成员,欧阳小华,,\n")          // row 6: a member without ID
                            .arg(m_ids.at(0), m_ids.at(3), m_ids.at(4));
    const QString path = f.dir.filePath(QStringLiteral("onfile.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv.toUtf8());
    out.close();
    const int persons = count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons"));
    ImportService::Options dry;
    dry.dryRun = true;
    auto r = f.archive->imports().importRoster(path, dry);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->rows.size(), 5);
    QCOMPARE(r->rows.at(0).action, ImportAction::Unchanged);
    QCOMPARE(r->rows.at(1).action, ImportAction::Rejected);
    QCOMPARE(r->rows.at(1).errors.first().row, 3);
    QVERIFY(r->rows.at(1).errors.first().message.contains(QStringLiteral("李小红")));
    QCOMPARE(r->rows.at(2).action, ImportAction::Rejected);
    QVERIFY(r->rows.at(2).errors.first().message.contains(QStringLiteral("欧阳明华")));
    QVERIFY(!r->rows.at(2).errors.first().value.contains(m_ids.at(0))); // masked
    QCOMPARE(r->rows.at(3).action, ImportAction::Add);
    QCOMPARE(r->rows.at(4).action, ImportAction::Add);
    QCOMPARE(r->added, 2);
    QCOMPARE(r->rejected, 2);
    QCOMPARE(r->unchanged, 1);
    // All or nothing: refused, nothing written; only the good rows: the two new people.
    auto all = f.archive->imports().importRoster(path, {});
    QVERIFY(all.ok() && !all->written);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons")), persons);
    ImportService::Options good;
    good.onlyValid = true;
    auto some = f.archive->imports().importRoster(path, good);
    QVERIFY(some.ok() && some->written);
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons")), persons + 2);
    auto tenants = f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1301")));
    QCOMPARE(tenants->size(), 1);
    QCOMPARE(tenants->first().name, QStringLiteral("周租客"));
    QCOMPARE(tenants->first().occupancy.role, OccupancyRole::Tenant);
}

void TestServicesImport::headerAndMappingAreFoundAndRemembered()
{
    Fixture f;
    f.makeSmallEstate();
    // An unknown header: 业主 is found, 手机 too, but "户室" is not a known name for the room.
    const QString path = f.dir.filePath(QStringLiteral("odd.csv"));
    QVERIFY(io::writeCsv(path, {QStringLiteral("户室"), QStringLiteral("业主"), QStringLiteral("证件号码"), QStringLiteral("手机")},
                         {{QStringLiteral("3-2-1201"), QStringLiteral("欧阳明华"), m_ids.at(0), QStringLiteral("13800135678")}})
                .ok());
    auto inspected = f.archive->imports().inspect(path, {});
    QVERIFY(inspected.ok());
    QCOMPARE(inspected->mapping.size(), 3);
    QVERIFY(!inspected->mapping.contains(0));
    auto refused = f.archive->imports().importRoster(path, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("mapping"));
    // The user maps column A to the room; the mapping is remembered for this layout.
    QMap<int, io::RosterField> m = inspected->mapping;
    m.insert(0, io::RosterField::Room);
    QVERIFY(f.archive->imports().rememberMapping(inspected->layout, m).ok());
    auto again = f.archive->imports().inspect(path, {});
    QCOMPARE(again->mapping.value(0), io::RosterField::Room);
    auto r = f.archive->imports().importRoster(path, {});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->added, 1);
}

// The import after a preview reuses the sheet the preview parsed only while the file's content
// is the same: an edit in between (same name, same size even) is read again.
void TestServicesImport::fileChangedAfterThePreviewIsReadAgain()
{
    Fixture f;
    f.makeSmallEstate();
    const QString path = f.dir.filePath(QStringLiteral("edit.csv"));
    const QStringList header{QStringLiteral("房号"), QStringLiteral("姓名"), QStringLiteral("身份证号码"),
                             QStringLiteral("联系电话")};
    QVERIFY(io::writeCsv(path, header,
                         {{QStringLiteral("3-2-1201"), QStringLiteral("王一"), m_ids.at(0), QStringLiteral("13800000001")}})
                .ok());
    ImportService::Options dry;
    dry.dryRun = true;
    auto preview = f.archive->imports().importRoster(path, dry);
    QVERIFY(preview.ok());
    QCOMPARE(preview->rows.first().name, QStringLiteral("王一"));
    // Edited and saved under the same name, same length: another person.
    QVERIFY(io::writeCsv(path, header,
                         {{QStringLiteral("3-2-1201"), QStringLiteral("李二"), m_ids.at(2), QStringLiteral("13800000002")}})
                .ok());
    auto r = f.archive->imports().importRoster(path, {});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->written);
    QCOMPARE(r->rows.first().name, QStringLiteral("李二"));
    auto occ = f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1201")));
    QCOMPARE(occ->size(), 1);
    QCOMPARE(occ->first().name, QStringLiteral("李二"));
}

void TestServicesImport::brokenFilesChangeNothing()
{
    Fixture f;
    f.makeSmallEstate();
    const QString notZip = f.dir.filePath(QStringLiteral("fake.xlsx"));
    QFile z(notZip);
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.write("not a workbook");
    z.close();
    for (const QString& p : {notZip, f.dir.filePath(QStringLiteral("none.xlsx")), f.dir.filePath(QStringLiteral("old.xls")),
                             f.dir.filePath(QStringLiteral("x.pdf"))}) {
        auto r = f.archive->imports().importRoster(p, {});
        QVERIFY2(!r.ok(), qPrintable(p));
        QVERIFY(!r.error().message.isEmpty());
    }
    // A workbook whose sheets have no header row.
    const QString noHeader = f.dir.filePath(QStringLiteral("noheader.xlsx"));
    QVERIFY(io::writeXlsx(noHeader, QStringLiteral("S"), {QStringLiteral("甲"), QStringLiteral("乙")}, {{QStringLiteral("1"), QStringLiteral("2")}}).ok());
    auto r = f.archive->imports().importRoster(noHeader, {});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("房号")));
    QCOMPARE(count(f.archive->context(), QStringLiteral("SELECT COUNT(*) FROM persons")), 0);
}

void TestServicesImport::R20_R27_exportIsMaskedAndAudited()
{
    Fixture f;
    f.makeSmallEstate();
    QVERIFY(f.archive->imports().importRoster(roster(f, QStringLiteral("r.xlsx"), false), {}).ok());
    auto t = f.archive->exports().owners();
    QVERIFY(t.ok());
    QCOMPARE(t->rows.size(), 3);
    const QString path = f.dir.filePath(QStringLiteral("owners.xlsx"));
    QVERIFY(f.archive->exports().write(t.value(), path).ok());
    auto back = io::readXlsx(path);
    QVERIFY(back.ok());
    const QString all = [&] {
        QStringList cells;
        for (const io::SheetRow& r : back->first().rows)
            for (const io::Cell& c : r.cells)
                cells << c.text;
        return cells.join(QLatin1Char('|'));
    }();
    QVERIFY(all.contains(QStringLiteral("欧阳明华")));
    QVERIFY2(!all.contains(m_ids.at(0)), "no full ID number in an export");
    QVERIFY(!all.contains(QStringLiteral("13800135678")));
    QVERIFY(all.contains(QStringLiteral("138****5678")));
    // Shelf order: 1201, 1202, 1401.
    QCOMPARE(back->first().rows.at(1).at(0).text, QStringLiteral("3-2-1201"));
    QCOMPARE(back->first().rows.at(3).at(0).text, QStringLiteral("3-2-1401"));
    auto rec = f.archive->context().db.scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export'"));
    QVERIFY(rec.ok());
    const QJsonObject d = QJsonDocument::fromJson(rec.value().toString().toUtf8()).object();
    QCOMPARE(d.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(d.value(QStringLiteral("list")).toString(), QStringLiteral("owners"));
    // Staff may not export; nothing is written or recorded.
    f.becomeRole(Role::Staff);
    QVERIFY(!f.archive->exports().owners().ok());
    QVERIFY(!f.archive->exports().write(t.value(), f.dir.filePath(QStringLiteral("staff.xlsx"))).ok());
    QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("staff.xlsx"))));
}

// The archive's catalog as a sheet: every dossier of the estate or one building, in shelf order
// (R14), with what a clerk looks up in it.
void TestServicesImport::R14_dossierListInShelfOrder()
{
    Fixture f;
    f.makeSmallEstate();
    QVERIFY(f.archive->imports().importRoster(roster(f, QStringLiteral("r.xlsx"), false), {}).ok());
    auto t = f.archive->exports().dossiers();
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
    QCOMPARE(t->list, QStringLiteral("dossiers"));
    QCOMPARE(t->header.size(), 10);
    QCOMPARE(t->rows.size(), 3);
    // Shelf order: 1201, 1202, 1401 (the room of row 7, added by the import).
    QCOMPARE(t->rows.at(0).at(0), QStringLiteral("Z109-YZ·2026-Y-0001"));
    QCOMPARE(t->rows.at(0).at(3), QStringLiteral("3-2-1201"));
    QCOMPARE(t->rows.at(0).at(4), QStringLiteral("欧阳明华"));
    QCOMPARE(t->rows.at(0).at(5), QStringLiteral("2026"));
    QCOMPARE(t->rows.at(2).at(3), QStringLiteral("3-2-1401"));
    for (const QStringList& row : t->rows) {
        QCOMPARE(row.size(), t->header.size());
        QVERIFY(!row.at(6).isEmpty()); // the retention period
    }
    // No sensitive value anywhere in it.
    for (const QStringList& row : t->rows)
        for (const QString& id : m_ids)
            QVERIFY(!row.join(QLatin1Char('|')).contains(id));
    // One building, one category; a building that is not there says so and writes nothing.
    auto building = f.archive->exports().dossiers({}, QStringLiteral("3"), QStringLiteral("owner"));
    QVERIFY(building.ok());
    QCOMPARE(building->rows.size(), 3);
    QCOMPARE(f.archive->exports().dossiers({}, QStringLiteral("3"), QStringLiteral("tenant"))->rows.size(), 0);
    auto none = f.archive->exports().dossiers({}, QStringLiteral("99"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().field, QStringLiteral("building"));
    QCOMPARE(none.error().value, QStringLiteral("99"));
    auto badCategory = f.archive->exports().dossiers({}, {}, QStringLiteral("nonsense"));
    QVERIFY(!badCategory.ok());
    QCOMPARE(badCategory.error().field, QStringLiteral("category"));
    const QString path = f.dir.filePath(QStringLiteral("dossiers.csv"));
    QVERIFY(f.archive->exports().write(t.value(), path).ok());
    auto back = io::readCsv(path);
    QVERIFY(back.ok());
    QCOMPARE(back->rows.size(), 4);
    QCOMPARE(back->rows.at(1).at(0).text, QStringLiteral("Z109-YZ·2026-Y-0001"));
    // Staff may not export lists.
    f.becomeRole(Role::Staff);
    QVERIFY(!f.archive->exports().dossiers().ok());
}

void TestServicesImport::onlyTheClerkImports()
{
    Fixture f(Role::Assistant);
    f.makeSmallEstate();
    auto r = f.archive->imports().importRoster(roster(f, QStringLiteral("r.xlsx"), false), {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestServicesImport)
#include "TestServicesImport.moc"
