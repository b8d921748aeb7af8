#pragma once

#include "core/Sealed.h" // private to the services

#include "Forward.h"
#include "core/Loan.h"

#include <QCoreApplication>

namespace ar {

class Transaction;

// What the loan services (LoanService, LoanDeskService, LoanRegisterService) share, in one place:
// a loan as it is shown (days overdue, who decides), its audit record, a dossier's status history,
// the borrower a clerk names, who may decide. Private to the services (it works on the Context).
// Its messages keep the LoanService translation context they always had.
class LoanSupport
{
    Q_DECLARE_TR_FUNCTIONS(LoanService)

public:
    explicit LoanSupport(Context& ctx);

    // Who may decide loans of this approving department (a leader, or its manager).
    bool mayDecide(const QString& approverDepartment) const;
    // "Head of 客服部 (names)": the active managers of the department, leaving out the asker.
    QString approverLabel(const QString& department, qint64 askerId = 0);
    // The signed-in user for an empty login or their own; someone else only for the desk.
    Result<User> borrowerFor(const QString& login);
    Status audit(AuditAction a, const Loan& l, const QString& step, const QString& reason = {});
    // R6: every change of a dossier's status is a history row.
    Status noteStatus(qint64 dossierId, const QString& from, const QString& to);
    // The loan as stored; NotFound ("No loan 7") if there is none.
    Result<Loan> stored(qint64 loanId);
    // The same read after `tx` began: under the write lock the transaction takes when it begins
    // (docs/architecture.md, one lock order), so what the checks find cannot change before the
    // writes.
    Result<Loan> storedUnderLock(Transaction& tx, qint64 loanId);
    // The loan as stored, derived (below), with these warnings.
    Result<Loan> finish(qint64 loanId, const QStringList& warnings = {});
    // What a loan shows besides what is stored: days overdue, who decided or is to decide.
    void derive(Loan& l, const QDate& today);
    // Loan::room and ::categoryName of each loan: its dossier's room (estate and B-U-R), its
    // category's name.
    void fillRooms(QList<Loan>& loans);

private:
    Context& m_ctx;
    LoanRepository& m_loans; // the Context's
};

} // namespace ar
