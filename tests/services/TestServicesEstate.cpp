// Building the estate (issue #2 Build 4): estates, buildings, units and rooms, their codes and
// order (R14), room look-up as clerks type it, and what may be removed.

#include "ServiceHelpers.h"

using namespace ar;
using namespace ar::test;

class TestServicesEstate : public QObject
{
    Q_OBJECT

private slots:
    void duplicateCodesAreConflictsWithAClearMessage();
    void sameBuildingCodeInAnotherEstateIsFine();
    void badCodesAreRefused_data();
    void badCodesAreRefused();
    void R14_buildingsUnitsAndRoomsInNaturalOrder();
    void addRoomGridCountsAndSkipsExisting();
    void addRoomGridRefusesBadRanges();
    void removeRoomRefusedWhenPeopleAreRegistered();
    void removeEmptyStructure();
    void findRoomAsClerksWriteIt_data();
    void findRoomAsClerksWriteIt();
    void findRoomWithSeveralEstates();
    void renamingABuildingReindexesItsRooms();
    void roomChangesAreKeptInHistory();
    void editingTheEstateNeedsThePermission_data();
    void editingTheEstateNeedsThePermission();
};

void TestServicesEstate::duplicateCodesAreConflictsWithAClearMessage()
{
    Fixture f;
    const qint64 estate = f.makeSmallEstate();
    f.archive->context().setUser(f.admin);
    EstateService& es = f.archive->estate();
    RoomService& rs = f.archive->rooms();

    // Typed differently (lower case, spaces): still the same code.
    auto e = es.addEstate(Estate{0, QStringLiteral(" hy "), QStringLiteral("另一个小区"), {}});
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, ErrorCode::Conflict);
    QCOMPARE(e.error().message, QStringLiteral("Estate code HY already exists"));

    auto b = es.addBuilding(Building{0, estate, 0, QStringLiteral("3"), {}});
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, ErrorCode::Conflict);
    QCOMPARE(b.error().message, QStringLiteral("Building 3 already exists"));

    const qint64 building = es.buildings(estate).value().first().id;
    auto u = es.addUnit(Unit{0, building, QStringLiteral("2"), {}});
    QVERIFY(!u.ok());
    QCOMPARE(u.error().message, QStringLiteral("Unit 2 already exists"));

    Room dup;
    dup.unitId = es.units(building).value().first().id;
    dup.number = QStringLiteral("１２０１");
    auto r = rs.addRoom(dup);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QCOMPARE(r.error().message, QStringLiteral("Room 1201 already exists"));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM rooms")), 3);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM estates")), 1);
}

void TestServicesEstate::sameBuildingCodeInAnotherEstateIsFine()
{
    Fixture f;
    f.makeSmallEstate();
    f.archive->context().setUser(f.admin);
    auto other =
        f.archive->estate().addEstate(Estate{0, QStringLiteral("AB"), QStringLiteral("安宝花园"), {}});
    AR_VERIFY_OK(other);
    auto b = f.archive->estate().addBuilding(Building{0, other->id, 0, QStringLiteral("3"), {}});
    AR_VERIFY_OK(b);
    QCOMPARE(b->name, QStringLiteral("Building 3")); // a default name when none is given
}

void TestServicesEstate::badCodesAreRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("dash") << QStringLiteral("3-1");
    QTest::newRow("Chinese") << QStringLiteral("三");
    QTest::newRow("11 characters") << QStringLiteral("ABCDEFGHIJK");
}

void TestServicesEstate::badCodesAreRefused()
{
    QFETCH(QString, code);
    Fixture f;
    const qint64 estate = f.makeSmallEstate();
    const QString before = snapshot(*f.archive);
    auto b = f.archive->estate().addBuilding(Building{0, estate, 0, code, {}});
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, ErrorCode::InvalidInput);
    QCOMPARE(b.error().value, code);
    QVERIFY2(b.error().message.contains(QStringLiteral("Building code")), qPrintable(b.error().message));
    if (!code.isEmpty())
        QVERIFY2(b.error().message.contains(code), qPrintable(b.error().message));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM buildings")), 1);
    QCOMPARE(snapshot(*f.archive), before);
}

void TestServicesEstate::R14_buildingsUnitsAndRoomsInNaturalOrder()
{
    Fixture f;
    EstateService& es = f.archive->estate();
    RoomService& rs = f.archive->rooms();
    const qint64 estate =
        es.addEstate(Estate{0, QStringLiteral("AB"), QStringLiteral("安宝花园"), {}}).value().id;
    for (const char* code : {"10", "2", "1"})
        AR_VERIFY_OK(es.addBuilding(Building{0, estate, 0, QString::fromLatin1(code), {}}));
    QStringList codes;
    const QList<Building> buildings = es.buildings(estate).value();
    for (const Building& b : buildings)
        codes << b.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")}));

    const qint64 unit = es.addUnit(Unit{0, buildings.first().id, QStringLiteral("1"), {}}).value().id;
    for (const char* n : {"1002", "902", "1001", "901", "101"}) {
        Room r;
        r.unitId = unit;
        r.number = QString::fromLatin1(n);
        AR_VERIFY_OK(rs.addRoom(r));
    }
    QStringList refs;
    const QList<RoomRow> rows = rs.roomRows(unit).value();
    for (const RoomRow& row : rows)
        refs << row.ref;
    QCOMPARE(refs,
             (QStringList{QStringLiteral("1-1-101"), QStringLiteral("1-1-901"), QStringLiteral("1-1-902"),
                          QStringLiteral("1-1-1001"), QStringLiteral("1-1-1002")}));
    QCOMPARE(rows.at(3).room.floor, 10); // taken from the number when not given
}

void TestServicesEstate::addRoomGridCountsAndSkipsExisting()
{
    Fixture f;
    f.makeSmallEstate();
    RoomService& rs = f.archive->rooms();
    const qint64 unit = rs.place(f.roomId(QStringLiteral("3-2-1201"))).value().unit.id;
    // Floors 12–13, two per floor: 1201, 1202, 1301 exist, only 1302 is new.
    auto added = rs.addRoomGrid(unit, 12, 13, 2, 9000, RoomUse::Residential);
    AR_VERIFY_OK(added);
    QCOMPARE(added.value(), 1);
    QCOMPARE(rs.rooms(unit).value().size(), 4);
    QCOMPARE(rs.addRoomGrid(unit, 12, 13, 2, 9000, RoomUse::Residential).value(), 0);

    auto more = rs.addRoomGrid(unit, 1, 3, 4, 6000, RoomUse::Commercial);
    AR_VERIFY_OK(more);
    QCOMPARE(more.value(), 12);
    const QList<Room> rooms = rs.rooms(unit).value();
    QCOMPARE(rooms.size(), 16);
    QCOMPARE(rooms.first().number, QStringLiteral("101"));
    QCOMPARE(rooms.first().floor, 1);
    QCOMPARE(rooms.first().use, RoomUse::Commercial);
    QCOMPARE(rooms.first().areaCenti, 6000);
    // New rooms are findable at once.
    const auto hits = f.archive->search().search(QStringLiteral("3-2-1302")).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, HitKind::Room);
}

void TestServicesEstate::addRoomGridRefusesBadRanges()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 unit = f.archive->rooms().place(f.roomId(QStringLiteral("3-2-1201"))).value().unit.id;
    const QString before = snapshot(*f.archive);
    for (auto [from, to, per] : {std::tuple{0, 3, 2}, std::tuple{5, 4, 2}, std::tuple{1, 201, 2},
                                 std::tuple{1, 3, 0}, std::tuple{1, 3, 100}}) {
        auto r = f.archive->rooms().addRoomGrid(unit, from, to, per, 0, RoomUse::Residential);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM rooms")), 3);
    QCOMPARE(snapshot(*f.archive), before);
}

void TestServicesEstate::removeRoomRefusedWhenPeopleAreRegistered()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    auto owner = f.archive->people().registerPerson(wangXiaoming(room));
    AR_VERIFY_OK(owner);
    const Status s = f.archive->rooms().removeRoom(room);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Conflict);
    QVERIFY2(s.error().message.contains(QStringLiteral("cannot be removed")), qPrintable(s.error().message));
    // Still refused once the owner moved out: the history and the dossier refer to the room.
    AR_VERIFY_OK(f.archive->people().endOccupancy(owner->occupancyId, QDate()));
    QVERIFY(!f.archive->rooms().removeRoom(room).ok());
    QCOMPARE(f.roomId(QStringLiteral("3-2-1201")), room);
}

void TestServicesEstate::removeEmptyStructure()
{
    Fixture f;
    f.makeSmallEstate();
    EstateService& es = f.archive->estate();
    RoomService& rs = f.archive->rooms();
    const RoomPlace place = rs.place(f.roomId(QStringLiteral("3-2-1301"))).value();
    AR_VERIFY_OK(rs.removeRoom(place.room.id));
    QCOMPARE(es.findRoom(QStringLiteral("3-2-1301")).error().code, ErrorCode::NotFound);
    QVERIFY(f.archive->search().search(QStringLiteral("1301")).value().isEmpty());
    // A unit with rooms, a building with units: refused until emptied.
    QCOMPARE(es.removeUnit(place.unit.id).error().code, ErrorCode::Conflict);
    QCOMPARE(es.removeBuilding(place.building.id).error().code, ErrorCode::Conflict);
    AR_VERIFY_OK(rs.removeRoom(f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(rs.removeRoom(f.roomId(QStringLiteral("3-2-1202"))));
    AR_VERIFY_OK(es.removeUnit(place.unit.id));
    AR_VERIFY_OK(es.removeBuilding(place.building.id));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM buildings")), 0);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM search_keys")), 0);
}

void TestServicesEstate::findRoomAsClerksWriteIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code"); // 0 = found 3-2-1201
    QTest::newRow("dashed") << QStringLiteral("3-2-1201") << 0;
    QTest::newRow("栋 单元") << QStringLiteral("3栋2单元1201") << 0;
    QTest::newRow("座 单元 室") << QStringLiteral("3座2单元1201室") << 0;
    QTest::newRow("full-width") << QStringLiteral("３－２－１２０１") << 0;
    QTest::newRow("no such room") << QStringLiteral("3-2-9901") << int(ErrorCode::NotFound);
    QTest::newRow("no such building") << QStringLiteral("9-2-1201") << int(ErrorCode::NotFound);
    QTest::newRow("garbage") << QStringLiteral("华苑1201") << int(ErrorCode::InvalidInput);
}

void TestServicesEstate::findRoomAsClerksWriteIt()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    Fixture f;
    f.makeSmallEstate();
    auto p = f.archive->estate().findRoom(text);
    if (code == 0) {
        AR_VERIFY_OK(p);
        QCOMPARE(p->ref(), QStringLiteral("3-2-1201"));
        QCOMPARE(p->estate.code, QStringLiteral("HY"));
    } else {
        QVERIFY(!p.ok());
        QCOMPARE(int(p.error().code), code);
        if (code == int(ErrorCode::InvalidInput))
            QVERIFY2(p.error().message.contains(text), qPrintable(p.error().message));
    }
}

void TestServicesEstate::findRoomWithSeveralEstates()
{
    Fixture f;
    f.makeSmallEstate();
    EstateService& es = f.archive->estate();
    RoomService& rs = f.archive->rooms();
    const qint64 ab =
        es.addEstate(Estate{0, QStringLiteral("AB"), QStringLiteral("安宝花园"), {}}).value().id;
    const qint64 b = es.addBuilding(Building{0, ab, 0, QStringLiteral("3"), {}}).value().id;
    const qint64 u = es.addUnit(Unit{0, b, QStringLiteral("2"), {}}).value().id;
    AR_VERIFY_OK(rs.addRoomGrid(u, 5, 5, 1, 0, RoomUse::Residential)); // 3-2-501, only in AB
    Room r;
    r.unitId = u;
    r.number = QStringLiteral("1201");
    AR_VERIFY_OK(rs.addRoom(r)); // 3-2-1201 in both

    auto both = es.findRoom(QStringLiteral("3-2-1201"));
    QVERIFY(!both.ok());
    QCOMPARE(both.error().code, ErrorCode::InvalidInput);
    QVERIFY2(both.error().message.contains(QStringLiteral("several estates")),
             qPrintable(both.error().message));
    QCOMPARE(es.findRoom(QStringLiteral("3-2-1201"), QStringLiteral("AB")).value().estate.code,
             QStringLiteral("AB"));
    QCOMPARE(es.findRoom(QStringLiteral("3栋2单元1201"), QStringLiteral("hy")).value().estate.code,
             QStringLiteral("HY"));
    QCOMPARE(es.findRoom(QStringLiteral("3-2-501")).value().estate.code, QStringLiteral("AB"));
    QCOMPARE(es.findRoom(QStringLiteral("3-2-501"), QStringLiteral("HY")).error().code, ErrorCode::NotFound);
    QCOMPARE(es.findRoom(QStringLiteral("3-2-1201"), QStringLiteral("XX")).error().code, ErrorCode::NotFound);
    QCOMPARE(es.findRoom(QStringLiteral("3-2-777")).error().code, ErrorCode::NotFound);
}

void TestServicesEstate::renamingABuildingReindexesItsRooms()
{
    Fixture f;
    f.makeSmallEstate();
    Building b = f.archive->rooms().place(f.roomId(QStringLiteral("3-2-1201"))).value().building;
    b.code = QStringLiteral("5");
    AR_VERIFY_OK(f.archive->estate().updateBuilding(b));
    QVERIFY(f.archive->search().search(QStringLiteral("3-2-1201")).value().isEmpty());
    const auto hits = f.archive->search().search(QStringLiteral("5-2-1201")).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().room, QStringLiteral("5-2-1201"));
}

void TestServicesEstate::roomChangesAreKeptInHistory()
{
    Fixture f;
    f.makeSmallEstate();
    Room r = f.archive->rooms().place(f.roomId(QStringLiteral("3-2-1201"))).value().room;
    r.areaCenti = 9125;
    r.use = RoomUse::Office;
    AR_VERIFY_OK(f.archive->rooms().updateRoom(r));
    QCOMPARE(
        count(*f.archive,
              QStringLiteral("SELECT COUNT(*) FROM change_history WHERE entity = 'room' AND entity_id = ?"),
              {r.id}),
        2);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM change_history WHERE field = 'area' AND "
                                              "old_value = '89.50' AND new_value = '91.25'")),
             1);
}

void TestServicesEstate::editingTheEstateNeedsThePermission_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(Role::Clerk) << true;
    QTest::newRow("admin") << int(Role::Admin) << true;
    QTest::newRow("assistant") << int(Role::Assistant) << false;
    QTest::newRow("staff") << int(Role::Staff) << false;
    QTest::newRow("manager") << int(Role::Manager) << false;
    QTest::newRow("leader") << int(Role::Leader) << false;
}

void TestServicesEstate::editingTheEstateNeedsThePermission()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    Fixture f{Role(role)};
    const qint64 estate = f.makeSmallEstate();
    const qint64 unit = f.archive->rooms().place(f.roomId(QStringLiteral("3-2-1201"))).value().unit.id;
    QCOMPARE(
        f.archive->estate().addEstate(Estate{0, QStringLiteral("AB"), QStringLiteral("安宝花园"), {}}).ok(),
        allowed);
    QCOMPARE(f.archive->estate().addBuilding(Building{0, estate, 0, QStringLiteral("4"), {}}).ok(), allowed);
    QCOMPARE(f.archive->rooms().addRoomGrid(unit, 20, 20, 1, 0, RoomUse::Residential).ok(), allowed);
    const Status removed = f.archive->rooms().removeRoom(f.roomId(QStringLiteral("3-2-1301")));
    QCOMPARE(removed.ok(), allowed);
    if (!allowed) {
        QCOMPARE(removed.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM rooms")), 3);
        QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM estates")), 1);
    }
}

QTEST_GUILESS_MAIN(TestServicesEstate)
#include "TestServicesEstate.moc"
