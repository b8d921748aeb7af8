#pragma once

#include <QApplication>

namespace ar::ui {

// Sets up translations, opens the default database (first start: create the administrator,
// offer a demo estate), signs in and shows the main window. Returns app.exec()'s code.
int runGui(QApplication& app);

} // namespace ar::ui
