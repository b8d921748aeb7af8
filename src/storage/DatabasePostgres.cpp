// Opening an archive on a PostgreSQL server (issue #24): the location parsed, the QPSQL
// connection made (with a password typed in the window for this run, if any), the database's
// encoding checked and the session set up; the write lock every write transaction takes first.
// The rest of Database — what both engines share and SQLite's side — is in Database.cpp.
#include "Database.h"

#include "Connection.h"
#include "PostgresUrl.h"

#include <QCoreApplication>
#include <QHash>

namespace ar {

namespace {
QHash<QString, QString>& serverPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}
} // namespace

void Database::setServerPassword(const QString& url, const QString& password)
{
    if (password.isEmpty())
        serverPasswords().remove(url);
    else
        serverPasswords().insert(url, password);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& url)
{
    auto location = parsePostgresUrl(url);
    if (!location)
        return location.error();
    const PostgresLocation& loc = location.value();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::of(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Database", "Cannot open the database %1: Qt's PostgreSQL driver is not "
                                         "installed (Debian package libqt6sql6-psql)")
                             .arg(url));
    const QString name = connection::newName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(loc.database);
        if (!loc.host.isEmpty())
            db.setHostName(loc.host);
        if (loc.port > 0)
            db.setPort(loc.port);
        if (!loc.user.isEmpty())
            db.setUserName(loc.user);
        // A password typed in the window for this run; else libpq reads PGPASSWORD or ~/.pgpass.
        const QString password = serverPasswords().value(url);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(loc.connectOptions());
    }
    if (auto s = connection::open(name, url); !s) {
        // libpq: "fe_sendauth: no password supplied", "password authentication failed for user …"
        if (s.error().message.contains(QLatin1String("password")))
            return Error::of(ErrorCode::PermissionDenied,
                             QCoreApplication::translate(
                                 "Database", "The server of %1 wants a password, or did not accept the "
                                             "one given")
                                 .arg(url));
        return s.error();
    }
    std::unique_ptr<Database> db(new Database(name, url, SqlDialect::Postgres));
    // Chinese names need a UTF-8 database; notices (IF NOT EXISTS …) are not for the user.
    auto encoding = db->scalar(QStringLiteral("SHOW server_encoding"));
    if (!encoding)
        return encoding.error();
    if (encoding.value().toString() != QLatin1String("UTF8"))
        return Error::of(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Database", "The PostgreSQL database %1 uses the encoding %2; an archive "
                                         "needs UTF8 (createdb -E UTF8 -T template0)")
                             .arg(loc.database, encoding.value().toString()));
    for (const QString& setting :
         {QStringLiteral("SET client_min_messages = warning"),
          QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs),
          QStringLiteral("SET idle_in_transaction_session_timeout = %1").arg(kIdleInTransactionMs),
          // The desk's statements are short; the JIT compiler, which starts once a plan's estimated
          // cost passes jit_above_cost, spent ~18 ms compiling each of the start screen's missing-
          // items queries at 150,000 households, more than the query itself (docs/performance.md).
          QStringLiteral("SET jit = off")}) {
        auto r = db->exec(setting);
        if (!r)
            return r.error();
    }
    return db;
}

QString Database::postgresWriteLockSql()
{
    // 0x41524348 is "ARCH"; the second key is the oid of this schema's meta table (0 while the
    // first migration has not made it yet: the Migrator takes a lock of its own then).
    return QStringLiteral("SELECT pg_advisory_xact_lock(1095910216, "
                          "COALESCE(to_regclass('meta')::oid::integer, 0))");
}

} // namespace ar
