#include "BackupService.h"

#include "Context.h"

#include "Archive.h"
#include "AuditService.h"
#include "UseCase.h"
#include "security/BackupCrypto.h"
#include "security/Crypto.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"
#include "security/TestHooks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace ar {

namespace {
// The content keys of the files in the store a database refers to: the scans and, from schema
// version 16 on, the photos of damage (R45). Each key once.
QString storedFilesSql(Database& db)
{
    auto photos = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('damage_records') WHERE name = 'photo_key'"));
    if (photos && photos.value().toInt() > 0)
        return QStringLiteral(
            "SELECT content_key FROM attachments UNION SELECT photo_key FROM damage_records "
            "WHERE photo_key IS NOT NULL");
    return QStringLiteral("SELECT DISTINCT content_key FROM attachments");
}
} // namespace

namespace {

// The file: magic, format version, header length, the header (compact JSON: manifest, salt,
// key slots), then the payload's chunks, each as its sealed length and nonce ‖ ciphertext ‖ tag.
const QByteArray kMagic = QByteArrayLiteral("ARBACKUP");
// Format 1: the payload key derives from the data key. Format 2 (keys by role): from the
// operational key, which every slot reaches (old-form slots through the header's copy of the
// operational key wrapped under the data key).
constexpr quint32 kFormat = 2;
constexpr int kChunkBytes = 1024 * 1024;
constexpr int kSealOverhead = 12 + 16;
constexpr quint32 kMaxHeader = 16 * 1024 * 1024;
// Payload entries: the database snapshot, one scan file, the end.
constexpr char kEntryDatabase = 'D';
constexpr char kEntryScan = 'F';
constexpr char kEntryEnd = 'E';

const QString kMetaFolder = QStringLiteral("backup_folder");
const QString kMetaInterval = QStringLiteral("backup_interval_hours");
const QString kMetaKeep = QStringLiteral("backup_keep");
const QString kMetaLast = QStringLiteral("last_backup_at");
const QString kMetaLastFile = QStringLiteral("last_backup_file");

const QString kFilePrefix = QStringLiteral("archiveroom-");
const QString kFileSuffix = QStringLiteral(".arbackup");

void putU32(QByteArray& b, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        b.append(char((v >> shift) & 0xFF));
}
void putU64(QByteArray& b, quint64 v)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        b.append(char((v >> shift) & 0xFF));
}
quint64 getBE(const QByteArray& b, int at, int n)
{
    quint64 v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

bool syncFile(QFile& f)
{
    return f.flush() && ::fsync(f.handle()) == 0;
}

void syncFolder(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// A private folder (0700) for plain snapshots; its name carries the process id, so the folders
// of a process that was killed (kill -9 leaves them behind) are removed by the next backup.
std::unique_ptr<QTemporaryDir> privateTempDir(const QString& parent, const QString& stem)
{
    const QDir base(parent.isEmpty() ? QDir::tempPath() : parent);
    const QString prefix = stem + QStringLiteral("-");
    for (const QFileInfo& fi : base.entryInfoList({prefix + QStringLiteral("*")},
                                                  QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QStringList parts = fi.fileName().mid(prefix.size()).split(QLatin1Char('-'));
        bool ok = false;
        const qint64 pid = parts.value(0).toLongLong(&ok);
        if (ok && pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 &&
            errno == ESRCH && fi.isWritable())
            QDir(fi.absoluteFilePath()).removeRecursively();
    }
    auto dir = std::make_unique<QTemporaryDir>(base.filePath(
        prefix + QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX")));
    if (!dir->isValid())
        return nullptr;
    QFile::setPermissions(dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

// Test builds only (R46, kill -9 during a backup; TestHooks.h): ARCHIVEROOM_TEST_BACKUP_PAUSE="N:FILE" makes
// the writer create FILE and wait a minute after its N-th chunk, for the test to kill it there.
void testPause(quint64 chunksWritten)
{
    static const QString spec = testhooks::value("BACKUP_PAUSE");
    if (spec.isEmpty())
        return;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon <= 0 || spec.left(colon).toULongLong() != chunksWritten)
        return;
    QFile marker(spec.mid(colon + 1));
    if (marker.open(QIODevice::WriteOnly))
        marker.close();
    QThread::sleep(60);
}

// Seals the payload chunk by chunk into the file.
class ChunkWriter
{
public:
    ChunkWriter(QFile& f, QByteArray key, QByteArray headerHash)
        : m_file(f), m_key(std::move(key)), m_headerHash(std::move(headerHash))
    {
        m_buffer.reserve(kChunkBytes);
    }
    ~ChunkWriter() { crypto::wipe(m_key); }
    bool write(const char* data, qint64 size)
    {
        while (size > 0) {
            const qint64 take = std::min<qint64>(size, kChunkBytes - m_buffer.size());
            m_buffer.append(data, take);
            data += take;
            size -= take;
            if (m_buffer.size() == kChunkBytes && !flush(false))
                return false;
        }
        return true;
    }
    bool write(const QByteArray& b) { return write(b.constData(), b.size()); }
    bool finish() { return flush(true); }

private:
    bool flush(bool last)
    {
        const QByteArray sealed = backupcrypto::sealChunk(m_key, m_headerHash, m_index, last, m_buffer);
        crypto::wipe(m_buffer);
        m_buffer.reserve(kChunkBytes);
        if (sealed.isEmpty())
            return false;
        QByteArray len;
        putU32(len, quint32(sealed.size()));
        if (m_file.write(len) != len.size() || m_file.write(sealed) != sealed.size())
            return false;
        ++m_index;
        testPause(m_index);
        return true;
    }
    QFile& m_file;
    QByteArray m_key;
    QByteArray m_headerHash;
    QByteArray m_buffer;
    quint64 m_index = 0;
};

// Opens the payload chunk by chunk; any failure is a problem with the file, said in words.
class ChunkReader
{
public:
    ChunkReader(QFile& f, QByteArray key, QByteArray headerHash)
        : m_file(f), m_key(std::move(key)), m_headerHash(std::move(headerHash))
    {
    }
    ~ChunkReader() { crypto::wipe(m_key); }
    // Exactly n bytes, or false with problem() set.
    bool read(qint64 n, QByteArray* out)
    {
        out->clear();
        while (out->size() < n) {
            if (m_pos == m_plain.size() && !next())
                return false;
            const qint64 take = std::min<qint64>(n - out->size(), m_plain.size() - m_pos);
            out->append(m_plain.constData() + m_pos, take);
            m_pos += take;
        }
        return true;
    }
    // After the end entry: nothing may follow.
    bool atEnd()
    {
        if (m_pos != m_plain.size() || !m_last || !m_file.atEnd()) {
            m_problem = BackupService::tr("The backup has data after its end: it was changed");
            return false;
        }
        return true;
    }
    const QString& problem() const { return m_problem; }

private:
    bool next()
    {
        if (m_last) {
            m_problem = BackupService::tr("The backup ends too early: it was cut short or changed");
            return false;
        }
        const QByteArray len = m_file.read(4);
        if (len.size() != 4) {
            m_problem =
                BackupService::tr("The backup ends too early after part %1: it was cut short").arg(m_index);
            return false;
        }
        const quint64 size = getBE(len, 0, 4);
        if (size < quint64(kSealOverhead) || size > quint64(kChunkBytes) + quint64(kSealOverhead)) {
            m_problem =
                BackupService::tr("Part %1 of the backup is damaged (its length is wrong)").arg(m_index + 1);
            return false;
        }
        const QByteArray sealed = m_file.read(qint64(size));
        if (quint64(sealed.size()) != size) {
            m_problem =
                BackupService::tr("The backup ends too early in part %1: it was cut short").arg(m_index + 1);
            return false;
        }
        crypto::wipe(m_plain);
        auto plain = backupcrypto::openChunk(m_key, m_headerHash, m_index, false, sealed);
        if (!plain) {
            plain = backupcrypto::openChunk(m_key, m_headerHash, m_index, true, sealed);
            m_last = plain.has_value();
        }
        if (!plain) {
            m_problem =
                m_index == 0
                    ? BackupService::tr("Part 1 of the backup does not decrypt: the file or its manifest was "
                                        "changed")
                    : BackupService::tr("Part %1 of the backup does not decrypt: it was changed, moved or "
                                        "replaced")
                          .arg(m_index + 1);
            return false;
        }
        m_plain = *plain;
        m_pos = 0;
        ++m_index;
        return true;
    }
    QFile& m_file;
    QByteArray m_key;
    QByteArray m_headerHash;
    QByteArray m_plain;
    qint64 m_pos = 0;
    quint64 m_index = 0;
    bool m_last = false;
    QString m_problem;
};

struct Header
{
    BackupManifest manifest;
    QByteArray salt;
    QJsonArray keySlots;
    QByteArray hash; // of everything before the first chunk
    quint32 format = kFormat;
    QString operationalKey;  // format 2: the operational key wrapped under the data key
    QString operationalKeys; // format 2: the shared subkeys sealed under the operational key
};

// Reads and parses the plain header; leaves the file at the first chunk. Error: not a backup.
Result<Header> readHeader(QFile& f)
{
    const QString name = QFileInfo(f.fileName()).fileName();
    auto notBackup = [&name](const QString& why) {
        return Error::of(ErrorCode::InvalidInput,
                         BackupService::tr("%1 is not a readable ArchiveRoom backup: %2").arg(name, why));
    };
    const QByteArray fixed = f.read(16);
    if (fixed.size() != 16 || !fixed.startsWith(kMagic))
        return notBackup(BackupService::tr("it does not start like one"));
    const quint32 format = quint32(getBE(fixed, 8, 4));
    if (format != 1 && format != kFormat)
        return notBackup(BackupService::tr("format %1 is not known to this version").arg(getBE(fixed, 8, 4)));
    const quint64 len = getBE(fixed, 12, 4);
    if (len == 0 || len > kMaxHeader)
        return notBackup(BackupService::tr("its header is damaged"));
    const QByteArray text = f.read(qint64(len));
    if (quint64(text.size()) != len)
        return notBackup(BackupService::tr("it ends inside its header"));
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    const QJsonObject o = doc.object();
    auto m = BackupManifest::fromJson(o.value(QStringLiteral("manifest")).toObject());
    const QByteArray salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    if (!doc.isObject() || !m || salt.size() != backupcrypto::kSaltBytes ||
        !o.value(QStringLiteral("slots")).isArray())
        return notBackup(BackupService::tr("its header is damaged"));
    return Header{*m,
                  salt,
                  o.value(QStringLiteral("slots")).toArray(),
                  backupcrypto::headerHash(fixed + text),
                  format,
                  o.value(QStringLiteral("operational_key")).toString(),
                  o.value(QStringLiteral("operational_keys")).toString()};
}

struct Opened
{
    QByteArray dataKey;        // format 1 (and old-form slots)
    QByteArray operationalKey; // format 2
    qint64 userId = 0;         // 0: opened with the recovery key
    Role role = Role::Staff;
};

// The data key from one of the header's slots. PermissionDenied when nothing opens.
Result<Opened> unlock(const Header& h, const BackupSecret& secret)
{
    const bool recovery = !secret.recoveryKey.isEmpty();
    if (recovery && !keys::normalizeRecoveryKey(secret.recoveryKey))
        return Error::invalid(
            QStringLiteral("recovery_key"), {},
            BackupService::tr("This is not a recovery key: it has 52 letters and digits in groups of four"));
    if (!recovery && secret.password.isEmpty())
        return Error::of(ErrorCode::Usage,
                         BackupService::tr("A password or the recovery key is needed to open the backup"));
    const QString tag = secret.login.isEmpty() ? QString() : backupcrypto::loginTag(h.salt, secret.login);
    bool loginFound = false;
    for (const QJsonValue& v : h.keySlots) {
        const QJsonObject s = v.toObject();
        KeySlot slot;
        slot.kind = s.value(QStringLiteral("kind")).toString() == QLatin1String("recovery")
                        ? KeySlot::Kind::Recovery
                        : KeySlot::Kind::User;
        if (recovery != (slot.kind == KeySlot::Kind::Recovery))
            continue;
        if (!recovery && !tag.isEmpty()) {
            if (s.value(QStringLiteral("login_tag")).toString() != tag)
                continue;
            loginFound = true;
        }
        slot.userId = s.value(QStringLiteral("user_id")).toInteger();
        slot.kdf = s.value(QStringLiteral("kdf")).toString();
        slot.wrapped = s.value(QStringLiteral("wrapped")).toString();
        auto key = keys::unwrap(slot, recovery ? secret.recoveryKey : secret.password);
        const auto slotKeys = key ? keys::slotKeys(*key) : std::nullopt;
        if (!slotKeys)
            continue;
        Opened o;
        o.dataKey = slotKeys->dataKey;
        o.operationalKey = slotKeys->operationalKey;
        if (h.format >= 2 && o.operationalKey.isEmpty()) {
            auto op = keys::unwrapUnder(o.dataKey, h.operationalKey, "operational key");
            if (!op)
                continue;
            o.operationalKey = *op;
        }
        if (h.format < 2 && o.dataKey.isEmpty())
            continue;
        o.userId = slot.userId;
        o.role = recovery ? Role::Admin : accountRoleFromCode(s.value(QStringLiteral("role")).toString());
        return o;
    }
    if (!recovery && !tag.isEmpty() && !loginFound)
        return Error::of(
            ErrorCode::PermissionDenied,
            BackupService::tr(
                "%1 has no key in this backup: only the administrators and archive clerks of the "
                "archive at the time of the backup can open it, or the recovery key")
                .arg(secret.login));
    return Error::of(
        ErrorCode::PermissionDenied,
        recovery
            ? BackupService::tr(
                  "The recovery key does not open this backup (it belongs to another archive, or "
                  "the file was changed)")
            : BackupService::tr("The password does not open this backup (wrong password, or the file was "
                                "changed)"));
}

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

// Counts and the audit head of a snapshot.
Result<BackupManifest> describe(Database& db)
{
    BackupManifest m;
    auto count = [&db](const char* table) -> Result<qint64> {
        auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!v)
            return v.error();
        return v.value().toLongLong();
    };
    for (auto [field, table] :
         {std::pair{&m.persons, "persons"}, std::pair{&m.dossiers, "dossiers"},
          std::pair{&m.scans, "attachments"}, std::pair{&m.auditRecords, "audit_log"}}) {
        auto n = count(table);
        if (!n)
            return n.error();
        *field = n.value();
    }
    auto files = db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(storedFilesSql(db)));
    auto head = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!files || !head || !version)
        return Error::of(ErrorCode::Failed, BackupService::tr("Cannot read the database snapshot"));
    m.scanFiles = files.value().toLongLong();
    m.auditHead = head.value().toString();
    m.schemaVersion = version.value().toInt();
    return m;
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

QString backupName(const QDateTime& local, int n)
{
    return kFilePrefix + local.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           (n > 1 ? QStringLiteral("-%1").arg(n) : QString()) + kFileSuffix;
}

QDateTime backupTime(const QString& fileName)
{
    static const QRegularExpression shape(QStringLiteral("^archiveroom-(\\d{8}-\\d{6})(-\\d+)?\\.arbackup$"));
    const auto m = shape.match(fileName);
    if (!m.hasMatch())
        return {};
    return QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
}

// The n of a second backup made within the same second ("…-HHmmss-2.arbackup"); 1 without it.
int backupNumber(const QString& fileName)
{
    static const QRegularExpression shape(QStringLiteral("-\\d{6}-(\\d+)\\.arbackup$"));
    const auto m = shape.match(fileName);
    return m.hasMatch() ? m.captured(1).toInt() : 1;
}

} // namespace

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

// --- settings -----------------------------------------------------------------------------------------

Result<BackupSettings> BackupService::settings()
{
    BackupSettings s;
    auto folder = m_ctx.meta.get(kMetaFolder);
    auto interval = m_ctx.meta.get(kMetaInterval, QStringLiteral("24"));
    auto keep = m_ctx.meta.get(kMetaKeep, BackupKeep().toString());
    if (!folder)
        return folder.error();
    if (!interval)
        return interval.error();
    if (!keep)
        return keep.error();
    s.folder = folder.value();
    s.intervalHours = std::max(1, interval.value().toInt());
    s.keep = BackupKeep::parse(keep.value()).value_or(BackupKeep());
    return s;
}

Status BackupService::setSettings(const BackupSettings& s)
{
    if (auto r = m_ctx.require(Permission::RestoreBackup); !r)
        return r;
    if (!s.folder.isEmpty() && !QFileInfo(s.folder).isDir())
        return Error::invalid(QStringLiteral("folder"), s.folder,
                              BackupService::tr("The backup folder %1 does not exist").arg(s.folder));
    if (s.intervalHours < 1 || s.intervalHours > 24 * 366)
        return Error::invalid(QStringLiteral("interval"), QString::number(s.intervalHours),
                              BackupService::tr("The interval is between 1 hour and a year"));
    if (!BackupKeep::parse(s.keep.toString()))
        return Error::invalid(QStringLiteral("keep"), s.keep.toString(),
                              BackupService::tr("Keep at least one daily backup; counts are whole numbers"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto r = step.transaction().begin(); !r)
            return r;
        const QString folder = s.folder.isEmpty() ? QString() : QFileInfo(s.folder).absoluteFilePath();
        for (const auto& [key, value] :
             {std::pair{kMetaFolder, folder}, std::pair{kMetaInterval, QString::number(s.intervalHours)},
              std::pair{kMetaKeep, s.keep.toString()}})
            if (auto r = m_ctx.meta.set(key, value); !r)
                return r;
        const QJsonObject detail{{QStringLiteral("folder"), folder},
                                 {QStringLiteral("interval_hours"), s.intervalHours},
                                 {QStringLiteral("keep"), s.keep.toString()}};
        step.audit(AuditAction::BackupSettings, QStringLiteral("backup"), 0, {}, auditDetail(detail));
        return {};
    });
}

Result<QDateTime> BackupService::lastBackup()
{
    auto v = m_ctx.meta.get(kMetaLast);
    if (!v)
        return v.error();
    return QDateTime::fromString(v.value(), Qt::ISODate);
}

Result<bool> BackupService::overdue()
{
    auto s = settings();
    if (!s)
        return s.error();
    if (s->folder.isEmpty())
        return false;
    auto last = lastBackup();
    if (!last)
        return last.error();
    return !last->isValid() || last->secsTo(m_ctx.clock.now()) > qint64(s->intervalHours) * 3600;
}

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

// --- automatic folders ------------------------------------------------------------------------------------

QStringList BackupService::backupsIn(const QString& folder)
{
    struct Found
    {
        QDateTime at;
        int n; // a later backup of the same second is newer: "-2" after none
        QString path;
    };
    QList<Found> found;
    const QDir dir(folder);
    for (const QString& name :
         dir.entryList({kFilePrefix + QStringLiteral("*") + kFileSuffix}, QDir::Files)) {
        const QDateTime t = backupTime(name);
        if (t.isValid())
            found.append({t, backupNumber(name), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.at != b.at)
            return a.at > b.at;
        return a.n != b.n ? a.n > b.n : a.path > b.path;
    });
    QStringList out;
    for (const Found& f : found)
        out << f.path;
    return out;
}

QStringList BackupService::rotate(const QString& folder, const BackupKeep& keep)
{
    const QStringList all = backupsIn(folder);
    QSet<QString> kept;
    auto keepNewestPer = [&all, &kept](int count, auto periodOf) {
        QSet<qint64> periods;
        for (const QString& file : all) {
            if (int(periods.size()) >= count)
                break;
            const qint64 p = periodOf(backupTime(QFileInfo(file).fileName()).date());
            if (!periods.contains(p)) {
                periods.insert(p);
                kept.insert(file);
            }
        }
    };
    keepNewestPer(keep.daily, [](const QDate& d) { return d.toJulianDay(); });
    keepNewestPer(keep.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(keep.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QStringList removed;
    for (const QString& file : all)
        if (!kept.contains(file) && QFile::remove(file))
            removed << file;
    // What a backup killed mid-way left under its temporary name, once it is a day old.
    const QDir dir(folder);
    for (const QFileInfo& fi :
         dir.entryInfoList({QStringLiteral(".archiveroom-*.arbackup.partial-*")}, QDir::Files | QDir::Hidden))
        if (fi.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QFile::remove(fi.absoluteFilePath());
    return removed;
}

} // namespace ar
