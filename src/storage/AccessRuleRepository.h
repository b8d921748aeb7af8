#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/AccessPolicy.h"

#include <optional>

namespace ar {

class AccessRuleRepository
{
public:
    explicit AccessRuleRepository(Database& db) : m_db(db) {}

    // The rule for the category, else the role's default ('*') for the mode.
    Result<std::optional<AccessRule>> find(Role role, const QString& category, AccessMode mode);
    Result<QList<AccessRule>> all();
    Status put(const AccessRule& rule);

private:
    Database& m_db;
};

} // namespace ar
