// The 销毁清册 (P7) of a destruction batch: the printed list and its spreadsheet.
#include "DestructionService.h"
#include "ServiceDates.h"

#include "Context.h"

namespace ar {

using svc::day;

// --- the 销毁清册 (P7) ----------------------------------------------------------------------

Result<print::TableDoc> DestructionService::listDocument(qint64 batchId)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    auto b = loaded(batchId);
    if (!b)
        return b.error();
    print::TableDoc doc;
    doc.title = tr("Destruction list");
    doc.orientation = print::PageOrientation::Landscape;
    doc.subtitle << tr("Batch %1 · %2").arg(batchId).arg(destructionStatusLabel(b->status))
                 << tr("Reason: %1").arg(b->reason);
    doc.rightNote = tr("Printed on %1").arg(day(m_ctx.clock.today()));
    doc.columns = {{tr("No."), 0.5, Qt::AlignCenter},
                   {tr("Archive no."), 2.2, Qt::AlignLeft, true},
                   {tr("Title"), 3.2, Qt::AlignLeft},
                   {tr("Year"), 0.7, Qt::AlignCenter},
                   {tr("Retention"), 0.9, Qt::AlignCenter},
                   {tr("Pages"), 0.6, Qt::AlignCenter},
                   {tr("Reason for destruction"), 2.4, Qt::AlignLeft}};
    int n = 0;
    for (const DestructionEntry& e : b->entries)
        doc.rows << QStringList{QString::number(++n),
                                e.archiveNo,
                                e.title,
                                QString::number(e.year),
                                retentionLabel(e.retention),
                                QString::number(e.pages),
                                b->reason};
    auto approvalOf = [&](const QString& part) {
        for (const DestructionApproval& a : b->approvals)
            if (a.part == part)
                return tr("%1 %2").arg(a.by, day(a.at.toLocalTime().date()));
        return QString();
    };
    doc.footer << tr("Proposed by: %1 %2").arg(b->proposedBy, day(b->proposedAt.toLocalTime().date()));
    for (const QString& dept : b->departments())
        doc.footer << tr("Head of %1: %2").arg(dept, approvalOf(dept));
    doc.footer << tr("Company leader: %1").arg(approvalOf(kLeaderPart)) << tr("Witness: %1").arg(b->witness1)
               << tr("Witness: %1").arg(b->witness2) << tr("Destroyed by: %1").arg(b->executedBy)
               << tr("Date of destruction: %1").arg(day(b->executedOn)) << tr("Method: %1").arg(b->method);
    doc.footerColumns = 3;
    doc.pageFormat = tr("Page %1 of %2");
    return doc;
}

Result<ExportTable> DestructionService::listTable(qint64 batchId)
{
    auto doc = listDocument(batchId);
    if (!doc)
        return doc.error();
    ExportTable t;
    t.list = QStringLiteral("destruction-list");
    t.title = tr("Destruction list %1").arg(batchId);
    for (const print::Column& c : doc->columns)
        t.header << c.header;
    t.rows = doc->rows;
    // The signatures under the list, as on paper.
    t.rows << QStringList();
    for (const QString& line : doc->footer)
        t.rows << QStringList{line};
    return t;
}

QString destructionStatusLabel(const QString& status)
{
    if (status == QLatin1String("proposed"))
        return DestructionService::tr("proposed");
    if (status == QLatin1String("approved"))
        return DestructionService::tr("approved");
    if (status == QLatin1String("rejected"))
        return DestructionService::tr("rejected");
    if (status == QLatin1String("destroyed"))
        return DestructionService::tr("destroyed");
    return status;
}

} // namespace ar
