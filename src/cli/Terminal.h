#pragma once

#include <QString>

namespace ar::cli::terminal {

// Asks on the terminal without echo. False when there is no terminal.
bool readSecret(const QString& prompt, QString* secret);

} // namespace ar::cli::terminal
