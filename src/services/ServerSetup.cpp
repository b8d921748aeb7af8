// `archiveroom pg-setup` (issue #24 item 5): least-privilege roles on a PostgreSQL server.
#include "ServerAdmin.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlHelpers.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ar {

namespace {

// An SQL identifier, quoted: login roles may have any name.
QString setupIdent(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

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

Result<bool> setupRoleExists(Database& db, const QString& role)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role});
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

Result<QStringList> setupMembers(Database& db, const QString& role)
{
    return sqlh::strings(
        db.exec(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                               "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = ? ORDER BY 1"),
                {role}));
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
    bool super = false, createRole = false;
    QString me;
    {
        auto q =
            db.exec(QStringLiteral("SELECT current_user, current_database(), current_schema(), r.rolsuper, "
                                   "r.rolcreaterole FROM pg_roles r WHERE r.rolname = current_user"));
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::of(ErrorCode::Failed, tr("Cannot read the connecting role of %1").arg(location));
        me = q.value().value(0).toString();
        rep.database = q.value().value(1).toString();
        rep.schema = q.value().value(2).toString();
        super = q.value().value(3).toBool();
        createRole = q.value().value(4).toBool();
    }
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
    auto run = [&db, &ownerHint](const QString& sql) -> Status {
        auto r = db.exec(sql);
        if (!r)
            return setupFailure(r.error(), ownerHint);
        return {};
    };
    const QString owner = setupIdent(o.ownerRole);
    const QString desk = setupIdent(o.deskRole);
    const QString schema = setupIdent(rep.schema);

    // 1. The roles.
    for (const QString& role : {o.ownerRole, o.deskRole}) {
        auto exists = setupRoleExists(db, role);
        if (!exists)
            return exists.error();
        if (exists.value())
            continue;
        if (!super && !createRole)
            return Error::denied(tr("The role %1 may not create the role %2. %3").arg(me, role, ownerHint));
        if (auto s = run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(setupIdent(role))); !s)
            return s.error();
        rep.createdRoles << role;
    }
    // The connecting role acts as the owner for the upgrade and the grants below.
    if (!super) {
        auto member =
            db.scalar(QStringLiteral("SELECT pg_has_role(CAST(? AS name), 'MEMBER')"), {o.ownerRole});
        if (!member)
            return member.error();
        if (!member.value().toBool())
            if (auto s = run(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(owner)); !s)
                return s.error();
    }

    // 2. The schema: the owner creates in it, the desks use it, nobody else creates in it.
    {
        auto mine = db.scalar(QStringLiteral("SELECT pg_has_role(n.nspowner, 'USAGE') FROM pg_namespace n "
                                             "WHERE n.nspname = current_schema()"));
        if (!mine)
            return mine.error();
        if (!mine.value().toBool())
            return Error::denied(
                tr("The role %1 may not grant rights on the schema %2 of the database %3. %4")
                    .arg(me, rep.schema, rep.database, ownerHint));
    }
    for (const QString& sql : {QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2").arg(schema, owner),
                               QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, desk),
                               QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema)})
        if (auto s = run(sql); !s)
            return s.error();

    // 3. An archive made by hand before pg-setup existed (docs/admin.md of 0.x): its tables go
    // to the owner role, so that it upgrades them and the desks' rights come from it.
    {
        auto q = db.exec(QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind IN ('r', 'p') AND "
                                        "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
                                        "current_schema()) AND pg_get_userbyid(c.relowner) <> ? ORDER BY 1"),
                         {o.ownerRole});
        if (!q)
            return q.error();
        while (q.value().next())
            rep.newlyOwned << q.value().value(0).toString();
    }
    for (const QString& table : std::as_const(rep.newlyOwned))
        if (auto s =
                run(QStringLiteral("ALTER TABLE %1.%2 OWNER TO %3").arg(schema, setupIdent(table), owner));
            !s)
            return s.error();

    // 4. The schema, upgraded as the owner: what the migrations make belongs to it.
    if (auto s = run(QStringLiteral("SET LOCAL ROLE %1").arg(owner)); !s)
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
    // version is only read. TRUNCATE, REFERENCES and TRIGGER are never granted.
    for (const QString& sql : {
             QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, desk),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
                 .arg(schema, desk),
             QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1.schema_version FROM %2").arg(schema, desk),
             QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1.audit_log FROM %2").arg(schema, desk),
             QStringLiteral("REVOKE ALL ON %1.audit_log FROM PUBLIC").arg(schema),
             QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, desk),
             QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, desk),
             // Tables a later upgrade makes are the desks' too; pg-setup, which runs the upgrade,
             // takes UPDATE and DELETE on the audit log away again whatever the upgrade did.
             QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT SELECT, INSERT, UPDATE, "
                            "DELETE ON TABLES TO %3")
                 .arg(owner, schema, desk),
             QStringLiteral(
                 "ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT USAGE, SELECT ON SEQUENCES "
                 "TO %3")
                 .arg(owner, schema, desk),
         })
        if (auto s = run(sql); !s)
            return s.error();
    if (auto s = run(QStringLiteral("SET LOCAL ROLE NONE")); !s)
        return s.error();

    // 6. The desks' login roles.
    auto members = setupMembers(db, o.deskRole);
    if (!members)
        return members.error();
    for (const QString& login : o.grant) {
        auto exists = setupRoleExists(db, login);
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
        if (auto s = run(QStringLiteral("GRANT %1 TO %2").arg(desk, setupIdent(login))); !s)
            return s.error();
        rep.granted << login;
    }
    for (const QString& login : o.revoke) {
        if (!members.value().contains(login))
            continue;
        if (auto s = run(QStringLiteral("REVOKE %1 FROM %2").arg(desk, setupIdent(login))); !s)
            return s.error();
        rep.revoked << login;
    }
    auto after = setupMembers(db, o.deskRole);
    if (!after)
        return after.error();
    rep.members = after.value();
    if (auto s = tx.commit(); !s)
        return setupFailure(s.error(), ownerHint);
    return rep;
}

} // namespace ar
