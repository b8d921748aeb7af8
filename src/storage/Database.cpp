#include "Database.h"

#include "Connection.h"

#include "Checkpointer.h"
#include "DatabaseErrors.h"
#include "PostgresUrl.h"
#include "SealedBytes.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace ar {

using dberror::busyError;
using dberror::isBusyCode;
using dberror::isPostgresBusyState;
using dberror::sqlError;

namespace {

// Qt's SQL drivers bind a null QString as SQL NULL, so an empty field that was never assigned
// (QString()) would break NOT NULL text columns. A QString is text: only an explicitly null
// QVariant (sqlh::nullableId/nullableDate) means NULL.
// The other types are bound as the direct SQLite path binds them (Direct::bind), so that both
// dialects store the same thing: a bool as 0/1 (PostgreSQL has no cast from boolean to the
// integer columns), a date-time as ISO text.
QVariant bindable(const QVariant& v)
{
    if (v.metaType() == QMetaType::fromType<QString>() && !v.isNull() && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    if (v.isNull())
        return v;
    if (v.metaType() == QMetaType::fromType<bool>())
        return QVariant(qint64(v.toBool() ? 1 : 0));
    if (v.metaType() == QMetaType::fromType<QDateTime>())
        return QVariant(v.toDateTime().toString(Qt::ISODateWithMs));
    return v;
}
} // namespace

Database::Database(QString connection, QString path, SqlDialect dialect)
    : m_connection(std::move(connection)), m_statements(std::make_unique<StatementCache>(m_connection)),
      m_path(std::move(path)), m_dialect(dialect)
{
}

namespace {
// The connection's sqlite3 handle, as Qt's SQLite driver (built on the same system library) has it.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

// SQLite's own automatic checkpoint is a WAL hook like this one, with the copy done in place.
constexpr int kCheckpointPages = 1000;
int walHook(void* database, sqlite3*, const char*, int frames)
{
    if (frames >= kCheckpointPages)
        static_cast<Database*>(database)->checkpointNow(0);
    return SQLITE_OK;
}
} // namespace

sqlite3* Database::sqlite() const
{
    return sqliteHandle(handle());
}

struct Database::Direct
{
    sqlite3* db = nullptr;
    QHash<QString, sqlite3_stmt*> prepared;
    ~Direct()
    {
        for (sqlite3_stmt* s : std::as_const(prepared))
            sqlite3_finalize(s);
    }
    Error error(const QString& sql) const
    {
        const QString text = QString::fromUtf8(sqlite3_errmsg(db));
        const int code = sqlite3_extended_errcode(db);
        if (isBusyCode(code))
            return busyError();
        if ((code & 0xff) == SQLITE_READONLY)
            return Database::readOnlyError();
        if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Error::of(ErrorCode::Conflict,
                             QCoreApplication::translate("Database", "Already exists: %1").arg(text));
        return Error::of(
            ErrorCode::Failed,
            QCoreApplication::translate("Database", "Database error: %1 (in: %2)").arg(text, sql.left(120)));
    }
    // As Qt's SQLite driver binds (and bindable() above): an explicitly null QVariant is NULL, a
    // null QString is empty text.
    static int bind(sqlite3_stmt* st, int i, const QVariant& v)
    {
        if (v.isNull())
            return sqlite3_bind_null(st, i);
        switch (v.metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Long:
        case QMetaType::ULong:
            return sqlite3_bind_int64(st, i, v.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(st, i, v.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            return sqlite3_bind_blob(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        }
        case QMetaType::QDateTime: {
            const QString t = v.toDateTime().toString(Qt::ISODateWithMs);
            return sqlite3_bind_text16(st, i, t.utf16(), int(t.size() * sizeof(QChar)), SQLITE_TRANSIENT);
        }
        case QMetaType::QString: {
            // The text of the caller's value, not a copy: run() clears the bindings before it
            // returns, while the values are still alive.
            const QString& t = *static_cast<const QString*>(v.constData());
            return sqlite3_bind_text16(st, i, t.utf16(), int(t.size() * sizeof(QChar)), SQLITE_STATIC);
        }
        default: {
            const QString t = v.toString();
            return sqlite3_bind_text16(st, i, t.utf16(), int(t.size() * sizeof(QChar)), SQLITE_TRANSIENT);
        }
        }
    }
    Result<int> run(const QString& sql, const QVariantList& args)
    {
        sqlite3_stmt* st = prepared.value(sql);
        if (!st) {
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &st,
                                   nullptr) != SQLITE_OK ||
                !st) {
                const Error e = error(sql);
                sqlite3_finalize(st);
                return e;
            }
            prepared.insert(sql, st);
        }
        if (sqlite3_bind_parameter_count(st) != args.size())
            return Error::of(ErrorCode::Failed, QStringLiteral("%1 values for %2 parameters (in: %3)")
                                                    .arg(args.size())
                                                    .arg(sqlite3_bind_parameter_count(st))
                                                    .arg(sql.left(120)));
        for (int i = 0; i < int(args.size()); ++i)
            if (bind(st, i + 1, args.at(i)) != SQLITE_OK) {
                const Error e = error(sql);
                sqlite3_clear_bindings(st);
                return e;
            }
        int rc = sqlite3_step(st);
        while (rc == SQLITE_ROW) // a write that returns rows: they are not wanted
            rc = sqlite3_step(st);
        const Error failed = rc == SQLITE_DONE ? Error() : error(sql);
        const int changed = sqlite3_changes(db);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc != SQLITE_DONE)
            return failed;
        return changed;
    }
};

Database::~Database()
{
    if (m_checkpointer) {
        if (sqlite3* h = sqlite())
            sqlite3_wal_hook(h, nullptr, nullptr);
        m_checkpointer.reset(); // closing the last connection copies what is left
    }
    m_direct.reset(); // prepared statements go before their connection
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, Access access)
{
    const bool memory = path.isEmpty() || path == QLatin1String(":memory:");
    if (!memory) {
        const QFileInfo file(path);
        // A file not created yet lives where its folder is.
        const QStorageInfo storage(file.exists() ? file.absoluteFilePath() : file.absolutePath());
        if (auto s = networkFileSystemRefusal(path, storage.fileSystemType(),
                                              qEnvironmentVariable("ARCHIVEROOM_ALLOW_NETWORK_FS") ==
                                                  QLatin1String("1"));
            !s)
            return s.error();
    }
    if (!memory && access == Access::Detect && mustOpenReadOnly(path))
        access = Access::ReadOnly;
    const bool readOnly = !memory && access != Access::Detect;
    if (readOnly && !QFileInfo(path).isFile())
        return Error::of(ErrorCode::NotFound,
                         QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                             .arg(path, QCoreApplication::translate("Database", "there is no such file")));
    // A read-only file in a folder where SQLite cannot make its -shm file, and with no -wal or
    // -shm of a desk that has it open: nobody writes it, so SQLite is told it is immutable
    // (otherwise a WAL file does not open read-only there).
    if (readOnly && access == Access::ReadOnly) {
        const bool folderWritable = QFileInfo(QFileInfo(path).absolutePath()).isWritable();
        if (!folderWritable && !QFileInfo::exists(path + QLatin1String("-shm")) &&
            !QFileInfo::exists(path + QLatin1String("-wal")))
            access = Access::Immutable;
    }
    const QString name = connection::newName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (access == Access::Immutable) {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
    }
    if (auto s = connection::open(name, path); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(name, path, SqlDialect::Sqlite));
    db->m_readOnlyFile = readOnly;
    if (sqlite3* h = db->sqlite()) {
        db->m_direct = std::make_unique<Direct>();
        db->m_direct->db = h;
        // The conversions of the migration to schema 27 (sealed values stored as bytes).
        if (sealedbytes::registerSqlFunctions(h) != SQLITE_OK)
            return db->m_direct->error(QStringLiteral("ar_sealed_bytes"));
    }
    // temp_store: the statement journals of multi-row writes in memory, not in a temporary file
    // (an import's search keys: 88,000 fewer writes to disk for 10,000 rows). A read-only
    // connection leaves the file's journal mode as it is.
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
          "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY"}) {
        if (readOnly && qstrcmp(pragma, "PRAGMA journal_mode = WAL") == 0)
            continue;
        auto r = db->exec(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
    }
    if (readOnly) {
        // Reads the schema now, so a file that does not open read-only here (a -wal without its
        // -shm in a read-only folder) says so at once rather than at the first search.
        auto v = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!v)
            return Error::of(ErrorCode::Failed, QCoreApplication::translate(
                                                    "Database", "Cannot open the database %1 read-only: %2")
                                                    .arg(path, v.error().message));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, Access access)
{
    if (!isPostgresUrl(location))
        return openSqlite(location, access);
    auto db = openPostgres(location);
    if (!db || access == Access::Detect)
        return db;
    // Read-only on a server is the session's default: every transaction refuses writes.
    if (auto r = db.value()->exec(QStringLiteral("SET default_transaction_read_only = on")); !r)
        return r.error();
    db.value()->m_readOnlyFile = true;
    return db;
}

Result<QSqlQuery> Database::exec(const QString& sql, std::initializer_list<QVariant> args)
{
    return exec(sql, QVariantList(args));
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& args)
{
    if (!m_failedBegin.isEmpty()) // nothing of a transaction that did not begin runs on its own
        return Error::of(ErrorCode::Failed, m_failedBegin);
    if (StatementCache::worthCaching(sql)) {
        QSqlError prepareError;
        std::unique_ptr<QSqlQuery> q = m_statements->take(sql, &prepareError);
        if (!q)
            return sqlError(prepareError, sql, m_dialect);
        for (int i = 0; i < int(args.size()); ++i)
            q->bindValue(i, bindable(args.at(i)));
        if (!q->exec()) {
            const Error e = sqlError(q->lastError(), sql, m_dialect);
            m_statements->giveBack(sql, std::move(q));
            return e;
        }
        return m_statements->lease(sql, std::move(q));
    }
    QSqlQuery q(handle());
    q.setForwardOnly(m_dialect != SqlDialect::Postgres); // whole results there: StatementCache::take
    // QPSQL prepares with PREPARE, which takes no schema statement, SET or SHOW: those (which
    // have no parameters) run as they are.
    if (m_dialect == SqlDialect::Postgres && args.isEmpty()) {
        if (!q.exec(sql))
            return sqlError(q.lastError(), sql, m_dialect);
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q.lastError(), sql, m_dialect);
    for (const QVariant& a : args)
        q.addBindValue(bindable(a));
    if (!q.exec())
        return sqlError(q.lastError(), sql, m_dialect);
    return q;
}

Result<int> Database::write(const QString& sql, const QVariantList& args)
{
    if (!m_failedBegin.isEmpty())
        return Error::of(ErrorCode::Failed, m_failedBegin);
    if (m_readOnlyFile)
        return readOnlyError();
    if (m_direct)
        return m_direct->run(sql, args);
    auto q = exec(sql, args);
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& args)
{
    if (!m_failedBegin.isEmpty())
        return Error::of(ErrorCode::Failed, m_failedBegin);
    if (m_readOnlyFile)
        return readOnlyError();
    if (m_direct) {
        auto r = m_direct->run(sql, args);
        if (!r)
            return r.error();
        return qint64(sqlite3_last_insert_rowid(m_direct->db));
    }
    if (m_dialect == SqlDialect::Postgres) {
        auto q = exec(sql + QStringLiteral(" RETURNING id"), args);
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::of(ErrorCode::Failed, QStringLiteral("INSERT returned no id"));
        return q.value().value(0).toLongLong();
    }
    auto q = exec(sql, args);
    if (!q)
        return q.error();
    const QVariant id = q.value().lastInsertId();
    if (!id.isValid())
        return Error::of(ErrorCode::Failed, QStringLiteral("INSERT returned no id"));
    return id.toLongLong();
}

Result<qint64> Database::nextId(const QString& table)
{
    const QString sql = m_dialect == SqlDialect::Postgres
                            ? QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(table)
                            : QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table);
    auto v = scalar(sql);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<qint64> Database::reserveIds(const QString& table, int count)
{
    if (count < 1)
        return Error::of(ErrorCode::Failed, QStringLiteral("reserveIds: count %1").arg(count));
    if (m_dialect != SqlDialect::Postgres || count == 1)
        return nextId(table);
    // setval to the last of the range: the sequence's next value follows it, as after `count`
    // calls of nextval.
    auto v = scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "nextval(pg_get_serial_sequence('%1', 'id')) + %2)")
                        .arg(table)
                        .arg(count - 1));
    if (!v)
        return v.error();
    return v.value().toLongLong() - (count - 1);
}

Result<QVariant> Database::scalar(const QString& sql, std::initializer_list<QVariant> args)
{
    auto q = exec(sql, args);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

Transaction::Transaction(Database& db, Mode mode) : m_db(db)
{
    if (m_db.m_depth == 0) {
        m_outer = true;
        m_db.m_rollbackOnly = false;
        m_db.m_readOnly = mode == Mode::Read;
        ++m_db.m_transactionSerial;
        // A read-only archive takes no write lock: its "write" transactions read (an audited
        // view) and each write statement in them is refused with readOnlyError().
        m_beginError = m_db.begin(mode == Mode::Write && !m_db.m_readOnlyFile);
        m_db.m_failedBegin = m_beginError;
    } else if (mode == Mode::Write && m_db.m_readOnly) {
        // A programming error: the snapshot of a read transaction may be stale by now.
        m_beginError = QStringLiteral("a write cannot join a read transaction");
        m_db.m_rollbackOnly = true;
    }
    ++m_db.m_depth;
}

Transaction::~Transaction()
{
    if (!m_done) {
        if (m_outer && m_beginError.isEmpty())
            m_db.handle().rollback();
        else if (!m_outer)
            m_db.m_rollbackOnly = true;
    }
    if (m_outer) {
        m_db.m_failedBegin.clear();
        m_db.m_readOnly = false;
    }
    --m_db.m_depth;
    if (m_outer && m_db.m_afterTransaction)
        m_db.m_afterTransaction();
}

Status Transaction::commit()
{
    if (m_done)
        return {};
    m_done = true;
    if (!m_beginError.isEmpty())
        return Error::of(ErrorCode::Failed, m_beginError);
    if (!m_outer)
        return {};
    QSqlDatabase h = m_db.handle();
    if (m_db.m_rollbackOnly) {
        h.rollback();
        return Error::of(ErrorCode::Failed,
                         QCoreApplication::translate("Database", "An inner step failed; nothing was saved"));
    }
    if (!h.commit()) {
        const QSqlError e = h.lastError();
        h.rollback();
        const Error mapped = sqlError(e, QStringLiteral("COMMIT"), m_db.m_dialect);
        if (mapped.message == busyError().message)
            return mapped;
        return Error::of(ErrorCode::Failed,
                         QCoreApplication::translate("Database", "Cannot save: %1").arg(e.text()));
    }
    return {};
}

void Database::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    if (m_direct)
        sqlite3_busy_timeout(m_direct->db, ms);
    if (m_dialect == SqlDialect::Postgres && m_depth == 0) {
        QSqlQuery q(handle());
        q.exec(QStringLiteral("SET lock_timeout = %1").arg(ms));
    }
}

QString Database::begin(bool write)
{
    m_writeLocked = false;
    if (m_dialect == SqlDialect::Postgres) {
        // One lock order (docs/architecture.md): a write transaction takes the archive's write
        // lock before anything else, so writers run one after another and every later statement
        // (READ COMMITTED: a new snapshot each) sees what the one before committed. A lock not
        // granted within lock_timeout (55P03), or a serialization failure or deadlock reported
        // for it (40001, 40P01), ends that attempt; it is retried until the busy timeout, then
        // the user is told another desk is saving.
        QElapsedTimer waited;
        waited.start();
        QSqlDatabase h = handle();
        for (;;) {
            if (!h.transaction())
                return QCoreApplication::translate("Database", "Cannot start a transaction: %1")
                    .arg(h.lastError().text());
            if (!write) {
                // One snapshot for the whole read transaction, as on SQLite (READ COMMITTED would
                // take one per statement: `audit verify` could read the head before and the rows
                // after another desk's append). A transaction that only reads never fails to
                // serialize, and it takes no lock.
                QSqlQuery snapshot(h);
                if (snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
                    return {};
                const QString text = snapshot.lastError().text();
                snapshot.finish();
                h.rollback();
                return QCoreApplication::translate("Database", "Cannot start a transaction: %1").arg(text);
            }
            QSqlQuery lock(h);
            if (lock.exec(postgresWriteLockSql())) {
                m_writeLocked = true;
                return {};
            }
            const QSqlError e = lock.lastError();
            lock.finish();
            h.rollback();
            if (!isPostgresBusyState(e.nativeErrorCode()))
                return QCoreApplication::translate("Database", "Cannot start a transaction: %1")
                    .arg(e.text());
            if (waited.elapsed() >= m_busyTimeoutMs)
                return busyError().message;
            QThread::msleep(20);
        }
    }
    if (!m_direct) {
        QSqlDatabase h = handle();
        if (!h.transaction())
            return QCoreApplication::translate("Database", "Cannot start a transaction: %1")
                .arg(h.lastError().text());
        return {};
    }
    // BEGIN IMMEDIATE waits in SQLite's busy handler (the busy timeout); the loop covers the
    // busy answers SQLite gives without waiting (a log being recovered), up to the same time.
    const char* sql = write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED";
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const int rc = sqlite3_exec(m_direct->db, sql, nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK) {
            m_writeLocked = write;
            return {};
        }
        if (!isBusyCode(rc))
            return QCoreApplication::translate("Database", "Cannot start a transaction: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(m_direct->db)));
        if (waited.elapsed() >= m_busyTimeoutMs)
            return busyError().message;
        QThread::msleep(20);
    }
}

void Database::startBackgroundCheckpoints()
{
    if (m_checkpointer || m_dialect != SqlDialect::Sqlite || m_path.isEmpty() ||
        m_path == QLatin1String(":memory:"))
        return;
    sqlite3* h = sqlite();
    if (!h)
        return;
    m_checkpointer = Checkpointer::start(m_path);
    if (m_checkpointer)
        sqlite3_wal_hook(h, walHook, this); // replaces SQLite's automatic checkpoint
}

} // namespace ar
