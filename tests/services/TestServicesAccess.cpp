// The access matrix of R21–R25 as data: every cell of the default, and an administrator's change.
#include "ServiceHelpers.h"

using namespace ar;
using namespace ar::test;

class TestServicesAccess : public QObject
{
    Q_OBJECT

private slots:
    void defaultMatrix_data();
    void defaultMatrix();
    void everyRoleAndModeHasARow();
    void anAdministratorAdjustsOneCategory();
    void adjustingIsCheckedAndForAdministratorsOnly();
};

// Each row is named after the rule that decides it.
void TestServicesAccess::defaultMatrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("approver");
    QTest::addColumn<QString>("rule");
    const auto G = int(AccessOutcome::Granted), A = int(AccessOutcome::NeedsApproval),
               X = int(AccessOutcome::Refused);
    const auto none = int(Approver::None), owning = int(Approver::OwningDepartmentHead);
    const auto V = int(AccessMode::View), B = int(AccessMode::Borrow), C = int(AccessMode::Copy);
    QTest::newRow("R21 leader views") << int(Role::Leader) << V << G << none << QStringLiteral("R21");
    QTest::newRow("R21 leader takes out") << int(Role::Leader) << B << G << none << QStringLiteral("R21");
    QTest::newRow("R22 manager views in the room")
        << int(Role::Manager) << V << G << none << QStringLiteral("R22");
    QTest::newRow("R22 manager take-out is registered")
        << int(Role::Manager) << B << G << none << QStringLiteral("R22");
    QTest::newRow("R22 assistant views in the room")
        << int(Role::Assistant) << V << G << none << QStringLiteral("R22");
    QTest::newRow("R22 assistant take-out is registered")
        << int(Role::Assistant) << B << G << none << QStringLiteral("R22");
    QTest::newRow("R15 clerk is the custodian: views")
        << int(Role::Clerk) << V << G << none << QStringLiteral("R15");
    QTest::newRow("R15 clerk is the custodian: takes out")
        << int(Role::Clerk) << B << G << none << QStringLiteral("R15");
    // R2 over R23: the head of the owning department signs, not the borrower's own head.
    QTest::newRow("R2 R23 staff view needs the owning head")
        << int(Role::Staff) << V << A << owning << QStringLiteral("R23");
    QTest::newRow("R2 R23 staff take-out needs the owning head")
        << int(Role::Staff) << B << A << owning << QStringLiteral("R23");
    for (Role r : {Role::Leader, Role::Manager, Role::Assistant, Role::Clerk, Role::Staff})
        QTest::addRow("R25 %s copy needs the owning department", qPrintable(roleCode(r)))
            << int(r) << C << A << owning << QStringLiteral("R25");
    for (int m : {V, B, C})
        QTest::addRow("R20 admin %s is refused", qPrintable(accessModeCode(AccessMode(m))))
            << int(Role::Admin) << m << X << none << QStringLiteral("R20");
}

void TestServicesAccess::defaultMatrix()
{
    QFETCH(int, role);
    QFETCH(int, mode);
    QFETCH(int, outcome);
    QFETCH(int, approver);
    QFETCH(QString, rule);
    Fixture f;
    // The same default for every category (R1): owner dossiers and finance alike.
    for (const char* category : {"owner", "finance", "repair"}) {
        auto d = f.archive->access().decide(Role(role), QString::fromLatin1(category), AccessMode(mode));
        AR_VERIFY_OK(d);
        QCOMPARE(int(d->outcome), outcome);
        QCOMPARE(int(d->approver), approver);
        QCOMPARE(d->rule, rule);
    }
}

void TestServicesAccess::everyRoleAndModeHasARow()
{
    Fixture f;
    auto rules = f.archive->access().rules();
    AR_VERIFY_OK(rules);
    QCOMPARE(rules->size(), allAccountRoles().size() * 3);
}

void TestServicesAccess::anAdministratorAdjustsOneCategory()
{
    Fixture f(Role::Admin);
    // Finance keeps its papers closer: staff may not even ask to take them out.
    AccessRule r;
    r.role = Role::Staff;
    r.category = QStringLiteral("finance");
    r.mode = AccessMode::Borrow;
    r.decision = {AccessOutcome::InRoomOnly, Approver::None, QStringLiteral("R23")};
    AR_VERIFY_OK(f.archive->access().setRule(r));
    auto finance = f.archive->access().decide(Role::Staff, QStringLiteral("finance"), AccessMode::Borrow);
    QCOMPARE(finance->outcome, AccessOutcome::InRoomOnly);
    auto owner = f.archive->access().decide(Role::Staff, QStringLiteral("owner"), AccessMode::Borrow);
    QCOMPARE(owner->outcome, AccessOutcome::NeedsApproval); // other categories keep the default
    f.becomeRole(Role::Staff);
    auto mine = f.archive->access().decideForMe(QStringLiteral("finance"), AccessMode::Borrow);
    QCOMPARE(mine->outcome, AccessOutcome::InRoomOnly);
    QCOMPARE(mine->rule, QStringLiteral("R23"));
}

void TestServicesAccess::adjustingIsCheckedAndForAdministratorsOnly()
{
    Fixture f(Role::Admin);
    AccessRule r;
    r.role = Role::Staff;
    r.category = QStringLiteral("nonsense");
    r.mode = AccessMode::View;
    r.decision = {AccessOutcome::Granted, Approver::None, QStringLiteral("R23")};
    QCOMPARE(f.archive->access().setRule(r).error().code, ErrorCode::InvalidInput);
    r.category = QStringLiteral("owner");
    r.decision.rule = QStringLiteral("because");
    QCOMPARE(f.archive->access().setRule(r).error().code, ErrorCode::InvalidInput);
    r.decision = {AccessOutcome::NeedsApproval, Approver::None, QStringLiteral("R23")};
    QCOMPARE(f.archive->access().setRule(r).error().code, ErrorCode::InvalidInput);
    // R2 over R23: the borrower's own head is not an approver any more.
    r.decision = {AccessOutcome::NeedsApproval, Approver::OwnDepartmentHead, QStringLiteral("R23")};
    QCOMPARE(f.archive->access().setRule(r).error().field, QStringLiteral("approver"));
    AccessRule self;
    self.role = Role::Admin;
    self.mode = AccessMode::View;
    self.decision = {AccessOutcome::Granted, Approver::None, QStringLiteral("R21")};
    QCOMPARE(f.archive->access().setRule(self).error().code, ErrorCode::InvalidInput);
    f.becomeRole(Role::Clerk);
    r.decision = {AccessOutcome::Granted, Approver::None, QStringLiteral("R23")};
    QCOMPARE(f.archive->access().setRule(r).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(f.archive->access().decide(Role::Staff, QStringLiteral("owner"), AccessMode::View)->outcome,
             AccessOutcome::NeedsApproval);
}

QTEST_GUILESS_MAIN(TestServicesAccess)
#include "TestServicesAccess.moc"
