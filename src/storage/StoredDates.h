#pragma once

#include "core/Sealed.h" // private to the services

#include <QDateTime>
#include <QVariant>

// How dates and times are stored as numbers (issue #23: a smaller file). A calendar day is an
// INTEGER day number, the days since 1970-01-01 (2022-09-01 is 19236); a moment is an INTEGER
// (PostgreSQL: BIGINT) count of seconds since 1970-01-01T00:00:00Z. NULL stays NULL. SQLite keeps
// a day number in 2 or 3 bytes and a moment in 4, where the text took 10 and 20; both compare and
// sort as the text did (day numbers of one day are equal, later days are larger).
//
// The repositories convert at the storage boundary: the services keep QDate and QDateTime. Reading
// also takes the text the columns held before their migration (yyyy-MM-dd, ISO 8601 in UTC), so a
// value reads the same whichever way it is stored.
//
// Columns stored this way (docs/architecture.md, The PostgreSQL backend, "dates as numbers"):
// dossier_items.item_date, received_on, due_on, filed_on (days) and filed_at (seconds), since
// 0030_item_dates_as_numbers.sql; persons.move_in_date, occupancies.since, until, lease_from,
// lease_to (days) and persons/occupancies/dossiers.created_at (seconds), since
// 0031_register_dates_as_numbers.sql. Every other date is still text: a comparison across the two
// kinds (a number column = a text column) matches nothing, so convert one side in C++ first.
namespace ar::storeddates {

// QDate::toJulianDay() of 1970-01-01.
constexpr qint64 kEpochJulianDay = 2440588;

// Whether `v` is the text an older row holds (yyyy-MM-dd…), not a number (which a driver may
// give as text, a negative one with its sign).
inline bool isIsoText(const QVariant& v)
{
    if (v.typeId() != QMetaType::QString)
        return false;
    const QString text = v.toString();
    return text.size() >= 10 && text.at(4) == QLatin1Char('-');
}

// The day number of `d`, or NULL for an invalid date.
inline QVariant toDay(const QDate& d)
{
    return d.isValid() ? QVariant(qint64(d.toJulianDay() - kEpochJulianDay))
                       : QVariant(QMetaType::fromType<qint64>());
}

// A stored day (a day number, or yyyy-MM-dd text of an older file) as a date; invalid for NULL.
inline QDate fromDay(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (isIsoText(v))
        return QDate::fromString(v.toString(), Qt::ISODate);
    bool ok = false;
    const qint64 day = v.toLongLong(&ok);
    return ok ? QDate::fromJulianDay(day + kEpochJulianDay) : QDate();
}

// The seconds since the epoch of `t`, or NULL for an invalid time.
inline QVariant toEpoch(const QDateTime& t)
{
    return t.isValid() ? QVariant(qint64(t.toSecsSinceEpoch())) : QVariant(QMetaType::fromType<qint64>());
}

// A stored moment (seconds since the epoch, or ISO 8601 text of an older file) in UTC; invalid
// for NULL.
inline QDateTime fromEpoch(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (isIsoText(v))
        return QDateTime::fromString(v.toString(), Qt::ISODate);
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

} // namespace ar::storeddates
