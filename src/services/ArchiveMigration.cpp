// `archiveroom migrate` (issue #24 item 6): a whole archive copied from one location to another,
// table by table as the source's schema lists them.
#include "ServerAdmin.h"

#include "Archive.h"
#include "AuditService.h"

#include "storage/AuditRepository.h"
#include "storage/ContentStore.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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

// Every table of the archive, by name, as the database's own catalog lists them: a table a later
// migration adds is copied without a change here.
Result<QStringList> migrationTables(Database& db)
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

Result<QStringList> migrationColumns(Database& db, const QString& table)
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
Result<QStringList> migrationOrder(Database& db, const QStringList& tables)
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

Result<qint64> migrationCount(Database& db, const QString& table)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(migrationIdent(table)));
    if (!v)
        return v.error();
    return v.value().toLongLong();
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
            auto pk = m_db.exec(
                QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"), {m_table});
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
            where =
                QStringLiteral(" WHERE (%1) > (%2)")
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

// Copies one table's rows with their ids. PostgreSQL takes several rows per INSERT (one round
// trip per batch); SQLite one prepared INSERT per row (SQLite's own C API, Database::write).
Status migrationCopyTable(Database& src, Database& dst, const QString& table, const QStringList& columns,
                          qint64 total, const ServerAdmin::Progress& progress)
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
            for (qsizetype i = 0; i < n; ++i)
                args += r.at(at + i);
            const QString sql = head + QStringList(int(n), one).join(QLatin1String(", "));
            if (auto w = dst.write(sql, args); !w)
                return Error::of(
                    ErrorCode::Failed,
                    ServerAdmin::tr("Copying the table %1 failed: %2").arg(table, w.error().message));
        }
        done += r.size();
        if (progress)
            progress(table, done, total);
    }
    return {};
}

// PostgreSQL: the identity sequences past the ids copied, so that the next row a desk adds gets a
// new id.
Status migrationSetSequences(Database& dst)
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

// Scans and photos, from the source's store to the target's (ContentStore: files beside a
// SQLite archive, the table `contents` on a server, in the target's transaction), each under its
// key; the keys written go into `written` (a folder's files are not part of the transaction and
// are removed again if the migration fails).
Result<qint64> copyArchiveContents(Database& src, Database& dst, QStringList* written)
{
    const auto from = ContentStore::of(src);
    const auto to = ContentStore::of(dst);
    auto keys = from->keys();
    if (!keys)
        return keys.error();
    for (const QString& key : keys.value()) {
        auto there = to->has(key);
        if (!there)
            return there.error();
        if (there.value())
            return Error::of(
                ErrorCode::Conflict,
                ServerAdmin::tr("The scan %1 is in %2 already; move it away first").arg(key, to->where()));
        auto sealed = from->get(key);
        if (!sealed)
            return sealed.error();
        if (auto s = to->put(key, sealed.value()); !s)
            return s.error();
        *written << key;
    }
    return qint64(keys->size());
}

// Whether two locations name the same archive: the same file, or the same database and schema
// on the same server, whoever connects.
bool migrationSameLocation(const QString& a, const QString& b)
{
    if (isPostgresUrl(a) != isPostgresUrl(b))
        return false;
    if (!isPostgresUrl(a)) {
        const QFileInfo fa(a), fb(b);
        if (fa.exists() && fb.exists())
            return fa.canonicalFilePath() == fb.canonicalFilePath();
        return fa.absoluteFilePath() == fb.absoluteFilePath();
    }
    auto pa = parsePostgresUrl(a);
    auto pb = parsePostgresUrl(b);
    if (!pa || !pb)
        return a == b;
    return pa->host == pb->host && (pa->port ? pa->port : 5432) == (pb->port ? pb->port : 5432) &&
           pa->database == pb->database && pa->options == pb->options;
}

} // namespace

Result<ServerAdmin::MigrateReport> ServerAdmin::migrate(const QString& from, const QString& to,
                                                        const Progress& progress)
{
    MigrateReport rep;
    rep.from = from;
    rep.to = to;
    const bool toServer = isPostgresUrl(to);
    if (migrationSameLocation(from, to))
        return Error::of(
            ErrorCode::Usage,
            tr("--from and --to name the same archive (%1): migrate copies an archive to another "
               "place")
                .arg(to));
    for (const QString& location : {from, to})
        if (isPostgresUrl(location))
            if (auto p = parsePostgresUrl(location); !p)
                return p.error();
    if (!isPostgresUrl(from) && !QFileInfo(from).isFile())
        return Error::of(ErrorCode::NotFound,
                         tr("There is no archive at %1; check the path of --from").arg(from));
    if (!toServer) {
        if (QFileInfo::exists(to))
            return Error::of(
                ErrorCode::Conflict,
                tr("%1 exists already: migrate writes a new archive file, never over an existing "
                   "one; choose a new name")
                    .arg(to));
        if (!QFileInfo(QFileInfo(to).absolutePath()).isDir())
            return Error::invalid(QStringLiteral("to"), to,
                                  tr("The folder %1 does not exist").arg(QFileInfo(to).absolutePath()));
    }

    // The source, read-only: nothing of it changes.
    auto source = Database::open(from, DatabaseAccess::ReadOnly);
    if (!source)
        return source.error();
    Database& src = *source.value();
    {
        auto v = Migrator(src).currentVersion();
        if (!v)
            return v.error();
        rep.schemaVersion = v.value();
        if (v.value() == 0)
            return Error::of(ErrorCode::NotFound,
                             tr("There is no archive at %1: it has no tables").arg(from));
        if (v.value() != Migrator::latestVersion())
            return Error::of(
                ErrorCode::Failed,
                v.value() < Migrator::latestVersion()
                    ? tr("The archive %1 has schema version %2, older than this program's %3: open it once "
                         "with "
                         "this version (for example archiveroom --db %1 status), which upgrades it, then "
                         "migrate "
                         "it. Nothing was written.")
                          .arg(from)
                          .arg(v.value())
                          .arg(Migrator::latestVersion())
                    : tr("The archive %1 was made by a newer version of ArchiveRoom (schema %2, this version "
                         "knows %3): migrate it with that version. Nothing was written.")
                          .arg(from)
                          .arg(v.value())
                          .arg(Migrator::latestVersion()));
    }
    Transaction reading(src, Transaction::Mode::Read);
    if (auto s = reading.begin(); !s)
        return s.error();
    if (src.isPostgres()) // one snapshot for every table read
        if (auto r = src.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")); !r)
            return r.error();

    // The target. A new file is removed again if anything fails; a server database is written in
    // one transaction, schema upgrade included, so that a failure leaves it as it was.
    auto target = Database::open(to);
    if (!target)
        return target.error();
    std::unique_ptr<Database> dstOwner = std::move(target).value();
    dstOwner->setFilesFolder(Archive::filesFolderOf(to)); // where its scans go, if files
    src.setFilesFolder(Archive::filesFolderOf(from));
    QStringList writtenFiles;
    auto work = [&](Database& dst) -> Status {
        Transaction tx(dst);
        if (auto s = tx.begin(); !s)
            return s;
        if (!dst.isPostgres()) // SQLite checks references at the commit; PostgreSQL at once (order)
            if (auto r = dst.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
                return r.error();
        Migrator migrator(dst);
        if (auto s = migrator.migrate(); !s)
            return s;
        // An archive is there once it has an account or an audit record (init makes both).
        for (const QString& table :
             {QStringLiteral("users"), QStringLiteral("audit_log"), QStringLiteral("persons")}) {
            auto n = migrationCount(dst, table);
            if (!n)
                return n.error();
            if (n.value() > 0)
                return Error::of(ErrorCode::Conflict,
                                 tr("%1 already holds an archive (its table %2 has %3 rows): migrate copies "
                                    "into an empty database, or one made by archiveroom pg-setup that holds "
                                    "no archive yet")
                                     .arg(to, table)
                                     .arg(n.value()));
        }

        auto srcTables = migrationTables(src);
        if (!srcTables)
            return srcTables.error();
        auto dstTables = migrationTables(dst);
        if (!dstTables)
            return dstTables.error();
        if (srcTables.value() != dstTables.value()) {
            QStringList onlySource, onlyTarget;
            for (const QString& t : srcTables.value())
                if (!dstTables.value().contains(t))
                    onlySource << t;
            for (const QString& t : dstTables.value())
                if (!srcTables.value().contains(t))
                    onlyTarget << t;
            return Error::of(ErrorCode::Failed, tr("The source and the target have different tables "
                                                   "(only in the source: %1; only in the target: %2)")
                                                    .arg(onlySource.join(QLatin1String(", ")),
                                                         onlyTarget.join(QLatin1String(", "))));
        }
        auto order = migrationOrder(dst, dstTables.value());
        if (!order)
            return order.error();

        // What the target's migrations put in (categories, access rules, the empty audit head …)
        // makes way for the source's rows, children first.
        // Only tables that have rows: a desk's role may not delete from the audit log at all.
        for (auto it = order.value().crbegin(); it != order.value().crend(); ++it) {
            auto n = migrationCount(dst, *it);
            if (!n)
                return n.error();
            if (n.value() > 0)
                if (auto r = dst.write(QStringLiteral("DELETE FROM %1").arg(migrationIdent(*it))); !r)
                    return r.error();
        }

        for (const QString& table : order.value()) {
            auto columns = migrationColumns(src, table);
            if (!columns)
                return columns.error();
            auto targetColumns = migrationColumns(dst, table);
            if (!targetColumns)
                return targetColumns.error();
            QStringList a = columns.value(), b = targetColumns.value();
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (a != b)
                return Error::of(
                    ErrorCode::Failed,
                    tr("The table %1 has other columns in the source (%2) than in the target (%3)")
                        .arg(table, a.join(QLatin1String(", ")), b.join(QLatin1String(", "))));
            auto total = migrationCount(src, table);
            if (!total)
                return total.error();
            if (auto s = migrationCopyTable(src, dst, table, columns.value(), total.value(), progress); !s)
                return s;
            rep.tables << TableCount{table, total.value(), 0};
        }
        if (dst.isPostgres())
            if (auto s = migrationSetSequences(dst); !s)
                return s;

        // The check: every table's rows counted on both sides, the audit chain walked on the target.
        QStringList differing;
        for (TableCount& c : rep.tables) {
            auto n = migrationCount(dst, c.table);
            if (!n)
                return n.error();
            c.target = n.value();
            rep.rows += c.target;
            if (c.target != c.source)
                differing << QStringLiteral("%1 (%2 → %3)").arg(c.table).arg(c.source).arg(c.target);
        }
        if (!differing.isEmpty())
            return Error::of(ErrorCode::Failed, tr("The copy does not have the rows of the source: %1")
                                                    .arg(differing.join(QLatin1String(", "))));
        AuditRepository trail(dst);
        auto chain = AuditService::verifyChain(trail, nullptr);
        if (!chain)
            return chain.error();
        if (!chain->intact())
            return Error::of(ErrorCode::Failed,
                             tr("The audit trail does not verify on the target: %1 (run archiveroom audit "
                                "verify on the source to see whether it was broken there already)")
                                 .arg(chain->message));
        rep.auditIntact = true;
        rep.auditRecords = chain->records;
        rep.auditLastHash = chain->lastHash;

        auto files = copyArchiveContents(src, dst, &writtenFiles);
        if (!files)
            return files.error();
        rep.files = files.value();
        return tx.commit();
    };
    if (auto s = work(*dstOwner); !s) {
        if (const auto store = ContentStore::of(*dstOwner); !store->transactional())
            for (const QString& key : std::as_const(writtenFiles))
                (void)store->remove(key); // files are not rolled back with the transaction
        dstOwner.reset();                 // closed: a new file can be removed
        if (!toServer)
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(to + QLatin1String(suffix));
        Error e = s.error();
        if (toServer && e.message.contains(QLatin1String("permission denied")))
            e.message +=
                QLatin1Char('\n') + tr("Run migrate to a server as the role that ran archiveroom pg-setup "
                                       "(or the server's superuser): a desk's role may not set the "
                                       "archive's id sequences.");
        e.message += QLatin1Char('\n') + tr("Nothing was written to %1.").arg(to);
        return e;
    }
    // Millions of rows just written: the server's statistics and visibility map are gathered now,
    // not minutes later by autovacuum — until then its plans for the first searches guess (a
    // one-character search took 40 ms instead of 1 at 150,000 households). The data is committed
    // already: if this fails (a role that does not own the tables), autovacuum does it later.
    if (toServer)
        (void)dstOwner->exec(QStringLiteral("VACUUM (ANALYZE)"));
    return rep;
}

} // namespace ar
