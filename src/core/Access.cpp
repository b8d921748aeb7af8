#include "Access.h"

#include <QCoreApplication>

namespace ar {

QList<Role> allAccountRoles()
{
    return {Role::Leader, Role::Manager, Role::Assistant, Role::Clerk, Role::Staff, Role::Admin};
}

QString roleCode(Role r)
{
    switch (r) {
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Admin:
        break;
    }
    return QStringLiteral("admin");
}

Role accountRoleFromCode(const QString& code, bool* ok)
{
    for (Role r : allAccountRoles()) {
        if (roleCode(r) == code) {
            if (ok)
                *ok = true;
            return r;
        }
    }
    if (ok)
        *ok = false;
    return Role::Staff;
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Leader:
        return QCoreApplication::translate("Access", "Company leader");
    case Role::Manager:
        return QCoreApplication::translate("Access", "Department manager");
    case Role::Assistant:
        return QCoreApplication::translate("Access", "Property assistant");
    case Role::Clerk:
        return QCoreApplication::translate("Access", "Archive clerk");
    case Role::Staff:
        return QCoreApplication::translate("Access", "Staff");
    case Role::Admin:
        break;
    }
    return QCoreApplication::translate("Access", "Administrator");
}

bool allows(Role role, Permission p)
{
    switch (p) {
    case Permission::ManageUsers:
    case Permission::LoadDemo:
        return role == Role::Admin;
    case Permission::EditEstate:
        return role == Role::Admin || role == Role::Clerk;
    case Permission::ViewRegister:
        // The administrator runs accounts and structure, not the dossiers (BRIEF security
        // model): no names, no records. Staff of other departments need approval (R23).
        return role != Role::Staff && role != Role::Admin;
    case Permission::RegisterPersons:
        // The clerk registers at the desk (BRIEF: at handover, 收楼). The assistant collects
        // handover packets and passes them on (R13, HandOver) but registers no one: registering
        // needs the full key (the duplicate check by blind index, the values sealed), which only
        // roles that may unmask hold (keys by role, issue #17 item 5).
        return role == Role::Clerk;
    case Permission::UnmaskSensitive:
        // R20: the custodian and company leaders.
        return role == Role::Clerk || role == Role::Leader;
    case Permission::ReadAudit:
        // R27: the administrator, the custodian and company leaders trace who did what.
        return role == Role::Admin || role == Role::Clerk || role == Role::Leader;
    case Permission::ConfigureArchive:
        return role == Role::Admin;
    case Permission::FileDossiers:
        // The archive clerk files (R11, R12); the assistant hands packets over (R13).
        return role == Role::Clerk;
    case Permission::HandOver:
        return role == Role::Clerk || role == Role::Assistant;
    case Permission::RequestLoan:
        return role != Role::Admin;
    case Permission::ApproveLoans:
        // Department heads for their categories, leaders for all (R2, R23).
        return role == Role::Manager || role == Role::Leader;
    case Permission::RunDesk:
        return role == Role::Clerk;
    case Permission::PrintForms:
    case Permission::ExportLists:
        // Whoever sees the register; what is printed is masked as the role requires (R20).
        return role != Role::Staff && role != Role::Admin;
    case Permission::ImportRegister:
        return role == Role::Clerk;
    case Permission::CreateBackup:
        // R46: the administrator runs backups; the custodian may take one (before a big import).
        return role == Role::Admin || role == Role::Clerk;
    case Permission::RestoreBackup:
        return role == Role::Admin;
    case Permission::HoldDossiers:
        // R43: whoever learns of a dispute, an audit or a court order (the desk, the heads).
        return role == Role::Clerk || role == Role::Manager || role == Role::Leader;
    case Permission::ReleaseHolds:
        // Releasing lets a dossier be destroyed again: a decision for the owning head or a leader.
    case Permission::ApproveDestruction:
        // R2: the owning department's head approves its part; a company leader the batch.
        return role == Role::Manager || role == Role::Leader;
    case Permission::ProposeDestruction:
        return role == Role::Clerk;
    case Permission::ExecuteDestruction:
        return role == Role::Clerk || role == Role::Manager;
    case Permission::RecordViolations:
        // R49: the measure is decided and recorded by managers and company leaders.
        return role == Role::Manager || role == Role::Leader;
    case Permission::DeclareCampaigns:
        // R12: the manager switches the handover campaign on and off (a leader may too).
        return role == Role::Manager || role == Role::Leader;
    case Permission::KeepDepartmentRecords:
        // R2: a department keeps the records of the categories it owns (repair staff their
        // repairs); the administrator keeps none.
        return role != Role::Admin;
    }
    return false;
}

} // namespace ar
