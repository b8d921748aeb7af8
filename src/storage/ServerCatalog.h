#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ar {

// The PostgreSQL server's catalog and rights as `archiveroom pg-setup` (ServerAdmin::setupServer)
// reads and changes them: roles, their members, the schema's and the tables' owners, and the
// GRANTs of the desk role. Every statement here runs on the connection it is given, inside the
// caller's transaction; what is checked, in which order, and what the user is told stay in the
// service.
class ServerCatalog
{
public:
    explicit ServerCatalog(Database& db) : m_db(db) {}

    // An SQL identifier, quoted: login roles may have any name.
    static QString ident(const QString& name);

    struct Connecting
    {
        QString role;     // current_user
        QString database; // current_database()
        QString schema;   // current_schema(): empty when the search path names none that exists
        bool super = false;
        bool createRole = false;
    };
    // The connecting role and where it is; nullopt when the server does not list the role.
    Result<std::optional<Connecting>> connecting();

    Result<bool> roleExists(const QString& role);
    // The login roles that are members of `role`, by name.
    Result<QStringList> members(const QString& role);
    // Whether the connecting role is a member of `role` (pg_has_role … 'MEMBER').
    Result<bool> currentUserIsMemberOf(const QString& role);
    // Whether the connecting role may act for the owner of the current schema.
    Result<bool> mayGrantOnSchema();
    // The tables of the current schema that belong to another role than `owner`, by name.
    Result<QStringList> tablesNotOwnedBy(const QString& owner);

    Status createRole(const QString& role);
    Status grantToCurrentUser(const QString& role);
    // The owner creates in the schema, the desks use it, nobody else creates in it.
    Status grantSchema(const QString& schema, const QString& owner, const QString& desk);
    Status giveTable(const QString& schema, const QString& table, const QString& owner);
    // SET LOCAL ROLE role; an empty role: SET LOCAL ROLE NONE.
    Status setLocalRole(const QString& role);
    // The desks' rights, granted again on every table: read and write, except that the audit log
    // is append-only (R27) and the schema's version is only read; TRUNCATE, REFERENCES and
    // TRIGGER never; the same for the tables a later upgrade makes (default privileges).
    Status grantDeskRights(const QString& schema, const QString& owner, const QString& desk);
    Status addMember(const QString& role, const QString& login);
    Status removeMember(const QString& role, const QString& login);

private:
    Status run(const QString& sql);

    Database& m_db;
};

} // namespace ar
