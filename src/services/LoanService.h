#pragma once

#include "Forward.h"
#include "core/Loan.h"

#include <QCoreApplication>

namespace ar {

// Loan requests and their decisions (RULES R21–R25, R30, R32, R35): requests decided by the access
// matrix, approvals and rejections, withdrawals, extensions, the approval inbox, the lists of loans
// and of overdue ones, and the start screen's summary. Every use case is one transaction and is
// audited. The desk is LoanDeskService, its registers (copies, visits, owners' requests, damage)
// LoanRegisterService, due dates WorkCalendarService; what they share is LoanSupport.
class LoanService
{
    Q_DECLARE_TR_FUNCTIONS(LoanService)

public:
    explicit LoanService(Context& ctx);

    struct Request
    {
        QString archiveNo;
        QString borrowerLogin; // empty: the signed-in user
        AccessMode mode = AccessMode::Borrow;
        QString purpose;
        QDate wantedReturn; // optional (R30): an earlier due date than the policy's
        QString pages;      // copy requests (R25)
    };
    // R30: registers the request and its decision (R21–R25). Refused and in-room requests are
    // registered too and come back as a loan with that status, naming the rule.
    Result<Loan> request(const Request& r);
    // The manager of the department that owns the category or a company leader (R2 over R23,
    // R25), never the one who asked or borrows; also decides a pending extension (R32).
    Result<Loan> approve(qint64 loanId, const QString& reason = {});
    Result<Loan> reject(qint64 loanId, const QString& reason);

    // R32: asked before the due date by the borrower, the desk or the responsible head; always
    // decided by someone other than who asked (approve/reject).
    Result<Loan> extend(qint64 loanId, const QDate& until, const QString& reason);
    // Who asked (the borrower, or the clerk who registered it) withdraws a request that still
    // waits for its decision; audited. Issue #20 item 7.
    Result<Loan> withdraw(qint64 loanId, const QString& reason = {});

    Result<Loan> loan(qint64 id);
    struct ListFilter
    {
        bool overdueOnly = false;
        bool mineOnly = false;
        QList<LoanStatus> statuses;
        QString archiveNo;
    };
    // Clerks and leaders see all; managers their department's; everyone else their own.
    Result<QList<Loan>> list(const ListFilter& f);
    Result<QList<Loan>> list() { return list(ListFilter()); }
    // R35: out past the due date, by department and borrower, with days overdue.
    Result<QList<Loan>> overdue();
    // The reminder slips (催还单) are a printed form: PrintService, PrintForm::Reminders.
    // The approval inbox: pending requests and extensions one may decide.
    Result<QList<Loan>> inbox();
    Result<QList<LoanExtension>> extensions(qint64 loanId);

    // What the start screen shows clerks, managers and leaders (R35, R34, R45, R48).
    struct Summary
    {
        QList<Loan> overdue;
        QList<Loan> lost;
        QList<Loan> awaiting;
        QList<DamageRecord> damaged;
    };
    Result<Summary> summary();

    // Who may decide loans of this approving department (a leader, or its manager).
    bool mayDecide(const QString& approverDepartment) const;

private:
    Result<Loan> decide(qint64 loanId, bool approve, const QString& reason);

    Context& m_ctx;
    LoanRepository& m_loans; // the Context's
};

} // namespace ar
