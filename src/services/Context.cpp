#include "Context.h"

#include "AuditService.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <utility>

namespace ar {

namespace {
// The permission's code and the rule that sets it, for the trail of refusals.
std::pair<const char*, const char*> refusalOf(Permission p)
{
    switch (p) {
    case Permission::ManageUsers:
        return {"manage_users", "R26"};
    case Permission::EditEstate:
        return {"edit_estate", "R1"};
    case Permission::LoadDemo:
        return {"load_demo", ""};
    case Permission::ViewRegister:
        return {"view_register", "R20"};
    case Permission::RegisterPersons:
        return {"register_persons", "R3"};
    case Permission::UnmaskSensitive:
        return {"unmask_sensitive", "R20"};
    case Permission::ReadAudit:
        return {"read_audit", "R27"};
    case Permission::ConfigureArchive:
        return {"configure_archive", "R2"};
    case Permission::FileDossiers:
        return {"file_dossiers", "R11"};
    case Permission::HandOver:
        return {"hand_over", "R13"};
    case Permission::RequestLoan:
        return {"request_loan", "R23"};
    case Permission::ApproveLoans:
        return {"approve_loans", "R23"};
    case Permission::RunDesk:
        return {"run_desk", "R33"};
    case Permission::PrintForms:
        return {"print_forms", "R20"};
    case Permission::ImportRegister:
        return {"import_register", "R3"};
    case Permission::ExportLists:
        return {"export_lists", "R20"};
    case Permission::CreateBackup:
        return {"create_backup", "R46"};
    case Permission::RestoreBackup:
        return {"restore_backup", "R46"};
    case Permission::HoldDossiers:
        return {"hold_dossiers", "R43"};
    case Permission::ReleaseHolds:
        return {"release_holds", "R43"};
    case Permission::ProposeDestruction:
        return {"propose_destruction", "R43"};
    case Permission::ApproveDestruction:
        return {"approve_destruction", "R2"};
    case Permission::ExecuteDestruction:
        return {"execute_destruction", "R43"};
    case Permission::RecordViolations:
        return {"record_violations", "R49"};
    case Permission::DeclareCampaigns:
        return {"declare_campaigns", "R12"};
    case Permission::KeepDepartmentRecords:
        return {"keep_department_records", "R2"};
    }
    return {"unknown", ""};
}
} // namespace

Status Context::require(Permission p)
{
    if (!m_user)
        return Error::of(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("Services", "Please sign in first"));
    if (!allows(m_user->role, p)) {
        const auto [code, rule] = refusalOf(p);
        QJsonObject detail{{QStringLiteral("permission"), QLatin1String(code)}};
        if (*rule)
            detail.insert(QStringLiteral("rule"), QLatin1String(rule));
        trace(Refusal{{}, 0, {}, auditDetail(detail)});
        return Error::of(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("Services", "%1 (%2) is not allowed to do this")
                             .arg(m_user->displayName, roleLabel(m_user->role)));
    }
    return {};
}

Error Context::refuse(const Error& e, const char* rule, const QString& what, const QString& entity,
                      qint64 entityId, const QString& dossier)
{
    if (!m_user)
        return e;
    QJsonObject detail{{QStringLiteral("refused"), what}};
    if (rule && *rule)
        detail.insert(QStringLiteral("rule"), QLatin1String(rule));
    trace(Refusal{entity, entityId, dossier, auditDetail(detail)});
    return e;
}

void Context::trace(Refusal r)
{
    m_refusals << std::move(r);
    if (!db.inTransaction())
        writeRefusals();
    // else: once the transaction now open has ended (Database::setAfterTransaction)
}

void Context::writeRefusals()
{
    if (m_writingRefusals || m_refusals.isEmpty() || db.inTransaction())
        return;
    m_writingRefusals = true;
    const QList<Refusal> refusals = std::exchange(m_refusals, {});
    // Best effort: a trail that cannot be written must not turn a refusal into another error.
    for (const Refusal& r : refusals)
        (void)AuditService(*this).record(AuditAction::Refused, r.entity, r.entityId, r.dossier, r.detail);
    m_writingRefusals = false;
}

} // namespace ar
