#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <algorithm>

// Small helpers shared by the repositories: turning query results into Results.
namespace ar::sqlh {

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes it, without its format machinery: dates are
// written with nearly every row (an import or the demo writes millions).
inline QString isoDate(const QDate& d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString::fromUtf16(text, 10);
}

inline QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// A stored time (ISO 8601, UTC) or NULL as a QDateTime (invalid for NULL), and back.
inline QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

inline QVariant nullableTime(const QDateTime& t)
{
    return t.isValid() ? QVariant(timestamp(t)) : QVariant(QMetaType::fromType<QString>());
}

// The room, unit and building of the dossier `d`, as r, u and b. Everywhere: LEFT joins, which
// keep the dossiers tied to no room. Where the query names an estate (or a building, unit or room
// of one), such a dossier cannot match, and inner joins let SQLite start from that estate's
// buildings and reach their dossiers by index; with LEFT joins it read every dossier of the archive
// for each estate or building asked (issue #23, a million households: the count of one estate's
// dossiers with missing items 3.9 s instead of 14 ms, a catalog's rows 2.5 s instead of 75 ms).
enum class PlaceJoin
{
    AnyDossier,
    InAnEstate
};
inline QString dossierPlaceJoin(PlaceJoin j)
{
    return j == PlaceJoin::InAnEstate
               ? QStringLiteral("JOIN rooms r ON r.id = d.room_id JOIN units u ON u.id = "
                                "r.unit_id JOIN buildings b ON b.id = u.building_id ")
               : QStringLiteral("LEFT JOIN rooms r ON r.id = d.room_id LEFT JOIN units u ON "
                                "u.id = r.unit_id LEFT JOIN buildings b ON b.id = "
                                "u.building_id ");
}

// Empty text stored as NULL.
inline QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline Result<qint64> insertedId(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::of(ErrorCode::Failed, QStringLiteral("INSERT returned no id"));
    return q.value().value(0).toLongLong();
}

inline Status done(const Result<QSqlQuery>& q)
{
    if (!q)
        return q.error();
    return {};
}
inline Status done(const Result<int>& changed)
{
    if (!changed)
        return changed.error();
    return {};
}

// The first column of every row, as text (names, codes, keys).
inline Result<QStringList> strings(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

template <typename T, typename F> Result<QList<T>> listOf(Result<QSqlQuery> q, F from)
{
    if (!q)
        return q.error();
    QList<T> out;
    while (q.value().next())
        out << from(q.value(), 0);
    return out;
}

template <typename T, typename F> Result<T> oneOf(Result<QSqlQuery> q, F from, const QString& what)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::of(ErrorCode::NotFound, what);
    return from(q.value(), 0);
}

// "?, ?, ?" for an IN list of n values.
inline QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

// Batches of ids (or other values) for `… WHERE id IN (…)`: at most kMaxInList per statement, and
// each batch padded (by repeating its last value, which changes no result) to 1, 4, 8, 16 … values, so a
// handful of statement texts serve every list length and stay in the statement cache.
constexpr qsizetype kMaxInList = 256;
struct InBatch
{
    QString placeholders;
    QVariantList args;
};
template <typename T> QList<InBatch> inBatches(const QList<T>& values)
{
    QList<InBatch> out;
    for (qsizetype from = 0; from < values.size(); from += kMaxInList) {
        const qsizetype n = std::min(kMaxInList, values.size() - from);
        qsizetype padded = n <= 1 ? 1 : 4;
        while (padded < n)
            padded *= 2;
        InBatch b;
        b.placeholders = placeholders(padded);
        for (qsizetype i = 0; i < padded; ++i)
            b.args << values.at(from + std::min(i, n - 1));
        out << b;
    }
    return out;
}
inline QList<InBatch> inBatches(std::initializer_list<qint64> ids)
{
    return inBatches(QList<qint64>(ids));
}

// Writes `count` rows of `columns` values (`row(i, args)` appends row i's) with the statement
// `head` + "(?, …), (?, …) …" + `tail`, head being "INSERT INTO t(a, b, c) VALUES ": statements of
// 64 rows, then of 32, 16 … 1 for the rest, so at most seven statement texts per table stay in the
// statement cache. Each row is what a single-row INSERT of the same values writes, in the same
// order (ids given by the table come out as they would one by one); for bulk writers (the demo,
// the search keys), where one statement per row cost more than SQLite's own work.
// `one` is a row's "(?, ?, …)", which may hold expressions of its values.
template <typename Row>
Status insertRows(Database& db, const QString& head, const QString& one, const QString& tail, qsizetype count,
                  Row row)
{
    constexpr qsizetype kRows = 64;
    QVariantList args;
    args.reserve(kRows * (one.count(QLatin1Char('?'))));
    qsizetype i = 0;
    for (qsizetype rows = kRows; rows >= 1; rows /= 2) {
        if (i + rows > count)
            continue;
        QString sql = head;
        sql.reserve(head.size() + rows * (one.size() + 2) + tail.size());
        for (qsizetype r = 0; r < rows; ++r) {
            if (r)
                sql += QStringLiteral(", ");
            sql += one;
        }
        sql += tail;
        for (; i + rows <= count; i += rows) {
            args.clear();
            for (qsizetype j = i; j < i + rows; ++j)
                row(j, args);
            if (auto r = db.write(sql, args); !r)
                return r.error();
        }
    }
    return {};
}
template <typename Row>
Status insertRows(Database& db, const QString& head, int columns, const QString& tail, qsizetype count,
                  Row row)
{
    return insertRows(db, head, QLatin1Char('(') + placeholders(columns) + QLatin1Char(')'), tail, count,
                      row);
}

} // namespace ar::sqlh
