// Contact phones (R3 联系电话, issue #2): what the register accepts, how it stores it, and
// what it tells the clerk when it refuses.

#include "core/Validators.h"

#include <QTest>

using namespace ar;

class TestUnitPhone : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void unknownMobileRangeIsAWarningNotARefusal_data();
    void unknownMobileRangeIsAWarningNotARefusal();
};

void TestUnitPhone::accepted_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("warning");

    const QString mobile = QStringLiteral("13812345678");
    QTest::newRow("mobile") << mobile << mobile << false;
    QTest::newRow("mobile 199") << QStringLiteral("19912345678") << QStringLiteral("19912345678") << false;
    QTest::newRow("mobile 166") << QStringLiteral("16612345678") << QStringLiteral("16612345678") << false;
    QTest::newRow("spaces") << QStringLiteral("138 1234 5678") << mobile << false;
    QTest::newRow("dashes") << QStringLiteral("138-1234-5678") << mobile << false;
    QTest::newRow("+86") << QStringLiteral("+86 138 1234 5678") << mobile << false;
    QTest::newRow("+86 no space") << QStringLiteral("+8613812345678") << mobile << false;
    QTest::newRow("0086") << QStringLiteral("0086 13812345678") << mobile << false;
    QTest::newRow("86 and 11 digits") << QStringLiteral("8613812345678") << mobile << false;
    QTest::newRow("full-width digits") << QStringLiteral("１３８１２３４５６７８") << mobile << false;
    QTest::newRow("full-width +86 and ideographic space")
        << QStringLiteral("＋８６\u3000１３８１２３４５６７８") << mobile << false;
    QTest::newRow("surrounding spaces") << QStringLiteral("  13812345678 ") << mobile << false;
    QTest::newRow("landline Beijing")
        << QStringLiteral("010-12345678") << QStringLiteral("010-12345678") << false;
    QTest::newRow("landline Beijing, no dash")
        << QStringLiteral("01012345678") << QStringLiteral("010-12345678") << false;
    QTest::newRow("landline Shanghai")
        << QStringLiteral("021 8765 4321") << QStringLiteral("021-87654321") << false;
    QTest::newRow("landline Shenzhen, 7 digits")
        << QStringLiteral("0755-1234567") << QStringLiteral("0755-1234567") << false;
    QTest::newRow("landline Shenzhen, 8 digits")
        << QStringLiteral("0755-12345678") << QStringLiteral("0755-12345678") << false;
    QTest::newRow("landline, brackets")
        << QStringLiteral("(010)12345678") << QStringLiteral("010-12345678") << false;
    QTest::newRow("landline, full-width brackets")
        << QStringLiteral("（０１０）１２３４５６７８") << QStringLiteral("010-12345678") << false;
    QTest::newRow("extension 转") << QStringLiteral("010-12345678转123") << QStringLiteral("010-12345678-123")
                                  << false;
    QTest::newRow("extension ext.") << QStringLiteral("010-12345678 ext. 45")
                                    << QStringLiteral("010-12345678-45") << false;
    QTest::newRow("extension #") << QStringLiteral("0755-1234567#8001") << QStringLiteral("0755-1234567-8001")
                                 << false;
    QTest::newRow("extension x") << QStringLiteral("021-87654321 x9") << QStringLiteral("021-87654321-9")
                                 << false;
    QTest::newRow("local number, no area code")
        << QStringLiteral("87654321") << QStringLiteral("87654321") << true;
    QTest::newRow("service number") << QStringLiteral("95588") << QStringLiteral("95588") << false;
}

void TestUnitPhone::accepted()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QFETCH(bool, warning);
    const FieldCheck c = checkPhone(raw);
    QVERIFY2(c.valid, qPrintable(c.error));
    QCOMPARE(c.normalized, normalized);
    QCOMPARE(!c.warning.isEmpty(), warning);
}

void TestUnitPhone::refused_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("letters in a mobile") << QStringLiteral("138abcd5678") << QStringLiteral("only digits");
    QTest::newRow("letter O for zero") << QStringLiteral("1381234567O") << QStringLiteral("only digits");
    QTest::newRow("word") << QStringLiteral("unknown") << QStringLiteral("only digits");
    QTest::newRow("Chinese text") << QStringLiteral("无电话") << QStringLiteral("only digits");
    QTest::newRow("mobile, 10 digits") << QStringLiteral("1381234567") << QStringLiteral("not 10");
    QTest::newRow("mobile, 12 digits") << QStringLiteral("138123456789") << QStringLiteral("not 12");
    QTest::newRow("landline too short") << QStringLiteral("010-123456") << QStringLiteral("area code");
    QTest::newRow("landline too long") << QStringLiteral("010-1234567890") << QStringLiteral("area code");
    QTest::newRow("extension with letters")
        << QStringLiteral("010-12345678转abc") << QStringLiteral("extension");
    QTest::newRow("extension too long")
        << QStringLiteral("010-12345678#1234567") << QStringLiteral("extension");
    QTest::newRow("11 digits, not 0 or 1")
        << QStringLiteral("99912345678") << QStringLiteral("not a mobile or landline");
    QTest::newRow("two digits") << QStringLiteral("12") << QStringLiteral("11 digits");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only dashes") << QStringLiteral("- -") << QStringLiteral("empty");
}

void TestUnitPhone::refused()
{
    QFETCH(QString, raw);
    QFETCH(QString, mentions);
    const FieldCheck c = checkPhone(raw);
    QVERIFY(!c.valid);
    // The message names the field and repeats what was typed, so the clerk sees which one.
    QVERIFY2(c.error.contains(QStringLiteral("Phone")), qPrintable(c.error));
    if (!raw.trimmed().remove(QLatin1Char('-')).trimmed().isEmpty())
        QVERIFY2(c.error.contains(raw.trimmed()), qPrintable(c.error));
    QVERIFY2(c.error.contains(mentions), qPrintable(c.error));
}

void TestUnitPhone::unknownMobileRangeIsAWarningNotARefusal_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("range");
    // The 100 range is unallocated: the demo data uses it, and a clerk may still have to
    // record a number from a range newer than this program.
    QTest::newRow("100") << QStringLiteral("10012345678") << QStringLiteral("100");
    QTest::newRow("120") << QStringLiteral("120 1234 5678") << QStringLiteral("120");
    QTest::newRow("194") << QStringLiteral("+86 19412345678") << QStringLiteral("194");
}

void TestUnitPhone::unknownMobileRangeIsAWarningNotARefusal()
{
    QFETCH(QString, raw);
    QFETCH(QString, range);
    const FieldCheck c = checkPhone(raw);
    QVERIFY2(c.valid, qPrintable(c.error));
    QCOMPARE(c.normalized.size(), 11);
    QVERIFY(c.normalized.startsWith(range));
    QVERIFY2(c.warning.contains(c.normalized), qPrintable(c.warning));
    QVERIFY2(c.warning.contains(QStringLiteral("range %1").arg(range)), qPrintable(c.warning));
}

QTEST_GUILESS_MAIN(TestUnitPhone)
#include "TestUnitPhone.moc"
