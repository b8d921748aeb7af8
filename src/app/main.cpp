// archiveroom: started plainly it opens the window; with a command it works headless (CLI.md).
#include "cli/Cli.h"
#include "ui/GuiMain.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char** argv)
{
    if (argc > 1 && ar::cli::isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return ar::cli::run(app);
    }
    QApplication app(argc, argv);
    return ar::ui::runGui(app);
}
