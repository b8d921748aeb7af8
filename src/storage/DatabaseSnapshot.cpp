// Backups (R46): a consistent copy of a running archive, and opening such a copy read-only.
// Kept apart from Database.cpp, which holds the connection's everyday workings.
#include "Database.h"

#include "Connection.h"

#include "StatementCache.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace ar {

namespace {
QAtomicInt g_readOnlyCounter;

Error failed(const QString& what, const QString& why)
{
    return Error::of(ErrorCode::Failed,
                     QCoreApplication::translate("Database", "Database error: %1 (in: %2)").arg(why, what));
}
} // namespace

Result<std::unique_ptr<Database>> Database::openSqliteReadOnly(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error::of(ErrorCode::NotFound,
                         QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                             .arg(path, QCoreApplication::translate("Database", "there is no such file")));
    const QString name = QStringLiteral("archiveroom-ro-%1").arg(g_readOnlyCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (auto s = connection::open(name, path); !s)
        return s.error();
    return std::unique_ptr<Database>(new Database(name, path, SqlDialect::Sqlite));
}

Status Database::snapshotInto(const QString& target)
{
    if (m_dialect != SqlDialect::Sqlite)
        return Error::of(ErrorCode::Failed, QStringLiteral("snapshots are made of SQLite files only"));
    if (m_depth > 0)
        return Error::of(ErrorCode::Failed, QStringLiteral("a snapshot is not taken inside a transaction"));
    QSqlQuery q(handle());
    const QString sql = QStringLiteral("VACUUM INTO ?");
    if (!q.prepare(sql))
        return failed(sql, q.lastError().text());
    q.addBindValue(target);
    if (!q.exec())
        return failed(sql, q.lastError().text());
    return {};
}

Result<QString> Database::integrityProblems()
{
    QSqlQuery q(handle());
    const QString sql = QStringLiteral("PRAGMA integrity_check");
    if (!q.exec(sql))
        return failed(sql, q.lastError().text());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace ar
