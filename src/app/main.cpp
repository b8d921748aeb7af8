// archiveroom: started plainly it opens the window; with a command it works headless (CLI.md).
#include "cli/Cli.h"
#include "ui/GuiMain.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>

int main(int argc, char** argv)
{
    // Both front-ends find the same default database: <AppDataLocation>/archiveroom.db.
    QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("ArchiveRoom"));
    if (argc > 1 && ar::cli::isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return ar::cli::run(app);
    }
    // The window honours the global options of the command line too.
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--db"))
            qputenv("ARCHIVEROOM_DB", argv[i + 1]);
        else if (!std::strcmp(argv[i], "--lang"))
            qputenv("ARCHIVEROOM_LANG", argv[i + 1]);
    }
    QApplication app(argc, argv);
    return ar::ui::runGui(app);
}
