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
    case SensitiveField::EmergencyContact:
        break;
    }
    return QStringLiteral("emergency_contact");
}

} // namespace ar
