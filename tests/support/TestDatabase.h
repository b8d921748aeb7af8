#pragma once

// Where a test's database lives: a SQLite file, or — in the PostgreSQL runs of the storage and
// services suites (ctest's TestX.pg, issue #24 item 7) — a fresh schema on the throwaway server
// that scripts/test.sh starts (scripts/pg-test-server.sh). Header-only, so that the storage
// tests, which link the storage library alone, use it too.

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace ar::test {

// The PostgreSQL run: tests/support/run-on-postgres.sh sets ARCHIVEROOM_TEST_BACKEND=postgresql
// when ARCHIVEROOM_TEST_PG names the test server (a postgresql:// location whose user may create
// schemas), and skips the run otherwise.
inline bool onPostgres()
{
    return qEnvironmentVariable("ARCHIVEROOM_TEST_BACKEND") == QLatin1String("postgresql") &&
           !qEnvironmentVariable("ARCHIVEROOM_TEST_PG").isEmpty();
}

// A location for a new, empty archive database. SQLite: `filePath` itself. PostgreSQL: a new
// schema in the test database, named after this process and a counter, as the location of the
// test server with the schema as search_path (every table of the archive is made in it). The
// schemas stay until the server is thrown away.
inline QString freshLocation(const QString& filePath)
{
    if (!onPostgres())
        return filePath;
    static QAtomicInt counter;
    const QString base = qEnvironmentVariable("ARCHIVEROOM_TEST_PG");
    const QString schema = QStringLiteral("t%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                               .arg(counter.fetchAndAddRelaxed(1));
    {
        auto admin = Database::openPostgres(base);
        if (!admin)
            qFatal("cannot reach the PostgreSQL test server %s: %s", qPrintable(base),
                   qPrintable(admin.error().message));
        if (auto r = admin.value()->exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)); !r)
            qFatal("cannot create the schema %s: %s", qPrintable(schema), qPrintable(r.error().message));
    }
    return base + (base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("options=-csearch_path%3D") + schema;
}

// Opens a new, empty database at freshLocation(filePath).
inline Result<std::unique_ptr<Database>> openFresh(const QString& filePath)
{
    return Database::open(freshLocation(filePath));
}

// An empty SQLite archive at the latest schema version, migrated once per test process: the
// fixtures start from copies of it instead of migrating each new file from version 0 (59 ms since
// migration 0031, whose column changes re-check the whole schema). The migrations themselves are
// tested from every version in TestStorageMigrations and through `archiveroom init`.
inline QString migratedTemplate()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString p = folder.filePath(QStringLiteral("template.db"));
        auto db = Database::openSqlite(p);
        if (!db)
            qFatal("cannot make the template archive: %s", qPrintable(db.error().message));
        if (auto s = Migrator(*db.value()).migrate(); !s)
            qFatal("cannot migrate the template archive: %s", qPrintable(s.error().message));
        return p; // closed here: the log is copied into the file and removed
    }();
    return path;
}

// The location of a new archive database at the latest schema version: a copy of the template on
// SQLite, a fresh schema on PostgreSQL (the caller migrates it: Archive::open or Migrator).
inline QString migratedLocation(const QString& filePath)
{
    const QString location = freshLocation(filePath);
    if (!onPostgres() && !QFile::copy(migratedTemplate(), location))
        qFatal("cannot copy the template archive to %s", qPrintable(location));
    return location;
}

// The sealed scans and photos an archive keeps, by content key (storage/ContentStore): the files
// of its folder on SQLite, the rows of `contents` on PostgreSQL.
inline QMap<QString, QByteArray> storedContents(Database& db)
{
    QMap<QString, QByteArray> out;
    if (db.isPostgres()) {
        auto q = db.exec(QStringLiteral("SELECT key, sealed FROM contents ORDER BY key"));
        if (!q)
            qFatal("cannot read the contents: %s", qPrintable(q.error().message));
        while (q.value().next())
            out.insert(q.value().value(0).toString(), q.value().value(1).toByteArray());
        return out;
    }
    QDirIterator it(db.filesFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        out.insert(QFileInfo(f.fileName()).fileName(), f.readAll());
    }
    return out;
}

// Replaces what is kept under `key` behind the program's back (a file changed on disk, a row
// changed with SQL): false if nothing is kept under it.
inline bool replaceStoredContent(Database& db, const QString& key, const QByteArray& sealed)
{
    if (db.isPostgres()) {
        auto r = db.write(QStringLiteral("UPDATE contents SET sealed = ? WHERE key = ?"), {sealed, key});
        return r && r.value() == 1;
    }
    QFile f(db.filesFolder() + QLatin1Char('/') + key.left(2) + QLatin1Char('/') + key);
    if (!f.exists() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(sealed) == sealed.size();
}

} // namespace ar::test
