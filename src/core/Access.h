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
    // Dossiers and filing (#4)
    ConfigureArchive, // categories, checklists, numbering, locations tree, handover campaigns
    FileDossiers,     // open dossiers by hand, register received items, attach scans, move folders
    HandOver,         // record a hand-over batch (assistant → clerk → company archive room, R13)
    // Borrowing (#5)
    RequestLoan,  // ask to view, borrow or copy (anyone signed in except the administrator)
    ApproveLoans, // decide on requests for the categories one's department owns (R2, R23)
    RunDesk,      // check out, check in, record condition, register state-organ visits
    // Printing and Excel (#6, #7)
    PrintForms,     // print forms, catalogs, registers and labels (each print audited)
    ImportRegister, // import handover rosters
    ExportLists,    // export lists to .xlsx/.csv (masked as the role requires, audited)
    // Backups (R46)
    CreateBackup,  // write an encrypted backup of the whole archive (administrator, clerk)
    RestoreBackup, // restore a backup into a new archive, set the automatic backups (administrator)
    // Holds and destruction (R43, R2)
    HoldDossiers,       // put a dossier on hold (clerk, managers, leaders)
    ReleaseHolds,       // release a hold: the owning department's head or a leader (managers, leaders)
    ProposeDestruction, // propose a destruction batch (the clerk)
    ApproveDestruction, // approve or reject: the owning departments' heads and a leader
    ExecuteDestruction, // carry out an approved batch (clerk, managers)
    // Violations (R49)
    RecordViolations, // record violations with the measure taken, and read them (managers, leaders)
    // Filing (R12)
    DeclareCampaigns, // start and end a handover campaign of an estate (managers, leaders)
    // Departments' own records (R2)
    KeepDepartmentRecords, // open dossiers and add items in the categories one's department owns
                           // (everyone but the administrator; the department is the account's)
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
