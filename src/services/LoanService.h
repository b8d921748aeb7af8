#pragma once

#include "Forward.h"
#include "core/Loan.h"
#include "core/WorkCalendar.h"

#include <QCoreApplication>

namespace ar {

// Borrowing (RULES R21–R25, R30–R35, R45, R47): requests decided by the access matrix,
// approvals, the desk (check out / check in by 档号, condition), due dates on the Chinese
// working-day calendar, extensions, overdue lists, losses, copies, state-organ visits and
// owners' own requests. Every use case is one transaction and is audited.
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

    // The desk (R33). The spine label's scanned code is the archive number.
    Result<Loan> checkOut(qint64 loanId);
    // The approved take-out of this folder for the borrower; with `purpose`, a borrower who has
    // none asks at the desk (granted at once: out; otherwise the pending request comes back).
    Result<Loan> checkOutByArchiveNo(const QString& archiveNo, const QString& borrowerLogin,
                                     const QString& purpose = {});
    // R33, R45: anything but complete opens a damage record for the owning department.
    Result<Loan> giveBack(qint64 loanId, ReturnCondition c, const QString& note = {});
    Result<Loan> giveBackByArchiveNo(const QString& archiveNo, ReturnCondition c, const QString& note = {});

    // R32: asked before the due date by the borrower, the desk or the responsible head; always
    // decided by someone other than who asked (approve/reject).
    Result<Loan> extend(qint64 loanId, const QDate& until, const QString& reason);
    // R34: the written report is kept; the dossier becomes lost.
    Result<Loan> reportLost(qint64 loanId, const QString& report);
    // R34: a lost dossier was found again (the desk, with a note; audited). It goes back to the
    // status it had before it was lost, or former_owner if the owner changed meanwhile (R42).
    Result<Dossier> markFound(const QString& archiveNo, const QString& note);

    // Who asked (the borrower, or the clerk who registered it) withdraws a request that still
    // waits for its decision; audited. Issue #20 item 7.
    Result<Loan> withdraw(qint64 loanId, const QString& reason = {});
    // The borrower at the desk: name, department, and what they have out or approved to take
    // (overdue ones with their days). The archive clerk only.
    struct DeskBorrower
    {
        User user;
        QList<Loan> loans;
        int overdue = 0;
    };
    Result<DeskBorrower> deskBorrower(const QString& login);

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

    // R25, R47: a line of the ZC-05/B05 register for an approved copy request.
    Result<CopyEntry> recordCopy(qint64 loanId, const QString& pages, int sheets, int copies,
                                 const QString& note = {});
    Result<QList<CopyEntry>> copyRegister(const QString& archiveNo = {});

    struct VisitInput
    {
        QString archiveNo;
        QString organ;
        QString officer;
        QString credential;
        QString approvedByLogin; // a company leader or the owning department's head (R24)
        QString note;
    };
    // R24: registered as an in-room loan that can never be checked out; only for a dossier that
    // is in the archive room (not out, not lost).
    Result<Visit> addVisit(const VisitInput& v);
    // Who may consent to a state organ's visit of this dossier (R24): the company leaders and
    // the head of the owning department; active accounts only. The desk (clerk).
    Result<QList<User>> visitConsenters(const QString& archiveNo);

    Result<OwnerRequest> registerOwnerRequest(const QString& archiveNo, OwnerRequestKind kind,
                                              const QString& detail);
    Result<OwnerRequest> answerOwnerRequest(qint64 id, const QString& answer);
    Result<QList<OwnerRequest>> ownerRequests(bool openOnly);

    // R45: damage found at a daily check, outside any loan: a damage record for the owning
    // department's manager, open until marked repaired (the desk). `photoPath`, optional: an
    // image of the damage, stored encrypted like the scans (the archive's file store, sealed
    // under its content key) and linked to the record; anything but an image is refused and
    // nothing is saved.
    Result<DamageRecord> recordDamage(const QString& archiveNo, const QString& note,
                                      const QString& photoPath = {});
    Result<QList<DamageRecord>> damages(bool openOnly = true);
    Status markRepaired(qint64 damageId, const QString& note);
    // The photo of a damage record, decrypted, for whoever sees the record (the clerk, the owning
    // department's manager, a leader); each view is audited like a scan's.
    Result<QByteArray> damagePhoto(qint64 damageId);

    // What the start screen shows clerks, managers and leaders (R35, R34, R45, R48).
    struct Summary
    {
        QList<Loan> overdue;
        QList<Loan> lost;
        QList<Loan> awaiting;
        QList<DamageRecord> damaged;
    };
    Result<Summary> summary();

    // R31: the shipped years with the years an administrator loaded on top.
    Result<WorkCalendar> calendar();
    // An administrator loads a year (own format or holiday-cn JSON); replaces that year.
    Result<CalendarYear> loadCalendar(const QByteArray& data, const QString& sourceName);
    struct Due
    {
        QDate date;
        QStringList warnings;
    };
    // The due date for a category's loan period counted from `from` (R31).
    Result<Due> dueDate(const QString& category, const QDate& from);

    // Who may decide loans of this approving department (a leader, or its manager).
    bool mayDecide(const QString& approverDepartment) const;

    // The largest photo of damage accepted (a phone's photo is a few MB).
    static constexpr qint64 kMaxPhotoBytes = 20LL * 1024 * 1024;

private:
    Result<QString> storePhoto(const QByteArray& plain); // its content key
    Result<Loan> finish(qint64 loanId, const QStringList& warnings = {});
    // What a loan shows besides what is stored: days overdue, who decided or is to decide.
    void derive(Loan& l, const QDate& today);
    Result<Loan> decide(qint64 loanId, bool approve, const QString& reason);
    Status audit(AuditAction a, const Loan& l, const QString& step, const QString& reason = {});
    // R6: every change of a dossier's status is a history row.
    Status noteStatus(qint64 dossierId, const QString& from, const QString& to);
    // "Head of 客服部 (names)": the active managers of the department, leaving out the asker.
    QString approverLabel(const QString& department, qint64 askerId = 0);
    Result<User> borrowerFor(const QString& login);
    // Loan::room and ::categoryName of each loan: its dossier's room (estate and B-U-R), its
    // category's name.
    void fillRooms(QList<Loan>& loans);

    Context& m_ctx;
    LoanRepository& m_loans; // the Context's
};

} // namespace ar
