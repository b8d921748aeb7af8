#pragma once

#include "core/Sealed.h" // private to the services

#include "Forward.h"
#include "core/Reconciliation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace ar {

// What ReconSessionService and ReconciliationService share: who may read, the audit record of a
// step (R44), a location's path and the places a session covers. Private to the services (it works
// on the Context). Its messages keep the ReconciliationService translation context.
class ReconSupport
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationService)

public:
    explicit ReconSupport(Context& ctx) : m_ctx(ctx) {}

    // Reading: the clerk (files dossiers), managers and leaders (approve loans).
    Status mayRead() const;
    Status audit(const ReconSession& s, const QString& step, const QString& archiveNo,
                 const QJsonObject& detail);
    // "档案室 › A柜 › 3层", or "not shelved".
    Result<QString> placeOf(qint64 locationId);
    // The locations a session covers: its place and everything in it (every place: the whole archive).
    Result<QSet<qint64>> range(const ReconSession& s);

private:
    Context& m_ctx;
};

} // namespace ar
