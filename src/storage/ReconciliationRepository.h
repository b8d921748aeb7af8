#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Reconciliation.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ar {

// The tables of migration 0013: sessions, their expected dossiers, scans and missing records.
class ReconciliationRepository
{
public:
    explicit ReconciliationRepository(Database& db) : m_db(db) {}

    Result<qint64> insertSession(qint64 locationId, const QString& scope, const QDateTime& at, qint64 by);
    // The expected dossiers of the session: those at these places (every placed one when
    // `locationIds` is empty), neither destroyed nor lost. The number added.
    Result<int> fillExpected(qint64 sessionId, const QList<qint64>& locationIds, bool wholeArchive);
    Result<ReconSession> session(qint64 id);
    Result<QList<ReconSession>> sessions();
    Status finishSession(qint64 id, const QDateTime& at, qint64 by);

    Result<QList<ReconExpected>> expected(qint64 sessionId);
    Status setOutcome(qint64 sessionId, qint64 dossierId, const QString& outcome);

    Result<qint64> insertScan(const ReconScan& s, qint64 by);
    Result<QList<ReconScan>> scans(qint64 sessionId);
    // The scan of this dossier (or this unknown code) already in the session, if any.
    Result<bool> scannedBefore(qint64 sessionId, qint64 dossierId, const QString& code);
    Status setMoved(qint64 scanId);

    // Open missing records: of one dossier, or all (dossierId 0).
    Result<QList<MissingDossier>> openMissing(qint64 dossierId = 0);
    // The places that hold dossiers a session would expect (placed, neither destroyed nor
    // lost) with how many each holds directly: what the month's sessions must cover (R44).
    Result<QHash<qint64, int>> placesInUse();
    Status insertMissing(qint64 dossierId, qint64 sessionId, const QDate& since);
    // Closes the open missing records of the dossier; the number closed.
    Result<int> resolveMissing(qint64 dossierId, const QString& how, qint64 sessionId, const QDateTime& at,
                               qint64 by);

private:
    Database& m_db;
};

} // namespace ar
