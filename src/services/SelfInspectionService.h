#pragma once

#include "Forward.h"
#include "ReconciliationService.h"
#include "core/PrintDocument.h"

#include <QCoreApplication>

#include <optional>

namespace ar {

class BackupService;
class DestructionService;
class FilingService;
class PlaceService;
class LoanService;
class ViolationService;

// One line of a self-inspection list: its cells as shown, and what it is about.
struct InspectionRow
{
    QStringList cells;
    QString archiveNo; // the dossier (empty: none)
    qint64 loanId = 0; // the loan (0: none)
};

// One number of the self-inspection (R48) and the list behind it: the number is always the
// length of the list — except where the numbers alone were asked for (SelfInspectionService::
// Depth::Numbers) and a list was too long to read for its number: then `pending`.
struct InspectionItem
{
    QString key;         // as `status --json` names it: overdue, missing_items …
    QString label;       // 逾期未还 …
    bool shown = false;  // false: not the asking user's part (no number, no list)
    QStringList columns; // the cells' keys in JSON
    QStringList header;  // the cells' headings
    QList<InspectionRow> rows;
    // Depth::Numbers: not counted by inspect(); the caller counts it estate by estate
    // (SelfInspectionService::missingItemsIn), and the list is read when it is opened.
    bool pending = false;
    int count() const { return int(rows.size()); }
};

// The state of the archive at a glance (R48): each number with its list, the month's
// reconciliation (R44) and the age of the last backup (R46).
struct SelfInspection
{
    QDateTime at;                // when the state was read
    QDate day;                   // its day
    QDate month;                 // the month whose reconciliation and violations are reported (its first day)
    QList<InspectionItem> items; // in the order of the sheet
    std::optional<ReconMonth> reconciliation;
    QDateTime lastBackup;          // invalid: no backup yet
    qint64 backupAgeHours() const; // -1 without a backup
    // Missing items (R11) per building: "building" → dossiers, in shelf order.
    QList<QPair<QString, int>> missingByBuilding;
    const InspectionItem* item(const QString& key) const;
};

// Self-inspection (R48): what the manager checks each month — missing items (R11), late filings
// (R12), overdue and lost loans (R35, R34), approvals waiting (R23), damage to repair (R45), the
// month's reconciliation and the dossiers missing since one (R44), dossiers due for destruction
// and those on hold (R43), the month's violations (R49) and the last backup (R46) — read through
// the services that own each list, with their permissions and scopes. Managers and leaders see
// every part (loans, damage and missing dossiers of a manager's department only, as those
// services give them); the archive clerk every part but the approvals (heads decide, R23) and
// the violations (managers and leaders, R49); other roles are refused.
class SelfInspectionService
{
    Q_DECLARE_TR_FUNCTIONS(SelfInspectionService)

public:
    SelfInspectionService(Context& ctx, LoanService& loans, FilingService& filing, PlaceService& places,
                          DestructionService& destruction, ReconciliationService& reconciliation,
                          ViolationService& violations, BackupService& backups)
        : m_ctx(ctx), m_loans(loans), m_filing(filing), m_places(places), m_destruction(destruction),
          m_reconciliation(reconciliation), m_violations(violations), m_backups(backups)
    {
    }

    enum class Depth
    {
        Lists,  // every number with its list
        Numbers // the start screen's: the missing items (R11) left `pending`, since their list
                // holds a row for most dossiers of a large demo archive (seconds at 150,000
                // households, issue #23); the other lists are short and read as with Lists
    };
    // The state today; `month` (any day of it, default this month) picks the reconciliation and
    // violations reported. A month after this one is refused.
    Result<SelfInspection> inspect(const QDate& month = {}, Depth depth = Depth::Lists);
    // The number of dossiers of one estate with missing items (R11): the rows inspect()'s list
    // gives that estate. The start screen adds these up an estate at a time between events, so
    // that a large archive does not hold up the window.
    Result<int> missingItemsIn(qint64 estateId);
    // The printable monthly self-inspection sheet (A4): the numbers, each list cut after
    // `perList` lines ("…and N more"), the inspector's and the reviewer's signature lines.
    Result<print::TableDoc> sheet(const QDate& month, int perList = 8);
    // The keys of the items, in order (for usage messages).
    static QStringList keys();
    // Whether the signed-in user may inspect (the clerk, managers, leaders): for menus.
    bool available() const;

private:
    Status mayInspect();

    Context& m_ctx;
    LoanService& m_loans;
    FilingService& m_filing;
    PlaceService& m_places;
    DestructionService& m_destruction;
    ReconciliationService& m_reconciliation;
    ViolationService& m_violations;
    BackupService& m_backups;
};

} // namespace ar
