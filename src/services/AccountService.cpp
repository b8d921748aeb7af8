#include "AccountService.h"

#include "core/TextNormalize.h"
#include "security/PasswordHash.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ar {

Status AccountService::checkLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{1,31}$"));
    if (!re.match(login).hasMatch())
        return Error::invalid(
            QStringLiteral("login"), login,
            QCoreApplication::translate(
                "AccountService",
                "Login %1: 2 to 32 letters, digits, '.', '_' or '-', starting with a letter")
                .arg(login));
    return {};
}

Status AccountService::checkNewPassword(const QString& password)
{
    if (password.size() < 8)
        return Error::invalid(
            QStringLiteral("password"), QString(),
            QCoreApplication::translate("AccountService", "The password must have at least 8 characters"));
    return {};
}

Result<bool> AccountService::needsSetup()
{
    auto n = m_ctx.users.count();
    if (!n)
        return n.error();
    return n.value() == 0;
}

Result<User> AccountService::createFirstAdmin(const QString& login, const QString& displayName,
                                              const QString& password)
{
    Transaction tx(m_ctx.db);
    auto n = m_ctx.users.count();
    if (!n)
        return n.error();
    if (n.value() > 0)
        return Error::of(ErrorCode::Conflict,
                         QCoreApplication::translate("AccountService",
                                                     "This archive already has accounts; sign in instead"));
    User u;
    u.login = login.trimmed();
    u.displayName = text::normalize(displayName).isEmpty() ? u.login : text::normalize(displayName);
    u.role = Role::Admin;
    u.department = QCoreApplication::translate("AccountService", "Administration");
    if (auto s = checkLogin(u.login); !s)
        return s.error();
    if (auto s = checkNewPassword(password); !s)
        return s.error();
    auto id = m_ctx.users.insert(u, password::hash(password), m_ctx.clock.now());
    if (!id)
        return id.error();
    u.id = id.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_ctx.setUser(u);
    return u;
}

Result<User> AccountService::signIn(const QString& login, const QString& password)
{
    auto found = m_ctx.users.byLogin(login.trimmed());
    // The same message whether the login or the password was wrong: reveal nothing.
    const Error denied = Error::of(ErrorCode::PermissionDenied,
                                   QCoreApplication::translate("AccountService", "Wrong login or password"));
    if (!found) {
        if (found.error().code != ErrorCode::NotFound)
            return found.error();
        password::verify(password, password::hash(QStringLiteral("timing"))); // same cost as a real check
        return denied;
    }
    const auto& [user, hash] = found.value();
    if (!password::verify(password, hash))
        return denied;
    if (!user.active)
        return Error::of(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("AccountService", "The account %1 is disabled").arg(user.login));
    m_ctx.setUser(user);
    return user;
}

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
        return Error::invalid(QStringLiteral("name"), {},
                              QCoreApplication::translate("AccountService", "The display name is empty"));
    if (u.department.isEmpty())
        return Error::invalid(QStringLiteral("department"), {},
                              QCoreApplication::translate("AccountService", "The department is empty"));
    if (auto s = checkNewPassword(password); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    auto existing = m_ctx.users.byLogin(u.login);
    if (existing)
        return Error::of(
            ErrorCode::Conflict,
            QCoreApplication::translate("AccountService", "The login %1 is already taken").arg(u.login));
    auto id = m_ctx.users.insert(u, password::hash(password), m_ctx.clock.now());
    if (!id)
        return id.error();
    u.id = id.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    return u;
}

Result<QList<User>> AccountService::users()
{
    if (auto s = m_ctx.require(Permission::ManageUsers); !s)
        return s.error();
    return m_ctx.users.all();
}

} // namespace ar
