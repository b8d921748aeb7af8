#pragma once

#include <QApplication>
#include <QIcon>

namespace ar::ui {

// Sets up translations, opens the default database (first start: create the administrator,
// offer a demo estate), signs in and shows the main window. Returns app.exec()'s code.
int runGui(QApplication& app);
// The application's icon (packaging/icons, every hicolor size), for the windows' title bars.
QIcon appIcon();

} // namespace ar::ui
