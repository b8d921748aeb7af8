// Room references as clerks write them and as scanners type them, and the floor a room
// number implies (R14: folders are ordered by building, unit, room).

#include "core/Estate.h"

#include <QTest>

using namespace ar;

class TestUnitEstate : public QObject
{
    Q_OBJECT

private slots:
    void parseRoomRef_data();
    void parseRoomRef();
    void roomRefRoundTrip();
    void floorFromRoomNumber_data();
    void floorFromRoomNumber();
    void roomUseCodes();
};

void TestUnitEstate::parseRoomRef_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("ref"); // BUILDING-UNIT-ROOM when ok

    QTest::newRow("dashed") << QStringLiteral("3-2-1201") << true << QStringLiteral("3-2-1201");
    QTest::newRow("栋 单元") << QStringLiteral("3栋2单元1201") << true << QStringLiteral("3-2-1201");
    QTest::newRow("座 单元 室") << QStringLiteral("3座2单元1201室") << true << QStringLiteral("3-2-1201");
    QTest::newRow("幢 单元 号") << QStringLiteral("12幢1单元301号") << true << QStringLiteral("12-1-301");
    QTest::newRow("号楼") << QStringLiteral("5号楼3单元502") << true << QStringLiteral("5-3-502");
    QTest::newRow("full-width digits and dashes")
        << QStringLiteral("３－２－１２０１") << true << QStringLiteral("3-2-1201");
    QTest::newRow("full-width in Chinese form")
        << QStringLiteral("３栋２单元１２０１室") << true << QStringLiteral("3-2-1201");
    QTest::newRow("spaces") << QStringLiteral(" 3 - 2 - 1201 ") << true << QStringLiteral("3-2-1201");
    QTest::newRow("ideographic space")
        << QStringLiteral("3栋\u30002单元\u30001201") << true << QStringLiteral("3-2-1201");
    QTest::newRow("letters upper-cased") << QStringLiteral("a-1-b101") << true << QStringLiteral("A-1-B101");
    QTest::newRow("two-digit building") << QStringLiteral("10-1-101") << true << QStringLiteral("10-1-101");

    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("room only") << QStringLiteral("1201") << false << QString();
    QTest::newRow("two parts") << QStringLiteral("3-1201") << false << QString();
    QTest::newRow("four parts") << QStringLiteral("1-3-2-1201") << false << QString();
    QTest::newRow("empty part") << QStringLiteral("3--1201") << false << QString();
    QTest::newRow("a name") << QStringLiteral("王小明") << false << QString();
    QTest::newRow("unit word missing") << QStringLiteral("3栋2-1201") << false << QString();
    QTest::newRow("symbols") << QStringLiteral("3-2-12#1") << false << QString();
    QTest::newRow("archive number") << QStringLiteral("Z109-YZ·2026-Y-0001") << false << QString();
}

void TestUnitEstate::parseRoomRef()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, ref);
    const std::optional<RoomRef> r = ar::parseRoomRef(text);
    QCOMPARE(r.has_value(), ok);
    if (ok)
        QCOMPARE(r->toString(), ref);
}

void TestUnitEstate::roomRefRoundTrip()
{
    const RoomRef r{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1201")};
    QCOMPARE(r.toString(), QStringLiteral("3-2-1201"));
    const auto again = ar::parseRoomRef(r.toString());
    QVERIFY(again.has_value());
    QCOMPARE(again->building, r.building);
    QCOMPARE(again->unit, r.unit);
    QCOMPARE(again->room, r.room);
}

void TestUnitEstate::floorFromRoomNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("floor");
    QTest::newRow("1201") << QStringLiteral("1201") << 12;
    QTest::newRow("301") << QStringLiteral("301") << 3;
    QTest::newRow("101") << QStringLiteral("101") << 1;
    QTest::newRow("2508") << QStringLiteral("2508") << 25;
    QTest::newRow("basement B101") << QStringLiteral("B101") << -1;
    QTest::newRow("basement b201") << QStringLiteral("b201") << -2;
    QTest::newRow("two digits: unknown") << QStringLiteral("12") << 0;
    QTest::newRow("letters: unknown") << QStringLiteral("A") << 0;
    QTest::newRow("shop S12: unknown") << QStringLiteral("S12") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestUnitEstate::floorFromRoomNumber()
{
    QFETCH(QString, number);
    QFETCH(int, floor);
    QCOMPARE(ar::floorFromRoomNumber(number), floor);
}

void TestUnitEstate::roomUseCodes()
{
    // The codes are stored in the database: every use must survive a round trip.
    for (RoomUse u : allRoomUses()) {
        bool ok = false;
        QCOMPARE(roomUseFromCode(roomUseCode(u), &ok), u);
        QVERIFY(ok);
        QVERIFY(!roomUseLabel(u).isEmpty());
    }
    bool ok = true;
    roomUseFromCode(QStringLiteral("castle"), &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestUnitEstate)
#include "TestUnitEstate.moc"
