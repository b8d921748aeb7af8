#include "WorkCalendarService.h"

#include "Context.h"
#include "storage/LoanRepository.h"

#include "AuditService.h"
#include "UseCase.h"

#include <QJsonObject>

namespace ar {

WorkCalendarService::WorkCalendarService(Context& ctx) : m_ctx(ctx), m_loans(ctx.loans) {}

Result<WorkCalendar> WorkCalendarService::workCalendar()
{
    WorkCalendar c = WorkCalendar::shipped();
    auto loaded = m_loans.calendarYears();
    if (!loaded)
        return loaded.error();
    for (const CalendarYear& y : loaded.value())
        c.setYear(y);
    return c;
}

Result<WorkCalendarService::Due> WorkCalendarService::dueDate(const QString& category, const QDate& from)
{
    auto p = m_loans.period(category);
    if (!p)
        return p.error();
    Due due;
    if (p->days <= 0) {
        due.date = from; // R31: owner and tenant dossiers come back the same day
        return due;
    }
    if (!p->workingDays) {
        due.date = from.addDays(p->days);
        return due;
    }
    auto c = workCalendar();
    if (!c)
        return c.error();
    due.date = c->addWorkingDays(from, p->days);
    for (int y : c->yearsWithoutData(from, due.date))
        due.warnings
            << tr("No working-day calendar for %1 is loaded: counted Monday to Friday without the public "
                  "holidays. An administrator can load the year (借阅 → 载入工作日历).")
                   .arg(y);
    return due;
}

Result<CalendarYear> WorkCalendarService::loadYear(const QByteArray& data, const QString& sourceName)
{
    if (auto s = m_ctx.require(Permission::ConfigureArchive); !s)
        return s.error();
    auto y = WorkCalendar::parse(data, sourceName);
    if (!y)
        return y;
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<CalendarYear> {
        if (auto s = m_loans.putCalendarYear(y.value(), m_ctx.userId(), m_ctx.clock.now()); !s)
            return s.error();
        const QJsonObject d{{QStringLiteral("year"), y->year},
                            {QStringLiteral("dates"), int(y->days.size())},
                            {QStringLiteral("source"), y->source}};
        step.audit(AuditAction::Change, QStringLiteral("calendar"), y->year, {}, auditDetail(d));
        return y;
    });
}

} // namespace ar
