// User administration (issue #3): the administrator adds, changes, disables accounts and
// resets passwords through UserAdminDialog; the sign-in settings; other roles have the
// actions disabled and the service refuses them anyway.
#include "TestSupport.h"
#include "Typing.h"

#include "ui/MainWindow.h"
#include "ui/account/UserAdminDialog.h"
#include "ui/account/UserModel.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace ar;
using namespace ar::test::gui;

namespace {

// Fills the account form the way the administrator would and clicks OK.
void fillNewAccount(QDialog& d, const QString& login, const QString& name, Role role,
                    const QString& department, const QString& password, const QString& repeat)
{
    QTest::keyClicks(child<QLineEdit>(&d, "loginEdit"), login);
    typeText(child<QLineEdit>(&d, "nameEdit"), name);
    auto* roles = child<QComboBox>(&d, "roleCombo");
    roles->setCurrentIndex(roles->findData(int(role)));
    auto* departments = child<QComboBox>(&d, "departmentCombo");
    departments->setCurrentIndex(departments->findText(department));
    QTest::keyClicks(child<QLineEdit>(&d, "passwordEdit"), password);
    QTest::keyClicks(child<QLineEdit>(&d, "repeatEdit"), repeat);
    QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
}

QString accountText(const char* source)
{
    return QCoreApplication::translate("AccountService", source);
}

} // namespace

class TestAccountAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void admin_addsClerkThroughTheDialog();
    void admin_addRefusalNamesFieldAndValue();
    void admin_resetsPassword();
    void admin_disablesAccount();
    void admin_cannotDisableOwnAccount();
    void admin_changesSignInSettings();
    void nonAdmin_actionsDisabled_serviceRefuses();
    void admin_menuHasTheActions();
};

void TestAccountAdmin::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestAccountAdmin"));
    ui::MessageBox::setAutoAnswer(true, QMessageBox::Yes); // record boxes, never show them
}

void TestAccountAdmin::init()
{
    ui::MessageBox::resetRecord();
    QSettings().clear();
}

void TestAccountAdmin::admin_addsClerkThroughTheDialog()
{
    test::Fixture f(Role::Admin);
    ui::UserAdminDialog dlg(*f.archive);
    QAbstractItemModelTester tester(dlg.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dlg.show();
    QCOMPARE(dlg.model()->rowCount(), 1); // the administrator alone

    bool handled = false;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        handled = true;
        fillNewAccount(d, QStringLiteral("xiaoli"), QStringLiteral("前台小李"), Role::Clerk,
                       QStringLiteral("客服部"), QStringLiteral("front-desk-1"),
                       QStringLiteral("front-desk-1"));
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "addButton"), Qt::LeftButton);
    QVERIFY(handled);

    // The table shows the new account, selected, with the role's label.
    QCOMPARE(dlg.model()->rowCount(), 2);
    const int row = dlg.currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(dlg.model()->index(row, ui::UserModel::Login).data().toString(), QStringLiteral("xiaoli"));
    QCOMPARE(dlg.model()->index(row, ui::UserModel::Name).data().toString(), QStringLiteral("前台小李"));
    QCOMPARE(dlg.model()->index(row, ui::UserModel::Role).data().toString(), roleLabel(Role::Clerk));
    QCOMPARE(dlg.model()->index(row, ui::UserModel::Department).data().toString(), QStringLiteral("客服部"));

    // And in the database: the clerk signs in with the initial password.
    f.archive->accounts().signOut();
    auto u = f.archive->accounts().signIn(QStringLiteral("xiaoli"), QStringLiteral("front-desk-1"));
    QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));
    QCOMPARE(u->role, Role::Clerk);
    QCOMPARE(u->department, QStringLiteral("客服部"));
}

void TestAccountAdmin::admin_addRefusalNamesFieldAndValue()
{
    test::Fixture f(Role::Admin);
    ui::UserAdminDialog dlg(*f.archive);
    dlg.show();

    // A login the service refuses: its message names the value; the field is marked.
    bool invalidLogin = false;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        fillNewAccount(d, QStringLiteral("9lives"), QStringLiteral("小王"), Role::Staff,
                       QStringLiteral("工程部"), QStringLiteral("desk-pass-1"), QStringLiteral("desk-pass-1"));
        QCOMPARE(d.result(), int(QDialog::Rejected)); // still open
        invalidLogin = child<QLineEdit>(&d, "loginEdit")->property("invalid").toBool();
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "addButton"), Qt::LeftButton);
    QVERIFY(invalidLogin);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("9lives")));

    // Two different passwords never reach the service.
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        fillNewAccount(d, QStringLiteral("xiaowang"), QStringLiteral("小王"), Role::Staff,
                       QStringLiteral("工程部"), QStringLiteral("desk-pass-1"), QStringLiteral("desk-pass-2"));
        QCOMPARE(d.result(), int(QDialog::Rejected));
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "addButton"), Qt::LeftButton);
    QCOMPARE(dlg.model()->rowCount(), 1);

    // A login already taken.
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        fillNewAccount(d, QStringLiteral("admin"), QStringLiteral("另一个"), Role::Staff,
                       QStringLiteral("工程部"), QStringLiteral("desk-pass-1"), QStringLiteral("desk-pass-1"));
        QCOMPARE(d.result(), int(QDialog::Rejected));
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "addButton"), Qt::LeftButton);
    QCOMPARE(ui::MessageBox::lastText(),
             accountText("The login %1 is already taken").arg(QStringLiteral("admin")));
    QCOMPARE(dlg.model()->rowCount(), 1);
}

void TestAccountAdmin::admin_resetsPassword()
{
    test::Fixture f(Role::Admin);
    const User clerk = f.becomeRole(Role::Clerk, QStringLiteral("clerk2"));
    f.archive->context().setUser(f.admin);
    ui::UserAdminDialog dlg(*f.archive);
    dlg.show();
    QVERIFY(dlg.selectUser(clerk.id));

    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        QTest::keyClicks(child<QLineEdit>(&d, "passwordEdit"), QStringLiteral("new-password-9"));
        QTest::keyClicks(child<QLineEdit>(&d, "repeatEdit"), QStringLiteral("new-password-9"));
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "resetButton"), Qt::LeftButton);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("clerk2")));

    f.archive->accounts().signOut();
    QVERIFY(!f.archive->accounts().signIn(QStringLiteral("clerk2"), QStringLiteral("desk-pass-123")));
    auto u = f.archive->accounts().signIn(QStringLiteral("clerk2"), QStringLiteral("new-password-9"));
    QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));
}

void TestAccountAdmin::admin_disablesAccount()
{
    test::Fixture f(Role::Admin);
    const User staff = f.becomeRole(Role::Staff, QStringLiteral("staff2"));
    f.archive->context().setUser(f.admin);
    ui::UserAdminDialog dlg(*f.archive);
    dlg.show();
    QVERIFY(dlg.selectUser(staff.id));
    QVERIFY(child<QPushButton>(&dlg, "resetButton")->isEnabled());

    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        QVERIFY(child<QLineEdit>(&d, "loginEdit")->isReadOnly()); // the login never changes
        QCOMPARE(child<QLineEdit>(&d, "nameEdit")->text(), staff.displayName);
        auto* active = child<QCheckBox>(&d, "activeCheck");
        QVERIFY(active->isChecked());
        active->setChecked(false);
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "editButton"), Qt::LeftButton);

    // Still listed (never deleted), shown as disabled; no password reset for it.
    QCOMPARE(dlg.model()->rowCount(), 2);
    const int row = dlg.currentRow();
    QCOMPARE(dlg.model()->user(row).login, QStringLiteral("staff2"));
    QCOMPARE(dlg.model()->index(row, ui::UserModel::Active).data().toString(), ui::UserModel::tr("Disabled"));
    QVERIFY(!child<QPushButton>(&dlg, "resetButton")->isEnabled());

    f.archive->accounts().signOut();
    auto refused = f.archive->accounts().signIn(QStringLiteral("staff2"), QStringLiteral("desk-pass-123"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             accountText("The account %1 is disabled").arg(QStringLiteral("staff2")));
}

void TestAccountAdmin::admin_cannotDisableOwnAccount()
{
    test::Fixture f(Role::Admin);
    ui::UserAdminDialog dlg(*f.archive);
    dlg.show();
    QVERIFY(dlg.selectUser(f.admin.id));
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        child<QCheckBox>(&d, "activeCheck")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Rejected));
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "editButton"), Qt::LeftButton);
    QCOMPARE(ui::MessageBox::lastText(),
             accountText("You cannot disable your own account or take away your own "
                         "administrator role"));
    QVERIFY(dlg.model()->user(dlg.currentRow()).active);
}

void TestAccountAdmin::admin_changesSignInSettings()
{
    test::Fixture f(Role::Admin);
    ui::UserAdminDialog dlg(*f.archive);
    QSignalSpy changed(&dlg, &ui::UserAdminDialog::policyChanged);
    dlg.show();
    auto* failures = child<QSpinBox>(&dlg, "failuresSpin");
    auto* lockout = child<QSpinBox>(&dlg, "lockoutSpin");
    auto* idle = child<QSpinBox>(&dlg, "idleSpin");
    QCOMPARE(failures->value(), 5); // the defaults of issue #3
    QCOMPARE(lockout->value(), 15);
    QCOMPARE(idle->value(), 10);

    failures->setValue(3);
    lockout->setValue(30);
    idle->setValue(0);
    QCOMPARE(idle->text(), ui::UserAdminDialog::tr("never"));
    QTest::mouseClick(child<QPushButton>(&dlg, "savePolicyButton"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    auto p = f.archive->accounts().policy();
    QVERIFY(p);
    QCOMPARE(p->maxFailures, 3);
    QCOMPARE(p->lockoutMinutes, 30);
    QCOMPARE(p->idleLockMinutes, 0);

    // Out of range: the service's message names the value; nothing is saved.
    failures->setValue(0);
    QTest::mouseClick(child<QPushButton>(&dlg, "savePolicyButton"), Qt::LeftButton);
    QCOMPARE(ui::MessageBox::lastText(),
             accountText("Failed sign-ins before a lockout: 1 to 100, not %1").arg(0));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.archive->accounts().policy()->maxFailures, 3);
}

void TestAccountAdmin::nonAdmin_actionsDisabled_serviceRefuses()
{
    for (Role role : {Role::Clerk, Role::Leader, Role::Manager, Role::Assistant, Role::Staff}) {
        test::Fixture f(role);
        ui::MainWindow window(*f.archive);
        window.show();
        QVERIFY2(!child<QAction>(&window, "actionManageUsers")->isEnabled(), qPrintable(roleCode(role)));
        QVERIFY(child<QAction>(&window, "actionChangePassword")->isEnabled()); // everyone's own password
        QVERIFY(child<QAction>(&window, "actionSignOut")->isEnabled());

        // Hidden buttons are not the protection: the service says no.
        auto users = f.archive->accounts().users();
        QVERIFY(!users);
        QCOMPARE(users.error().code, ErrorCode::PermissionDenied);
        User u;
        u.login = QStringLiteral("intruder");
        u.displayName = QStringLiteral("某人");
        u.role = Role::Admin;
        u.department = QStringLiteral("客服部");
        auto added = f.archive->accounts().addUser(u, QStringLiteral("desk-pass-123"));
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.archive->accounts().resetPassword(f.admin.id, QStringLiteral("taken-over-1")).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(f.archive->accounts().setPolicy(AccountPolicy{100, 1, 0}).error().code,
                 ErrorCode::PermissionDenied);

        // The dialog opened anyway shows nothing but the refusal.
        ui::UserAdminDialog dlg(*f.archive);
        QCOMPARE(dlg.model()->rowCount(), 0);
        QCOMPARE(ui::MessageBox::lastText(), users.error().message);
    }
}

void TestAccountAdmin::admin_menuHasTheActions()
{
    test::Fixture f(Role::Admin);
    ui::MainWindow window(*f.archive);
    window.show();
    QAction* manage = child<QAction>(&window, "actionManageUsers");
    QVERIFY(manage->isEnabled());
    bool opened = false;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        opened = qobject_cast<ui::UserAdminDialog*>(&d) != nullptr;
        QCOMPARE(static_cast<ui::UserAdminDialog&>(d).model()->rowCount(), 1);
    });
    manage->trigger();
    QVERIFY(opened);
}

QTEST_MAIN(TestAccountAdmin)
#include "TestAccountAdmin.moc"
