// bench-bare-window: the start-up baseline of the BRIEF ("the sign-in window within 3x the
// start-up time of a bare Qt window"). A plain QWidget, shown, timed to its first paint; prints
// `bench: first-paint <ms since the process started>` (the clock archiveroom's signin-shown
// uses, ui/StartupProbe) to stderr and exits. archiveroom-bench also times both programs from the
// outside, spawn to that line, which has sub-millisecond resolution.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process, as ui/StartupProbe measures it
// (/proc/self/stat starttime against CLOCK_BOOTTIME, 10 ms resolution); -1 if unavailable.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeAfterName = 19; // field 22 of proc(5), counted from field 3
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (fields.size() <= StartTimeAfterName || ticksPerSecond <= 0 ||
        clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double startMs =
        double(fields.at(StartTimeAfterName).toLongLong()) * 1000.0 / double(ticksPerSecond);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
}

// This process's own peak resident set in KiB (VmHWM), as ui/StartupProbe reads it; -1 if
// unavailable.
long long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class BareWindow : public QWidget
{
public:
    explicit BareWindow(const QElapsedTimer& clock) : m_clock(clock) {}

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().window());
        if (m_painted)
            return;
        m_painted = true;
        // Report once the paint has been flushed to the backing store: after this event.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr, "bench: first-paint %.1f\n", msSinceProcessStart());
            std::fprintf(stderr, "bench: first-paint-since-main %.1f\n",
                         double(m_clock.nsecsElapsed()) / 1e6);
            std::fprintf(stderr, "bench: peak-rss-kb %lld\n", peakResidentKb());
            std::fflush(stderr);
            QApplication::quit();
        });
    }

private:
    const QElapsedTimer& m_clock;
    bool m_painted = false;
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    BareWindow w(clock);
    w.setWindowTitle(QStringLiteral("bench-bare-window"));
    w.resize(480, 320);
    w.show();
    return app.exec();
}
