#pragma once

#include "core/Sealed.h" // private to the services

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace ar {

// Prepared statements of one connection, kept for reuse and keyed by their SQL text: preparing
// (parsing and planning) costs more than running most of our statements, and a search or the
// demo generator runs the same few thousands of times.
//
// A statement is *leased*: Database::exec hands the caller a QSqlQuery that owns the lease, and
// the statement returns to the cache (reset, so it holds no read snapshot) only when the caller
// drops that QSqlQuery. A statement still being iterated is therefore never reused; a nested
// call with the same SQL simply prepares a second copy.
class StatementCache
{
public:
    explicit StatementCache(QString connection) : m_pool(std::make_shared<Pool>(std::move(connection))) {}
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A prepared statement for `sql` (from the cache, or prepared now), or nullptr with `error`
    // set when the SQL does not prepare.
    std::unique_ptr<QSqlQuery> take(const QString& sql, QSqlError* error);
    // Wraps a statement that has been executed into the QSqlQuery the caller gets; dropping it
    // gives the statement back.
    QSqlQuery lease(const QString& sql, std::unique_ptr<QSqlQuery> executed);
    // Gives back a statement that was not leased (its execution failed).
    void giveBack(const QString& sql, std::unique_ptr<QSqlQuery> statement);

    // Only data statements are kept: DDL and PRAGMAs run once, and a kept DDL statement could
    // outlive the schema it was planned for.
    static bool worthCaching(const QString& sql);

    struct Pool
    {
        explicit Pool(QString c) : connection(std::move(c)) {}
        QString connection;
        // Not QHash: its values must be copyable.
        std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>> idle;
        int idleCount = 0;
        void put(const QString& sql, std::unique_ptr<QSqlQuery> q);
    };

private:
    std::shared_ptr<Pool> m_pool;
};

} // namespace ar
