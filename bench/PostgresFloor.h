#pragma once

#include "SqliteFloor.h"

#include <memory>

namespace ar {
class Database;
}

namespace ar::bench {

// The floor on a PostgreSQL archive (issue #24 item 8): the same two statements on a connection
// of its own through QPSQL, each prepared once, read as a caller would.
class PostgresFloor : public SearchFloor
{
public:
    ~PostgresFloor() override;
    static Result<std::unique_ptr<PostgresFloor>> open(const QString& location);

    Result<int> prefixScan(const QString& prefix) override;
    Result<int> likeScan(const QString& fragment) override;
    QString engine() const override { return QStringLiteral("PostgreSQL"); }

private:
    PostgresFloor() = default;
    Result<int> rows(const QString& sql, const QVariantList& args);

    std::unique_ptr<Database> m_db;
};

} // namespace ar::bench
