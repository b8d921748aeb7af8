#pragma once

#include "core/Sealed.h" // private to the services

#include <QByteArray>

#include <optional>
#include <utility>

struct evp_mac_ctx_st; // OpenSSL's EVP_MAC_CTX

// Thin wrappers over OpenSSL's EVP interfaces: the only cryptography of the project.
namespace ar::crypto {

QByteArray randomBytes(int n);

// AES-256-GCM with a fresh random 96-bit nonce: nonce ‖ ciphertext ‖ 128-bit tag.
// `aad` is authenticated, not encrypted: it binds the ciphertext to its place.
QByteArray seal(const QByteArray& key, const QByteArray& plain, const QByteArray& aad);
std::optional<QByteArray> open(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad);
// seal() with the nonce given (12 bytes), for the known-answer tests (tests/unit/TestCryptoVectors):
// a nonce must never be used twice under one key, so the program itself only calls seal().
QByteArray sealWithNonce(const QByteArray& key, const QByteArray& nonce, const QByteArray& plain,
                         const QByteArray& aad);

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// An HMAC-SHA-256 key made ready once (the algorithm fetched, the key's pads hashed), for the many
// MACs under one key of an import: mac(data) == hmacSha256(key, data). The prepared state is wiped
// when the object is reset or destroyed. Empty (null) without a key.
class HmacKey
{
public:
    HmacKey() = default;
    explicit HmacKey(const QByteArray& key);
    ~HmacKey();
    HmacKey(const HmacKey&) = delete;
    HmacKey& operator=(const HmacKey&) = delete;
    HmacKey(HmacKey&& other) noexcept : m_ctx(std::exchange(other.m_ctx, nullptr)) {}
    HmacKey& operator=(HmacKey&& other) noexcept;
    bool isNull() const { return m_ctx == nullptr; }
    QByteArray mac(const QByteArray& data) const;

private:
    ::evp_mac_ctx_st* m_ctx = nullptr;
};
QByteArray sha256(const QByteArray& data);
// HKDF-SHA256 (RFC 5869): independent subkeys of one key. The program derives without salt
// (RFC 5869's default: HashLen zero bytes); the salt is there for the RFC's test vectors.
QByteArray hkdf(const QByteArray& key, const QByteArray& info, int length = 32, const QByteArray& salt = {});
// scrypt; empty on failure (e.g. parameters beyond the memory limit).
QByteArray scrypt(const QByteArray& password, const QByteArray& salt, quint64 n, quint64 r, quint64 p,
                  int length = 32);

// X25519 (RFC 7748): a new key pair (private, public: 32 bytes each), the public half of a
// private key, and the shared secret of a private and a public key (empty on failure).
std::pair<QByteArray, QByteArray> x25519KeyPair();
QByteArray x25519Public(const QByteArray& privateKey);
QByteArray x25519Shared(const QByteArray& privateKey, const QByteArray& publicKey);

// Sealing to a public key (ECIES): an ephemeral X25519 key pair, HKDF-SHA256 of the shared
// secret and both public keys, AES-256-GCM. ephemeral public key ‖ nonce ‖ ciphertext ‖ tag.
QByteArray sealTo(const QByteArray& publicKey, const QByteArray& plain, const QByteArray& aad);
std::optional<QByteArray> openWith(const QByteArray& privateKey, const QByteArray& sealed,
                                   const QByteArray& aad);

// Overwrites a key in memory before it is released.
void wipe(QByteArray& secret);

} // namespace ar::crypto
