#pragma once

// Dates as the services write them into forms, lists and reports: yyyy-MM-dd, empty for none.
// Internal to the services.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace ar::svc {

inline QString day(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// The day of a moment in local time, or in `zone`.
inline QString day(const QDateTime& t)
{
    return t.isValid() ? day(t.toLocalTime().date()) : QString();
}

inline QString day(const QDateTime& t, const QTimeZone& zone)
{
    return t.isValid() ? day(t.toTimeZone(zone).date()) : QString();
}

} // namespace ar::svc
