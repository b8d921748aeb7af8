#pragma once

#include "core/Sealed.h" // private to the services

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
    // Hands out the next `count` item numbers of a category and year, consecutive, and gives
    // the first; never the same number twice.
    Result<int> nextSeq(const QString& category, int year, int count = 1);
    Result<qint64> insert(const Dossier& d, qint64 createdBy, const QDateTime& now);
    // Many new dossiers (the demo): the rows and archive keys insert() writes for each, in the
    // same order and with the same ids, many rows per statement. Gives the first id.
    Result<qint64> insertMany(const QList<Dossier>& ds, qint64 createdBy, const QDateTime& now);
    // Those of `archiveNos` that a dossier already has (R10: a rule that gives a number in use).
    Result<QStringList> takenArchiveNos(const QStringList& archiveNos);
    Result<QList<Dossier>> ofRoom(qint64 roomId);
    Result<QList<Dossier>> ofPerson(qint64 personId);
    Result<Dossier> byArchiveNo(const QString& archiveNo);
    // Scanner-proof look-up (issue #20): the dossiers one of whose keys (scancode::archiveKeys)
    // is `key`, whole-number matches first, then in archive-number order; at most `limit`.
    struct KeyMatch
    {
        Dossier dossier;
        bool whole = false;
    };
    Result<QList<KeyMatch>> byArchiveKey(const QString& key, int limit);
    // (Search as you type finds dossiers by the same keys: SearchIndex::lookup.)
    // A file from before the keys: dossiers but no key (every dossier gets its keys when it is
    // inserted). Then addMissingArchiveKeys() keys them, once, when the file is opened; it gives
    // how many dossiers it keyed.
    Result<bool> needsArchiveKeys();
    Result<int> addMissingArchiveKeys();
    // Every dossier's keys written again from its number (the search index rebuilt,
    // SearchService::rebuildIndex); gives the number of dossiers.
    Result<int> rewriteArchiveKeys();
    Result<Dossier> byId(qint64 id);
    // Many dossiers in one query (search results), in no particular order; unknown ids are absent.
    Result<QList<Dossier>> byIds(const QList<qint64>& ids);

    Status setStatus(qint64 id, const QString& status);
    Status setLocation(qint64 id, qint64 locationId);
    // R42: kept apart as a former owner's dossier, destroyable from `eligible`.
    Status closeAsFormerOwner(qint64 id, const QDate& closedOn, const QDate& eligible);
    // A former owner's dossier that is lost (R34, R42): closed as of the owner change, its status
    // untouched; it becomes former_owner when it is found.
    Status closeKeepingStatus(qint64 id, const QDate& closedOn, const QDate& eligible);
    // The dossiers at a location (and, with `deep`, below it), in shelf order (R14):
    // building, unit, room (natural order), then archive number.
    Result<QList<Dossier>> atLocation(qint64 locationId);
    // Paper folders with no place yet (R15), in shelf order: neither destroyed nor lost.
    Result<QList<Dossier>> unplaced();

    // The dossiers (and with `withItems` their items) a catalog or label run covers, in shelf
    // order; destroyed dossiers are left out. One query, for catalogs of many thousand lines.
    Result<QList<ShelfEntry>> shelfEntries(const ShelfFilter& f);

private:
    Status addArchiveKeys(qint64 dossierId, const QString& archiveNo);

    Database& m_db;
};

} // namespace ar
