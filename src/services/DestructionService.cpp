#include "DestructionService.h"
#include "ServiceDates.h"

#include "Context.h"
#include "print/Table.h"
#include "storage/ContentStore.h"
#include "storage/DestructionRepository.h"

#include "AuditService.h"
#include "DossierService.h"
#include "LoanService.h"
#include "UseCase.h"
#include "core/Loan.h"
#include "core/TextNormalize.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ar {

using svc::day;

DestructionService::DestructionService(Context& ctx) : m_ctx(ctx), m_repo(ctx.destruction) {}

Status DestructionService::record(AuditAction a, const Dossier& d, const QJsonObject& detail,
                                  const QString& reason)
{
    return AuditService(m_ctx).record(a, QStringLiteral("dossier"), d.id, d.archiveNo, auditDetail(detail),
                                      reason);
}

Status DestructionService::note(qint64 dossierId, const QString& field, const QString& oldV,
                                const QString& newV)
{
    return m_ctx.history.append({QStringLiteral("dossier"), dossierId, field, oldV, newV, false},
                                m_ctx.userId(), m_ctx.clock.now());
}

Result<Dossier> DestructionService::dossierNamed(const QString& archiveNo)
{
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d) {
        return d.error();
    }
    return d;
}

// --- candidates ----------------------------------------------------------------------------

Result<QString> DestructionService::whyNot(const Dossier& d, qint64 batchId)
{
    const QDate today = m_ctx.clock.today();
    if (d.status == QLatin1String("destroyed"))
        return tr("it was destroyed");
    if (d.status == QLatin1String("lost"))
        return tr("it is lost");
    const QDate eligible = destroyEligibleOn(d, d.retention);
    if (!eligible.isValid())
        return tr("it is kept permanently");
    if (eligible > today)
        return tr("it may be destroyed from %1").arg(day(eligible));
    auto held = m_repo.openHold(d.id);
    if (!held)
        return held.error();
    if (held.value())
        return tr("it is on hold: %1").arg(held.value()->reason);
    auto loan = m_repo.openLoan(d.id, today);
    if (!loan)
        return loan.error();
    if (loan->id)
        return tr("it is on loan (loan %1, %2, %3)")
            .arg(loan->id)
            .arg(loanStatusLabel(loanStatusFromCode(loan->status)), loan->borrower);
    auto other = m_repo.openBatchOf(d.id, batchId);
    if (!other)
        return other.error();
    if (other.value())
        return tr("it is already in destruction batch %1").arg(other.value());
    return QString();
}

Result<QList<DestructionCandidate>> DestructionService::candidates()
{
    if (!m_ctx.can(Permission::ProposeDestruction) && !m_ctx.can(Permission::ApproveDestruction) &&
        !m_ctx.can(Permission::ExecuteDestruction))
        return Error::denied(
            tr("Only the archive clerk, department heads and company leaders see destruction candidates"));
    Transaction tx(m_ctx.db, Transaction::Mode::Read);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto ids = m_repo.possiblyDestroyable(m_ctx.clock.today());
    if (!ids)
        return ids.error();
    auto dossiers = m_ctx.dossiers.byIds(ids.value());
    if (!dossiers)
        return dossiers.error();
    auto categories = m_ctx.dossiers.categories();
    if (!categories)
        return categories.error();
    QHash<QString, QString> names;
    for (const Category& c : categories.value())
        names.insert(c.code, c.name);
    QList<DestructionCandidate> out;
    const QDate today = m_ctx.clock.today();
    for (const Dossier& d : dossiers.value()) {
        const QDate eligible = destroyEligibleOn(d, d.retention);
        if (!eligible.isValid() || eligible > today)
            continue;
        auto why = whyNot(d);
        if (!why)
            return why.error();
        if (!why->isEmpty())
            continue;
        out << DestructionCandidate{d.id,    d.archiveNo, d.category, names.value(d.category),
                                    d.title, d.retention, d.status,   d.year,
                                    eligible};
    }
    std::sort(out.begin(), out.end(), [](const DestructionCandidate& a, const DestructionCandidate& b) {
        return a.archiveNo < b.archiveNo;
    });
    return out;
}

// --- batches -------------------------------------------------------------------------------

Result<DestructionBatch> DestructionService::loaded(qint64 batchId)
{
    auto b = m_repo.batch(batchId);
    if (!b && b.error().code == ErrorCode::NotFound)
        return Error::of(ErrorCode::NotFound, tr("There is no destruction batch %1").arg(batchId));
    return b;
}

Result<DestructionBatch> DestructionService::batch(qint64 batchId)
{
    if (!m_ctx.can(Permission::ProposeDestruction) && !m_ctx.can(Permission::ApproveDestruction) &&
        !m_ctx.can(Permission::ExecuteDestruction) && !m_ctx.can(Permission::PrintForms))
        return Error::denied(tr("You may not see destruction batches"));
    return loaded(batchId);
}

Result<QList<DestructionBatch>> DestructionService::batches()
{
    if (!m_ctx.can(Permission::ProposeDestruction) && !m_ctx.can(Permission::ApproveDestruction) &&
        !m_ctx.can(Permission::ExecuteDestruction))
        return Error::denied(tr("You may not see destruction batches"));
    Transaction tx(m_ctx.db, Transaction::Mode::Read);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto ids = m_repo.batchIds();
    if (!ids)
        return ids.error();
    QList<DestructionBatch> out;
    for (qint64 id : ids.value()) {
        auto b = m_repo.batch(id);
        if (!b)
            return b.error();
        out << b.value();
    }
    return out;
}

QStringList DestructionService::waitingParts(const DestructionBatch& b)
{
    QStringList waiting = b.departments();
    waiting << kLeaderPart;
    for (const DestructionApproval& a : b.approvals)
        waiting.removeAll(a.part);
    return waiting;
}

QString DestructionService::managerPart(const DestructionBatch& b) const
{
    const auto& u = m_ctx.user();
    if (!u || u->role != Role::Manager)
        return {};
    // R2: the same owning-department mapping as loans (the category's department).
    for (const QString& dept : b.departments())
        if (LoanService(m_ctx).mayDecide(dept))
            return dept;
    return {};
}

bool DestructionService::mayDecide(const DestructionBatch& b) const
{
    const auto& u = m_ctx.user();
    if (!u || u->id == b.proposedById || !allows(u->role, Permission::ApproveDestruction))
        return false;
    if (b.status != QLatin1String("proposed"))
        return false;
    const QString part = u->role == Role::Leader ? kLeaderPart : managerPart(b);
    return !part.isEmpty() && waitingParts(b).contains(part);
}

Result<DestructionBatch> DestructionService::propose(const QStringList& archiveNos, const QString& reasonText)
{
    if (auto s = m_ctx.require(Permission::ProposeDestruction); !s)
        return s.error();
    const QString reason = reasonText.trimmed();
    if (reason.isEmpty())
        return Error::invalid(QStringLiteral("reason"), {}, tr("Give the reason of the destruction"));
    QStringList wanted;
    for (const QString& a : archiveNos)
        if (!a.trimmed().isEmpty() && !wanted.contains(a.trimmed()))
            wanted << a.trimmed();
    if (wanted.isEmpty())
        return Error::invalid(QStringLiteral("archive_no"), {}, tr("Name the dossiers to destroy"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<DestructionBatch> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        QList<Dossier> dossiers;
        QStringList problems;
        QString firstBad;
        for (const QString& a : std::as_const(wanted)) {
            auto d = dossierNamed(a);
            if (!d)
                return d.error();
            auto why = whyNot(d.value());
            if (!why)
                return why.error();
            if (!why->isEmpty()) {
                problems << tr("%1: %2").arg(d->archiveNo, why.value());
                if (firstBad.isEmpty())
                    firstBad = d->archiveNo;
            }
            dossiers << d.value();
        }
        if (!problems.isEmpty())
            return Error::invalid(
                QStringLiteral("archive_no"), firstBad,
                tr("Not a destruction candidate, nothing proposed: %1").arg(problems.join(tr("; "))));
        auto id = m_repo.insertBatch(reason, m_ctx.userId(), m_ctx.clock.now());
        if (!id)
            return id.error();
        for (const Dossier& d : std::as_const(dossiers)) {
            auto pages = m_repo.pages(d.id);
            if (!pages)
                return pages.error();
            if (auto s = m_repo.addToBatch(id.value(), d.id, pages.value()); !s)
                return s.error();
            if (auto s =
                    note(d.id, QStringLiteral("destruction"), {}, tr("proposed in batch %1").arg(id.value()));
                !s)
                return s.error();
            if (auto s = record(AuditAction::DestroyPropose, d, {{QStringLiteral("batch"), id.value()}},
                                auditTextRef(QStringLiteral("destruction_reason"), reason));
                !s)
                return s.error();
        }
        auto b = loaded(id.value());
        if (!b)
            return b.error();
        return b;
    });
}

Result<DestructionBatch> DestructionService::approve(qint64 batchId)
{
    return usecase::write(
        m_ctx, Permission::ApproveDestruction, [&](usecase::Step& step) -> Result<DestructionBatch> {
            if (auto s = step.transaction().begin(); !s)
                return s.error();
            auto b = loaded(batchId);
            if (!b)
                return b.error();
            if (b->status != QLatin1String("proposed"))
                return Error::of(ErrorCode::Conflict,
                                 tr("Destruction batch %1 is %2; only a proposed batch is approved")
                                     .arg(batchId)
                                     .arg(destructionStatusLabel(b->status)));
            if (b->proposedById == m_ctx.userId())
                return m_ctx.refuse(
                    Error::denied(
                        tr("Nobody approves their own proposal: batch %1 waits for others").arg(batchId)),
                    "R43", QStringLiteral("destroy_approve_own"), QStringLiteral("destruction_batch"),
                    batchId);
            const bool leader = m_ctx.user()->role == Role::Leader;
            const QString part = leader ? kLeaderPart : managerPart(b.value());
            if (part.isEmpty())
                return m_ctx.refuse(
                    Error::denied(
                        tr("Destruction batch %1 is approved by the heads of %2 and a company leader")
                            .arg(batchId)
                            .arg(b->departments().join(QStringLiteral("、")))),
                    "R2", QStringLiteral("destroy_approve"), QStringLiteral("destruction_batch"), batchId);
            if (!waitingParts(b.value()).contains(part))
                return Error::of(ErrorCode::Conflict,
                                 leader
                                     ? tr("A company leader already approved batch %1").arg(batchId)
                                     : tr("%1 already approved its part of batch %2").arg(part).arg(batchId));
            if (auto s = m_repo.insertApproval(batchId, part, m_ctx.userId(), m_ctx.clock.now()); !s)
                return s.error();
            const QString who = leader ? tr("%1 (company leader)").arg(m_ctx.user()->displayName)
                                       : tr("%1 (head of %2)").arg(m_ctx.user()->displayName, part);
            for (const DestructionEntry& e : b->entries) {
                if (!leader && e.department != part)
                    continue;
                Dossier d;
                d.id = e.dossierId;
                d.archiveNo = e.archiveNo;
                if (auto s = note(d.id, QStringLiteral("destruction"), {},
                                  tr("batch %1 approved by %2").arg(batchId).arg(who));
                    !s)
                    return s.error();
                if (auto s = record(AuditAction::DestroyApprove, d,
                                    {{QStringLiteral("batch"), batchId},
                                     {QStringLiteral("part"), leader ? QStringLiteral("leader") : part}});
                    !s)
                    return s.error();
            }
            auto loadedAfter = loaded(batchId);
            if (!loadedAfter)
                return loadedAfter.error();
            DestructionBatch after = loadedAfter.value();
            if (waitingParts(after).isEmpty()) {
                if (auto s = m_repo.setStatus(batchId, QStringLiteral("approved")); !s)
                    return s.error();
                after.status = QStringLiteral("approved");
            }
            return after;
        });
}

Result<DestructionBatch> DestructionService::reject(qint64 batchId, const QString& reasonText)
{
    if (auto s = m_ctx.require(Permission::ApproveDestruction); !s)
        return s.error();
    const QString reason = reasonText.trimmed();
    if (reason.isEmpty())
        return Error::invalid(QStringLiteral("reason"), {}, tr("Give the reason of the rejection"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<DestructionBatch> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        auto b = loaded(batchId);
        if (!b)
            return b.error();
        if (b->status != QLatin1String("proposed") && b->status != QLatin1String("approved"))
            return Error::of(
                ErrorCode::Conflict,
                tr("Destruction batch %1 is %2 already").arg(batchId).arg(destructionStatusLabel(b->status)));
        if (b->proposedById == m_ctx.userId())
            return m_ctx.refuse(
                Error::denied(
                    tr("Nobody decides their own proposal: batch %1 waits for others").arg(batchId)),
                "R43", QStringLiteral("destroy_reject_own"), QStringLiteral("destruction_batch"), batchId);
        if (m_ctx.user()->role != Role::Leader && managerPart(b.value()).isEmpty())
            return Error::denied(tr("Destruction batch %1 is decided by the heads of %2 and a company leader")
                                     .arg(batchId)
                                     .arg(b->departments().join(QStringLiteral("、"))));
        if (auto s = m_repo.reject(batchId, reason, m_ctx.userId(), m_ctx.clock.now()); !s)
            return s.error();
        for (const DestructionEntry& e : b->entries) {
            Dossier d;
            d.id = e.dossierId;
            d.archiveNo = e.archiveNo;
            if (auto s = note(d.id, QStringLiteral("destruction"), {},
                              tr("batch %1 rejected: %2").arg(batchId).arg(reason));
                !s)
                return s.error();
            if (auto s = record(AuditAction::DestroyReject, d, {{QStringLiteral("batch"), batchId}},
                                auditTextRef(QStringLiteral("rejection_reason"), reason));
                !s)
                return s.error();
        }
        auto after = loaded(batchId);
        if (!after)
            return after.error();
        return after;
    });
}

Result<DestructionBatch> DestructionService::execute(qint64 batchId, const QString& methodText,
                                                     const QStringList& witnessLogins)
{
    // What the transaction hands on to the steps after its commit.
    const auto store = ContentStore::of(m_ctx.db);
    QStringList unsharedKeys;
    auto done = usecase::write(
        m_ctx, Permission::ExecuteDestruction, [&](usecase::Step& step) -> Result<DestructionBatch> {
            if (auto s = step.transaction().begin(); !s)
                return s.error();
            auto b = loaded(batchId);
            if (!b)
                return b.error();
            if (b->status == QLatin1String("destroyed"))
                return Error::of(
                    ErrorCode::Conflict,
                    tr("Destruction batch %1 was carried out on %2").arg(batchId).arg(day(b->executedOn)));
            // R43: nothing is destroyed without an approved batch.
            if (b->status == QLatin1String("rejected"))
                return m_ctx.refuse(
                    Error::denied(tr("Destruction batch %1 was rejected; nothing is destroyed").arg(batchId)),
                    "R43", QStringLiteral("destroy_execute"), QStringLiteral("destruction_batch"), batchId);
            if (b->status != QLatin1String("approved")) {
                QStringList waiting;
                for (const QString& p : waitingParts(b.value()))
                    waiting << (p == kLeaderPart ? tr("a company leader") : tr("the head of %1").arg(p));
                return m_ctx.refuse(
                    Error::denied(tr("Destruction batch %1 is not approved yet; it waits for %2")
                                      .arg(batchId)
                                      .arg(waiting.join(tr(", ")))),
                    "R43", QStringLiteral("destroy_execute"), QStringLiteral("destruction_batch"), batchId);
            }
            const QString method = methodText.trimmed();
            if (method.isEmpty())
                return Error::invalid(
                    QStringLiteral("method"), {},
                    tr("Say how the dossiers are destroyed (shredding, pulping, incineration …)"));
            QStringList logins;
            for (const QString& w : witnessLogins)
                logins << w.trimmed();
            if (logins.size() != 2)
                return Error::invalid(QStringLiteral("witness"), logins.join(QLatin1Char(',')),
                                      tr("Name two witnesses, not %1").arg(logins.size()));
            if (logins.at(0) == logins.at(1))
                return Error::invalid(
                    QStringLiteral("witness"), logins.at(0),
                    tr("The two witnesses must be two different people, not %1 twice").arg(logins.at(0)));
            QList<qint64> witnessIds;
            for (const QString& login : std::as_const(logins)) {
                auto w = m_ctx.users.byLogin(login);
                if (!w || !w->first.active || w->first.role == Role::Admin)
                    return Error::invalid(
                        QStringLiteral("witness"), login,
                        tr("Witness %1 is not an active account of the company").arg(login));
                if (w->first.id == m_ctx.userId())
                    return Error::invalid(QStringLiteral("witness"), login,
                                          tr("The one who destroys cannot also be a witness: %1").arg(login));
                witnessIds << w->first.id;
            }
            // R43: each dossier is still a candidate (a hold or a loan placed after approval blocks).
            QList<Dossier> dossiers;
            QStringList problems;
            for (const DestructionEntry& e : b->entries) {
                auto d = m_ctx.dossiers.byId(e.dossierId);
                if (!d)
                    return d.error();
                auto why = whyNot(d.value(), batchId);
                if (!why)
                    return why.error();
                if (!why->isEmpty())
                    problems << tr("%1: %2").arg(d->archiveNo, why.value());
                dossiers << d.value();
            }
            if (!problems.isEmpty())
                return Error::of(ErrorCode::Conflict,
                                 tr("Destruction batch %1 cannot be carried out, nothing was destroyed: %2")
                                     .arg(batchId)
                                     .arg(problems.join(tr("; "))));
            const QDate today = m_ctx.clock.today();
            const QJsonObject detail{{QStringLiteral("batch"), batchId},
                                     {QStringLiteral("method"), method},
                                     {QStringLiteral("witnesses"), QJsonArray::fromStringList(logins)}};
            QList<qint64> people;
            for (const Dossier& d : std::as_const(dossiers)) {
                auto keys = m_repo.eraseItems(d.id);
                if (!keys)
                    return keys.error();
                unsharedKeys << keys.value();
                auto persons = m_repo.peopleOf(d.id);
                if (!persons)
                    return persons.error();
                for (qint64 p : persons.value())
                    if (!people.contains(p))
                        people << p;
                if (auto s = m_repo.markDestroyed(d.id, today, batchId); !s)
                    return s.error();
                if (auto s = note(d.id, QStringLiteral("status"), dossierStatusLabel(d.status),
                                  dossierStatusLabel(QStringLiteral("destroyed")));
                    !s)
                    return s.error();
                if (auto s = note(d.id, QStringLiteral("destruction"), {},
                                  tr("destroyed in batch %1 (%2), witnesses %3")
                                      .arg(batchId)
                                      .arg(method, logins.join(tr(", "))));
                    !s)
                    return s.error();
                if (auto s = record(AuditAction::DestroyExecute, d, detail); !s)
                    return s.error();
            }
            // The personal data of people with no other current tie is erased (crypto-erasure: the
            // sealed values, blind indexes and search keys go; security.md).
            for (qint64 p : std::as_const(people)) {
                auto tied = m_repo.hasCurrentTie(p, today);
                if (!tied)
                    return tied.error();
                if (tied.value())
                    continue;
                if (auto s = m_repo.erasePerson(p); !s)
                    return s.error();
                if (auto s = AuditService(m_ctx).record(
                        AuditAction::DestroyExecute, QStringLiteral("person"), p, {},
                        auditDetail({{QStringLiteral("batch"), batchId}, {QStringLiteral("erased"), true}}));
                    !s)
                    return s.error();
            }
            if (auto s = m_repo.executed(batchId, method, today, m_ctx.userId(), witnessIds.at(0),
                                         witnessIds.at(1), m_ctx.clock.now());
                !s)
                return s.error();
            // Scans kept in the database (a server archive) go with the tombstones, in this transaction.
            if (store->transactional())
                for (const QString& key : std::as_const(unsharedKeys))
                    if (auto s = store->remove(key); !s)
                        return s.error();
            return loaded(batchId);
        });
    if (!done)
        return done.error();
    // Scan files go once the tombstones are committed; the freed pages of the database are
    // overwritten (VACUUM), so no erased value survives in the file.
    QStringList left;
    if (!store->transactional())
        for (const QString& key : std::as_const(unsharedKeys))
            if (auto s = store->remove(key); !s)
                left << s.error().message;
    if (auto s = m_ctx.db.compact(); !s)
        return s.error();
    if (!left.isEmpty())
        return Error::of(ErrorCode::Failed,
                         tr("Batch %1 was destroyed, but these scan files could not be removed: %2")
                             .arg(batchId)
                             .arg(left.join(QStringLiteral(", "))));
    return done;
}

} // namespace ar
