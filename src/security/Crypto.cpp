#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <memory>

namespace ar::crypto {

namespace {
constexpr int kNonce = 12;
constexpr int kTag = 16;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char* u(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}
const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
} // namespace

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(u(out), n) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure random numbers");
    return out;
}

QByteArray seal(const QByteArray& key, const QByteArray& plain, const QByteArray& aad)
{
    if (key.size() != 32)
        return {};
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const QByteArray nonce = randomBytes(kNonce);
    QByteArray out = nonce;
    out.resize(kNonce + plain.size() + kTag);
    unsigned char* body = u(out) + kNonce;
    int len = 0, total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(nonce)) != 1 ||
        (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), body, &len, u(plain), int(plain.size())) != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), body + total, &len) != 1)
        return {};
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, body + total) != 1)
        return {};
    return out;
}

std::optional<QByteArray> open(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad)
{
    if (key.size() != 32 || sealed.size() < kNonce + kTag)
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const int bodyLen = int(sealed.size()) - kNonce - kTag;
    QByteArray plain(bodyLen, Qt::Uninitialized);
    QByteArray tag = sealed.right(kTag);
    int len = 0, total = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(sealed)) != 1 ||
        (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1) ||
        EVP_DecryptUpdate(ctx.get(), u(plain), &len, u(sealed) + kNonce, bodyLen) != 1)
        return std::nullopt;
    total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, u(tag)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), u(plain) + total, &len) != 1)
        return std::nullopt; // wrong key, wrong place (aad) or tampered
    plain.truncate(total + len);
    return plain;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), u(data), size_t(data.size()), u(out), &len))
        return {};
    out.truncate(int(len));
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(u(data), size_t(data.size()), u(out));
    return out;
}

QByteArray hkdf(const QByteArray& key, const QByteArray& info, int length)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), EVP_PKEY_CTX_free);
    QByteArray out(length, Qt::Uninitialized);
    size_t outLen = size_t(length);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) <= 0 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), u(key), int(key.size())) <= 0 ||
        EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), u(info), int(info.size())) <= 0 ||
        EVP_PKEY_derive(ctx.get(), u(out), &outLen) <= 0)
        return {};
    return out;
}

QByteArray scrypt(const QByteArray& password, const QByteArray& salt, quint64 n, quint64 r, quint64 p,
                  int length)
{
    QByteArray out(length, Qt::Uninitialized);
    const quint64 maxMem = 128 * r * (n + p + 2) + 1024 * 1024;
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()), u(salt), size_t(salt.size()), n, r, p,
                       maxMem, u(out), size_t(out.size())) != 1)
        return {};
    return out;
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace ar::crypto
