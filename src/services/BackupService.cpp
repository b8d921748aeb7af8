#include "BackupService.h"

#include "Archive.h"
#include "AuditService.h"
#include "BackupFile.h"
#include "Context.h"
#include "UseCase.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"
#include "security/TestHooks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ar {

using namespace backupfile;

// --- manifest and keep counts ---------------------------------------------------------------------

QJsonObject BackupManifest::toJson() const
{
    return {{QStringLiteral("format"), format},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("persons"), persons},
            {QStringLiteral("dossiers"), dossiers},
            {QStringLiteral("scans"), scans},
            {QStringLiteral("scan_files"), scanFiles},
            {QStringLiteral("audit_records"), auditRecords},
            {QStringLiteral("audit_head"), auditHead},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("database_bytes"), databaseBytes},
            {QStringLiteral("scan_bytes"), scanBytes},
            {QStringLiteral("chunk_bytes"), chunkBytes}};
}

std::optional<BackupManifest> BackupManifest::fromJson(const QJsonObject& o)
{
    for (const char* key : {"format", "schema_version", "persons", "dossiers", "scans", "scan_files",
                            "audit_records", "database_bytes", "scan_bytes", "chunk_bytes"})
        if (!o.value(QLatin1String(key)).isDouble() || o.value(QLatin1String(key)).toInteger(-1) < 0)
            return std::nullopt;
    BackupManifest m;
    m.format = o.value(QStringLiteral("format")).toInt();
    m.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    m.persons = o.value(QStringLiteral("persons")).toInteger();
    m.dossiers = o.value(QStringLiteral("dossiers")).toInteger();
    m.scans = o.value(QStringLiteral("scans")).toInteger();
    m.scanFiles = o.value(QStringLiteral("scan_files")).toInteger();
    m.auditRecords = o.value(QStringLiteral("audit_records")).toInteger();
    m.auditHead = o.value(QStringLiteral("audit_head")).toString();
    m.createdAt = o.value(QStringLiteral("created_at")).toString();
    m.createdBy = o.value(QStringLiteral("created_by")).toString();
    m.databaseBytes = o.value(QStringLiteral("database_bytes")).toInteger();
    m.scanBytes = o.value(QStringLiteral("scan_bytes")).toInteger();
    m.chunkBytes = o.value(QStringLiteral("chunk_bytes")).toInt();
    return m;
}

std::optional<BackupKeep> BackupKeep::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return std::nullopt;
    int v[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || v[i] < 0 || v[i] > 1000)
            return std::nullopt;
    }
    if (v[0] < 1)
        return std::nullopt;
    return BackupKeep{v[0], v[1], v[2]};
}

QString BackupKeep::toString() const
{
    return QStringLiteral("%1,%2,%3").arg(daily).arg(weekly).arg(monthly);
}

// --- creating ---------------------------------------------------------------------------------------

QString BackupService::serverBackupRefusal()
{
    return tr("Backups of a PostgreSQL archive are made with pg_dump on the server; see docs/admin.md");
}

Result<BackupResult> BackupService::create(const QString& file, const BackupProgress& progress)
{
    if (auto s = m_ctx.require(Permission::CreateBackup); !s)
        return s.error();
    if (m_ctx.db.isPostgres()) // the file copy below is SQLite's
        return Error::of(ErrorCode::Failed, serverBackupRefusal());
    if (file.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("file"), file, BackupService::tr("Say where the backup goes"));
    if (QFileInfo::exists(file))
        return Error::of(ErrorCode::Conflict,
                         BackupService::tr("%1 exists already; a backup never replaces a file").arg(file));
    return write(QFileInfo(file).absoluteFilePath(), progress);
}

Result<BackupResult> BackupService::createInFolder(const QString& folder, const BackupKeep& keep,
                                                   const BackupProgress& progress)
{
    if (auto s = m_ctx.require(Permission::CreateBackup); !s)
        return s.error();
    if (m_ctx.db.isPostgres()) // the file copy below is SQLite's
        return Error::of(ErrorCode::Failed, serverBackupRefusal());
    const QFileInfo fi(folder);
    if (folder.trimmed().isEmpty() || !fi.isDir())
        return Error::invalid(
            QStringLiteral("dir"), folder,
            BackupService::tr("The backup folder %1 does not exist (is the disk connected?)").arg(folder));
    const QDir dir(fi.absoluteFilePath());
    const QDateTime now = m_ctx.clock.now().toLocalTime();
    QString file;
    for (int n = 1; file.isEmpty() || QFileInfo::exists(file); ++n)
        file = dir.filePath(backupName(now, n));
    auto r = write(file, progress);
    if (!r)
        return r;
    BackupResult out = r.value();
    out.removed = rotate(dir.path(), keep);
    return out;
}

Result<BackupResult> BackupService::write(const QString& file, const BackupProgress& progress)
{
    // Test builds only (keys by role; TestHooks.h): ARCHIVEROOM_TEST_BACKUP_FORMAT=1 writes a file as
    // versions before format 2 did (payload key from the data key), to prove such files still open and
    // restore.
    const quint32 format = testhooks::value("BACKUP_FORMAT") == QLatin1String("1") ? 1 : kFormat;
    const QByteArray operationalKey = format == 1 ? m_codec.dataKey() : m_codec.operationalKey();
    if (operationalKey.size() != 32)
        return Error::of(ErrorCode::Failed, BackupService::tr("The archive is locked; sign in again"));
    const QString store = m_ctx.db.filesFolder();

    // 1. The snapshot, in a private folder; it never leaves this process unencrypted.
    auto temp = privateTempDir({}, QStringLiteral("archiveroom-backup"));
    if (!temp)
        return Error::of(
            ErrorCode::Failed,
            BackupService::tr("Cannot create a private temporary folder in %1").arg(QDir::tempPath()));
    const QString snapshot = temp->filePath(QStringLiteral("snapshot.db"));
    if (auto s = m_ctx.db.snapshotInto(snapshot); !s)
        return s.error();

    // 2. What it holds: the manifest, the slots of administrators and clerks and the recovery slot.
    BackupManifest manifest;
    QJsonArray keySlots;
    QStringList scanKeys;
    QString opWrapped, opShared;
    const QByteArray salt = crypto::randomBytes(backupcrypto::kSaltBytes);
    {
        auto db = Database::openSqliteReadOnly(snapshot);
        if (!db)
            return db.error();
        auto m = describe(*db.value());
        if (!m)
            return m.error();
        manifest = m.value();
        auto q = db.value()->exec(QStringLiteral(
            "SELECT k.kind, COALESCE(k.user_id, 0), k.kdf, k.wrapped, u.login, u.role FROM key_slots k "
            "LEFT JOIN users u ON u.id = k.user_id WHERE k.kind = 'recovery' OR "
            "(k.kind = 'user' AND u.active = 1 AND u.role IN ('admin', 'clerk')) ORDER BY k.id"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            const bool user = q.value().value(0).toString() == QLatin1String("user");
            QJsonObject s{
                {QStringLiteral("kind"), user ? QStringLiteral("user") : QStringLiteral("recovery")},
                {QStringLiteral("user_id"), q.value().value(1).toLongLong()},
                {QStringLiteral("kdf"), q.value().value(2).toString()},
                {QStringLiteral("wrapped"), q.value().value(3).toString()}};
            if (user) {
                s.insert(QStringLiteral("role"), q.value().value(5).toString());
                s.insert(QStringLiteral("login_tag"),
                         backupcrypto::loginTag(salt, q.value().value(4).toString()));
            }
            keySlots.append(s);
        }
        auto keys = db.value()->exec(storedFilesSql(*db.value()) + QStringLiteral(" ORDER BY 1"));
        if (!keys)
            return keys.error();
        while (keys.value().next())
            scanKeys << keys.value().value(0).toString();
        for (auto [name, into] :
             {std::pair{"operational_key", &opWrapped}, std::pair{"operational_keys", &opShared}}) {
            auto v = db.value()->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                        {QString::fromLatin1(name)});
            if (!v)
                return v.error();
            *into = v.value().toString();
        }
    }
    manifest.createdAt = m_ctx.clock.now().toUTC().toString(Qt::ISODate);
    manifest.createdBy = m_ctx.user() ? m_ctx.user()->login : QString();
    manifest.databaseBytes = QFileInfo(snapshot).size();
    manifest.chunkBytes = kChunkBytes;
    for (const QString& key : std::as_const(scanKeys)) {
        const QFileInfo fi(store + QLatin1Char('/') + key.left(2) + QLatin1Char('/') + key);
        if (!fi.isFile())
            return Error::of(
                ErrorCode::Failed,
                BackupService::tr(
                    "A scan is missing from %1 (%2): the backup would not restore it; nothing was written")
                    .arg(store, key.left(12)));
        manifest.scanBytes += fi.size();
    }

    // 3. The file: written under a temporary name, synced, then renamed into place at once.
    const QByteArray headerJson =
        QJsonDocument(QJsonObject{{QStringLiteral("manifest"), manifest.toJson()},
                                  {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                                  {QStringLiteral("slots"), keySlots},
                                  {QStringLiteral("operational_key"), opWrapped},
                                  {QStringLiteral("operational_keys"), opShared}})
            .toJson(QJsonDocument::Compact);
    QByteArray fixed = kMagic;
    putU32(fixed, format);
    putU32(fixed, quint32(headerJson.size()));
    const QByteArray header = fixed + headerJson;
    const QFileInfo target(file);
    QFile out(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".partial-") +
              QString::fromLatin1(crypto::randomBytes(6).toHex()));
    auto failed = [&out](const QString& why) {
        out.remove();
        return Error::of(ErrorCode::Failed, why);
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::of(ErrorCode::Failed,
                         BackupService::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
    if (out.write(header) != header.size())
        return failed(BackupService::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
    testPause(0);
    {
        QByteArray payload = format == 1 ? backupcrypto::payloadKey(operationalKey, salt)
                                         : backupcrypto::payloadKeyV2(operationalKey, salt);
        ChunkWriter w(out, payload, backupcrypto::headerHash(header));
        crypto::wipe(payload);
        const qint64 total = manifest.databaseBytes + manifest.scanBytes;
        qint64 done = 0;
        auto entry = [&w](char kind, const QByteArray& name, qint64 size) {
            QByteArray e(1, kind);
            e.append(char((name.size() >> 8) & 0xFF)).append(char(name.size() & 0xFF)).append(name);
            putU64(e, quint64(size));
            return w.write(e);
        };
        const QString writeError = BackupService::tr("Cannot write %1: %2");
        QFile db(snapshot);
        if (!db.open(QIODevice::ReadOnly) || !entry(kEntryDatabase, {}, manifest.databaseBytes))
            return failed(writeError.arg(out.fileName(), out.errorString()));
        backupcrypto::Sha256 sha;
        for (qint64 left = manifest.databaseBytes; left > 0;) {
            const QByteArray piece = db.read(std::min<qint64>(left, kChunkBytes));
            if (piece.isEmpty())
                return failed(BackupService::tr("Cannot read the database snapshot"));
            sha.add(piece);
            if (!w.write(piece))
                return failed(writeError.arg(out.fileName(), out.errorString()));
            left -= piece.size();
            done += piece.size();
            if (progress && !progress(done, total))
                return failed(BackupService::tr("The backup was cancelled; nothing was written"));
        }
        if (!w.write(sha.finish()))
            return failed(writeError.arg(out.fileName(), out.errorString()));
        db.close();
        QFile::remove(snapshot);
        for (const QString& key : std::as_const(scanKeys)) {
            QFile scan(store + QLatin1Char('/') + key.left(2) + QLatin1Char('/') + key);
            if (!scan.open(QIODevice::ReadOnly))
                return failed(BackupService::tr("Cannot read the scan %1 in %2").arg(key.left(12), store));
            const QByteArray sealed = scan.readAll();
            if (!entry(kEntryScan, key.toUtf8(), sealed.size()) || !w.write(sealed) ||
                !w.write(crypto::sha256(sealed)))
                return failed(writeError.arg(out.fileName(), out.errorString()));
            done += sealed.size();
            if (progress && !progress(done, total))
                return failed(BackupService::tr("The backup was cancelled; nothing was written"));
        }
        if (!entry(kEntryEnd, {}, 0) || !w.finish())
            return failed(writeError.arg(out.fileName(), out.errorString()));
    }
    if (!syncFile(out))
        return failed(BackupService::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
    const qint64 bytes = out.size();
    out.close();
    if (!QFile::rename(out.fileName(), file))
        return failed(QFileInfo::exists(file)
                          ? BackupService::tr("%1 exists already; a backup never replaces a file").arg(file)
                          : BackupService::tr("Cannot write %1").arg(file));
    syncFolder(target.absolutePath());

    // 4. The record: in the trail, and as the last backup.
    auto w = usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        const QJsonObject detail{{QStringLiteral("file"), target.fileName()},
                                 {QStringLiteral("bytes"), bytes},
                                 {QStringLiteral("persons"), manifest.persons},
                                 {QStringLiteral("dossiers"), manifest.dossiers},
                                 {QStringLiteral("scans"), manifest.scans},
                                 {QStringLiteral("audit_head"), manifest.auditHead}};
        if (auto s = AuditService(m_ctx).record(AuditAction::Backup, QStringLiteral("backup"), 0, {},
                                                auditDetail(detail));
            !s)
            return s.error();
        if (auto s = m_ctx.meta.set(kMetaLast, manifest.createdAt); !s)
            return s.error();
        if (auto s = m_ctx.meta.set(kMetaLastFile, file); !s)
            return s.error();
        return {};
    });
    if (!w)
        return w.error();
    return BackupResult{file, bytes, manifest, {}};
}

} // namespace ar
