#pragma once

#include "Database.h"
#include "core/Access.h"

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
