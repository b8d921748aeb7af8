#include "DossierSupport.h"

#include "Context.h"

#include "AuditService.h"

namespace ar {

bool DossierSupport::isHousehold(const QString& category)
{
    return category == QLatin1String("owner") || category == QLatin1String("tenant");
}

bool DossierSupport::ownsCategory(const Context& ctx, const Category& c)
{
    const auto& u = ctx.user();
    return ctx.can(Permission::KeepDepartmentRecords) && !u->department.isEmpty() &&
           u->department == c.department;
}

Status DossierSupport::audit(AuditAction a, const Dossier& d, const QJsonObject& detail)
{
    return AuditService(m_ctx).record(a, QStringLiteral("dossier"), d.id, d.archiveNo, auditDetail(detail));
}

Status DossierSupport::note(qint64 dossierId, const QString& field, const QString& oldV, const QString& newV)
{
    return m_ctx.history.append({QStringLiteral("dossier"), dossierId, field, oldV, newV, false},
                                m_ctx.userId(), m_ctx.clock.now());
}

Result<Dossier> DossierSupport::checkedDossier(qint64 id)
{
    auto d = m_ctx.dossiers.byId(id);
    if (!d)
        return Error::of(ErrorCode::NotFound, tr("There is no such dossier"));
    return d;
}

Status DossierSupport::updateCompleteness(const Dossier& d)
{
    if (d.status != QLatin1String("open"))
        return {};
    auto missing = m_ctx.filing.missingKinds(d.id);
    auto items = m_ctx.filing.items(d.id);
    if (!missing)
        return missing.error();
    if (!items)
        return items.error();
    if (!missing->isEmpty() || items->isEmpty())
        return {};
    for (const DossierItem& i : items.value())
        if (!i.filed())
            return {};
    if (auto s = m_ctx.dossiers.setStatus(d.id, QStringLiteral("filed")); !s)
        return s;
    return note(d.id, QStringLiteral("status"), dossierStatusLabel(d.status),
                dossierStatusLabel(QStringLiteral("filed")));
}

} // namespace ar
