#include "Database.h"

#include "StatementCache.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>

namespace ar {

namespace {
QAtomicInt g_connectionCounter;

Error sqlError(const QSqlError& e, const QString& sql)
{
    const QString text = e.text();
    if (e.nativeErrorCode() == QLatin1String("2067") || e.nativeErrorCode() == QLatin1String("1555") ||
        e.nativeErrorCode() == QLatin1String("23505") || text.contains(QLatin1String("UNIQUE constraint")))
        return Error::of(ErrorCode::Conflict,
                         QCoreApplication::translate("Database", "Already exists: %1").arg(text));
    return Error::of(
        ErrorCode::Failed,
        QCoreApplication::translate("Database", "Database error: %1 (in: %2)").arg(text, sql.left(120)));
}

// Qt's SQL drivers bind a null QString as SQL NULL, so an empty field that was never assigned
// (QString()) would break NOT NULL text columns. A QString is text: only an explicitly null
// QVariant (sqlh::nullableId/nullableDate) means NULL.
QVariant bindable(const QVariant& v)
{
    if (v.metaType() == QMetaType::fromType<QString>() && !v.isNull() && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}
} // namespace

Database::Database(QString connection, QString path, SqlDialect dialect)
    : m_connection(std::move(connection)), m_statements(std::make_unique<StatementCache>(m_connection)),
      m_path(std::move(path)), m_dialect(dialect)
{
}

Database::~Database()
{
    m_statements.reset(); // prepared statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    const QString name = QStringLiteral("archiveroom-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error::of(
                ErrorCode::Failed,
                QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(path, why));
        }
    }
    std::unique_ptr<Database> db(new Database(name, path, SqlDialect::Sqlite));
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON"}) {
        auto r = db->exec(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
    }
    return db;
}

Result<QSqlQuery> Database::exec(const QString& sql, std::initializer_list<QVariant> args)
{
    return exec(sql, QVariantList(args));
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& args)
{
    if (StatementCache::worthCaching(sql)) {
        QSqlError prepareError;
        std::unique_ptr<QSqlQuery> q = m_statements->take(sql, &prepareError);
        if (!q)
            return sqlError(prepareError, sql);
        for (int i = 0; i < int(args.size()); ++i)
            q->bindValue(i, bindable(args.at(i)));
        if (!q->exec()) {
            const Error e = sqlError(q->lastError(), sql);
            m_statements->giveBack(sql, std::move(q));
            return e;
        }
        return m_statements->lease(sql, std::move(q));
    }
    QSqlQuery q(handle());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), sql);
    for (const QVariant& a : args)
        q.addBindValue(bindable(a));
    if (!q.exec())
        return sqlError(q.lastError(), sql);
    return q;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& args)
{
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

Result<QVariant> Database::scalar(const QString& sql, std::initializer_list<QVariant> args)
{
    auto q = exec(sql, args);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.m_depth == 0) {
        m_outer = true;
        m_db.m_rollbackOnly = false;
        ++m_db.m_transactionSerial;
        QSqlDatabase h = m_db.handle();
        if (!h.transaction())
            m_beginError = QCoreApplication::translate("Database", "Cannot start a transaction: %1")
                               .arg(h.lastError().text());
    }
    ++m_db.m_depth;
}

Transaction::~Transaction()
{
    if (!m_done) {
        if (m_outer)
            m_db.handle().rollback();
        else
            m_db.m_rollbackOnly = true;
    }
    --m_db.m_depth;
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
        const QString why = h.lastError().text();
        h.rollback();
        return Error::of(ErrorCode::Failed,
                         QCoreApplication::translate("Database", "Cannot save: %1").arg(why));
    }
    return {};
}

Status Database::compact()
{
    if (m_dialect != SqlDialect::Sqlite || m_depth > 0)
        return {};
    for (const char* sql : {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        QSqlQuery q(handle());
        if (!q.exec(QString::fromLatin1(sql)))
            return Error::of(ErrorCode::Failed,
                             QCoreApplication::translate("Database", "Database error: %1 (in: %2)")
                                 .arg(q.lastError().text(), QString::fromLatin1(sql)));
    }
    return {};
}

} // namespace ar
