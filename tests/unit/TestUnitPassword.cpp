// Password hashing (scrypt through OpenSSL). The cheap test cost keeps the suite fast; the
// stored format carries its parameters, so the production cost is checked by parsing it.

#include "core/PasswordPolicy.h"
#include "security/PasswordHash.h"

#include <QTest>

using namespace ar;

class TestUnitPassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { password::setTestCost(true); }
    void verifiesTheRightPassword();
    void refusesAWrongPassword_data();
    void refusesAWrongPassword();
    void saltsDiffer();
    void refusesMalformedStoredHashes_data();
    void refusesMalformedStoredHashes();
    void productionCostIsOwaspLevel();
    void R26_weakPasswordsAreRefusedWithTheReason_data();
    void R26_weakPasswordsAreRefusedWithTheReason();
};

void TestUnitPassword::verifiesTheRightPassword()
{
    const QString stored = password::hash(QStringLiteral("correct horse 电池"));
    QVERIFY(stored.startsWith(QStringLiteral("scrypt$")));
    QVERIFY(!stored.contains(QStringLiteral("correct horse")));
    QVERIFY(password::verify(QStringLiteral("correct horse 电池"), stored));
}

void TestUnitPassword::refusesAWrongPassword_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::newRow("other word") << QStringLiteral("wrong horse 电池");
    QTest::newRow("one character more") << QStringLiteral("correct horse 电池!");
    QTest::newRow("case") << QStringLiteral("Correct horse 电池");
    QTest::newRow("empty") << QString();
}

void TestUnitPassword::refusesAWrongPassword()
{
    QFETCH(QString, attempt);
    const QString stored = password::hash(QStringLiteral("correct horse 电池"));
    QVERIFY(!password::verify(attempt, stored));
}

void TestUnitPassword::saltsDiffer()
{
    // The same password twice gives two different stored hashes (a fresh salt each time),
    // and both verify.
    const QString a = password::hash(QStringLiteral("desk-pass-123"));
    const QString b = password::hash(QStringLiteral("desk-pass-123"));
    QVERIFY(a != b);
    QVERIFY(a.section(QLatin1Char('$'), 4, 4) != b.section(QLatin1Char('$'), 4, 4));
    QVERIFY(password::verify(QStringLiteral("desk-pass-123"), a));
    QVERIFY(password::verify(QStringLiteral("desk-pass-123"), b));
}

void TestUnitPassword::refusesMalformedStoredHashes_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = [] {
        password::setTestCost(true);
        return password::hash(QStringLiteral("pw"));
    }();
    QStringList parts = good.split(QLatin1Char('$'));
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("pw");
    QTest::newRow("other scheme")
        << QStringList{QStringLiteral("bcrypt"), parts[1], parts[2], parts[3], parts[4], parts[5]}.join(
               QLatin1Char('$'));
    QTest::newRow("missing part") << parts.mid(0, 5).join(QLatin1Char('$'));
    QTest::newRow("N = 0")
        << QStringList{parts[0], QStringLiteral("0"), parts[2], parts[3], parts[4], parts[5]}.join(
               QLatin1Char('$'));
    // A stored hash must not be able to make verify() allocate unbounded memory.
    QTest::newRow("N too large")
        << QStringList{parts[0], QString::number(1ull << 30), parts[2], parts[3], parts[4], parts[5]}.join(
               QLatin1Char('$'));
    QTest::newRow("empty key")
        << QStringList{parts[0], parts[1], parts[2], parts[3], parts[4], QString()}.join(QLatin1Char('$'));
}

void TestUnitPassword::refusesMalformedStoredHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!password::verify(QStringLiteral("pw"), stored));
}

void TestUnitPassword::productionCostIsOwaspLevel()
{
    password::setTestCost(false);
    const QString stored = password::hash(QStringLiteral("desk-pass-123"));
    password::setTestCost(true);
    const QStringList parts = stored.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 6);
    // OWASP: scrypt N=2^15 (32 MiB), r=8, p=3 or stronger.
    QVERIFY(parts[1].toULongLong() >= (1ull << 15));
    QCOMPARE(parts[2].toInt(), 8);
    QVERIFY(parts[3].toInt() >= 3);
    QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[5].toLatin1()).size(), 32);
    QVERIFY(password::verify(QStringLiteral("desk-pass-123"), stored));
}

// Issue #17 item 5: new passwords are checked for length (the administrator's minimum) and
// against the passwords guessed first; the reason names what is wrong.
void TestUnitPassword::R26_weakPasswordsAreRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<QString>("reason"); // a word of the reason; empty: accepted
    QTest::newRow("short") << QStringLiteral("Kx7#pq") << 8 << QStringLiteral("at least 8");
    QTest::newRow("longer minimum") << QStringLiteral("Kx7#pq-tree") << 12 << QStringLiteral("at least 12");
    QTest::newRow("long enough") << QStringLiteral("Kx7#pq-tree-lamp") << 12 << QString();
    QTest::newRow("digits only") << QStringLiteral("19800517") << 8 << QStringLiteral("only digits");
    QTest::newRow("sequence") << QStringLiteral("abcdefghij") << 8 << QStringLiteral("sequence");
    QTest::newRow("sequence down") << QStringLiteral("zyxwvutsrq") << 8 << QStringLiteral("sequence");
    QTest::newRow("repeated") << QStringLiteral("abcabcabc") << 8 << QStringLiteral("repeated");
    QTest::newRow("one character") << QStringLiteral("zzzzzzzzzz") << 8 << QStringLiteral("repeated");
    QTest::newRow("keyboard") << QStringLiteral("qwertyuiop") << 8 << QStringLiteral("neighbouring keys");
    QTest::newRow("keyboard column") << QStringLiteral("1qaz2wsx3edc") << 8
                                     << QStringLiteral("neighbouring keys");
    QTest::newRow("common word") << QStringLiteral("Password123!") << 8 << QStringLiteral("common word");
    QTest::newRow("look-alike") << QStringLiteral("P@ssw0rd2026") << 8 << QStringLiteral("common word");
    QTest::newRow("pinyin") << QStringLiteral("woaini1314") << 8 << QStringLiteral("common word");
    QTest::newRow("two words") << QStringLiteral("adminadmin1") << 8 << QStringLiteral("common word");
    QTest::newRow("login") << QStringLiteral("Li.Wen2026!") << 8 << QStringLiteral("login");
    QTest::newRow("login inside a phrase") << QStringLiteral("li.wen-keeps-keys") << 8 << QString();
    QTest::newRow("a phrase") << QStringLiteral("correct horse 电池") << 8 << QString();
    QTest::newRow("mixed") << QStringLiteral("desk-pass-123") << 8 << QString();
}

void TestUnitPassword::R26_weakPasswordsAreRefusedWithTheReason()
{
    QFETCH(QString, password);
    QFETCH(int, minLength);
    QFETCH(QString, reason);
    const auto why = passwords::weakness(password, minLength, QStringLiteral("li.wen"));
    if (reason.isEmpty()) {
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
        return;
    }
    QVERIFY(why.has_value());
    QVERIFY2(why->contains(reason), qPrintable(*why));
}

QTEST_GUILESS_MAIN(TestUnitPassword)
#include "TestUnitPassword.moc"
