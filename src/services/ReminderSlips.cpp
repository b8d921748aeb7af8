// The reminder slip (催还单, R35): one A5 letter per overdue loan, to the borrower, printed by
// the print service like every other form and recorded with it, one record per loan chased.
#include "PrintService.h"

#include "Context.h"
#include "LoanService.h"

#include <QSet>
#include <QTimeZone>

namespace ar {

Result<PrintJob> PrintService::reminders(const PrintRequest& r)
{
    // Whom the user may chase is whom the overdue list shows them (clerks and leaders all,
    // managers their department's): the same call, the same checks.
    auto overdue = m_loans.overdue();
    if (!overdue)
        return overdue.error();
    const QSet<qint64> wanted(r.loans.cbegin(), r.loans.cend());
    QList<Loan> chased;
    for (const Loan& l : overdue.value())
        if (wanted.isEmpty() || wanted.contains(l.id))
            chased << l;
    for (qint64 id : r.loans) {
        bool found = false;
        for (const Loan& l : chased)
            found = found || l.id == id;
        if (!found)
            return Error::invalid(QStringLiteral("loan"), QString::number(id),
                                  tr("Loan %1 is not overdue, or not among the loans you may chase").arg(id));
    }
    if (chased.isEmpty())
        return Error::of(ErrorCode::NotFound, tr("No loan is overdue"));
    const QString today = m_ctx.clock.today().toString(Qt::ISODate);
    QList<print::LetterDoc> letters;
    PrintJob job;
    job.request = r;
    for (const Loan& l : chased) {
        print::LetterDoc d;
        d.title = tr("Reminder to return a dossier");
        d.reference = tr("Loan no. %1").arg(l.id);
        d.addressee = tr("To %1 (%2):").arg(l.borrowerName, l.department);
        d.paragraphs << tr("The dossier below is %n day(s) overdue. Please return it to the archive room at "
                           "once, or ask the approving head for an extension.",
                           nullptr, l.daysOverdue);
        d.facts << print::FormField{tr("Archive no.: "), l.archiveNo}
                << print::FormField{tr("Title: "), l.dossierTitle}
                << print::FormField{tr("Borrowed on: "),
                                    l.checkedOutAt.toTimeZone(m_ctx.clock.now().timeZone())
                                        .date()
                                        .toString(Qt::ISODate)}
                << print::FormField{tr("Due back on: "), l.due.toString(Qt::ISODate)}
                << print::FormField{tr("Purpose: "), l.purpose};
        d.sender = tr("Archive room");
        d.date = today;
        letters << d;
        job.loanIds << l.id;
        job.archiveNos << l.archiveNo;
    }
    job.entries = int(letters.size());
    job.description = tr("%1 · %n loan(s)", nullptr, job.entries).arg(printFormLabel(PrintForm::Reminders));
    job.document = letters;
    return job;
}

} // namespace ar
