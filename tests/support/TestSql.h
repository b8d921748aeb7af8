#pragma once

// SQL the tests use to look into an archive's database, in its dialect (SQLite or PostgreSQL,
// see TestDatabase.h).

#include "storage/Database.h"

#include <QString>

namespace ar::test {

// "`column` contains the bound text".
inline QString containsSql(const Database& db, const QString& column)
{
    return db.isPostgres() ? QStringLiteral("strpos(%1, ?) > 0").arg(column)
                           : QStringLiteral("instr(%1, ?) > 0").arg(column);
}

// The text of the top-level `key` of the JSON object in `column`.
inline QString jsonFieldSql(const Database& db, const QString& column, const QString& key)
{
    return db.isPostgres() ? QStringLiteral("(%1::json ->> '%2')").arg(column, key)
                           : QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

} // namespace ar::test
