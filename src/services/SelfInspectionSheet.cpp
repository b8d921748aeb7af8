// The monthly self-inspection sheet (R48): an A4 table of the numbers with the first lines of
// each list, the month's reconciliation and the last backup above it, and the inspector's and
// the reviewer's signature lines. Printed through PrintService (PrintForm::SelfInspection).
#include "SelfInspectionService.h"

#include "Context.h"

#include <QTimeZone>

#include <algorithm>

namespace ar {

Result<print::TableDoc> SelfInspectionService::sheet(const QDate& month, int perList)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    auto state = inspect(month);
    if (!state)
        return state.error();
    const SelfInspection& si = state.value();
    const QString monthText = si.month.toString(QStringLiteral("yyyy-MM"));
    print::TableDoc doc;
    doc.title = tr("Monthly archive self-inspection sheet");
    const User& u = *m_ctx.user();
    doc.subtitle << tr("Month: %1").arg(monthText)
                 << tr("State of the archive on %1, as %2 (%3) sees it")
                        .arg(si.day.toString(QStringLiteral("yyyy-MM-dd")), u.displayName, roleLabel(u.role));
    if (si.reconciliation) {
        const ReconMonth& r = *si.reconciliation;
        doc.subtitle << tr("Reconciliation of the month: %1 — sessions finished %2 of %3, places not "
                           "reconciled %4, found missing %5")
                            .arg(ReconciliationService::monthStateLabel(r.state))
                            .arg(r.finished)
                            .arg(r.sessions.size())
                            .arg(r.uncovered.size())
                            .arg(r.missing.size());
    }
    doc.subtitle << (si.lastBackup.isValid() ? tr("Last backup: %1 (%2 hours ago)")
                                                   .arg(si.lastBackup.toTimeZone(si.at.timeZone())
                                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                                   .arg(si.backupAgeHours())
                                             : tr("Last backup: none"));
    doc.rightNote = tr("Printed on %1").arg(si.day.toString(QStringLiteral("yyyy-MM-dd")));
    doc.columns = {{tr("No."), 0.5, Qt::AlignCenter},
                   {tr("What is checked"), 2.0, Qt::AlignLeft},
                   {tr("Number"), 0.8, Qt::AlignCenter},
                   {tr("Details"), 6.7, Qt::AlignLeft}};
    const int limit = std::max(1, perList);
    for (const InspectionItem& i : si.items) {
        QStringList details;
        QString number;
        if (!i.shown) {
            number = QStringLiteral("—");
            details << tr("not part of what your role sees");
        } else {
            number = QString::number(i.count());
            for (int r = 0; r < std::min(limit, i.count()); ++r) {
                QStringList cells;
                for (const QString& c : i.rows.at(r).cells)
                    if (!c.isEmpty())
                        cells << c;
                details << cells.join(QStringLiteral(" · "));
            }
            if (i.count() > limit)
                details << tr("…and %1 more").arg(i.count() - limit);
        }
        doc.rows << QStringList{QString::number(doc.rows.size() + 1), i.label, number,
                                details.join(QLatin1Char('\n'))};
    }
    doc.footer = {tr("Inspected by (signature):"), tr("Reviewed by (signature):"), tr("Date:")};
    doc.footerColumns = 3;
    doc.pageFormat = tr("Page %1 of %2");
    return doc;
}

} // namespace ar
