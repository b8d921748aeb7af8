// `archiveroom migrate`'s SQL (ServerAdmin::migrate in services/ArchiveMigration.cpp).
#include "ArchiveCopy.h"

#include "SealedBytes.h"

#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ar {

namespace {

// Tables copied otherwise, or not at all: where PostgreSQL keeps the schema version (SQLite has
// it in the file header), and the scans' contents.
bool migrationSkipsTable(const QString& table)
{
    // The scans' contents go store to store (copyArchiveContents): a table on a server, files
    // beside a SQLite file.
    return table == QLatin1String("schema_version") || table == QLatin1String("contents");
}

QString migrationIdent(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<QStringList> migrationStrings(Database& db, const QString& sql, const QVariantList& args = {})
{
    return sqlh::strings(db.exec(sql, args));
}

// The rows of one source table, a batch at a time, without holding the whole table in memory:
// SQLite by rowid (by primary key where there is none), PostgreSQL through a cursor of the read
// transaction.
class MigrationReader
{
public:
    MigrationReader(Database& db, const QString& table, const QStringList& columns)
        : m_db(db), m_table(table), m_columns(columns)
    {
    }
    ~MigrationReader()
    {
        if (m_open)
            (void)m_db.exec(QStringLiteral("CLOSE archiveroom_migrate"));
    }
    MigrationReader(const MigrationReader&) = delete;
    MigrationReader& operator=(const MigrationReader&) = delete;

    Result<QList<QVariantList>> next(int n)
    {
        QStringList cols;
        for (const QString& c : m_columns)
            cols << migrationIdent(c);
        const QString list = cols.join(QLatin1String(", "));
        QList<QVariantList> rows;
        if (m_db.isPostgres()) {
            if (!m_open) {
                const QString order =
                    m_columns.contains(QLatin1String("id")) ? QStringLiteral(" ORDER BY id") : QString();
                auto r = m_db.exec(
                    QStringLiteral("DECLARE archiveroom_migrate NO SCROLL CURSOR FOR SELECT %1 FROM %2%3")
                        .arg(list, migrationIdent(m_table), order));
                if (!r)
                    return r.error();
                m_open = true;
            }
            auto q = m_db.exec(QStringLiteral("FETCH FORWARD %1 FROM archiveroom_migrate").arg(n));
            if (!q)
                return q.error();
            while (q.value().next()) {
                QVariantList row;
                row.reserve(m_columns.size());
                for (int i = 0; i < int(m_columns.size()); ++i)
                    row << q.value().value(i);
                rows << row;
            }
            return rows;
        }
        if (!m_keyed) {
            // A table stored as its primary key (WITHOUT ROWID, migration 0023) has no rowid: its
            // batches follow the key instead.
            auto pk = m_db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"),
                                {m_table});
            if (!pk)
                return pk.error();
            QStringList key;
            while (pk.value().next())
                key << migrationIdent(pk.value().value(0).toString());
            const bool hasRowid =
                m_db.exec(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(migrationIdent(m_table))).ok();
            m_key = hasRowid || key.isEmpty() ? QStringList{QStringLiteral("rowid")} : key;
            m_keyed = true;
        }
        const QString keyList = m_key.join(QLatin1String(", "));
        QString where;
        if (!m_last.isEmpty())
            where = QStringLiteral(" WHERE (%1) > (%2)")
                        .arg(keyList, QStringList(m_key.size(), QStringLiteral("?")).join(QLatin1String(", ")));
        auto q = m_db.exec(QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY %1 LIMIT %5")
                               .arg(keyList, list, migrationIdent(m_table), where)
                               .arg(n),
                           m_last);
        if (!q)
            return q.error();
        const int k = int(m_key.size());
        while (q.value().next()) {
            m_last.clear();
            for (int i = 0; i < k; ++i)
                m_last << q.value().value(i);
            QVariantList row;
            row.reserve(m_columns.size());
            for (int i = 0; i < int(m_columns.size()); ++i)
                row << q.value().value(i + k);
            rows << row;
        }
        return rows;
    }

private:
    Database& m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_key;   // SQLite: the columns the batches follow (rowid, or the primary key)
    QVariantList m_last; // their values in the last row read
    bool m_keyed = false;
    bool m_open = false;
};

} // namespace

// Every table of the archive, by name, as the database's own catalog lists them: a table a later
// migration adds is copied without a change here.
Result<QStringList> ArchiveCopy::tables(Database& db)
{
    auto names = migrationStrings(
        db, db.isPostgres()
                ? QStringLiteral("SELECT c.relname::text FROM pg_class c WHERE c.relkind IN ('r', 'p') AND "
                                 "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
                                 "current_schema()) ORDER BY 1")
                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                 "'sqlite\\_%' ESCAPE '\\' ORDER BY 1"));
    if (!names)
        return names;
    QStringList out;
    for (const QString& t : names.value())
        if (!migrationSkipsTable(t))
            out << t;
    return out;
}

Result<QStringList> ArchiveCopy::columns(Database& db, const QString& table)
{
    return migrationStrings(db,
                            db.isPostgres()
                                ? QStringLiteral("SELECT a.attname::text FROM pg_attribute a WHERE "
                                                 "a.attrelid = to_regclass(CAST(? AS text)) "
                                                 "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")
                                : QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"),
                            {table});
}

// Parent tables before the tables that refer to them (foreign keys), so that PostgreSQL, which
// checks a reference at once, finds every parent row already copied. A table's references to
// itself are met by copying its rows in id order.
Result<QStringList> ArchiveCopy::order(Database& db, const QStringList& tables)
{
    auto q =
        db.exec(db.isPostgres()
                    ? QStringLiteral("SELECT cl.relname::text, cf.relname::text FROM pg_constraint c "
                                     "JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class cf ON cf.oid = "
                                     "c.confrelid WHERE c.contype = 'f' AND cl.relnamespace = (SELECT oid "
                                     "FROM pg_namespace WHERE nspname = current_schema())")
                    : QStringLiteral("SELECT m.name, p.\"table\" FROM sqlite_master m JOIN "
                                     "pragma_foreign_key_list(m.name) p WHERE m.type = 'table'"));
    if (!q)
        return q.error();
    QHash<QString, QSet<QString>> parents;
    while (q.value().next()) {
        const QString child = q.value().value(0).toString();
        const QString parent = q.value().value(1).toString();
        if (child != parent && tables.contains(parent))
            parents[child].insert(parent);
    }
    QStringList order;
    QSet<QString> placed;
    QStringList left = tables;
    while (!left.isEmpty()) {
        bool progress = false;
        for (auto it = left.begin(); it != left.end();) {
            bool ready = true;
            for (const QString& p : parents.value(*it))
                ready = ready && placed.contains(p);
            if (ready) {
                order << *it;
                placed.insert(*it);
                it = left.erase(it);
                progress = true;
            } else {
                ++it;
            }
        }
        if (!progress) { // a cycle: the schema has none today; the rest in name order
            order << left;
            break;
        }
    }
    return order;
}

Result<qint64> ArchiveCopy::count(Database& db, const QString& table)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(migrationIdent(table)));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

// Copies one table's rows with their ids. PostgreSQL takes several rows per INSERT (one round
// trip per batch); SQLite one prepared INSERT per row (SQLite's own C API, Database::write).
Status ArchiveCopy::copyRows(Database& src, Database& dst, const QString& table, const QStringList& columns,
                             qint64 total, const Progress& progress)
{
    QStringList cols;
    for (const QString& c : columns)
        cols << migrationIdent(c);
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                             .arg(migrationIdent(table), cols.join(QLatin1String(", ")));
    const QString one = QLatin1Char('(') +
                        QStringList(int(columns.size()), QStringLiteral("?")).join(QLatin1String(", ")) +
                        QLatin1Char(')');
    const int perInsert =
        dst.isPostgres() ? std::clamp(4000 / int(std::max<qsizetype>(1, columns.size())), 1, 500) : 1;
    const int batch = 2000;
    MigrationReader reader(src, table, columns);
    // The sealed values and blind indexes as the target stores them (SQLite: bytes; PostgreSQL:
    // text; storage/SealedBytes.h).
    QList<std::pair<int, sealedbytes::Column>> converted;
    for (int i = 0; i < int(columns.size()); ++i)
        if (const auto kind = sealedbytes::column(table, columns.at(i)); kind != sealedbytes::Column::Plain)
            converted.append({i, kind});
    qint64 done = 0;
    for (;;) {
        auto rows = reader.next(batch);
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            break;
        const QList<QVariantList>& r = rows.value();
        for (qsizetype at = 0; at < r.size(); at += perInsert) {
            const qsizetype n = std::min<qsizetype>(perInsert, r.size() - at);
            QVariantList args;
            args.reserve(n * columns.size());
            for (qsizetype i = 0; i < n; ++i) {
                const qsizetype first = args.size();
                args += r.at(at + i);
                for (const auto& [column, kind] : converted)
                    args[first + column] = sealedbytes::forEngine(dst, kind, args.at(first + column));
            }
            const QString sql = head + QStringList(int(n), one).join(QLatin1String(", "));
            if (auto w = dst.write(sql, args); !w)
                return Error::of(ErrorCode::Failed,
                                 QCoreApplication::translate("ServerAdmin", "Copying the table %1 failed: %2")
                                     .arg(table, w.error().message));
        }
        done += r.size();
        if (progress)
            progress(table, done, total);
    }
    return {};
}

// PostgreSQL: the identity sequences past the ids copied, so that the next row a desk adds gets a
// new id.
Status ArchiveCopy::setSequences(Database& dst)
{
    auto q = dst.exec(
        QStringLiteral("SELECT c.relname::text, a.attname::text FROM pg_attribute a JOIN pg_class c ON "
                       "c.oid = a.attrelid WHERE a.attidentity <> '' AND a.attnum > 0 AND "
                       "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"));
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> identities;
    while (q.value().next())
        identities << std::pair{q.value().value(0).toString(), q.value().value(1).toString()};
    for (const auto& [table, column] : identities) {
        auto r =
            dst.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(CAST(? AS text), CAST(? AS text)), "
                                    "COALESCE(MAX(%1), 0) + 1, false) FROM %2")
                         .arg(migrationIdent(column), migrationIdent(table)),
                     {migrationIdent(table), column});
        if (!r)
            return r.error();
    }
    return {};
}

Status ArchiveCopy::clear(Database& db, const QString& table)
{
    if (auto r = db.write(QStringLiteral("DELETE FROM %1").arg(migrationIdent(table))); !r)
        return r.error();
    return {};
}

Status ArchiveCopy::deferForeignKeys(Database& db)
{
    if (auto r = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
        return r.error();
    return {};
}

Status ArchiveCopy::repeatableRead(Database& db)
{
    if (auto r = db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")); !r)
        return r.error();
    return {};
}

void ArchiveCopy::analyze(Database& db)
{
    (void)db.exec(QStringLiteral("VACUUM (ANALYZE)"));
}

} // namespace ar
