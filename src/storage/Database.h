#pragma once

#include "core/Sealed.h" // private to the services

#include "core/DatabaseAccess.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

struct sqlite3;

namespace ar {

class Checkpointer;
class StatementCache;

enum class SqlDialect
{
    Sqlite,
    Postgres
};

// One open connection to the archive database. SQLite: WAL, foreign keys on, busy timeout.
// Everything SQLite-specific lives here and in Migrator (the dialect seam).
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // How an archive file is opened (core/DatabaseAccess.h).
    using Access = DatabaseAccess;
    // Opens (and creates) the SQLite file at `path`; ":memory:" for a private in-memory database.
    // A file on a network file system is refused (see networkFileSystemRefusal) unless the
    // environment variable ARCHIVEROOM_ALLOW_NETWORK_FS is 1.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path, Access access = Access::Detect);
    // Opens the PostgreSQL database at `url` (postgresql://user@host:port/dbname?…, see
    // PostgresUrl.h) through Qt's QPSQL driver. The password comes from PGPASSWORD or ~/.pgpass
    // (libpq reads them). The database must exist (createdb) and be UTF8.
    static Result<std::unique_ptr<Database>> openPostgres(const QString& url);
    // A password typed into the window for the server location `url`, used by openPostgres for
    // this run of the program only (never stored); empty forgets it. Without one libpq reads
    // PGPASSWORD or ~/.pgpass. A server that refuses the connection for want of a password, or
    // the password given, answers ErrorCode::PermissionDenied.
    static void setServerPassword(const QString& url, const QString& password);
    // openPostgres for a postgresql:// location, openSqlite for anything else.
    static Result<std::unique_ptr<Database>> open(const QString& location, Access access = Access::Detect);
    // True when the existing file at `path` cannot be written here: the file is not writable,
    // or its folder is not and the -wal and -shm files SQLite needs for writing are not there.
    static bool mustOpenReadOnly(const QString& path);
    // Opened read-only (any of the ways above): every write is refused with readOnlyError().
    bool isReadOnly() const { return m_readOnlyFile; }
    // "This archive is open read-only: …" — what a write to a read-only archive is told,
    // instead of SQLite's "attempt to write a readonly database".
    static Error readOnlyError();

    // Opens an existing SQLite file read-only (a backup's snapshot being checked). See
    // DatabaseSnapshot.cpp.
    static Result<std::unique_ptr<Database>> openSqliteReadOnly(const QString& path);
    // Writes a consistent copy of the whole database, as of one moment, into the new file
    // `target` while other connections keep writing (SQLite: VACUUM INTO, one read transaction;
    // the copy is an ordinary rollback-journal file). Not inside a transaction.
    Status snapshotInto(const QString& target);
    // SQLite: `tick` is called every few thousand steps of SQLite's virtual machine while a
    // statement runs (sqlite3_progress_handler), so a window can keep painting during a long
    // statement (an upgrade's rewrite of a whole table); it must not use this connection. Empty
    // removes it. Nothing on PostgreSQL.
    void setProgressTick(std::function<void()> tick);
    // Calls the tick, if one is set: for long loops of the program's own between statements
    // (the search index written again), every few thousand records.
    void tick() const
    {
        if (m_progressTick)
            m_progressTick();
    }
    // PRAGMA integrity_check: empty when the file is sound, otherwise what SQLite found.
    Result<QString> integrityProblems();
    // SQLite's locks rely on the operating system's file locking, which network file systems
    // (cifs/smb, nfs, sshfs …) do not carry out reliably: two desks writing one file there can
    // damage it. Gives the error that refuses `path` on a file system of type `fsType` (as
    // QStorageInfo::fileSystemType() names it), or no error for a local one or when
    // `allowNetwork` (the override) is set. A UNC path (\\server\share) counts as network.
    static Status networkFileSystemRefusal(const QString& path, const QByteArray& fsType, bool allowNetwork);
    static bool isNetworkFileSystem(const QByteArray& fsType);
    // How long a write waits for another connection's write to finish before it gives up with
    // "another desk is saving" (SQLite's busy timeout).
    static constexpr int kBusyTimeoutMs = 5000;
    // PostgreSQL: a session that leaves a transaction open and idle for this long is ended by
    // the server (idle_in_transaction_session_timeout), so a desk that hangs or loses its
    // network mid-transaction cannot hold the audit head's lock, and so every other desk's
    // writes, for longer.
    static constexpr int kIdleInTransactionMs = 60000;
    // Tests: a shorter wait than kBusyTimeoutMs (PostgreSQL: lock_timeout too).
    void setBusyTimeout(int ms);
    // The statement with which every write transaction on PostgreSQL begins: the archive's
    // write lock, a transaction-level advisory lock keyed by the `meta` table of the schema in
    // use (so two archives on one server, or the tests' schemas, do not share it). See
    // docs/architecture.md, "One lock order on PostgreSQL".
    static QString postgresWriteLockSql();
    // The outermost transaction now open holds the archive's write lock (SQLite: it began with
    // BEGIN IMMEDIATE; PostgreSQL: it took postgresWriteLockSql() at its beginning).
    bool holdsWriteLock() const { return m_depth > 0 && m_writeLocked; }

    QSqlDatabase handle() const { return QSqlDatabase::database(m_connection, false); }
    // The connection's SQLite handle, as Qt's driver (built on the same system library) has it;
    // nullptr on PostgreSQL. For what the driver does not offer: the WAL hook, the direct
    // writes, the bench's recording of an import's rows.
    sqlite3* sqlite() const;
    SqlDialect dialect() const { return m_dialect; }
    // The SQLite file, or the postgresql:// location.
    QString path() const { return m_path; }
    bool isPostgres() const { return m_dialect == SqlDialect::Postgres; }
    // The folder of the files kept beside the archive (scans, photos): `path`.files for a
    // SQLite file; for a server archive the folder Archive::open sets.
    QString filesFolder() const { return m_filesFolder.isEmpty() ? m_path + QStringLiteral(".files") : m_filesFolder; }
    void setFilesFolder(const QString& folder) { m_filesFolder = folder; }

    // Prepare `sql`, bind `args` positionally, execute. Errors become Error{Failed} with the
    // driver's text; a UNIQUE violation becomes Conflict. Data statements (SELECT, INSERT,
    // UPDATE, DELETE) come prepared from a per-connection cache and go back to it when the
    // returned QSqlQuery is dropped (see StatementCache): keep it no longer than needed.
    Result<QSqlQuery> exec(const QString& sql, std::initializer_list<QVariant> args = {});
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& args);
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE) and gives the number of rows
    // it changed. Errors as exec(). On SQLite it goes straight through SQLite's C API, prepared
    // once per connection: for the short writes a bulk import is made of, Qt's binding (a
    // placeholder name built and looked up per value) cost more than SQLite's own work.
    Result<int> write(const QString& sql, const QVariantList& args = {});
    // Runs one single-row INSERT (written without RETURNING) and gives the new row's `id`. The
    // dialect decides how: SQLite reads last_insert_rowid(), because its RETURNING runs as a
    // trigger with a statement journal (a 64 KB allocation per row); PostgreSQL appends
    // "RETURNING id".
    Result<qint64> insert(const QString& sql, const QVariantList& args);
    // The id the next row of `table` will get, for an INSERT that names its id: a row whose
    // content depends on its id (sealed fields bound to their row) is then written once. Call
    // it inside the write transaction that inserts the row. SQLite: MAX(id) + 1, which is what
    // the rowid would be (no table uses AUTOINCREMENT); PostgreSQL: the identity's sequence.
    // `table` is one of the program's own table names, never input.
    Result<qint64> nextId(const QString& table);
    // The first of `count` ids for rows of `table` written next with their ids named (a batch of
    // rows whose content depends on their ids), in the same transaction: SQLite, MAX(id) + 1 as
    // nextId; PostgreSQL, `count` values of the identity's sequence taken in one step. The ids
    // are those the rows would get written one by one with nextId.
    Result<qint64> reserveIds(const QString& table, int count);
    // The first column of the first row, or an invalid QVariant if there is no row.
    Result<QVariant> scalar(const QString& sql, std::initializer_list<QVariant> args = {});

    bool inTransaction() const { return m_depth > 0; }
    // Called once the outermost transaction has ended (committed or rolled back), e.g. to write
    // what must be kept whatever that transaction did (a refusal's trace, Context::refuse).
    void setAfterTransaction(std::function<void()> hook) { m_afterTransaction = std::move(hook); }
    // Names the outermost transaction now open (0 when none): a new number for each, so a
    // value remembered for one transaction is never mistaken for another's.
    quint64 transactionId() const { return m_depth > 0 ? m_transactionSerial : 0; }

    // After rewriting data in place (encrypting an older archive): rebuild the file and empty
    // the write-ahead log, so no old page with the previous content survives in either.
    Status compact();

    // SQLite files: from now on the write-ahead log is copied into the database file by a
    // thread of its own (Checkpointer) once it passes 1000 pages, instead of by the commit that
    // took it there, which then returns at once. Archive::open starts it; without it (or if its
    // connection cannot be opened) SQLite checkpoints as usual.
    void startBackgroundCheckpoints();
    bool backgroundCheckpoints() const { return m_checkpointer != nullptr; }
    // Copies the log into the file now and waits for it: everything committed so far is then in
    // the database file. False if that did not happen within `timeoutMs` (bench, tests).
    bool checkpointNow(int timeoutMs = 60000);
    // SQLite: this connection's page cache, in KiB (PRAGMA cache_size = -kib); gives the size it
    // had. For one long write that fills an empty archive (the demo), whose new pages would
    // otherwise be read back from the log and written to it again. PostgreSQL: nothing (the
    // server keeps its own cache); gives 0.
    Result<int> setPageCacheKiB(int kib);
    // SQLite: the connection's temporary store in files for a scope, in memory again at its end.
    // The connection keeps it in memory (statement journals of multi-row writes); a rewrite of
    // whole tables (an upgrade's sorts) or VACUUM's copy of the whole file would hold it all in
    // memory there: 1.5 GB for a million households' upgrade, the file's size for a VACUUM.
    // Nothing on PostgreSQL or a file opened read-only.
    class TempFilesScope
    {
    public:
        explicit TempFilesScope(Database& db)
            : m_db(db), m_on(db.dialect() == SqlDialect::Sqlite && !db.isReadOnly() &&
                             db.exec(QStringLiteral("PRAGMA temp_store = FILE")).ok())
        {
        }
        ~TempFilesScope()
        {
            if (m_on)
                (void)m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
        TempFilesScope(const TempFilesScope&) = delete;
        TempFilesScope& operator=(const TempFilesScope&) = delete;

    private:
        Database& m_db;
        bool m_on;
    };
    // setPageCacheKiB(kib) for a scope, the size before put back at its end (a setting that could
    // not be read or made leaves the cache as it was: it changes only the speed).
    class PageCacheScope
    {
    public:
        PageCacheScope(Database& db, int kib) : m_db(db)
        {
            auto old = db.setPageCacheKiB(kib);
            m_old = old ? old.value() : -1;
        }
        ~PageCacheScope()
        {
            if (m_old >= 0)
                (void)m_db.setPageCacheKiB(m_old);
        }
        PageCacheScope(const PageCacheScope&) = delete;
        PageCacheScope& operator=(const PageCacheScope&) = delete;

    private:
        Database& m_db;
        int m_old = -1;
    };

private:
    friend class Transaction;
    Database(QString connection, QString path, SqlDialect dialect);
    // Begins the outermost transaction (a write: BEGIN IMMEDIATE on SQLite, BEGIN and the head's
    // advisory lock on PostgreSQL; a read on PostgreSQL: REPEATABLE READ); the error text, or
    // empty.
    QString begin(bool write);

    struct Direct; // write()'s SQLite statements
    QString m_connection;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<Direct> m_direct;
    std::unique_ptr<Checkpointer> m_checkpointer;
    std::function<void()> m_progressTick;
    QString m_path;
    QString m_filesFolder;
    SqlDialect m_dialect;
    int m_depth = 0;
    bool m_readOnly = false;     // the outermost transaction now open is a read transaction
    bool m_readOnlyFile = false; // the connection itself is read-only
    QString m_failedBegin;       // why the outermost transaction now open did not begin
    int m_busyTimeoutMs = kBusyTimeoutMs;
    quint64 m_transactionSerial = 0;
    bool m_rollbackOnly = false;
    bool m_writeLocked = false; // see holdsWriteLock()
    std::function<void()> m_afterTransaction;
};

// A scoped transaction: rolls back unless commit() was called. Nested scopes join the outer
// one; only the outermost commits, and an inner scope that did not commit dooms the whole.
//
// A write transaction (the default) takes the database's write lock when it begins (SQLite:
// BEGIN IMMEDIATE; PostgreSQL: the audit head's advisory lock, postgresWriteLockSql()), waiting up to
// Database::kBusyTimeoutMs while another connection or process writes, so that what it reads cannot be
// changed by another writer before it writes: with a deferred BEGIN a read followed by a write failed at once
// ("database is locked") whenever another process had committed in between. If the lock does not come in
// time, begin() says another desk is saving. A read transaction (Mode::Read) takes one consistent snapshot
// and no lock; it must not write, and a write scope cannot join it (begin() fails).
class Transaction
{
public:
    enum class Mode
    {
        Write,
        Read
    };
    explicit Transaction(Database& db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin() const
    {
        return m_beginError.isEmpty() ? Status() : Status(Error::of(ErrorCode::Failed, m_beginError));
    }
    Status commit();

private:
    Database& m_db;
    bool m_outer = false;
    bool m_done = false;
    QString m_beginError;
};

} // namespace ar
