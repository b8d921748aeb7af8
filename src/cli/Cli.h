#pragma once

#include <QCoreApplication>

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

} // namespace ar::cli
