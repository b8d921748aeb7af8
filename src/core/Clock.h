#pragma once

#include <QDate>
#include <QDateTime>
#include <QtGlobal>

namespace ar {

// Services ask the clock for "now", so tests can fix the date (due dates, retention, history).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stands still until told otherwise: for tests and for reproducible demo data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_now(std::move(at)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& at) { m_now = at; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// Called first in main(). Every local time (the clock, a timestamp turned to UTC) calls tzset();
// with TZ unset glibc then looks at /etc/localtime again, a stat() each time: an eighth of a
// roster import's CPU (issue #23). Naming the same default zone file makes tzset() a comparison of
// two strings. A TZ that is set (even empty, meaning UTC) is left as it is; Qt reads
// ":/etc/localtime" as the system's zone, as it reads an unset TZ.
inline void pinSystemTimeZone()
{
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
}

} // namespace ar
