#pragma once

#include "core/Sealed.h" // private to the services

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// The cryptography of backup files (R46, docs/security.md "Backups"). A backup's payload is
// encrypted under a key of its own, derived (HKDF-SHA256) from the archive's data key with a
// "backup" label and a random per-backup salt. The payload is a stream of chunks, each sealed
// with AES-256-GCM; the associated data of a chunk is the SHA-256 of the file's plain header
// (which holds the manifest and the key slots), the chunk's index and a last-chunk flag, so a
// changed header, a chunk moved, dropped, repeated or a file cut short does not open.
namespace ar::backupcrypto {

constexpr int kSaltBytes = 16;

// The payload key of one backup: HKDF(data key, "archiveroom-backup" ‖ salt).
QByteArray payloadKey(const QByteArray& dataKey, const QByteArray& salt);
// Format 2 (keys by role): HKDF(operational key, "archiveroom-backup v2" ‖ salt), so that an
// administrator, who holds no data key, can back up and restore.
QByteArray payloadKeyV2(const QByteArray& operationalKey, const QByteArray& salt);

// Identifies a login among a backup's key slots without writing the login into the file:
// hex SHA-256 over a label, the backup's salt and the login.
QString loginTag(const QByteArray& salt, const QString& login);

QByteArray headerHash(const QByteArray& header);

// nonce ‖ ciphertext ‖ tag of one chunk.
QByteArray sealChunk(const QByteArray& key, const QByteArray& headerHash, quint64 index, bool last,
                     const QByteArray& plain);
// The chunk's plain bytes; nullopt when the key is wrong or the chunk was changed or moved.
std::optional<QByteArray> openChunk(const QByteArray& key, const QByteArray& headerHash, quint64 index,
                                    bool last, const QByteArray& sealed);

// SHA-256 fed in pieces (a scan or a database snapshot read chunk by chunk).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void add(const char* data, qint64 size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    // The digest (32 bytes); the object starts over afterwards.
    QByteArray finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ar::backupcrypto
