// 统一社会信用代码 (GB 32100-2015): the document number of an organisation that owns or rents a
// room (issue #20 item 9, R3).
//
// Every code here is fictional (patterned digits, not an organisation's), and its check
// character was computed by hand from the standard's weights, not by the code under test.

#include "core/Validators.h"

#include <QTest>

using namespace ar;

class TestUnitCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void R3_validCodesPass_data();
    void R3_validCodesPass();
    void R3_checkCharacterIsComputedPerTheStandard_data();
    void R3_checkCharacterIsComputedPerTheStandard();
    void R3_wrongCodesAreRefusedNamingTheValue_data();
    void R3_wrongCodesAreRefusedNamingTheValue();
    void R3_documentTypeSelectsTheCheck();
    void organisationNamesAllowDigits();
};

void TestUnitCreditCode::R3_validCodesPass_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("company") << "911100007A5B6C8D24"
                             << "911100007A5B6C8D24";
    QTest::newRow("letters in body") << "93310000MA1K2H3J4A"
                                     << "93310000MA1K2H3J4A";
    QTest::newRow("institution, check N") << "12440300000000001N"
                                          << "12440300000000001N";
    QTest::newRow("check value 31 -> 0") << "911100001234567810"
                                         << "911100001234567810";
    QTest::newRow("lower case, spaces") << " 93310000ma1k2h3j4a "
                                        << "93310000MA1K2H3J4A";
    QString fullWidth;
    for (QChar c : QStringLiteral("521100005000000008"))
        fullWidth += QChar(char16_t(c.unicode() + 0xFEE0));
    QTest::newRow("full-width") << fullWidth << "521100005000000008";
}

void TestUnitCreditCode::R3_validCodesPass()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const IdNumberCheck c = checkCreditCode(input);
    QVERIFY2(c.valid, qPrintable(c.error));
    QCOMPARE(c.normalized, normalized);
    QCOMPARE(c.gender, Gender::Unknown);
}

void TestUnitCreditCode::R3_checkCharacterIsComputedPerTheStandard_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("check");
    // Sums by hand: weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28; value 31 - sum mod 31.
    QTest::newRow("sum mod 31 = 0 gives 0") << "91110000123456781"
                                            << "0";
    QTest::newRow("N") << "12440300000000001"
                       << "N";
    QTest::newRow("A") << "93310000MA1K2H3J4"
                       << "A";
    QTest::newRow("I is not in the charset") << "9311000IMA1K2H3J4"
                                             << "";
    QTest::newRow("too short") << "9311000"
                               << "";
}

void TestUnitCreditCode::R3_checkCharacterIsComputedPerTheStandard()
{
    QFETCH(QString, first17);
    QFETCH(QString, check);
    const QChar c = creditCodeCheckChar(first17);
    QCOMPARE(c.isNull() ? QString() : QString(c), check);
}

void TestUnitCreditCode::R3_wrongCodesAreRefusedNamingTheValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("because");
    QTest::newRow("wrong check character") << "911100007A5B6C8D25"
                                           << "should be 4";
    QTest::newRow("17 characters") << "911100007A5B6C8D2"
                                   << "18 characters";
    QTest::newRow("19 characters") << "911100007A5B6C8D241"
                                   << "18 characters";
    QTest::newRow("letter O") << "91110000OA5B6C8D24"
                              << "position 9";
    QTest::newRow("letter I") << "9111000I7A5B6C8D24"
                              << "position 8";
    QTest::newRow("letter Z") << "Z11100007A5B6C8D24"
                              << "position 1";
    QTest::newRow("letter S") << "911100007A5B6C8S24"
                              << "position 16";
    QTest::newRow("letter V") << "911100007A5B6C8D2V"
                              << "position 18";
    QTest::newRow("a mainland ID") << "11010519491231002X"
                                   << "check character";
    QTest::newRow("empty") << ""
                           << "is empty";
}

void TestUnitCreditCode::R3_wrongCodesAreRefusedNamingTheValue()
{
    QFETCH(QString, input);
    QFETCH(QString, because);
    const IdNumberCheck c = checkCreditCode(input);
    QVERIFY(!c.valid);
    QVERIFY2(c.error.contains(because), qPrintable(c.error));
    // The message names the field and the value as typed.
    QVERIFY2(c.error.contains(QStringLiteral("Unified social credit code")), qPrintable(c.error));
    QVERIFY2(c.error.contains(input.trimmed()), qPrintable(c.error));
}

void TestUnitCreditCode::R3_documentTypeSelectsTheCheck()
{
    const QDate today(2026, 11, 27);
    QVERIFY(checkIdNumber(IdType::CreditCode, QStringLiteral("911100007A5B6C8D24"), today).valid);
    // The general pattern of other documents would pass this one; the credit code's check does not.
    QVERIFY(checkIdNumber(IdType::Other, QStringLiteral("911100007A5B6C8D25"), today).valid);
    QVERIFY(!checkIdNumber(IdType::CreditCode, QStringLiteral("911100007A5B6C8D25"), today).valid);
    QCOMPARE(idTypeFromText(QStringLiteral("统一社会信用代码")), std::optional<IdType>(IdType::CreditCode));
    QCOMPARE(idTypeFromCode(QStringLiteral("credit_code")), IdType::CreditCode);
}

void TestUnitCreditCode::organisationNamesAllowDigits()
{
    QVERIFY(checkOrganisationName(QStringLiteral("演示市第3置业有限公司")).valid);
    QVERIFY(checkOrganisationName(QStringLiteral("示例（深圳）贸易有限公司")).valid);
    QVERIFY(!checkOrganisationName(QStringLiteral("=HYPERLINK(1)")).valid);
    QVERIFY(!checkOrganisationName(QString()).valid);
    QVERIFY(!checkOrganisationName(QString(101, QChar(0x516C))).valid);
}

QTEST_GUILESS_MAIN(TestUnitCreditCode)
#include "TestUnitCreditCode.moc"
