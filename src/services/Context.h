#pragma once

#include "core/Access.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/Sensitive.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/EstateRepository.h"
#include "storage/FilingRepository.h"
#include "storage/HistoryRepository.h"
#include "storage/KeySlotRepository.h"
#include "storage/LocationRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SearchIndex.h"
#include "storage/UserRepository.h"

#include <optional>

namespace ar {

// What every service shares: the database and its repositories, the clock, the codec for
// sensitive fields and the signed-in user.
class Context
{
public:
    Context(Database& database, const Clock& clk, const SensitiveCodec& sensitiveCodec)
        : db(database), clock(clk), codec(sensitiveCodec), users(database), meta(database), estates(database),
          persons(database, sensitiveCodec), history(database), dossiers(database), search(database),
          audit(database), keySlots(database), filing(database), locations(database)
    {
    }

    Database& db;
    const Clock& clock;
    const SensitiveCodec& codec;
    UserRepository users;
    MetaRepository meta;
    EstateRepository estates;
    PersonRepository persons;
    HistoryRepository history;
    DossierRepository dossiers;
    SearchIndex search;
    AuditRepository audit;
    KeySlotRepository keySlots;
    FilingRepository filing;
    LocationRepository locations;

    const std::optional<User>& user() const { return m_user; }
    void setUser(std::optional<User> u) { m_user = std::move(u); }
    qint64 userId() const { return m_user ? m_user->id : 0; }

    // PermissionDenied unless someone is signed in and the role allows `p`. A refusal of a
    // signed-in user is traced (R27): an audit record `refused` names the permission and the
    // rule behind it, in a transaction of its own when the caller has none.
    Status require(Permission p);
    bool can(Permission p) const { return m_user && allows(m_user->role, p); }

private:
    std::optional<User> m_user;
};

} // namespace ar
