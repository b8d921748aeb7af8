#pragma once

#include "AccessPolicy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ar {

// Where a loan stands (CLI.md: the "status" key).
enum class LoanStatus
{
    Pending,  // waits for the approver (R23, R25)
    Approved, // may be handed over (borrow) / viewed (view) / copied (copy)
    Rejected,
    InRoom, // may only look in the archive room, never take out (R24)
    Refused,
    Out, // taken out at the desk (R33)
    Returned,
    Lost,      // reported lost (R34)
    Withdrawn, // withdrawn by who asked, before a decision
};

// What the services do to a loan that is already registered: the loan's state machine as data
// (issue #21). The checks that need the database (who decides, one loan out per dossier) stay in
// the services; whether the step is possible from the loan's status is decided here.
enum class LoanEvent
{
    Approve,      // the approver says yes (R23, R25): pending -> approved
    Reject,       // the approver says no: pending -> rejected
    Withdraw,     // who asked takes the request back before the decision: pending -> withdrawn
    CheckOut,     // the desk hands an approved take-out over (R33): approved -> out
    Return,       // the desk takes a borrowed dossier back and records its condition (R33)
    EndInRoom,    // a viewing or copy request (never a take-out) is checked in at the desk
    RecordCopy,   // the copy is made and registered (R25): approved -> returned
    ReportLost,   // the dossier is lost while out (R34): out -> lost
    AskExtension, // the borrower asks for more time while the dossier is out (R32): stays out
};

// The status after `e`, or nullopt when the loan cannot take that step from `from`.
std::optional<LoanStatus> loanAfter(LoanStatus from, LoanEvent e);
// The status a new request starts in, from what the access rules decided (R21-R25).
LoanStatus loanStatusOnRequest(AccessOutcome outcome);
// Days past the due date of a loan that is out (R35); 0 when not out or not yet due.
int loanDaysOverdue(LoanStatus s, const QDate& due, const QDate& today);

// The state of a dossier coming back (R33).
enum class ReturnCondition
{
    Complete,
    Damaged,
    Incomplete,
};

enum class ExtensionStatus
{
    Pending,
    Approved,
    Rejected,
};

// One request for one dossier and all that happened to it.
struct Loan
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString archiveNo;
    QString dossierTitle;
    QString category;
    qint64 borrowerId = 0; // 0 for a state organ's visit
    QString borrowerLogin;
    QString borrowerName;
    QString department;
    AccessMode mode = AccessMode::Borrow;
    QString purpose;
    QDate wantedReturn;
    QString pages; // copy requests
    LoanStatus status = LoanStatus::Pending;
    QString rule;
    QString approverDepartment; // whose head decides and extends (R2, R23); empty: none needed
    QDateTime requestedAt;
    qint64 requestedBy = 0;
    QDateTime decidedAt;
    qint64 decidedBy = 0;
    QString decidedByName;
    QString decisionReason;
    QDate due;
    QDateTime checkedOutAt;
    QDateTime returnedAt;
    QString returnCondition; // complete | damaged | incomplete
    QString returnNote;
    QString dossierStatusBefore;
    QDateTime lostAt;
    QString lostReport;
    qint64 visitId = 0;
    // Derived, not stored
    int daysOverdue = 0;
    bool extensionPending = false;
    QString dossierStatus; // the dossier's status now (lost until found again, R34)
    QString approverName;  // who decided, or who is to decide ("客服部负责人")
    QString room;          // the dossier's room ("翠苑 3-2-1201"), where the inbox shows it
    QString categoryName;  // "业主", where the inbox shows it
    QStringList warnings;  // e.g. a year without working-day calendar data (R31)
};

struct LoanExtension
{
    qint64 id = 0;
    qint64 loanId = 0;
    QDateTime requestedAt;
    qint64 requestedBy = 0;
    QDate oldDue;
    QDate newDue;
    QString reason;
    ExtensionStatus status = ExtensionStatus::Pending;
    QDateTime decidedAt;
    qint64 decidedBy = 0;
    QString decisionReason;
};

// R33, R45: a dossier that came back damaged or incomplete, until repaired.
struct DamageRecord
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString archiveNo;
    qint64 loanId = 0;
    ReturnCondition condition = ReturnCondition::Damaged;
    QString note;
    QString department;
    QDateTime recordedAt;
    QString recordedByName;
    QDateTime repairedAt;
    QString repairNote;
    // The photo of the damage (optional): its sealed file in the scan store, its name and type.
    QString photoKey;
    QString photoName;
    QString photoMime;
    bool hasPhoto() const { return !photoKey.isEmpty(); }
};

// One line of the 资料文件借阅、复制记录表 (ZC-05/B05, R25).
struct CopyEntry
{
    qint64 id = 0;
    qint64 loanId = 0;
    qint64 dossierId = 0;
    QString archiveNo;
    QString title;
    QString pages;
    int sheets = 0;
    int copies = 1;
    QString purpose;
    QDateTime madeAt;
    QString madeByName;
    QString borrowerName;
    QString department;
    QString approverName;
    QString note;
};

// R24: a state organ looks at a dossier in the room.
struct Visit
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString archiveNo;
    QString organ;
    QString officer;
    QString credential;
    qint64 approvedBy = 0;
    QString approvedByName;
    QDateTime visitedAt;
    QString note;
    qint64 loanId = 0; // the in-room registration in the loan register
};

enum class OwnerRequestKind
{
    View,
    Correct,
    Copy,
};

// R47: an owner asks to view, correct or copy their own record.
struct OwnerRequest
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString archiveNo;
    qint64 personId = 0;
    OwnerRequestKind kind = OwnerRequestKind::View;
    QString detail;
    QDateTime receivedAt;
    QString answer;
    QDateTime answeredAt;
};

QString loanStatusCode(LoanStatus s);
LoanStatus loanStatusFromCode(const QString& code, bool* ok = nullptr);
QString loanStatusLabel(LoanStatus s);
// Why a request was decided as it was, in the user's words (the rule code itself stays in the
// audit trail and the JSON output; users never see it). A code with no wording of its own
// reads "by the access rules".
QString loanRuleReason(const QString& rule);
QString returnConditionCode(ReturnCondition c);
// Also accepts "ok" (CLI.md) for complete.
ReturnCondition returnConditionFromCode(const QString& code, bool* ok = nullptr);
QString returnConditionLabel(ReturnCondition c);
QString extensionStatusCode(ExtensionStatus s);
ExtensionStatus extensionStatusFromCode(const QString& code, bool* ok = nullptr);
QString ownerRequestKindCode(OwnerRequestKind k);
OwnerRequestKind ownerRequestKindFromCode(const QString& code, bool* ok = nullptr);
QString ownerRequestKindLabel(OwnerRequestKind k);

} // namespace ar
