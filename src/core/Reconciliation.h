#pragma once

#include <QDate>
#include <QDateTime>
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

} // namespace ar
