#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ar {

// What an audit record says happened (R27). Stored as the code (auditActionCode), so the
// trail stays readable when actions are added; never renumber or rename a code.
enum class AuditAction
{
    SignIn,
    SignInFailed,
    SignOut,
    AccountLocked,
    ViewPerson,
    ViewDossier,
    Unmask,
    Register,
    Change,
    MoveOut,
    EstateChange,
    UserAdd,
    UserChange,
    PasswordChange,
    Demo,
    Print,
    Export,
    Copy,
    Approval,
    LoanStep,
    // Dossiers and filing (#4)
    OpenDossier,
    ReceiveItem,
    FileItem,
    MoveDossier,
    Handover,
    OwnerChange,
    Attach,
    ViewAttachment,
    Configure,
    // Excel and CSV (#7)
    Import,
    // Backups (R46)
    Backup,         // a backup written (by hand or automatically)
    BackupVerify,   // a backup file checked from the window
    Restore,        // in the restored archive: it was made from a backup; in the old one: restored from it
    BackupSettings, // the automatic backups' folder, interval or keep counts changed
    // Integrity
    DamagedValue, // a stored sealed value failed its integrity check when it was read
    SearchNumber, // a search by a full ID number or phone (an exact look-up)
    Refused,      // a signed-in user was refused something the role may not do
    // Holds and destruction (R43, issue #18)
    HoldAdd,        // a dossier put on hold (kept out of destruction), with the reason
    HoldRelease,    // a hold released
    DestroyPropose, // a destruction batch proposed
    DestroyApprove, // an owning department's head or a leader approved a batch
    DestroyReject,  // a batch rejected, with the reason
    DestroyExecute, // a batch executed: dossiers become tombstones, contents erased
    // Reconciliation and daily checks (R44, R45, R49)
    Reconcile, // a reconciliation session started, scanned, finished; a missing dossier resolved
    Violation, // a violation recorded with its measure (R49)
};

QString auditActionCode(AuditAction a);
// The action for a stored code; false in *ok for a code this program does not know.
AuditAction auditActionFromCode(const QString& code, bool* ok = nullptr);
QList<AuditAction> allAuditActions();
// "查看人员" for "view_person"; an unknown code is shown as it is.
QString auditActionLabel(const QString& code);
// "人员" for "person", "房间" for "room" …; an unknown entity is shown as it is.
QString auditEntityLabel(const QString& entity);

// The hash of the record before the first one: the chain starts from a fixed value.
inline QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

// One row of the audit trail, exactly as stored: the hash chain covers these fields.
// Empty text and 0 mean "none" (stored as '' or NULL); the canonical form treats them alike.
struct AuditRecord
{
    qint64 id = 0;     // 1, 2, 3 … without gaps: assigned by the program, not the database
    QString at;        // ISO 8601 in UTC, as stored ("2026-11-27T02:00:00Z")
    qint64 userId = 0; // 0 when nobody is signed in (a failed sign-in)
    QString userLogin; // kept as it was, even if the account is renamed later
    QString action;    // auditActionCode()
    QString entity;    // "person", "room", "user", "estate" …
    qint64 entityId = 0;
    QString dossier; // archive number (档号) when the action concerns one
    QString detail;  // compact JSON: which fields changed, never the sensitive values
    QString reason;  // why, when the user gave a reason (unmasking, lending …)
    QString prevHash;
    QString hash;
};

// A record as the trail lists it, with names for people to read.
struct AuditEntry
{
    AuditRecord record;
    QString userName; // the account's display name today
    QString subject;  // for a person: the name
};

// Compact JSON for AuditRecord::detail (keys sorted, so the same detail is the same text).
QString auditDetail(const QJsonObject& detail);

// What the trail keeps of free text a user typed that may hold personal data (a loss report, a
// damage note, an owner's request, the reason of a hold or a destruction, a loan's purpose …):
// its kind and length, never the text, which stays in the record that holds it (named by the
// audit record's entity and id). R27; issue #16 item 10. Empty text gives an empty string.
QString auditTextRef(const QString& kind, const QString& text);
// Whether a reason is such a reference (written as it is; any other reason is sealed).
bool isAuditTextRef(const QString& reason);

} // namespace ar
