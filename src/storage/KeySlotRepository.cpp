#include "KeySlotRepository.h"

#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

namespace {
Result<std::optional<KeySlot>> one(Result<QSqlQuery> q, KeySlot::Kind kind)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<KeySlot>();
    KeySlot s;
    s.kind = kind;
    s.userId = q.value().value(0).toLongLong();
    s.kdf = q.value().value(1).toString();
    s.wrapped = q.value().value(2).toString();
    return std::optional<KeySlot>(s);
}
} // namespace

Result<int> KeySlotRepository::count()
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM key_slots"));
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<std::optional<KeySlot>> KeySlotRepository::forUser(qint64 userId)
{
    return one(m_db.exec(QStringLiteral("SELECT user_id, kdf, wrapped FROM key_slots WHERE kind = 'user' AND "
                                        "user_id = ? ORDER BY id DESC"),
                         {userId}),
               KeySlot::Kind::User);
}

Result<std::optional<KeySlot>> KeySlotRepository::recovery()
{
    return one(m_db.exec(QStringLiteral("SELECT COALESCE(user_id, 0), kdf, wrapped FROM key_slots "
                                        "WHERE kind = 'recovery' ORDER BY id DESC")),
               KeySlot::Kind::Recovery);
}

Status KeySlotRepository::put(const KeySlot& slot, const QDateTime& now)
{
    const bool user = slot.kind == KeySlot::Kind::User;
    auto del = user ? m_db.exec(QStringLiteral("DELETE FROM key_slots WHERE kind = 'user' AND user_id = ?"),
                                {slot.userId})
                    : m_db.exec(QStringLiteral("DELETE FROM key_slots WHERE kind = 'recovery'"));
    if (!del)
        return del.error();
    return done(m_db.write(QStringLiteral("INSERT INTO key_slots(kind, user_id, kdf, wrapped, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {user ? QStringLiteral("user") : QStringLiteral("recovery"),
                   user ? nullableId(slot.userId) : nullableId(0), slot.kdf, slot.wrapped, timestamp(now)}));
}

Status KeySlotRepository::removeForUser(qint64 userId)
{
    return done(m_db.write(QStringLiteral("DELETE FROM key_slots WHERE kind = 'user' AND user_id = ?"), {userId}));
}

} // namespace ar
