#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ar::bench {

// The look-ups the search is compared with, straight against the database on a connection of
// their own: the prefix scan over search_keys the search itself makes (its floor), and the naive
// LIKE scan the search index replaces. One per backend.
class SearchFloor
{
public:
    virtual ~SearchFloor() = default;
    // SELECT kind, ref_id FROM search_keys WHERE key >= ? AND key < ? LIMIT 20, and the same range
    // of archive_keys for the query as a 档号 (scancode::archiveKey: the search box finds dossiers
    // there, issue #23) when it has one; the rows read.
    virtual Result<int> prefixScan(const QString& prefix) = 0;
    // SELECT id, name FROM persons WHERE name LIKE '%x%' LIMIT 20; the rows read.
    virtual Result<int> likeScan(const QString& fragment) = 0;
    // "SQLite", "PostgreSQL": the report's column heading.
    virtual QString engine() const = 0;
};

// The floor on a SQLite file, through SQLite's C API and a second, read-only connection.
// The same look-ups straight against SQLite through its C API, on a second, read-only connection
// to the same file: the floor the in-process search is compared with, and the naive LIKE scan
// the search index replaces.
class SqliteFloor : public SearchFloor
{
public:
    ~SqliteFloor() override;
    SqliteFloor(const SqliteFloor&) = delete;
    SqliteFloor& operator=(const SqliteFloor&) = delete;

    static Result<std::unique_ptr<SqliteFloor>> open(const QString& path);

    Result<int> prefixScan(const QString& prefix) override;
    Result<int> likeScan(const QString& fragment) override;
    QString engine() const override { return QStringLiteral("SQLite"); }

private:
    SqliteFloor() = default;
    Result<int> run(sqlite3_stmt* stmt, std::initializer_list<QByteArray> args);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_prefix = nullptr; // prepared once: what a tuned caller would do
    sqlite3_stmt* m_like = nullptr;
    sqlite3_stmt* m_archive = nullptr;
};

} // namespace ar::bench
