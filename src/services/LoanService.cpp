#include "LoanService.h"

#include "Context.h"
#include "storage/LoanRepository.h"

#include "AccessService.h"
#include "AuditService.h"
#include "DossierService.h"
#include "LoanRegisterService.h"
#include "LoanSupport.h"
#include "UseCase.h"
#include "WorkCalendarService.h"

#include "core/Pinyin.h"

#include <QJsonObject>

namespace ar {

LoanService::LoanService(Context& ctx) : m_ctx(ctx), m_loans(ctx.loans) {}

bool LoanService::mayDecide(const QString& approverDepartment) const
{
    return LoanSupport(m_ctx).mayDecide(approverDepartment);
}

Result<Loan> LoanService::request(const Request& r)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    auto borrower = LoanSupport(m_ctx).borrowerFor(r.borrowerLogin.trimmed());
    if (!borrower)
        return borrower.error();
    auto d = DossierService::resolveOne(m_ctx, r.archiveNo);
    if (!d)
        return d.error();
    if (dossierIsGone(d->status))
        return m_ctx.refuse(
            Error::invalid(
                QStringLiteral("archive_no"), d->archiveNo,
                tr("Dossier %1 is %2 and cannot be lent").arg(d->archiveNo, dossierStatusLabel(d->status))),
            dossierGoneRule(d->status), QStringLiteral("loan_request"), QStringLiteral("dossier"), d->id,
            d->archiveNo);
    const QString purpose = r.purpose.trimmed();
    if (purpose.isEmpty())
        return Error::invalid(QStringLiteral("purpose"), {}, tr("State the purpose of the request"));
    const QDate today = m_ctx.clock.today();
    if (r.wantedReturn.isValid() && r.wantedReturn < today)
        return Error::invalid(
            QStringLiteral("wanted_return"), r.wantedReturn.toString(Qt::ISODate),
            tr("The return date %1 is in the past").arg(r.wantedReturn.toString(Qt::ISODate)));
    auto decision = AccessService(m_ctx).decide(borrower->role, d->category, r.mode);
    if (!decision)
        return decision.error();
    auto period = m_loans.period(d->category);
    if (!period)
        return period.error();

    Loan l;
    l.dossierId = d->id;
    l.archiveNo = d->archiveNo;
    l.borrowerId = borrower->id;
    l.borrowerLogin = borrower->login;
    l.borrowerName = borrower->displayName;
    l.department = borrower->department;
    l.mode = r.mode;
    l.purpose = purpose;
    l.wantedReturn = r.wantedReturn;
    l.pages = r.pages.trimmed();
    l.rule = decision->rule;
    l.requestedAt = m_ctx.clock.now();
    l.requestedBy = m_ctx.userId();
    // R2 over R23: the head of the department that owns the category decides (or a leader), not
    // the borrower's own head; the same head decides extensions (R32).
    l.approverDepartment = period->department;
    l.status = loanStatusOnRequest(decision->outcome);
    if (l.status != LoanStatus::Pending)
        l.decidedAt = l.requestedAt;
    QStringList warnings;
    if (l.mode == AccessMode::Borrow &&
        (l.status == LoanStatus::Approved || l.status == LoanStatus::Pending)) {
        // The due date if the folder leaves today; fixed again at check-out.
        auto due = WorkCalendarService(m_ctx).dueDate(d->category, today);
        if (!due)
            return due.error();
        l.due = l.wantedReturn.isValid() ? std::min(l.wantedReturn, due->date) : due->date;
        warnings = due->warnings;
    } else if (l.mode == AccessMode::View && l.status != LoanStatus::Refused) {
        l.due = today; // viewing happens in the room, the same day
    }

    auto w = usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        auto id = m_loans.insert(l);
        if (!id)
            return id.error();
        l.id = id.value();
        step.audited(LoanSupport(m_ctx).audit(AuditAction::LoanStep, l, QStringLiteral("request"),
                                              auditTextRef(QStringLiteral("purpose"), purpose)));
        return {};
    });
    if (!w)
        return w.error();
    return LoanSupport(m_ctx).finish(l.id, warnings);
}

Result<Loan> LoanService::decide(qint64 loanId, bool approve, const QString& reason)
{
    auto w = usecase::write(m_ctx, Permission::ApproveLoans, [&](usecase::Step& step) -> Status {
        auto l = LoanSupport(m_ctx).storedUnderLock(step.transaction(), loanId);
        if (!l)
            return l.error();
        if (!LoanSupport(m_ctx).mayDecide(l->approverDepartment))
            return m_ctx.refuse(Error::of(ErrorCode::PermissionDenied,
                                          tr("Loan %1 is decided by the head of %2 or a company leader")
                                              .arg(loanId)
                                              .arg(l->approverDepartment)),
                                "R2", QStringLiteral("loan_decide"), QStringLiteral("loan"), loanId,
                                l->archiveNo);
        std::optional<LoanExtension> ext;
        const auto decided = loanAfter(l->status, approve ? LoanEvent::Approve : LoanEvent::Reject);
        if (!decided) {
            auto pending = m_loans.pendingExtension(loanId);
            if (!pending)
                return pending.error();
            if (!pending.value())
                return Error::of(ErrorCode::Conflict, tr("Loan %1 waits for no decision (it is %2)")
                                                          .arg(loanId)
                                                          .arg(loanStatusLabel(l->status)));
            ext = pending.value();
        }
        // R25, R32: nobody decides their own request, copy or extension; another head of the owning
        // department or a company leader does.
        const qint64 me = m_ctx.userId();
        if (l->borrowerId == me || (ext ? ext->requestedBy == me : l->requestedBy == me))
            return m_ctx.refuse(
                Error::of(ErrorCode::PermissionDenied,
                          tr("Loan %1: nobody decides their own request; another head of %2 or a "
                             "company leader decides")
                              .arg(loanId)
                              .arg(l->approverDepartment)),
                "R32", QStringLiteral("loan_decide_own"), QStringLiteral("loan"), loanId, l->archiveNo);
        if (!approve && reason.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("reason"), {}, tr("Give the reason for the rejection"));
        const QDateTime now = m_ctx.clock.now();
        if (!ext) {
            Loan changed = l.value();
            changed.status = *decided;
            if (auto s = m_loans.decide(loanId, changed.status, m_ctx.userId(), now, reason.trimmed()); !s)
                return s.error();
            if (approve && changed.mode == AccessMode::Borrow) {
                auto due = WorkCalendarService(m_ctx).dueDate(changed.category, now.date());
                if (!due)
                    return due.error();
                changed.due =
                    changed.wantedReturn.isValid() ? std::min(changed.wantedReturn, due->date) : due->date;
                if (auto s = m_loans.setDue(loanId, changed.due); !s)
                    return s.error();
            }
            step.audited(
                LoanSupport(m_ctx).audit(AuditAction::Approval, changed,
                                         approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                                         auditTextRef(QStringLiteral("decision_reason"), reason)));
        } else {
            const LoanExtension& e = *ext;
            if (auto s = m_loans.decideExtension(
                    e.id, approve ? ExtensionStatus::Approved : ExtensionStatus::Rejected, m_ctx.userId(),
                    now, reason.trimmed());
                !s)
                return s.error();
            Loan changed = l.value();
            if (approve) {
                changed.due = e.newDue;
                if (auto s = m_loans.setDue(loanId, e.newDue); !s)
                    return s.error();
            }
            step.audited(LoanSupport(m_ctx).audit(AuditAction::Approval, changed,
                                                  approve ? QStringLiteral("approve_extension")
                                                          : QStringLiteral("reject_extension"),
                                                  auditTextRef(QStringLiteral("decision_reason"), reason)));
        }
        return {};
    });
    if (!w)
        return w.error();
    return LoanSupport(m_ctx).finish(loanId);
}

Result<Loan> LoanService::withdraw(qint64 loanId, const QString& reason)
{
    auto w = usecase::write(m_ctx, Permission::RequestLoan, [&](usecase::Step& step) -> Status {
        auto l = LoanSupport(m_ctx).stored(loanId);
        if (!l)
            return l.error();
        const qint64 me = m_ctx.userId();
        if (l->borrowerId != me && l->requestedBy != me)
            return m_ctx.refuse(
                Error::of(ErrorCode::PermissionDenied,
                          tr("Loan %1 was not asked by you: only the borrower or who registered the "
                             "request withdraws it")
                              .arg(loanId)),
                "R23", QStringLiteral("loan_withdraw"), QStringLiteral("loan"), loanId, l->archiveNo);
        const auto withdrawn = loanAfter(l->status, LoanEvent::Withdraw);
        if (!withdrawn)
            return Error::of(ErrorCode::Conflict,
                             tr("Loan %1 is %2: only a request that waits for its decision is "
                                "withdrawn")
                                 .arg(loanId)
                                 .arg(loanStatusLabel(l->status)));
        Loan changed = l.value();
        changed.status = *withdrawn;
        if (auto s = m_loans.decide(loanId, *withdrawn, me, m_ctx.clock.now(), reason.trimmed()); !s)
            return s.error();
        step.audited(LoanSupport(m_ctx).audit(AuditAction::LoanStep, changed, QStringLiteral("withdraw"),
                                              auditTextRef(QStringLiteral("withdraw_reason"), reason)));
        return {};
    });
    if (!w)
        return w.error();
    return LoanSupport(m_ctx).finish(loanId);
}

Result<Loan> LoanService::approve(qint64 loanId, const QString& reason)
{
    return decide(loanId, true, reason);
}

Result<Loan> LoanService::reject(qint64 loanId, const QString& reason)
{
    return decide(loanId, false, reason);
}

Result<Loan> LoanService::extend(qint64 loanId, const QDate& until, const QString& reason)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    auto l = LoanSupport(m_ctx).stored(loanId);
    if (!l)
        return l.error();
    const bool responsible = LoanSupport(m_ctx).mayDecide(l->approverDepartment);
    if (l->borrowerId != m_ctx.userId() && !responsible && !m_ctx.can(Permission::RunDesk))
        return Error::of(ErrorCode::PermissionDenied,
                         tr("Only the borrower asks to extend loan %1").arg(loanId));
    if (!loanAfter(l->status, LoanEvent::AskExtension))
        return Error::of(ErrorCode::Conflict, tr("Loan %1 is %2: only a dossier that is out is extended")
                                                  .arg(loanId)
                                                  .arg(loanStatusLabel(l->status)));
    const QDate today = m_ctx.clock.today();
    if (l->due.isValid() && today > l->due)
        return Error::invalid(QStringLiteral("until"), until.toString(Qt::ISODate),
                              tr("Loan %1 was due on %2: an extension is asked before the due date; "
                                 "return the dossier")
                                  .arg(loanId)
                                  .arg(l->due.toString(Qt::ISODate)));
    if (!until.isValid() || until <= l->due)
        return Error::invalid(QStringLiteral("until"), until.toString(Qt::ISODate),
                              tr("The new due date must be after %1").arg(l->due.toString(Qt::ISODate)));
    auto pending = m_loans.pendingExtension(loanId);
    if (!pending)
        return pending.error();
    if (pending.value())
        return Error::of(ErrorCode::Conflict, tr("Loan %1 already waits for an extension to %2")
                                                  .arg(loanId)
                                                  .arg(pending.value()->newDue.toString(Qt::ISODate)));
    const QDateTime now = m_ctx.clock.now();
    LoanExtension e;
    e.loanId = loanId;
    e.requestedAt = now;
    e.requestedBy = m_ctx.userId();
    e.oldDue = l->due;
    e.newDue = until;
    e.reason = reason.trimmed();
    // R32: even the responsible head asking waits: nobody approves their own request; another
    // head of the owning department or a company leader decides.
    e.status = ExtensionStatus::Pending;
    auto w = usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto id = m_loans.insertExtension(e); !id)
            return id.error();
        step.audited(LoanSupport(m_ctx).audit(AuditAction::LoanStep, l.value(),
                                              QStringLiteral("ask_extension"),
                                              auditTextRef(QStringLiteral("extension_reason"), e.reason)));
        return {};
    });
    if (!w)
        return w.error();
    return LoanSupport(m_ctx).finish(loanId);
}

Result<Loan> LoanService::loan(qint64 id)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    auto l = LoanSupport(m_ctx).finish(id);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(id));
    const User& u = *m_ctx.user();
    const bool all = u.role == Role::Leader || u.role == Role::Clerk;
    const bool dept =
        u.role == Role::Manager && (l->department == u.department || l->approverDepartment == u.department);
    if (!all && !dept && l->borrowerId != u.id)
        return Error::of(ErrorCode::PermissionDenied, tr("Loan %1 is not yours").arg(id));
    return l;
}

Result<QList<Loan>> LoanService::list(const ListFilter& f)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    const User& u = *m_ctx.user();
    LoanRepository::Filter rf;
    rf.statuses = f.statuses;
    if (f.overdueOnly)
        rf.overdueOn = m_ctx.clock.today();
    const bool all = u.role == Role::Leader || u.role == Role::Clerk;
    if (f.mineOnly || (!all && u.role != Role::Manager))
        rf.borrowerId = u.id;
    else if (u.role == Role::Manager)
        rf.department = u.department;
    if (!f.archiveNo.isEmpty()) {
        auto d = DossierService::resolveOne(m_ctx, f.archiveNo);
        if (!d)
            return d.error();
        rf.dossierId = d->id;
    }
    auto rows = m_loans.list(rf);
    if (!rows)
        return rows;
    const QDate today = m_ctx.clock.today();
    for (Loan& l : rows.value())
        LoanSupport(m_ctx).derive(l, today);
    if (f.overdueOnly) // by department, then borrower, as a Chinese reader sorts names (pinyin)
        std::stable_sort(rows.value().begin(), rows.value().end(), [](const Loan& a, const Loan& b) {
            if (const int c = pinyin::compare(a.department, b.department); c != 0)
                return c < 0;
            if (const int c = pinyin::compare(a.borrowerName, b.borrowerName); c != 0)
                return c < 0;
            return std::tie(a.due, a.id) < std::tie(b.due, b.id);
        });
    return rows;
}

Result<QList<Loan>> LoanService::overdue()
{
    ListFilter f;
    f.overdueOnly = true;
    return list(f);
}

Result<QList<Loan>> LoanService::inbox()
{
    if (auto s = m_ctx.require(Permission::ApproveLoans); !s)
        return s.error();
    const User& u = *m_ctx.user();
    auto rows = m_loans.awaitingDecision(u.role == Role::Leader ? QString() : u.department, u.id);
    if (!rows)
        return rows;
    for (Loan& l : rows.value())
        l.approverName = LoanSupport(m_ctx).approverLabel(l.approverDepartment, l.borrowerId);
    LoanSupport(m_ctx).fillRooms(rows.value());
    return rows;
}

Result<QList<LoanExtension>> LoanService::extensions(qint64 loanId)
{
    if (auto l = loan(loanId); !l)
        return l.error();
    return m_loans.extensions(loanId);
}

Result<LoanService::Summary> LoanService::summary()
{
    Summary s;
    if (!m_ctx.user() || (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans)))
        return s; // nothing to show for others
    auto o = overdue();
    if (!o)
        return o.error();
    s.overdue = o.value();
    ListFilter lf;
    lf.statuses = {LoanStatus::Lost};
    auto lost = list(lf);
    if (!lost)
        return lost.error();
    for (const Loan& l : lost.value())
        if (l.dossierStatus == QLatin1String("lost")) // not found again since (R34)
            s.lost << l;
    if (m_ctx.can(Permission::ApproveLoans)) {
        auto in = inbox();
        if (!in)
            return in.error();
        s.awaiting = in.value();
    }
    auto dmg = LoanRegisterService(m_ctx).damages(true);
    if (!dmg)
        return dmg.error();
    s.damaged = dmg.value();
    return s;
}

} // namespace ar
