// The administrator's side of the accounts (R20, issue #3): the account policy, adding and
// changing accounts, resetting a password, the list. Signing in and out, one's own password and
// the recovery are AccountService.cpp.
#include "AccountService.h"

#include "Context.h"

#include "AuditService.h"
#include "Encryption.h"
#include "KeysByRole.h"
#include "UseCase.h"
#include "core/TextNormalize.h"
#include "security/Crypto.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"
#include "security/PasswordHash.h"

#include <QJsonObject>

namespace ar {

Result<AccountPolicy> AccountService::policy()
{
    AccountPolicy p;
    for (auto [key, field] :
         {std::pair{"lockout_failures", &p.maxFailures}, std::pair{"lockout_minutes", &p.lockoutMinutes},
          std::pair{"idle_lock_minutes", &p.idleLockMinutes},
          std::pair{"password_min_length", &p.minPasswordLength}}) {
        auto v = m_ctx.meta.get(QString::fromLatin1(key), QString::number(*field));
        if (!v)
            return v.error();
        bool ok = false;
        const int n = v.value().toInt(&ok);
        if (ok)
            *field = n;
    }
    return p;
}

Status AccountService::setPolicy(const AccountPolicy& p)
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s;
    if (p.maxFailures < 1 || p.maxFailures > 100)
        return Error::invalid(QStringLiteral("max_failures"), QString::number(p.maxFailures),
                              tr("Failed sign-ins before a lockout: 1 to 100, not %1").arg(p.maxFailures));
    if (p.lockoutMinutes < 1 || p.lockoutMinutes > 24 * 60)
        return Error::invalid(QStringLiteral("lockout_minutes"), QString::number(p.lockoutMinutes),
                              tr("Lockout: 1 to 1440 minutes, not %1").arg(p.lockoutMinutes));
    if (p.idleLockMinutes < 0 || p.idleLockMinutes > 8 * 60)
        return Error::invalid(QStringLiteral("idle_lock_minutes"), QString::number(p.idleLockMinutes),
                              tr("Idle lock: 0 (never) to 480 minutes, not %1").arg(p.idleLockMinutes));
    if (p.minPasswordLength < passwords::kMinMinLength || p.minPasswordLength > passwords::kMaxMinLength)
        return Error::invalid(QStringLiteral("password_min_length"), QString::number(p.minPasswordLength),
                              tr("Minimum password length: %1 to %2 characters, not %3")
                                  .arg(passwords::kMinMinLength)
                                  .arg(passwords::kMaxMinLength)
                                  .arg(p.minPasswordLength));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        for (auto [key, value] :
             {std::pair{"lockout_failures", p.maxFailures}, std::pair{"lockout_minutes", p.lockoutMinutes},
              std::pair{"idle_lock_minutes", p.idleLockMinutes},
              std::pair{"password_min_length", p.minPasswordLength}})
            if (auto s = m_ctx.meta.set(QString::fromLatin1(key), QString::number(value)); !s)
                return s;
        step.audit(AuditAction::UserChange, QStringLiteral("policy"), 0, {},
                   auditDetail(QJsonObject{{QStringLiteral("max_failures"), p.maxFailures},
                                           {QStringLiteral("lockout_minutes"), p.lockoutMinutes},
                                           {QStringLiteral("idle_lock_minutes"), p.idleLockMinutes},
                                           {QStringLiteral("password_min_length"), p.minPasswordLength}}));
        return {};
    });
}

// Counts an attempt at `user`'s password before the password is checked, in the one write
// transaction that reads the counter, and commits it. Parallel attempts (several desks or
// processes at once) queue on the write lock and each sees the ones counted before it, so no
// more than the limit are ever checked: the attempt that reaches the limit locks the account
// at once (a right password lifts the lock again in cleared()), and an attempt while the
// account is locked is refused without a check. The slow password hash runs after the commit,
// holding no lock.

Result<User> AccountService::addUser(const User& input, const QString& password)
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s.error();
    User u = input;
    u.login = u.login.trimmed();
    u.displayName = text::normalize(u.displayName);
    u.department = text::normalize(u.department);
    if (auto s = checkLogin(u.login); !s)
        return s.error();
    if (u.displayName.isEmpty())
        return Error::invalid(QStringLiteral("name"), {}, tr("The display name is empty"));
    if (u.department.isEmpty())
        return Error::invalid(QStringLiteral("department"), {}, tr("The department is empty"));
    if (auto s = checkPassword(password, u.login); !s)
        return s.error();
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<User> {
        if (m_ctx.users.byLogin(u.login))
            return Error::of(ErrorCode::Conflict, tr("The login %1 is already taken").arg(u.login));
        auto id = m_ctx.users.insert(u, password::hash(password), m_ctx.clock.now());
        if (!id)
            return id.error();
        u.id = id.value();
        if (auto s = writeSlot(u, password); !s)
            return s.error();
        if (m_codec.holdsFullKey()) // the administrator of a new archive: the
                                    // first clerk or leader gets the key
            if (auto s = keysbyrole::completeWithFullKey(m_ctx, m_codec); !s)
                return s.error();
        step.audit(AuditAction::UserAdd, QStringLiteral("user"), u.id, {},
                   auditDetail({{QStringLiteral("login"), u.login},
                                {QStringLiteral("role"), roleCode(u.role)},
                                {QStringLiteral("department"), u.department}}));
        return u;
    });
}

Result<User> AccountService::updateUser(const User& input)
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s.error();
    auto old = m_ctx.users.byId(input.id);
    if (!old)
        return old.error();
    User u = old.value();
    u.displayName = text::normalize(input.displayName);
    u.department = text::normalize(input.department);
    u.role = input.role;
    u.active = input.active;
    if (u.displayName.isEmpty())
        return Error::invalid(QStringLiteral("name"), {}, tr("The display name is empty"));
    if (u.department.isEmpty())
        return Error::invalid(QStringLiteral("department"), {}, tr("The department is empty"));
    if (u.id == m_ctx.userId() && (!u.active || u.role != Role::Admin))
        return Error::of(ErrorCode::Conflict, tr("You cannot disable your own account or take away your own "
                                                 "administrator role"));
    return usecase::write(m_ctx, [&](usecase::Step&) -> Result<User> {
        if (auto s = m_ctx.users.update(u); !s)
            return s.error();
        if (!u.active)
            if (auto s = m_ctx.keySlots.removeForUser(u.id); !s)
                return s.error(); // a disabled account keeps no key to the archive
        if (!keysbyrole::roleHoldsFullKey(u.role))
            if (auto s = m_ctx.keySlots.setFullKey(u.id, {}); !s)
                return s.error();   // a role that may not unmask keeps no grant of the full key
        if (m_codec.holdsFullKey()) // the administrator of a new archive: a new clerk or leader gets
                                    // the key
            if (auto s = keysbyrole::completeWithFullKey(m_ctx, m_codec); !s)
                return s.error();
        QJsonObject changed;
        if (u.displayName != old->displayName)
            changed.insert(QStringLiteral("name"), true);
        if (u.role != old->role)
            changed.insert(QStringLiteral("role"), roleCode(u.role));
        if (u.department != old->department)
            changed.insert(QStringLiteral("department"), true);
        if (u.active != old->active)
            changed.insert(QStringLiteral("active"), u.active);
        if (!changed.isEmpty())
            if (auto s = AuditService(m_ctx).record(AuditAction::UserChange, QStringLiteral("user"), u.id, {},
                                                    auditDetail(changed));
                !s)
                return s.error();
        return u;
    });
}

Status AccountService::resetPassword(qint64 userId, const QString& newPassword)
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s;
    auto target = m_ctx.users.byId(userId);
    if (!target)
        return target.error();
    if (auto s = checkPassword(newPassword, target->login); !s)
        return s;
    if (!target->active)
        return Error::of(ErrorCode::Conflict,
                         tr("The account %1 is disabled; enable it first").arg(target->login));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = m_ctx.users.setPasswordHash(userId, password::hash(newPassword), m_ctx.clock.now()); !s)
            return s;
        if (auto s = m_ctx.users.setLockout(userId, {}); !s)
            return s;
        // A new key pair: the old grant of the full key is lost with the old password; a session
        // that holds the full key grants it again (see keysbyrole::completeWithFullKey).
        if (auto s = writeSlot(target.value(), newPassword); !s)
            return s;
        step.audit(AuditAction::PasswordChange, QStringLiteral("user"), userId, {},
                   auditDetail(QJsonObject{{QStringLiteral("via"), QStringLiteral("reset")}}));
        return {};
    });
}

Result<QList<User>> AccountService::users()
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s.error();
    return m_ctx.users.all();
}

Result<QSet<qint64>> AccountService::accountsWithOlderKeys()
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s.error();
    auto ids = m_ctx.keySlots.usersWithOlderSlots();
    if (!ids)
        return ids.error();
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

} // namespace ar
