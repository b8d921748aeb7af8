// Archive numbers (档号, R10) and the fragments the search index stores for names, rooms,
// phones and archive numbers (issue #2: "find by any fragment").

#include "core/Dossier.h"
#include "core/Pinyin.h"
#include "core/Search.h"

#include <QTest>

using namespace ar;

namespace {
Category owner()
{
    Category c;
    c.code = QStringLiteral("owner");
    c.name = QStringLiteral("业主");
    c.archiveCode = QStringLiteral("YZ");
    c.department = QStringLiteral("客服部");
    c.retention = QStringLiteral("Y");
    return c;
}
Category tenant()
{
    Category c = owner();
    c.code = QStringLiteral("tenant");
    c.name = QStringLiteral("租户");
    c.archiveCode = QStringLiteral("ZH");
    c.retention = QStringLiteral("D30");
    return c;
}
const QString kDefaultPattern = QStringLiteral("{fonds}-{category}·{year}-{retention}-{seq:4}");
} // namespace

class TestUnitNumbering : public QObject
{
    Q_OBJECT

private slots:
    void R10_archiveNumber_data();
    void R10_archiveNumber();
    void nameKeysAreEverySuffix_data();
    void nameKeysAreEverySuffix();
    void nameKeysKeepSurrogatePairsWhole();
    void roomKeys();
    void pinyinKeysOfAName_data();
    void pinyinKeysOfAName();
    void titleKeysAreCutSuffixes();
    void traditionalFoldsToSimplified();
    void phoneKeyIsTheLastFourDigits_data();
    void phoneKeyIsTheLastFourDigits();
    void hitKindCodes();
};

void TestUnitNumbering::R10_archiveNumber_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("fonds");
    QTest::addColumn<bool>("isOwner");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default, first owner") << kDefaultPattern << QStringLiteral("Z109") << true << 2026 << 1
                                          << QStringLiteral("Z109-YZ·2026-Y-0001");
    QTest::newRow("default, owner 2") << kDefaultPattern << QStringLiteral("Z109") << true << 2026 << 2
                                      << QStringLiteral("Z109-YZ·2026-Y-0002");
    QTest::newRow("default, tenant") << kDefaultPattern << QStringLiteral("Z109") << false << 2026 << 17
                                     << QStringLiteral("Z109-ZH·2026-D30-0017");
    QTest::newRow("default, beyond the width") << kDefaultPattern << QStringLiteral("Z109") << true << 2027
                                               << 12345 << QStringLiteral("Z109-YZ·2027-Y-12345");
    QTest::newRow("width 6") << QStringLiteral("{fonds}-{category}-{year}-{seq:6}") << QStringLiteral("A01")
                             << true << 2026 << 42 << QStringLiteral("A01-YZ-2026-000042");
    QTest::newRow("width 1") << QStringLiteral("{category}{seq:1}") << QString() << false << 2026 << 7
                             << QStringLiteral("ZH7");
    QTest::newRow("no padding") << QStringLiteral("{year}/{category}/{seq}") << QString() << true << 2026 << 3
                                << QStringLiteral("2026/YZ/3");
    QTest::newRow("sequence twice") << QStringLiteral("{seq:3}-{seq}") << QString() << true << 2026 << 5
                                    << QStringLiteral("005-5");
    QTest::newRow("literal text kept") << QStringLiteral("档{fonds}号{seq:2}") << QStringLiteral("Z1") << true
                                       << 2026 << 9 << QStringLiteral("档Z1号09");
}

void TestUnitNumbering::R10_archiveNumber()
{
    QFETCH(QString, pattern);
    QFETCH(QString, fonds);
    QFETCH(bool, isOwner);
    QFETCH(int, year);
    QFETCH(int, seq);
    QFETCH(QString, expected);
    QCOMPARE(formatArchiveNo(pattern, fonds, isOwner ? owner() : tenant(), year, seq), expected);
}

void TestUnitNumbering::nameKeysAreEverySuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("three characters")
        << QStringLiteral("王小明")
        << QStringList{QStringLiteral("王小明"), QStringLiteral("小明"), QStringLiteral("明")};
    QTest::newRow("one character") << QStringLiteral("明") << QStringList{QStringLiteral("明")};
    QTest::newRow("compound surname")
        << QStringLiteral("欧阳明")
        << QStringList{QStringLiteral("欧阳明"), QStringLiteral("阳明"), QStringLiteral("明")};
    QTest::newRow("spaces dropped, lower-cased")
        << QStringLiteral("Li Ming")
        << QStringList{QStringLiteral("liming"), QStringLiteral("iming"), QStringLiteral("ming"),
                       QStringLiteral("ing"),    QStringLiteral("ng"),    QStringLiteral("g")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestUnitNumbering::nameKeysAreEverySuffix()
{
    QFETCH(QString, name);
    QFETCH(QStringList, keys);
    QCOMPARE(searchkeys::forName(name), keys);
}

void TestUnitNumbering::nameKeysKeepSurrogatePairsWhole()
{
    // 𠮷 (U+20BB7) is one character in two UTF-16 units; a key must never start in its middle.
    const QString name = QStringLiteral("𠮷田");
    const QStringList keys = searchkeys::forName(name);
    QCOMPARE(keys, (QStringList{name, QStringLiteral("田")}));
}

// Issue #20 item 8: the pinyin keys from the compiled-in Unihan table.
void TestUnitNumbering::pinyinKeysOfAName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("two characters") << QStringLiteral("张三")
                                    << QStringList{QStringLiteral("zhangsan"), QStringLiteral("zs"),
                                                   QStringLiteral("san")};
    // Every reading of 单 (the common dan first), each with the rest of the name.
    QTest::newRow("polyphonic surname")
        << QStringLiteral("单田")
        << QStringList{QStringLiteral("dantian"), QStringLiteral("dt"),       QStringLiteral("chantian"),
                       QStringLiteral("ct"),      QStringLiteral("shantian"), QStringLiteral("st"),
                       QStringLiteral("tian")};
    QTest::newRow("u-umlaut as v and u")
        << QStringLiteral("吕") << QStringList{QStringLiteral("lv"), QStringLiteral("lu")};
    // Read as its simplified form 陈 (chen; 陳 alone also reads zhen).
    QTest::newRow("traditional") << QStringLiteral("陳") << QStringList{QStringLiteral("chen")};
    QTest::newRow("separator skipped")
        << QStringLiteral("古丽·木")
        << QStringList{QStringLiteral("gulimu"), QStringLiteral("glm"), QStringLiteral("limu"),
                       QStringLiteral("lm"), QStringLiteral("mu")};
    QTest::newRow("no Chinese") << QStringLiteral("John Smith") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestUnitNumbering::pinyinKeysOfAName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, keys);
    QCOMPARE(searchkeys::forPinyin(name), keys);
}

void TestUnitNumbering::titleKeysAreCutSuffixes()
{
    QCOMPARE(searchkeys::forTitle(QStringLiteral("厨房 水管")),
             (QStringList{QStringLiteral("厨房水管"), QStringLiteral("房水管"), QStringLiteral("水管"),
                          QStringLiteral("管")}));
    const QStringList keys = searchkeys::forTitle(QStringLiteral("一二三四五六七八九十甲乙丙丁"));
    QCOMPARE(keys.size(), 14);
    QCOMPARE(keys.first(), QStringLiteral("一二三四五六七八九十甲乙"));
    QCOMPARE(keys.first().size(), searchkeys::kTitleKeyLength);
    QCOMPARE(keys.last(), QStringLiteral("丁"));
}

void TestUnitNumbering::traditionalFoldsToSimplified()
{
    QCOMPARE(pinyin::simplified(QStringLiteral("陳國榮 A1")), QStringLiteral("陈国荣 A1"));
    // 乾 is a simplified form itself (乾隆): it stays.
    QCOMPARE(pinyin::simplified(QStringLiteral("乾")), QStringLiteral("乾"));
    QCOMPARE(searchkeys::forName(QStringLiteral("陳大文")).first(), QStringLiteral("陈大文"));
    QCOMPARE(pinyin::readings(U'单'),
             (QStringList{QStringLiteral("dan"), QStringLiteral("chan"), QStringLiteral("shan")}));
    QVERIFY(pinyin::readings(U'A').isEmpty());
}

void TestUnitNumbering::roomKeys()
{
    QCOMPARE(searchkeys::forRoom(QStringLiteral("3-2-1201"), QStringLiteral("1201")),
             (QStringList{QStringLiteral("3-2-1201"), QStringLiteral("1201")}));
    QCOMPARE(searchkeys::forRoom(QStringLiteral("A-1-B101"), QStringLiteral("B101")),
             (QStringList{QStringLiteral("a-1-b101"), QStringLiteral("b101")}));
    // No number: only the reference.
    QCOMPARE(searchkeys::forRoom(QStringLiteral("3-2-1201"), QString()),
             (QStringList{QStringLiteral("3-2-1201")}));
}

void TestUnitNumbering::phoneKeyIsTheLastFourDigits_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringList{QStringLiteral("5678")};
    QTest::newRow("landline") << QStringLiteral("010-12345678") << QStringList{QStringLiteral("5678")};
    QTest::newRow("4-digit area") << QStringLiteral("0755-1234567") << QStringList{QStringLiteral("4567")};
    // A clerk types the end of the number, not of the extension.
    QTest::newRow("landline with extension")
        << QStringLiteral("010-12345678-123") << QStringList{QStringLiteral("5678")};
    QTest::newRow("landline with 4-digit extension")
        << QStringLiteral("0755-1234567-8001") << QStringList{QStringLiteral("4567")};
    QTest::newRow("service number") << QStringLiteral("95588") << QStringList{QStringLiteral("5588")};
    QTest::newRow("too short") << QStringLiteral("110") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestUnitNumbering::phoneKeyIsTheLastFourDigits()
{
    QFETCH(QString, phone);
    QFETCH(QStringList, keys);
    QCOMPARE(searchkeys::forPhone(phone), keys);
}

void TestUnitNumbering::hitKindCodes()
{
    QCOMPARE(hitKindCode(HitKind::Room), QStringLiteral("room"));
    QCOMPARE(hitKindCode(HitKind::Person), QStringLiteral("person"));
    QCOMPARE(hitKindCode(HitKind::Dossier), QStringLiteral("dossier"));
}

QTEST_GUILESS_MAIN(TestUnitNumbering)
#include "TestUnitNumbering.moc"
