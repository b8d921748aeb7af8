#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Destruction.h"

#include <optional>

namespace ar {

// Holds, destruction batches and the erasure of a destroyed dossier's contents (R43).
class DestructionRepository
{
public:
    explicit DestructionRepository(Database& db) : m_db(db) {}

    Result<std::optional<DossierHold>> openHold(qint64 dossierId);
    // Every open hold, oldest first.
    Result<QList<DossierHold>> openHolds();
    Result<qint64> insertHold(qint64 dossierId, const QString& reason, qint64 userId, const QDateTime& now);
    Status releaseHold(qint64 holdId, qint64 userId, const QDateTime& now);

    // Dossiers that may have reached their destroyable day by `today`: not destroyed or lost,
    // and either with a destroyable day of their own (former owners) on or before it, or a
    // retention that is not permanent and ran out by its year (destroyEligibleOn: 1 January after
    // the dossier's year and its years of retention). A superset is fine; the caller decides.
    Result<QList<qint64>> possiblyDestroyable(const QDate& today);
    // An open loan of the dossier (see DestructionService: out, or a pending, approved or
    // in-room permission whose day has not passed): its id, status and borrower; 0 if none.
    struct OpenLoan
    {
        qint64 id = 0;
        QString status, borrower;
    };
    Result<OpenLoan> openLoan(qint64 dossierId, const QDate& today);
    // The open batch (proposed or approved) holding the dossier, other than `except`; 0 if none.
    Result<qint64> openBatchOf(qint64 dossierId, qint64 except = 0);
    // The pages of a dossier's items.
    Result<int> pages(qint64 dossierId);

    Result<qint64> insertBatch(const QString& reason, qint64 userId, const QDateTime& now);
    Status addToBatch(qint64 batchId, qint64 dossierId, int pages);
    Result<DestructionBatch> batch(qint64 id);
    Result<QList<qint64>> batchIds();
    Status insertApproval(qint64 batchId, const QString& part, qint64 userId, const QDateTime& now);
    Status setStatus(qint64 batchId, const QString& status);
    Status reject(qint64 batchId, const QString& reason, qint64 userId, const QDateTime& now);
    Status executed(qint64 batchId, const QString& method, const QDate& on, qint64 userId, qint64 witness1,
                    qint64 witness2, const QDateTime& now);

    // --- the tombstone (R43) ---
    // The scans of the dossier's items: content keys of rows removed here that no other
    // attachment shares (their files may go), after removing the rows and the items.
    Result<QStringList> eraseItems(qint64 dossierId);
    Status markDestroyed(qint64 dossierId, const QDate& on, qint64 batchId);
    // The day a dossier was destroyed and its batch.
    Result<std::pair<QDate, qint64>> tombstone(qint64 dossierId);
    // The people whose data a destroyed dossier held: its person and those whose tie to its room
    // ended with the dossier (co-owners at an owner change).
    Result<QList<qint64>> peopleOf(qint64 dossierId);
    // True when the person still has a current tie: a dossier not destroyed, or a room now.
    Result<bool> hasCurrentTie(qint64 personId, const QDate& today);
    // Removes the name, every sealed value, blind index, phone and search key of the person and
    // the history of their record; the row stays (ties and dossiers refer to it).
    Status erasePerson(qint64 personId);

private:
    Database& m_db;
};

} // namespace ar
