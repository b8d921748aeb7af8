// `archiveroom pg-setup` (issue #24 item 5): least-privilege roles on a PostgreSQL server.
#include "ServerAdmin.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PostgresUrl.h"
#include "storage/ServerCatalog.h"

#include <QRegularExpression>

namespace ar {

namespace {

// The two roles pg-setup makes: plain lower-case names, as createuser and psql users expect.
bool setupRoleNameOk(const QString& name)
{
    static const QRegularExpression kName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return kName.match(name).hasMatch();
}

// A refusal of the server (a right the connecting role lacks) as a permission error with what to
// do; anything else as it is.
Error setupFailure(const Error& e, const QString& hint)
{
    const QString m = e.message.toLower();
    if (m.contains(QLatin1String("permission denied")) || m.contains(QLatin1String("must be owner")) ||
        m.contains(QLatin1String("must have admin")) || m.contains(QLatin1String("must be superuser")) ||
        m.contains(QLatin1String("must be member")))
        return Error::denied(e.message + QLatin1Char('\n') + hint);
    return e;
}

} // namespace

Result<ServerAdmin::SetupReport> ServerAdmin::setupServer(const QString& location, const SetupOptions& o)
{
    if (!isPostgresUrl(location))
        return Error::invalid(QStringLiteral("db"), location,
                              tr("pg-setup prepares an archive on a PostgreSQL server: give its location as "
                                 "--db postgresql://USER@HOST/DBNAME"));
    for (const QString& role : {o.ownerRole, o.deskRole})
        if (!setupRoleNameOk(role))
            return Error::invalid(
                QStringLiteral("role"), role,
                tr("A role name for pg-setup is written in lower-case letters, digits and _ "
                   "(at most 63), not starting with a digit: %1")
                    .arg(role));
    if (o.ownerRole == o.deskRole)
        return Error::invalid(QStringLiteral("desk-role"), o.deskRole,
                              tr("The owner role and the desk role must be two different roles"));
    for (const QString& login : o.grant)
        if (login == o.ownerRole || login == o.deskRole || o.revoke.contains(login))
            return Error::invalid(QStringLiteral("grant"), login,
                                  tr("%1 cannot be made a desk: it is one of the archive's roles, or also "
                                     "given to --revoke")
                                      .arg(login));

    auto opened = Database::openPostgres(location);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();

    SetupReport rep;
    rep.ownerRole = o.ownerRole;
    rep.deskRole = o.deskRole;
    ServerCatalog catalog(db);
    auto connecting = catalog.connecting();
    if (!connecting)
        return connecting.error();
    if (!connecting.value())
        return Error::of(ErrorCode::Failed, tr("Cannot read the connecting role of %1").arg(location));
    const QString me = connecting.value()->role;
    const bool super = connecting.value()->super;
    const bool createRole = connecting.value()->createRole;
    rep.database = connecting.value()->database;
    rep.schema = connecting.value()->schema;
    if (rep.schema.isEmpty())
        return Error::of(
            ErrorCode::Failed,
            tr("The search path of %1 names no schema that exists in the database %2: create the "
               "schema, or leave search_path out of the location")
                .arg(me, rep.database));
    const QString ownerHint =
        tr("Run pg-setup as the server's superuser (postgres) or as the database's owner with the right to "
           "create roles (createuser --createrole; createdb --owner); see docs/admin.md.");

    // One transaction: a refusal half-way leaves the server as it was.
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    // A statement the server refuses: the refusal with what to do.
    auto check = [&ownerHint](const Status& s) -> Status {
        if (!s)
            return setupFailure(s.error(), ownerHint);
        return {};
    };

    // 1. The roles.
    for (const QString& role : {o.ownerRole, o.deskRole}) {
        auto exists = catalog.roleExists(role);
        if (!exists)
            return exists.error();
        if (exists.value())
            continue;
        if (!super && !createRole)
            return Error::denied(tr("The role %1 may not create the role %2. %3").arg(me, role, ownerHint));
        if (auto s = check(catalog.createRole(role)); !s)
            return s.error();
        rep.createdRoles << role;
    }
    // The connecting role acts as the owner for the upgrade and the grants below.
    if (!super) {
        auto member = catalog.currentUserIsMemberOf(o.ownerRole);
        if (!member)
            return member.error();
        if (!member.value())
            if (auto s = check(catalog.grantToCurrentUser(o.ownerRole)); !s)
                return s.error();
    }

    // 2. The schema: the owner creates in it, the desks use it, nobody else creates in it.
    {
        auto mine = catalog.mayGrantOnSchema();
        if (!mine)
            return mine.error();
        if (!mine.value())
            return Error::denied(
                tr("The role %1 may not grant rights on the schema %2 of the database %3. %4")
                    .arg(me, rep.schema, rep.database, ownerHint));
    }
    if (auto s = check(catalog.grantSchema(rep.schema, o.ownerRole, o.deskRole)); !s)
        return s.error();

    // 3. An archive made by hand before pg-setup existed (docs/admin.md of 0.x): its tables go
    // to the owner role, so that it upgrades them and the desks' rights come from it.
    {
        auto tables = catalog.tablesNotOwnedBy(o.ownerRole);
        if (!tables)
            return tables.error();
        rep.newlyOwned = tables.value();
    }
    for (const QString& table : std::as_const(rep.newlyOwned))
        if (auto s = check(catalog.giveTable(rep.schema, table, o.ownerRole)); !s)
            return s.error();

    // 4. The schema, upgraded as the owner: what the migrations make belongs to it.
    if (auto s = check(catalog.setLocalRole(o.ownerRole)); !s)
        return s.error();
    Migrator migrator(db);
    auto before = migrator.currentVersion();
    if (!before)
        return before.error();
    rep.fromVersion = before.value();
    if (auto s = migrator.migrate(); !s)
        return setupFailure(s.error(), ownerHint);
    rep.toVersion = Migrator::latestVersion();

    // 5. The desks' rights, granted again on every table (a migration may have made or remade
    // one): read and write, except that the audit log is append-only (R27) and the schema's
    // version is only read.
    if (auto s = check(catalog.grantDeskRights(rep.schema, o.ownerRole, o.deskRole)); !s)
        return s.error();
    if (auto s = check(catalog.setLocalRole(QString())); !s)
        return s.error();

    // 6. The desks' login roles.
    auto members = catalog.members(o.deskRole);
    if (!members)
        return members.error();
    for (const QString& login : o.grant) {
        auto exists = catalog.roleExists(login);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return Error::of(
                ErrorCode::NotFound,
                tr("There is no role %1 on the server: make it first with createuser --pwprompt %1, "
                   "then run pg-setup --grant %1 again")
                    .arg(login));
        if (members.value().contains(login))
            continue;
        if (auto s = check(catalog.addMember(o.deskRole, login)); !s)
            return s.error();
        rep.granted << login;
    }
    for (const QString& login : o.revoke) {
        if (!members.value().contains(login))
            continue;
        if (auto s = check(catalog.removeMember(o.deskRole, login)); !s)
            return s.error();
        rep.revoked << login;
    }
    auto after = catalog.members(o.deskRole);
    if (!after)
        return after.error();
    rep.members = after.value();
    if (auto s = tx.commit(); !s)
        return setupFailure(s.error(), ownerHint);
    return rep;
}

} // namespace ar
