#include "Audit.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QJsonDocument>

namespace ar {

namespace {

struct ActionName
{
    AuditAction action;
    const char* code;
    const char* label;
};

// Codes are stored in the trail: never rename one.
constexpr ActionName kActions[] = {
    {AuditAction::SignIn, "sign_in", QT_TRANSLATE_NOOP("Audit", "Sign-in")},
    {AuditAction::SignInFailed, "sign_in_failed", QT_TRANSLATE_NOOP("Audit", "Failed sign-in")},
    {AuditAction::SignOut, "sign_out", QT_TRANSLATE_NOOP("Audit", "Sign-out")},
    {AuditAction::AccountLocked, "account_locked", QT_TRANSLATE_NOOP("Audit", "Account locked")},
    {AuditAction::ViewPerson, "view_person", QT_TRANSLATE_NOOP("Audit", "View person")},
    {AuditAction::ViewDossier, "view_dossier", QT_TRANSLATE_NOOP("Audit", "View dossier")},
    {AuditAction::Unmask, "unmask", QT_TRANSLATE_NOOP("Audit", "Unmask")},
    {AuditAction::Register, "register", QT_TRANSLATE_NOOP("Audit", "Register")},
    {AuditAction::Change, "change", QT_TRANSLATE_NOOP("Audit", "Change")},
    {AuditAction::MoveOut, "move_out", QT_TRANSLATE_NOOP("Audit", "Move out")},
    {AuditAction::EstateChange, "estate_change", QT_TRANSLATE_NOOP("Audit", "Estate change")},
    {AuditAction::UserAdd, "user_add", QT_TRANSLATE_NOOP("Audit", "Add account")},
    {AuditAction::UserChange, "user_change", QT_TRANSLATE_NOOP("Audit", "Change account")},
    {AuditAction::PasswordChange, "password_change", QT_TRANSLATE_NOOP("Audit", "Change password")},
    {AuditAction::Demo, "demo", QT_TRANSLATE_NOOP("Audit", "Demo data")},
    {AuditAction::Print, "print", QT_TRANSLATE_NOOP("Audit", "Print")},
    {AuditAction::Export, "export", QT_TRANSLATE_NOOP("Audit", "Export")},
    {AuditAction::Copy, "copy", QT_TRANSLATE_NOOP("Audit", "Copy")},
    {AuditAction::Approval, "approval", QT_TRANSLATE_NOOP("Audit", "Approval")},
    {AuditAction::LoanStep, "loan_step", QT_TRANSLATE_NOOP("Audit", "Loan step")},
    {AuditAction::OpenDossier, "open_dossier", QT_TRANSLATE_NOOP("Audit", "Open dossier")},
    {AuditAction::ReceiveItem, "receive_item", QT_TRANSLATE_NOOP("Audit", "Receive item")},
    {AuditAction::FileItem, "file_item", QT_TRANSLATE_NOOP("Audit", "File item")},
    {AuditAction::MoveDossier, "move_dossier", QT_TRANSLATE_NOOP("Audit", "Move folder")},
    {AuditAction::Handover, "handover", QT_TRANSLATE_NOOP("Audit", "Hand-over")},
    {AuditAction::OwnerChange, "owner_change", QT_TRANSLATE_NOOP("Audit", "Owner change")},
    {AuditAction::Attach, "attach", QT_TRANSLATE_NOOP("Audit", "Attach scan")},
    {AuditAction::ViewAttachment, "view_attachment", QT_TRANSLATE_NOOP("Audit", "View scan")},
    {AuditAction::Configure, "configure", QT_TRANSLATE_NOOP("Audit", "Configure archive")},
    {AuditAction::Import, "import", QT_TRANSLATE_NOOP("Audit", "Import roster")},
    {AuditAction::Backup, "backup", QT_TRANSLATE_NOOP("Audit", "Backup")},
    {AuditAction::BackupVerify, "backup_verify", QT_TRANSLATE_NOOP("Audit", "Check backup")},
    {AuditAction::Restore, "restore", QT_TRANSLATE_NOOP("Audit", "Restore from backup")},
    {AuditAction::BackupSettings, "backup_settings", QT_TRANSLATE_NOOP("Audit", "Backup settings")},
    {AuditAction::DamagedValue, "damaged_value", QT_TRANSLATE_NOOP("Audit", "Damaged value found")},
    {AuditAction::SearchNumber, "search_number", QT_TRANSLATE_NOOP("Audit", "Search by full number")},
    {AuditAction::Refused, "refused", QT_TRANSLATE_NOOP("Audit", "Refused")},
    {AuditAction::HoldAdd, "hold_add", QT_TRANSLATE_NOOP("Audit", "Put on hold")},
    {AuditAction::HoldRelease, "hold_release", QT_TRANSLATE_NOOP("Audit", "Release hold")},
    {AuditAction::DestroyPropose, "destroy_propose", QT_TRANSLATE_NOOP("Audit", "Propose destruction")},
    {AuditAction::DestroyApprove, "destroy_approve", QT_TRANSLATE_NOOP("Audit", "Approve destruction")},
    {AuditAction::DestroyReject, "destroy_reject", QT_TRANSLATE_NOOP("Audit", "Reject destruction")},
    {AuditAction::DestroyExecute, "destroy_execute", QT_TRANSLATE_NOOP("Audit", "Destroy dossiers")},
    {AuditAction::Reconcile, "reconcile", QT_TRANSLATE_NOOP("Audit", "Reconciliation")},
    {AuditAction::Violation, "violation", QT_TRANSLATE_NOOP("Audit", "Violation")},
};

} // namespace

QString auditActionCode(AuditAction a)
{
    for (const ActionName& n : kActions)
        if (n.action == a)
            return QString::fromLatin1(n.code);
    return {};
}

AuditAction auditActionFromCode(const QString& code, bool* ok)
{
    for (const ActionName& n : kActions) {
        if (code == QLatin1String(n.code)) {
            if (ok)
                *ok = true;
            return n.action;
        }
    }
    if (ok)
        *ok = false;
    return AuditAction::Change;
}

QList<AuditAction> allAuditActions()
{
    QList<AuditAction> out;
    for (const ActionName& n : kActions)
        out << n.action;
    return out;
}

QString auditActionLabel(const QString& code)
{
    for (const ActionName& n : kActions)
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("Audit", n.label);
    return code;
}

QString auditEntityLabel(const QString& entity)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"person", QT_TRANSLATE_NOOP("Audit", "Person")},
        {"room", QT_TRANSLATE_NOOP("Audit", "Room")},
        {"unit", QT_TRANSLATE_NOOP("Audit", "Unit")},
        {"building", QT_TRANSLATE_NOOP("Audit", "Building")},
        {"phase", QT_TRANSLATE_NOOP("Audit", "Phase")},
        {"estate", QT_TRANSLATE_NOOP("Audit", "Estate")},
        {"user", QT_TRANSLATE_NOOP("Audit", "Account")},
        {"dossier", QT_TRANSLATE_NOOP("Audit", "Dossier")},
        {"loan", QT_TRANSLATE_NOOP("Audit", "Loan")},
    };
    for (const auto& [code, label] : labels)
        if (entity == QLatin1String(code))
            return QCoreApplication::translate("Audit", label);
    return entity;
}

QString auditDetail(const QJsonObject& detail)
{
    if (detail.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

QString auditTextRef(const QString& kind, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    return QStringLiteral("[%1: %2 characters]").arg(kind).arg(t.size());
}

bool isAuditTextRef(const QString& reason)
{
    static const QRegularExpression ref(QStringLiteral("^\\[[a-z_]+: [0-9]+ characters\\]$"));
    return ref.match(reason).hasMatch();
}

} // namespace ar
