#include "Loan.h"

#include <QCoreApplication>

namespace ar {

namespace {
template <typename E>
E fromCode(const QString& code, bool* ok, std::initializer_list<E> all, QString (*toCode)(E))
{
    for (E e : all) {
        if (toCode(e) == code) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return *all.begin();
}
} // namespace

QString loanStatusCode(LoanStatus s)
{
    switch (s) {
    case LoanStatus::Pending:
        return QStringLiteral("pending");
    case LoanStatus::Approved:
        return QStringLiteral("approved");
    case LoanStatus::Rejected:
        return QStringLiteral("rejected");
    case LoanStatus::InRoom:
        return QStringLiteral("in_room");
    case LoanStatus::Refused:
        return QStringLiteral("refused");
    case LoanStatus::Out:
        return QStringLiteral("out");
    case LoanStatus::Returned:
        return QStringLiteral("returned");
    case LoanStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case LoanStatus::Lost:
        break;
    }
    return QStringLiteral("lost");
}

LoanStatus loanStatusFromCode(const QString& code, bool* ok)
{
    return fromCode(code, ok,
                    {LoanStatus::Pending, LoanStatus::Approved, LoanStatus::Rejected, LoanStatus::InRoom,
                     LoanStatus::Refused, LoanStatus::Out, LoanStatus::Returned, LoanStatus::Lost,
                     LoanStatus::Withdrawn},
                    loanStatusCode);
}

QString loanRuleReason(const QString& rule)
{
    static const char* const reasons[][2] = {
        {"R15", QT_TRANSLATE_NOOP("Loan", "the archive clerk keeps the dossiers")},
        {"R20", QT_TRANSLATE_NOOP("Loan", "confidential: this role may not see it")},
        {"R21", QT_TRANSLATE_NOOP("Loan", "company leaders borrow directly")},
        {"R22", QT_TRANSLATE_NOOP("Loan", "managers view in the archive room directly")},
        {"R23", QT_TRANSLATE_NOOP("Loan", "needs the department head's approval")},
        {"R24", QT_TRANSLATE_NOOP("Loan", "outside persons view in the room only")},
        {"R25", QT_TRANSLATE_NOOP("Loan", "copies need approval")},
    };
    for (const auto& r : reasons)
        if (rule == QLatin1String(r[0]))
            return QCoreApplication::translate("Loan", r[1]);
    return QCoreApplication::translate("Loan", "by the access rules");
}

QString loanStatusLabel(LoanStatus s)
{
    switch (s) {
    case LoanStatus::Pending:
        return QCoreApplication::translate("Loan", "Waiting for approval");
    case LoanStatus::Approved:
        return QCoreApplication::translate("Loan", "Approved");
    case LoanStatus::Rejected:
        return QCoreApplication::translate("Loan", "Rejected");
    case LoanStatus::InRoom:
        return QCoreApplication::translate("Loan", "In the room only");
    case LoanStatus::Refused:
        return QCoreApplication::translate("Loan", "Refused");
    case LoanStatus::Out:
        return QCoreApplication::translate("Loan", "Out");
    case LoanStatus::Returned:
        return QCoreApplication::translate("Loan", "Returned");
    case LoanStatus::Withdrawn:
        return QCoreApplication::translate("Loan", "Withdrawn");
    case LoanStatus::Lost:
        break;
    }
    return QCoreApplication::translate("Loan", "Lost");
}

QString returnConditionCode(ReturnCondition c)
{
    switch (c) {
    case ReturnCondition::Complete:
        return QStringLiteral("complete");
    case ReturnCondition::Damaged:
        return QStringLiteral("damaged");
    case ReturnCondition::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

ReturnCondition returnConditionFromCode(const QString& code, bool* ok)
{
    if (code == QLatin1String("ok")) {
        if (ok)
            *ok = true;
        return ReturnCondition::Complete;
    }
    return fromCode(code, ok,
                    {ReturnCondition::Complete, ReturnCondition::Damaged, ReturnCondition::Incomplete},
                    returnConditionCode);
}

QString returnConditionLabel(ReturnCondition c)
{
    switch (c) {
    case ReturnCondition::Complete:
        return QCoreApplication::translate("Loan", "Complete and undamaged");
    case ReturnCondition::Damaged:
        return QCoreApplication::translate("Loan", "Damaged");
    case ReturnCondition::Incomplete:
        break;
    }
    return QCoreApplication::translate("Loan", "Incomplete");
}

QString extensionStatusCode(ExtensionStatus s)
{
    switch (s) {
    case ExtensionStatus::Pending:
        return QStringLiteral("pending");
    case ExtensionStatus::Approved:
        return QStringLiteral("approved");
    case ExtensionStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

ExtensionStatus extensionStatusFromCode(const QString& code, bool* ok)
{
    return fromCode(code, ok,
                    {ExtensionStatus::Pending, ExtensionStatus::Approved, ExtensionStatus::Rejected},
                    extensionStatusCode);
}

QString ownerRequestKindCode(OwnerRequestKind k)
{
    switch (k) {
    case OwnerRequestKind::View:
        return QStringLiteral("view");
    case OwnerRequestKind::Correct:
        return QStringLiteral("correct");
    case OwnerRequestKind::Copy:
        break;
    }
    return QStringLiteral("copy");
}

OwnerRequestKind ownerRequestKindFromCode(const QString& code, bool* ok)
{
    return fromCode(code, ok, {OwnerRequestKind::View, OwnerRequestKind::Correct, OwnerRequestKind::Copy},
                    ownerRequestKindCode);
}

QString ownerRequestKindLabel(OwnerRequestKind k)
{
    switch (k) {
    case OwnerRequestKind::View:
        return QCoreApplication::translate("Loan", "View own record");
    case OwnerRequestKind::Correct:
        return QCoreApplication::translate("Loan", "Correct an error");
    case OwnerRequestKind::Copy:
        break;
    }
    return QCoreApplication::translate("Loan", "Copy of own record");
}

std::optional<LoanStatus> loanAfter(LoanStatus from, LoanEvent e)
{
    switch (e) {
    case LoanEvent::Approve:
        if (from == LoanStatus::Pending)
            return LoanStatus::Approved;
        break;
    case LoanEvent::Reject:
        if (from == LoanStatus::Pending)
            return LoanStatus::Rejected;
        break;
    case LoanEvent::Withdraw:
        if (from == LoanStatus::Pending)
            return LoanStatus::Withdrawn;
        break;
    case LoanEvent::CheckOut:
        if (from == LoanStatus::Approved)
            return LoanStatus::Out;
        break;
    case LoanEvent::Return:
        if (from == LoanStatus::Out)
            return LoanStatus::Returned;
        break;
    case LoanEvent::EndInRoom:
        if (from == LoanStatus::Approved || from == LoanStatus::InRoom)
            return LoanStatus::Returned;
        break;
    case LoanEvent::RecordCopy:
        if (from == LoanStatus::Approved)
            return LoanStatus::Returned;
        break;
    case LoanEvent::ReportLost:
        if (from == LoanStatus::Out)
            return LoanStatus::Lost;
        break;
    case LoanEvent::AskExtension:
        if (from == LoanStatus::Out)
            return LoanStatus::Out;
        break;
    }
    return std::nullopt;
}

LoanStatus loanStatusOnRequest(AccessOutcome outcome)
{
    switch (outcome) {
    case AccessOutcome::Granted:
        return LoanStatus::Approved;
    case AccessOutcome::NeedsApproval:
        return LoanStatus::Pending;
    case AccessOutcome::InRoomOnly:
        return LoanStatus::InRoom;
    case AccessOutcome::Refused:
        break;
    }
    return LoanStatus::Refused;
}

int loanDaysOverdue(LoanStatus s, const QDate& due, const QDate& today)
{
    if (s == LoanStatus::Out && due.isValid() && due < today)
        return int(due.daysTo(today));
    return 0;
}

} // namespace ar
