#pragma once

#include "core/Sealed.h" // private to the services

#include "core/Result.h"

#include <QString>

namespace ar {

// Where a PostgreSQL archive lives, as given on the command line:
//   postgresql://[user@][host][:port]/dbname[?param=value&…]
// (postgres:// is accepted too). Query parameters: host (a socket folder such as
// /var/run/postgresql, or a host name), port, user, sslmode (disable, allow, prefer, require,
// verify-ca, verify-full), sslrootcert, connect_timeout, application_name and options (server
// options, e.g. -c search_path=…). A password is never part of the location: libpq reads it
// from PGPASSWORD or ~/.pgpass. An empty host means libpq's default socket.
struct PostgresLocation
{
    QString user;
    QString host;
    int port = 0; // 0: libpq's default (5432)
    QString database;
    QString sslMode;
    QString sslRootCert;
    QString connectTimeout;
    QString applicationName;
    QString options;

    // libpq's connection options other than host, port, user and database, as Qt's QPSQL
    // driver takes them (QSqlDatabase::setConnectOptions: "key=value;key='a value'").
    QString connectOptions() const;
};

// True when `location` names a PostgreSQL archive (postgresql:// or postgres://), whether or
// not the rest of it is valid.
bool isPostgresUrl(const QString& location);

// Parses a postgresql:// location. A wrong part is an InvalidInput error whose field names the
// part (scheme, user, password, host, port, database, or the query parameter) and whose message
// says what is wrong with it.
Result<PostgresLocation> parsePostgresUrl(const QString& url);

} // namespace ar
