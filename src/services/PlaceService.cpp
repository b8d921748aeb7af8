#include "PlaceService.h"

#include "Context.h"
#include "DossierSupport.h"
#include "UseCase.h"

#include "AuditService.h"
#include "core/ScanCode.h"
#include "core/TextNormalize.h"

#include <QJsonObject>

namespace ar {

// --- locations -------------------------------------------------------------------------------------

Result<QList<Location>> PlaceService::locations()
{
    if (!m_ctx.user())
        return Error::denied(tr("Sign in first"));
    return m_ctx.locations.all();
}

Result<int> PlaceService::dossiersAt(qint64 locationId)
{
    if (!m_ctx.user())
        return Error::denied(tr("Sign in first"));
    return m_ctx.locations.dossierCount(locationId);
}

Result<qint64> PlaceService::addLocation(qint64 parentId, const QString& kind, const QString& name)
{
    if (!m_ctx.can(Permission::FileDossiers) && !m_ctx.can(Permission::ConfigureArchive))
        return Error::denied(tr("Only the archive clerk or the administrator sets up locations"));
    if (!locationKinds().contains(kind))
        return Error::invalid(QStringLiteral("kind"), kind,
                              tr("A location is a room, cabinet, shelf or box"));
    const QString n = text::normalize(name);
    if (n.isEmpty() || n.contains(QLatin1Char('/')) || n.contains(QStringLiteral("›")))
        return Error::invalid(QStringLiteral("name"), name, tr("A location needs a name without '/' or '›'"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<qint64> {
        if (parentId) {
            auto parent = m_ctx.locations.byId(parentId);
            if (!parent)
                return Error::invalid(QStringLiteral("parent"), QString::number(parentId),
                                      tr("There is no such location"));
            if (locationKinds().indexOf(parent->kind) >= locationKinds().indexOf(kind))
                return Error::invalid(QStringLiteral("kind"), kind,
                                      tr("A %1 cannot hold a %2")
                                          .arg(locationKindLabel(parent->kind), locationKindLabel(kind)));
        } else if (kind != QLatin1String("room")) {
            return Error::invalid(QStringLiteral("parent"), {}, tr("Only an archive room stands on its own"));
        }
        auto all = m_ctx.locations.all();
        if (!all)
            return all.error();
        int order = 0;
        for (const Location& l : all.value()) {
            if (l.parentId == parentId && l.name == n)
                return Error::of(ErrorCode::Conflict, tr("There is already a location %1 here").arg(n));
            if (l.parentId == parentId)
                order = std::max(order, l.sortOrder);
        }
        Location l;
        l.parentId = parentId;
        l.kind = kind;
        l.name = n;
        l.sortOrder = order + 1;
        auto id = m_ctx.locations.insert(l);
        if (!id)
            return id;
        step.audit(AuditAction::Configure, QStringLiteral("location"), id.value(), {},
                   auditDetail({{QStringLiteral("kind"), kind}, {QStringLiteral("name"), n}}));
        return id;
    });
}

Result<QString> PlaceService::locationPath(qint64 locationId)
{
    return m_ctx.locations.path(locationId);
}

Result<qint64> PlaceService::locationByPath(const QString& path)
{
    if (const qint64 coded = scancode::locationIdFromCode(path)) {
        if (m_ctx.locations.byId(coded))
            return coded;
        return Error::invalid(QStringLiteral("location"), path, tr("There is no location %1").arg(path));
    }
    auto id = m_ctx.locations.byPath(path);
    if (!id)
        return Error::invalid(QStringLiteral("location"), path, tr("There is no location %1").arg(path));
    return id;
}

Status PlaceService::move(qint64 dossierId, qint64 locationId, const QString& noteText)
{
    return usecase::write(m_ctx, Permission::FileDossiers, [&](usecase::Step& step) -> Status {
        auto d = DossierSupport(m_ctx).checkedDossier(dossierId);
        if (!d)
            return d.error();
        if (d->status == QLatin1String("destroyed"))
            return Error::of(ErrorCode::Conflict, tr("Dossier %1 was destroyed").arg(d->archiveNo));
        auto to = m_ctx.locations.byId(locationId);
        if (!to)
            return Error::invalid(QStringLiteral("location"), QString::number(locationId),
                                  tr("There is no such location"));
        if (d->locationId == locationId) {
            step.rollBack();
            return {};
        }
        auto from = m_ctx.locations.path(d->locationId);
        auto toPath = m_ctx.locations.path(locationId);
        if (!from || !toPath)
            return (!from ? from : toPath).error();
        if (auto s = m_ctx.dossiers.setLocation(dossierId, locationId); !s)
            return s;
        const QString n = text::normalize(noteText);
        if (auto s = DossierSupport(m_ctx).note(
                dossierId, QStringLiteral("location"), from.value(),
                n.isEmpty() ? toPath.value() : toPath.value() + QStringLiteral(" (") + n + QLatin1Char(')'));
            !s)
            return s;
        step.audited(DossierSupport(m_ctx).audit(
            AuditAction::MoveDossier, d.value(),
            {{QStringLiteral("from"), from.value()}, {QStringLiteral("to"), toPath.value()}}));
        return {};
    });
}

Result<QList<Dossier>> PlaceService::atLocation(qint64 locationId)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.dossiers.atLocation(locationId);
}

Result<QList<Dossier>> PlaceService::unplaced()
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.dossiers.unplaced();
}

} // namespace ar
