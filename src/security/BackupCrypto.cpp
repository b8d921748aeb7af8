#include "BackupCrypto.h"

#include "Crypto.h"

#include <openssl/evp.h>

namespace ar::backupcrypto {

namespace {
QByteArray chunkAad(const QByteArray& headerHash, quint64 index, bool last)
{
    QByteArray aad = QByteArrayLiteral("archiveroom-backup-chunk:") + headerHash;
    for (int shift = 56; shift >= 0; shift -= 8)
        aad.append(char((index >> shift) & 0xFF));
    aad.append(last ? '\1' : '\0');
    return aad;
}
} // namespace

QByteArray payloadKey(const QByteArray& dataKey, const QByteArray& salt)
{
    return crypto::hkdf(dataKey, QByteArrayLiteral("archiveroom-backup") + salt);
}

QByteArray payloadKeyV2(const QByteArray& operationalKey, const QByteArray& salt)
{
    return crypto::hkdf(operationalKey, QByteArrayLiteral("archiveroom-backup v2") + salt);
}

QString loginTag(const QByteArray& salt, const QString& login)
{
    return QString::fromLatin1(
        crypto::sha256(QByteArrayLiteral("archiveroom-backup-login:") + salt + login.toUtf8()).toHex());
}

QByteArray headerHash(const QByteArray& header)
{
    return crypto::sha256(header);
}

QByteArray sealChunk(const QByteArray& key, const QByteArray& headerHash, quint64 index, bool last,
                     const QByteArray& plain)
{
    // A fresh random nonce per chunk under a key used by this one backup only.
    return crypto::seal(key, plain, chunkAad(headerHash, index, last));
}

std::optional<QByteArray> openChunk(const QByteArray& key, const QByteArray& headerHash, quint64 index,
                                    bool last, const QByteArray& sealed)
{
    return crypto::open(key, sealed, chunkAad(headerHash, index, last));
}

struct Sha256::Impl
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Impl() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : d(std::make_unique<Impl>())
{
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::add(const char* data, qint64 size)
{
    if (size > 0)
        EVP_DigestUpdate(d->ctx, data, size_t(size));
}

QByteArray Sha256::finish()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &len);
    out.truncate(int(len));
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
    return out;
}

} // namespace ar::backupcrypto
