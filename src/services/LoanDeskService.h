#pragma once

#include "Forward.h"
#include "core/Loan.h"

#include <QCoreApplication>

namespace ar {

// The borrow desk (RULES R33, R34, R45): the archive clerk hands folders over and takes them back
// by loan or by 档号 (the spine label's scanned code), sees the borrower at the counter, and
// registers a loss and a lost dossier found again. Every use case is one transaction and is
// audited. Its messages keep the LoanService translation context.
class LoanDeskService
{
    Q_DECLARE_TR_FUNCTIONS(LoanService)

public:
    explicit LoanDeskService(Context& ctx);

    // The desk (R33). The spine label's scanned code is the archive number.
    Result<Loan> checkOut(qint64 loanId);
    // The approved take-out of this folder for the borrower; with `purpose`, a borrower who has
    // none asks at the desk (granted at once: out; otherwise the pending request comes back).
    Result<Loan> checkOutByArchiveNo(const QString& archiveNo, const QString& borrowerLogin,
                                     const QString& purpose = {});
    // R33, R45: anything but complete opens a damage record for the owning department.
    Result<Loan> giveBack(qint64 loanId, ReturnCondition c, const QString& note = {});
    Result<Loan> giveBackByArchiveNo(const QString& archiveNo, ReturnCondition c, const QString& note = {});

    // The borrower at the desk: name, department, and what they have out or approved to take
    // (overdue ones with their days). The archive clerk only.
    struct DeskBorrower
    {
        User user;
        QList<Loan> loans;
        int overdue = 0;
    };
    Result<DeskBorrower> deskBorrower(const QString& login);

    // R34: the written report is kept; the dossier becomes lost.
    Result<Loan> reportLost(qint64 loanId, const QString& report);
    // R34: a lost dossier was found again (the desk, with a note; audited). It goes back to the
    // status it had before it was lost, or former_owner if the owner changed meanwhile (R42).
    Result<Dossier> markFound(const QString& archiveNo, const QString& note);

private:
    Context& m_ctx;
    LoanRepository& m_loans; // the Context's
};

} // namespace ar
