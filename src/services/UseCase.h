#pragma once

#include "core/Sealed.h" // private to the services

#include "AuditService.h"
#include "Context.h"

#include <type_traits>
#include <utility>

// The use-case helper (docs/architecture.md "The use-case helper"): a service call that writes
// reads as its business steps, and the tail every such call shares (permission → transaction →
// work → audit → commit, each failure passed on unchanged) is written once, here.
//
//     return usecase::write(m_ctx, Permission::FileDossiers, [&](usecase::Step& step) -> Result<qint64> {
//         auto id = m_ctx.locations.insert(l);
//         if (!id)
//             return id;
//         step.audit(AuditAction::Configure, QStringLiteral("location"), id.value(), {}, detail);
//         return id;
//     });
//
// Included by the services' .cpp files only.
namespace ar::usecase {

// What the work hands the helper: the audit records it writes as its last steps, and how it ends.
//
// An audit record is written at once, in the work's transaction, so the trail's order is the
// order of the calls; a record that cannot be written fails the use case with that error (the
// first such), and the transaction rolls back. The work is not stopped by it: ask for records as
// the work's last steps, with nothing after them that writes or is seen outside the transaction.
class Step
{
public:
    Step(Context& ctx, Transaction& tx) : m_ctx(ctx), m_tx(tx) {}
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

    // AuditService::record(…).
    void audit(AuditAction action, const QString& entity = {}, qint64 entityId = 0,
               const QString& dossier = {}, const QString& detail = {}, const QString& reason = {})
    {
        audited(AuditService(m_ctx).record(action, entity, entityId, dossier, detail, reason));
    }
    // The outcome of an audit written otherwise (DossierSupport::audit, LoanSupport::audit …).
    void audited(const Status& s)
    {
        if (!s && m_failed.ok())
            m_failed = s;
    }
    // The first audit record that could not be written, if any (for write()).
    const Status& failure() const { return m_failed; }

    // The work ends without a commit: the transaction rolls back and, joined to a caller's,
    // dooms that one — what a hand-written `return {};` before `tx.commit()` did.
    void rollBack() { m_rollBack = true; }
    bool rollingBack() const { return m_rollBack; }

    // The transaction the work runs in (LoanSupport::storedUnderLock asks whether it began).
    Transaction& transaction() { return m_tx; }

private:
    Context& m_ctx;
    Transaction& m_tx;
    Status m_failed;
    bool m_rollBack = false;
};

namespace detail {
template <typename R> struct IsResult : std::false_type
{
};
template <typename T> struct IsResult<Result<T>> : std::true_type
{
};
} // namespace detail

// Opens a write Transaction (joining the caller's, if one is open), runs `work(step)` and
// commits. The first error (an audit record's, the work's or the commit's) is returned
// unchanged, and the transaction rolls back; refusals traced with Context::refuse are written
// once it has ended, as ever. For a call whose permission the
// caller has already checked, before a validation that must come before the write lock.
template <typename Work> auto write(Context& ctx, Work&& work) -> std::invoke_result_t<Work&, Step&>
{
    using R = std::invoke_result_t<Work&, Step&>;
    static_assert(detail::IsResult<R>::value, "a use case returns a Result<T> or a Status");
    Transaction tx(ctx.db);
    Step step(ctx, tx);
    R r = work(step);
    if (!step.failure().ok())
        return step.failure().error();
    if (!r || step.rollingBack())
        return r;
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

// The same after Context::require(p): the same refusal, traced the same way.
template <typename Work>
auto write(Context& ctx, Permission p, Work&& work) -> std::invoke_result_t<Work&, Step&>
{
    if (auto s = ctx.require(p); !s)
        return s.error();
    return write(ctx, std::forward<Work>(work));
}

// The same after a check of the caller's (a compound permission with its own message, e.g.
// `allowed(m_ctx.can(A) || m_ctx.can(B), tr("…"))`): when it failed, its error and nothing else.
template <typename Work>
auto write(Context& ctx, const Status& allowed, Work&& work) -> std::invoke_result_t<Work&, Step&>
{
    if (!allowed)
        return allowed.error();
    return write(ctx, std::forward<Work>(work));
}

// A caller's check for write(): PermissionDenied with `message` unless `yes`. Not traced, like
// the hand-written checks it replaces.
inline Status allowed(bool yes, const QString& message)
{
    if (yes)
        return {};
    return Error::denied(message);
}

} // namespace ar::usecase
