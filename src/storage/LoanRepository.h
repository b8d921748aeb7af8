#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Loan.h"
#include "core/WorkCalendar.h"

#include <optional>

namespace ar {

// Loans, their extensions, damage records, copy entries, state-organ visits, owners' requests
// and the loaded working-day calendar years (migration 0007).
class LoanRepository
{
public:
    explicit LoanRepository(Database& db) : m_db(db) {}

    // The loan period of a category (R31): days, and whether they are working days.
    struct Period
    {
        int days = 0;
        bool workingDays = true;
        QString department; // owning department (R2)
    };
    Result<Period> period(const QString& category);
    Status setDossierStatus(qint64 dossierId, const QString& status);

    Result<qint64> insert(const Loan& l);
    Result<Loan> byId(qint64 id);

    struct Filter
    {
        QList<LoanStatus> statuses; // empty: any
        qint64 borrowerId = 0;
        QString department; // the borrower's or the approving department
        qint64 dossierId = 0;
        QDate overdueOn; // valid: only loans out and due before this day
        int limit = 2000;
    };
    // Newest first, except overdue lists: by department, borrower, due date.
    Result<QList<Loan>> list(const Filter& f);
    // Pending requests and loans with a pending extension; `department` empty: all (leaders).
    // Leaves out what `deciderId` asked for or borrows: nobody decides their own request.
    Result<QList<Loan>> awaitingDecision(const QString& department, qint64 deciderId);
    // The loan that has the dossier out, if any.
    Result<std::optional<qint64>> outLoanOf(qint64 dossierId);
    // Approved take-outs of this dossier, oldest first (for the desk); borrowerId 0: anyone.
    Result<QList<qint64>> approvedTakeOuts(qint64 dossierId, qint64 borrowerId);

    Status decide(qint64 id, LoanStatus status, qint64 by, const QDateTime& at, const QString& reason);
    Status checkOut(qint64 id, const QDate& due, qint64 by, const QDateTime& at, const QString& statusBefore);
    Status giveBack(qint64 id, qint64 by, const QDateTime& at, ReturnCondition c, const QString& note);
    Status setDue(qint64 id, const QDate& due);
    Status markLost(qint64 id, qint64 by, const QDateTime& at, const QString& report);
    Status close(qint64 id, LoanStatus status);
    Status setVisit(qint64 id, qint64 visitId);

    Result<qint64> insertExtension(const LoanExtension& e);
    Result<std::optional<LoanExtension>> pendingExtension(qint64 loanId);
    Result<QList<LoanExtension>> extensions(qint64 loanId);
    Status decideExtension(qint64 id, ExtensionStatus s, qint64 by, const QDateTime& at,
                           const QString& reason);

    Result<qint64> insertDamage(const DamageRecord& d, qint64 by);
    // department empty: all; openOnly: not repaired yet.
    Result<QList<DamageRecord>> damages(const QString& department, bool openOnly);
    Status repair(qint64 id, qint64 by, const QDateTime& at, const QString& note);

    Result<qint64> insertCopy(const CopyEntry& c, qint64 by);
    // The ZC-05/B05 register; dossierId 0: all.
    Result<QList<CopyEntry>> copies(qint64 dossierId);

    Result<qint64> insertVisit(const Visit& v, qint64 by);
    Result<Visit> visit(qint64 id);

    Result<qint64> insertOwnerRequest(const OwnerRequest& r, qint64 by);
    Status answerOwnerRequest(qint64 id, const QString& answer, qint64 by, const QDateTime& at);
    Result<QList<OwnerRequest>> ownerRequests(bool openOnly);
    Result<OwnerRequest> ownerRequest(qint64 id);

    Result<QList<CalendarYear>> calendarYears();
    // Replaces the stored dates of y.year.
    Status putCalendarYear(const CalendarYear& y, qint64 by, const QDateTime& at);

private:
    Database& m_db;
};

} // namespace ar
