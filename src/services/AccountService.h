#pragma once

#include "Context.h"

namespace ar {

// Accounts and sign-in. The first administrator is created once, on an empty database.
class AccountService
{
public:
    explicit AccountService(Context& ctx) : m_ctx(ctx) {}

    Result<bool> needsSetup();
    Result<User> createFirstAdmin(const QString& login, const QString& displayName, const QString& password);
    Result<User> signIn(const QString& login, const QString& password);
    void signOut() { m_ctx.setUser(std::nullopt); }
    Result<User> addUser(const User& u, const QString& password);
    Result<QList<User>> users();

    static Status checkLogin(const QString& login);
    static Status checkNewPassword(const QString& password);

private:
    Context& m_ctx;
};

} // namespace ar
