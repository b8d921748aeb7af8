#include "Person.h"

#include "TextNormalize.h"

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
    case IdType::CreditCode:
        return QStringLiteral("credit_code");
    case IdType::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<IdType> allIdTypes()
{
    return {IdType::MainlandId,         IdType::Passport, IdType::HkMacaoPermit, IdType::TaiwanPermit,
            IdType::ForeignerResidence, IdType::Other,    IdType::CreditCode};
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
    case IdType::CreditCode:
        return QCoreApplication::translate("Person", "Unified social credit code");
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

std::optional<Gender> genderFromText(const QString& text)
{
    const QString t = text::compact(text).toLower();
    if (t.isEmpty())
        return Gender::Unknown;
    if (t == QLatin1String("m") || t == QLatin1String("male") || t == QStringLiteral("男"))
        return Gender::Male;
    if (t == QLatin1String("f") || t == QLatin1String("female") || t == QStringLiteral("女"))
        return Gender::Female;
    return std::nullopt;
}

std::optional<IdType> idTypeFromText(const QString& text)
{
    const QString t = text::compact(text);
    if (t.isEmpty())
        return IdType::MainlandId;
    for (IdType i : allIdTypes())
        if (t == idTypeCode(i) || t == idTypeLabel(i))
            return i;
    if (t == QStringLiteral("身份证") || t == QStringLiteral("居民身份证"))
        return IdType::MainlandId;
    if (t == QStringLiteral("护照"))
        return IdType::Passport;
    if (t == QStringLiteral("统一社会信用代码") || t == QStringLiteral("信用代码") ||
        t == QStringLiteral("营业执照") || t.toLower() == QLatin1String("uscc"))
        return IdType::CreditCode;
    return std::nullopt;
}

std::optional<OccupancyRole> roleFromText(const QString& text)
{
    const QString t = text::compact(text).toLower();
    if (t.isEmpty())
        return std::nullopt;
    for (OccupancyRole r : allRoles())
        if (t == roleCode(r) || t == roleLabel(r).toLower())
            return r;
    static const QList<QPair<QString, OccupancyRole>> words{
        {QStringLiteral("业主"), OccupancyRole::Owner},      {QStringLiteral("产权人"), OccupancyRole::Owner},
        {QStringLiteral("共有人"), OccupancyRole::CoOwner},  {QStringLiteral("共同业主"), OccupancyRole::CoOwner},
        {QStringLiteral("租户"), OccupancyRole::Tenant},     {QStringLiteral("承租人"), OccupancyRole::Tenant},
        {QStringLiteral("家庭成员"), OccupancyRole::Member}, {QStringLiteral("成员"), OccupancyRole::Member},
        {QStringLiteral("受托人"), OccupancyRole::Agent},    {QStringLiteral("代理人"), OccupancyRole::Agent},
        {QStringLiteral("委托代理人"), OccupancyRole::Agent}};
    for (const auto& [w, r] : words)
        if (t == w)
            return r;
    return std::nullopt;
}

QString leaseText(const Occupancy& o)
{
    QStringList parts;
    if (o.leaseFrom.isValid() || o.leaseTo.isValid())
        parts << QCoreApplication::translate("Person", "%1 to %2")
                     .arg(o.leaseFrom.isValid() ? o.leaseFrom.toString(Qt::ISODate) : QStringLiteral("?"),
                          o.leaseTo.isValid() ? o.leaseTo.toString(Qt::ISODate) : QStringLiteral("?"));
    if (!o.contractNo.isEmpty())
        parts << QCoreApplication::translate("Person", "contract %1").arg(o.contractNo);
    return parts.join(QStringLiteral(", "));
}

} // namespace ar
