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
    s.publicKey = q.value().value(3).toString();
    s.fullKey = q.value().value(4).toString();
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
    return one(
        m_db.exec(
            QStringLiteral(
                "SELECT user_id, kdf, wrapped, public_key, full_key FROM key_slots WHERE kind = 'user' AND "
                "user_id = ? ORDER BY id DESC"),
            {userId}),
        KeySlot::Kind::User);
}

Result<std::optional<KeySlot>> KeySlotRepository::recovery()
{
    return one(m_db.exec(QStringLiteral(
                   "SELECT COALESCE(user_id, 0), kdf, wrapped, public_key, full_key FROM key_slots "
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
    auto nullable = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    return done(m_db.write(
        QStringLiteral("INSERT INTO key_slots(kind, user_id, kdf, wrapped, created_at, public_key, full_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {user ? QStringLiteral("user") : QStringLiteral("recovery"),
         user ? nullableId(slot.userId) : nullableId(0), slot.kdf, slot.wrapped, timestamp(now),
         nullable(slot.publicKey), nullable(slot.fullKey)}));
}

Status KeySlotRepository::removeForUser(qint64 userId)
{
    return done(
        m_db.write(QStringLiteral("DELETE FROM key_slots WHERE kind = 'user' AND user_id = ?"), {userId}));
}

Status KeySlotRepository::setFullKey(qint64 userId, const QString& sealed)
{
    return done(
        m_db.write(QStringLiteral("UPDATE key_slots SET full_key = ? WHERE kind = 'user' AND user_id = ?"),
                   {sealed.isEmpty() ? QVariant() : QVariant(sealed), userId}));
}

Result<QList<qint64>> KeySlotRepository::usersWithOlderSlots()
{
    return listOf<qint64>(m_db.exec(QStringLiteral("SELECT user_id FROM key_slots WHERE kind = 'user' AND "
                                                   "public_key IS NULL ORDER BY user_id")),
                          [](const QSqlQuery& q, int) { return q.value(0).toLongLong(); });
}

Result<QList<KeySlot>> KeySlotRepository::awaitingGrant(const QStringList& roleCodes)
{
    if (roleCodes.isEmpty())
        return QList<KeySlot>();
    QStringList marks;
    QVariantList args;
    for (const QString& r : roleCodes) {
        marks << QStringLiteral("?");
        args << r;
    }
    return listOf<KeySlot>(
        m_db.exec(
            QStringLiteral("SELECT k.user_id, k.kdf, k.wrapped, k.public_key FROM key_slots k "
                           "JOIN users u ON u.id = k.user_id WHERE k.kind = 'user' AND u.active = 1 AND "
                           "k.public_key IS NOT NULL AND k.full_key IS NULL AND u.role IN (%1) ORDER BY k.id")
                .arg(marks.join(QStringLiteral(", "))),
            args),
        [](const QSqlQuery& q, int) {
            KeySlot s;
            s.userId = q.value(0).toLongLong();
            s.kdf = q.value(1).toString();
            s.wrapped = q.value(2).toString();
            s.publicKey = q.value(3).toString();
            return s;
        });
}

Result<qint64> KeySlotRepository::addWriter(const QString& publicKey, qint64 userId, const QDateTime& now)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO writer_keys(public_key, user_id, created_at) VALUES (?, ?, ?)"),
        {publicKey, nullableId(userId), timestamp(now)});
}

} // namespace ar
