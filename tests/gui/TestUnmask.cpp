// R20 in the window: "Show full details…" unmasks one person for a reason, audited; only the
// roles that may unmask have the action, and the service refuses the others anyway.
#include "WindowTestBase.h"

#include "ui/common/DialogRunner.h"
#include "ui/common/DialogSeam.h"
#include "ui/register/PersonDetailsDialog.h"
#include "ui/register/UnmaskReasonDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;

class TestUnmask : public QObject, protected WindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase("TestUnmask"); }
    void init() { start(); }
    void cleanup()
    {
        DialogRunner::setNextHandler({});
        stop();
    }

    void R20_clerkSeesFullDetailsForAReason();
    void R20_reasonIsRequired();
    void R20_reasonDialogOkNeedsText();
    void R20_rolesWithoutUnmaskHaveTheActionDisabled_data();
    void R20_rolesWithoutUnmaskHaveTheActionDisabled();
    void R20_leaderMayUnmask();

private:
    void selectWang()
    {
        QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201"))));
        QVERIFY(m_window->selectPerson(m_wang));
    }
};

void TestUnmask::R20_clerkSeesFullDetailsForAReason()
{
    registerOwners();
    openWindow();
    selectWang();
    QAction* unmask = action("actionUnmaskPerson");
    QVERIFY(unmask->isEnabled());
    // The list stays masked.
    QCOMPARE(m_window->occupantModel()->index(0, OccupantModel::Phone).data().toString(),
             QStringLiteral("138****5678"));

    DialogSeam<UnmaskReason>::setNext(UnmaskReason{QStringLiteral("核对身份")});
    QString id, phones, reasonText;
    bool selectable = false;
    DialogRunner::setNextHandler([&](QDialog& d) {
        auto& details = static_cast<PersonDetailsDialog&>(d);
        id = details.value(QStringLiteral("id_number"));
        phones = details.value(QStringLiteral("phones"));
        reasonText = child<QLabel>(&d, "reasonLabel")->text();
        selectable = child<QLabel>(&d, "id_numberValue")->textInteractionFlags() & Qt::TextSelectableByMouse;
    });
    unmask->trigger();
    QCOMPARE(id, fakeId(QDate(1980, 5, 17), true, 21));
    QCOMPARE(phones, QStringLiteral("13812345678"));
    QVERIFY(reasonText.contains(QStringLiteral("核对身份")));
    QVERIFY(selectable);

    // The unmask is in the audit trail, with its reason.
    AuditService::Filter filter;
    filter.personId = m_wang;
    filter.action = auditActionCode(AuditAction::Unmask);
    auto trail = m_f->archive->audit().list(filter);
    QVERIFY2(trail.ok(), trail.ok() ? "" : qPrintable(trail.error().message));
    QCOMPARE(trail->size(), 1);
    QCOMPARE(trail->first().record.reason, QStringLiteral("核对身份"));
    QCOMPARE(trail->first().record.userLogin, m_f->user.login);
    // Still masked in the list afterwards.
    QCOMPARE(m_window->occupantModel()->index(0, OccupantModel::Phone).data().toString(),
             QStringLiteral("138****5678"));
}

void TestUnmask::R20_reasonIsRequired()
{
    registerOwners();
    openWindow();
    selectWang();
    bool shown = false;
    DialogRunner::setNextHandler([&](QDialog&) { shown = true; });

    // Cancelled: nothing happens.
    DialogSeam<UnmaskReason>::setNext(std::nullopt);
    action("actionUnmaskPerson")->trigger();
    QVERIFY(!shown);

    // No reason: the service refuses and says why; nothing is shown or recorded.
    MessageBox::resetRecord();
    DialogSeam<UnmaskReason>::setNext(UnmaskReason{QStringLiteral("  ")});
    action("actionUnmaskPerson")->trigger();
    QVERIFY(!shown);
    QCOMPARE(MessageBox::lastText(),
             QCoreApplication::translate("RegisterService",
                                         "Say why the full values are needed (a reason is required)"));
    AuditService::Filter filter;
    filter.action = auditActionCode(AuditAction::Unmask);
    QCOMPARE(m_f->archive->audit().list(filter)->size(), 0);
}

void TestUnmask::R20_reasonDialogOkNeedsText()
{
    UnmaskReasonDialog dlg(QStringLiteral("王小明"));
    dlg.show();
    auto* ok = child<QPushButton>(&dlg, "okButton");
    QVERIFY(!ok->isEnabled());
    auto* combo = child<QComboBox>(&dlg, "reasonCombo");
    typeText(combo->lineEdit(), QStringLiteral("业主本人来访"));
    QVERIFY(ok->isEnabled());
    combo->lineEdit()->clear();
    QVERIFY(!ok->isEnabled());
    combo->setCurrentIndex(0); // one of the usual reasons
    QVERIFY(ok->isEnabled());
    QCOMPARE(dlg.reason(), combo->itemText(0));
}

void TestUnmask::R20_rolesWithoutUnmaskHaveTheActionDisabled_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("assistant") << Role::Assistant;
    QTest::newRow("manager") << Role::Manager;
    QTest::newRow("staff") << Role::Staff;
    QTest::newRow("admin") << Role::Admin;
}

void TestUnmask::R20_rolesWithoutUnmaskHaveTheActionDisabled()
{
    QFETCH(Role, role);
    registerOwners();
    if (role == Role::Admin)
        m_f->archive->context().setUser(m_f->admin);
    else
        m_f->becomeRole(role);
    openWindow();
    m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201")));
    m_window->selectPerson(m_wang); // assistants and managers see the list (masked); the others not
    QVERIFY(!action("actionUnmaskPerson")->isEnabled());
    bool asked = false;
    DialogRunner::setNextHandler([&](QDialog&) { asked = true; });
    action("actionUnmaskPerson")->trigger();
    QVERIFY(!asked);

    // The service refuses, whatever the window does.
    auto p = m_f->archive->people().unmasked(m_wang, QStringLiteral("好奇"));
    QVERIFY(!p);
    QCOMPARE(p.error().code, ErrorCode::PermissionDenied);
}

void TestUnmask::R20_leaderMayUnmask()
{
    registerOwners();
    m_f->becomeRole(Role::Leader);
    openWindow();
    selectWang();
    QVERIFY(action("actionUnmaskPerson")->isEnabled());
    DialogSeam<UnmaskReason>::setNext(UnmaskReason{QStringLiteral("公安机关查询")});
    QString phones;
    DialogRunner::setNextHandler(
        [&](QDialog& d) { phones = static_cast<PersonDetailsDialog&>(d).value(QStringLiteral("phones")); });
    action("actionUnmaskPerson")->trigger();
    QCOMPARE(phones, QStringLiteral("13812345678"));
}

QTEST_MAIN(TestUnmask)
#include "TestUnmask.moc"
