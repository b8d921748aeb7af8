#include "ui/StartupProbe.h"

#include <QEvent>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ar::ui::probe {

bool benchEnabled()
{
    return qEnvironmentVariable("ARCHIVEROOM_BENCH") == QLatin1String("1");
}

QString screenshotPath()
{
    return qEnvironmentVariable("ARCHIVEROOM_SCREENSHOT");
}

bool autoSignIn()
{
    return (benchEnabled() || !screenshotPath().isEmpty()) && qEnvironmentVariableIsSet("ARCHIVEROOM_USER") &&
           qEnvironmentVariableIsSet("ARCHIVEROOM_PASSWORD");
}

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after its ')' are plain numbers.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeAfterName = 19; // field 22 of proc(5), counted from field 3
    if (fields.size() <= StartTimeAfterName)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(StartTimeAfterName).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

void report(const char* what, double ms)
{
    if (!benchEnabled())
        return;
    std::fprintf(stderr, "bench: %s %.1f\n", what, ms);
    std::fflush(stderr);
}

namespace {
// Watches for the first Paint of a widget, then lets the event loop finish that paint
// before calling back.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget* w, std::function<void()> then) : QObject(w), m_then(std::move(then))
    {
        w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_fired = false;
};
} // namespace

void afterFirstPaint(QWidget* widget, std::function<void()> then)
{
    new FirstPaint(widget, std::move(then));
}

} // namespace ar::ui::probe
