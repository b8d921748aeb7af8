#include "SqliteFloor.h"

#include "core/ScanCode.h"

#include <sqlite3.h>

#include <memory>

namespace ar::bench {

namespace {
Error failure(sqlite3* db, const char* what)
{
    return Error::of(
        ErrorCode::Failed,
        QStringLiteral("SQLite %1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}
} // namespace

SqliteFloor::~SqliteFloor()
{
    sqlite3_finalize(m_prefix);
    sqlite3_finalize(m_like);
    sqlite3_finalize(m_archive);
    sqlite3_close(m_db);
}

Result<std::unique_ptr<SqliteFloor>> SqliteFloor::open(const QString& path)
{
    std::unique_ptr<SqliteFloor> f(new SqliteFloor);
    if (sqlite3_open_v2(path.toUtf8().constData(), &f->m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return failure(f->m_db, "open");
    const char* prefixSql = "SELECT kind, ref_id FROM search_keys WHERE key >= ? AND key < ? LIMIT 20";
    const char* likeSql = "SELECT id, name FROM persons WHERE name LIKE ? LIMIT 20";
    const char* archiveSql = "SELECT dossier_id, key FROM archive_keys WHERE key >= ? AND key < ? LIMIT 20";
    if (sqlite3_prepare_v2(f->m_db, prefixSql, -1, &f->m_prefix, nullptr) != SQLITE_OK)
        return failure(f->m_db, "prepare");
    if (sqlite3_prepare_v2(f->m_db, likeSql, -1, &f->m_like, nullptr) != SQLITE_OK)
        return failure(f->m_db, "prepare");
    if (sqlite3_prepare_v2(f->m_db, archiveSql, -1, &f->m_archive, nullptr) != SQLITE_OK)
        return failure(f->m_db, "prepare");
    return f;
}

Result<int> SqliteFloor::run(sqlite3_stmt* stmt, std::initializer_list<QByteArray> args)
{
    sqlite3_reset(stmt);
    int i = 0;
    for (const QByteArray& a : args)
        sqlite3_bind_text(stmt, ++i, a.constData(), int(a.size()), SQLITE_TRANSIENT);
    int rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        // Read the columns as a caller would.
        (void)sqlite3_column_int64(stmt, 0);
        (void)sqlite3_column_text(stmt, 1);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return failure(m_db, "step");
    return rows;
}

Result<int> SqliteFloor::prefixScan(const QString& prefix)
{
    // U+10FFFF sorts after every character, so [prefix, prefix + U+10FFFF) is "starts with".
    const QByteArray top("\xF4\x8F\xBF\xBF");
    const QByteArray lo = prefix.toUtf8();
    auto keys = run(m_prefix, {lo, lo + top});
    const QByteArray archive = scancode::archiveKey(prefix).toUtf8();
    if (!keys || archive.isEmpty())
        return keys;
    auto numbers = run(m_archive, {archive, archive + top});
    if (!numbers)
        return numbers;
    return keys.value() + numbers.value();
}

Result<int> SqliteFloor::likeScan(const QString& fragment)
{
    return run(m_like, {(QLatin1Char('%') + fragment + QLatin1Char('%')).toUtf8()});
}

} // namespace ar::bench
