#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"

class QSqlError;

namespace ar::dberror {

// What a failed statement tells the user, for both engines (Database.cpp): another desk holding
// the write lock, a read-only archive, a duplicate, or the database's own message with the
// statement it came from.
Error busyError();
bool isBusyCode(int code);
bool isPostgresBusyState(const QString& state);
Error sqlError(const QSqlError& e, const QString& sql, SqlDialect dialect);

} // namespace ar::dberror
