#pragma once

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

// 256 random bits as 13 groups of 4 base-32 characters (no I, L, O, U): easy to print and type.
QString newRecoveryKey();
// Upper-case, without spaces and dashes; nullopt if it cannot be a recovery key.
std::optional<QString> normalizeRecoveryKey(const QString& typed);

} // namespace ar::keys
