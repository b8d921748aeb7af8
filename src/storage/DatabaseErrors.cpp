// What a failed statement tells the user (DatabaseErrors.h).
#include "DatabaseErrors.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace ar::dberror {

// What a user is told when another connection (another desk, a script) held the write lock for
// longer than the busy timeout, instead of SQLite's "database is locked".
Error busyError()
{
    return Error::of(ErrorCode::Failed, QCoreApplication::translate(
                                            "Database", "Another desk is saving to the archive; try again"));
}

// SQLITE_BUSY and SQLITE_LOCKED with their extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY …).
bool isBusyCode(int code)
{
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

// PostgreSQL's SQLSTATEs that mean "another desk holds what this one needs": a lock not
// granted within lock_timeout, a serialization failure, a deadlock.
bool isPostgresBusyState(const QString& state)
{
    return state == QLatin1String("55P03") || state == QLatin1String("40001") ||
           state == QLatin1String("40P01");
}

Error sqlError(const QSqlError& e, const QString& sql, SqlDialect dialect)
{
    const QString text = e.text();
    const QString native = e.nativeErrorCode();
    if (dialect == SqlDialect::Postgres) {
        // QPSQL gives the SQLSTATE as the native code.
        if (isPostgresBusyState(native))
            return busyError();
        if (native == QLatin1String("25006")) // read_only_sql_transaction
            return Database::readOnlyError();
        if (native == QLatin1String("23505"))
            return Error::of(ErrorCode::Conflict,
                             QCoreApplication::translate("Database", "Already exists: %1").arg(text));
    } else {
        bool numeric = false;
        const int code = native.toInt(&numeric);
        if ((numeric && isBusyCode(code)) || text.contains(QLatin1String("database is locked")))
            return busyError();
        if ((numeric && (code & 0xff) == SQLITE_READONLY) ||
            text.contains(QLatin1String("attempt to write a readonly database")))
            return Database::readOnlyError();
        if (native == QLatin1String("2067") || native == QLatin1String("1555") ||
            text.contains(QLatin1String("UNIQUE constraint")))
            return Error::of(ErrorCode::Conflict,
                             QCoreApplication::translate("Database", "Already exists: %1").arg(text));
    }
    return Error::of(
        ErrorCode::Failed,
        QCoreApplication::translate("Database", "Database error: %1 (in: %2)").arg(text, sql.left(120)));
}

} // namespace ar::dberror
