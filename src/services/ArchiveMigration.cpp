// `archiveroom migrate` (issue #24 item 6): a whole archive copied from one location to another,
// table by table as the source's schema lists them.
#include "ServerAdmin.h"

#include "Archive.h"
#include "AuditService.h"

#include "storage/ArchiveCopy.h"
#include "storage/AuditRepository.h"
#include "storage/ContentStore.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PostgresUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ar {

namespace {

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
        if (auto s = ArchiveCopy::repeatableRead(src); !s)
            return s.error();

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
            if (auto s = ArchiveCopy::deferForeignKeys(dst); !s)
                return s;
        Migrator migrator(dst);
        if (auto s = migrator.migrate(); !s)
            return s;
        // An archive is there once it has an account or an audit record (init makes both).
        for (const QString& table :
             {QStringLiteral("users"), QStringLiteral("audit_log"), QStringLiteral("persons")}) {
            auto n = ArchiveCopy::count(dst, table);
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

        auto srcTables = ArchiveCopy::tables(src);
        if (!srcTables)
            return srcTables.error();
        auto dstTables = ArchiveCopy::tables(dst);
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
        auto order = ArchiveCopy::order(dst, dstTables.value());
        if (!order)
            return order.error();

        // What the target's migrations put in (categories, access rules, the empty audit head …)
        // makes way for the source's rows, children first.
        // Only tables that have rows: a desk's role may not delete from the audit log at all.
        for (auto it = order.value().crbegin(); it != order.value().crend(); ++it) {
            auto n = ArchiveCopy::count(dst, *it);
            if (!n)
                return n.error();
            if (n.value() > 0)
                if (auto s = ArchiveCopy::clear(dst, *it); !s)
                    return s;
        }

        for (const QString& table : order.value()) {
            auto columns = ArchiveCopy::columns(src, table);
            if (!columns)
                return columns.error();
            auto targetColumns = ArchiveCopy::columns(dst, table);
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
            auto total = ArchiveCopy::count(src, table);
            if (!total)
                return total.error();
            if (auto s = ArchiveCopy::copyRows(src, dst, table, columns.value(), total.value(), progress); !s)
                return s;
            rep.tables << TableCount{table, total.value(), 0};
        }
        if (dst.isPostgres())
            if (auto s = ArchiveCopy::setSequences(dst); !s)
                return s;

        // The check: every table's rows counted on both sides, the audit chain walked on the target.
        QStringList differing;
        for (TableCount& c : rep.tables) {
            auto n = ArchiveCopy::count(dst, c.table);
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
        ArchiveCopy::analyze(*dstOwner);
    return rep;
}

} // namespace ar
