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
//   assistant         -          -          -          x             x               -            -
//   clerk             -          x          -          x             x               x            x
//   staff             -          -          -          -             -               -            -
//   admin             x          x          x          -             -               -            x
void TestUnitAccess::R20_roleMatrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");

    const QList<Permission> perms{Permission::ManageUsers,     Permission::EditEstate,
                                  Permission::LoadDemo,        Permission::ViewRegister,
                                  Permission::RegisterPersons, Permission::UnmaskSensitive,
                                  Permission::ReadAudit};
    const QList<std::pair<Role, QList<bool>>> matrix{
        {Role::Leader, {false, false, false, true, false, true, true}},
        {Role::Manager, {false, false, false, true, false, false, false}},
        {Role::Assistant, {false, false, false, true, true, false, false}},
        {Role::Clerk, {false, true, false, true, true, true, true}},
        {Role::Staff, {false, false, false, false, false, false, false}},
        {Role::Admin, {true, true, true, false, false, false, true}},
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
    QCOMPARE(int(Permission::ReadAudit), 6);
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
