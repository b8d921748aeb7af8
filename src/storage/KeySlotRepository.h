#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/KeySlot.h"

#include <optional>

namespace ar {

class KeySlotRepository
{
public:
    explicit KeySlotRepository(Database& db) : m_db(db) {}

    Result<int> count();
    Result<std::optional<KeySlot>> forUser(qint64 userId);
    Result<std::optional<KeySlot>> recovery();
    // Replaces the user's (or the recovery) slot.
    Status put(const KeySlot& slot, const QDateTime& now);
    Status removeForUser(qint64 userId);
    // The data key sealed to the user's public key (keys by role); empty removes the grant.
    Status setFullKey(qint64 userId, const QString& sealed);
    // The accounts whose slot still has the form before keys by role (it wraps the data key
    // itself, whatever the role: rewritten at the account's next sign-in or password reset).
    Result<QList<qint64>> usersWithOlderSlots();
    // Active accounts of these roles whose slot has a public key but no grant yet.
    Result<QList<KeySlot>> awaitingGrant(const QStringList& roleCodes);
    // A session without the data key that writes full values: its ephemeral public key.
    Result<qint64> addWriter(const QString& publicKey, qint64 userId, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace ar
