// `import owners FILE`, `export owners FILE` (CLI.md) and `export dossiers FILE`: Excel and CSV
// in and out.
#include "Command.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ar::cli {

namespace {

int importOwners(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "import owners FILE.xlsx|FILE.xls|FILE.csv"));
    const QString path = inv.args.positional.first();
    ImportService::Options o;
    o.estate = inv.args.value(QStringLiteral("estate"));
    o.sheet = inv.args.value(QStringLiteral("sheet"));
    o.dryRun = inv.args.has(QStringLiteral("dry-run"));
    o.onlyValid = inv.args.has(QStringLiteral("only-valid"));
    // Progress for big rosters (100,000 rows take seconds): a line on stderr at most every two
    // seconds. The service reports the check as the first half, the writing as the second.
    QElapsedTimer since;
    since.start();
    o.progress = [&inv, &since](int done, int outOf) {
        if (since.elapsed() < 2000 || outOf <= 0)
            return true;
        since.restart();
        const int rows = outOf / 2;
        inv.err
            << (done <= rows
                    ? QCoreApplication::translate("Cli", "Checking: row %1 of %2").arg(done).arg(rows)
                    : QCoreApplication::translate("Cli", "Writing: row %1 of %2").arg(done - rows).arg(rows))
            << Qt::endl;
        return true;
    };
    auto report = inv.archive->imports().importRoster(path, o);
    if (!report)
        return inv.fail(report.error());
    const ImportReport& r = report.value();
    if (inv.args.has(QStringLiteral("rejected")) && r.rejected > 0)
        if (auto s = inv.archive->imports().writeRejected(r, inv.args.value(QStringLiteral("rejected"))); !s)
            return inv.fail(s.error());
    if (inv.json) {
        QJsonArray errors, rows;
        for (const ImportRow& row : r.rows) {
            for (const Error& e : row.errors)
                errors << QJsonObject{{QStringLiteral("row"), row.row},
                                      {QStringLiteral("column"), e.field},
                                      {QStringLiteral("value"), e.value},
                                      {QStringLiteral("reason"), e.message}};
            rows << QJsonObject{{QStringLiteral("row"), row.row},
                                {QStringLiteral("room"), row.room},
                                {QStringLiteral("name"), row.name},
                                {QStringLiteral("action"), importActionCode(row.action)},
                                {QStringLiteral("new_room"), row.newRoom},
                                {QStringLiteral("changes"), QJsonArray::fromStringList(row.changes)}};
        }
        inv.print(QJsonObject{{QStringLiteral("file"), r.file},
                              {QStringLiteral("sheet"), r.sheet},
                              {QStringLiteral("header_row"), r.headerRow},
                              {QStringLiteral("added"), r.added},
                              {QStringLiteral("updated"), r.updated},
                              {QStringLiteral("unchanged"), r.unchanged},
                              {QStringLiteral("rejected"), r.rejected},
                              {QStringLiteral("written"), r.written},
                              {QStringLiteral("errors"), errors},
                              {QStringLiteral("rows"), rows}});
    } else {
        for (const ImportRow& row : r.rows)
            for (const Error& e : row.errors)
                inv.err << QCoreApplication::translate("Cli", "Row %1, %2 “%3”: %4").arg(row.row).arg(e.field, e.value, e.message) << Qt::endl;
        inv.out << QCoreApplication::translate("Cli", "%1, sheet %2 (header in row %3): %4 to add, %5 to update, %6 unchanged, %7 rejected")
                       .arg(r.file, r.sheet)
                       .arg(r.headerRow)
                       .arg(r.added)
                       .arg(r.updated)
                       .arg(r.unchanged)
                       .arg(r.rejected)
                << Qt::endl;
        if (r.written)
            inv.out << QCoreApplication::translate("Cli", "Imported.") << Qt::endl;
        else if (!o.dryRun && !r.rejected)
            inv.out << QCoreApplication::translate("Cli", "Nothing to change: everything in the file is on record.")
                    << Qt::endl;
        else if (o.dryRun)
            inv.out << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << Qt::endl;
        else if (r.rejected)
            inv.out << QCoreApplication::translate("Cli", "Nothing was imported: fix the rejected rows, or import the good ones with --only-valid.")
                    << Qt::endl;
    }
    if (r.rejected > 0 && !r.written)
        return Invalid;
    return Ok;
}

// Writes a list the service built: the file, then {"file", "rows"} or a line saying so.
int writeList(Invocation& inv, const Result<ExportTable>& table, const QString& path, const char* written)
{
    if (!table)
        return inv.fail(table.error());
    if (auto s = inv.archive->exports().write(table.value(), path); !s)
        return inv.fail(s.error());
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("rows"), int(table->rows.size())}});
    else
        inv.out << QCoreApplication::translate("Cli", written).arg(path).arg(table->rows.size()) << Qt::endl;
    return Ok;
}

int exportOwners(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "export owners FILE.xlsx|FILE.csv"));
    const QString path = inv.args.positional.first();
    return writeList(inv, inv.archive->exports().owners(inv.args.value(QStringLiteral("estate"))), path,
                     QT_TRANSLATE_NOOP("Cli", "%1 written: %2 owners"));
}

int exportTenants(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "export tenants FILE.xlsx|FILE.csv"));
    const QString path = inv.args.positional.first();
    return writeList(inv, inv.archive->exports().tenants(inv.args.value(QStringLiteral("estate"))), path,
                     QT_TRANSLATE_NOOP("Cli", "%1 written: %2 tenants"));
}

int exportDossiers(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "export dossiers FILE.xlsx|FILE.csv"));
    const QString path = inv.args.positional.first();
    return writeList(inv,
                     inv.archive->exports().dossiers(inv.args.value(QStringLiteral("estate")),
                                                     inv.args.value(QStringLiteral("building")),
                                                     inv.args.value(QStringLiteral("category"))),
                     path, QT_TRANSLATE_NOOP("Cli", "%1 written: %2 dossiers"));
}

} // namespace

QList<Command> importCommands()
{
    const auto o = [](const char* name) { return QString::fromLatin1(name); };
    return {
        {{o("import"), o("owners")},
         QT_TRANSLATE_NOOP(
             "Cli", "Import a handover roster of owners (and tenants, members, rooms) from .xlsx or .csv"),
         "FILE.xlsx|FILE.xls|FILE.csv [--estate CODE] [--sheet NAME] [--dry-run] [--only-valid] [--rejected "
         "FILE]",
         {o("estate"), o("sheet"), o("rejected")},
         {o("dry-run"), o("only-valid"), o("json")},
         Command::Needs::SignedIn,
         importOwners},
        {{o("export"), o("owners")},
         QT_TRANSLATE_NOOP("Cli", "Export the current owners to .xlsx or .csv (masked; audited)"),
         "FILE.xlsx|FILE.xls|FILE.csv [--estate CODE]",
         {o("estate")},
         {o("json")},
         Command::Needs::SignedIn,
         exportOwners},
        {{o("export"), o("tenants")},
         QT_TRANSLATE_NOOP("Cli",
                           "Export the current tenants with their lease to .xlsx or .csv (masked; audited)"),
         "FILE.xlsx|FILE.xls|FILE.csv [--estate CODE]",
         {o("estate")},
         {o("json")},
         Command::Needs::SignedIn,
         exportTenants},
        {{o("export"), o("dossiers")},
         QT_TRANSLATE_NOOP(
             "Cli",
             "Export the dossier list (catalog) of an estate or a building to .xlsx or .csv (audited)"),
         "FILE.xlsx|FILE.xls|FILE.csv [--estate CODE] [--building CODE] [--category CODE]",
         {o("estate"), o("building"), o("category")},
         {o("json")},
         Command::Needs::SignedIn,
         exportDossiers},
    };
}

} // namespace ar::cli
