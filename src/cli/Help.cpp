#include "Command.h"

namespace ar::cli {

const QList<Command>& allCommands()
{
    static const QList<Command> all =
        setupCommands() + userCommands() + registerCommands() + dossierCommands() + loanCommands() +
        printCommands() + importCommands() + auditCommands() + backupCommands() + destroyCommands() +
        reconcileCommands() + statusCommands() + serverCommands();
    return all;
}

int printHelp(Invocation& inv, const QStringList& topic)
{
    QTextStream& out = inv.out;
    if (!topic.isEmpty()) {
        bool any = false;
        for (const Command& c : allCommands()) {
            if (c.words.mid(0, topic.size()) != topic && topic.mid(0, c.words.size()) != c.words)
                continue;
            any = true;
            out << QStringLiteral("archiveroom [--db PATH] [--user LOGIN] [--json] ")
                << c.words.join(QLatin1Char(' ')) << QLatin1Char(' ') << QString::fromUtf8(c.usage)
                << Qt::endl
                << QStringLiteral("  ") << QCoreApplication::translate("Cli", c.summary) << Qt::endl
                << Qt::endl;
        }
        if (!any)
            return inv.usage(
                QCoreApplication::translate("Cli", "No help for: %1").arg(topic.join(QLatin1Char(' '))));
        return Ok;
    }
    out << QCoreApplication::translate("Cli",
                                       "ArchiveRoom %1 — the archive room of a property-management company")
               .arg(QStringLiteral(AR_VERSION))
        << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("Cli", "Usage: archiveroom [--db PATH] [--user LOGIN] [--json] "
                                              "[--lang zh_CN|en] [--read-only] COMMAND "
                                              "[ARGS]")
        << Qt::endl
        << QCoreApplication::translate("Cli", "Without a command the window opens. The password comes from "
                                              "ARCHIVEROOM_PASSWORD or is asked.")
        << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("Cli", "Commands:") << Qt::endl;
    for (const Command& c : allCommands())
        out << QStringLiteral("  %1  %2")
                   .arg(c.words.join(QLatin1Char(' ')), -16)
                   .arg(QCoreApplication::translate("Cli", c.summary))
            << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate("Cli", "Exit codes: 0 done, 1 failed, 2 usage error, 3 permission "
                                              "denied, 4 invalid input (nothing written), "
                                              "5 not found, 6 conflict")
        << Qt::endl
        << QCoreApplication::translate("Cli", "More: archiveroom help COMMAND") << Qt::endl;
    return Ok;
}

} // namespace ar::cli
