// The recovery key shown once (and printed), "Forgot password" with the recovery key, and
// changing one's own password — driven by object name on the offscreen platform.
#include "TestSupport.h"
#include "Typing.h"

#include "ui/MainWindow.h"
#include "ui/account/ChangePasswordDialog.h"
#include "ui/account/RecoverDialog.h"
#include "ui/account/RecoveryKeyDialog.h"
#include "ui/account/SignInDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace ar;
using namespace ar::test::gui;

namespace {
QString accountText(const char* source)
{
    return QCoreApplication::translate("AccountService", source);
}
} // namespace

class TestPasswordDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void recoveryKey_okDisabledUntilTicked();
    void recoveryKey_printsThePage();
    void recoveryKey_shownOnceAfterFirstRun();
    void recover_wrongKeyRefused_rightKeySetsPassword();
    void changePassword_wrongOldRefused_newOneSignsIn();
    void changePassword_lockoutEndsTheSession();
    void signOut_actionAsksTheWindowToEndTheSession();
};

void TestPasswordDialogs::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestPasswordDialogs"));
    ui::MessageBox::setAutoAnswer(true, QMessageBox::Ok);
    // No printer here: the page goes to the test.
    ui::RecoveryKeyDialog::setPrintHandler([](QTextDocument&) {});
}

void TestPasswordDialogs::init()
{
    ui::MessageBox::resetRecord();
    QSettings().clear();
}

void TestPasswordDialogs::recoveryKey_okDisabledUntilTicked()
{
    const QString key = QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH-JKLM-NPQR-STUV");
    ui::RecoveryKeyDialog dlg(key, QStringLiteral("/tmp/archiveroom.db"));
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto* ok = child<QPushButton>(&dlg, "okButton");
    auto* keyLabel = child<QLabel>(&dlg, "keyLabel");
    // The whole key, selectable, in a fixed-pitch font.
    QCOMPARE(keyLabel->text().remove(QLatin1Char('\n')).remove(QLatin1Char('-')),
             QString(key).remove(QLatin1Char('-')));
    QVERIFY(keyLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
    const QFontMetrics metrics(keyLabel->font());
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('1')), metrics.horizontalAdvance(QLatin1Char('W')));

    QVERIFY(!ok->isEnabled());
    QTest::keyClick(&dlg, Qt::Key_Escape); // closing without the tick would lose the key
    QVERIFY(dlg.isVisible());
    dlg.close();
    QVERIFY(dlg.isVisible());

    auto* tick = child<QCheckBox>(&dlg, "confirmCheck");
    QTest::mouseClick(tick, Qt::LeftButton, {}, QPoint(8, tick->height() / 2)); // on the box itself
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QVERIFY(!dlg.isVisible());
}

void TestPasswordDialogs::recoveryKey_printsThePage()
{
    const QString key = QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH-JKLM-NPQR-STUV");
    ui::RecoveryKeyDialog dlg(key, QStringLiteral("/srv/archiveroom.db"));
    dlg.show();
    QString printed;
    ui::RecoveryKeyDialog::setPrintHandler([&](QTextDocument& page) { printed = page.toPlainText(); });
    QTest::mouseClick(child<QPushButton>(&dlg, "printButton"), Qt::LeftButton);
    ui::RecoveryKeyDialog::setPrintHandler([](QTextDocument&) {});
    for (const QString& group : key.split(QLatin1Char('-')))
        QVERIFY(printed.contains(group));
    QVERIFY(printed.contains(QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV")));
    QVERIFY(printed.contains(QStringLiteral("/srv/archiveroom.db")));
    QVERIFY(dlg.isVisible()); // printing alone does not close it
}

void TestPasswordDialogs::recoveryKey_shownOnceAfterFirstRun()
{
    test::Fixture f(Role::Admin); // createFirstAdmin made the key
    QString shown;
    bool okEnabledAtFirst = true;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        shown = child<QLabel>(&d, "keyLabel")->text();
        okEnabledAtFirst = child<QPushButton>(&d, "okButton")->isEnabled();
        child<QCheckBox>(&d, "confirmCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
    });
    ui::RecoveryKeyDialog::showIfPending(*f.archive, f.dbPath());
    QVERIFY(!shown.isEmpty());
    QVERIFY(!okEnabledAtFirst);

    // Once only: nothing more to show.
    bool again = false;
    ui::DialogRunner::setNextHandler([&](QDialog&) { again = true; });
    ui::RecoveryKeyDialog::showIfPending(*f.archive, f.dbPath());
    QVERIFY(!again);
    ui::DialogRunner::setNextHandler({});

    // What was shown is the key: it gives the administrator a new password.
    f.archive->accounts().signOut();
    const Status s =
        f.archive->accounts().recover(shown, QStringLiteral("admin"), QStringLiteral("recovered-1"));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
}

void TestPasswordDialogs::recover_wrongKeyRefused_rightKeySetsPassword()
{
    test::Fixture f(Role::Clerk);
    const QString key = f.archive->accounts().takeRecoveryKey();
    QVERIFY(!key.isEmpty());
    f.archive->accounts().signOut();

    ui::SignInDialog signIn(*f.archive);
    signIn.setLogin(QStringLiteral("clerk1"));
    signIn.show();
    QString wrongKeyError;
    bool keyMarked = false;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        QCOMPARE(child<QLineEdit>(&d, "loginEdit")->text(), QStringLiteral("clerk1")); // taken over
        auto* keyEdit = child<QLineEdit>(&d, "keyEdit");
        QTest::keyClicks(keyEdit, QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
        QTest::keyClicks(child<QLineEdit>(&d, "passwordEdit"), QStringLiteral("brand-new-pw"));
        QTest::keyClicks(child<QLineEdit>(&d, "repeatEdit"), QStringLiteral("brand-new-pw"));
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        wrongKeyError = child<QLabel>(&d, "errorLabel")->text();
        keyMarked = keyEdit->property("invalid").toBool();

        // The printed key, typed in lower case and with spaces, works.
        keyEdit->clear();
        QTest::keyClicks(keyEdit, key.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(!child<QLabel>(&d, "errorLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    });
    QTest::mouseClick(child<QPushButton>(&signIn, "forgotButton"), Qt::LeftButton);
    QCOMPARE(wrongKeyError, accountText("This is not the recovery key of this archive"));
    QVERIFY(keyMarked);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("clerk1")));
    QVERIFY(!f.archive->context().user().has_value()); // recovering is not signing in

    // Back in the sign-in dialog: the new password signs in, the old one no longer does.
    QCOMPARE(signIn.login(), QStringLiteral("clerk1"));
    auto* password = child<QLineEdit>(&signIn, "passwordEdit");
    QTest::keyClicks(password, QStringLiteral("desk-pass-123"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(signIn.result() != QDialog::Accepted);
    QTest::keyClicks(password, QStringLiteral("brand-new-pw"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(signIn.result(), int(QDialog::Accepted));
    QCOMPARE(f.archive->context().user()->login, QStringLiteral("clerk1"));
}

void TestPasswordDialogs::changePassword_wrongOldRefused_newOneSignsIn()
{
    test::Fixture f(Role::Staff);
    ui::ChangePasswordDialog dlg(*f.archive);
    dlg.show();
    auto* oldEdit = child<QLineEdit>(&dlg, "oldEdit");
    auto* newEdit = child<QLineEdit>(&dlg, "newEdit");
    auto* repeat = child<QLineEdit>(&dlg, "repeatEdit");
    auto* error = child<QLabel>(&dlg, "errorLabel");
    auto* ok = child<QPushButton>(&dlg, "okButton");

    QTest::keyClicks(oldEdit, QStringLiteral("not-it"));
    QTest::keyClicks(newEdit, QStringLiteral("staff-new-1"));
    QTest::keyClicks(repeat, QStringLiteral("staff-new-2"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(error->isVisible()); // the two new ones differ
    QVERIFY(repeat->property("invalid").toBool());

    retype(repeat, QStringLiteral("staff-new-1"));
    QVERIFY(!error->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(error->text(), accountText("Wrong password"));
    QVERIFY(oldEdit->property("invalid").toBool());
    QVERIFY(oldEdit->text().isEmpty());

    QTest::keyClicks(oldEdit, QStringLiteral("desk-pass-123"));
    retype(newEdit, QStringLiteral("short"));
    retype(repeat, QStringLiteral("short"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(error->text(),
             QCoreApplication::translate("PasswordPolicy", "The password must have at least %1 "
                                                           "characters (the administrator's "
                                                           "setting); this one has %2")
                 .arg(8)
                 .arg(5));
    QVERIFY(newEdit->property("invalid").toBool());

    retype(newEdit, QStringLiteral("staff-new-1"));
    retype(repeat, QStringLiteral("staff-new-1"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QVERIFY(!dlg.sessionEnded());

    f.archive->accounts().signOut();
    QVERIFY(!f.archive->accounts().signIn(f.user.login, QStringLiteral("desk-pass-123")));
    auto u = f.archive->accounts().signIn(f.user.login, QStringLiteral("staff-new-1"));
    QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));
}

void TestPasswordDialogs::changePassword_lockoutEndsTheSession()
{
    test::Fixture f(Role::Clerk);
    f.archive->context().setUser(f.admin);
    QVERIFY(f.archive->accounts().setPolicy(AccountPolicy{3, 15, 10}));
    f.archive->context().setUser(f.user);
    ui::MainWindow window(*f.archive);
    window.show();
    QSignalSpy signOut(&window, &ui::MainWindow::signOutRequested);
    bool ended = false;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        for (int i = 0; i < 3; ++i) {
            QTest::keyClicks(child<QLineEdit>(&d, "oldEdit"), QStringLiteral("guess-%1").arg(i));
            retype(child<QLineEdit>(&d, "newEdit"), QStringLiteral("whatever-1"));
            retype(child<QLineEdit>(&d, "repeatEdit"), QStringLiteral("whatever-1"));
            QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
        }
        ended = static_cast<ui::ChangePasswordDialog&>(d).sessionEnded();
    });
    child<QAction>(&window, "actionChangePassword")->trigger();
    QVERIFY(ended);
    QCOMPARE(signOut.count(), 1);
    QVERIFY(!f.archive->context().user().has_value());
}

void TestPasswordDialogs::signOut_actionAsksTheWindowToEndTheSession()
{
    test::Fixture f(Role::Clerk);
    ui::MainWindow window(*f.archive);
    window.show();
    QSignalSpy signOut(&window, &ui::MainWindow::signOutRequested);
    child<QAction>(&window, "actionSignOut")->trigger();
    QCOMPARE(signOut.count(), 1);
}

QTEST_MAIN(TestPasswordDialogs)
#include "TestPasswordDialogs.moc"
