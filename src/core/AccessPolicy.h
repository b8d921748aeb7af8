#pragma once

#include "Access.h"

#include <QString>

namespace ar {

// How someone wants a dossier (R30): looked at in the archive room, taken out, or copied.
enum class AccessMode
{
    View,
    Borrow,
    Copy
};

// What the access policy decides (R21–R25), before any approval.
enum class AccessOutcome
{
    Granted,       // at once (a take-out is still registered in the 档案借阅登记表, R22)
    NeedsApproval, // waits for `approver`
    InRoomOnly,    // may look in the archive room, never take out (R24)
    Refused,
};

// Who approves a request that needs approval (R2, R23, R25).
enum class Approver
{
    None,
    // The requester's own department head. No longer used: R2 over R23, the owning department
    // decides (migration 0010 rewrote the rows; AccessService::setRule refuses it). Kept so that
    // the code reads.
    OwnDepartmentHead,
    OwningDepartmentHead, // the head of the department that owns the category (R2, R25)
};

struct AccessDecision
{
    AccessOutcome outcome = AccessOutcome::Refused;
    Approver approver = Approver::None;
    QString rule; // the rule that decided, e.g. "R21"
};

// One cell of the access matrix: role × category × mode. Category "*" is the default for
// every category without a row of its own.
struct AccessRule
{
    Role role = Role::Staff;
    QString category = QStringLiteral("*");
    AccessMode mode = AccessMode::View;
    AccessDecision decision;
};

QString accessModeCode(AccessMode m);
AccessMode accessModeFromCode(const QString& code, bool* ok = nullptr);
QString accessModeLabel(AccessMode m);
QString accessOutcomeCode(AccessOutcome o);
AccessOutcome accessOutcomeFromCode(const QString& code, bool* ok = nullptr);
QString approverCode(Approver a);
Approver approverFromCode(const QString& code, bool* ok = nullptr);

} // namespace ar
