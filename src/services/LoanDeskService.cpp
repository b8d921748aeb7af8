#include "LoanDeskService.h"

#include "Context.h"
#include "storage/LoanRepository.h"

#include "AuditService.h"
#include "DossierService.h"
#include "LoanService.h"
#include "LoanSupport.h"
#include "ReconciliationService.h"
#include "UseCase.h"
#include "WorkCalendarService.h"

#include <QJsonObject>

namespace ar {

LoanDeskService::LoanDeskService(Context& ctx) : m_ctx(ctx), m_loans(ctx.loans) {}

Result<Loan> LoanDeskService::checkOut(qint64 loanId)
{
    auto w = usecase::write(m_ctx, Permission::RunDesk, [&](usecase::Step& step) -> Result<QStringList> {
        auto l = LoanSupport(m_ctx).storedUnderLock(step.transaction(), loanId);
        if (!l)
            return l.error();
        if (l->status == LoanStatus::InRoom || l->visitId)
            return Error::of(
                ErrorCode::PermissionDenied,
                tr("Loan %1 is a viewing in the archive room and can never be taken out").arg(loanId));
        if (l->mode != AccessMode::Borrow)
            return Error::invalid(
                QStringLiteral("mode"), accessModeCode(l->mode),
                tr("Loan %1 is for %2, not for taking out").arg(loanId).arg(accessModeLabel(l->mode)));
        if (l->status == LoanStatus::Out)
            return Error::of(ErrorCode::Conflict, tr("Loan %1 is already out").arg(loanId));
        const auto out = loanAfter(l->status, LoanEvent::CheckOut);
        if (!out)
            return Error::of(ErrorCode::Conflict, tr("Loan %1 is %2: only an approved request is handed over")
                                                      .arg(loanId)
                                                      .arg(loanStatusLabel(l->status)));
        auto d = m_ctx.dossiers.byId(l->dossierId);
        if (!d)
            return d.error();
        auto outLoan = m_loans.outLoanOf(d->id);
        if (!outLoan)
            return outLoan.error();
        if (outLoan.value()) {
            auto other = m_loans.byId(*outLoan.value());
            return Error::of(ErrorCode::Conflict,
                             tr("Dossier %1 is already on loan to %2 (loan %3)")
                                 .arg(d->archiveNo, other ? other->borrowerName : QString())
                                 .arg(*outLoan.value()));
        }
        if (!dossierIsInRoom(d->status))
            return m_ctx.refuse(
                Error::of(ErrorCode::Conflict, tr("Dossier %1 is %2 and cannot be handed over")
                                                   .arg(d->archiveNo, dossierStatusLabel(d->status))),
                dossierIsGone(d->status) ? dossierGoneRule(d->status) : "R33",
                QStringLiteral("loan_check_out"), QStringLiteral("loan"), loanId, d->archiveNo);
        const QDateTime now = m_ctx.clock.now();
        auto due = WorkCalendarService(m_ctx).dueDate(d->category, now.date());
        if (!due)
            return due.error();
        QDate dueDay = due->date;
        if (l->wantedReturn.isValid() && l->wantedReturn >= now.date())
            dueDay = std::min(dueDay, l->wantedReturn);
        if (auto s = m_loans.checkOut(loanId, dueDay, m_ctx.userId(), now, d->status); !s)
            return s.error();
        if (auto s = m_loans.setDossierStatus(d->id, QStringLiteral("on_loan")); !s)
            return s.error();
        if (auto s = LoanSupport(m_ctx).noteStatus(d->id, d->status, QStringLiteral("on_loan")); !s)
            return s.error();
        Loan changed = l.value();
        changed.status = *out;
        changed.due = dueDay;
        step.audited(LoanSupport(m_ctx).audit(AuditAction::LoanStep, changed, QStringLiteral("checkout")));
        return due->warnings;
    });
    if (!w)
        return w.error();
    return LoanSupport(m_ctx).finish(loanId, w.value());
}

Result<Loan> LoanDeskService::checkOutByArchiveNo(const QString& archiveNo, const QString& borrowerLogin,
                                                  const QString& purpose)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d)
        return d.error();
    qint64 borrowerId = 0;
    if (!borrowerLogin.trimmed().isEmpty()) {
        auto b = m_ctx.users.byLogin(borrowerLogin.trimmed());
        if (!b)
            return Error::invalid(QStringLiteral("borrower"), borrowerLogin,
                                  tr("No account %1").arg(borrowerLogin));
        borrowerId = b->first.id;
    }
    auto approved = m_loans.approvedTakeOuts(d->id, borrowerId);
    if (!approved)
        return approved.error();
    if (approved->size() == 1 || (approved->size() > 1 && borrowerId))
        return checkOut(approved->first());
    if (approved->size() > 1)
        return Error::of(ErrorCode::Conflict, tr("Dossier %1 has %2 approved requests: name the borrower")
                                                  .arg(d->archiveNo)
                                                  .arg(approved->size()));
    if (!borrowerId)
        return Error::of(ErrorCode::NotFound,
                         tr("Dossier %1 has no approved request to take it out").arg(d->archiveNo));
    if (purpose.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("purpose"), {},
                              tr("%1 has no approved request for %2: state the purpose to ask now")
                                  .arg(borrowerLogin, d->archiveNo));
    return usecase::write(m_ctx, [&](usecase::Step&) -> Result<Loan> {
        auto asked = LoanService(m_ctx).request(
            LoanService::Request{d->archiveNo, borrowerLogin.trimmed(), AccessMode::Borrow, purpose, {}, {}});
        if (!asked)
            return asked;
        if (asked->status == LoanStatus::Approved)
            return checkOut(asked->id);
        return asked;
    });
}

Result<Loan> LoanDeskService::giveBack(qint64 loanId, ReturnCondition c, const QString& note)
{
    auto w = usecase::write(m_ctx, Permission::RunDesk, [&](usecase::Step& step) -> Status {
        auto l = LoanSupport(m_ctx).storedUnderLock(step.transaction(), loanId);
        if (!l)
            return l.error();
        // A take-out comes back; a viewing or copy request (never a take-out) is checked in.
        const auto back = loanAfter(l->status, LoanEvent::Return);
        const auto inRoom =
            l->mode != AccessMode::Borrow ? loanAfter(l->status, LoanEvent::EndInRoom) : std::nullopt;
        if (!back && !inRoom)
            return Error::of(
                ErrorCode::Conflict,
                tr("Loan %1 is %2: nothing to check in").arg(loanId).arg(loanStatusLabel(l->status)));
        if (c != ReturnCondition::Complete && note.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("note"), {}, tr("Say what is damaged or missing"));
        auto period = m_loans.period(l->category);
        if (!period)
            return period.error();
        const QDateTime now = m_ctx.clock.now();
        if (auto s = m_loans.giveBack(loanId, m_ctx.userId(), now, c, note.trimmed()); !s)
            return s.error();
        if (back) {
            // The status saved at check-out comes back only if nothing changed it while the folder was
            // out: an owner change meanwhile made it former_owner, and so it stays (R42, R6).
            auto d = m_ctx.dossiers.byId(l->dossierId);
            if (!d)
                return d.error();
            if (d->status == QLatin1String("on_loan")) {
                const QString status = dossierStatusAfterReturn(l->dossierStatusBefore);
                if (auto s = m_loans.setDossierStatus(l->dossierId, status); !s)
                    return s.error();
                if (auto s = LoanSupport(m_ctx).noteStatus(l->dossierId, d->status, status); !s)
                    return s.error();
            }
        }
        Loan changed = l.value();
        changed.status = back ? *back : *inRoom;
        if (auto s = LoanSupport(m_ctx).audit(
                AuditAction::LoanStep, changed, QStringLiteral("return"),
                returnConditionCode(c) +
                    (note.trimmed().isEmpty()
                         ? QString()
                         : QStringLiteral(" ") + auditTextRef(QStringLiteral("return_note"), note)));
            !s)
            return s.error();
        if (c != ReturnCondition::Complete) {
            DamageRecord r;
            r.dossierId = l->dossierId;
            r.loanId = loanId;
            r.condition = c;
            r.note = note.trimmed();
            r.department = period->department;
            r.recordedAt = now;
            auto id = m_loans.insertDamage(r, m_ctx.userId());
            if (!id)
                return id.error();
            const QJsonObject d{{QStringLiteral("step"), QStringLiteral("damage")},
                                {QStringLiteral("condition"), returnConditionCode(c)},
                                {QStringLiteral("department"), period->department}};
            step.audit(AuditAction::LoanStep, QStringLiteral("damage"), id.value(), l->archiveNo,
                       auditDetail(d), auditTextRef(QStringLiteral("damage_note"), note));
        }
        return {};
    });
    if (!w)
        return w.error();
    return LoanSupport(m_ctx).finish(loanId);
}

Result<Loan> LoanDeskService::giveBackByArchiveNo(const QString& archiveNo, ReturnCondition c,
                                                  const QString& note)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d)
        return d.error();
    auto out = m_loans.outLoanOf(d->id);
    if (!out)
        return out.error();
    if (!out.value())
        return Error::of(ErrorCode::Conflict, tr("Dossier %1 is not on loan").arg(d->archiveNo));
    return giveBack(*out.value(), c, note);
}

Result<Loan> LoanDeskService::reportLost(qint64 loanId, const QString& report)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans))
        return m_ctx.require(Permission::RunDesk).error();
    auto l = LoanSupport(m_ctx).stored(loanId);
    if (!l)
        return l.error();
    const auto lost = loanAfter(l->status, LoanEvent::ReportLost);
    if (!lost)
        return Error::of(ErrorCode::Conflict,
                         tr("Loan %1 is %2: only a dossier that is out can be lost on loan")
                             .arg(loanId)
                             .arg(loanStatusLabel(l->status)));
    const QString text = report.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("report"), {}, tr("Write the report on the loss"));
    auto dossier = m_ctx.dossiers.byId(l->dossierId);
    if (!dossier)
        return dossier.error();
    const QDateTime now = m_ctx.clock.now();
    auto w = usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = m_loans.markLost(loanId, m_ctx.userId(), now, text); !s)
            return s.error();
        if (auto s = m_loans.setDossierStatus(l->dossierId, QStringLiteral("lost")); !s)
            return s.error();
        // R34: the report stays in the dossier's history.
        for (const HistoryRepository::Row& row :
             {HistoryRepository::Row{QStringLiteral("dossier"), l->dossierId, QStringLiteral("status"),
                                     dossier->status, QStringLiteral("lost"), false},
              HistoryRepository::Row{
                  QStringLiteral("dossier"), l->dossierId, QStringLiteral("lost_report"), {}, text, false}})
            if (auto s = m_ctx.history.append(row, m_ctx.userId(), now); !s)
                return s.error();
        // R44: a dossier a reconciliation found missing is missing no longer once its loss is reported.
        if (auto s = ReconciliationService::resolveMissing(m_ctx, l->dossierId, QStringLiteral("lost")); !s)
            return s.error();
        Loan changed = l.value();
        changed.status = *lost;
        step.audited(LoanSupport(m_ctx).audit(AuditAction::LoanStep, changed, QStringLiteral("lost"),
                                              auditTextRef(QStringLiteral("loss_report"), text)));
        return {};
    });
    if (!w)
        return w.error();
    return LoanSupport(m_ctx).finish(loanId);
}

Result<Dossier> LoanDeskService::markFound(const QString& archiveNo, const QString& note)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d)
        return d.error();
    if (d->status != QLatin1String("lost"))
        return Error::of(ErrorCode::Conflict,
                         tr("Dossier %1 is %2, not lost").arg(d->archiveNo, dossierStatusLabel(d->status)));
    const QString text = note.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("note"), {},
                              tr("Say where and how dossier %1 was found").arg(d->archiveNo));
    // Back to what it was before it was lost; a former owner's dossier (the owner changed while it
    // was lost: closed_on is set) becomes former_owner (R42).
    LoanRepository::Filter lf;
    lf.dossierId = d->id;
    lf.statuses = {LoanStatus::Lost};
    lf.limit = 1;
    auto lostLoans = m_loans.list(lf);
    if (!lostLoans)
        return lostLoans.error();
    const QString back = dossierStatusWhenFound(
        lostLoans->isEmpty() ? QString() : lostLoans->first().dossierStatusBefore, d->closedOn.isValid());
    const QDateTime now = m_ctx.clock.now();
    auto w = usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = m_ctx.dossiers.setStatus(d->id, back); !s)
            return s.error();
        for (const HistoryRepository::Row& row :
             {HistoryRepository::Row{QStringLiteral("dossier"), d->id, QStringLiteral("status"), d->status,
                                     back, false},
              HistoryRepository::Row{
                  QStringLiteral("dossier"), d->id, QStringLiteral("found_note"), {}, text, false}})
            if (auto s = m_ctx.history.append(row, m_ctx.userId(), now); !s)
                return s.error();
        const QJsonObject detail{{QStringLiteral("step"), QStringLiteral("found")},
                                 {QStringLiteral("status"), back},
                                 {QStringLiteral("rule"), QStringLiteral("R34")}};
        step.audit(AuditAction::LoanStep, QStringLiteral("dossier"), d->id, d->archiveNo, auditDetail(detail),
                   auditTextRef(QStringLiteral("found_note"), text));
        return {};
    });
    if (!w)
        return w.error();
    return m_ctx.dossiers.byId(d->id);
}

Result<LoanDeskService::DeskBorrower> LoanDeskService::deskBorrower(const QString& login)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    if (login.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("borrower"), {}, tr("Give the borrower's login"));
    auto u = LoanSupport(m_ctx).borrowerFor(login.trimmed());
    if (!u)
        return u.error();
    LoanRepository::Filter f;
    f.borrowerId = u->id;
    f.statuses = {LoanStatus::Out, LoanStatus::Approved, LoanStatus::Pending};
    auto rows = m_loans.list(f);
    if (!rows)
        return rows.error();
    DeskBorrower b;
    b.user = u.value();
    const QDate today = m_ctx.clock.today();
    for (Loan& l : rows.value()) {
        LoanSupport(m_ctx).derive(l, today);
        if (l.daysOverdue > 0)
            ++b.overdue;
    }
    b.loans = rows.value();
    return b;
}

} // namespace ar
