#pragma once

#include "core/Sealed.h" // private to the services

#include "BackupService.h"
#include "security/BackupCrypto.h"
#include "security/Crypto.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace ar {

// What BackupService's files share: the backup file's format (its constants, the chunks, the
// header and its key slots) and the helpers around it. BackupService.cpp makes a backup,
// BackupRestore.cpp checks and restores one, BackupSchedule.cpp keeps the settings and the
// automatic folders, BackupFile.cpp holds the functions declared here. Private to the services;
// the messages keep the BackupService translation context.
namespace backupfile {

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

void putU32(QByteArray& b, quint32 v);
void putU64(QByteArray& b, quint64 v);
quint64 getBE(const QByteArray& b, int at, int n);
bool syncFile(QFile& f);
void syncFolder(const QString& dir);
// A private folder (0700) for plain snapshots (see BackupFile.cpp).
std::unique_ptr<QTemporaryDir> privateTempDir(const QString& parent, const QString& stem);
// Test builds only: the pause after the N-th chunk (see BackupFile.cpp).
void testPause(quint64 chunksWritten);
// The content keys of the files in the store a database refers to (see BackupFile.cpp).
QString storedFilesSql(Database& db);

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
Result<Header> readHeader(QFile& f);

struct Opened
{
    QByteArray dataKey;        // format 1 (and old-form slots)
    QByteArray operationalKey; // format 2
    qint64 userId = 0;         // 0: opened with the recovery key
    Role role = Role::Staff;
};

// The data key from one of the header's slots. PermissionDenied when nothing opens.
Result<Opened> unlock(const Header& h, const BackupSecret& secret);

// Counts and the audit head of a snapshot.
Result<BackupManifest> describe(Database& db);

QString backupName(const QDateTime& local, int n);
QDateTime backupTime(const QString& fileName);
int backupNumber(const QString& fileName);

} // namespace backupfile
} // namespace ar
