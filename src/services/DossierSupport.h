#pragma once

#include "core/Sealed.h" // private to the services

#include "Forward.h"
#include "core/Dossier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ar {

// What the dossier services (DossierService, FilingService, PlaceService) share, in one place: a
// dossier's history row and audit record, the dossier as stored, the filed status a complete
// checklist gives, and who keeps a category's records. Private to the services (it works on the
// Context). Its messages keep the DossierService translation context they always had.
class DossierSupport
{
    Q_DECLARE_TR_FUNCTIONS(DossierService)

public:
    explicit DossierSupport(Context& ctx) : m_ctx(ctx) {}

    // Owner and tenant dossiers: opened by registering the person, confidential (R20).
    static bool isHousehold(const QString& category);
    // R2, R5: the department that owns a category keeps its own records (a repair record is filled
    // in by the repair staff). The administrator never handles records.
    static bool ownsCategory(const Context& ctx, const Category& c);

    // R6: a history row of the dossier.
    Status note(qint64 dossierId, const QString& field, const QString& oldV, const QString& newV);
    Status audit(AuditAction a, const Dossier& d, const QJsonObject& detail = {});
    // The dossier as stored; NotFound ("There is no such dossier") if there is none.
    Result<Dossier> checkedDossier(qint64 id);
    // An open dossier whose checklist is complete and whose items are all filed becomes filed.
    Status updateCompleteness(const Dossier& d);

private:
    Context& m_ctx;
};

} // namespace ar
