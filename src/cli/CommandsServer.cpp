// pg-setup and migrate (issue #24 items 5 and 6): the IT person's commands for an archive as a
// whole. Neither signs in: the database server and the file system decide what they may do.
#include "Command.h"

#include "services/ServerAdmin.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace ar::cli {

namespace {

int runPgSetup(Invocation& inv)
{
    if (!inv.args.positional.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "pg-setup takes no words, only options: %1")
                             .arg(inv.args.positional.join(QLatin1Char(' '))));
    ServerAdmin::SetupOptions o;
    o.ownerRole = inv.args.value(QStringLiteral("owner-role"), o.ownerRole);
    o.deskRole = inv.args.value(QStringLiteral("desk-role"), o.deskRole);
    o.grant = inv.args.values(QStringLiteral("grant"));
    o.revoke = inv.args.values(QStringLiteral("revoke"));
    auto r = ServerAdmin::setupServer(inv.dbPath, o);
    if (!r)
        return inv.fail(r.error());
    const ServerAdmin::SetupReport& rep = r.value();
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("database"), rep.database},
                              {QStringLiteral("schema"), rep.schema},
                              {QStringLiteral("owner_role"), rep.ownerRole},
                              {QStringLiteral("desk_role"), rep.deskRole},
                              {QStringLiteral("created_roles"), QJsonArray::fromStringList(rep.createdRoles)},
                              {QStringLiteral("newly_owned"), QJsonArray::fromStringList(rep.newlyOwned)},
                              {QStringLiteral("granted"), QJsonArray::fromStringList(rep.granted)},
                              {QStringLiteral("revoked"), QJsonArray::fromStringList(rep.revoked)},
                              {QStringLiteral("members"), QJsonArray::fromStringList(rep.members)},
                              {QStringLiteral("from_version"), rep.fromVersion},
                              {QStringLiteral("schema_version"), rep.toVersion}});
        return Ok;
    }
    QTextStream& out = inv.out;
    out << QCoreApplication::translate("Cli", "The database %1 (schema %2) is ready for the desks.")
               .arg(rep.database, rep.schema)
        << Qt::endl;
    if (!rep.createdRoles.isEmpty())
        out << QCoreApplication::translate("Cli", "Roles created: %1")
                   .arg(rep.createdRoles.join(QLatin1String(", ")))
            << Qt::endl;
    if (!rep.newlyOwned.isEmpty())
        out << QCoreApplication::translate("Cli", "Tables given to %1: %2")
                   .arg(rep.ownerRole, rep.newlyOwned.join(QLatin1String(", ")))
            << Qt::endl;
    out << (rep.fromVersion == rep.toVersion
                ? QCoreApplication::translate("Cli", "Schema version %1 (up to date)").arg(rep.toVersion)
                : QCoreApplication::translate("Cli", "Schema upgraded from version %1 to %2")
                      .arg(rep.fromVersion)
                      .arg(rep.toVersion))
        << Qt::endl
        << QCoreApplication::translate("Cli",
                                       "Owner role: %1; desk role: %2 (the audit log only read and appended)")
               .arg(rep.ownerRole, rep.deskRole)
        << Qt::endl;
    if (!rep.granted.isEmpty())
        out << QCoreApplication::translate("Cli", "Now desks: %1").arg(rep.granted.join(QLatin1String(", ")))
            << Qt::endl;
    if (!rep.revoked.isEmpty())
        out << QCoreApplication::translate("Cli", "No longer desks: %1")
                   .arg(rep.revoked.join(QLatin1String(", ")))
            << Qt::endl;
    out << QCoreApplication::translate("Cli", "Desks (members of %1): %2")
               .arg(rep.deskRole,
                    rep.members.isEmpty() ? QStringLiteral("-") : rep.members.join(QLatin1String(", ")))
        << Qt::endl;
    return Ok;
}

int runMigrate(Invocation& inv)
{
    if (!inv.args.positional.isEmpty())
        return inv.usage(
            QCoreApplication::translate("Cli", "migrate takes no words, only --from and --to: %1")
                .arg(inv.args.positional.join(QLatin1Char(' '))));
    // --from defaults to the archive of --db (or ARCHIVEROOM_DB, or the default one).
    const QString from = inv.args.value(QStringLiteral("from"), inv.dbPath);
    const QString to = inv.args.value(QStringLiteral("to"));
    if (to.isEmpty())
        return inv.usage(
            QCoreApplication::translate("Cli", "migrate needs --to LOCATION (a new file or postgresql://…)"));
    // Progress for big archives: a line on stderr at most every two seconds.
    QElapsedTimer since;
    since.start();
    auto progress = [&inv, &since](const QString& table, qint64 done, qint64 total) {
        if (since.elapsed() < 2000)
            return;
        since.restart();
        inv.err << QCoreApplication::translate("Cli", "%1: %2 of %3 rows").arg(table).arg(done).arg(total)
                << Qt::endl;
    };
    auto r = ServerAdmin::migrate(from, to, progress);
    if (!r)
        return inv.fail(r.error());
    const ServerAdmin::MigrateReport& rep = r.value();
    if (inv.json) {
        QJsonArray tables;
        for (const ServerAdmin::TableCount& t : rep.tables)
            tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                      {QStringLiteral("source"), t.source},
                                      {QStringLiteral("target"), t.target}});
        inv.print(QJsonObject{{QStringLiteral("from"), rep.from},
                              {QStringLiteral("to"), rep.to},
                              {QStringLiteral("schema_version"), rep.schemaVersion},
                              {QStringLiteral("tables"), tables},
                              {QStringLiteral("rows"), rep.rows},
                              {QStringLiteral("files"), rep.files},
                              {QStringLiteral("audit_intact"), rep.auditIntact},
                              {QStringLiteral("audit_records"), rep.auditRecords},
                              {QStringLiteral("audit_last_hash"), rep.auditLastHash}});
        return Ok;
    }
    QTextStream& out = inv.out;
    out << QCoreApplication::translate("Cli", "Copied the archive %1 to %2 (schema version %3):")
               .arg(rep.from, rep.to)
               .arg(rep.schemaVersion)
        << Qt::endl;
    for (const ServerAdmin::TableCount& t : rep.tables)
        out << QStringLiteral("  %1 %2 = %3").arg(t.table, -28).arg(t.source, 10).arg(t.target, 10)
            << Qt::endl;
    out << QCoreApplication::translate("Cli",
                                       "%1 rows in %2 tables, the same on both sides; %3 files beside it")
               .arg(rep.rows)
               .arg(rep.tables.size())
               .arg(rep.files)
        << Qt::endl
        << QCoreApplication::translate("Cli", "Audit trail intact on the target: %1 records, last hash %2")
               .arg(rep.auditRecords)
               .arg(rep.auditLastHash)
        << Qt::endl
        << QCoreApplication::translate("Cli",
                                       "The source was not changed. Open the copy with: archiveroom --db %1")
               .arg(rep.to)
        << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> serverCommands()
{
    return {
        {{QStringLiteral("pg-setup")},
         QT_TRANSLATE_NOOP(
             "Cli", "Prepare a PostgreSQL database for the desks: roles, schema, rights (the audit log "
                    "append-only)"),
         "[--owner-role NAME] [--desk-role NAME] [--grant LOGIN]… [--revoke LOGIN]…",
         {QStringLiteral("owner-role"), QStringLiteral("desk-role"), QStringLiteral("grant"),
          QStringLiteral("revoke")},
         {QStringLiteral("json")},
         Command::Needs::Nothing,
         runPgSetup},
        {{QStringLiteral("migrate")},
         QT_TRANSLATE_NOOP("Cli",
                           "Copy a whole archive to another place: a file to a PostgreSQL database, or back "
                           "to a new file"),
         "[--from LOCATION] --to LOCATION",
         {QStringLiteral("from"), QStringLiteral("to")},
         {QStringLiteral("json")},
         Command::Needs::Nothing,
         runMigrate},
    };
}

} // namespace ar::cli
