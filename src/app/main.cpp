// archiveroom: started plainly it opens the window; with a command it works headless (CLI.md).
#include "cli/Cli.h"
#include "core/Clock.h"
#include "ui/GuiMain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>

#include <unistd.h>

int main(int argc, char** argv)
{
    ar::pinSystemTimeZone();
    // Both front-ends find the same default database: <AppDataLocation>/archiveroom.db.
    QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("ArchiveRoom"));
    if (argc > 1 && ar::cli::isCommandLine(argc, argv)) {
        if (ar::cli::needsGui(argc, argv)) {
            // Painting needs fonts, hence a GUI application; headless it needs no display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // Cron and ssh sessions have no runtime folder; the one Qt would choose, without its warning.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
                qputenv("XDG_RUNTIME_DIR", QByteArray("/tmp/archiveroom-runtime-") + QByteArray::number(getuid()));
            ar::cli::joinSessionOption(argc, argv);
            QGuiApplication app(argc, argv);
            return ar::cli::run(app);
        }
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
