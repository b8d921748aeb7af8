// The idle auto-lock (issue #3): after the idle time without input every window is covered
// and the password asked; what was typed into an open form stays; wrong passwords keep the
// lock and, at the lockout limit, end the session. The idle time runs on a clock of the test
// (IdleLock::setClockForTests): the test moves it on and asks the lock to check, without waiting.
#include "TestSupport.h"
#include "Typing.h"

#include "ui/account/IdleLock.h"
#include "ui/account/LockDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/register/PersonForm.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ar;
using namespace ar::test::gui;

class TestIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void locksAfterIdleTime_keepsTypedText_wrongPasswordKeepsLock();
    void inputPostponesTheLock();
    void zeroMeansNever();
    void escapeDoesNotUnlock();
    void threeWrongUnlocksEndTheSession();
    void signOutFromTheLockEndsTheSession();

private:
    // A clerk at the desk with the owner form of 3-2-1201 open and a name and ID typed in.
    void openForm();
    void unlockWith(const QString& password);
    // The lock measures idle time on m_nowMs from here on.
    void useTestClock();
    // The test clock moves on by `ms`; then the lock checks, as its timer would.
    void idleFor(qint64 ms);

    std::unique_ptr<test::Fixture> m_f;
    std::unique_ptr<ui::PersonForm> m_form;
    std::unique_ptr<ui::IdleLock> m_lock;
    qint64 m_nowMs = 0;
};

void TestIdleLock::initTestCase()
{
    ui::MessageBox::setAutoAnswer(true, QMessageBox::Ok);
}

void TestIdleLock::init()
{
    ui::MessageBox::resetRecord();
    m_nowMs = 0;
    m_f = std::make_unique<test::Fixture>(Role::Clerk);
    m_f->makeSmallEstate();
}

void TestIdleLock::cleanup()
{
    m_lock.reset();
    m_form.reset();
    m_f.reset();
}

void TestIdleLock::openForm()
{
    m_form = std::make_unique<ui::PersonForm>(*m_f->archive, m_f->roomId(QStringLiteral("3-2-1201")),
                                              OccupancyRole::Owner);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    typeText(child<QLineEdit>(m_form.get(), "nameEdit"), QStringLiteral("王小明"));
    QTest::keyClicks(child<QLineEdit>(m_form.get(), "idNumberEdit"), QStringLiteral("11000019800517"));
}

void TestIdleLock::unlockWith(const QString& password)
{
    ui::LockDialog* dlg = m_lock->lockDialog();
    QVERIFY(dlg);
    QTest::keyClicks(child<QLineEdit>(dlg, "passwordEdit"), password);
    QTest::mouseClick(child<QPushButton>(dlg, "unlockButton"), Qt::LeftButton);
}

void TestIdleLock::useTestClock()
{
    m_lock->setClockForTests([this] { return m_nowMs; });
}

void TestIdleLock::idleFor(qint64 ms)
{
    m_nowMs += ms;
    m_lock->checkIdle();
}

void TestIdleLock::locksAfterIdleTime_keepsTypedText_wrongPasswordKeepsLock()
{
    openForm();
    m_lock = std::make_unique<ui::IdleLock>(*m_f->archive);
    QCOMPARE(m_lock->timeoutMs(), 10 * 60 * 1000); // the policy's default: 10 minutes
    QSignalSpy locked(m_lock.get(), &ui::IdleLock::locked);
    useTestClock();
    m_lock->setTimeoutMs(150);
    idleFor(149);
    QVERIFY(!m_lock->isLocked());
    idleFor(1);
    QVERIFY(m_lock->isLocked());
    QCOMPARE(locked.count(), 1);

    // The form is still open under a curtain, with what was typed.
    ui::LockDialog* dlg = m_lock->lockDialog();
    QVERIFY(dlg->isVisible());
    QCOMPARE(dlg->windowModality(), Qt::ApplicationModal);
    QVERIFY(child<QLabel>(dlg, "titleLabel")->text().contains(m_f->user.displayName));
    QVERIFY(m_form->isVisible());
    QWidget* curtain = m_form->findChild<QWidget*>(QStringLiteral("lockCurtain"));
    QVERIFY(curtain && curtain->isVisible());
    QCOMPARE(curtain->geometry(), m_form->rect());

    // A wrong password keeps the lock and says so.
    unlockWith(QStringLiteral("not-my-password"));
    QVERIFY(m_lock->isLocked());
    QVERIFY(child<QLabel>(dlg, "errorLabel")->isVisible());
    QCOMPARE(child<QLabel>(dlg, "errorLabel")->text(),
             QCoreApplication::translate("AccountService", "Wrong password"));
    QVERIFY(m_f->archive->context().user().has_value());

    // The right one: back to the form exactly as it was.
    m_lock->setTimeoutMs(0); // no second lock during the checks below
    unlockWith(QStringLiteral("desk-pass-123"));
    QVERIFY(!m_lock->isLocked());
    QVERIFY(m_form->isVisible());
    QVERIFY(!m_form->findChild<QWidget*>(QStringLiteral("lockCurtain")));
    QCOMPARE(child<QLineEdit>(m_form.get(), "nameEdit")->text(), QStringLiteral("王小明"));
    QCOMPARE(child<QLineEdit>(m_form.get(), "idNumberEdit")->text(), QStringLiteral("11000019800517"));
    QCOMPARE(m_f->archive->context().user()->login, m_f->user.login);
}

void TestIdleLock::inputPostponesTheLock()
{
    openForm();
    m_lock = std::make_unique<ui::IdleLock>(*m_f->archive);
    useTestClock();
    m_lock->setTimeoutMs(2000);
    idleFor(1200);
    QTest::keyClicks(child<QLineEdit>(m_form.get(), "idNumberEdit"), QStringLiteral("2"));
    idleFor(1200); // 2.4 s since the start, 1.2 s since the last key
    QVERIFY(!m_lock->isLocked());
    idleFor(799);
    QVERIFY(!m_lock->isLocked());
    idleFor(1); // 2 s since the last key
    QVERIFY(m_lock->isLocked());
    QCOMPARE(child<QLineEdit>(m_form.get(), "idNumberEdit")->text(), QStringLiteral("110000198005172"));
}

void TestIdleLock::zeroMeansNever()
{
    m_f->archive->context().setUser(m_f->admin);
    QVERIFY(m_f->archive->accounts().setPolicy(AccountPolicy{5, 15, 0}));
    m_f->archive->context().setUser(m_f->user);
    m_lock = std::make_unique<ui::IdleLock>(*m_f->archive);
    QCOMPARE(m_lock->timeoutMs(), 0);
    useTestClock();
    idleFor(24 * 60 * 60 * 1000); // a day without input
    QVERIFY(!m_lock->isLocked());

    // The administrator's new setting is read again on request.
    m_f->archive->context().setUser(m_f->admin);
    QVERIFY(m_f->archive->accounts().setPolicy(AccountPolicy{5, 15, 3}));
    m_f->archive->context().setUser(m_f->user);
    m_lock->reloadPolicy();
    QCOMPARE(m_lock->timeoutMs(), 3 * 60 * 1000);
}

void TestIdleLock::escapeDoesNotUnlock()
{
    openForm();
    m_lock = std::make_unique<ui::IdleLock>(*m_f->archive);
    m_lock->lockNow();
    QVERIFY(m_lock->isLocked());
    ui::LockDialog* dlg = m_lock->lockDialog();
    QTest::keyClick(dlg, Qt::Key_Escape);
    dlg->close();
    QVERIFY(m_lock->isLocked());
    QVERIFY(dlg->isVisible());
}

void TestIdleLock::threeWrongUnlocksEndTheSession()
{
    m_f->archive->context().setUser(m_f->admin);
    QVERIFY(m_f->archive->accounts().setPolicy(AccountPolicy{3, 15, 10}));
    m_f->archive->context().setUser(m_f->user);
    openForm();
    m_lock = std::make_unique<ui::IdleLock>(*m_f->archive);
    QSignalSpy ended(m_lock.get(), &ui::IdleLock::sessionEnded);
    m_lock->lockNow();

    unlockWith(QStringLiteral("wrong-1"));
    unlockWith(QStringLiteral("wrong-2"));
    QVERIFY(m_lock->isLocked());
    QCOMPARE(ended.count(), 0);
    unlockWith(QStringLiteral("wrong-3"));

    // The account is locked, the session over: nothing of it stays on screen.
    QCOMPARE(ended.count(), 1);
    QVERIFY(!m_lock->isLocked());
    QVERIFY(!m_f->archive->context().user().has_value());
    QVERIFY(!m_form->isVisible());
    QCOMPARE(m_form->result(), int(QDialog::Rejected));
    QVERIFY(ui::MessageBox::lastText().contains(m_f->user.login)); // "… is locked until …"
    auto again = m_f->archive->accounts().signIn(m_f->user.login, QStringLiteral("desk-pass-123"));
    QVERIFY(!again); // locked for the lockout time, even with the right password
}

void TestIdleLock::signOutFromTheLockEndsTheSession()
{
    openForm();
    m_lock = std::make_unique<ui::IdleLock>(*m_f->archive);
    QSignalSpy ended(m_lock.get(), &ui::IdleLock::sessionEnded);
    m_lock->lockNow();
    QTest::mouseClick(child<QPushButton>(m_lock->lockDialog(), "signOutButton"), Qt::LeftButton);
    QCOMPARE(ended.count(), 1);
    QVERIFY(!m_f->archive->context().user().has_value());
    QVERIFY(!m_form->isVisible());
}

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
