#include "LoanSupport.h"

#include "Context.h"
#include "storage/LoanRepository.h"

#include "AuditService.h"

#include <QJsonObject>

namespace ar {

LoanSupport::LoanSupport(Context& ctx) : m_ctx(ctx), m_loans(ctx.loans) {}

bool LoanSupport::mayDecide(const QString& approverDepartment) const
{
    const auto& u = m_ctx.user();
    if (!u || !allows(u->role, Permission::ApproveLoans))
        return false;
    return u->role == Role::Leader || (!approverDepartment.isEmpty() && u->department == approverDepartment);
}

QString LoanSupport::approverLabel(const QString& department, qint64 askerId)
{
    QStringList names;
    if (auto all = m_ctx.users.all())
        for (const User& u : all.value())
            if (u.active && u.role == Role::Manager && u.department == department && u.id != askerId)
                names << u.displayName;
    const QString head = tr("Head of %1").arg(department);
    return names.isEmpty() ? head : QStringLiteral("%1 (%2)").arg(head, names.join(QStringLiteral(", ")));
}

Result<User> LoanSupport::borrowerFor(const QString& login)
{
    if (login.isEmpty() || login == m_ctx.user()->login)
        return *m_ctx.user();
    if (!m_ctx.can(Permission::RunDesk))
        return Error::of(ErrorCode::PermissionDenied,
                         tr("Only the archive clerk registers a request for someone else"));
    auto u = m_ctx.users.byLogin(login);
    if (!u) {
        if (u.error().code == ErrorCode::NotFound)
            return Error::invalid(QStringLiteral("borrower"), login, tr("No account %1").arg(login));
        return u.error();
    }
    if (!u->first.active)
        return Error::invalid(QStringLiteral("borrower"), login, tr("The account %1 is disabled").arg(login));
    return u->first;
}

Status LoanSupport::audit(AuditAction a, const Loan& l, const QString& step, const QString& reason)
{
    QJsonObject d{{QStringLiteral("step"), step},
                  {QStringLiteral("status"), loanStatusCode(l.status)},
                  {QStringLiteral("mode"), accessModeCode(l.mode)},
                  {QStringLiteral("borrower"), l.borrowerLogin.isEmpty() ? l.borrowerName : l.borrowerLogin},
                  {QStringLiteral("rule"), l.rule}};
    if (l.due.isValid())
        d.insert(QStringLiteral("due"), l.due.toString(Qt::ISODate));
    return AuditService(m_ctx).record(a, QStringLiteral("loan"), l.id, l.archiveNo, auditDetail(d), reason);
}

Status LoanSupport::noteStatus(qint64 dossierId, const QString& from, const QString& to)
{
    return m_ctx.history.append(HistoryRepository::Row{QStringLiteral("dossier"), dossierId,
                                                       QStringLiteral("status"), from, to, false},
                                m_ctx.userId(), m_ctx.clock.now());
}

Result<Loan> LoanSupport::stored(qint64 loanId)
{
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
    return l;
}

Result<Loan> LoanSupport::storedUnderLock(Transaction& tx, qint64 loanId)
{
    if (auto s = tx.begin(); !s)
        return s.error();
    return stored(loanId);
}

Result<Loan> LoanSupport::finish(qint64 loanId, const QStringList& warnings)
{
    auto l = m_loans.byId(loanId);
    if (!l)
        return l;
    l.value().warnings = warnings;
    derive(l.value(), m_ctx.clock.today());
    return l;
}

void LoanSupport::derive(Loan& l, const QDate& today)
{
    l.daysOverdue = loanDaysOverdue(l.status, l.due, today);
    l.approverName = (l.status == LoanStatus::Pending || l.extensionPending)
                         ? approverLabel(l.approverDepartment, l.borrowerId)
                         : l.decidedByName;
}

void LoanSupport::fillRooms(QList<Loan>& loans)
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
