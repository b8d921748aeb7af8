#include "Sensitive.h"

namespace ar {

QString sensitiveFieldCode(SensitiveField f)
{
    switch (f) {
    case SensitiveField::IdNumber:
        return QStringLiteral("id_number");
    case SensitiveField::Phone:
        return QStringLiteral("phone");
    case SensitiveField::WorkUnit:
        return QStringLiteral("work_unit");
    case SensitiveField::HomeAddress:
        return QStringLiteral("home_address");
    case SensitiveField::AuditReason:
        return QStringLiteral("audit_reason");
    case SensitiveField::EmergencyContact:
        break;
    }
    return QStringLiteral("emergency_contact");
}

std::optional<SensitiveField> sensitiveFieldOfPersonField(const QString& field)
{
    if (field == QLatin1String("phones"))
        return SensitiveField::Phone;
    for (SensitiveField f : {SensitiveField::IdNumber, SensitiveField::WorkUnit, SensitiveField::HomeAddress,
                             SensitiveField::EmergencyContact})
        if (field == sensitiveFieldCode(f))
            return f;
    return std::nullopt;
}

} // namespace ar
