#pragma once

#include "Forward.h"
#include "core/WorkCalendar.h"

#include <QCoreApplication>

namespace ar {

// The working-day calendar (R31): the shipped years with the years an administrator loaded, and
// the due date of a loan counted on it by its category's loan period. Its messages keep the
// LoanService translation context they had before the loan services were split.
class WorkCalendarService
{
    Q_DECLARE_TR_FUNCTIONS(LoanService)

public:
    explicit WorkCalendarService(Context& ctx);

    // R31: the shipped years with the years an administrator loaded on top.
    Result<WorkCalendar> workCalendar();
    // An administrator loads a year (own format or holiday-cn JSON); replaces that year.
    Result<CalendarYear> loadYear(const QByteArray& data, const QString& sourceName);
    struct Due
    {
        QDate date;
        QStringList warnings;
    };
    // The due date for a category's loan period counted from `from` (R31).
    Result<Due> dueDate(const QString& category, const QDate& from);

private:
    Context& m_ctx;
    LoanRepository& m_loans; // the Context's
};

} // namespace ar
