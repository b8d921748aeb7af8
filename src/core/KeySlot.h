#pragma once

#include <QString>

namespace ar {

// A copy of the archive's data key, wrapped (AES-256-GCM) under a key derived from one
// user's password, or from the printed recovery key.
struct KeySlot
{
    enum class Kind
    {
        User,
        Recovery
    };
    Kind kind = Kind::User;
    qint64 userId = 0; // 0 for the recovery slot
    QString kdf;       // "scrypt$N$r$p$salt" or "hkdf$salt"
    QString wrapped;   // base64 of nonce ‖ ciphertext ‖ tag
    // Keys by role (schema 16): the account's X25519 public key (base64) when the slot is of the
    // new form, and the data key sealed to it (a grant) for roles that may unmask.
    QString publicKey;
    QString fullKey;
};

} // namespace ar
