#pragma once

#include "Forward.h"
#include "core/AccessPolicy.h"

#include <QCoreApplication>

namespace ar {

// The access matrix of R21–R25: who may view, take out or copy a dossier of a category,
// directly, after whose approval, or not at all. The matrix is data (table access_rules) an
// administrator adjusts; every decision names the rule that made it. Borrowing (issue #5)
// acts on these decisions.
class AccessService
{
    Q_DECLARE_TR_FUNCTIONS(AccessService)

public:
    explicit AccessService(Context& ctx);

    // The decision for a role; a role without a row is refused (never a silent grant).
    Result<AccessDecision> decide(Role role, const QString& category, AccessMode mode);
    // The decision for the signed-in user.
    Result<AccessDecision> decideForMe(const QString& category, AccessMode mode);

    Result<QList<AccessRule>> rules();
    // Administrators only. The category must exist (or be '*'); the rule ID must be given.
    Status setRule(const AccessRule& rule);

private:
    Context& m_ctx;
    AccessRuleRepository& m_rules; // the Context's
};

} // namespace ar
