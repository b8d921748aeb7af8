#pragma once

#include <QString>

namespace ar::cli::terminal {

// Asks on the terminal without echo. False when there is no terminal.
bool readSecret(const QString& prompt, QString* secret);
// Whether readSecret may use the terminal at all (default true). The tests that call the command
// line in-process switch it off: a run without a password must be refused as in a script, not
// wait for the developer's keyboard.
void setTerminalAllowed(bool allowed);

} // namespace ar::cli::terminal
