// backup create, backup verify, backup restore: encrypted backups (R46).
#include "Command.h"
#include "Terminal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ar::cli {

namespace {

QString counts(const BackupManifest& m)
{
    return QCoreApplication::translate("Cli", "%1 persons, %2 dossiers, %3 scans, %4 audit records")
        .arg(m.persons)
        .arg(m.dossiers)
        .arg(m.scans)
        .arg(m.auditRecords);
}

int create(Invocation& inv)
{
    BackupService& backups = inv.archive->backups();
    const bool inFolder = inv.args.has(QStringLiteral("dir"));
    if (inFolder == !inv.args.positional.isEmpty() || inv.args.positional.size() > 1)
        return inv.usage(
            QCoreApplication::translate("Cli", "Name one backup file, or a folder with --dir (not both)"));
    if (!inFolder && inv.args.has(QStringLiteral("keep")))
        return inv.usage(QCoreApplication::translate(
            "Cli", "--keep goes with --dir: it says which backups of the folder to keep"));
    Result<BackupResult> r = Error{};
    if (inFolder) {
        BackupKeep keep;
        if (inv.args.has(QStringLiteral("keep"))) {
            const QString text = inv.args.value(QStringLiteral("keep"));
            const auto parsed = BackupKeep::parse(text);
            if (!parsed)
                return inv.fail(Error::invalid(
                    QStringLiteral("keep"), text,
                    QCoreApplication::translate(
                        "Cli", "--keep %1: write DAILY,WEEKLY,MONTHLY, e.g. 7,4,12 (at least one daily)")
                        .arg(text)));
            keep = *parsed;
        } else if (auto s = backups.settings()) {
            keep = s->keep;
        }
        r = backups.createInFolder(inv.args.value(QStringLiteral("dir")), keep);
    } else {
        r = backups.create(inv.args.positional.first());
    }
    if (!r)
        return inv.fail(r.error());
    const BackupResult& b = r.value();
    if (inv.json) {
        QJsonArray removed;
        for (const QString& f : b.removed)
            removed << f;
        inv.print(QJsonObject{{QStringLiteral("file"), b.file},
                              {QStringLiteral("bytes"), b.bytes},
                              {QStringLiteral("persons"), b.manifest.persons},
                              {QStringLiteral("dossiers"), b.manifest.dossiers},
                              {QStringLiteral("scans"), b.manifest.scans},
                              {QStringLiteral("audit_records"), b.manifest.auditRecords},
                              {QStringLiteral("created_at"), b.manifest.createdAt},
                              {QStringLiteral("removed"), removed}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli", "Backup written: %1 (%2 bytes): %3")
                   .arg(b.file)
                   .arg(b.bytes)
                   .arg(counts(b.manifest))
            << Qt::endl;
    for (const QString& f : b.removed)
        inv.out << QCoreApplication::translate("Cli", "Older backup removed: %1").arg(f) << Qt::endl;
    return Ok;
}

// The password of the user named by --user (or of any administrator or clerk in the backup),
// or the recovery key. False after printing why not; *exit is the exit code.
bool secret(Invocation& inv, BackupSecret* s, int* exit)
{
    if (qEnvironmentVariableIsSet("ARCHIVEROOM_RECOVERY_KEY")) {
        s->recoveryKey = qEnvironmentVariable("ARCHIVEROOM_RECOVERY_KEY");
        return true;
    }
    s->login = inv.login;
    if (qEnvironmentVariableIsSet("ARCHIVEROOM_PASSWORD")) {
        s->password = qEnvironmentVariable("ARCHIVEROOM_PASSWORD");
        return true;
    }
    const QString prompt =
        inv.login.isEmpty()
            ? QCoreApplication::translate("Cli", "Password of an administrator or clerk in the backup: ")
            : QCoreApplication::translate("Cli", "Password for %1: ").arg(inv.login);
    if (terminal::readSecret(prompt, &s->password))
        return true;
    *exit = inv.usage(QCoreApplication::translate(
        "Cli", "No password: set ARCHIVEROOM_PASSWORD (or ARCHIVEROOM_RECOVERY_KEY) or run on a terminal"));
    return false;
}

int verifyBackup(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "Name the backup file to check"));
    BackupSecret s;
    int exit = Ok;
    if (!secret(inv, &s, &exit))
        return exit;
    const QString file = inv.args.positional.first();
    auto r = BackupService::verify(file, s);
    if (!r)
        return inv.fail(r.error());
    const BackupCheck& c = r.value();
    if (inv.json) {
        QJsonObject o{{QStringLiteral("ok"), c.ok},
                      {QStringLiteral("problem"), c.ok ? QJsonValue() : QJsonValue(c.problem)},
                      {QStringLiteral("file"), file}};
        if (c.ok) {
            o.insert(QStringLiteral("persons"), c.manifest.persons);
            o.insert(QStringLiteral("dossiers"), c.manifest.dossiers);
            o.insert(QStringLiteral("scans"), c.manifest.scans);
            o.insert(QStringLiteral("audit_records"), c.manifest.auditRecords);
            o.insert(QStringLiteral("created_at"), c.manifest.createdAt);
            o.insert(QStringLiteral("created_by"), c.manifest.createdBy);
        }
        inv.print(o);
    }
    if (!c.ok) {
        inv.err << QCoreApplication::translate("Cli", "The backup %1 is not sound: %2").arg(file, c.problem)
                << Qt::endl;
        return Failed;
    }
    if (!inv.json)
        inv.out << QCoreApplication::translate("Cli", "The backup %1 is sound: made %2 by %3; %4")
                       .arg(file, c.manifest.createdAt, c.manifest.createdBy, counts(c.manifest))
                << Qt::endl;
    return Ok;
}

int restore(Invocation& inv)
{
    if (inv.args.positional.size() != 1 || !inv.args.has(QStringLiteral("to")))
        return inv.usage(QCoreApplication::translate(
            "Cli", "Name the backup file and the new archive: backup restore FILE --to PATH"));
    BackupSecret s;
    int exit = Ok;
    if (!secret(inv, &s, &exit))
        return exit;
    SystemClock clock;
    auto r = BackupService::restore(inv.args.positional.first(), s, inv.args.value(QStringLiteral("to")),
                                    clock, inv.dbPath);
    if (!r)
        return inv.fail(r.error());
    const RestoreResult& rr = r.value();
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("file"), rr.file},
                              {QStringLiteral("persons"), rr.manifest.persons},
                              {QStringLiteral("dossiers"), rr.manifest.dossiers},
                              {QStringLiteral("scans"), rr.manifest.scans},
                              {QStringLiteral("audit_records"), rr.manifest.auditRecords},
                              {QStringLiteral("created_at"), rr.manifest.createdAt}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli", "Restored into the new archive %1: %2")
                   .arg(rr.file, counts(rr.manifest))
            << Qt::endl
            << QCoreApplication::translate("Cli", "Open it with: archiveroom --db %1").arg(rr.file)
            << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> backupCommands()
{
    return {
        {{QStringLiteral("backup"), QStringLiteral("create")},
         QT_TRANSLATE_NOOP("Cli", "Write an encrypted backup of the whole archive (database and scans)"),
         "FILE | --dir DIR [--keep DAILY,WEEKLY,MONTHLY]",
         {QStringLiteral("dir"), QStringLiteral("keep")},
         {QStringLiteral("json")},
         Command::Needs::SignedIn,
         create},
        {{QStringLiteral("backup"), QStringLiteral("verify")},
         QT_TRANSLATE_NOOP("Cli", "Decrypt and check a backup completely; exit 1 names what is wrong"),
         "FILE",
         {},
         {QStringLiteral("json")},
         Command::Needs::Nothing,
         verifyBackup},
        {{QStringLiteral("backup"), QStringLiteral("restore")},
         QT_TRANSLATE_NOOP("Cli", "Restore a backup into a new archive file (never over an existing one)"),
         "FILE --to PATH",
         {QStringLiteral("to")},
         {QStringLiteral("json")},
         Command::Needs::Nothing,
         restore},
    };
}

} // namespace ar::cli
