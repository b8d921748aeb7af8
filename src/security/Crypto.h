#pragma once

#include <QByteArray>

#include <optional>

// Thin wrappers over OpenSSL's EVP interfaces: the only cryptography of the project.
namespace ar::crypto {

QByteArray randomBytes(int n);

// AES-256-GCM with a fresh random 96-bit nonce: nonce ‖ ciphertext ‖ 128-bit tag.
// `aad` is authenticated, not encrypted: it binds the ciphertext to its place.
QByteArray seal(const QByteArray& key, const QByteArray& plain, const QByteArray& aad);
std::optional<QByteArray> open(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad);

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
QByteArray sha256(const QByteArray& data);
// HKDF-SHA256 (RFC 5869) without salt: independent subkeys of one key.
QByteArray hkdf(const QByteArray& key, const QByteArray& info, int length = 32);
// scrypt; empty on failure (e.g. parameters beyond the memory limit).
QByteArray scrypt(const QByteArray& password, const QByteArray& salt, quint64 n, quint64 r, quint64 p,
                  int length = 32);

// Overwrites a key in memory before it is released.
void wipe(QByteArray& secret);

} // namespace ar::crypto
