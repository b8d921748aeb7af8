#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Dossier.h"

namespace ar {

// Archive rooms › cabinets › shelves › boxes (R15).
class LocationRepository
{
public:
    explicit LocationRepository(Database& db) : m_db(db) {}

    Result<QList<Location>> all();
    Result<Location> byId(qint64 id);
    Result<qint64> insert(const Location& l);
    Status rename(qint64 id, const QString& name);
    // Puts a location (a box) under another parent, last in its order.
    Status setParent(qint64 id, qint64 parentId, int sortOrder);
    // "一号档案室 › A柜 › 第3层 › 12号盒" for a location (empty for 0).
    Result<QString> path(qint64 id);
    // The location given by its path written with '/' or '›' ("档案室/A柜/3层"), or NotFound.
    Result<qint64> byPath(const QString& path);
    Result<int> dossierCount(qint64 id);

private:
    Database& m_db;
};

} // namespace ar
