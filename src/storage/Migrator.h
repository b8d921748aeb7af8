#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"

namespace ar {

// Numbered schema migrations kept as SQL files in resources (:/migrations/NNNN_name.sql),
// never edited once landed. The version is PRAGMA user_version on SQLite and the one row of the
// table schema_version on PostgreSQL; each step runs in its own transaction together with the
// version bump.
class Migrator
{
public:
    explicit Migrator(Database& db) : m_db(db) {}

    static int latestVersion();
    Result<int> currentVersion();
    // Upgrade step by step to `target` (default: the latest). Refuses a database newer than
    // this program.
    Status migrate(int target = -1);

private:
    Status setVersion(int v);
    // Inside a step's transaction: PostgreSQL takes the upgrade lock and makes schema_version.
    Status lockForUpgrade();
    Database& m_db;
};

} // namespace ar
