#pragma once

#include "Forward.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace ar {

// What the office's IT person does to an archive as a whole, outside any signed-in session
// (issue #24 items 5 and 6): make a PostgreSQL database ready for the desks with least-privilege
// roles (`archiveroom pg-setup`), and copy a whole archive from one location to another
// (`archiveroom migrate`: a SQLite file to a PostgreSQL database and back). Neither signs in:
// what they may do is what the database server (or the file system) lets the connecting role do.
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)

public:
    // --- pg-setup ------------------------------------------------------------------------------
    struct SetupOptions
    {
        // The role that owns the archive's tables and runs its upgrades (NOLOGIN).
        QString ownerRole = QStringLiteral("archiveroom_owner");
        // The role whose rights the desks have (NOLOGIN): reads and writes the archive's tables,
        // but only SELECT and INSERT on the audit log (R27: the trail is append-only in the
        // server itself), and only SELECT on schema_version.
        QString deskRole = QStringLiteral("archiveroom_desk");
        // Existing login roles (createuser) made members of deskRole, or no longer members.
        QStringList grant;
        QStringList revoke;
    };
    struct SetupReport
    {
        QString database;
        QString schema;
        QString ownerRole;
        QString deskRole;
        QStringList createdRoles; // the roles made now (empty when they existed)
        QStringList newlyOwned;   // tables that belonged to another role and now to ownerRole
        QStringList granted;      // members added now
        QStringList revoked;      // members removed now
        QStringList members;      // deskRole's members after the setup
        int fromVersion = 0;      // the schema version before (0: an empty database)
        int toVersion = 0;
    };
    // Connects to `location` (a postgresql:// location) as its user, who must be the server's
    // superuser or a role with CREATEROLE that owns the database (or has CREATE on its schema),
    // and, in one transaction: makes the two roles if missing, lets the owner role create in
    // the schema (the first of the search path, usually public), gives it the tables of an
    // archive made by hand before, upgrades the schema to this program's version as the owner
    // role, grants the desk role its rights on every table (again, so that it is true after
    // each upgrade) with default privileges for later tables, and changes the desk role's
    // members. Run again, it changes nothing that is right already.
    static Result<SetupReport> setupServer(const QString& location, const SetupOptions& options);

    // --- migrate -------------------------------------------------------------------------------
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct MigrateReport
    {
        QString from;
        QString to;
        int schemaVersion = 0;
        QList<TableCount> tables; // every table copied, in the order copied (parents first)
        qint64 rows = 0;          // all of them together
        qint64 files = 0;         // scans and photos copied beside the target
        // The audit chain as walked on the target before the commit (without the keyed seal,
        // which needs a signed-in user's key: `audit verify` on the target checks it).
        bool auditIntact = false;
        qint64 auditRecords = 0;
        QString auditLastHash;
    };
    // table, rows copied of it so far, its rows in all. Called after each batch.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;
    // Copies the whole archive at `from` (opened read-only and left as it is) to `to`: a new
    // SQLite file (refused if the file exists), or a PostgreSQL database that is empty or made
    // by pg-setup and holds no archive yet. Every table the source's schema has, with the same
    // ids (PostgreSQL's identity sequences are set past them), in one transaction on the target;
    // the row counts of every table compared and the audit chain verified before the commit.
    // On any failure nothing is written (a new file is removed again). Encrypted values travel
    // as they are, with the key slots: the same passwords open the copy. The source must have
    // this program's schema version.
    static Result<MigrateReport> migrate(const QString& from, const QString& to,
                                         const Progress& progress = {});
};

} // namespace ar
