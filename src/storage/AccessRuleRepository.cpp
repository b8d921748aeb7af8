#include "AccessRuleRepository.h"

#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

namespace {
AccessRule ruleFrom(const QSqlQuery& q, int)
{
    AccessRule r;
    r.role = accountRoleFromCode(q.value(0).toString());
    r.category = q.value(1).toString();
    r.mode = accessModeFromCode(q.value(2).toString());
    r.decision.outcome = accessOutcomeFromCode(q.value(3).toString());
    r.decision.approver = approverFromCode(q.value(4).toString());
    r.decision.rule = q.value(5).toString();
    return r;
}
const QString kRuleCols = QStringLiteral("role, category, mode, outcome, approver, rule");
} // namespace

Result<std::optional<AccessRule>> AccessRuleRepository::find(Role role, const QString& category,
                                                             AccessMode mode)
{
    // The category's own row sorts before the default '*'.
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM access_rules WHERE role = ? AND mode = ? AND category IN (?, '*') "
                       "ORDER BY CASE WHEN category = '*' THEN 1 ELSE 0 END")
            .arg(kRuleCols),
        {roleCode(role), accessModeCode(mode), category});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AccessRule>();
    return std::optional<AccessRule>(ruleFrom(q.value(), 0));
}

Result<QList<AccessRule>> AccessRuleRepository::all()
{
    return listOf<AccessRule>(
        m_db.exec(QStringLiteral("SELECT %1 FROM access_rules ORDER BY role, category, mode").arg(kRuleCols)),
        ruleFrom);
}

Status AccessRuleRepository::put(const AccessRule& r)
{
    return done(m_db.write(
        QStringLiteral("INSERT INTO access_rules(role, category, mode, outcome, approver, rule) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (role, category, mode) DO UPDATE SET "
                       "outcome = excluded.outcome, approver = excluded.approver, rule = excluded.rule"),
        {roleCode(r.role), r.category, accessModeCode(r.mode), accessOutcomeCode(r.decision.outcome),
         approverCode(r.decision.approver), r.decision.rule}));
}

} // namespace ar
