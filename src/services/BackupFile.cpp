#include "BackupFile.h"

#include "Context.h"
#include "security/KeyVault.h"
#include "security/TestHooks.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace ar::backupfile {

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

} // namespace ar::backupfile
