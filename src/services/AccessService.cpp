#include "AccessService.h"

#include "Context.h"
#include "UseCase.h"
#include "storage/AccessRuleRepository.h"

#include <QRegularExpression>

namespace ar {

AccessService::AccessService(Context& ctx) : m_ctx(ctx), m_rules(ctx.accessRules) {}


Result<AccessDecision> AccessService::decide(Role role, const QString& category, AccessMode mode)
{
    auto r = m_rules.find(role, category, mode);
    if (!r)
        return r.error();
    if (!r.value())
        return AccessDecision{AccessOutcome::Refused, Approver::None, QStringLiteral("R24")};
    return r.value()->decision;
}

Result<AccessDecision> AccessService::decideForMe(const QString& category, AccessMode mode)
{
    if (!m_ctx.user())
        return Error::of(ErrorCode::PermissionDenied, tr("Please sign in first"));
    return decide(m_ctx.user()->role, category, mode);
}

Result<QList<AccessRule>> AccessService::rules()
{
    if (!m_ctx.user())
        return Error::of(ErrorCode::PermissionDenied, tr("Please sign in first"));
    return m_rules.all();
}

Status AccessService::setRule(const AccessRule& rule)
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s;
    static const QRegularExpression ruleId(QStringLiteral("^(R|P)\\d{1,2}$"));
    if (!ruleId.match(rule.decision.rule).hasMatch())
        return Error::invalid(QStringLiteral("rule"), rule.decision.rule,
                              tr("Rule %1: name the rule that decides, such as R23").arg(rule.decision.rule));
    if (rule.category != QLatin1String("*")) {
        auto c = m_ctx.dossiers.category(rule.category);
        if (!c)
            return Error::invalid(QStringLiteral("category"), rule.category,
                                  tr("Category %1 does not exist").arg(rule.category));
    }
    if (rule.decision.outcome == AccessOutcome::NeedsApproval && rule.decision.approver == Approver::None)
        return Error::invalid(QStringLiteral("approver"), {},
                              tr("A decision that needs approval must say who approves"));
    // R2 over R23: the head of the department that owns the category approves, not the borrower's.
    if (rule.decision.outcome == AccessOutcome::NeedsApproval &&
        rule.decision.approver == Approver::OwnDepartmentHead)
        return Error::invalid(QStringLiteral("approver"), approverCode(rule.decision.approver),
                              tr("The head of the department that owns the category approves, not the "
                                 "borrower's own head"));
    if (rule.role == Role::Admin && rule.decision.outcome != AccessOutcome::Refused)
        return Error::invalid(QStringLiteral("role"), roleCode(rule.role),
                              tr("The administrator role never gets access to dossiers"));
    AccessRule stored = rule;
    if (stored.decision.outcome != AccessOutcome::NeedsApproval)
        stored.decision.approver = Approver::None;
    return usecase::write(m_ctx, [&](usecase::Step&) -> Status { return m_rules.put(stored); });
}

} // namespace ar
