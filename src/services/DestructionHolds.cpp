// DestructionService: holds that keep a dossier from destruction (R43). Split from
// DestructionService.cpp.
#include "DestructionService.h"
#include "ServiceDates.h"

#include "Context.h"
#include "storage/DestructionRepository.h"

#include "AuditService.h"
#include "DossierService.h"
#include "LoanService.h"
#include "UseCase.h"
#include "core/TextNormalize.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ar {

using svc::day;

// --- holds ---------------------------------------------------------------------------------

Result<DossierHold> DestructionService::hold(const QString& archiveNo, const QString& reasonText)
{
    if (auto s = m_ctx.require(Permission::HoldDossiers); !s)
        return s.error();
    const QString reason = reasonText.trimmed();
    if (reason.isEmpty())
        return Error::invalid(QStringLiteral("reason"), {},
                              tr("Give the reason of the hold (a dispute, an audit, a court order)"));
    auto d = dossierNamed(archiveNo);
    if (!d)
        return d.error();
    if (d->status == QLatin1String("destroyed"))
        return Error::of(ErrorCode::Conflict, tr("Dossier %1 was destroyed").arg(d->archiveNo));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<DossierHold> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        auto open = m_repo.openHold(d->id);
        if (!open)
            return open.error();
        if (open.value())
            return Error::of(ErrorCode::Conflict,
                             tr("Dossier %1 is already on hold since %2 (%3): %4")
                                 .arg(d->archiveNo, day(open.value()->placedAt.toLocalTime().date()),
                                      open.value()->placedBy, open.value()->reason));
        auto id = m_repo.insertHold(d->id, reason, m_ctx.userId(), m_ctx.clock.now());
        if (!id)
            return id.error();
        if (auto s = note(d->id, QStringLiteral("hold"), {}, reason); !s)
            return s.error();
        if (auto s = record(AuditAction::HoldAdd, d.value(), {{QStringLiteral("hold"), id.value()}},
                            auditTextRef(QStringLiteral("hold_reason"), reason));
            !s)
            return s.error();
        auto placed = m_repo.openHold(d->id);
        if (!placed)
            return placed.error();
        return *placed.value();
    });
}

Status DestructionService::release(const QString& archiveNo)
{
    if (auto s = m_ctx.require(Permission::ReleaseHolds); !s)
        return s.error();
    auto d = dossierNamed(archiveNo);
    if (!d)
        return d.error();
    auto cat = m_ctx.dossiers.category(d->category);
    if (!cat)
        return cat.error();
    // R2: the owning department's head (as for its loans) or a company leader.
    if (!LoanService(m_ctx).mayDecide(cat->department))
        return m_ctx.refuse(
            Error::denied(tr("Only the head of %1 or a company leader releases the hold of %2")
                              .arg(cat->department, d->archiveNo)),
            "R2", QStringLiteral("hold_release"), QStringLiteral("dossier"), d->id, d->archiveNo);
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        auto open = m_repo.openHold(d->id);
        if (!open)
            return open.error();
        if (!open.value())
            return Error::of(ErrorCode::NotFound, tr("Dossier %1 is not on hold").arg(d->archiveNo));
        if (auto s = m_repo.releaseHold(open.value()->id, m_ctx.userId(), m_ctx.clock.now()); !s)
            return s;
        if (auto s = note(d->id, QStringLiteral("hold"), open.value()->reason, {}); !s)
            return s;
        if (auto s = record(AuditAction::HoldRelease, d.value(), {{QStringLiteral("hold"), open.value()->id}},
                            auditTextRef(QStringLiteral("hold_reason"), open.value()->reason));
            !s)
            return s;
        return {};
    });
}

Result<QList<HeldDossier>> DestructionService::held()
{
    if (!m_ctx.can(Permission::ReleaseHolds))
        if (auto s = m_ctx.require(Permission::HoldDossiers); !s)
            return s.error();
    auto holds = m_repo.openHolds();
    if (!holds)
        return holds.error();
    QList<qint64> ids;
    for (const DossierHold& h : holds.value())
        ids << h.dossierId;
    auto dossiers = m_ctx.dossiers.byIds(ids);
    if (!dossiers)
        return dossiers.error();
    QHash<qint64, Dossier> byId;
    for (const Dossier& d : dossiers.value())
        byId.insert(d.id, d);
    QList<HeldDossier> out;
    for (const DossierHold& h : holds.value())
        out << HeldDossier{h, byId.value(h.dossierId)};
    return out;
}

} // namespace ar
