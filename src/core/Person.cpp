#include "Person.h"

namespace ar {

QString genderCode(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("M");
    case Gender::Female:
        return QStringLiteral("F");
    case Gender::Unknown:
        break;
    }
    return QStringLiteral("U");
}

Gender genderFromCode(const QString& code)
{
    if (code == QLatin1String("M"))
        return Gender::Male;
    if (code == QLatin1String("F"))
        return Gender::Female;
    return Gender::Unknown;
}

QString genderLabel(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QCoreApplication::translate("Person", "Male");
    case Gender::Female:
        return QCoreApplication::translate("Person", "Female");
    case Gender::Unknown:
        break;
    }
    return QCoreApplication::translate("Person", "Unknown");
}

QString idTypeCode(IdType t)
{
    switch (t) {
    case IdType::MainlandId:
        return QStringLiteral("cn_id");
    case IdType::Passport:
        return QStringLiteral("passport");
    case IdType::HkMacaoPermit:
        return QStringLiteral("hk_macao");
    case IdType::TaiwanPermit:
        return QStringLiteral("taiwan");
    case IdType::ForeignerResidence:
        return QStringLiteral("foreigner");
    case IdType::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<IdType> allIdTypes()
{
    return {IdType::MainlandId,   IdType::Passport,           IdType::HkMacaoPermit,
            IdType::TaiwanPermit, IdType::ForeignerResidence, IdType::Other};
}

IdType idTypeFromCode(const QString& code, bool* ok)
{
    for (IdType t : allIdTypes()) {
        if (idTypeCode(t) == code) {
            if (ok)
                *ok = true;
            return t;
        }
    }
    if (ok)
        *ok = false;
    return IdType::Other;
}

QString idTypeLabel(IdType t)
{
    switch (t) {
    case IdType::MainlandId:
        return QCoreApplication::translate("Person", "Resident ID card");
    case IdType::Passport:
        return QCoreApplication::translate("Person", "Passport");
    case IdType::HkMacaoPermit:
        return QCoreApplication::translate("Person", "Hong Kong/Macao permit");
    case IdType::TaiwanPermit:
        return QCoreApplication::translate("Person", "Taiwan permit");
    case IdType::ForeignerResidence:
        return QCoreApplication::translate("Person", "Foreigner permanent residence card");
    case IdType::Other:
        break;
    }
    return QCoreApplication::translate("Person", "Other document");
}

QList<OccupancyRole> allRoles()
{
    return {OccupancyRole::Owner, OccupancyRole::CoOwner, OccupancyRole::Tenant, OccupancyRole::Member,
            OccupancyRole::Agent};
}

QString roleCode(OccupancyRole r)
{
    switch (r) {
    case OccupancyRole::Owner:
        return QStringLiteral("owner");
    case OccupancyRole::CoOwner:
        return QStringLiteral("co_owner");
    case OccupancyRole::Tenant:
        return QStringLiteral("tenant");
    case OccupancyRole::Member:
        return QStringLiteral("member");
    case OccupancyRole::Agent:
        break;
    }
    return QStringLiteral("agent");
}

OccupancyRole roleFromCode(const QString& code, bool* ok)
{
    for (OccupancyRole r : allRoles()) {
        if (roleCode(r) == code) {
            if (ok)
                *ok = true;
            return r;
        }
    }
    if (ok)
        *ok = false;
    return OccupancyRole::Member;
}

QString roleLabel(OccupancyRole r)
{
    switch (r) {
    case OccupancyRole::Owner:
        return QCoreApplication::translate("Person", "Owner");
    case OccupancyRole::CoOwner:
        return QCoreApplication::translate("Person", "Co-owner");
    case OccupancyRole::Tenant:
        return QCoreApplication::translate("Person", "Tenant");
    case OccupancyRole::Member:
        return QCoreApplication::translate("Person", "Household member");
    case OccupancyRole::Agent:
        break;
    }
    return QCoreApplication::translate("Person", "Entrusted agent");
}

} // namespace ar
