#pragma once

#include <QList>
#include <QString>

namespace ar {

// Account roles (BRIEF, security model).
enum class Role
{
    Leader,
    Manager,
    Assistant,
    Clerk,
    Staff,
    Admin
};

// What a service may be asked to do. Checked in services, never only by hiding a button.
enum class Permission
{
    ManageUsers,     // add and change accounts
    EditEstate,      // estates, phases, buildings, units, rooms
    LoadDemo,        // fill an empty archive with generated data
    ViewRegister,    // see the rooms and who lives there (masked)
    RegisterPersons, // register and correct owners, tenants, members, agents
    UnmaskSensitive, // see ID numbers, phones, addresses, work units in full
    ReadAudit,       // read and verify the audit trail (R27)
};

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Staff;
    QString department;
    bool active = true;
};

QString roleCode(Role r);
Role accountRoleFromCode(const QString& code, bool* ok = nullptr);
QString roleLabel(Role r);
QList<Role> allAccountRoles();

// The default role → permission matrix for the register. Issue #3 turns the dossier-access
// part into data an administrator adjusts; these register permissions stay role-based.
bool allows(Role role, Permission p);

} // namespace ar
