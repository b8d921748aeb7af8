// The start-up loop of the window (ui/GuiMain): sign in → main window → sign out → sign in …
// without quitting, also when the session ends while a dialog is open; closing the sign-in
// dialog ends the program. Driven by a timer that answers whatever window is showing.
#include "TestSupport.h"
#include "Typing.h"

#include "services/TrialArchive.h"
#include "ui/GuiMain.h"
#include "ui/MainWindow.h"
#include "ui/account/SignInDialog.h"
#include "ui/account/UserAdminDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <functional>

using namespace ar;
using namespace ar::test::gui;

namespace {

template <typename T> T* visible()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    return nullptr;
}

void signInAs(ui::SignInDialog* d, const QString& login, const QString& password)
{
    retype(child<QLineEdit>(d, "loginEdit"), login);
    QTest::keyClicks(child<QLineEdit>(d, "passwordEdit"), password);
    QTest::mouseClick(child<QPushButton>(d, "signInButton"), Qt::LeftButton);
}

// Runs the program's window loop (ui::runGui) with `tick` called every 20 ms to answer whatever
// window shows, until the loop ends; a loop stuck for `seconds` fails the test with where it was.
int runDriven(const std::function<void()>& tick, const int& step, const QStringList& seen, int seconds)
{
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, tick);
    driver.start();
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        qFatal("stuck at step %d after %s", step, qPrintable(seen.join(QStringLiteral(" | "))));
    });
    watchdog.start(seconds * 1000);
    const int code = ui::runGui(*qApp);
    driver.stop();
    watchdog.stop();
    return code;
}

} // namespace

class TestSessionLoop : public QObject
{
    Q_OBJECT

private slots:
    void signOutReturnsToSignIn_quitFromSignInEnds();
    void fileMenuSwitchesToTheTrialArchiveAndBack();
};

void TestSessionLoop::signOutReturnsToSignIn_quitFromSignInEnds()
{
    test::Fixture f(Role::Clerk);
    const QString path = f.dbPath();
    f.archive.reset(); // the window opens the file itself
    qputenv("ARCHIVEROOM_DB", path.toUtf8());
    qputenv("ARCHIVEROOM_LANG", "en");

    QStringList seen;
    int step = 0;
    const auto tick = [&] {
        auto* signIn = visible<ui::SignInDialog>();
        auto* window = visible<ui::MainWindow>();
        auto* admin = visible<ui::UserAdminDialog>();
        if (step == 0 && signIn) {
            seen << QStringLiteral("sign-in");
            ++step;
            signInAs(signIn, QStringLiteral("clerk1"), QStringLiteral("desk-pass-123"));
        } else if (step == 1 && window && !signIn) {
            seen << child<QLabel>(window, "userLabel")->text();
            ++step;
            child<QAction>(window, "actionSignOut")->trigger();
        } else if (step == 2 && signIn && !window) {
            seen << QStringLiteral("sign-in");
            ++step;
            signInAs(signIn, QStringLiteral("admin"), QStringLiteral("gate-keeper-2026"));
        } else if (step == 3 && window && !signIn) {
            seen << child<QLabel>(window, "userLabel")->text();
            ++step;
            // A nested dialog, left open; from outside this slot, as a timer never fires inside
            // its own slot (the dialog's event loop would not run the driver).
            QAction* manage = child<QAction>(window, "actionManageUsers");
            QTimer::singleShot(0, manage, &QAction::trigger);
        } else if (step == 4 && admin) {
            seen << QStringLiteral("users");
            ++step;
            // The session ends while the dialog is open (as the idle lock's sign-out does).
            emit visible<ui::MainWindow>()->signOutRequested();
        } else if (step == 5 && signIn && !window && !admin) {
            seen << QStringLiteral("sign-in");
            ++step;
            QTest::mouseClick(child<QPushButton>(signIn, "cancelButton"), Qt::LeftButton);
        }
    };
    const int code = runDriven(tick, step, seen, 20);
    QCOMPARE(code, 0);
    QCOMPARE(step, 6);
    QCOMPARE(seen.size(), 6);
    QVERIFY(seen.at(1).contains(QStringLiteral("clerk1")) || seen.at(1).contains(roleLabel(Role::Clerk)));
    QVERIFY(seen.at(3).contains(roleLabel(Role::Admin)));
    QCOMPARE(seen.at(4), QStringLiteral("users"));
    QCOMPARE(seen.at(5), QStringLiteral("sign-in"));
}

// Issue #20 item 11: File › Trial archive closes the real archive and opens the trial (made on
// the way), whose sign-in names its accounts; its window is marked; File › Back to the real archive
// returns to the real archive's sign-in.
void TestSessionLoop::fileMenuSwitchesToTheTrialArchiveAndBack()
{
    test::Fixture f(Role::Clerk);
    const QString path = f.dbPath();
    f.archive.reset();
    qputenv("ARCHIVEROOM_DB", path.toUtf8());
    qputenv("ARCHIVEROOM_LANG", "en");

    QStringList seen;
    int step = 0;
    const auto tick = [&] {
        auto* signIn = visible<ui::SignInDialog>();
        auto* window = visible<ui::MainWindow>();
        auto trialMarked = [](ui::MainWindow* w) {
            return w->findChild<QToolBar*>(QStringLiteral("trialBar"));
        };
        if (step == 0 && signIn) {
            ++step;
            signInAs(signIn, QStringLiteral("clerk1"), QStringLiteral("desk-pass-123"));
        } else if (step == 1 && window && !signIn) {
            seen << (trialMarked(window) ? QStringLiteral("trial window") : QStringLiteral("real window"));
            ++step;
            QAction* toTrial = child<QAction>(window, "actionTrialArchive");
            QTimer::singleShot(0, toTrial, &QAction::trigger);
        } else if (step == 2 && signIn && !window) {
            auto* note = signIn->findChild<QLabel*>(QStringLiteral("noteLabel"));
            seen << (note && note->text().contains(trial::password()) ? QStringLiteral("trial sign-in")
                                                                      : QStringLiteral("sign-in"));
            ++step;
            QCOMPARE(signIn->login(), QStringLiteral("clerk"));
            signInAs(signIn, QStringLiteral("clerk"), trial::password());
        } else if (step == 3 && window && !signIn) {
            seen << (trialMarked(window) ? QStringLiteral("trial window") : QStringLiteral("real window"));
            ++step;
            QAction* back = child<QAction>(window, "actionTrialArchive");
            QTimer::singleShot(0, back, &QAction::trigger);
        } else if (step == 4 && signIn && !window) {
            seen << (signIn->findChild<QLabel*>(QStringLiteral("noteLabel")) ? QStringLiteral("trial sign-in")
                                                                             : QStringLiteral("sign-in"));
            ++step;
            QTest::mouseClick(child<QPushButton>(signIn, "cancelButton"), Qt::LeftButton);
        }
    };
    const int code = runDriven(tick, step, seen, 60);
    QCOMPARE(code, 0);
    QCOMPARE(seen, (QStringList{QStringLiteral("real window"), QStringLiteral("trial sign-in"),
                                QStringLiteral("trial window"), QStringLiteral("sign-in")}));
    // The real archive has no estate of the demo; the trial has.
    auto real = Archive::open(path, &f.clock);
    QVERIFY(real);
    QVERIFY(real.value()->accounts().signIn(QStringLiteral("clerk1"), QStringLiteral("desk-pass-123")));
    QCOMPARE(real.value()->estate().estates()->size(), 0);
    auto t = Archive::open(trial::pathFor(path), &f.clock);
    QVERIFY(t);
    QVERIFY(t.value()->accounts().signIn(QStringLiteral("clerk"), trial::password()));
    QVERIFY(!t.value()->estate().estates()->isEmpty());
}

QTEST_MAIN(TestSessionLoop)
#include "TestSessionLoop.moc"
