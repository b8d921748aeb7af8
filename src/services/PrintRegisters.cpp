// Printing P4 and P5: the registers of loans and of copies over a period, gathered through the
// same permission checks and masked as the screen is (R20). Split from PrintForms.cpp.
#include "PrintService.h"
#include "ServiceDates.h"

#include "Context.h"
#include "print/Labels.h"

#include "AuditService.h"
#include "KeysByRole.h"
#include "UseCase.h"
#include "core/Masking.h"

namespace ar {

using svc::day;

// --- P4, P5 ----------------------------------------------------------------------------

Result<PrintJob> PrintService::borrowRegister(const PrintRequest& r)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    if (auto s = checkPeriod(r); !s)
        return s.error();
    auto loans = m_loans.list();
    if (!loans)
        return loans.error();
    QList<Loan> rows;
    for (const Loan& l : loans.value()) {
        // What left the shelves or was read in the room: not the requests still waiting, refused
        // or withdrawn before a decision.
        if (l.status == LoanStatus::Pending || l.status == LoanStatus::Rejected ||
            l.status == LoanStatus::Refused || l.status == LoanStatus::Approved ||
            l.status == LoanStatus::Withdrawn)
            continue;
        const QDate on = (l.checkedOutAt.isValid() ? l.checkedOutAt
                                                   : (l.decidedAt.isValid() ? l.decidedAt : l.requestedAt))
                             .toLocalTime()
                             .date();
        if (on < r.from || on > r.to)
            continue;
        rows << l;
    }
    std::sort(rows.begin(), rows.end(), [](const Loan& a, const Loan& b) {
        const QDateTime ta = a.checkedOutAt.isValid() ? a.checkedOutAt : a.requestedAt;
        const QDateTime tb = b.checkedOutAt.isValid() ? b.checkedOutAt : b.requestedAt;
        return ta != tb ? ta < tb : a.id < b.id;
    });
    print::TableDoc doc;
    doc.title = tr("Archive borrowing register");
    doc.orientation = print::PageOrientation::Landscape;
    doc.subtitle << tr("Period: %1 to %2").arg(day(r.from), day(r.to));
    doc.rightNote = tr("Printed on %1").arg(day(m_ctx.clock.today()));
    doc.columns = {
        {tr("Borrowed on"), 1.1, Qt::AlignCenter}, {tr("Borrower"), 1.1, Qt::AlignLeft},
        {tr("Department"), 1.1, Qt::AlignLeft},    {tr("Archive no."), 2.1, Qt::AlignLeft, true},
        {tr("Title"), 2.4, Qt::AlignLeft},         {tr("Purpose"), 1.6, Qt::AlignLeft},
        {tr("Approved by"), 1.0, Qt::AlignLeft},   {tr("Due"), 1.1, Qt::AlignCenter},
        {tr("Returned on"), 1.1, Qt::AlignCenter}, {tr("Borrower's signature"), 1.2, Qt::AlignLeft},
        {tr("Handled by"), 1.0, Qt::AlignLeft},    {tr("Remarks"), 1.3, Qt::AlignLeft}};
    for (const Loan& l : std::as_const(rows)) {
        QString note = accessModeLabel(l.mode);
        if (l.status == LoanStatus::Lost)
            note += QStringLiteral("，") + loanStatusLabel(l.status);
        else if (!l.returnCondition.isEmpty() && l.returnCondition != QLatin1String("complete"))
            note += QStringLiteral("，") + l.returnCondition;
        doc.rows << QStringList{day(l.checkedOutAt.isValid() ? l.checkedOutAt : l.requestedAt),
                                l.borrowerName,
                                l.department,
                                l.archiveNo,
                                l.dossierTitle,
                                l.purpose,
                                l.decidedByName,
                                day(l.due),
                                day(l.returnedAt),
                                {},
                                {},
                                note};
    }
    doc.blankRows = rows.isEmpty() ? 8 : 0;
    doc.footer = {tr("Entries: %1").arg(rows.size()), tr("Archive clerk:"), tr("Checked by:")};
    doc.pageFormat = tr("Page %1 of %2");
    PrintJob job;
    job.request = r;
    job.entries = rows.size();
    job.description = tr("%1 · %2 to %3").arg(doc.title, day(r.from), day(r.to));
    job.document = doc;
    return job;
}

Result<PrintJob> PrintService::copyRegister(const PrintRequest& r)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    if (auto s = checkPeriod(r); !s)
        return s.error();
    struct Line
    {
        QDateTime at;
        QStringList cells;
    };
    QList<Line> lines;
    auto loans = m_loans.list();
    if (!loans)
        return loans.error();
    for (const Loan& l : loans.value()) {
        if (l.mode == AccessMode::Copy || !l.checkedOutAt.isValid())
            continue;
        const QDate on = l.checkedOutAt.toLocalTime().date();
        if (on < r.from || on > r.to)
            continue;
        lines << Line{l.checkedOutAt,
                      {day(l.checkedOutAt),
                       l.borrowerName,
                       l.department,
                       l.archiveNo,
                       l.dossierTitle,
                       tr("Borrow"),
                       {},
                       l.purpose,
                       l.decidedByName,
                       day(l.returnedAt),
                       {},
                       {}}};
    }
    auto copies = m_loanRegisters.copyRegister();
    if (!copies)
        return copies.error();
    for (const CopyEntry& c : copies.value()) {
        const QDate on = c.madeAt.toLocalTime().date();
        if (on < r.from || on > r.to)
            continue;
        lines << Line{c.madeAt,
                      {day(c.madeAt),
                       c.borrowerName,
                       c.department,
                       c.archiveNo,
                       c.title,
                       tr("Copy"),
                       tr("pp. %1, %2 sheets × %3").arg(c.pages).arg(c.sheets).arg(c.copies),
                       c.purpose,
                       c.approverName,
                       {},
                       {},
                       c.note}};
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.at < b.at; });
    print::TableDoc doc;
    doc.title = tr("Record of borrowed and copied documents");
    doc.formCode = QStringLiteral("ZC-05/B05");
    doc.orientation = print::PageOrientation::Landscape;
    doc.subtitle << tr("Period: %1 to %2").arg(day(r.from), day(r.to));
    doc.rightNote = tr("Printed on %1").arg(day(m_ctx.clock.today()));
    doc.columns = {
        {tr("Date"), 1.1, Qt::AlignCenter},           {tr("Borrower / copier"), 1.2, Qt::AlignLeft},
        {tr("Department"), 1.1, Qt::AlignLeft},       {tr("Archive no."), 2.1, Qt::AlignLeft, true},
        {tr("Document"), 2.2, Qt::AlignLeft},         {tr("Borrow / copy"), 0.9, Qt::AlignCenter},
        {tr("Pages and copies"), 1.4, Qt::AlignLeft}, {tr("Purpose"), 1.5, Qt::AlignLeft},
        {tr("Approved by"), 1.0, Qt::AlignLeft},      {tr("Returned on"), 1.1, Qt::AlignCenter},
        {tr("Signature"), 1.1, Qt::AlignLeft},        {tr("Remarks"), 1.2, Qt::AlignLeft}};
    for (const Line& l : std::as_const(lines))
        doc.rows << l.cells;
    doc.blankRows = lines.isEmpty() ? 8 : 0;
    doc.footer = {tr("Entries: %1").arg(lines.size()), tr("Archive clerk:"), tr("Checked by:")};
    doc.pageFormat = tr("Page %1 of %2");
    PrintJob job;
    job.request = r;
    job.entries = lines.size();
    job.description = tr("%1 · %2 to %3").arg(doc.title, day(r.from), day(r.to));
    job.document = doc;
    return job;
}

} // namespace ar
