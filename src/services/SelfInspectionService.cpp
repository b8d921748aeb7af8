// Self-inspection (R48): every number read through the service that owns its list, so the
// number is the list's length and a list is scoped and permitted as it is everywhere else.
#include "SelfInspectionService.h"
#include "ServiceDates.h"

#include "Context.h"
#include "print/Table.h"

#include "BackupService.h"
#include "DestructionService.h"
#include "DossierService.h"
#include "FilingService.h"
#include "LoanService.h"
#include "PlaceService.h"
#include "ViolationService.h"

#include <QTimeZone>

namespace ar {

using svc::day;

namespace {

InspectionItem item(const char* key, const QString& label, bool shown, const QStringList& columns,
                    const QStringList& header)
{
    InspectionItem i;
    i.key = QString::fromLatin1(key);
    i.label = label;
    i.shown = shown;
    i.columns = columns;
    i.header = header;
    return i;
}

QStringList cols(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

qint64 SelfInspection::backupAgeHours() const
{
    return lastBackup.isValid() ? lastBackup.secsTo(at) / 3600 : -1;
}

const InspectionItem* SelfInspection::item(const QString& key) const
{
    for (const InspectionItem& i : items)
        if (i.key == key)
            return &i;
    return nullptr;
}

QStringList SelfInspectionService::keys()
{
    return cols({"missing_items", "late_filings", "overdue", "lost", "pending_approvals", "damaged",
                 "missing_dossiers", "reconciliation_sessions", "reconciliation_missing",
                 "reconciliation_uncovered", "destroy_candidates", "held", "violations"});
}

bool SelfInspectionService::available() const
{
    return m_ctx.can(Permission::FileDossiers) || m_ctx.can(Permission::ApproveLoans);
}

Status SelfInspectionService::mayInspect()
{
    // R48: the clerk, the department managers and the company leaders.
    if (available())
        return {};
    if (!m_ctx.user())
        return m_ctx.require(Permission::ApproveLoans);
    (void)m_ctx.require(Permission::ApproveLoans); // traced (R27)
    return Error::of(
        ErrorCode::PermissionDenied,
        tr("The self-inspection is for the archive clerk, department managers and company leaders"));
}

Result<int> SelfInspectionService::missingItemsIn(qint64 estateId)
{
    if (auto s = mayInspect(); !s)
        return s.error();
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.filing.missingCount(estateId);
}

Result<SelfInspection> SelfInspectionService::inspect(const QDate& month, Depth depth)
{
    if (auto s = mayInspect(); !s)
        return s.error();
    SelfInspection out;
    out.at = m_ctx.clock.now();
    out.day = out.at.date();
    const QDate asked = month.isValid() ? month : out.day;
    out.month = QDate(asked.year(), asked.month(), 1);
    if (out.month > out.day)
        return Error::invalid(
            QStringLiteral("month"), out.month.toString(QStringLiteral("yyyy-MM")),
            tr("Month %1 has not begun yet").arg(out.month.toString(QStringLiteral("yyyy-MM"))));
    const QDate monthEnd = out.month.addMonths(1).addDays(-1);
    const QTimeZone zone = m_ctx.clock.now().timeZone();

    // One snapshot: the numbers agree with each other.
    Transaction tx(m_ctx.db, Transaction::Mode::Read);
    if (auto s = tx.begin(); !s)
        return s.error();

    // R11: missing items of every estate, by building.
    InspectionItem missingItems =
        item("missing_items", tr("Dossiers with missing items"), m_ctx.can(Permission::ViewRegister),
             cols({"archive_no", "building", "room", "missing"}),
             {tr("Archive no."), tr("Building"), tr("Room"), tr("Missing items")});
    missingItems.pending = missingItems.shown && depth == Depth::Numbers;
    if (missingItems.shown && !missingItems.pending) {
        auto estates = m_ctx.estates.estates();
        if (!estates)
            return estates.error();
        for (const Estate& e : estates.value()) {
            auto rows = m_filing.missing(e.id);
            if (!rows)
                return rows.error();
            for (const FilingRepository::MissingRow& r : rows.value()) {
                QString building = r.room.section(QLatin1Char('-'), 0, 0);
                if (estates->size() > 1)
                    building = e.name + QLatin1Char(' ') + building;
                missingItems.rows << InspectionRow{
                    {r.dossier.archiveNo, building, r.room, r.missing.join(QStringLiteral("、"))},
                    r.dossier.archiveNo};
                if (out.missingByBuilding.isEmpty() || out.missingByBuilding.last().first != building)
                    out.missingByBuilding << qMakePair(building, 0);
                ++out.missingByBuilding.last().second;
            }
        }
    }
    out.items << missingItems;

    // R12: late filings (waiting past due, or filed after due in the last 30 days).
    InspectionItem late =
        item("late_filings", tr("Late filings"), m_ctx.can(Permission::ViewRegister),
             cols({"archive_no", "room", "item", "received", "due", "filed"}),
             {tr("Archive no."), tr("Room"), tr("Item"), tr("Received"), tr("Due"), tr("Filed")});
    if (late.shown) {
        auto rows = m_filing.lateFilings();
        if (!rows)
            return rows.error();
        for (const FilingRepository::QueueRow& r : rows.value())
            late.rows << InspectionRow{{r.archiveNo, r.room, r.item.title, day(r.item.receivedOn),
                                        day(r.item.dueOn),
                                        r.item.filed() ? day(r.item.filedAt, zone) : tr("not filed")},
                                       r.archiveNo};
    }
    out.items << late;

    // R35, R34, R23, R45: the loan desk's summary, as the start panel shows it.
    auto loans = m_loans.summary();
    if (!loans)
        return loans.error();
    InspectionItem overdue = item(
        "overdue", tr("Overdue loans"), true,
        cols({"loan", "archive_no", "borrower", "department", "due", "days_overdue"}),
        {tr("Loan"), tr("Archive no."), tr("Borrower"), tr("Department"), tr("Due"), tr("Days overdue")});
    for (const Loan& l : loans->overdue)
        overdue.rows << InspectionRow{{QString::number(l.id), l.archiveNo, l.borrowerName, l.department,
                                       day(l.due), QString::number(l.daysOverdue)},
                                      l.archiveNo,
                                      l.id};
    out.items << overdue;
    InspectionItem lost =
        item("lost", tr("Lost dossiers"), true, cols({"loan", "archive_no", "borrower", "lost_on", "report"}),
             {tr("Loan"), tr("Archive no."), tr("Borrower"), tr("Lost on"), tr("Report")});
    for (const Loan& l : loans->lost)
        lost.rows << InspectionRow{
            {QString::number(l.id), l.archiveNo, l.borrowerName, day(l.lostAt, zone), l.lostReport},
            l.archiveNo,
            l.id};
    out.items << lost;
    InspectionItem pending =
        item("pending_approvals", tr("Waiting for approval"), m_ctx.can(Permission::ApproveLoans),
             cols({"loan", "archive_no", "borrower", "department", "asks", "purpose"}),
             {tr("Loan"), tr("Archive no."), tr("Borrower"), tr("Department"), tr("Asks"), tr("Purpose")});
    if (pending.shown)
        for (const Loan& l : loans->awaiting)
            pending.rows << InspectionRow{{QString::number(l.id), l.archiveNo, l.borrowerName, l.department,
                                           l.extensionPending ? tr("an extension") : accessModeLabel(l.mode),
                                           l.purpose},
                                          l.archiveNo,
                                          l.id};
    out.items << pending;
    InspectionItem damaged =
        item("damaged", tr("Damage to repair"), true,
             cols({"archive_no", "condition", "note", "recorded_on", "department"}),
             {tr("Archive no."), tr("Condition"), tr("What"), tr("Recorded on"), tr("Department")});
    for (const DamageRecord& d : loans->damaged)
        damaged.rows << InspectionRow{
            {d.archiveNo, returnConditionLabel(d.condition), d.note, day(d.recordedAt, zone), d.department},
            d.archiveNo,
            d.loanId};
    out.items << damaged;

    // R44: missing since a reconciliation, and this month's sessions.
    InspectionItem missing = item("missing_dossiers", tr("Missing since a reconciliation"), true,
                                  cols({"archive_no", "title", "missing_since", "place"}),
                                  {tr("Archive no."), tr("Title"), tr("Missing since"), tr("Its place")});
    auto open = m_reconciliation.missing();
    if (!open)
        return open.error();
    for (const MissingDossier& m : open.value()) {
        auto place = m_places.locationPath(m.locationId);
        missing.rows << InspectionRow{{m.archiveNo, m.title, day(m.since), place ? place.value() : QString()},
                                      m.archiveNo};
    }
    out.items << missing;
    auto recon = m_reconciliation.month(out.month);
    if (!recon)
        return recon.error();
    out.reconciliation = recon.value();
    InspectionItem sessions =
        item("reconciliation_sessions", tr("Reconciliation sessions this month"), true,
             cols({"session", "range", "status", "started", "finished", "expected", "scanned"}),
             {tr("Session"), tr("Range"), tr("Status"), tr("Started"), tr("Finished"), tr("Expected"),
              tr("Scanned")});
    for (const ReconSession& s : recon->sessions)
        sessions.rows << InspectionRow{
            {QString::number(s.id), s.scope.isEmpty() ? tr("the whole archive") : s.scope,
             s.finished() ? tr("finished") : tr("open"), day(s.startedAt, zone), day(s.finishedAt, zone),
             QString::number(s.expected), QString::number(s.scanned)},
            {},
            0};
    out.items << sessions;
    InspectionItem monthMissing =
        item("reconciliation_missing", tr("Found missing this month"), true,
             cols({"archive_no", "title", "place"}), {tr("Archive no."), tr("Title"), tr("Its place")});
    for (const ReconEntry& e : recon->missing)
        monthMissing.rows << InspectionRow{{e.archiveNo, e.title, e.place}, e.archiveNo};
    out.items << monthMissing;
    InspectionItem uncovered = item("reconciliation_uncovered", tr("Places not reconciled this month"), true,
                                    cols({"place", "dossiers"}), {tr("Place"), tr("Dossiers")});
    for (const ReconPlace& p : recon->uncovered)
        uncovered.rows << InspectionRow{{p.path, QString::number(p.dossiers)}, {}, 0};
    out.items << uncovered;

    // R43: due for destruction, and kept out of it.
    InspectionItem candidates =
        item("destroy_candidates", tr("Due for destruction"), true,
             cols({"archive_no", "category", "title", "destroy_eligible"}),
             {tr("Archive no."), tr("Category"), tr("Title"), tr("Destroyable since")});
    auto cands = m_destruction.candidates();
    if (!cands)
        return cands.error();
    for (const DestructionCandidate& c : cands.value())
        candidates.rows << InspectionRow{{c.archiveNo, c.categoryName, c.title, day(c.destroyEligible)},
                                         c.archiveNo};
    out.items << candidates;
    InspectionItem held =
        item("held", tr("Dossiers on hold"), true,
             cols({"archive_no", "title", "reason", "placed_on", "placed_by"}),
             {tr("Archive no."), tr("Title"), tr("Reason"), tr("Placed on"), tr("Placed by")});
    auto holds = m_destruction.held();
    if (!holds)
        return holds.error();
    for (const HeldDossier& h : holds.value())
        held.rows << InspectionRow{{h.dossier.archiveNo, h.dossier.title, h.hold.reason,
                                    day(h.hold.placedAt, zone), h.hold.placedBy},
                                   h.dossier.archiveNo};
    out.items << held;

    // R49: the month's violations (they are records, never closed).
    InspectionItem violations =
        item("violations", tr("Violations this month"), m_ctx.can(Permission::RecordViolations),
             cols({"id", "at", "person", "what", "measure", "decided_by"}),
             {tr("No."), tr("Date"), tr("Person"), tr("What"), tr("Measure"), tr("Decided by")});
    if (violations.shown) {
        auto list = m_violations.list({}, out.month, monthEnd);
        if (!list)
            return list.error();
        for (const Violation& v : list.value()) {
            QString measure = v.measure;
            if (v.amountFen > 0)
                measure += QStringLiteral(" %1 元").arg(QString::number(double(v.amountFen) / 100));
            violations.rows << InspectionRow{
                {QString::number(v.id), day(v.at, zone), v.person, v.what, measure, v.decidedBy},
                v.archiveNo,
                v.loanId};
        }
    }
    out.items << violations;

    // R46: the last backup.
    auto last = m_backups.lastBackup();
    if (!last)
        return last.error();
    out.lastBackup = last.value();
    return out;
}

} // namespace ar
