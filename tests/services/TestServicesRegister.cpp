// The owner/tenant register (R3, R5, R10): registering owners, co-owners, tenants and household
// members, the dossier each owner and tenant gets, and who may register at all.

#include "ServiceHelpers.h"

using namespace ar;
using namespace ar::test;

class TestServicesRegister : public QObject
{
    Q_OBJECT

private slots:
    void R3_registerOwnerStoresEveryField();
    void R3_inputIsNormalisedBeforeSaving();
    void R3_legacyIdIsSavedFlaggedAndWarned();
    void R3_unknownMobileRangeWarnsButSaves();
    void R5_ownerRegistrationOpensOwnerDossier();
    void R5_onlyOwnersAndTenantsGetADossier();
    void R10_archiveNumberFollowsTheConfiguredPattern();
    void R10_archiveNumbersCountPerYear();
    void samePersonInASecondRoomIsLinkedNotDuplicated();
    void householdMemberWithoutIdIsAllowed();
    void memberIdIsCheckedWhenGiven();
    void coOwnerJoinsTheOwner();
    void occupantsListTheOwnerFirst();
    void endOccupancyEndsTheTieButKeepsIt();
    void endOccupancyRefusesBadDates();
    void R5_manyRegisteredAsOneByOne();
    void manyIsAllOrNothingAndNamesTheFailure();
    void registerNeedsThePermission_data();
    void registerNeedsThePermission();
    void notSignedInCannotRegister();
};

void TestServicesRegister::R3_registerOwnerStoresEveryField()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    const Registration r = wangXiaoming(room);
    auto done = f.archive->people().registerPerson(r);
    AR_VERIFY_OK(done);
    QVERIFY(done->warnings.isEmpty());

    auto p = f.archive->people().unmasked(done->personId, QStringLiteral("核对"));
    AR_VERIFY_OK(p);
    QVERIFY(!p->masked);
    QCOMPARE(p->data.name, r.person.name);
    QCOMPARE(p->data.gender, Gender::Male);
    QCOMPARE(p->data.idType, IdType::MainlandId);
    QCOMPARE(p->data.idNumber, r.person.idNumber);
    QCOMPARE(p->data.phones, r.person.phones);
    QCOMPARE(p->data.workUnit, r.person.workUnit);
    QCOMPARE(p->data.homeAddress, r.person.homeAddress);
    QCOMPARE(p->data.emergencyContact, r.person.emergencyContact);
    QCOMPARE(p->data.moveInDate, r.person.moveInDate);
    QCOMPARE(p->data.notes, r.person.notes);
    QCOMPARE(p->birthDate, QDate(1980, 5, 17));
    QVERIFY(!p->idLegacy);

    // 业主身份: the tie to the room, from today (the fixed clock) since no date was given.
    auto occ = f.archive->people().occupants(room);
    AR_VERIFY_OK(occ);
    QCOMPARE(occ->size(), 1);
    QCOMPARE(occ->first().name, r.person.name);
    QCOMPARE(occ->first().occupancy.role, OccupancyRole::Owner);
    QCOMPARE(occ->first().occupancy.since, QDate(2026, 11, 27));
    QVERIFY(occ->first().occupancy.current());
    QCOMPARE(occ->first().occupancy.id, done->occupancyId);
}

void TestServicesRegister::R3_inputIsNormalisedBeforeSaving()
{
    Fixture f;
    f.makeSmallEstate();
    const QString id = fakeId(QDate(1975, 12, 1), false);
    Registration r =
        registration(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner,
                     QStringLiteral("  李\u3000娜 "), QStringLiteral(" %1 %2 ").arg(id.left(6), id.mid(6)),
                     {QStringLiteral("+86 １３９ ８７６５ ４３２１"), QStringLiteral(" "),
                      QStringLiteral("139-8765-4321"), QStringLiteral("（０１０）１２３４５６７８")});
    r.person.workUnit = QStringLiteral(" 示例　贸易  公司 ");
    r.since = QDate(2026, 11, 1);
    auto done = f.archive->people().registerPerson(r);
    AR_VERIFY_OK(done);
    const Person p = f.archive->people().unmasked(done->personId, QStringLiteral("核对")).value();
    QCOMPARE(p.data.name, QStringLiteral("李 娜"));
    QCOMPARE(p.data.idNumber, id);
    // Gender not given: taken from the ID number. Blank and repeated phones dropped.
    QCOMPARE(p.data.gender, Gender::Female);
    QCOMPARE(p.data.phones, (QStringList{QStringLiteral("13987654321"), QStringLiteral("010-12345678")}));
    QCOMPARE(p.data.workUnit, QStringLiteral("示例 贸易 公司"));
    QCOMPARE(f.archive->people().occupants(r.roomId).value().first().occupancy.since, QDate(2026, 11, 1));
}

void TestServicesRegister::R3_legacyIdIsSavedFlaggedAndWarned()
{
    Fixture f;
    f.makeSmallEstate();
    auto done = f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner, QStringLiteral("赵老"),
                     QStringLiteral("110000450301013"), {QStringLiteral("13812345678")}));
    AR_VERIFY_OK(done);
    QCOMPARE(done->warnings.size(), 1);
    QVERIFY2(done->warnings.first().contains(QStringLiteral("110000450301013")),
             qPrintable(done->warnings.first()));
    const Person p = f.archive->people().unmasked(done->personId, QStringLiteral("核对")).value();
    QVERIFY(p.idLegacy);
    QCOMPARE(p.birthDate, QDate(1945, 3, 1));
    QCOMPARE(p.data.gender, Gender::Male);
}

void TestServicesRegister::R3_unknownMobileRangeWarnsButSaves()
{
    Fixture f;
    f.makeSmallEstate();
    Registration r = wangXiaoming(f.roomId(QStringLiteral("3-2-1201")));
    r.person.phones = {QStringLiteral("10012345678")};
    auto done = f.archive->people().registerPerson(r);
    AR_VERIFY_OK(done);
    QCOMPARE(done->warnings.size(), 1);
    QVERIFY(done->warnings.first().contains(QStringLiteral("10012345678")));
    QCOMPARE(f.archive->people().unmasked(done->personId, QStringLiteral("核对")).value().data.phones,
             QStringList{QStringLiteral("10012345678")});
}

void TestServicesRegister::R5_ownerRegistrationOpensOwnerDossier()
{
    Fixture f;
    f.makeSmallEstate();
    auto first = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(first);
    QCOMPARE(first->archiveNo, QStringLiteral("Z109-YZ·2026-Y-0001"));

    auto second = f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("欧阳明"),
                     fakeId(QDate(1970, 1, 2), true, 3), {QStringLiteral("13700001234")}));
    AR_VERIFY_OK(second);
    QCOMPARE(second->archiveNo, QStringLiteral("Z109-YZ·2026-Y-0002"));

    // A tenant gets a tenant dossier (ZH, 30 years) with its own sequence.
    auto tenant = f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Tenant, QStringLiteral("李娜"),
                     fakeId(QDate(1990, 7, 8), false, 4), {QStringLiteral("13987654321")}));
    AR_VERIFY_OK(tenant);
    QCOMPARE(tenant->archiveNo, QStringLiteral("Z109-ZH·2026-D30-0001"));

    auto dossier = f.archive->context().dossiers.byArchiveNo(first->archiveNo);
    AR_VERIFY_OK(dossier);
    QCOMPARE(dossier->category, QStringLiteral("owner"));
    QCOMPARE(dossier->roomId, f.roomId(QStringLiteral("3-2-1201")));
    QCOMPARE(dossier->personId, first->personId);
    QCOMPARE(dossier->status, QStringLiteral("open"));
    QCOMPARE(dossier->year, 2026);
    QCOMPARE(dossier->seq, 1);
    QVERIFY(dossier->title.contains(QStringLiteral("3-2-1201")));
    QVERIFY(dossier->title.contains(QStringLiteral("王小明")));
    QCOMPARE(f.archive->context().dossiers.byArchiveNo(tenant->archiveNo).value().category,
             QStringLiteral("tenant"));
}

void TestServicesRegister::R5_onlyOwnersAndTenantsGetADossier()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    AR_VERIFY_OK(f.archive->people().registerPerson(wangXiaoming(room)));
    for (OccupancyRole role : {OccupancyRole::CoOwner, OccupancyRole::Member, OccupancyRole::Agent}) {
        auto done = f.archive->people().registerPerson(
            registration(room, role, QStringLiteral("家人%1").arg(roleCode(role).remove(QLatin1Char('_'))),
                         fakeId(QDate(1982, 1, 1), true, 10 + int(role)), {QStringLiteral("13600000000")}));
        AR_VERIFY_OK(done);
        QVERIFY2(done->archiveNo.isEmpty(), qPrintable(done->archiveNo));
    }
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM dossiers")), 1);
}

void TestServicesRegister::R10_archiveNumberFollowsTheConfiguredPattern()
{
    Fixture f;
    f.makeSmallEstate();
    AR_VERIFY_OK(f.archive->context().meta.set(QStringLiteral("archive_no_pattern"),
                                               QStringLiteral("{fonds}/{category}/{year}/{seq:6}")));
    AR_VERIFY_OK(f.archive->context().meta.set(QStringLiteral("fonds_code"), QStringLiteral("A01")));
    auto done = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(done);
    QCOMPARE(done->archiveNo, QStringLiteral("A01/YZ/2026/000001"));
}

void TestServicesRegister::R10_archiveNumbersCountPerYear()
{
    Fixture f;
    f.makeSmallEstate();
    AR_VERIFY_OK(f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201")))));
    f.clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), QTimeZone("Asia/Shanghai")));
    auto next = f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("欧阳明"),
                     fakeId(QDate(1970, 1, 2), true, 3), {QStringLiteral("13700001234")}));
    AR_VERIFY_OK(next);
    QCOMPARE(next->archiveNo, QStringLiteral("Z109-YZ·2027-Y-0001"));
}

void TestServicesRegister::samePersonInASecondRoomIsLinkedNotDuplicated()
{
    Fixture f;
    f.makeSmallEstate();
    auto first = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(first);
    // The same card typed differently (spaces, lower-case): still the same person.
    Registration again = wangXiaoming(f.roomId(QStringLiteral("3-2-1301")));
    again.person.idNumber = QStringLiteral(" %1 ").arg(again.person.idNumber.toLower());
    auto second = f.archive->people().registerPerson(again);
    AR_VERIFY_OK(second);
    QCOMPARE(second->personId, first->personId);
    QVERIFY(second->occupancyId != first->occupancyId);
    QVERIFY(second->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("already on file")));
    QCOMPARE(second->archiveNo, QStringLiteral("Z109-YZ·2026-Y-0002"));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM persons")), 1);
    const auto rooms = f.archive->people().roomsOf(first->personId);
    AR_VERIFY_OK(rooms);
    QCOMPARE(rooms->size(), 2);
}

void TestServicesRegister::householdMemberWithoutIdIsAllowed()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    AR_VERIFY_OK(f.archive->people().registerPerson(wangXiaoming(room)));
    Registration child = registration(room, OccupancyRole::Member, QStringLiteral("王小宝"), {}, {});
    child.relation = QStringLiteral(" 子女 ");
    auto done = f.archive->people().registerPerson(child);
    AR_VERIFY_OK(done);
    QVERIFY(done->archiveNo.isEmpty());
    const Person p = f.archive->people().unmasked(done->personId, QStringLiteral("核对")).value();
    QVERIFY(p.data.idNumber.isEmpty());
    QVERIFY(p.data.phones.isEmpty());
    const auto occ = f.archive->people().occupants(room).value();
    QCOMPARE(occ.size(), 2);
    QCOMPARE(occ.at(1).name, QStringLiteral("王小宝"));
    QCOMPARE(occ.at(1).occupancy.relation, QStringLiteral("子女"));
    // Two members without an ID are two people, never linked to each other.
    AR_VERIFY_OK(f.archive->people().registerPerson(
        registration(room, OccupancyRole::Member, QStringLiteral("王小贝"), {}, {})));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM persons")), 3);
}

void TestServicesRegister::memberIdIsCheckedWhenGiven()
{
    Fixture f;
    f.makeSmallEstate();
    const QString valid = fakeId(QDate(2010, 6, 1), true);
    const QString wrong =
        valid.left(17) + (valid.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
    auto done = f.archive->people().registerPerson(registration(
        f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Member, QStringLiteral("王小宝"), wrong, {}));
    QVERIFY(!done.ok());
    QCOMPARE(done.error().field, QStringLiteral("id_number"));
}

void TestServicesRegister::coOwnerJoinsTheOwner()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    AR_VERIFY_OK(f.archive->people().registerPerson(wangXiaoming(room)));
    Registration spouse = registration(room, OccupancyRole::CoOwner, QStringLiteral("李芳"),
                                       fakeId(QDate(1982, 3, 4), false), {QStringLiteral("13900001111")});
    spouse.relation = QStringLiteral("配偶");
    auto done = f.archive->people().registerPerson(spouse);
    AR_VERIFY_OK(done);
    QVERIFY(done->archiveNo.isEmpty());
    const auto unit = f.archive->rooms().place(room).value().unit.id;
    const QList<RoomRow> rows = f.archive->rooms().roomRows(unit).value();
    QCOMPARE(rows.first().ref, QStringLiteral("3-2-1201"));
    QCOMPARE(rows.first().owners, (QStringList{QStringLiteral("王小明"), QStringLiteral("李芳")}));
    QCOMPARE(rows.first().householdSize, 2);
}

void TestServicesRegister::occupantsListTheOwnerFirst()
{
    // As on the 业主档案表 (P1): owner, co-owners, tenants, then household members and agents,
    // whatever order they were registered in; ended ties last.
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    auto reg = [&](OccupancyRole role, const QString& name, int seq) {
        AR_VERIFY_OK(f.archive->people().registerPerson(registration(
            room, role, name, fakeId(QDate(1980, 1, 1), true, seq), {QStringLiteral("13600000000")})));
    };
    reg(OccupancyRole::Member, QStringLiteral("成员甲"), 1);
    reg(OccupancyRole::Agent, QStringLiteral("代理乙"), 2);
    reg(OccupancyRole::Tenant, QStringLiteral("租户丙"), 3);
    reg(OccupancyRole::CoOwner, QStringLiteral("共有丁"), 4);
    reg(OccupancyRole::Owner, QStringLiteral("业主戊"), 5);
    QStringList names;
    const QList<Occupant> occ = f.archive->people().occupants(room).value();
    for (const Occupant& o : occ)
        names << o.name;
    QCOMPARE(names, (QStringList{QStringLiteral("业主戊"), QStringLiteral("共有丁"), QStringLiteral("租户丙"),
                                 QStringLiteral("成员甲"), QStringLiteral("代理乙")}));
}

void TestServicesRegister::endOccupancyEndsTheTieButKeepsIt()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    auto owner = f.archive->people().registerPerson(wangXiaoming(room));
    AR_VERIFY_OK(owner);
    AR_VERIFY_OK(f.archive->people().endOccupancy(owner->occupancyId, QDate(2026, 11, 30)));

    QVERIFY(f.archive->people().occupants(room).value().isEmpty());
    const auto all = f.archive->people().occupants(room, true).value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().occupancy.until, QDate(2026, 11, 30));
    // The person and the dossier stay on file; the move-out is in the history.
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM persons")), 1);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM dossiers")), 1);
    const auto history = f.archive->people().history(owner->personId).value();
    QCOMPARE(history.last().field, QStringLiteral("moved_out"));
    QVERIFY(history.last().oldValue.contains(QStringLiteral("3-2-1201")));
    QCOMPARE(history.last().newValue, QStringLiteral("2026-11-30"));

    // Ending it twice is refused; the room is free for a new owner.
    const Status again = f.archive->people().endOccupancy(owner->occupancyId, QDate(2026, 12, 1));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    AR_VERIFY_OK(f.archive->people().registerPerson(
        registration(room, OccupancyRole::Owner, QStringLiteral("欧阳明"), fakeId(QDate(1970, 1, 2), true, 3),
                     {QStringLiteral("13700001234")})));
}

void TestServicesRegister::endOccupancyRefusesBadDates()
{
    Fixture f;
    f.makeSmallEstate();
    Registration r = wangXiaoming(f.roomId(QStringLiteral("3-2-1201")));
    r.since = QDate(2026, 11, 1);
    auto owner = f.archive->people().registerPerson(r);
    AR_VERIFY_OK(owner);
    const QString before = snapshot(*f.archive);
    const Status s = f.archive->people().endOccupancy(owner->occupancyId, QDate(2026, 10, 31));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    QVERIFY2(s.error().message.contains(QStringLiteral("2026-10-31")), qPrintable(s.error().message));
    QCOMPARE(snapshot(*f.archive), before);
    QVERIFY(f.archive->people().occupants(r.roomId).value().first().occupancy.current());
    // No date: today.
    AR_VERIFY_OK(f.archive->people().endOccupancy(owner->occupancyId, QDate()));
    QCOMPARE(f.archive->people().occupants(r.roomId, true).value().first().occupancy.until,
             QDate(2026, 11, 27));
    QCOMPARE(f.archive->people().endOccupancy(owner->occupancyId + 99, QDate()).error().code,
             ErrorCode::NotFound);
}

// An import registers its rows in batches (RegisterService::registerMany): each registration
// sees the ones before it in the batch exactly as if they had been registered one by one.
void TestServicesRegister::R5_manyRegisteredAsOneByOne()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 r1201 = f.roomId(QStringLiteral("3-2-1201")), r1202 = f.roomId(QStringLiteral("3-2-1202"));
    const QString id = fakeId(QDate(1975, 4, 9), false, 7);
    QList<Registration> batch{
        wangXiaoming(r1201),
        registration(r1202, OccupancyRole::Owner, QStringLiteral("赵晓燕"), id, {QStringLiteral("13911112222")}),
        // The same person (same ID number) as the tenant of the other room: linked, not duplicated.
        registration(r1201, OccupancyRole::Tenant, QStringLiteral("赵晓燕"), id, {QStringLiteral("13911112222")}),
    };
    auto done = f.archive->people().registerMany(batch);
    AR_VERIFY_OK(done);
    QCOMPARE(done->size(), 3);
    // R5: one dossier each, numbered in the order of the batch; R10: per category and year.
    QCOMPARE(done->at(0).archiveNo, QStringLiteral("Z109-YZ·2026-Y-0001"));
    QCOMPARE(done->at(1).archiveNo, QStringLiteral("Z109-YZ·2026-Y-0002"));
    QCOMPARE(done->at(2).archiveNo, QStringLiteral("Z109-ZH·2026-D30-0001"));
    QCOMPARE(done->at(2).personId, done->at(1).personId);
    QCOMPARE(done->at(2).warnings.size(), 1);
    QCOMPARE(f.archive->database().scalar(QStringLiteral("SELECT COUNT(*) FROM persons")).value().toInt(), 2);
    // Every record is found by the search box and audited like a single registration.
    auto hits = f.archive->search().search(QStringLiteral("晓燕"), 10);
    AR_VERIFY_OK(hits);
    QVERIFY(!hits->isEmpty());
    auto byNumber = f.archive->search().search(QStringLiteral("D30-0001"), 10);
    AR_VERIFY_OK(byNumber);
    QCOMPARE(byNumber->size(), 1);
    QCOMPARE(f.archive->database()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'register'"))
                 .value()
                 .toInt(),
             3);
    auto verified = f.archive->audit().verify();
    AR_VERIFY_OK(verified);
    QVERIFY(verified->intact());
    // The sealed fields were written with the row: they open again.
    auto p = f.archive->people().unmasked(done->at(1).personId, QStringLiteral("核对"));
    AR_VERIFY_OK(p);
    QCOMPARE(p->data.idNumber, id);
    QCOMPARE(p->data.phones, QStringList{QStringLiteral("13911112222")});
}

void TestServicesRegister::manyIsAllOrNothingAndNamesTheFailure()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 r1201 = f.roomId(QStringLiteral("3-2-1201"));
    const QString before = snapshot(*f.archive);
    // The second owner of the same room, within one batch: refused like a second registration.
    QList<Registration> batch{
        wangXiaoming(r1201),
        registration(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("钱多多"),
                     fakeId(QDate(1982, 2, 3), true, 5), {QStringLiteral("13700007777")}),
        registration(r1201, OccupancyRole::Owner, QStringLiteral("孙二娘"), fakeId(QDate(1984, 6, 6), false, 6),
                     {QStringLiteral("13600006666")}),
    };
    int failedAt = -1;
    auto done = f.archive->people().registerMany(batch, &failedAt);
    QVERIFY(!done);
    QCOMPARE(done.error().code, ErrorCode::Conflict);
    QCOMPARE(failedAt, 2);
    QVERIFY(done.error().message.contains(QStringLiteral("王小明")));
    QCOMPARE(snapshot(*f.archive), before);
    // A row that fails its checks is named before anything is read or written.
    batch[2] = registration(r1201, OccupancyRole::Tenant, QStringLiteral("孙二娘"), QStringLiteral("123"), {});
    auto bad = f.archive->people().registerMany(batch, &failedAt);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    QCOMPARE(failedAt, 2);
    QCOMPARE(snapshot(*f.archive), before);
}

void TestServicesRegister::registerNeedsThePermission_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(Role::Clerk) << true;
    // The property assistant collects handover packets; registering is the clerk's (keys by role).
    QTest::newRow("assistant") << int(Role::Assistant) << false;
    // The administrator manages accounts and structure, not records (issue #3).
    QTest::newRow("admin") << int(Role::Admin) << false;
    QTest::newRow("staff") << int(Role::Staff) << false;
    QTest::newRow("manager") << int(Role::Manager) << false;
    QTest::newRow("leader") << int(Role::Leader) << false;
}

void TestServicesRegister::registerNeedsThePermission()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    Fixture f{Role(role)};
    f.makeSmallEstate();
    const QString before = snapshot(*f.archive);
    auto done = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    QCOMPARE(done.ok(), allowed);
    if (!allowed) {
        QCOMPARE(done.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(done.error().message.contains(f.user.displayName), qPrintable(done.error().message));
        QCOMPARE(snapshot(*f.archive), before);
        // Nor may they correct someone already registered.
        f.becomeRole(Role::Clerk, QStringLiteral("desk9"));
        auto p = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
        AR_VERIFY_OK(p);
        Person edited = f.archive->context().persons.load(p->personId).value();
        f.archive->context().setUser(f.user);
        edited.data.phones = {QStringLiteral("13900002222")};
        auto update = f.archive->people().updatePerson(edited);
        QVERIFY(!update.ok());
        QCOMPARE(update.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.archive->context().persons.load(p->personId).value().data.phones,
                 QStringList{QStringLiteral("13812345678")});
    }
}

void TestServicesRegister::notSignedInCannotRegister()
{
    Fixture f;
    f.makeSmallEstate();
    f.archive->accounts().signOut();
    const QString before = snapshot(*f.archive);
    auto done = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(*f.archive), before);
}

QTEST_GUILESS_MAIN(TestServicesRegister)
#include "TestServicesRegister.moc"
