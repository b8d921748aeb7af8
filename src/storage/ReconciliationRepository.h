#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ar {

// A reconciliation session (R44): the range it checks and whether it is finished.
struct ReconSession
{
    qint64 id = 0;
    qint64 locationId = 0; // 0: the whole archive
    QString scope;         // the range's path at the start; empty for the whole archive
    QString status;        // open | finished
    QDateTime startedAt;
    QString startedBy; // display name
    QDateTime finishedAt;
    QString finishedBy;
    int expected = 0;
    int scanned = 0;
    bool finished() const { return status == QLatin1String("finished"); }
};

// One saved scan, as it was classified.
struct ReconScan
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString code;
    qint64 dossierId = 0;
    QString archiveNo; // empty for an unknown code
    QString title;
    QString result; // found | misplaced | on_loan | destroyed | unknown | duplicate
    QString place;  // the dossier's own place (for a misplaced one: where it belongs)
    qint64 loanId = 0;
    bool moved = false;
    QDateTime at;
};

// An expected dossier of a session with what became of it.
struct ReconExpected
{
    qint64 dossierId = 0;
    QString archiveNo;
    QString title;
    QString status;        // the dossier's status now
    qint64 locationId = 0; // its place now
    QString outcome;       // after the finish: missing | on_loan; empty otherwise
    bool scanned = false;
};

// A dossier found missing and not found since (R44).
struct MissingDossier
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString archiveNo;
    QString title;
    QString department; // the owning department of its category
    qint64 locationId = 0;
    QDate since;
    qint64 sessionId = 0;
};

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
