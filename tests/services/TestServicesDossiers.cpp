// Dossiers, checklists, numbering, filing, locations, hand-overs, attachments and owner changes
// (issue #4): R1, R2, R4, R5, R10–R16, R40, R42. Fixed clock: 2026-11-27 10:00 Beijing time.

#include "ServiceHelpers.h"

#include <QDirIterator>
#include <QTemporaryFile>

using namespace ar;
using namespace ar::test;

namespace {
const QStringList kOwnerRequired{
    QStringLiteral("入住通知书（入伙通知书）"), QStringLiteral("业主档案表"),
    QStringLiteral("《住户手册》公共合约存根"), QStringLiteral("业主身份证复印件"),
    QStringLiteral("房屋交接验收表（收楼单）"), QStringLiteral("购房合同复印件"),
    QStringLiteral("签署后的《承诺书》"), QStringLiteral("《消防安全协议书》")};

ItemInput item(const QString& kind, int pages = 1)
{
    ItemInput in;
    in.kind = kind;
    in.pages = pages;
    return in;
}
} // namespace

class TestServicesDossiers : public QObject
{
    Q_OBJECT

private slots:
    void R1_R2_categoriesWithTheirDepartments();
    void R4_ownerChecklistIsData();
    void R4_administratorEditsTheChecklist();
    void R11_handoverPacketShowsExactlyWhatIsMissing();
    void R11_missingListPerBuildingAndEstate();
    void R12_filingIsDueAWeekAfterReceipt();
    void R12_duringAHandoverCampaignFilingIsDueTheSameDay();
    void R12_lateFilingIsOnTheManagersList();
    void R12_itemDatesAreStoredAsNumbersAndFilingOnTheDueDayIsNotLate();
    void R13_assistantReceivesClerkFilesAndTheHandoverIsRecorded();
    void R1_R5_repairRecordByEngineeringIsFoundUnderItsRoom();
    void R10_categoryNumberingRuleIsConfigurable();
    void R10_openingByHandGivesUniqueNumbers();
    void R14_R15_folderMovedToAnotherShelf();
    void R15_locationTreeIsChecked();
    void R16_scanIsStoredEncryptedAndOpensAgain();
    void R16_onlyScansAreAccepted();
    void R40_retentionIsConfigurableButOwnersArePermanent();
    void R40_retentionIsFixedWhenTheDossierIsOpened();
    void R10_ruleThatWouldGiveTheSameNumbersIsRefused();
    void R10_collisionThatStillHappensIsNamedNotTheDatabasesText();
    void R4_R11_entrustedAgentMakesTheAgentsIdCopyRequired();
    void R15_newFoldersWithoutAPlaceAreListedUntilShelved();
    void R42_ownerChangeKeepsTheFormerDossierApart();
    void R42_ownerChangeWithBadDataChangesNothing();
    void badItemInputNamesFieldAndValue();
    void staffSeeNoHouseholdDossiers();
};

void TestServicesDossiers::R1_R2_categoriesWithTheirDepartments()
{
    Fixture f;
    auto cats = f.archive->dossiers().categories();
    AR_VERIFY_OK(cats);
    QMap<QString, QString> dept;
    for (const Category& c : cats.value())
        dept.insert(c.code, c.department);
    QCOMPARE(dept.size(), 7);
    QCOMPARE(dept.value(QStringLiteral("owner")), QStringLiteral("客服部"));
    QCOMPARE(dept.value(QStringLiteral("tenant")), QStringLiteral("客服部"));
    QCOMPARE(dept.value(QStringLiteral("service")), QStringLiteral("客服部"));
    QCOMPARE(dept.value(QStringLiteral("repair")), QStringLiteral("工程部"));
    QCOMPARE(dept.value(QStringLiteral("engineering")), QStringLiteral("工程部"));
    QCOMPARE(dept.value(QStringLiteral("finance")), QStringLiteral("财务部"));
    QCOMPARE(dept.value(QStringLiteral("security")), QStringLiteral("安全部"));
    // R1: the kinds of record each category holds, with their own fields.
    auto repair = f.archive->dossiers().kinds(QStringLiteral("维修"));
    AR_VERIFY_OK(repair);
    QCOMPARE(repair->first().fields, QStringList({QStringLiteral("报修时间"), QStringLiteral("维修人员"),
                                                  QStringLiteral("维修内容"), QStringLiteral("维修费用")}));
    auto service = f.archive->dossiers().kinds(QStringLiteral("service"));
    AR_VERIFY_OK(service);
    QVERIFY(service->first().fields.contains(QStringLiteral("处理结果")));
    auto finance = f.archive->dossiers().kinds(QStringLiteral("finance"));
    QCOMPARE(finance->size(), 6);
}

void TestServicesDossiers::R4_ownerChecklistIsData()
{
    Fixture f;
    auto kinds = f.archive->dossiers().kinds(QStringLiteral("owner"));
    AR_VERIFY_OK(kinds);
    QStringList required;
    for (const ItemKind& k : kinds.value())
        if (k.required)
            required << k.name;
    QCOMPARE(required, kOwnerRequired);
    QVERIFY(kinds->size() > required.size()); // optional items too
}

void TestServicesDossiers::R4_administratorEditsTheChecklist()
{
    Fixture f(Role::Admin);
    ItemKind k;
    k.category = QStringLiteral("owner");
    k.name = QStringLiteral("车位租赁合同");
    k.required = true;
    auto id = f.archive->dossiers().saveKind(k);
    AR_VERIFY_OK(id);
    QCOMPARE(f.archive->dossiers().saveKind(k).error().code, ErrorCode::Conflict);
    // Deactivated, not deleted: it leaves the checklist.
    auto all = f.archive->dossiers().kinds(QStringLiteral("owner"));
    ItemKind stored = all->last();
    QCOMPARE(stored.name, k.name);
    stored.active = false;
    AR_VERIFY_OK(f.archive->dossiers().saveKind(stored));
    QCOMPARE(f.archive->dossiers().kinds(QStringLiteral("owner"))->size(), all->size() - 1);
    QCOMPARE(f.archive->dossiers().kinds(QStringLiteral("owner"), true)->size(), all->size());
    // Only the administrator configures.
    f.becomeRole(Role::Clerk);
    QCOMPARE(f.archive->dossiers().saveKind(k).error().code, ErrorCode::PermissionDenied);
}

void TestServicesDossiers::R11_handoverPacketShowsExactlyWhatIsMissing()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(reg);
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    AR_VERIFY_OK(d);
    // The packet: everything but the fire-safety agreement and the purchase contract.
    for (int i = 0; i < 8; ++i)
        if (i != 5 && i != 7)
            AR_VERIFY_OK(f.archive->filing().receive(d->id, item(kOwnerRequired.at(i), 2)));
    auto v = f.archive->dossiers().view(d->id);
    AR_VERIFY_OK(v);
    QCOMPARE(v->missing, QStringList({kOwnerRequired.at(5), kOwnerRequired.at(7)}));
    QVERIFY(!v->complete());
    QCOMPARE(v->items.size(), 6);
    QVERIFY(v->items.first().filed());
    QCOMPARE(v->dossier.status, QStringLiteral("open"));
    AR_VERIFY_OK(f.archive->filing().receive(d->id, item(QStringLiteral("购房合同"), 12)));
    QCOMPARE(f.archive->dossiers().view(d->id)->missing, QStringList{kOwnerRequired.at(7)});
    // Filing the last one makes it complete, and the dossier filed.
    AR_VERIFY_OK(f.archive->filing().receive(d->id, item(kOwnerRequired.at(7), 3)));
    v = f.archive->dossiers().view(d->id);
    QVERIFY(v->complete());
    QCOMPARE(v->dossier.status, QStringLiteral("filed"));
    QCOMPARE(v->items.last().seq, 8);
    QCOMPARE(v->items.last().pages, 3);
}

void TestServicesDossiers::R11_missingListPerBuildingAndEstate()
{
    Fixture f;
    const qint64 estate = f.makeSmallEstate();
    auto a = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1202"))));
    auto b = f.archive->people().registerPerson(registration(
        f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner, QStringLiteral("李娜"),
        fakeId(QDate(1985, 3, 2), false), {QStringLiteral("13912345678")}));
    AR_VERIFY_OK(a);
    AR_VERIFY_OK(b);
    auto da = f.archive->dossiers().byArchiveNo(a->archiveNo);
    for (const QString& k : kOwnerRequired)
        AR_VERIFY_OK(f.archive->filing().receive(da->id, item(k)));
    auto rows = f.archive->filing().missing(estate);
    AR_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1); // 1202 is complete
    QCOMPARE(rows->first().room, QStringLiteral("3-2-1201"));
    QCOMPARE(rows->first().missing, kOwnerRequired);
    auto building = f.archive->estate().buildings(estate);
    QCOMPARE(f.archive->filing().missing(estate, building->first().id)->size(), 1);
}

void TestServicesDossiers::R12_filingIsDueAWeekAfterReceipt()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    ItemInput in = item(kOwnerRequired.at(1));
    in.file = false;
    in.received = QDate(2026, 11, 25);
    auto it = f.archive->filing().receive(d->id, in);
    AR_VERIFY_OK(it);
    QCOMPARE(it->dueOn, QDate(2026, 12, 2));
    QVERIFY(!it->filed());
    auto q = f.archive->filing().queue();
    AR_VERIFY_OK(q);
    QCOMPARE(q->size(), 1);
    QCOMPARE(q->first().archiveNo, reg->archiveNo);
    QCOMPARE(q->first().room, QStringLiteral("3-2-1201"));
    QVERIFY(f.archive->filing().queue(true)->isEmpty()); // not late yet
    AR_VERIFY_OK(f.archive->filing().fileItem(it->id));
    QVERIFY(f.archive->filing().queue()->isEmpty());
    QCOMPARE(f.archive->filing().fileItem(it->id).error().code, ErrorCode::Conflict);
}

void TestServicesDossiers::R12_duringAHandoverCampaignFilingIsDueTheSameDay()
{
    Fixture f;
    const qint64 estate = f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    const User clerk = f.user;
    // The clerk may not switch the campaign on; the manager does.
    QCOMPARE(f.archive->filing().setCampaign(estate, true).error().code, ErrorCode::PermissionDenied);
    f.becomeRole(Role::Manager);
    AR_VERIFY_OK(f.archive->filing().setCampaign(estate, true));
    QCOMPARE(f.archive->filing().campaignRunning(estate).value(), true);
    f.archive->context().setUser(clerk);
    ItemInput in = item(kOwnerRequired.at(0));
    in.file = false;
    auto it = f.archive->filing().receive(d->id, in);
    QCOMPARE(it->dueOn, QDate(2026, 11, 27));
    f.becomeRole(Role::Manager, QStringLiteral("manager2"));
    AR_VERIFY_OK(f.archive->filing().setCampaign(estate, false));
    f.archive->context().setUser(clerk);
    in.kind = kOwnerRequired.at(1);
    QCOMPARE(f.archive->filing().receive(d->id, in)->dueOn, QDate(2026, 12, 4));
}

void TestServicesDossiers::R12_lateFilingIsOnTheManagersList()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    ItemInput in = item(kOwnerRequired.at(2));
    in.file = false;
    in.received = QDate(2026, 11, 10); // due 11-17, now 11-27: late
    auto late = f.archive->filing().receive(d->id, in);
    in.kind = kOwnerRequired.at(3);
    in.received = QDate(2026, 11, 26); // due 12-03: not late
    AR_VERIFY_OK(f.archive->filing().receive(d->id, in));
    f.becomeRole(Role::Manager);
    auto list = f.archive->filing().lateFilings();
    AR_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().item.id, late->id);
    QCOMPARE(list->first().item.dueOn, QDate(2026, 11, 17));
    // Filed late, it stays on the list as a late filing.
    f.archive->context().setUser(f.user);
    AR_VERIFY_OK(f.archive->filing().fileItem(late->id));
    f.becomeRole(Role::Manager, QStringLiteral("manager2"));
    list = f.archive->filing().lateFilings();
    QCOMPARE(list->size(), 1);
    QVERIFY(list->first().item.filed());
    auto v = f.archive->dossiers().view(d->id);
    QVERIFY(std::any_of(v->history.begin(), v->history.end(), [](const HistoryEntry& e) {
        return e.field == QLatin1String("item_filed") && e.newValue.contains(QLatin1String("2026-11-17"));
    }));
}

// Issue #23, a smaller file (0030_item_dates_as_numbers.sql): an item's days are stored as day
// numbers (days since 1970-01-01) and its filing time as seconds since the epoch, and read back as
// they were written. R12 compares the local day of filing with the due day as numbers: an item
// filed the day after its due day (across the new year) is late, one filed on its due day is not,
// though at 07:30 in Beijing it is still the day before in UTC.
void TestServicesDossiers::R12_itemDatesAreStoredAsNumbersAndFilingOnTheDueDayIsNotLate()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    const QTimeZone beijing("Asia/Shanghai");
    f.clock.set(QDateTime(QDate(2026, 12, 31), QTime(10, 0), beijing));
    ItemInput in = item(kOwnerRequired.at(2));
    in.file = false;
    in.received = QDate(2026, 12, 24); // due 2026-12-31
    in.date = QDate(1969, 12, 31);     // day -1
    auto late = f.archive->filing().receive(d->id, in);
    AR_VERIFY_OK(late);
    QCOMPARE(late->dueOn, QDate(2026, 12, 31));
    in.kind = kOwnerRequired.at(3);
    in.received = QDate(2026, 12, 25); // due 2027-01-01
    in.date = QDate();
    auto onTime = f.archive->filing().receive(d->id, in);
    AR_VERIFY_OK(onTime);
    QCOMPARE(onTime->dueOn, QDate(2027, 1, 1));

    const QDateTime filedAt(QDate(2027, 1, 1), QTime(7, 30), beijing); // 2026-12-31T23:30:00Z
    f.clock.set(filedAt);
    AR_VERIFY_OK(f.archive->filing().fileItem(late->id));
    AR_VERIFY_OK(f.archive->filing().fileItem(onTime->id));

    // As stored: numbers, on SQLite of the integer storage class.
    Database& db = f.archive->database();
    auto row =
        db.exec(QStringLiteral("SELECT item_date, received_on, due_on, filed_on, filed_at FROM dossier_items "
                               "WHERE id = ?"),
                {late->id});
    AR_VERIFY_OK(row);
    QVERIFY(row.value().next());
    QCOMPARE(row.value().value(0).toLongLong(), qint64(-1));
    QCOMPARE(row.value().value(1).toLongLong(), QDate(2026, 12, 24).toJulianDay() - 2440588);
    QCOMPARE(row.value().value(2).toLongLong(), QDate(2026, 12, 31).toJulianDay() - 2440588);
    QCOMPARE(row.value().value(3).toLongLong(), QDate(2027, 1, 1).toJulianDay() - 2440588); // the local day
    QCOMPARE(row.value().value(4).toLongLong(), filedAt.toSecsSinceEpoch());
    if (db.isPostgres()) {
        QCOMPARE(count(*f.archive,
                       QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE "
                                      "table_schema = current_schema() AND table_name = 'dossier_items' "
                                      "AND column_name IN ('item_date', 'received_on', 'due_on', "
                                      "'filed_on', 'filed_at') AND data_type IN ('integer', 'bigint')")),
                 5);
    } else {
        QCOMPARE(
            count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM dossier_items WHERE typeof(item_date) = "
                                             "'integer' AND typeof(received_on) = 'integer' AND "
                                             "typeof(due_on) = 'integer' AND typeof(filed_on) = 'integer' "
                                             "AND typeof(filed_at) = 'integer'")),
            1);
        QCOMPARE(
            count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM dossier_items WHERE item_date IS NULL AND "
                                             "typeof(received_on) = 'integer' AND typeof(filed_at) = "
                                             "'integer'")),
            1);
    }

    // Read back as written.
    auto back = f.archive->context().filing.item(late->id);
    AR_VERIFY_OK(back);
    QCOMPARE(back->date, QDate(1969, 12, 31));
    QCOMPARE(back->receivedOn, QDate(2026, 12, 24));
    QCOMPARE(back->dueOn, QDate(2026, 12, 31));
    QCOMPARE(back->filedAt, filedAt);
    QCOMPARE(back->filedAt.timeSpec(), Qt::UTC);
    auto other = f.archive->context().filing.item(onTime->id);
    AR_VERIFY_OK(other);
    QVERIFY(!other->date.isValid());
    QCOMPARE(other->dueOn, QDate(2027, 1, 1));
    QCOMPARE(other->filedAt, filedAt);

    // R12: filed the day after its due day, late; filed on its due day, not.
    f.becomeRole(Role::Manager);
    auto list = f.archive->filing().lateFilings();
    AR_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().item.id, late->id);
    QCOMPARE(list->first().item.filedAt, filedAt);
}

void TestServicesDossiers::R13_assistantReceivesClerkFilesAndTheHandoverIsRecorded()
{
    Fixture f; // the clerk registers the owner at the handover
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(reg);
    const User clerk = f.user;
    f.becomeRole(Role::Assistant);
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    auto it = f.archive->filing().receive(d->id, item(kOwnerRequired.at(0)));
    AR_VERIFY_OK(it);
    QVERIFY(!it->filed()); // the assistant collects; only the clerk files
    QCOMPARE(f.archive->filing().fileItem(it->id).error().code, ErrorCode::PermissionDenied);
    auto h = f.archive->filing().recordHandover(QStringLiteral("to_clerk"), QStringLiteral("测试物业助理"),
                                                QStringLiteral("测试资料管理员"), {reg->archiveNo});
    AR_VERIFY_OK(h);
    AR_VERIFY_OK(f.archive->accounts().signIn(clerk.login, QStringLiteral("desk-pass-123")));
    AR_VERIFY_OK(f.archive->filing().fileItem(it->id));
    auto v = f.archive->dossiers().view(d->id);
    QCOMPARE(v->handovers.size(), 1);
    QCOMPARE(v->handovers.first().fromName, QStringLiteral("测试物业助理"));
    QCOMPARE(v->handovers.first().archiveNos, QStringList{reg->archiveNo});
    // A bad stage or an unknown dossier is refused and records nothing.
    QCOMPARE(f.archive->filing()
                 .recordHandover(QStringLiteral("away"), QStringLiteral("a"), QStringLiteral("b"),
                                 {reg->archiveNo})
                 .error()
                 .field,
             QStringLiteral("stage"));
    auto bad =
        f.archive->filing().recordHandover(QStringLiteral("to_company"), QStringLiteral("a"),
                                           QStringLiteral("b"), {reg->archiveNo, QStringLiteral("Z109-X")});
    QCOMPARE(bad.error().value, QStringLiteral("Z109-X"));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM handovers")), 1);
}

void TestServicesDossiers::R1_R5_repairRecordByEngineeringIsFoundUnderItsRoom()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1301"));
    f.becomeRole(Role::Staff, QStringLiteral("repairman"), QStringLiteral("工程部"));
    DossierInput in;
    in.category = QStringLiteral("repair");
    in.title = QStringLiteral("3-2-1301 卫生间漏水维修");
    in.roomId = room;
    auto d = f.archive->dossiers().open(in);
    AR_VERIFY_OK(d);
    QCOMPARE(d->archiveNo, QStringLiteral("Z109-WX·2026-D30-0001"));
    ItemInput rec = item(QStringLiteral("维修记录"), 1);
    rec.fields = {{QStringLiteral("报修时间"), QStringLiteral("2026-11-25 09:30")},
                  {QStringLiteral("维修人员"), QStringLiteral("赵师傅")},
                  {QStringLiteral("维修内容"), QStringLiteral("更换地漏")},
                  {QStringLiteral("维修费用"), QStringLiteral("80元")}};
    AR_VERIFY_OK(f.archive->filing().receive(d->id, rec));
    // The engineering staff may not open a finance dossier, nor an owner dossier's items.
    in.category = QStringLiteral("finance");
    QCOMPARE(f.archive->dossiers().open(in).error().code, ErrorCode::PermissionDenied);
    // The clerk finds it under the room and under its number.
    f.becomeRole(Role::Clerk, QStringLiteral("clerk2"));
    auto ofRoom = f.archive->dossiers().ofRoom(room);
    AR_VERIFY_OK(ofRoom);
    QCOMPARE(ofRoom->size(), 1);
    QCOMPARE(ofRoom->first().archiveNo, d->archiveNo);
    auto hits = f.archive->search().search(QStringLiteral("WX·2026"));
    AR_VERIFY_OK(hits);
    QVERIFY(std::any_of(hits->begin(), hits->end(), [&](const SearchHit& h) { return h.archiveNo == d->archiveNo; }));
    auto v = f.archive->dossiers().view(d->id);
    QCOMPARE(v->room, QStringLiteral("3-2-1301"));
    QCOMPARE(v->items.first().fields.value(QStringLiteral("维修人员")), QStringLiteral("赵师傅"));
}

void TestServicesDossiers::R10_categoryNumberingRuleIsConfigurable()
{
    Fixture f(Role::Admin);
    auto cat = f.archive->dossiers().categories()->at(3); // repair
    QCOMPARE(cat.code, QStringLiteral("repair"));
    cat.numberingPattern = QStringLiteral("{fonds}-{category}-{year}");
    QCOMPARE(f.archive->dossiers().updateCategory(cat).error().field, QStringLiteral("numbering_pattern"));
    cat.numberingPattern = QStringLiteral("WX{year}-{seq:3}");
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(cat));
    f.becomeRole(Role::Clerk);
    auto d = f.archive->dossiers().open({QStringLiteral("维修"), QStringLiteral("电梯维修"), 0, 0});
    AR_VERIFY_OK(d);
    QCOMPARE(d->archiveNo, QStringLiteral("WX2026-001"));
}

void TestServicesDossiers::R10_openingByHandGivesUniqueNumbers()
{
    Fixture f;
    auto a = f.archive->dossiers().open({QStringLiteral("finance"), QStringLiteral("2026年11月收支凭证"), 0, 0});
    auto b = f.archive->dossiers().open({QStringLiteral("财务"), QStringLiteral("2026年11月发票"), 0, 0});
    auto old = f.archive->dossiers().open({QStringLiteral("finance"), QStringLiteral("2025年决算"), 0, 2025});
    AR_VERIFY_OK(a);
    AR_VERIFY_OK(b);
    AR_VERIFY_OK(old);
    QCOMPARE(a->archiveNo, QStringLiteral("Z109-CW·2026-D30-0001"));
    QCOMPARE(b->archiveNo, QStringLiteral("Z109-CW·2026-D30-0002"));
    QCOMPARE(old->archiveNo, QStringLiteral("Z109-CW·2025-D30-0001"));
    // Owner dossiers come from registration, not by hand.
    QCOMPARE(f.archive->dossiers().open({QStringLiteral("owner"), QStringLiteral("x"), 0, 0}).error().field,
             QStringLiteral("category"));
    QCOMPARE(f.archive->dossiers().open({QStringLiteral("nonsense"), QStringLiteral("x"), 0, 0}).error().value,
             QStringLiteral("nonsense"));
}

void TestServicesDossiers::R14_R15_folderMovedToAnotherShelf()
{
    Fixture f;
    f.makeSmallEstate();
    auto& ds = f.archive->dossiers();
    PlaceService& places = f.archive->places();
    auto room = places.addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室"));
    auto cab = places.addLocation(room.value(), QStringLiteral("cabinet"), QStringLiteral("A柜"));
    auto s1 = places.addLocation(cab.value(), QStringLiteral("shelf"), QStringLiteral("第1层"));
    auto s2 = places.addLocation(cab.value(), QStringLiteral("shelf"), QStringLiteral("第2层"));
    AR_VERIFY_OK(s2);
    QStringList nos;
    const QStringList names{QStringLiteral("周一"), QStringLiteral("吴二"), QStringLiteral("郑三")};
    int n = 0;
    for (const char* r : {"3-2-1301", "3-2-1202", "3-2-1201"}) {
        auto reg = f.archive->people().registerPerson(registration(f.roomId(QString::fromLatin1(r)), OccupancyRole::Owner,
                                                                   names.at(n), fakeId(QDate(1970, 1, 1), true, 20 + n),
                                                                   {QStringLiteral("13812345678")}));
        ++n;
        AR_VERIFY_OK(reg);
        nos << reg->archiveNo;
        AR_VERIFY_OK(places.move(ds.byArchiveNo(reg->archiveNo)->id, s1.value()));
    }
    // R14: shelf order is building, unit, room — not the order of registration.
    auto shelf = places.atLocation(s1.value());
    QStringList order;
    for (const Dossier& d : shelf.value())
        order << d.archiveNo;
    QCOMPARE(order, QStringList({nos.at(2), nos.at(1), nos.at(0)}));
    // R15: one current place; the move is in the history.
    const qint64 id = ds.byArchiveNo(nos.at(0))->id;
    AR_VERIFY_OK(places.move(id, s2.value(), QStringLiteral("按楼层重排")));
    auto v = ds.view(id);
    QCOMPARE(v->location, QStringLiteral("一号档案室 › A柜 › 第2层"));
    QCOMPARE(places.atLocation(s1.value())->size(), 2);
    const auto moves = std::count_if(v->history.begin(), v->history.end(),
                                     [](const HistoryEntry& e) { return e.field == QLatin1String("location"); });
    QCOMPARE(moves, 2);
    QCOMPARE(v->history.last().oldValue, QStringLiteral("一号档案室 › A柜 › 第1层"));
    QVERIFY(v->history.last().newValue.startsWith(QStringLiteral("一号档案室 › A柜 › 第2层")));
    QCOMPARE(places.locationByPath(QStringLiteral("一号档案室/A柜/第2层")).value(), s2.value());
}

void TestServicesDossiers::R15_locationTreeIsChecked()
{
    Fixture f;
    PlaceService& places = f.archive->places();
    QCOMPARE(places.addLocation(0, QStringLiteral("box"), QStringLiteral("1号盒")).error().field,
             QStringLiteral("parent"));
    auto room = places.addLocation(0, QStringLiteral("room"), QStringLiteral("档案室"));
    auto box = places.addLocation(room.value(), QStringLiteral("box"), QStringLiteral("1号盒"));
    AR_VERIFY_OK(box);
    QCOMPARE(places.addLocation(box.value(), QStringLiteral("shelf"), QStringLiteral("x")).error().field,
             QStringLiteral("kind"));
    QCOMPARE(places.addLocation(room.value(), QStringLiteral("box"), QStringLiteral("1号盒")).error().code,
             ErrorCode::Conflict);
    QCOMPARE(places.addLocation(room.value(), QStringLiteral("drawer"), QStringLiteral("x")).error().value,
             QStringLiteral("drawer"));
}

void TestServicesDossiers::R16_scanIsStoredEncryptedAndOpensAgain()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    auto it = f.archive->filing().receive(d->id, item(kOwnerRequired.at(3), 1));
    // A scanned page as a (tiny) PDF: recognised by its content, whatever its name.
    const QByteArray original = QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                                                  "% 业主身份证复印件 110101198005170012\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const QString scan = f.dir.filePath(QStringLiteral("身份证复印件.pdf"));
    QFile in(scan);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(original);
    in.close();
    auto a1 = f.archive->filing().attach(it->id, scan);
    AR_VERIFY_OK(a1);
    auto a2 = f.archive->filing().attach(it->id, scan); // the same scan again: stored once
    AR_VERIFY_OK(a2);
    // One sealed copy: a file beside a SQLite archive, a row of `contents` on PostgreSQL.
    const QMap<QString, QByteArray> stored = test::storedContents(f.archive->database());
    QCOMPARE(stored.size(), 1);
    if (f.archive->database().isPostgres()) {
        // On a server the scan is a row written with its record (issue #24 item 3): nothing in a
        // folder on the desk, one pg_dump holds everything.
        QDirIterator desk(f.archive->database().filesFolder(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(!desk.hasNext());
    }
    const QByteArray& onDisk = stored.first();
    QVERIFY(!onDisk.contains("%PDF")); // not even the signature
    QVERIFY(!onDisk.contains("110101198005170012"));
    auto back = f.archive->filing().attachmentData(a1.value());
    AR_VERIFY_OK(back);
    QCOMPARE(back.value(), original);
    QCOMPARE(f.archive->dossiers().view(d->id)->items.first().attachments, 2);
    // A file changed on disk (a row changed in the server) does not open.
    QByteArray tampered = onDisk;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x55);
    QVERIFY(test::replaceStoredContent(f.archive->database(), stored.firstKey(), tampered));
    QCOMPARE(f.archive->filing().attachmentData(a1.value()).error().code, ErrorCode::Failed);
}

void TestServicesDossiers::R16_onlyScansAreAccepted()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    auto it = f.archive->filing().receive(d->id, item(kOwnerRequired.at(3), 1));
    const QString txt = f.dir.filePath(QStringLiteral("notes.txt"));
    QFile out(txt);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("plain text");
    out.close();
    auto r = f.archive->filing().attach(it->id, txt);
    QCOMPARE(r.error().field, QStringLiteral("attach"));
    QCOMPARE(r.error().value, QStringLiteral("notes.txt"));
    QCOMPARE(f.archive->filing().attach(it->id, f.dir.filePath(QStringLiteral("absent.pdf"))).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM attachments")), 0);
}

void TestServicesDossiers::R40_retentionIsConfigurableButOwnersArePermanent()
{
    Fixture f(Role::Admin);
    auto cats = f.archive->dossiers().categories().value();
    Category owner = cats.at(0);
    owner.retention = QStringLiteral("D30");
    QCOMPARE(f.archive->dossiers().updateCategory(owner).error().field, QStringLiteral("retention"));
    Category service = cats.at(2);
    QCOMPARE(service.retention, QStringLiteral("D10"));
    service.retention = QStringLiteral("thirty");
    QCOMPARE(f.archive->dossiers().updateCategory(service).error().value, QStringLiteral("thirty"));
    service.retention = QStringLiteral("D30");
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(service));
    f.becomeRole(Role::Clerk);
    auto d = f.archive->dossiers().open({QStringLiteral("service"), QStringLiteral("投诉：电梯噪音"), 0, 2026});
    AR_VERIFY_OK(d);
    QCOMPARE(d->archiveNo, QStringLiteral("Z109-FW·2026-D30-0001"));
    QCOMPARE(f.archive->dossiers().view(d->id)->destroyEligible, QDate(2057, 1, 1));
    QCOMPARE(retentionLabel(QStringLiteral("Y")).isEmpty(), false);
}

void TestServicesDossiers::R40_retentionIsFixedWhenTheDossierIsOpened()
{
    Fixture f;
    f.makeSmallEstate();
    auto before =
        f.archive->dossiers().open({QStringLiteral("service"), QStringLiteral("投诉：电梯噪音"), 0, 2026});
    AR_VERIFY_OK(before);
    QCOMPARE(before->archiveNo, QStringLiteral("Z109-FW·2026-D10-0001"));
    f.becomeRole(Role::Admin);
    Category service = f.archive->dossiers().categories()->at(2);
    service.retention = QStringLiteral("D30");
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(service));
    f.becomeRole(Role::Clerk, QStringLiteral("clerk2"));
    auto after =
        f.archive->dossiers().open({QStringLiteral("service"), QStringLiteral("表扬：保洁"), 0, 2026});
    AR_VERIFY_OK(after);
    QCOMPARE(after->archiveNo, QStringLiteral("Z109-FW·2026-D30-0002"));
    // The dossier opened before keeps the period its number carries; the new one has the new.
    auto v1 = f.archive->dossiers().view(before->id);
    auto v2 = f.archive->dossiers().view(after->id);
    AR_VERIFY_OK(v1);
    AR_VERIFY_OK(v2);
    QCOMPARE(v1->dossier.retention, QStringLiteral("D10"));
    QCOMPARE(v1->destroyEligible, QDate(2037, 1, 1));
    QCOMPARE(v2->dossier.retention, QStringLiteral("D30"));
    QCOMPARE(v2->destroyEligible, QDate(2057, 1, 1));
    // The exported catalog prints each dossier's own period.
    auto table = f.archive->exports().dossiers();
    AR_VERIFY_OK(table);
    const int col = int(table->header.indexOf(ExportService::tr("Retention")));
    QVERIFY(col >= 0);
    QMap<QString, QString> retention;
    for (const QStringList& row : table->rows)
        retention.insert(row.first(), row.at(col));
    QCOMPARE(retention.value(before->archiveNo), retentionLabel(QStringLiteral("D10")));
    QCOMPARE(retention.value(after->archiveNo), retentionLabel(QStringLiteral("D30")));
}

void TestServicesDossiers::R10_ruleThatWouldGiveTheSameNumbersIsRefused()
{
    Fixture f(Role::Admin);
    QList<Category> cats = f.archive->dossiers().categories().value();
    Category repair = cats.at(3);
    Category security = cats.at(4);
    QCOMPARE(security.code, QStringLiteral("security"));
    // Numbers start again every year: a rule without {year} would repeat them next year.
    repair.numberingPattern = QStringLiteral("{fonds}-WX-{seq:4}");
    auto noYear = f.archive->dossiers().updateCategory(repair);
    QVERIFY(!noYear.ok());
    QCOMPARE(noYear.error().field, QStringLiteral("numbering_pattern"));
    QCOMPARE(noYear.error().value, repair.numberingPattern);
    QVERIFY2(noYear.error().message.contains(QStringLiteral("{fonds}-WX-{seq:4}")) &&
                 noYear.error().message.contains(QStringLiteral("Z109-WX-0001")),
             qPrintable(noYear.error().message));
    repair.numberingPattern = QStringLiteral("X{year}-{seq:3}");
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(repair));
    // A rule two categories would share (the width of {seq} does not tell them apart).
    security.numberingPattern = QStringLiteral("X{year}-{seq:4}");
    auto shared = f.archive->dossiers().updateCategory(security);
    QVERIFY(!shared.ok());
    QCOMPARE(shared.error().field, QStringLiteral("numbering_pattern"));
    QVERIFY2(shared.error().message.contains(QStringLiteral("X{year}-{seq:3}")) &&
                 shared.error().message.contains(repair.name),
             qPrintable(shared.error().message));
    // The same as another category's numbers under the archive-wide rule.
    security.numberingPattern = QStringLiteral("{fonds}-CW·{year}-{retention}-{seq:4}");
    auto likeFinance = f.archive->dossiers().updateCategory(security);
    QVERIFY(!likeFinance.ok());
    QVERIFY2(likeFinance.error().message.contains(QStringLiteral("财务")),
             qPrintable(likeFinance.error().message));
    // With a code of its own it is fine.
    security.numberingPattern = QStringLiteral("AQ{year}-{seq:3}");
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(security));
    QCOMPARE(f.archive->dossiers().categories()->at(4).numberingPattern, security.numberingPattern);
}

void TestServicesDossiers::R10_collisionThatStillHappensIsNamedNotTheDatabasesText()
{
    Fixture f(Role::Admin);
    QList<Category> cats = f.archive->dossiers().categories().value();
    Category repair = cats.at(3);
    Category security = cats.at(4);
    repair.numberingPattern = QStringLiteral("X{year}-{seq:3}");
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(repair));
    f.becomeRole(Role::Clerk);
    auto first = f.archive->dossiers().open({QStringLiteral("repair"), QStringLiteral("电梯维修"), 0, 0});
    AR_VERIFY_OK(first);
    QCOMPARE(first->archiveNo, QStringLiteral("X2026-001"));
    // Repair goes back to the archive-wide rule; security then takes repair's old rule: no
    // category has that rule now, but a number it gives is on file already.
    f.becomeRole(Role::Admin, QStringLiteral("admin2"));
    repair.numberingPattern.clear();
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(repair));
    security.numberingPattern = QStringLiteral("X{year}-{seq:3}");
    AR_VERIFY_OK(f.archive->dossiers().updateCategory(security));
    f.becomeRole(Role::Clerk, QStringLiteral("clerk2"));
    const QString before = snapshot(*f.archive);
    auto clash = f.archive->dossiers().open({QStringLiteral("security"), QStringLiteral("消防检查"), 0, 0});
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, ErrorCode::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("X2026-001")) &&
                 clash.error().message.contains(QStringLiteral("X{year}-{seq:3}")) &&
                 !clash.error().message.contains(QStringLiteral("UNIQUE")),
             qPrintable(clash.error().message));
    QCOMPARE(snapshot(*f.archive), before);
}

void TestServicesDossiers::R4_R11_entrustedAgentMakesTheAgentsIdCopyRequired()
{
    Fixture f;
    const qint64 estate = f.makeSmallEstate();
    const QString agentCopy = QStringLiteral("受托人身份证复印件（委托收楼）");
    auto a = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto b = f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("李娜"),
                     fakeId(QDate(1985, 3, 2), false), {QStringLiteral("13912345678")}));
    AR_VERIFY_OK(a);
    AR_VERIFY_OK(b);
    auto da = f.archive->dossiers().byArchiveNo(a->archiveNo);
    for (const QString& k : kOwnerRequired)
        AR_VERIFY_OK(f.archive->filing().receive(da->id, item(k)));
    QCOMPARE(f.archive->dossiers().view(da->id)->dossier.status, QStringLiteral("filed"));
    // Without an agent the copy is not required.
    QVERIFY(f.archive->dossiers().view(da->id)->complete());

    // 委托收楼: an entrusted agent receives the handover of 1201.
    AR_VERIFY_OK(f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Agent, QStringLiteral("赵刚"),
                     fakeId(QDate(1990, 7, 9), true), {QStringLiteral("13700001234")})));
    auto v = f.archive->dossiers().view(da->id);
    AR_VERIFY_OK(v);
    QCOMPARE(v->missing, QStringList{agentCopy});
    QCOMPARE(v->dossier.status, QStringLiteral("open"));
    bool marked = false;
    for (const ItemKind& k : v->checklist)
        if (k.name == agentCopy)
            marked = k.required;
    QVERIFY(marked);
    // The estate's list: 1201 needs only the copy; 1202 (no agent) exactly what it needed before.
    auto rows = f.archive->filing().missing(estate);
    AR_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).room, QStringLiteral("3-2-1201"));
    QCOMPARE(rows->at(0).missing, QStringList{agentCopy});
    QCOMPARE(rows->at(1).room, QStringLiteral("3-2-1202"));
    QCOMPARE(rows->at(1).missing, kOwnerRequired);
    // Receiving the copy completes the dossier again.
    AR_VERIFY_OK(f.archive->filing().receive(da->id, item(QStringLiteral("受托人身份证"))));
    v = f.archive->dossiers().view(da->id);
    QVERIFY(v->complete());
    QCOMPARE(v->dossier.status, QStringLiteral("filed"));
    QCOMPARE(f.archive->filing().missing(estate)->size(), 1);
}

void TestServicesDossiers::R15_newFoldersWithoutAPlaceAreListedUntilShelved()
{
    Fixture f;
    f.makeSmallEstate();
    auto owner = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(owner);
    auto repair = f.archive->dossiers().open({QStringLiteral("repair"), QStringLiteral("电梯维修"), 0, 0});
    AR_VERIFY_OK(repair);
    auto list = f.archive->places().unplaced();
    AR_VERIFY_OK(list);
    QStringList nos;
    for (const Dossier& d : list.value())
        nos << d.archiveNo;
    // Shelf order: the room's dossier first, the one of no room after it.
    QCOMPARE(nos, QStringList({owner->archiveNo, repair->archiveNo}));
    auto room = f.archive->places().addLocation(0, QStringLiteral("room"), QStringLiteral("档案室"));
    AR_VERIFY_OK(room);
    auto cabinet =
        f.archive->places().addLocation(room.value(), QStringLiteral("cabinet"), QStringLiteral("A柜"));
    AR_VERIFY_OK(cabinet);
    AR_VERIFY_OK(f.archive->places().move(repair->id, cabinet.value()));
    list = f.archive->places().unplaced();
    AR_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().archiveNo, owner->archiveNo);
    f.becomeRole(Role::Staff);
    QCOMPARE(f.archive->places().unplaced().error().code, ErrorCode::PermissionDenied);
}

void TestServicesDossiers::R42_ownerChangeKeepsTheFormerDossierApart()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    auto first = f.archive->people().registerPerson(wangXiaoming(room));
    AR_VERIFY_OK(first);
    f.clock.set(QDateTime(QDate(2027, 3, 15), QTime(9, 0), QTimeZone("Asia/Shanghai")));
    PersonData buyer = registration(room, OccupancyRole::Owner, QStringLiteral("陈静"), fakeId(QDate(1990, 8, 8), false),
                                    {QStringLiteral("13700001111")})
                           .person;
    auto change = f.archive->dossiers().changeOwner(room, buyer, QDate(2027, 3, 10));
    AR_VERIFY_OK(change);
    QCOMPARE(change->formerArchiveNos, QStringList{first->archiveNo});
    QCOMPARE(change->registration.archiveNo, QStringLiteral("Z109-YZ·2027-Y-0001"));
    auto former = f.archive->dossiers().byArchiveNo(first->archiveNo);
    QCOMPARE(former->status, QStringLiteral("former_owner"));
    auto v = f.archive->dossiers().view(former->id);
    QCOMPARE(v->destroyEligible, QDate(2030, 3, 10));
    auto now = f.archive->dossiers().view(f.archive->dossiers().byArchiveNo(change->registration.archiveNo)->id);
    QCOMPARE(now->dossier.status, QStringLiteral("open"));
    QVERIFY(!now->destroyEligible.isValid()); // owner dossiers are permanent (R40)
    // The room shows its ownership history: the former owner ended, the new one current.
    auto occ = f.archive->people().occupants(room, true);
    AR_VERIFY_OK(occ);
    QCOMPARE(occ->size(), 2);
    int current = 0;
    for (const Occupant& o : occ.value())
        current += o.occupancy.current() ? 1 : 0;
    QCOMPARE(current, 1);
    // The former owner's dossier is no longer on the missing list.
    const auto missing = f.archive->filing().missing(f.archive->estate().estates()->first().id);
    AR_VERIFY_OK(missing);
    QVERIFY(std::none_of(missing->begin(), missing->end(),
                         [&](const FilingRepository::MissingRow& r) { return r.dossier.archiveNo == first->archiveNo; }));
}

void TestServicesDossiers::R42_ownerChangeWithBadDataChangesNothing()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    AR_VERIFY_OK(f.archive->people().registerPerson(wangXiaoming(room)));
    const QString before = snapshot(*f.archive);
    PersonData bad;
    bad.name = QStringLiteral("陈静");
    bad.idType = IdType::MainlandId;
    bad.idNumber = QStringLiteral("110101199008080001"); // wrong check digit
    auto r = f.archive->dossiers().changeOwner(room, bad);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("id_number"));
    QCOMPARE(snapshot(*f.archive), before);
    // A room without an owner has no owner to change.
    QCOMPARE(f.archive->dossiers().changeOwner(f.roomId(QStringLiteral("3-2-1202")), bad).error().field,
             QStringLiteral("room"));
}

void TestServicesDossiers::badItemInputNamesFieldAndValue()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    const int before = count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM dossier_items"));
    auto unknown = f.archive->filing().receive(d->id, item(QStringLiteral("结婚证")));
    QCOMPARE(unknown.error().field, QStringLiteral("item"));
    QCOMPARE(unknown.error().value, QStringLiteral("结婚证"));
    QVERIFY(unknown.error().message.contains(QStringLiteral("业主档案表")));
    auto pages = f.archive->filing().receive(d->id, item(kOwnerRequired.at(1), -3));
    QCOMPARE(pages.error().field, QStringLiteral("pages"));
    ItemInput future = item(kOwnerRequired.at(1));
    future.received = QDate(2026, 12, 1);
    QCOMPARE(f.archive->filing().receive(d->id, future).error().field, QStringLiteral("received"));
    ItemInput field = item(kOwnerRequired.at(1));
    field.fields.insert(QStringLiteral("维修费用"), QStringLiteral("5"));
    QCOMPARE(f.archive->filing().receive(d->id, field).error().value, QStringLiteral("维修费用"));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM dossier_items")), before);
}

void TestServicesDossiers::staffSeeNoHouseholdDossiers()
{
    Fixture f;
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    f.becomeRole(Role::Staff);
    QCOMPARE(f.archive->dossiers().view(d->id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(f.archive->filing().receive(d->id, item(kOwnerRequired.at(0))).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(f.archive->filing().queue().error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestServicesDossiers)
#include "TestServicesDossiers.moc"
