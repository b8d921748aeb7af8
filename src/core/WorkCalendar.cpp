#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ar {

namespace {

Error lineError(int line, const QString& value, const QString& message)
{
    Error e = Error::invalid(QStringLiteral("calendar"), value, message);
    e.row = line;
    return e;
}

Status checkDay(const CalendarYear& y, const CalendarDay& d, QSet<QDate>& seen, int line)
{
    if (!d.date.isValid())
        return lineError(
            line, {},
            QCoreApplication::translate("WorkCalendar", "Line %1: the date is not a valid YYYY-MM-DD date")
                .arg(line));
    if (qAbs(d.date.year() - y.year) > 1)
        return lineError(
            line, d.date.toString(Qt::ISODate),
            QCoreApplication::translate("WorkCalendar", "Line %1: %2 does not belong to the notice of %3")
                .arg(line)
                .arg(d.date.toString(Qt::ISODate))
                .arg(y.year));
    if (seen.contains(d.date))
        return lineError(line, d.date.toString(Qt::ISODate),
                         QCoreApplication::translate("WorkCalendar", "Line %1: %2 is listed twice")
                             .arg(line)
                             .arg(d.date.toString(Qt::ISODate)));
    seen.insert(d.date);
    return {};
}

Result<CalendarYear> parseJson(const QByteArray& data, const QString& sourceName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("calendar"), sourceName,
                              QCoreApplication::translate("WorkCalendar", "%1 is not a holiday file: %2")
                                  .arg(sourceName, pe.errorString()));
    const QJsonObject o = doc.object();
    CalendarYear y;
    y.year = o.value(QStringLiteral("year")).toInt();
    if (y.year < 1949 || y.year > 2200)
        return Error::invalid(
            QStringLiteral("year"), o.value(QStringLiteral("year")).toVariant().toString(),
            QCoreApplication::translate("WorkCalendar", "%1 names no valid year").arg(sourceName));
    QStringList papers;
    for (const QJsonValue& p : o.value(QStringLiteral("papers")).toArray())
        papers << p.toString();
    y.source = papers.isEmpty() ? sourceName : papers.join(QLatin1Char(' '));
    QSet<QDate> seen;
    int n = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("days")).toArray()) {
        ++n;
        const QJsonObject d = v.toObject();
        CalendarDay day{QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate),
                        d.value(QStringLiteral("isOffDay")).toBool(true),
                        d.value(QStringLiteral("name")).toString()};
        if (!d.value(QStringLiteral("isOffDay")).isBool())
            return lineError(
                n, d.value(QStringLiteral("date")).toString(),
                QCoreApplication::translate("WorkCalendar", "Entry %1: isOffDay must be true or false")
                    .arg(n));
        if (auto s = checkDay(y, day, seen, n); !s)
            return s.error();
        y.days << day;
    }
    return y;
}

Result<CalendarYear> parseText(const QByteArray& data, const QString& sourceName)
{
    static const QRegularExpression dayLine(QStringLiteral("^(\\S+)\\s+(off|work)(?:\\s+(.*))?$"));
    static const QRegularExpression yearLine(QStringLiteral("^year\\s+(\\d{4})$"));
    static const QRegularExpression sourceLine(QStringLiteral("^source\\s+(.+)$"));
    CalendarYear y;
    y.source = sourceName;
    QSet<QDate> seen;
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int line = i + 1;
        const QString l = lines.at(i).trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        if (auto m = yearLine.match(l); m.hasMatch()) {
            if (y.year)
                return lineError(
                    line, l,
                    QCoreApplication::translate("WorkCalendar", "Line %1: the year is given twice")
                        .arg(line));
            y.year = m.captured(1).toInt();
            continue;
        }
        if (auto m = sourceLine.match(l); m.hasMatch()) {
            y.source = m.captured(1).trimmed();
            continue;
        }
        const auto m = dayLine.match(l);
        if (!m.hasMatch())
            return lineError(line, l,
                             QCoreApplication::translate(
                                 "WorkCalendar",
                                 "Line %1: write \"YYYY-MM-DD off NAME\" or \"YYYY-MM-DD work NAME\", not %2")
                                 .arg(line)
                                 .arg(l));
        if (!y.year)
            return lineError(
                line, l,
                QCoreApplication::translate("WorkCalendar", "Line %1: the line \"year YYYY\" must come first")
                    .arg(line));
        CalendarDay day{QDate::fromString(m.captured(1), Qt::ISODate), m.captured(2) == QLatin1String("off"),
                        m.captured(3).trimmed()};
        if (auto s = checkDay(y, day, seen, line); !s) {
            Error e = s.error();
            e.value = m.captured(1);
            return e;
        }
        y.days << day;
    }
    if (!y.year)
        return Error::invalid(
            QStringLiteral("calendar"), sourceName,
            QCoreApplication::translate("WorkCalendar", "%1 has no line \"year YYYY\"").arg(sourceName));
    return y;
}

} // namespace

void WorkCalendar::setYear(const CalendarYear& y)
{
    m_years.insert(y.year, y);
    m_days.clear();
    for (const CalendarYear& each : std::as_const(m_years))
        for (const CalendarDay& d : each.days)
            m_days.insert(d.date, d.off);
}

const CalendarYear* WorkCalendar::year(int y) const
{
    auto it = m_years.constFind(y);
    return it == m_years.constEnd() ? nullptr : &it.value();
}

bool WorkCalendar::isWorkingDay(const QDate& d) const
{
    auto it = m_days.constFind(d);
    if (it != m_days.constEnd())
        return !it.value();
    return d.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(const QDate& from, int n) const
{
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++n;
    return n;
}

QList<int> WorkCalendar::yearsWithoutData(const QDate& from, const QDate& to) const
{
    QList<int> out;
    for (int y = from.year(); y <= to.year(); ++y)
        if (!hasYear(y))
            out << y;
    return out;
}

WorkCalendar WorkCalendar::shipped()
{
    WorkCalendar c;
    const QDir dir(QStringLiteral(":/calendar"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (auto y = parse(f.readAll(), name))
            c.setYear(y.value());
    }
    return c;
}

Result<CalendarYear> WorkCalendar::parse(const QByteArray& data, const QString& sourceName)
{
    const QByteArray trimmed = data.trimmed();
    auto y = trimmed.startsWith('{') ? parseJson(trimmed, sourceName) : parseText(data, sourceName);
    if (!y)
        return y;
    if (y->days.isEmpty())
        return Error::invalid(QStringLiteral("calendar"), QString::number(y->year),
                              QCoreApplication::translate(
                                  "WorkCalendar", "%1 lists no dates for %2: the notice is not published yet")
                                  .arg(sourceName)
                                  .arg(y->year));
    return y;
}

QString WorkCalendar::format(const CalendarYear& y, const QStringList& header)
{
    QString out;
    for (const QString& h : header)
        out += QStringLiteral("# %1\n").arg(h);
    out += QStringLiteral("year %1\n").arg(y.year);
    if (!y.source.isEmpty())
        out += QStringLiteral("source %1\n").arg(y.source);
    for (const CalendarDay& d : y.days)
        out += QStringLiteral("%1 %2 %3\n")
                   .arg(d.date.toString(Qt::ISODate), d.off ? QStringLiteral("off") : QStringLiteral("work"),
                        d.name);
    return out;
}

} // namespace ar
