// Around a request, as the people at each end see it (issue #20 item 7): who asked may withdraw
// it while it waits; the desk sees the borrower and what they already have; the approver sees
// where the dossier belongs.
#include "LoanService.h"

#include "Context.h"

#include "AuditService.h"

namespace ar {

Result<Loan> LoanService::withdraw(qint64 loanId, const QString& reason)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
    const qint64 me = m_ctx.userId();
    if (l->borrowerId != me && l->requestedBy != me)
        return m_ctx.refuse(
            Error::of(ErrorCode::PermissionDenied,
                      tr("Loan %1 was not asked by you: only the borrower or who registered the "
                         "request withdraws it")
                          .arg(loanId)),
            "R23", QStringLiteral("loan_withdraw"), QStringLiteral("loan"), loanId, l->archiveNo);
    if (l->status != LoanStatus::Pending)
        return Error::of(ErrorCode::Conflict,
                         tr("Loan %1 is %2: only a request that waits for its decision is "
                            "withdrawn")
                             .arg(loanId)
                             .arg(loanStatusLabel(l->status)));
    Loan changed = l.value();
    changed.status = LoanStatus::Withdrawn;
    if (auto s = m_loans.decide(loanId, LoanStatus::Withdrawn, me, m_ctx.clock.now(), reason.trimmed()); !s)
        return s.error();
    if (auto s = audit(AuditAction::LoanStep, changed, QStringLiteral("withdraw"),
                       auditTextRef(QStringLiteral("withdraw_reason"), reason));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return finish(loanId);
}

Result<LoanService::DeskBorrower> LoanService::deskBorrower(const QString& login)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    if (login.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("borrower"), {}, tr("Give the borrower's login"));
    auto u = borrowerFor(login.trimmed());
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
        derive(l, today);
        if (l.daysOverdue > 0)
            ++b.overdue;
    }
    b.loans = rows.value();
    return b;
}

void LoanService::fillRooms(QList<Loan>& loans)
{
    QList<qint64> dossierIds;
    for (const Loan& l : loans)
        if (!dossierIds.contains(l.dossierId))
            dossierIds << l.dossierId;
    QHash<qint64, qint64> roomOfDossier;
    QList<qint64> roomIds;
    if (auto dossiers = m_ctx.dossiers.byIds(dossierIds))
        for (const Dossier& d : dossiers.value()) {
            roomOfDossier.insert(d.id, d.roomId);
            if (d.roomId > 0 && !roomIds.contains(d.roomId))
                roomIds << d.roomId;
        }
    QHash<QString, QString> categoryNames;
    for (Loan& l : loans) {
        if (!categoryNames.contains(l.category)) {
            auto c = m_ctx.dossiers.category(l.category);
            categoryNames.insert(l.category, c ? c->name : l.category);
        }
        l.categoryName = categoryNames.value(l.category);
    }
    auto places = m_ctx.estates.places(roomIds);
    if (!places)
        return; // the room is a detail of the inbox; the requests are shown without it
    for (Loan& l : loans) {
        const auto it = places->constFind(roomOfDossier.value(l.dossierId));
        if (it != places->constEnd())
            l.room = it->estate.name + QLatin1Char(' ') + it->ref();
    }
}

} // namespace ar
