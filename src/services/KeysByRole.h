#pragma once

#include "Forward.h"
#include "core/KeySlot.h"

namespace ar {

class FieldCodec;

// Keys by role (issue #17 item 5, docs/security.md): the data key (DK, the *full key*) opens the
// full values; the operational key (OK), held by every account, opens what every role needs.
namespace keysbyrole {

// Whether accounts of this role hold the full key: the roles that may unmask or register persons
// (the clerk and leaders; registering checks duplicates by the blind index).
bool roleHoldsFullKey(Role r);
QStringList fullKeyRoleCodes();

// With DK in hand, inside the caller's write transaction: the operational key, created once
// together with the archive's key pair (meta), and returned.
Result<QByteArray> ensureOperationalKey(Context& ctx, const QByteArray& dataKey);
// The operational key from the archive's meta, with DK (an old-form slot, the recovery slot).
Result<QByteArray> operationalKeyFrom(Context& ctx, const QByteArray& dataKey);

// Sets the session's keys in the codec: OK and the shared subkeys; the archive's public key;
// with DK (may be empty) also DK and the archive's private key.
Status loadSessionKeys(Context& ctx, FieldCodec& codec, const QByteArray& operationalKey,
                       const QByteArray& dataKey);

// A user slot of the new form: OK and the account's private key (a new key pair when
// `accountKey` is empty) wrapped under the password; `grantKey`, when given, is sealed to the
// account's public key (the full key's grant).
KeySlot newSlot(qint64 userId, const QString& password, const QByteArray& operationalKey,
                const QByteArray& accountKey, const QByteArray& grantKey);

// Whether no active account of a full-key role can reach DK yet (a new archive): then the
// administrator's session holds it, to grant it to the first clerk or leader.
Result<bool> bootstrapping(Context& ctx);

// With DK in the codec, inside no transaction (opens its own): grants DK to the accounts of
// full-key roles waiting for it, ends the administrator's bootstrap grant once a full-key
// account holds DK, writes the masked forms of older rows and the blind indexes of values
// written without DK.
Status completeWithFullKey(Context& ctx, const FieldCodec& codec);

// A session without DK that may write full values (the administrator's demo): an ephemeral
// key pair whose public half is stored (own transaction); values are sealed to the archive.
Status startWriter(Context& ctx, FieldCodec& codec);

// Refuses showing full values in a session that holds no full key (a new clerk or leader
// account before its grant), with a message that says why and what to do.
Status requireFullKey(const Context& ctx);

// The masked form of a sensitive value of the change history (phones are "a, b").
QString maskedHistoryValue(SensitiveField f, const QString& v);
// The masked old and new value of a history row, sealed for readers without DK.
QString sealedHistoryMask(const SensitiveCodec& codec, SensitiveField f, const QString& oldPlain,
                          const QString& newPlain, const QString& historyContext);
// Opened: {old, new}; nullopt when it does not open.
std::optional<std::pair<QString, QString>> openHistoryMask(const SensitiveCodec& codec, const QString& sealed,
                                                           const QString& historyContext);

} // namespace keysbyrole
} // namespace ar
