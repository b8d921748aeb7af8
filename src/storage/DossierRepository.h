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
    // Department, retention, loan period and numbering rule of a category (R2, R10, R31, R40).
    Status updateCategory(const Category& c);
    // Hands out the next item number of a category and year; never the same twice.
    Result<int> nextSeq(const QString& category, int year);
    Result<qint64> insert(const Dossier& d, qint64 createdBy, const QDateTime& now);
    Result<QList<Dossier>> ofRoom(qint64 roomId);
    Result<QList<Dossier>> ofPerson(qint64 personId);
    Result<Dossier> byArchiveNo(const QString& archiveNo);
    Result<Dossier> byId(qint64 id);
    // Many dossiers in one query (search results), in no particular order; unknown ids are absent.
    Result<QList<Dossier>> byIds(const QList<qint64>& ids);

    Status setStatus(qint64 id, const QString& status);
    Status setLocation(qint64 id, qint64 locationId);
    // R42: kept apart as a former owner's dossier, destroyable from `eligible`.
    Status closeAsFormerOwner(qint64 id, const QDate& closedOn, const QDate& eligible);
    // The dossiers at a location (and, with `deep`, below it), in shelf order (R14):
    // building, unit, room (natural order), then archive number.
    Result<QList<Dossier>> atLocation(qint64 locationId);
    // Dossiers of the rooms of a building / unit (0 = any) of an estate, in shelf order (R14).
    Result<QList<Dossier>> inShelfOrder(qint64 estateId, qint64 buildingId, qint64 unitId,
                                        const QString& category = {});

private:
    Database& m_db;
};

} // namespace ar
