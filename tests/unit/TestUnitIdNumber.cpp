// Mainland resident ID numbers (GB 11643-1999) and other identity documents (R3, issue #2).
//
// Every number here is fictional: the region code is province-level (110000, 310000, …),
// which is never issued to a person, and the check character is computed, not copied.

#include "TestSupport.h"
#include "core/Validators.h"

#include <QTest>

using namespace ar;

namespace {

// The fixture's "today": birth dates after it are refused.
const QDate kToday(2026, 11, 27);

QString withCheck(const QString& first17)
{
    return first17 + mainlandIdCheckChar(first17);
}

// The same characters with ASCII digits and letters turned into their full-width forms.
QString fullWidth(const QString& s)
{
    QString out;
    for (QChar c : s)
        out += c.unicode() >= 0x21 && c.unicode() <= 0x7E ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return out;
}

// A valid number with its check character replaced by a wrong one.
QString wrongCheck(const QString& valid)
{
    const QChar right = valid.at(17);
    const QChar wrong = right == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return valid.left(17) + wrong;
}

} // namespace

class TestUnitIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void checkCharMatchesHandComputedVector();
    void onlyTheComputedCheckCharIsAccepted();
    void validNumbers_data();
    void validNumbers();
    void refusedNumbers_data();
    void refusedNumbers();
    void wrongCheckDigitNamesTheExpectedDigit();
    void legacy15DigitIsAcceptedAndFlagged();
    void genderMismatch_data();
    void genderMismatch();
    void otherDocuments_data();
    void otherDocuments();
};

void TestUnitIdNumber::checkCharMatchesHandComputedVector()
{
    // 3·7+1·9+0·10+0·5+0·8+0·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 111;
    // 111 mod 11 = 1, and position 1 of "10X98765432" is '0'. Worked out by hand, so a change
    // to the weights or the table in the code cannot go unnoticed.
    QCOMPARE(mainlandIdCheckChar(QStringLiteral("31000019900101001")), QLatin1Char('0'));
    // Sum mod 11 = 2 → 'X'.
    QCOMPARE(mainlandIdCheckChar(QStringLiteral("31000019700101002")), QLatin1Char('X'));
}

void TestUnitIdNumber::onlyTheComputedCheckCharIsAccepted()
{
    const QString chars = QStringLiteral("0123456789X");
    for (const QString& body : {QStringLiteral("11000019800517025"), QStringLiteral("31000020010615132"),
                                QStringLiteral("11000019491231002")}) {
        int accepted = 0;
        for (QChar c : chars)
            accepted += checkMainlandId(body + c, kToday).valid ? 1 : 0;
        QCOMPARE(accepted, 1);
        QVERIFY(checkMainlandId(withCheck(body), kToday).valid);
    }
}

void TestUnitIdNumber::validNumbers_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("gender");

    const QString man = test::fakeId(QDate(1980, 5, 17), true);
    const QString woman = test::fakeId(QDate(1975, 12, 1), false);
    const QString withX = QStringLiteral("31000019700101002X");
    const auto M = int(Gender::Male), F = int(Gender::Female);

    QTest::newRow("18 digits, man") << man << man << QDate(1980, 5, 17) << M;
    QTest::newRow("18 digits, woman") << woman << woman << QDate(1975, 12, 1) << F;
    QTest::newRow("check char X") << withX << withX << QDate(1970, 1, 1) << F;
    QTest::newRow("lower-case x normalised") << withX.toLower() << withX << QDate(1970, 1, 1) << F;
    QTest::newRow("full-width digits") << fullWidth(man) << man << QDate(1980, 5, 17) << M;
    QTest::newRow("full-width Ｘ") << fullWidth(withX) << withX << QDate(1970, 1, 1) << F;
    QTest::newRow("spaces inside") << QStringLiteral("%1 %2 %3").arg(man.left(6), man.mid(6, 8), man.mid(14))
                                   << man << QDate(1980, 5, 17) << M;
    QTest::newRow("leading, trailing, ideographic space")
        << QStringLiteral("  %1\u3000").arg(man) << man << QDate(1980, 5, 17) << M;
    QTest::newRow("region 310000") << withCheck(QStringLiteral("31000020010615131"))
                                   << withCheck(QStringLiteral("31000020010615131")) << QDate(2001, 6, 15)
                                   << M;
    QTest::newRow("29 February of a leap year")
        << test::fakeId(QDate(1980, 2, 29), true) << test::fakeId(QDate(1980, 2, 29), true)
        << QDate(1980, 2, 29) << M;
    QTest::newRow("2000-02-29 (divisible by 400)")
        << test::fakeId(QDate(2000, 2, 29), false) << test::fakeId(QDate(2000, 2, 29), false)
        << QDate(2000, 2, 29) << F;
    QTest::newRow("born today") << test::fakeId(kToday, true) << test::fakeId(kToday, true) << kToday << M;
    QTest::newRow("born 1900-01-01") << test::fakeId(QDate(1900, 1, 1), true)
                                     << test::fakeId(QDate(1900, 1, 1), true) << QDate(1900, 1, 1) << M;
}

void TestUnitIdNumber::validNumbers()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(int, gender);
    const IdNumberCheck c = checkMainlandId(raw, kToday);
    QVERIFY2(c.valid, qPrintable(c.error));
    QCOMPARE(c.normalized, normalized);
    QCOMPARE(c.birthDate, birth);
    QCOMPARE(int(c.gender), gender);
    QVERIFY(!c.legacy15);
    QVERIFY(c.warning.isEmpty());
    // checkIdNumber() routes mainland IDs to the same check.
    QCOMPARE(checkIdNumber(IdType::MainlandId, raw, kToday).normalized, normalized);
}

void TestUnitIdNumber::refusedNumbers_data()
{
    QTest::addColumn<QString>("raw");
    // Pieces a clerk needs to see in the message, besides the field and the value.
    QTest::addColumn<QStringList>("mentions");

    const QString valid = test::fakeId(QDate(1980, 5, 17), true);
    QTest::newRow("1981-02-29 does not exist")
        << withCheck(QStringLiteral("11000019810229025"))
        << QStringList{QStringLiteral("19810229"), QStringLiteral("does not exist")};
    QTest::newRow("1900-02-29 (1900 is no leap year)")
        << withCheck(QStringLiteral("11000019000229025")) << QStringList{QStringLiteral("19000229")};
    QTest::newRow("month 13") << withCheck(QStringLiteral("11000019801301025"))
                              << QStringList{QStringLiteral("19801301")};
    QTest::newRow("day 00") << withCheck(QStringLiteral("11000019800500025"))
                            << QStringList{QStringLiteral("19800500")};
    QTest::newRow("birth tomorrow") << test::fakeId(kToday.addDays(1), true)
                                    << QStringList{kToday.addDays(1).toString(QStringLiteral("yyyyMMdd")),
                                                   QStringLiteral("not plausible")};
    QTest::newRow("birth in 2030") << test::fakeId(QDate(2030, 1, 1), false)
                                   << QStringList{QStringLiteral("20300101")};
    QTest::newRow("birth before 1900")
        << test::fakeId(QDate(1899, 12, 31), true) << QStringList{QStringLiteral("18991231")};
    QTest::newRow("unknown province 99")
        << withCheck(QStringLiteral("99000019800517025"))
        << QStringList{QStringLiteral("990000"), QStringLiteral("region code")};
    QTest::newRow("unknown province 00")
        << withCheck(QStringLiteral("00000019800517025")) << QStringList{QStringLiteral("000000")};
    QTest::newRow("17 characters") << valid.left(17) << QStringList{QStringLiteral("not 17")};
    QTest::newRow("19 characters") << valid + QLatin1Char('1') << QStringList{QStringLiteral("not 19")};
    QTest::newRow("16 characters") << valid.left(16) << QStringList{QStringLiteral("not 16")};
    QTest::newRow("letter in the body")
        << QStringLiteral("11000A19800517025X") << QStringList{QStringLiteral("first 17")};
    QTest::newRow("last character Y")
        << valid.left(17) + QLatin1Char('Y') << QStringList{QStringLiteral("digit or X")};
    QTest::newRow("15 characters with a letter")
        << QStringLiteral("11000080051702A") << QStringList{QStringLiteral("all digits")};
    QTest::newRow("15 digits, 1981-02-29")
        << QStringLiteral("110000810229025") << QStringList{QStringLiteral("19810229")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("empty")};
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringList{QStringLiteral("empty")};
}

void TestUnitIdNumber::refusedNumbers()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, mentions);
    const IdNumberCheck c = checkMainlandId(raw, kToday);
    QVERIFY(!c.valid);
    QVERIFY2(c.error.contains(QStringLiteral("ID number")), qPrintable(c.error));
    QVERIFY2(c.error.contains(raw.trimmed()), qPrintable(c.error));
    for (const QString& m : mentions)
        QVERIFY2(c.error.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, c.error)));
}

void TestUnitIdNumber::wrongCheckDigitNamesTheExpectedDigit()
{
    for (const QString& valid :
         {test::fakeId(QDate(1980, 5, 17), true), test::fakeId(QDate(1962, 8, 3), false, 77),
          QStringLiteral("31000019700101002X")}) {
        const QString raw = wrongCheck(valid);
        const IdNumberCheck c = checkMainlandId(raw, kToday);
        QVERIFY(!c.valid);
        QVERIFY2(c.error.contains(raw), qPrintable(c.error));
        QVERIFY2(c.error.contains(QStringLiteral("should be %1").arg(valid.at(17))), qPrintable(c.error));
    }
}

void TestUnitIdNumber::legacy15DigitIsAcceptedAndFlagged()
{
    // 15 digits: region, YYMMDD (19YY), three-digit sequence whose last digit gives the sex.
    const IdNumberCheck man = checkMainlandId(QStringLiteral("110000800517025"), kToday);
    QVERIFY2(man.valid, qPrintable(man.error));
    QVERIFY(man.legacy15);
    QCOMPARE(man.birthDate, QDate(1980, 5, 17));
    QCOMPARE(man.gender, Gender::Male);
    QCOMPARE(man.normalized, QStringLiteral("110000800517025"));
    // Accepted, but the clerk is told to ask for the current card.
    QVERIFY(man.warning.contains(QStringLiteral("110000800517025")));
    QVERIFY(man.warning.contains(QStringLiteral("15")));

    const IdNumberCheck woman = checkMainlandId(QStringLiteral("310000 650301 124"), kToday);
    QVERIFY2(woman.valid, qPrintable(woman.error));
    QVERIFY(woman.legacy15);
    QCOMPARE(woman.birthDate, QDate(1965, 3, 1));
    QCOMPARE(woman.gender, Gender::Female);
}

void TestUnitIdNumber::genderMismatch_data()
{
    QTest::addColumn<int>("declared");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("mismatch");
    const QString man = test::fakeId(QDate(1980, 5, 17), true);
    const QString woman = test::fakeId(QDate(1980, 5, 17), false);
    QTest::newRow("man, male ID") << int(Gender::Male) << man << false;
    QTest::newRow("woman, female ID") << int(Gender::Female) << woman << false;
    QTest::newRow("woman, male ID") << int(Gender::Female) << man << true;
    QTest::newRow("man, female ID") << int(Gender::Male) << woman << true;
    QTest::newRow("not given") << int(Gender::Unknown) << man << false;
    QTest::newRow("legacy 15, man declared woman")
        << int(Gender::Female) << QStringLiteral("110000800517025") << true;
    // An invalid number has no gender to disagree with; its own error is reported instead.
    QTest::newRow("invalid number") << int(Gender::Female) << wrongCheck(man) << false;
}

void TestUnitIdNumber::genderMismatch()
{
    QFETCH(int, declared);
    QFETCH(QString, id);
    QFETCH(bool, mismatch);
    const IdNumberCheck c = checkMainlandId(id, kToday);
    const QString message = ar::genderMismatch(Gender(declared), c);
    QCOMPARE(!message.isEmpty(), mismatch);
    if (mismatch) {
        QVERIFY2(message.contains(c.normalized), qPrintable(message));
        QVERIFY2(message.contains(genderLabel(Gender(declared))), qPrintable(message));
    }
}

void TestUnitIdNumber::otherDocuments_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("passport") << int(IdType::Passport) << QStringLiteral("E12345678") << true
                              << QStringLiteral("E12345678");
    QTest::newRow("passport, lower case, spaces")
        << int(IdType::Passport) << QStringLiteral(" e1234 5678 ") << true << QStringLiteral("E12345678");
    QTest::newRow("HK/Macao permit, brackets") << int(IdType::HkMacaoPermit) << QStringLiteral("H1234567(8)")
                                               << true << QStringLiteral("H1234567(8)");
    QTest::newRow("full-width") << int(IdType::TaiwanPermit) << QStringLiteral("１２３４５６７８") << true
                                << QStringLiteral("12345678");
    QTest::newRow("too short") << int(IdType::Passport) << QStringLiteral("E12") << false
                               << QStringLiteral("E12");
    QTest::newRow("symbols") << int(IdType::Passport) << QStringLiteral("E123#4567") << false
                             << QStringLiteral("E123#4567");
    QTest::newRow("too long") << int(IdType::Other) << QString(31, QLatin1Char('A')) << false
                              << QString(31, QLatin1Char('A'));
    QTest::newRow("empty") << int(IdType::Passport) << QString() << false << QString();
    // Only mainland IDs carry a checksum; a passport is not checked as one.
    QTest::newRow("18 digits as a passport") << int(IdType::Passport) << QStringLiteral("110000198005170251")
                                             << true << QStringLiteral("110000198005170251");
}

void TestUnitIdNumber::otherDocuments()
{
    QFETCH(int, type);
    QFETCH(QString, raw);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const IdNumberCheck c = checkIdNumber(IdType(type), raw, kToday);
    QCOMPARE(c.valid, valid);
    QCOMPARE(c.normalized, normalized);
    if (!valid) {
        QVERIFY(c.error.contains(QStringLiteral("Document number")));
        QVERIFY2(c.error.contains(raw.trimmed()), qPrintable(c.error));
    }
}

QTEST_GUILESS_MAIN(TestUnitIdNumber)
#include "TestUnitIdNumber.moc"
