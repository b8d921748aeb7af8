#include "LoanService.h"

#include "Context.h"
#include "storage/ContentStore.h"
#include "storage/LoanRepository.h"

#include "AccessService.h"
#include "AuditService.h"
#include "ReconciliationService.h"

#include "core/Pinyin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

namespace ar {

LoanService::LoanService(Context& ctx) : m_ctx(ctx), m_loans(ctx.loans) {}


namespace {

bool closedStatus(const QString& dossierStatus)
{
    return dossierStatus == QLatin1String("lost") || dossierStatus == QLatin1String("destroyed");
}

// The rule that keeps a closed dossier in place: lost stays lost (R34), destroyed is gone (R43).
const char* closedRule(const QString& dossierStatus)
{
    return dossierStatus == QLatin1String("destroyed") ? "R43" : "R34";
}

} // namespace

bool LoanService::mayDecide(const QString& approverDepartment) const
{
    const auto& u = m_ctx.user();
    if (!u || !allows(u->role, Permission::ApproveLoans))
        return false;
    return u->role == Role::Leader || (!approverDepartment.isEmpty() && u->department == approverDepartment);
}

QString LoanService::approverLabel(const QString& department, qint64 askerId)
{
    QStringList names;
    if (auto all = m_ctx.users.all())
        for (const User& u : all.value())
            if (u.active && u.role == Role::Manager && u.department == department && u.id != askerId)
                names << u.displayName;
    const QString head = tr("Head of %1").arg(department);
    return names.isEmpty() ? head : QStringLiteral("%1 (%2)").arg(head, names.join(QStringLiteral(", ")));
}

Result<User> LoanService::borrowerFor(const QString& login)
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

Status LoanService::audit(AuditAction a, const Loan& l, const QString& step, const QString& reason)
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

Status LoanService::noteStatus(qint64 dossierId, const QString& from, const QString& to)
{
    return m_ctx.history.append(HistoryRepository::Row{QStringLiteral("dossier"), dossierId,
                                                       QStringLiteral("status"), from, to, false},
                                m_ctx.userId(), m_ctx.clock.now());
}

Result<WorkCalendar> LoanService::calendar()
{
    WorkCalendar c = WorkCalendar::shipped();
    auto loaded = m_loans.calendarYears();
    if (!loaded)
        return loaded.error();
    for (const CalendarYear& y : loaded.value())
        c.setYear(y);
    return c;
}

Result<LoanService::Due> LoanService::dueDate(const QString& category, const QDate& from)
{
    auto p = m_loans.period(category);
    if (!p)
        return p.error();
    Due due;
    if (p->days <= 0) {
        due.date = from; // R31: owner and tenant dossiers come back the same day
        return due;
    }
    if (!p->workingDays) {
        due.date = from.addDays(p->days);
        return due;
    }
    auto c = calendar();
    if (!c)
        return c.error();
    due.date = c->addWorkingDays(from, p->days);
    for (int y : c->yearsWithoutData(from, due.date))
        due.warnings
            << tr("No working-day calendar for %1 is loaded: counted Monday to Friday without the public "
                  "holidays. An administrator can load the year (借阅 → 载入工作日历).")
                   .arg(y);
    return due;
}

Result<CalendarYear> LoanService::loadCalendar(const QByteArray& data, const QString& sourceName)
{
    if (auto s = m_ctx.require(Permission::ConfigureArchive); !s)
        return s.error();
    auto y = WorkCalendar::parse(data, sourceName);
    if (!y)
        return y;
    Transaction tx(m_ctx.db);
    if (auto s = m_loans.putCalendarYear(y.value(), m_ctx.userId(), m_ctx.clock.now()); !s)
        return s.error();
    const QJsonObject d{{QStringLiteral("year"), y->year},
                        {QStringLiteral("dates"), int(y->days.size())},
                        {QStringLiteral("source"), y->source}};
    if (auto s = AuditService(m_ctx).record(AuditAction::Change, QStringLiteral("calendar"), y->year, {},
                                            auditDetail(d));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return y;
}

Result<Loan> LoanService::finish(qint64 loanId, const QStringList& warnings)
{
    auto l = m_loans.byId(loanId);
    if (!l)
        return l;
    l.value().warnings = warnings;
    derive(l.value(), m_ctx.clock.today());
    return l;
}

void LoanService::derive(Loan& l, const QDate& today)
{
    if (l.status == LoanStatus::Out && l.due.isValid() && l.due < today)
        l.daysOverdue = int(l.due.daysTo(today));
    l.approverName = (l.status == LoanStatus::Pending || l.extensionPending)
                         ? approverLabel(l.approverDepartment, l.borrowerId)
                         : l.decidedByName;
}

Result<Loan> LoanService::request(const Request& r)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    auto borrower = borrowerFor(r.borrowerLogin.trimmed());
    if (!borrower)
        return borrower.error();
    auto d = DossierService::resolveOne(m_ctx, r.archiveNo);
    if (!d)
        return d.error();
    if (closedStatus(d->status))
        return m_ctx.refuse(
            Error::invalid(
                QStringLiteral("archive_no"), d->archiveNo,
                tr("Dossier %1 is %2 and cannot be lent").arg(d->archiveNo, dossierStatusLabel(d->status))),
            closedRule(d->status), QStringLiteral("loan_request"), QStringLiteral("dossier"), d->id,
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
    switch (decision->outcome) {
    case AccessOutcome::Granted:
        l.status = LoanStatus::Approved;
        l.decidedAt = l.requestedAt;
        break;
    case AccessOutcome::NeedsApproval:
        l.status = LoanStatus::Pending;
        break;
    case AccessOutcome::InRoomOnly:
        l.status = LoanStatus::InRoom;
        l.decidedAt = l.requestedAt;
        break;
    case AccessOutcome::Refused:
        l.status = LoanStatus::Refused;
        l.decidedAt = l.requestedAt;
        break;
    }
    QStringList warnings;
    if (l.mode == AccessMode::Borrow &&
        (l.status == LoanStatus::Approved || l.status == LoanStatus::Pending)) {
        // The due date if the folder leaves today; fixed again at check-out.
        auto due = dueDate(d->category, today);
        if (!due)
            return due.error();
        l.due = l.wantedReturn.isValid() ? std::min(l.wantedReturn, due->date) : due->date;
        warnings = due->warnings;
    } else if (l.mode == AccessMode::View && l.status != LoanStatus::Refused) {
        l.due = today; // viewing happens in the room, the same day
    }

    Transaction tx(m_ctx.db);
    auto id = m_loans.insert(l);
    if (!id)
        return id.error();
    l.id = id.value();
    if (auto s = audit(AuditAction::LoanStep, l, QStringLiteral("request"),
                       auditTextRef(QStringLiteral("purpose"), purpose));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return finish(l.id, warnings);
}

Result<Loan> LoanService::decide(qint64 loanId, bool approve, const QString& reason)
{
    if (auto s = m_ctx.require(Permission::ApproveLoans); !s)
        return s.error();
    // Read under the write lock the transaction takes when it begins (docs/architecture.md, one
    // lock order): what the checks find cannot change before the writes.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
    if (!mayDecide(l->approverDepartment))
        return m_ctx.refuse(Error::of(ErrorCode::PermissionDenied,
                                      tr("Loan %1 is decided by the head of %2 or a company leader")
                                          .arg(loanId)
                                          .arg(l->approverDepartment)),
                            "R2", QStringLiteral("loan_decide"), QStringLiteral("loan"), loanId,
                            l->archiveNo);
    std::optional<LoanExtension> ext;
    if (l->status != LoanStatus::Pending) {
        auto pending = m_loans.pendingExtension(loanId);
        if (!pending)
            return pending.error();
        if (!pending.value())
            return Error::of(
                ErrorCode::Conflict,
                tr("Loan %1 waits for no decision (it is %2)").arg(loanId).arg(loanStatusLabel(l->status)));
        ext = pending.value();
    }
    // R25, R32: nobody decides their own request, copy or extension; another head of the owning
    // department or a company leader does.
    const qint64 me = m_ctx.userId();
    if (l->borrowerId == me || (ext ? ext->requestedBy == me : l->requestedBy == me))
        return m_ctx.refuse(Error::of(ErrorCode::PermissionDenied,
                                      tr("Loan %1: nobody decides their own request; another head of %2 or a "
                                         "company leader decides")
                                          .arg(loanId)
                                          .arg(l->approverDepartment)),
                            "R32", QStringLiteral("loan_decide_own"), QStringLiteral("loan"), loanId,
                            l->archiveNo);
    if (!approve && reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), {}, tr("Give the reason for the rejection"));
    const QDateTime now = m_ctx.clock.now();
    if (!ext) {
        Loan changed = l.value();
        changed.status = approve ? LoanStatus::Approved : LoanStatus::Rejected;
        if (auto s = m_loans.decide(loanId, changed.status, m_ctx.userId(), now, reason.trimmed()); !s)
            return s.error();
        if (approve && changed.mode == AccessMode::Borrow) {
            auto due = dueDate(changed.category, now.date());
            if (!due)
                return due.error();
            changed.due =
                changed.wantedReturn.isValid() ? std::min(changed.wantedReturn, due->date) : due->date;
            if (auto s = m_loans.setDue(loanId, changed.due); !s)
                return s.error();
        }
        if (auto s = audit(AuditAction::Approval, changed,
                           approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                           auditTextRef(QStringLiteral("decision_reason"), reason));
            !s)
            return s.error();
    } else {
        const LoanExtension& e = *ext;
        if (auto s =
                m_loans.decideExtension(e.id, approve ? ExtensionStatus::Approved : ExtensionStatus::Rejected,
                                        m_ctx.userId(), now, reason.trimmed());
            !s)
            return s.error();
        Loan changed = l.value();
        if (approve) {
            changed.due = e.newDue;
            if (auto s = m_loans.setDue(loanId, e.newDue); !s)
                return s.error();
        }
        if (auto s = audit(AuditAction::Approval, changed,
                           approve ? QStringLiteral("approve_extension") : QStringLiteral("reject_extension"),
                           auditTextRef(QStringLiteral("decision_reason"), reason));
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return finish(loanId);
}

Result<Loan> LoanService::approve(qint64 loanId, const QString& reason)
{
    return decide(loanId, true, reason);
}

Result<Loan> LoanService::reject(qint64 loanId, const QString& reason)
{
    return decide(loanId, false, reason);
}

Result<Loan> LoanService::checkOut(qint64 loanId)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    // Read under the write lock the transaction takes when it begins (docs/architecture.md, one
    // lock order): what the checks find cannot change before the writes.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
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
    if (l->status != LoanStatus::Approved)
        return Error::of(ErrorCode::Conflict, tr("Loan %1 is %2: only an approved request is handed over")
                                                  .arg(loanId)
                                                  .arg(loanStatusLabel(l->status)));
    auto d = m_ctx.dossiers.byId(l->dossierId);
    if (!d)
        return d.error();
    auto out = m_loans.outLoanOf(d->id);
    if (!out)
        return out.error();
    if (out.value()) {
        auto other = m_loans.byId(*out.value());
        return Error::of(ErrorCode::Conflict, tr("Dossier %1 is already on loan to %2 (loan %3)")
                                                  .arg(d->archiveNo, other ? other->borrowerName : QString())
                                                  .arg(*out.value()));
    }
    if (closedStatus(d->status) || d->status == QLatin1String("on_loan"))
        return m_ctx.refuse(
            Error::of(ErrorCode::Conflict, tr("Dossier %1 is %2 and cannot be handed over")
                                               .arg(d->archiveNo, dossierStatusLabel(d->status))),
            closedStatus(d->status) ? closedRule(d->status) : "R33", QStringLiteral("loan_check_out"),
            QStringLiteral("loan"), loanId, d->archiveNo);
    const QDateTime now = m_ctx.clock.now();
    auto due = dueDate(d->category, now.date());
    if (!due)
        return due.error();
    QDate dueDay = due->date;
    if (l->wantedReturn.isValid() && l->wantedReturn >= now.date())
        dueDay = std::min(dueDay, l->wantedReturn);
    if (auto s = m_loans.checkOut(loanId, dueDay, m_ctx.userId(), now, d->status); !s)
        return s.error();
    if (auto s = m_loans.setDossierStatus(d->id, QStringLiteral("on_loan")); !s)
        return s.error();
    if (auto s = noteStatus(d->id, d->status, QStringLiteral("on_loan")); !s)
        return s.error();
    Loan changed = l.value();
    changed.status = LoanStatus::Out;
    changed.due = dueDay;
    if (auto s = audit(AuditAction::LoanStep, changed, QStringLiteral("checkout")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return finish(loanId, due->warnings);
}

Result<Loan> LoanService::checkOutByArchiveNo(const QString& archiveNo, const QString& borrowerLogin,
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
    Transaction tx(m_ctx.db);
    auto asked = request(Request{d->archiveNo, borrowerLogin.trimmed(), AccessMode::Borrow, purpose, {}, {}});
    if (!asked)
        return asked;
    Result<Loan> result = asked;
    if (asked->status == LoanStatus::Approved)
        result = checkOut(asked->id);
    if (!result)
        return result;
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<Loan> LoanService::giveBack(qint64 loanId, ReturnCondition c, const QString& note)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    // Read under the write lock the transaction takes when it begins (docs/architecture.md, one
    // lock order): what the checks find cannot change before the writes.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
    const bool inRoom = l->mode != AccessMode::Borrow &&
                        (l->status == LoanStatus::Approved || l->status == LoanStatus::InRoom);
    if (l->status != LoanStatus::Out && !inRoom)
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
    if (l->status == LoanStatus::Out) {
        // The status saved at check-out comes back only if nothing changed it while the folder was
        // out: an owner change meanwhile made it former_owner, and so it stays (R42, R6).
        auto d = m_ctx.dossiers.byId(l->dossierId);
        if (!d)
            return d.error();
        if (d->status == QLatin1String("on_loan")) {
            const QString back =
                l->dossierStatusBefore.isEmpty() ? QStringLiteral("open") : l->dossierStatusBefore;
            if (auto s = m_loans.setDossierStatus(l->dossierId, back); !s)
                return s.error();
            if (auto s = noteStatus(l->dossierId, d->status, back); !s)
                return s.error();
        }
    }
    Loan changed = l.value();
    changed.status = LoanStatus::Returned;
    if (auto s = audit(AuditAction::LoanStep, changed, QStringLiteral("return"),
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
        if (auto s = AuditService(m_ctx).record(AuditAction::LoanStep, QStringLiteral("damage"), id.value(),
                                                l->archiveNo, auditDetail(d),
                                                auditTextRef(QStringLiteral("damage_note"), note));
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return finish(loanId);
}

Result<Loan> LoanService::giveBackByArchiveNo(const QString& archiveNo, ReturnCondition c,
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

Result<Loan> LoanService::extend(qint64 loanId, const QDate& until, const QString& reason)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
    const bool responsible = mayDecide(l->approverDepartment);
    if (l->borrowerId != m_ctx.userId() && !responsible && !m_ctx.can(Permission::RunDesk))
        return Error::of(ErrorCode::PermissionDenied,
                         tr("Only the borrower asks to extend loan %1").arg(loanId));
    if (l->status != LoanStatus::Out)
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
    Transaction tx(m_ctx.db);
    if (auto id = m_loans.insertExtension(e); !id)
        return id.error();
    if (auto s = audit(AuditAction::LoanStep, l.value(), QStringLiteral("ask_extension"),
                       auditTextRef(QStringLiteral("extension_reason"), e.reason));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return finish(loanId);
}

Result<Loan> LoanService::reportLost(qint64 loanId, const QString& report)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans))
        return m_ctx.require(Permission::RunDesk).error();
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
    if (l->status != LoanStatus::Out)
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
    Transaction tx(m_ctx.db);
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
    changed.status = LoanStatus::Lost;
    if (auto s = audit(AuditAction::LoanStep, changed, QStringLiteral("lost"),
                       auditTextRef(QStringLiteral("loss_report"), text));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return finish(loanId);
}

Result<Dossier> LoanService::markFound(const QString& archiveNo, const QString& note)
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
    QString back = QStringLiteral("open");
    LoanRepository::Filter lf;
    lf.dossierId = d->id;
    lf.statuses = {LoanStatus::Lost};
    lf.limit = 1;
    auto lostLoans = m_loans.list(lf);
    if (!lostLoans)
        return lostLoans.error();
    if (!lostLoans->isEmpty()) {
        const QString before = lostLoans->first().dossierStatusBefore;
        if (!before.isEmpty() && before != QLatin1String("on_loan") && before != QLatin1String("lost"))
            back = before;
    }
    if (d->closedOn.isValid())
        back = QStringLiteral("former_owner");
    const QDateTime now = m_ctx.clock.now();
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.dossiers.setStatus(d->id, back); !s)
        return s.error();
    for (const HistoryRepository::Row& row :
         {HistoryRepository::Row{QStringLiteral("dossier"), d->id, QStringLiteral("status"), d->status, back,
                                 false},
          HistoryRepository::Row{
              QStringLiteral("dossier"), d->id, QStringLiteral("found_note"), {}, text, false}})
        if (auto s = m_ctx.history.append(row, m_ctx.userId(), now); !s)
            return s.error();
    const QJsonObject detail{{QStringLiteral("step"), QStringLiteral("found")},
                             {QStringLiteral("status"), back},
                             {QStringLiteral("rule"), QStringLiteral("R34")}};
    if (auto s =
            AuditService(m_ctx).record(AuditAction::LoanStep, QStringLiteral("dossier"), d->id, d->archiveNo,
                                       auditDetail(detail), auditTextRef(QStringLiteral("found_note"), text));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return m_ctx.dossiers.byId(d->id);
}

Result<Loan> LoanService::loan(qint64 id)
{
    if (auto s = m_ctx.require(Permission::RequestLoan); !s)
        return s.error();
    auto l = finish(id);
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
        derive(l, today);
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
        l.approverName = approverLabel(l.approverDepartment, l.borrowerId);
    fillRooms(rows.value());
    return rows;
}

Result<QList<LoanExtension>> LoanService::extensions(qint64 loanId)
{
    if (auto l = loan(loanId); !l)
        return l.error();
    return m_loans.extensions(loanId);
}

Result<CopyEntry> LoanService::recordCopy(qint64 loanId, const QString& pages, int sheets, int copies,
                                          const QString& note)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto l = m_loans.byId(loanId);
    if (!l)
        return Error::of(ErrorCode::NotFound, tr("No loan %1").arg(loanId));
    if (l->mode != AccessMode::Copy)
        return Error::invalid(QStringLiteral("mode"), accessModeCode(l->mode),
                              tr("Loan %1 is not a copy request").arg(loanId));
    if (l->status != LoanStatus::Approved)
        return m_ctx.refuse(
            Error::of(
                ErrorCode::PermissionDenied,
                tr("Loan %1 is %2: no copy without approval").arg(loanId).arg(loanStatusLabel(l->status))),
            "R25", QStringLiteral("copy"), QStringLiteral("loan"), loanId, l->archiveNo);
    const QString p = pages.trimmed().isEmpty() ? l->pages : pages.trimmed();
    if (p.isEmpty())
        return Error::invalid(QStringLiteral("pages"), {}, tr("Say which pages were copied"));
    if (sheets < 1)
        return Error::invalid(QStringLiteral("sheets"), QString::number(sheets),
                              tr("The number of sheets must be at least 1"));
    if (copies < 1)
        return Error::invalid(QStringLiteral("copies"), QString::number(copies),
                              tr("The number of copies must be at least 1"));
    CopyEntry c;
    c.loanId = loanId;
    c.dossierId = l->dossierId;
    c.pages = p;
    c.sheets = sheets;
    c.copies = copies;
    c.purpose = l->purpose;
    c.madeAt = m_ctx.clock.now();
    c.note = note.trimmed();
    Transaction tx(m_ctx.db);
    auto id = m_loans.insertCopy(c, m_ctx.userId());
    if (!id)
        return id.error();
    if (auto s = m_loans.close(loanId, LoanStatus::Returned); !s)
        return s.error();
    const QJsonObject d{{QStringLiteral("pages"), p},
                        {QStringLiteral("sheets"), sheets},
                        {QStringLiteral("copies"), copies},
                        {QStringLiteral("loan"), loanId}};
    if (auto s =
            AuditService(m_ctx).record(AuditAction::Copy, QStringLiteral("copy"), id.value(), l->archiveNo,
                                       auditDetail(d), auditTextRef(QStringLiteral("purpose"), l->purpose));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auto all = m_loans.copies(l->dossierId);
    if (!all)
        return all.error();
    for (const CopyEntry& e : all.value())
        if (e.id == id.value())
            return e;
    return Error::of(ErrorCode::Failed, QStringLiteral("copy entry"));
}

Result<QList<CopyEntry>> LoanService::copyRegister(const QString& archiveNo)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans) &&
        !m_ctx.can(Permission::PrintForms))
        return m_ctx.require(Permission::RunDesk).error();
    qint64 dossierId = 0;
    if (!archiveNo.isEmpty()) {
        auto d = DossierService::resolveOne(m_ctx, archiveNo);
        if (!d)
            return d.error();
        dossierId = d->id;
    }
    return m_loans.copies(dossierId);
}

Result<Visit> LoanService::addVisit(const VisitInput& v)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, v.archiveNo);
    if (!d)
        return d.error();
    for (const auto& [field, value, label] :
         {std::tuple{"organ", v.organ, tr("the organ")}, std::tuple{"officer", v.officer, tr("the officer")},
          std::tuple{"credential", v.credential, tr("the officer's credential")}})
        if (value.trimmed().isEmpty())
            return Error::invalid(QString::fromLatin1(field), {}, tr("Name %1").arg(label));
    // R24: a visit happens in the archive room, so the dossier must be there.
    auto out = m_loans.outLoanOf(d->id);
    if (!out)
        return out.error();
    if (out.value()) {
        auto other = m_loans.byId(*out.value());
        if (!other)
            return other.error();
        return m_ctx.refuse(
            Error::of(ErrorCode::Conflict,
                      tr("Dossier %1 is not in the archive room: it is on loan to %2 (%3, loan %4), due %5")
                          .arg(d->archiveNo, other->borrowerName, other->department)
                          .arg(other->id)
                          .arg(other->due.toString(Qt::ISODate))),
            "R24", QStringLiteral("visit"), QStringLiteral("dossier"), d->id, d->archiveNo);
    }
    if (closedStatus(d->status) || d->status == QLatin1String("on_loan"))
        return m_ctx.refuse(
            Error::of(ErrorCode::Conflict, tr("Dossier %1 is not in the archive room: it is %2")
                                               .arg(d->archiveNo, dossierStatusLabel(d->status))),
            "R24", QStringLiteral("visit"), QStringLiteral("dossier"), d->id, d->archiveNo);
    auto period = m_loans.period(d->category);
    if (!period)
        return period.error();
    auto approver = m_ctx.users.byLogin(v.approvedByLogin.trimmed());
    if (!approver)
        return Error::invalid(QStringLiteral("approved_by"), v.approvedByLogin,
                              tr("No account %1").arg(v.approvedByLogin));
    const User& a = approver->first;
    if (a.role != Role::Leader && !(a.role == Role::Manager && a.department == period->department))
        return Error::invalid(QStringLiteral("approved_by"), v.approvedByLogin,
                              tr("%1 cannot consent: a company leader or the head of %2 does")
                                  .arg(a.displayName, period->department));
    const QDateTime now = m_ctx.clock.now();
    Visit visit;
    visit.dossierId = d->id;
    visit.archiveNo = d->archiveNo;
    visit.organ = v.organ.trimmed();
    visit.officer = v.officer.trimmed();
    visit.credential = v.credential.trimmed();
    visit.approvedBy = a.id;
    visit.approvedByName = a.displayName;
    visit.visitedAt = now;
    visit.note = v.note.trimmed();
    Transaction tx(m_ctx.db);
    auto id = m_loans.insertVisit(visit, m_ctx.userId());
    if (!id)
        return id.error();
    visit.id = id.value();
    Loan l;
    l.dossierId = d->id;
    l.archiveNo = d->archiveNo;
    l.borrowerName = QStringLiteral("%1 %2").arg(visit.organ, visit.officer);
    l.department = visit.organ;
    l.mode = AccessMode::View;
    l.purpose = visit.note.isEmpty() ? visit.credential : visit.note;
    l.status = LoanStatus::InRoom;
    l.rule = QStringLiteral("R24");
    l.approverDepartment = period->department;
    l.requestedAt = now;
    l.requestedBy = m_ctx.userId();
    l.decidedAt = now;
    l.decidedBy = a.id;
    l.due = now.date();
    auto loanId = m_loans.insert(l);
    if (!loanId)
        return loanId.error();
    l.id = loanId.value();
    if (auto s = m_loans.setVisit(l.id, visit.id); !s)
        return s.error();
    visit.loanId = l.id;
    const QJsonObject detail{
        {QStringLiteral("step"), QStringLiteral("visit")}, {QStringLiteral("organ"), visit.organ},
        {QStringLiteral("officer"), visit.officer},        {QStringLiteral("credential"), visit.credential},
        {QStringLiteral("approved_by"), a.login},          {QStringLiteral("rule"), QStringLiteral("R24")}};
    if (auto s = AuditService(m_ctx).record(AuditAction::LoanStep, QStringLiteral("visit"), visit.id,
                                            d->archiveNo, auditDetail(detail),
                                            auditTextRef(QStringLiteral("visit_note"), visit.note));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return visit;
}

Result<QList<User>> LoanService::visitConsenters(const QString& archiveNo)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d)
        return d.error();
    auto period = m_loans.period(d->category);
    if (!period)
        return period.error();
    auto all = m_ctx.users.all();
    if (!all)
        return all.error();
    QList<User> out;
    for (const User& u : all.value())
        if (u.active &&
            (u.role == Role::Leader || (u.role == Role::Manager && u.department == period->department)))
            out << u;
    return out;
}

Result<OwnerRequest> LoanService::registerOwnerRequest(const QString& archiveNo, OwnerRequestKind kind,
                                                       const QString& detail)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d)
        return d.error();
    if (!d->personId)
        return Error::invalid(QStringLiteral("archive_no"), d->archiveNo,
                              tr("Dossier %1 belongs to no owner or tenant").arg(d->archiveNo));
    if (detail.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("detail"), {}, tr("Write down what the owner asks for"));
    OwnerRequest r;
    r.dossierId = d->id;
    r.archiveNo = d->archiveNo;
    r.personId = d->personId;
    r.kind = kind;
    r.detail = detail.trimmed();
    r.receivedAt = m_ctx.clock.now();
    Transaction tx(m_ctx.db);
    auto id = m_loans.insertOwnerRequest(r, m_ctx.userId());
    if (!id)
        return id.error();
    r.id = id.value();
    const QJsonObject dj{{QStringLiteral("step"), QStringLiteral("owner_request")},
                         {QStringLiteral("kind"), ownerRequestKindCode(kind)},
                         {QStringLiteral("rule"), QStringLiteral("R47")}};
    if (auto s = AuditService(m_ctx).record(
            kind == OwnerRequestKind::Copy ? AuditAction::Copy : AuditAction::LoanStep,
            QStringLiteral("owner_request"), r.id, d->archiveNo, auditDetail(dj),
            auditTextRef(QStringLiteral("owner_request"), r.detail));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<OwnerRequest> LoanService::answerOwnerRequest(qint64 id, const QString& answer)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto r = m_loans.ownerRequest(id);
    if (!r)
        return Error::of(ErrorCode::NotFound, tr("No owner request %1").arg(id));
    if (r->answeredAt.isValid())
        return Error::of(ErrorCode::Conflict, tr("Owner request %1 is already answered").arg(id));
    if (answer.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("answer"), {}, tr("Write the answer"));
    Transaction tx(m_ctx.db);
    if (auto s = m_loans.answerOwnerRequest(id, answer.trimmed(), m_ctx.userId(), m_ctx.clock.now()); !s)
        return s.error();
    const QJsonObject dj{{QStringLiteral("step"), QStringLiteral("owner_answer")},
                         {QStringLiteral("kind"), ownerRequestKindCode(r->kind)}};
    if (auto s = AuditService(m_ctx).record(AuditAction::LoanStep, QStringLiteral("owner_request"), id,
                                            r->archiveNo, auditDetail(dj),
                                            auditTextRef(QStringLiteral("owner_request_answer"), answer));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return m_loans.ownerRequest(id);
}

Result<QList<OwnerRequest>> LoanService::ownerRequests(bool openOnly)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    return m_loans.ownerRequests(openOnly);
}

Result<QList<DamageRecord>> LoanService::damages(bool openOnly)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans))
        return m_ctx.require(Permission::RunDesk).error();
    const User& u = *m_ctx.user();
    return m_loans.damages(u.role == Role::Manager ? u.department : QString(), openOnly);
}

Result<DamageRecord> LoanService::recordDamage(const QString& archiveNo, const QString& note,
                                               const QString& photoPath)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d) {
        if (d.error().code != ErrorCode::NotFound)
            return d.error();
        return Error::invalid(QStringLiteral("archive_no"), archiveNo, d.error().message);
    }
    const QString no = d->archiveNo;
    if (closedStatus(d->status))
        return Error::of(
            ErrorCode::Conflict,
            tr("Dossier %1 is %2: there is no folder to check").arg(no, dossierStatusLabel(d->status)));
    const QString text = note.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("note"), {}, tr("Say what is damaged in dossier %1").arg(no));
    // The photo, if any, is read and checked before anything is saved.
    QByteArray photo;
    QString photoMime;
    if (!photoPath.trimmed().isEmpty()) {
        const QFileInfo info(photoPath);
        QFile f(photoPath);
        if (!info.isFile() || !f.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("photo"), photoPath,
                                  tr("Cannot read the photo %1").arg(photoPath));
        if (info.size() > kMaxPhotoBytes)
            return Error::invalid(QStringLiteral("photo"), info.fileName(),
                                  tr("The photo %1 is larger than %2 MB")
                                      .arg(info.fileName())
                                      .arg(kMaxPhotoBytes / (1024 * 1024)));
        photo = f.readAll();
        // By its content, not its name: a text file called photo.jpg is no photo.
        photoMime = QMimeDatabase().mimeTypeForData(photo).name();
        if (!photoMime.startsWith(QLatin1String("image/")))
            return Error::invalid(QStringLiteral("photo"), info.fileName(),
                                  tr("A photo of the damage is an image file (JPEG, PNG …); %1 is %2")
                                      .arg(info.fileName(), photoMime));
    }
    auto period = m_loans.period(d->category);
    if (!period)
        return period.error();
    DamageRecord r;
    r.dossierId = d->id;
    r.archiveNo = d->archiveNo;
    r.condition = ReturnCondition::Damaged;
    r.note = text;
    r.department = period->department;
    r.recordedAt = m_ctx.clock.now();
    r.recordedByName = m_ctx.user()->displayName;
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (!photo.isEmpty()) {
        if (m_ctx.db.isReadOnly()) // nothing is written beside a read-only archive either
            return Database::readOnlyError();
        auto key = storePhoto(photo);
        if (!key)
            return key.error();
        r.photoKey = key.value();
        r.photoName = QFileInfo(photoPath).fileName();
        r.photoMime = photoMime;
    }
    auto id = m_loans.insertDamage(r, m_ctx.userId());
    if (!id)
        return id.error();
    r.id = id.value();
    const QJsonObject detail{{QStringLiteral("step"), QStringLiteral("damage")},
                             {QStringLiteral("found"), QStringLiteral("daily_check")},
                             {QStringLiteral("condition"), returnConditionCode(r.condition)},
                             {QStringLiteral("department"), r.department},
                             {QStringLiteral("photo"), r.hasPhoto()},
                             {QStringLiteral("rule"), QStringLiteral("R45")}};
    if (auto s = AuditService(m_ctx).record(AuditAction::LoanStep, QStringLiteral("damage"), r.id,
                                            r.archiveNo, auditDetail(detail),
                                            auditTextRef(QStringLiteral("damage_note"), text));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Status LoanService::markRepaired(qint64 damageId, const QString& note)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans))
        return m_ctx.require(Permission::RunDesk);
    if (note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"), {}, tr("Say how the dossier was repaired"));
    auto open = m_loans.damages({}, true);
    if (!open)
        return open.error();
    const DamageRecord* found = nullptr;
    for (const DamageRecord& d : open.value())
        if (d.id == damageId)
            found = &d;
    if (!found)
        return Error::of(ErrorCode::NotFound, tr("No open damage record %1").arg(damageId));
    if (m_ctx.user()->role == Role::Manager && m_ctx.user()->department != found->department)
        return m_ctx.refuse(
            Error::of(ErrorCode::PermissionDenied,
                      tr("Damage record %1 belongs to %2").arg(damageId).arg(found->department)),
            "R45", QStringLiteral("damage_repaired"), QStringLiteral("damage"), damageId, found->archiveNo);
    Transaction tx(m_ctx.db);
    if (auto s = m_loans.repair(damageId, m_ctx.userId(), m_ctx.clock.now(), note.trimmed()); !s)
        return s;
    const QJsonObject dj{{QStringLiteral("step"), QStringLiteral("repaired")}};
    if (auto s = AuditService(m_ctx).record(AuditAction::LoanStep, QStringLiteral("damage"), damageId,
                                            found->archiveNo, auditDetail(dj),
                                            auditTextRef(QStringLiteral("repair_note"), note));
        !s)
        return s;
    return tx.commit();
}

// Photos of damage are kept like scans (storage/ContentStore: files beside a SQLite archive,
// rows of the transaction that records the damage on a server).
Result<QString> LoanService::storePhoto(const QByteArray& plain)
{
    if (m_ctx.db.isReadOnly())
        return Database::readOnlyError(); // no file into the store of read-only media
    const QString key = m_ctx.codec.contentKey(plain);
    if (key.isEmpty())
        return Error::of(ErrorCode::Failed, tr("The archive is locked; sign in again"));
    const auto store = ContentStore::of(m_ctx.db);
    auto kept = store->has(key);
    if (!kept)
        return kept.error();
    if (kept.value())
        return key; // the same image is stored once
    if (auto s = store->put(key, m_ctx.codec.sealFile(plain, key)); !s)
        return s.error();
    return key;
}

Result<QByteArray> LoanService::damagePhoto(qint64 damageId)
{
    auto all = damages(false); // whoever may see the record: the clerk, its manager, a leader
    if (!all)
        return all.error();
    const DamageRecord* found = nullptr;
    for (const DamageRecord& d : all.value())
        if (d.id == damageId)
            found = &d;
    if (!found)
        return Error::of(ErrorCode::NotFound, tr("No damage record %1 you may see").arg(damageId));
    if (!found->hasPhoto())
        return Error::of(ErrorCode::NotFound, tr("Damage record %1 has no photo").arg(damageId));
    const auto store = ContentStore::of(m_ctx.db);
    auto sealed = store->get(found->photoKey);
    if (!sealed)
        return sealed.error().code == ErrorCode::NotFound
                   ? Error::of(ErrorCode::NotFound, tr("The photo of damage record %1 is missing from %2")
                                                        .arg(damageId)
                                                        .arg(store->where()))
                   : sealed.error();
    auto plain = m_ctx.codec.openFile(sealed.value(), found->photoKey);
    if (!plain)
        return Error::of(
            ErrorCode::Failed,
            tr("The photo of damage record %1 was changed or damaged; it cannot be opened").arg(damageId));
    const QJsonObject detail{{QStringLiteral("photo"), found->photoName},
                             {QStringLiteral("rule"), QStringLiteral("R45")}};
    if (auto s = AuditService(m_ctx).record(AuditAction::ViewAttachment, QStringLiteral("damage"), damageId,
                                            found->archiveNo, auditDetail(detail));
        !s)
        return s.error(); // no trace, no view (R27)
    return *plain;
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
    auto dmg = damages(true);
    if (!dmg)
        return dmg.error();
    s.damaged = dmg.value();
    return s;
}

} // namespace ar
