#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <unistd.h>

#include <cstring>
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

// The algorithms fetched from the provider once. In OpenSSL 3 a context initialised with
// EVP_aes_256_gcm(), and the one-shot HMAC(), fetch the provider's implementation again on every
// call (a hash table behind a lock): in the profile of a 10,000-row import that was a fifth of each
// seal and half of each blind index (issue #23).
const EVP_CIPHER* aes256Gcm()
{
    static EVP_CIPHER* const cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    if (!cipher)
        qFatal("OpenSSL has no AES-256-GCM");
    return cipher;
}

EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        qFatal("OpenSSL has no HMAC");
    return mac;
}

// Nonces drawn from OpenSSL's generator 64 at a time instead of one RAND_bytes call each (the
// other two fifths of a seal). A nonce is not secret but must never repeat under a key: the pool
// is the thread's own, each nonce is handed out once and wiped, and a forked child (which would
// hold a copy of the parent's pool) draws a new one before its first nonce.
class NoncePool
{
public:
    ~NoncePool() { OPENSSL_cleanse(m_bytes, sizeof m_bytes); }
    void take(unsigned char* out)
    {
        const pid_t pid = getpid();
        if (m_used + kNonce > int(sizeof m_bytes) || pid != m_pid) {
            if (RAND_bytes(m_bytes, int(sizeof m_bytes)) != 1)
                qFatal("OpenSSL RAND_bytes failed: no secure random numbers");
            m_pid = pid;
            m_used = 0;
        }
        std::memcpy(out, m_bytes + m_used, kNonce);
        OPENSSL_cleanse(m_bytes + m_used, kNonce);
        m_used += kNonce;
    }

private:
    unsigned char m_bytes[64 * kNonce];
    int m_used = int(sizeof m_bytes);
    pid_t m_pid = 0;
};

QByteArray freshNonce()
{
    thread_local NoncePool pool;
    QByteArray nonce(kNonce, Qt::Uninitialized);
    pool.take(u(nonce));
    return nonce;
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
    return sealWithNonce(key, freshNonce(), plain, aad);
}

QByteArray sealWithNonce(const QByteArray& key, const QByteArray& nonce, const QByteArray& plain,
                         const QByteArray& aad)
{
    if (key.size() != 32 || nonce.size() != kNonce)
        return {};
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out = nonce;
    out.resize(kNonce + plain.size() + kTag);
    unsigned char* body = u(out) + kNonce;
    int len = 0, total = 0;
    // GCM's IV is 12 bytes (kNonce) unless set otherwise.
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), aes256Gcm(), nullptr, u(key), u(nonce)) != 1 ||
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
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), aes256Gcm(), nullptr, u(key), u(sealed)) != 1 ||
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
    return HmacKey(key).mac(data); // every key of the program is 32 bytes; no MAC under none
}

namespace {
EVP_MAC_CTX* preparedHmac(const QByteArray& key)
{
    if (key.isEmpty())
        return nullptr;
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(hmacAlgorithm());
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (ctx && EVP_MAC_init(ctx, u(key), size_t(key.size()), params) == 1)
        return ctx;
    EVP_MAC_CTX_free(ctx);
    return nullptr;
}
} // namespace

HmacKey::HmacKey(const QByteArray& key) : m_ctx(preparedHmac(key)) {}

HmacKey::~HmacKey()
{
    EVP_MAC_CTX_free(m_ctx); // clears the hashed pads
}

HmacKey& HmacKey::operator=(HmacKey&& other) noexcept
{
    if (this != &other) {
        EVP_MAC_CTX_free(m_ctx);
        m_ctx = std::exchange(other.m_ctx, nullptr);
    }
    return *this;
}

QByteArray HmacKey::mac(const QByteArray& data) const
{
    if (!m_ctx)
        return {};
    // A copy of the prepared state per MAC: the prepared one stays as it is, so the object may
    // be used from several threads at once.
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_dup(m_ctx), EVP_MAC_CTX_free);
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    size_t len = 0;
    if (!ctx || EVP_MAC_update(ctx.get(), u(data), size_t(data.size())) != 1 ||
        EVP_MAC_final(ctx.get(), u(out), &len, size_t(out.size())) != 1)
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

QByteArray hkdf(const QByteArray& key, const QByteArray& info, int length, const QByteArray& salt)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), EVP_PKEY_CTX_free);
    QByteArray out(length, Qt::Uninitialized);
    size_t outLen = size_t(length);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) <= 0 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), u(key), int(key.size())) <= 0 ||
        (!salt.isEmpty() && EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), u(salt), int(salt.size())) <= 0) ||
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

namespace {
using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

QByteArray rawPublic(EVP_PKEY* key)
{
    QByteArray out(32, '\0');
    size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(key, u(out), &len) != 1 || len != 32)
        return {};
    return out;
}

QByteArray eciesKey(const QByteArray& shared, const QByteArray& ephemeral, const QByteArray& recipient)
{
    return hkdf(shared + ephemeral + recipient, "archiveroom ecies v1");
}
} // namespace

std::pair<QByteArray, QByteArray> x25519KeyPair()
{
    QByteArray priv = randomBytes(32);
    QByteArray pub = x25519Public(priv);
    return {priv, pub};
}

QByteArray x25519Public(const QByteArray& privateKey)
{
    if (privateKey.size() != 32)
        return {};
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, u(privateKey), 32), EVP_PKEY_free);
    return key ? rawPublic(key.get()) : QByteArray();
}

QByteArray x25519Shared(const QByteArray& privateKey, const QByteArray& publicKey)
{
    if (privateKey.size() != 32 || publicKey.size() != 32)
        return {};
    PKey mine(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, u(privateKey), 32), EVP_PKEY_free);
    PKey theirs(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u(publicKey), 32), EVP_PKEY_free);
    if (!mine || !theirs)
        return {};
    PKeyCtx ctx(EVP_PKEY_CTX_new(mine.get(), nullptr), EVP_PKEY_CTX_free);
    QByteArray out(32, '\0');
    size_t len = 32;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), theirs.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), u(out), &len) != 1 || len != 32)
        return {};
    // An all-zero secret means a low-order public key: refuse it.
    if (out == QByteArray(32, '\0'))
        return {};
    return out;
}

QByteArray sealTo(const QByteArray& publicKey, const QByteArray& plain, const QByteArray& aad)
{
    auto [ephPriv, ephPub] = x25519KeyPair();
    QByteArray shared = x25519Shared(ephPriv, publicKey);
    wipe(ephPriv);
    if (shared.isEmpty() || ephPub.isEmpty())
        return {};
    QByteArray key = eciesKey(shared, ephPub, publicKey);
    wipe(shared);
    const QByteArray body = seal(key, plain, aad);
    wipe(key);
    return body.isEmpty() ? QByteArray() : ephPub + body;
}

std::optional<QByteArray> openWith(const QByteArray& privateKey, const QByteArray& sealed,
                                   const QByteArray& aad)
{
    if (sealed.size() < 32 + kNonce + kTag)
        return std::nullopt;
    const QByteArray ephPub = sealed.first(32);
    QByteArray shared = x25519Shared(privateKey, ephPub);
    if (shared.isEmpty())
        return std::nullopt;
    QByteArray key = eciesKey(shared, ephPub, x25519Public(privateKey));
    wipe(shared);
    auto plain = open(key, sealed.mid(32), aad);
    wipe(key);
    return plain;
}

} // namespace ar::crypto
