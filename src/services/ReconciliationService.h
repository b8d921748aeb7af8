#pragma once

#include "Forward.h"
#include "ReconSessionService.h"
#include "core/PrintDocument.h"
#include "core/Reconciliation.h"

#include <QCoreApplication>

namespace ar {

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

// Monthly reconciliation (R44), beyond the sessions (ReconSessionService): the month's state and
// report, the missing dossiers the sessions recorded, kept open until a later scan finds them or a
// loss is reported (R34), and the reconciliation report of a session (P7). Reading and the report:
// the clerk, managers (their department's missing dossiers) and leaders.
class ReconciliationService
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationService)

public:
    ReconciliationService(Context& ctx, ReconSessionService& sessions);

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
    Context& m_ctx;
    ReconSessionService& m_sessions;
    ReconciliationRepository& m_repo; // the Context's
    LoanRepository& m_loans;
};

} // namespace ar
