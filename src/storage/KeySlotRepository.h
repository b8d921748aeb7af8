#pragma once

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

private:
    Database& m_db;
};

} // namespace ar
