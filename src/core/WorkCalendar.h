#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace ar {

// One date a State Council notice changes: a day off on a weekday (public holiday) or a
// working day on a weekend (make-up working day, 调休).
struct CalendarDay
{
    QDate date;
    bool off = true; // true: holiday; false: make-up working day
    QString name;    // 国庆节 …
};

// The dates of one year's notice (a notice is keyed by its year but may name a neighbouring
// year's date, e.g. 2022-12-31 in the 2023 notice).
struct CalendarYear
{
    int year = 0;
    QList<CalendarDay> days;
    QString source; // where the dates come from (the notice, a file name)
};

// The Chinese working-day calendar of R31: Monday–Friday, minus public holidays, plus make-up
// working days. A calendar year without a notice falls back to Monday–Friday; callers ask
// yearsWithoutData() to warn about it.
class WorkCalendar
{
public:
    // Adds (or replaces) the dates of one notice year.
    void setYear(const CalendarYear& y);
    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    const CalendarYear* year(int y) const;

    bool isWorkingDay(const QDate& d) const;
    // The date `n` working days after `from` (`from` itself is not counted); `from` when n <= 0.
    QDate addWorkingDays(const QDate& from, int n) const;
    // Working days after `from` up to and including `to` (0 when `to` <= `from`).
    int workingDaysBetween(const QDate& from, const QDate& to) const;
    // The calendar years from `from` to `to` (inclusive) that have no notice loaded.
    QList<int> yearsWithoutData(const QDate& from, const QDate& to) const;

    // The years shipped with the program (resources/calendar, compiled in). A shipped file
    // that does not parse is a build error caught by the tests; it is skipped here.
    static WorkCalendar shipped();

    // Reads one year: the project's own text format (see resources/calendar/README.md) or the
    // JSON of NateScarlet/holiday-cn ({year, papers, days: [{name, date, isOffDay}]}).
    // Errors name the line (row) and the value. An empty `days` list is an error: a year
    // without dates is not data.
    static Result<CalendarYear> parse(const QByteArray& data, const QString& sourceName = {});
    // The project's own text format, with `header` lines written as comments first.
    static QString format(const CalendarYear& y, const QStringList& header = {});

private:
    QMap<int, CalendarYear> m_years;
    QMap<QDate, bool> m_days; // date → off
};

} // namespace ar
