#include "UserRepository.h"

#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

namespace {
User userFrom(const QSqlQuery& q, int o = 0)
{
    User u;
    u.id = q.value(o).toLongLong();
    u.login = q.value(o + 1).toString();
    u.displayName = q.value(o + 2).toString();
    u.role = accountRoleFromCode(q.value(o + 3).toString());
    u.department = q.value(o + 4).toString();
    u.active = q.value(o + 5).toInt() != 0;
    return u;
}
const QString kUserCols = QStringLiteral("id, login, display_name, role, department, active");
} // namespace

Result<qint64> UserRepository::insert(const User& u, const QString& passwordHash, const QDateTime& now)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO users(login, display_name, role, department, password_hash, "
                       "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {u.login, u.displayName, roleCode(u.role), u.department, passwordHash, u.active ? 1 : 0,
         timestamp(now)});
}

Result<int> UserRepository::count()
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<std::pair<User, QString>> UserRepository::byLogin(const QString& login)
{
    return oneOf<std::pair<User, QString>>(
        m_db.exec(QStringLiteral("SELECT %1, password_hash FROM users WHERE login = ?").arg(kUserCols),
                  {login}),
        [](const QSqlQuery& q, int) { return std::make_pair(userFrom(q), q.value(6).toString()); }, login);
}

Result<User> UserRepository::byId(qint64 id)
{
    return oneOf<User>(m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserCols), {id}),
                       userFrom, QString::number(id));
}

Result<QList<User>> UserRepository::all()
{
    return listOf<User>(m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(kUserCols)),
                        userFrom);
}

Status UserRepository::update(const User& u)
{
    return done(m_db.write(QStringLiteral("UPDATE users SET display_name = ?, role = ?, department = ?, active = ? "
                                 "WHERE id = ?"),
                  {u.displayName, roleCode(u.role), u.department, u.active ? 1 : 0, u.id}));
}

Status UserRepository::setPasswordHash(qint64 id, const QString& hash, const QDateTime& now)
{
    return done(m_db.write(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
                  {hash, timestamp(now), id}));
}

Result<UserRepository::Lockout> UserRepository::lockout(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT failed_attempts, locked_until FROM users WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::of(ErrorCode::NotFound, QString::number(id));
    Lockout l;
    l.failures = q.value().value(0).toInt();
    if (!q.value().value(1).isNull())
        l.lockedUntil = QDateTime::fromString(q.value().value(1).toString(), Qt::ISODate);
    return l;
}

Status UserRepository::setLockout(qint64 id, const Lockout& l)
{
    return done(m_db.write(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                  {l.failures,
                   l.lockedUntil.isValid() ? QVariant(timestamp(l.lockedUntil))
                                           : QVariant(QMetaType::fromType<QString>()),
                   id}));
}

Result<QString> MetaRepository::get(const QString& key, const QString& fallback)
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v.value().isValid() ? v.value().toString() : fallback;
}

Status MetaRepository::set(const QString& key, const QString& value)
{
    return done(m_db.write(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {key, value}));
}

} // namespace ar
