#include "ServerCatalog.h"

#include "SqlHelpers.h"

#include <QSqlQuery>

namespace ar {

QString ServerCatalog::ident(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Status ServerCatalog::run(const QString& sql)
{
    auto r = m_db.exec(sql);
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<ServerCatalog::Connecting>> ServerCatalog::connecting()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT current_user, current_database(), current_schema(), r.rolsuper, "
                                 "r.rolcreaterole FROM pg_roles r WHERE r.rolname = current_user"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Connecting>{};
    Connecting c;
    c.role = q.value().value(0).toString();
    c.database = q.value().value(1).toString();
    c.schema = q.value().value(2).toString();
    c.super = q.value().value(3).toBool();
    c.createRole = q.value().value(4).toBool();
    return std::optional<Connecting>{c};
}

Result<bool> ServerCatalog::roleExists(const QString& role)
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role});
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

Result<QStringList> ServerCatalog::members(const QString& role)
{
    return sqlh::strings(m_db.exec(
        QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                       "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = ? ORDER BY 1"),
        {role}));
}

Result<bool> ServerCatalog::currentUserIsMemberOf(const QString& role)
{
    auto member = m_db.scalar(QStringLiteral("SELECT pg_has_role(CAST(? AS name), 'MEMBER')"), {role});
    if (!member)
        return member.error();
    return member.value().toBool();
}

Result<bool> ServerCatalog::mayGrantOnSchema()
{
    auto mine = m_db.scalar(QStringLiteral("SELECT pg_has_role(n.nspowner, 'USAGE') FROM pg_namespace n "
                                           "WHERE n.nspname = current_schema()"));
    if (!mine)
        return mine.error();
    return mine.value().toBool();
}

Result<QStringList> ServerCatalog::tablesNotOwnedBy(const QString& owner)
{
    return sqlh::strings(
        m_db.exec(QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind IN ('r', 'p') AND "
                                 "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
                                 "current_schema()) AND pg_get_userbyid(c.relowner) <> ? ORDER BY 1"),
                  {owner}));
}

Status ServerCatalog::createRole(const QString& role)
{
    return run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(role)));
}

Status ServerCatalog::grantToCurrentUser(const QString& role)
{
    return run(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(ident(role)));
}

Status ServerCatalog::grantSchema(const QString& schemaName, const QString& ownerRole,
                                  const QString& deskRole)
{
    const QString schema = ident(schemaName), owner = ident(ownerRole), desk = ident(deskRole);
    for (const QString& sql : {QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2").arg(schema, owner),
                               QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, desk),
                               QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema)})
        if (auto s = run(sql); !s)
            return s;
    return {};
}

Status ServerCatalog::giveTable(const QString& schema, const QString& table, const QString& owner)
{
    return run(
        QStringLiteral("ALTER TABLE %1.%2 OWNER TO %3").arg(ident(schema), ident(table), ident(owner)));
}

Status ServerCatalog::setLocalRole(const QString& role)
{
    return run(role.isEmpty() ? QStringLiteral("SET LOCAL ROLE NONE")
                              : QStringLiteral("SET LOCAL ROLE %1").arg(ident(role)));
}

Status ServerCatalog::grantDeskRights(const QString& schemaName, const QString& ownerRole,
                                      const QString& deskRole)
{
    const QString schema = ident(schemaName), owner = ident(ownerRole), desk = ident(deskRole);
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
            return s;
    return {};
}

Status ServerCatalog::addMember(const QString& role, const QString& login)
{
    return run(QStringLiteral("GRANT %1 TO %2").arg(ident(role), ident(login)));
}

Status ServerCatalog::removeMember(const QString& role, const QString& login)
{
    return run(QStringLiteral("REVOKE %1 FROM %2").arg(ident(role), ident(login)));
}

} // namespace ar
