#pragma once

#include "DossierService.h"
#include "Forward.h"
#include "PlaceService.h"
#include "core/PrintDocument.h"
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

// A place holding dossiers that no finished session of the month checked (R44).
struct ReconPlace
{
    qint64 locationId = 0;
    QString path;     // "档案室 › A柜 › 3层"
    int dossiers = 0; // the dossiers it holds directly
};

// The reconciliation of one month (R44): its sessions, whether together they covered every
// place that holds dossiers, and what they found missing.
struct ReconMonth
{
    QDate month;   // its first day
    QString state; // done | partly | not_started
    // Finished in the month, and open ones started in it; in the order they were started.
    QList<ReconSession> sessions;
    int finished = 0;
    QList<ReconPlace> uncovered; // in path order
    QList<ReconEntry> missing;   // found missing by the month's finished sessions, each dossier once
};

// What a scan became, at once (R44).
struct ReconScanResult
{
    ReconScan scan;
    QString note;          // the loan that has it out, "moved here" …
    QDate wasMissingSince; // a dossier missing since this day was found by this scan
};

// Monthly reconciliation (R44): sessions over the whole archive or a location subtree, scans
// saved and classified as they come, missing dossiers recorded at the finish and kept open until
// a later scan finds them or a loss is reported (R34). Work: the archive clerk; reading and the
// report: the clerk, managers (their department's missing dossiers) and leaders.
class ReconciliationService
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationService)

public:
    ReconciliationService(Context& ctx, PlaceService& places);

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

    // The month of `day` (R44): done when its finished sessions together covered every place
    // that holds dossiers (a session covers its place and everything in it), partly when some
    // session belongs to the month but a place is left, not started when none does. A session
    // belongs to the month it finished in (an open one: the month it started in).
    Result<ReconMonth> month(const QDate& day);
    // "done", "partly", "not_started" → 已完成, 部分完成, 未开始
    static QString monthStateLabel(const QString& state);

    // The day since which the dossier is missing (invalid when it is not).
    Result<QDate> missingSince(qint64 dossierId);
    // Missing dossiers not found since: all for the clerk and leaders, a manager's department's.
    Result<QList<MissingDossier>> missing();
    // R34 for a missing dossier that is not on loan: the written report is kept in its history,
    // the dossier becomes lost and its missing record is closed. One that is out is reported on
    // its loan (LoanService::reportLost).
    Result<Dossier> reportLost(const QString& archiveNo, const QString& report);

    // The reconciliation report (P7): the document (printed to A4 by PrintService,
    // PrintForm::Reconciliation, like every form) and the .xlsx; each is recorded.
    Result<print::TableDoc> reportDoc(qint64 sessionId);
    Status reportXlsx(qint64 sessionId, const QString& path);
    // The report of a month (P7): the month's state, the counts of its finished sessions, every
    // entry that is not simply in place with its session, and the places not reconciled.
    Result<print::TableDoc> monthReportDoc(const QDate& day);
    Status monthReportXlsx(const QDate& day, const QString& path);

    // Closes the open missing records of a dossier (a loss reported on its loan).
    static Status resolveMissing(Context& ctx, qint64 dossierId, const QString& how, qint64 sessionId = 0);

    // "found", "misplaced" … → 在位, 错架 …
    static QString resultLabel(const QString& result);

private:
    Status mayRead() const;
    Result<ReconSession> openSession(qint64 id);
    Result<QString> placeOf(qint64 locationId);
    Result<QSet<qint64>> range(const ReconSession& s);
    QString loanNote(qint64 loanId);
    Status audit(const ReconSession& s, const QString& step, const QString& archiveNo,
                 const QJsonObject& detail);

    Context& m_ctx;
    PlaceService& m_places;
    ReconciliationRepository& m_repo; // the Context's
    LoanRepository& m_loans;
};

} // namespace ar
