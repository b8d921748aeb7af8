// What ReconSessionService and ReconciliationService share (ReconSupport.h).
#include "ReconSupport.h"

#include "AuditService.h"
#include "Context.h"

#include "core/Reconciliation.h"

#include <QJsonObject>
#include <QSet>

namespace ar {

Status ReconSupport::mayRead() const
{
    if (m_ctx.can(Permission::FileDossiers) || m_ctx.can(Permission::ApproveLoans))
        return {};
    return m_ctx.require(Permission::FileDossiers);
}

Status ReconSupport::audit(const ReconSession& s, const QString& step, const QString& archiveNo,
                           const QJsonObject& detail)
{
    QJsonObject d = detail;
    d.insert(QStringLiteral("step"), step);
    d.insert(QStringLiteral("rule"), QStringLiteral("R44"));
    return AuditService(m_ctx).record(AuditAction::Reconcile, QStringLiteral("reconciliation"), s.id,
                                      archiveNo, auditDetail(d));
}

Result<QString> ReconSupport::placeOf(qint64 locationId)
{
    if (locationId <= 0)
        return tr("not shelved");
    return m_ctx.locations.path(locationId);
}

Result<QSet<qint64>> ReconSupport::range(const ReconSession& s)
{
    auto all = m_ctx.locations.all();
    if (!all)
        return all.error();
    QSet<qint64> in;
    if (s.locationId <= 0) {
        for (const Location& l : all.value())
            in.insert(l.id);
        return in;
    }
    in.insert(s.locationId);
    // Children may come before or after their parents: repeat until nothing is added.
    for (bool added = true; added;) {
        added = false;
        for (const Location& l : all.value())
            if (in.contains(l.parentId) && !in.contains(l.id)) {
                in.insert(l.id);
                added = true;
            }
    }
    return in;
}

} // namespace ar
