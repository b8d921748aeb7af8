// bench-bare-window: the start-up baseline of the BRIEF ("the sign-in window within 3x the
// start-up time of a bare Qt window"). A plain QWidget, shown, timed to its first paint; prints
// `bench: first-paint <ms since the process started>` (the clock archiveroom's signin-shown
// uses, ui/StartupProbe) to stderr and exits. archiveroom-bench also times both programs from the
// outside, spawn to that line, which has sub-millisecond resolution.
#include "ui/StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

using ar::ui::probe::msSinceProcessStart;
using ar::ui::probe::peakResidentKb;

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
            std::fprintf(stderr, "bench: first-paint %.1f\n", double(msSinceProcessStart()));
            std::fprintf(stderr, "bench: first-paint-since-main %.1f\n",
                         double(m_clock.nsecsElapsed()) / 1e6);
            std::fprintf(stderr, "bench: peak-rss-kb %lld\n", static_cast<long long>(peakResidentKb()));
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
