#pragma once

#include "DossierService.h"
#include "Forward.h"
#include "PlaceService.h"
#include "core/Reconciliation.h"

#include <QCoreApplication>

namespace ar {

// One entry of a reconciliation's lists: a dossier (or an unknown code) and where it belongs.
struct ReconEntry
{
    QString archiveNo; // the code as scanned for an unknown one
    QString title;
    QString place; // its place (for a misplaced one: where it belongs)
    QString note;  // the loan that has it out, "moved here" …
};

// The counts and lists of a session (R44, P7): live while it is open, as finished afterwards.
struct ReconTally
{
    ReconSession session;
    int expected = 0;
    int found = 0;
    int misplaced = 0;
    int onLoan = 0;
    int missing = 0;
    int unknown = 0;
    int destroyed = 0;
    int duplicate = 0;
    QList<ReconEntry> missingList; // open session: expected and not scanned yet
    QList<ReconEntry> misplacedList;
    QList<ReconEntry> onLoanList;
    QList<ReconEntry> unknownList;
    QList<ReconEntry> destroyedList;
};

// What a scan became, at once (R44).
struct ReconScanResult
{
    ReconScan scan;
    QString note;          // the loan that has it out, "moved here" …
    QDate wasMissingSince; // a dossier missing since this day was found by this scan
};

// The sessions of the monthly reconciliation (R44): a session over the whole archive or a location
// subtree, scans saved and classified as they come, the live counts, and the finish, which records
// the missing dossiers (kept open until a later scan finds them or a loss is reported: R34,
// ReconciliationService). Work: the archive clerk; reading: the clerk, managers and leaders. Its
// messages keep the ReconciliationService translation context.
class ReconSessionService
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationService)

public:
    ReconSessionService(Context& ctx, PlaceService& places);

    // Starts a session over the place at `locationPath` and everything below it ("档案室/A柜/3层",
    // as `location list` shows it); empty: the whole archive. Expected: every placed dossier in
    // the range that is neither destroyed nor lost, fixed now.
    Result<ReconSession> start(const QString& locationPath);
    Result<ReconSession> session(qint64 id);
    Result<QList<ReconSession>> sessions();
    // Classifies and saves one scanned code (a spine label's 档号): found, misplaced, on_loan,
    // destroyed, unknown or duplicate. A finished session takes no scans.
    Result<ReconScanResult> scan(qint64 sessionId, const QString& code);
    Result<QList<ReconScanResult>> scans(qint64 sessionId);
    // Ends the session: every expected dossier not scanned and not on loan is missing (a
    // missing-since record unless one is open already). The session is read-only afterwards.
    Result<ReconTally> finish(qint64 sessionId);
    Result<ReconTally> tally(qint64 sessionId);
    // A misplaced folder scanned in this (open) session moves into the session's place
    // (PlaceService::move, with its history).
    Status moveHere(qint64 sessionId, const QString& archiveNo);

private:
    Result<ReconSession> openSession(qint64 id);
    QString loanNote(qint64 loanId);

    Context& m_ctx;
    PlaceService& m_places;
    ReconciliationRepository& m_repo; // the Context's
    LoanRepository& m_loans;
};

} // namespace ar
