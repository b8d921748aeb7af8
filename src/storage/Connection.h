#pragma once

#include "core/Sealed.h" // private to the services

// Inside the storage library only (Database.cpp, DatabaseSnapshot.cpp): opening the Qt
// connection an archive database is reached through.

#include "core/Result.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace ar::connection {

// A name for a new Qt connection, unique in the process.
inline QString newName()
{
    static QAtomicInt counter;
    return QStringLiteral("archiveroom-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Opens the connection `name` (added and set up by the caller); if that fails, removes it again
// and says why, naming the database as `shownAs` (a path or a location).
inline Status open(const QString& name, const QString& shownAs)
{
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.open())
            return {};
        why = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return Error::of(ErrorCode::Failed,
                     QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(shownAs, why));
}

} // namespace ar::connection
