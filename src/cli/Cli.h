#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ar {
class Clock;
}

namespace ar::cli {

// True when the arguments name a command (or --help/--version), i.e. the headless front-end.
bool isCommandLine(int argc, char** argv);
// Runs the command line in QCoreApplication::arguments(); returns the exit code of CLI.md.
// Whether the command paints (print): it needs a QGuiApplication, with no display the
// offscreen platform.
bool needsGui(int argc, char** argv);
// QGuiApplication takes "--session ID" (X11 session management) out of the arguments, and with
// it `print reconciliation --session S`'s value: joined as "--session=S" before the application
// is made, it stays for the command.
void joinSessionOption(int& argc, char** argv);
int run(QCoreApplication& app);
// The same in this process: `words` are the arguments after the program name, the output goes
// to `out` and `err`. Translators it installs are removed again, so it can be called many times
// (tests/cli/CliRunner.h calls it so; the environment variables of CLI.md are read as usual).
int run(const QStringList& words, QTextStream& out, QTextStream& err);
// Tests that call run() in their own process (tests/cli/CliRunner.h): the archive opens with
// `clock` (which must outlive the runs) instead of the system clock; nullptr gives the system
// clock back. The program never sets it, and a process of its own does not see it.
void setClockForTests(const Clock* clock);

} // namespace ar::cli
