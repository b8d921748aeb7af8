#include "Terminal.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace ar::cli::terminal {

namespace {
bool g_allowed = true;
}

void setTerminalAllowed(bool allowed)
{
    g_allowed = allowed;
}

bool readSecret(const QString& prompt, QString* secret)
{
    if (!g_allowed || !isatty(STDIN_FILENO))
        return false;
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    *secret = QString::fromStdString(line);
    return true;
}

} // namespace ar::cli::terminal
