#pragma once

#include <QtGlobal>

#include <functional>

class QWidget;

namespace ar::ui::probe {

// Hooks for bench/ and for documentation screenshots, switched on by environment variables
// and inert otherwise:
//   ARCHIVEROOM_BENCH=1        print "bench: <what> <ms>" lines to stderr and quit once the
//                              main window has painted (bench/ parses these lines);
//   ARCHIVEROOM_SCREENSHOT=f   save the main window to f (PNG) once painted, then quit;
//   ARCHIVEROOM_SCREENSHOT_SEARCH=text  before the screenshot, search for text and open the
//                              first hit (so a room and its people are shown);
//   ARCHIVEROOM_SCREENSHOT_TYPE=text   then type text into the box (shows the list of hits);
//   ARCHIVEROOM_USER / ARCHIVEROOM_PASSWORD  in either mode, sign in with these instead of
//                              waiting for someone to type (the dialog is still shown).
bool benchEnabled();
QString screenshotPath();
// Whether the sign-in may be done from the environment (bench or screenshot mode only).
bool autoSignIn();

// Milliseconds since the kernel started this process (/proc/self/stat starttime against
// CLOCK_BOOTTIME; 10 ms resolution), -1 where that is not available.
qint64 msSinceProcessStart();
// This process's own peak resident set in KiB (VmHWM of /proc/self/status), -1 where that is not
// available. The bench reads it from the process itself: the rusage wait4() gives a spawned
// child starts from the spawning bench's own resident set.
qint64 peakResidentKb();
// "bench: <what> <ms>" (one decimal) on stderr when benchmarking.
void report(const char* what, double ms);

// Runs `then` once, from the event loop, right after `widget` has painted for the first time.
void afterFirstPaint(QWidget* widget, std::function<void()> then);

} // namespace ar::ui::probe
