// The default role → permission matrix of the register (R20 for unmasking, R13 for the
// assistant), one row per cell, and the account role codes stored in the database.

#include "core/Access.h"

#include <QTest>

using namespace ar;

namespace {
const char* permissionName(Permission p)
{
    switch (p) {
    case Permission::ManageUsers:
        return "ManageUsers";
    case Permission::EditEstate:
        return "EditEstate";
    case Permission::LoadDemo:
        return "LoadDemo";
    case Permission::ViewRegister:
        return "ViewRegister";
    case Permission::RegisterPersons:
        return "RegisterPersons";
    case Permission::UnmaskSensitive:
        return "UnmaskSensitive";
    case Permission::ReadAudit:
        return "ReadAudit";
    case Permission::ConfigureArchive:
        return "ConfigureArchive";
    case Permission::FileDossiers:
        return "FileDossiers";
    case Permission::HandOver:
        return "HandOver";
    case Permission::RequestLoan:
        return "RequestLoan";
    case Permission::ApproveLoans:
        return "ApproveLoans";
    case Permission::RunDesk:
        return "RunDesk";
    case Permission::PrintForms:
        return "PrintForms";
    case Permission::ImportRegister:
        return "ImportRegister";
    case Permission::ExportLists:
        return "ExportLists";
    case Permission::CreateBackup:
        return "CreateBackup";
    case Permission::RestoreBackup:
        return "RestoreBackup";
    case Permission::HoldDossiers:
        return "HoldDossiers";
    case Permission::ReleaseHolds:
        return "ReleaseHolds";
    case Permission::ProposeDestruction:
        return "ProposeDestruction";
    case Permission::ApproveDestruction:
        return "ApproveDestruction";
    case Permission::ExecuteDestruction:
        return "ExecuteDestruction";
    case Permission::RecordViolations:
        return "RecordViolations";
    case Permission::DeclareCampaigns:
        return "DeclareCampaigns";
    case Permission::KeepDepartmentRecords:
        return "KeepDepartmentRecords";
    }
    return "?";
}
} // namespace

class TestUnitAccess : public QObject
{
    Q_OBJECT

private slots:
    void R20_roleMatrix_data();
    void R20_roleMatrix();
    void everyCellIsInTheTable();
    void roleCodesRoundTrip();
};

// Who may do what in the register (the administrator runs accounts and structure, never
// the records; the dossier access matrix of R21-R25 comes with borrowing)
// (ReadAudit: reading and verifying the audit trail, R27):
//                 ManageUsers EditEstate LoadDemo ViewRegister RegisterPersons UnmaskSensitive ReadAudit
//   leader            -          -          -          x             -               x            x
//   manager           -          -          -          x             -               -            -
//   assistant         -          -          -          x             -               -            -
//   clerk             -          x          -          x             x               x            x
//   staff             -          -          -          -             -               -            -
//   admin             x          x          x          -             -               -            x
//
// Archive work (#4 filing R11-R13, #5 borrowing R21-R25/R33, #6/#7 prints and exports R20/R27):
//                 Configure File HandOver RequestLoan ApproveLoans RunDesk Print Import Export
//   leader            -       -      -         x            x          -      x      -      x
//   manager           -       -      -         x            x          -      x      -      x
//   assistant         -       -      x         x            -          -      x      -      x
//   clerk             -       x      x         x            -          x      x      x      x
//   staff             -       -      -         x            -          -      -      -      -
//   admin             x       -      -         -            -          -      -      -      -
//
// Backups (R46):  CreateBackup RestoreBackup
//   clerk              x             -
//   admin              x             x
//   (everyone else)    -             -
//
// Violations (R49): RecordViolations    Handover campaigns (R12): DeclareCampaigns
//   leader, manager          x                                   x
//   (everyone else)          -                                   -
//
// Departments' own records (R2): KeepDepartmentRecords
//   (everyone)                       x
//   admin                            -
void TestUnitAccess::R20_roleMatrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");

    const QList<Permission> perms{Permission::ManageUsers,
                                  Permission::EditEstate,
                                  Permission::LoadDemo,
                                  Permission::ViewRegister,
                                  Permission::RegisterPersons,
                                  Permission::UnmaskSensitive,
                                  Permission::ReadAudit,
                                  Permission::ConfigureArchive,
                                  Permission::FileDossiers,
                                  Permission::HandOver,
                                  Permission::RequestLoan,
                                  Permission::ApproveLoans,
                                  Permission::RunDesk,
                                  Permission::PrintForms,
                                  Permission::ImportRegister,
                                  Permission::ExportLists,
                                  Permission::CreateBackup,
                                  Permission::RestoreBackup,
                                  Permission::HoldDossiers,
                                  Permission::ReleaseHolds,
                                  Permission::ProposeDestruction,
                                  Permission::ApproveDestruction,
                                  Permission::ExecuteDestruction,
                                  Permission::RecordViolations,
                                  Permission::DeclareCampaigns,
                                  Permission::KeepDepartmentRecords};
    const bool x = true, _ = false;
    const QList<std::pair<Role, QList<bool>>> matrix{
        {Role::Leader,
         {_, _, _, x, _, x, x, /**/ _, _, _, x, x, _, x, _, x, /**/ _, _, /**/ x, x, _, x, _, /**/ x, x, x}},
        {Role::Manager,
         {_, _, _, x, _, _, _, /**/ _, _, _, x, x, _, x, _, x, /**/ _, _, /**/ x, x, _, x, x, /**/ x, x, x}},
        {Role::Assistant,
         {_, _, _, x, _, _, _, /**/ _, _, x, x, _, _, x, _, x, /**/ _, _, /**/ _, _, _, _, _, /**/ _, _, x}},
        {Role::Clerk,
         {_, x, _, x, x, x, x, /**/ _, x, x, x, _, x, x, x, x, /**/ x, _, /**/ x, _, x, _, x, /**/ _, _, x}},
        {Role::Staff,
         {_, _, _, _, _, _, _, /**/ _, _, _, x, _, _, _, _, _, /**/ _, _, /**/ _, _, _, _, _, /**/ _, _, x}},
        {Role::Admin,
         {x, x, x, _, _, _, x, /**/ x, _, _, _, _, _, _, _, _, /**/ x, x, /**/ _, _, _, _, _, /**/ _, _, _}},
    };
    for (const auto& [role, row] : matrix)
        for (int i = 0; i < perms.size(); ++i)
            QTest::addRow("%s × %s", qPrintable(roleCode(role)), permissionName(perms.at(i)))
                << int(role) << int(perms.at(i)) << row.at(i);
}

void TestUnitAccess::R20_roleMatrix()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    QCOMPARE(allows(Role(role), Permission(permission)), allowed);
}

void TestUnitAccess::everyCellIsInTheTable()
{
    // A new role or permission must get its row in the table above, not a silent default.
    QCOMPARE(allAccountRoles().size(), 6);
    QCOMPARE(int(Permission::KeepDepartmentRecords), 25); // the last one
}

void TestUnitAccess::roleCodesRoundTrip()
{
    for (Role r : allAccountRoles()) {
        bool ok = false;
        QCOMPARE(accountRoleFromCode(roleCode(r), &ok), r);
        QVERIFY(ok);
        QVERIFY(!roleLabel(r).isEmpty());
    }
    bool ok = true;
    // An unknown code falls back to the least privileged role.
    QCOMPARE(accountRoleFromCode(QStringLiteral("superuser"), &ok), Role::Staff);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestUnitAccess)
#include "TestUnitAccess.moc"
