#pragma once

#include <QString>

namespace ar {

// The parts of an archive's location on a PostgreSQL server as the window's dialog shows them
// (Archive::serverLocation builds the postgresql:// location from them and checks it). The
// password is never one of them: it is typed for one run, or read by libpq from PGPASSWORD or
// ~/.pgpass.
struct ServerLocation
{
    QString host; // a name, an address, or a socket folder (/var/run/postgresql)
    int port = 0; // 0: 5432
    QString database;
    QString user;        // empty: the desk's login name
    QString sslMode;     // empty: libpq's default (prefer)
    QString sslRootCert; // the certificate authority's file, for verify-ca / verify-full
};

} // namespace ar
