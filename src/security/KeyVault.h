#pragma once

#include "core/Sealed.h" // private to the services

#include "core/KeySlot.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The archive's data key and its slots (BRIEF security model, R26). The data key never leaves
// memory unwrapped; each slot holds it wrapped under a key derived from a password (scrypt) or
// from the recovery key (HKDF: the recovery key is 256 random bits, no stretching needed).
namespace ar::keys {

QByteArray newDataKey();

KeySlot wrapForUser(const QByteArray& dataKey, qint64 userId, const QString& password);
KeySlot wrapForRecovery(const QByteArray& dataKey, const QString& recoveryKey);
// The data key, or nullopt when the secret is wrong or the slot was tampered with.
std::optional<QByteArray> unwrap(const KeySlot& slot, const QString& secret);

// Keys by role (docs/security.md). A user slot of the old form holds the data key alone (32
// bytes); one of the new form a version byte, the operational key and the account's own X25519
// private key. The data key reaches a new-form account only as a grant sealed to its public key.
struct SlotKeys
{
    QByteArray dataKey;        // old form only
    QByteArray operationalKey; // new form only
    QByteArray accountKey;     // new form only
};
QByteArray slotPayload(const QByteArray& operationalKey, const QByteArray& accountKey);
std::optional<SlotKeys> slotKeys(const QByteArray& payload);
// A secret wrapped under a key for one purpose (the operational key and the archive's private
// key, each under the data key): base64, bound to the purpose.
QString wrapUnder(const QByteArray& key, const QByteArray& secret, const char* purpose);
std::optional<QByteArray> unwrapUnder(const QByteArray& key, const QString& wrapped, const char* purpose);
// The data key sealed to an account's public key (base64), bound to the account.
QString grantFor(const QString& publicKey, const QByteArray& dataKey, qint64 userId);
std::optional<QByteArray> openGrant(const QByteArray& accountKey, const QString& grant, qint64 userId);

// 256 random bits as 13 groups of 4 base-32 characters (no I, L, O, U): easy to print and type.
QString newRecoveryKey();
// Upper-case, without spaces and dashes; nullopt if it cannot be a recovery key.
std::optional<QString> normalizeRecoveryKey(const QString& typed);

} // namespace ar::keys
