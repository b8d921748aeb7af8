#pragma once

#include "Database.h"
#include "core/Dossier.h"

namespace ar {

class DossierRepository
{
public:
    explicit DossierRepository(Database& db) : m_db(db) {}

    Result<Category> category(const QString& code);
    Result<QList<Category>> categories();
    // Hands out the next item number of a category and year; never the same twice.
    Result<int> nextSeq(const QString& category, int year);
    Result<qint64> insert(const Dossier& d, qint64 createdBy, const QDateTime& now);
    Result<QList<Dossier>> ofRoom(qint64 roomId);
    Result<QList<Dossier>> ofPerson(qint64 personId);
    Result<Dossier> byArchiveNo(const QString& archiveNo);
    Result<Dossier> byId(qint64 id);
    // Many dossiers in one query (search results), in no particular order; unknown ids are absent.
    Result<QList<Dossier>> byIds(const QList<qint64>& ids);

private:
    Database& m_db;
};

} // namespace ar
