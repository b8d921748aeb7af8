// The first-start and sign-in dialogs, driven by object name on the offscreen platform.
#include "TestSupport.h"
#include "Typing.h"

#include "security/PasswordHash.h"
#include "ui/account/FirstRunDialog.h"
#include "ui/account/SignInDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

using namespace ar;
using namespace ar::test::gui;

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private slots:
    void firstRun_createsTheAdministrator();
    void signIn_wrongPasswordStaysOpenRightOneAccepts();
};

void TestAccountDialogs::firstRun_createsTheAdministrator()
{
    password::setTestCost(true);
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone("Asia/Shanghai")));
    const QString path = dir.filePath(QStringLiteral("fresh.db"));
    auto archive = Archive::open(path, &clock);
    QVERIFY(archive);
    Archive& a = *archive.value();
    ui::FirstRunDialog dlg(a, path);
    dlg.show();
    QVERIFY(child<QLabel>(&dlg, "introLabel")->text().contains(QDir::toNativeSeparators(path)));
    // Issue #22: another folder can be chosen, and a network share is said not to be a place.
    QVERIFY(child<QLabel>(&dlg, "introLabel")->text().contains(QStringLiteral("network share")));
    QVERIFY(child<QPushButton>(&dlg, "folderButton")->isVisible());
    auto* error = child<QLabel>(&dlg, "errorLabel");
    auto* create = child<QPushButton>(&dlg, "createButton");

    QTest::keyClicks(child<QLineEdit>(&dlg, "loginEdit"), QStringLiteral("9x"));
    typeText(child<QLineEdit>(&dlg, "nameEdit"), QStringLiteral("档案管理员"));
    QTest::keyClicks(child<QLineEdit>(&dlg, "passwordEdit"), QStringLiteral("secret-pass-1"));
    QTest::keyClicks(child<QLineEdit>(&dlg, "repeatEdit"), QStringLiteral("secret-pass-2"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("9x"))); // names the login it refused
    QVERIFY(a.accounts().needsSetup().value());

    retype(child<QLineEdit>(&dlg, "loginEdit"), QStringLiteral("archivist"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(error->isVisible()); // the two passwords differ
    QVERIFY(child<QLineEdit>(&dlg, "repeatEdit")->property("invalid").toBool());
    QVERIFY(a.accounts().needsSetup().value());

    retype(child<QLineEdit>(&dlg, "repeatEdit"), QStringLiteral("secret-pass-1"));
    QVERIFY(!error->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QVERIFY(!a.accounts().needsSetup().value());
    QCOMPARE(dlg.createdUser().role, Role::Admin);
    QCOMPARE(dlg.createdUser().displayName, QStringLiteral("档案管理员"));
    QVERIFY(a.context().user().has_value());
}

void TestAccountDialogs::signIn_wrongPasswordStaysOpenRightOneAccepts()
{
    test::Fixture f(Role::Admin);
    f.archive->accounts().signOut();
    ui::SignInDialog dlg(*f.archive);
    dlg.show();
    auto* password = child<QLineEdit>(&dlg, "passwordEdit");
    QTest::keyClicks(child<QLineEdit>(&dlg, "loginEdit"), QStringLiteral("admin"));
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return); // Enter signs in

    QVERIFY(dlg.isVisible());
    QVERIFY(dlg.result() != QDialog::Accepted);
    QCOMPARE(child<QLabel>(&dlg, "errorLabel")->text(),
             QCoreApplication::translate("AccountService", "Wrong login or password"));
    QVERIFY(password->text().isEmpty());
    QVERIFY(!f.archive->context().user().has_value());

    QTest::keyClicks(password, QStringLiteral("gate-keeper-2026"));
    QTest::mouseClick(child<QPushButton>(&dlg, "signInButton"), Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(dlg.user().login, QStringLiteral("admin"));
    QCOMPARE(f.archive->context().user()->login, QStringLiteral("admin"));
}

QTEST_MAIN(TestAccountDialogs)
#include "TestAccountDialogs.moc"
