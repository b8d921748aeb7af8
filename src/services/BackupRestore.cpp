#include "BackupService.h"

#include "Archive.h"
#include "AuditService.h"
#include "BackupFile.h"
#include "Context.h"
#include "UseCase.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace ar {

using namespace backupfile;

namespace {

// What the payload held, as read.
struct Payload
{
    QSet<QString> scanKeys;
    qint64 scanFiles = 0;
    qint64 scanBytes = 0;
    qint64 databaseBytes = 0;
};

// Walks the payload: the snapshot goes to `dbFile`; each scan is opened with the archive's
// file key (proving it decrypts) and, when `scanDir` is set, written there. Returns the
// problem found, empty when none; an Error for what is not the file's fault (disk full).
Result<QString> readPayload(QFile& f, const Header& h, const Opened& o, const QString& dbFile,
                            const QString& scanDir, const BackupProgress& progress)
{
    ChunkReader in(f,
                   h.format >= 2 ? backupcrypto::payloadKeyV2(o.operationalKey, h.salt)
                                 : backupcrypto::payloadKey(o.dataKey, h.salt),
                   h.hash);
    FieldCodec codec;
    if (h.format >= 2)
        codec.setOperationalKey(o.operationalKey, h.operationalKeys);
    else
        codec.setDataKey(o.dataKey);
    Payload seen;
    const qint64 total = h.manifest.databaseBytes + h.manifest.scanBytes;
    qint64 done = 0;
    bool haveDatabase = false;
    QByteArray head;
    while (true) {
        if (!in.read(1 + 2, &head))
            return in.problem();
        const char kind = head.at(0);
        QByteArray name;
        if (!in.read(qint64(getBE(head, 1, 2)), &name))
            return in.problem();
        QByteArray sizeBytes;
        if (!in.read(8, &sizeBytes))
            return in.problem();
        const qint64 size = qint64(getBE(sizeBytes, 0, 8));
        if (kind == kEntryEnd) {
            if (!in.atEnd())
                return in.problem();
            break;
        }
        if (kind == kEntryDatabase) {
            if (haveDatabase || size != h.manifest.databaseBytes)
                return BackupService::tr(
                           "The database in the backup does not match its manifest (%1 bytes, the manifest "
                           "says %2)")
                    .arg(size)
                    .arg(h.manifest.databaseBytes);
            QFile out(dbFile);
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error::of(ErrorCode::Failed,
                                 BackupService::tr("Cannot write %1: %2").arg(dbFile, out.errorString()));
            backupcrypto::Sha256 sha;
            QByteArray piece;
            for (qint64 left = size; left > 0;) {
                if (!in.read(std::min<qint64>(left, kChunkBytes), &piece))
                    return in.problem();
                sha.add(piece);
                if (out.write(piece) != piece.size())
                    return Error::of(ErrorCode::Failed,
                                     BackupService::tr("Cannot write %1: %2").arg(dbFile, out.errorString()));
                left -= piece.size();
                done += piece.size();
                if (progress && !progress(done, total))
                    return Error::of(ErrorCode::Failed, BackupService::tr("Cancelled"));
            }
            QByteArray digest;
            if (!in.read(32, &digest))
                return in.problem();
            if (digest != sha.finish())
                return BackupService::tr("The database in the backup does not match its checksum");
            if (!syncFile(out))
                return Error::of(ErrorCode::Failed,
                                 BackupService::tr("Cannot write %1: %2").arg(dbFile, out.errorString()));
            haveDatabase = true;
            seen.databaseBytes = size;
        } else if (kind == kEntryScan) {
            const QString key = QString::fromUtf8(name);
            static const QRegularExpression keyShape(QStringLiteral("^[0-9a-f]{8,128}$"));
            if (!keyShape.match(key).hasMatch() || seen.scanKeys.contains(key) || size > 256LL * 1024 * 1024)
                return BackupService::tr("Scan %1 of the backup is not what the backup should hold")
                    .arg(seen.scanFiles + 1);
            QByteArray sealed;
            if (!in.read(size, &sealed))
                return in.problem();
            QByteArray digest;
            if (!in.read(32, &digest))
                return in.problem();
            if (digest != crypto::sha256(sealed))
                return BackupService::tr("Scan %1 of the backup does not match its checksum")
                    .arg(key.left(12));
            if (!codec.openFile(sealed, key))
                return BackupService::tr("Scan %1 of the backup does not open with the archive's key")
                    .arg(key.left(12));
            if (!scanDir.isEmpty()) {
                const QString dir = scanDir + QLatin1Char('/') + key.left(2);
                QFile out(dir + QLatin1Char('/') + key);
                if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
                    out.write(sealed) != sealed.size() || !syncFile(out))
                    return Error::of(
                        ErrorCode::Failed,
                        BackupService::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
            }
            seen.scanKeys.insert(key);
            ++seen.scanFiles;
            seen.scanBytes += size;
            done += size;
            if (progress && !progress(done, total))
                return Error::of(ErrorCode::Failed, BackupService::tr("Cancelled"));
        } else {
            return BackupService::tr("The backup holds a part this version does not know: it was changed");
        }
    }
    if (!haveDatabase)
        return BackupService::tr("The backup holds no database");
    if (seen.scanFiles != h.manifest.scanFiles || seen.scanBytes != h.manifest.scanBytes)
        return BackupService::tr("The backup holds %1 scan files (%2 bytes); its manifest says %3 (%4 bytes)")
            .arg(seen.scanFiles)
            .arg(seen.scanBytes)
            .arg(h.manifest.scanFiles)
            .arg(h.manifest.scanBytes);
    // Every scan the snapshot refers to must be there.
    auto db = Database::openSqliteReadOnly(dbFile);
    if (!db)
        return BackupService::tr("The database in the backup cannot be opened: %1").arg(db.error().message);
    auto keys = db.value()->exec(storedFilesSql(*db.value()));
    if (!keys)
        return BackupService::tr("The database in the backup cannot be read: %1").arg(keys.error().message);
    while (keys.value().next())
        if (!seen.scanKeys.contains(keys.value().value(0).toString()))
            return BackupService::tr("A scan the database refers to is missing from the backup (%1)")
                .arg(keys.value().value(0).toString().left(12));
    return QString();
}

// The checks of the snapshot itself, read-only: integrity, the manifest's counts, the chain.
Result<QString> checkSnapshot(const QString& dbFile, const BackupManifest& manifest,
                              const SensitiveCodec& codec)
{
    auto db = Database::openSqliteReadOnly(dbFile);
    if (!db)
        return BackupService::tr("The database in the backup cannot be opened: %1").arg(db.error().message);
    auto integrity = db.value()->integrityProblems();
    if (!integrity)
        return BackupService::tr("The database in the backup cannot be checked: %1")
            .arg(integrity.error().message);
    if (!integrity.value().isEmpty())
        return BackupService::tr("The database in the backup is damaged: %1")
            .arg(integrity.value().left(300));
    auto m = describe(*db.value());
    if (!m)
        return m.error().message;
    const std::pair<const char*, std::pair<qint64, qint64>> counts[] = {
        {QT_TRANSLATE_NOOP("BackupService", "persons"), {m->persons, manifest.persons}},
        {QT_TRANSLATE_NOOP("BackupService", "dossiers"), {m->dossiers, manifest.dossiers}},
        {QT_TRANSLATE_NOOP("BackupService", "scans"), {m->scans, manifest.scans}},
        {QT_TRANSLATE_NOOP("BackupService", "audit records"), {m->auditRecords, manifest.auditRecords}},
        {QT_TRANSLATE_NOOP("BackupService", "schema version"), {m->schemaVersion, manifest.schemaVersion}},
    };
    for (const auto& [what, values] : counts)
        if (values.first != values.second)
            return BackupService::tr("The database in the backup has %1 %2; its manifest says %3")
                .arg(values.first)
                .arg(BackupService::tr(what))
                .arg(values.second);
    if (m->auditHead != manifest.auditHead)
        return BackupService::tr("The audit trail in the backup does not end where its manifest says");
    AuditRepository trail(*db.value());
    auto chain = AuditService::verifyChain(trail, &codec); // the keyed seal too
    if (!chain)
        return BackupService::tr("The audit trail in the backup cannot be read: %1")
            .arg(chain.error().message);
    if (!chain->intact())
        return BackupService::tr("The audit trail in the backup is broken: %1").arg(chain->message);
    return QString();
}

// The payload unpacked into `dbFile` (and the scans into `scanDir`, if given) and the snapshot
// checked against the manifest, its audit trail's keyed seal included. The data key moves into
// `sealer` (whose keys are wiped with it) and is wiped from `o`. The problem found, or empty.
Result<QString> unpackAndCheck(QFile& f, const Header& h, Opened& o, const QString& dbFile,
                               const QString& scanDir, const BackupProgress& progress, FieldCodec& sealer)
{
    auto problem = readPayload(f, h, o, dbFile, scanDir, progress);
    if (h.format >= 2)
        sealer.setOperationalKey(o.operationalKey, h.operationalKeys);
    else
        sealer.setDataKey(o.dataKey);
    crypto::wipe(o.dataKey);
    crypto::wipe(o.operationalKey);
    if (problem && problem->isEmpty())
        problem = checkSnapshot(dbFile, h.manifest, sealer);
    return problem;
}
} // namespace

// --- checking -------------------------------------------------------------------------------------------

Result<BackupCheck> BackupService::check(const QString& file, const BackupSecret& secret,
                                         const BackupProgress& progress)
{
    auto r = verify(file, secret, progress);
    if (!r)
        return r.error();
    if (auto recorded = recordCheck(file, r.value()); !recorded)
        return recorded.error();
    return r;
}

Status BackupService::recordCheck(const QString& file, const BackupCheck& check)
{
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(file).fileName()},
                             {QStringLiteral("ok"), check.ok},
                             {QStringLiteral("created_at"), check.manifest.createdAt}};
    return AuditService(m_ctx).record(AuditAction::BackupVerify, QStringLiteral("backup"), 0, {},
                                      auditDetail(detail), check.problem);
}

Status BackupService::recordRestore(const QString& file, const QString& restoredTo)
{
    if (auto s = m_ctx.require(Permission::RestoreBackup); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(file).fileName()},
                             {QStringLiteral("restored_to"), restoredTo}};
    return AuditService(m_ctx).record(AuditAction::Restore, QStringLiteral("backup"), 0, {},
                                      auditDetail(detail));
}

// --- reading --------------------------------------------------------------------------------------------

Result<BackupManifest> BackupService::readManifest(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::NotFound,
                         BackupService::tr("Cannot read %1: %2").arg(file, f.errorString()));
    auto h = readHeader(f);
    if (!h)
        return h.error();
    return h->manifest;
}

Result<BackupCheck> BackupService::verify(const QString& file, const BackupSecret& secret,
                                          const BackupProgress& progress)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::NotFound,
                         BackupService::tr("Cannot read %1: %2").arg(file, f.errorString()));
    BackupCheck check;
    auto h = readHeader(f);
    if (!h) {
        check.problem = h.error().message;
        return check;
    }
    check.manifest = h->manifest;
    auto opened = unlock(h.value(), secret);
    if (!opened) {
        if (opened.error().code != ErrorCode::PermissionDenied)
            return opened.error();
        check.problem = opened.error().message;
        return check;
    }
    auto temp = privateTempDir({}, QStringLiteral("archiveroom-verify"));
    if (!temp)
        return Error::of(
            ErrorCode::Failed,
            BackupService::tr("Cannot create a private temporary folder in %1").arg(QDir::tempPath()));
    const QString dbFile = temp->filePath(QStringLiteral("snapshot.db"));
    FieldCodec sealer;
    auto problem = unpackAndCheck(f, h.value(), opened.value(), dbFile, {}, progress, sealer);
    if (!problem)
        return problem.error();
    check.problem = problem.value();
    check.ok = check.problem.isEmpty();
    return check;
}

Result<RestoreResult> BackupService::restore(const QString& file, const BackupSecret& secret,
                                             const QString& target, const Clock& clock, const QString& inUse,
                                             const BackupProgress& progress)
{
    if (target.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("to"), target,
                              BackupService::tr("Say where the restored archive goes"));
    const QFileInfo to(target);
    const QString path = to.absoluteFilePath();
    if (!inUse.isEmpty() && QFileInfo(inUse).absoluteFilePath() == path)
        return Error::of(
            ErrorCode::Conflict,
            BackupService::tr("%1 is the archive in use; a backup is restored into a new file").arg(target));
    if (to.exists() || QFileInfo::exists(path + QStringLiteral(".files")))
        return Error::of(
            ErrorCode::Conflict,
            BackupService::tr("%1 exists already; a backup is restored into a new file, never over one")
                .arg(target));
    if (!to.absoluteDir().exists())
        return Error::invalid(QStringLiteral("to"), target,
                              BackupService::tr("The folder %1 does not exist").arg(to.absolutePath()));

    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::NotFound,
                         BackupService::tr("Cannot read %1: %2").arg(file, f.errorString()));
    auto h = readHeader(f);
    if (!h)
        return Error::of(ErrorCode::Failed, h.error().message);
    auto opened = unlock(h.value(), secret);
    if (!opened)
        return opened.error();
    if (opened->role != Role::Admin)
        return Error::of(
            ErrorCode::PermissionDenied,
            BackupService::tr(
                "Only an administrator (or the recovery key) restores a backup; an archive clerk may "
                "check one"));

    // Everything is put together in a private folder beside the target, then moved into place.
    auto staging = privateTempDir(to.absolutePath(), QStringLiteral(".archiveroom-restore"));
    if (!staging)
        return Error::of(
            ErrorCode::Failed,
            BackupService::tr("Cannot create a private temporary folder in %1").arg(to.absolutePath()));
    const QString dbFile = staging->filePath(QStringLiteral("archive.db"));
    const QString scanDir = dbFile + QStringLiteral(".files");
    const qint64 userId = opened->userId;
    FieldCodec sealer;
    auto problem = unpackAndCheck(f, h.value(), opened.value(), dbFile, scanDir, progress, sealer);
    if (!problem)
        return problem.error();
    if (!problem->isEmpty())
        return Error::of(ErrorCode::Failed,
                         BackupService::tr("The backup cannot be restored: %1").arg(problem.value()));

    // The restored archive records where it came from, as its next audit record.
    {
        auto archive = Archive::open(dbFile, &clock);
        if (!archive)
            return archive.error();
        QString login = QStringLiteral("(recovery key)");
        if (userId > 0) {
            if (auto u = archive.value()->context().users.byId(userId))
                login = u->login;
        }
        const QJsonObject detail{{QStringLiteral("file"), QFileInfo(file).fileName()},
                                 {QStringLiteral("created_at"), h->manifest.createdAt},
                                 {QStringLiteral("created_by"), h->manifest.createdBy},
                                 {QStringLiteral("audit_head"), h->manifest.auditHead},
                                 {QStringLiteral("restored_to"), path}};
        // Written with the archive's key, so that the record is sealed like every other one
        // written by a signed-in session (the keyed seal of the audit trail).
        Context sealed(archive.value()->database(), clock, sealer);
        if (auto s = AuditService(sealed).recordAs(userId, login, AuditAction::Restore, auditDetail(detail));
            !s)
            return s.error();
    }
    if (QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".files")))
        return Error::of(
            ErrorCode::Conflict,
            BackupService::tr("%1 exists already; a backup is restored into a new file, never over one")
                .arg(target));
    if (QFileInfo::exists(scanDir) && !QDir().rename(scanDir, path + QStringLiteral(".files")))
        return Error::of(ErrorCode::Failed,
                         BackupService::tr("Cannot write %1").arg(path + QStringLiteral(".files")));
    if (!QFile::rename(dbFile, path)) {
        QDir().rename(path + QStringLiteral(".files"), scanDir);
        return Error::of(ErrorCode::Failed, BackupService::tr("Cannot write %1").arg(path));
    }
    syncFolder(to.absolutePath());
    return RestoreResult{path, h->manifest};
}

} // namespace ar
