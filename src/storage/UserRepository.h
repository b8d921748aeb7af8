#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Access.h"

#include <QDateTime>

namespace ar {

class UserRepository
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const User& u, const QString& passwordHash, const QDateTime& now);
    Result<int> count();
    // The user and the stored password hash; NotFound if no such login.
    Result<std::pair<User, QString>> byLogin(const QString& login);
    Result<User> byId(qint64 id);
    Result<QList<User>> all();
    Status update(const User& u); // display name, role, department, active
    Status setPasswordHash(qint64 id, const QString& hash, const QDateTime& now);

    // Sign-in lockout: failed attempts since the last success and the end of a lockout.
    struct Lockout
    {
        int failures = 0;
        QDateTime lockedUntil; // invalid when not locked
    };
    Result<Lockout> lockout(qint64 id);
    Status setLockout(qint64 id, const Lockout& l);

private:
    Database& m_db;
};

class MetaRepository
{
public:
    explicit MetaRepository(Database& db) : m_db(db) {}
    Result<QString> get(const QString& key, const QString& fallback = {});
    Status set(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace ar
