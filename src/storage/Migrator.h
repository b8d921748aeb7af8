#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"

#include <functional>

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
    // The same, calling `step` before each statement of each migration: (the version the
    // migration makes, statements done in it, statements in it).
    using StepReport = std::function<void(int version, int done, int total)>;
    Status migrate(int target, const StepReport& step);

private:
    Status setVersion(int v);
    // Inside a step's transaction: PostgreSQL takes the upgrade lock and makes schema_version,
    // acting as the role that owns the schema (mayUpgrade).
    Status lockForUpgrade();
    // PostgreSQL: whether this connection's role may upgrade the schema from `current`. The role
    // that owns schema_version (pg-setup's owner role) upgrades: a member of it acts as that role
    // for the upgrade (SET LOCAL ROLE, so what the upgrade makes belongs to the owner and the
    // desks' default privileges apply); anyone else (a desk's role) is told that the
    // administrator upgrades the archive with `archiveroom pg-setup`, instead of a permission
    // error half-way through. An empty database needs the right to create tables in its schema.
    Status mayUpgrade(int current, int target);
    Database& m_db;
    QString m_upgradeRole; // the owner role to act as while upgrading; empty: the session's own
};

} // namespace ar
