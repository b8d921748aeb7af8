#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ar::bench {

// The same look-ups straight against SQLite through its C API, on a second, read-only connection
// to the same file: the floor the in-process search is compared with, and the naive LIKE scan
// the search index replaces.
class SqliteFloor
{
public:
    ~SqliteFloor();
    SqliteFloor(const SqliteFloor&) = delete;
    SqliteFloor& operator=(const SqliteFloor&) = delete;

    static Result<std::unique_ptr<SqliteFloor>> open(const QString& path);

    // SELECT kind, ref_id FROM search_keys WHERE key >= ? AND key < ? LIMIT 20; the rows read.
    Result<int> prefixScan(const QString& prefix);
    // SELECT id, name FROM persons WHERE name LIKE '%x%' LIMIT 20; the rows read.
    Result<int> likeScan(const QString& fragment);

private:
    SqliteFloor() = default;
    Result<int> run(sqlite3_stmt* stmt, std::initializer_list<QByteArray> args);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_prefix = nullptr; // prepared once: what a tuned caller would do
    sqlite3_stmt* m_like = nullptr;
};

} // namespace ar::bench
