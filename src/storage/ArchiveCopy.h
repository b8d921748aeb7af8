#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ar {

// The SQL of `archiveroom migrate` (ServerAdmin::migrate): the archive's tables and columns as
// the database's own catalog lists them (SQLite or PostgreSQL), their order by foreign key, row
// counts, and the row copying itself, batch by batch with the rows' ids. What is checked, in what
// order, and what the user is told stay in the service.
class ArchiveCopy
{
public:
    // table, rows copied of it so far, its rows in all. Called after each batch.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    // Every table of the archive, by name, except those copied otherwise (schema_version, which
    // SQLite keeps in the file header, and contents, the scans, which go store to store): a table
    // a later migration adds is copied without a change here.
    static Result<QStringList> tables(Database& db);
    static Result<QStringList> columns(Database& db, const QString& table);
    // Parent tables before the tables that refer to them (foreign keys), so that PostgreSQL,
    // which checks a reference at once, finds every parent row already copied. A table's
    // references to itself are met by copying its rows in id order.
    static Result<QStringList> order(Database& db, const QStringList& tables);
    static Result<qint64> count(Database& db, const QString& table);
    static Status clear(Database& db, const QString& table);

    // Copies one table's rows with their ids. PostgreSQL takes several rows per INSERT (one
    // round trip per batch); SQLite one prepared INSERT per row (Database::write).
    static Status copyRows(Database& src, Database& dst, const QString& table, const QStringList& columns,
                           qint64 total, const Progress& progress);
    // PostgreSQL: the identity sequences past the ids copied, so that the next row a desk adds
    // gets a new id.
    static Status setSequences(Database& dst);

    // SQLite: references checked at the commit (PostgreSQL checks them at once: order()).
    static Status deferForeignKeys(Database& db);
    // PostgreSQL: one snapshot for every table the open read transaction reads.
    static Status repeatableRead(Database& db);
    // PostgreSQL: the statistics and visibility map gathered now; failures ignored (autovacuum).
    static void analyze(Database& db);
};

} // namespace ar
