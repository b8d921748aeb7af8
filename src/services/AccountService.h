#pragma once

#include "Forward.h"
#include "core/PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace ar {

class FieldCodec;

// Sign-in lockout and idle lock settings (issue #3), kept in the database's meta table.
struct AccountPolicy
{
    int maxFailures = 5;      // failed sign-ins in a row before the account is locked
    int lockoutMinutes = 15;  // how long it stays locked
    int idleLockMinutes = 10; // the window locks itself after this long without input (0: never)
    // New passwords: at least this many characters, and not a common one (core/PasswordPolicy).
    // Passwords set before a change of the policy keep working.
    int minPasswordLength = passwords::kDefaultMinLength;
};

// Accounts, sign-in and the archive's data key. Signing in unwraps the data key from the
// user's key slot; nothing sensitive can be read or written before. The first administrator
// is created once, on an empty database, together with the data key and the recovery key.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(Context& ctx, FieldCodec& codec) : m_ctx(ctx), m_codec(codec) {}

    Result<bool> needsSetup();
    // Also creates the data key and the recovery slot: takeRecoveryKey() returns the key once.
    Result<User> createFirstAdmin(const QString& login, const QString& displayName, const QString& password);
    // Same message for an unknown login and a wrong password; after policy().maxFailures
    // failures in a row the account is locked for policy().lockoutMinutes.
    Result<User> signIn(const QString& login, const QString& password);
    void signOut();
    // The idle lock: the signed-in user proves it is still them (same hashing, same lockout).
    Status verifyPassword(const QString& password);
    // The signed-in user's own password; re-wraps only that user's key slot.
    Status changePassword(const QString& oldPassword, const QString& newPassword);

    // Administration (ManageUsers). Accounts are disabled, never deleted (the audit trail names them).
    Result<User> addUser(const User& u, const QString& password);
    Result<User> updateUser(const User& u);
    // A new password for someone who forgot theirs: a new hash and a new key slot (the
    // administrator's session holds the data key); lifts a lockout.
    Status resetPassword(qint64 userId, const QString& newPassword);
    Result<QList<User>> users();
    // The accounts whose key slot still has the form before keys by role: with the file, their
    // password opens the full values until they sign in once or their password is reset
    // (docs/security.md, "Keys by role"). For the administrator, who resets them.
    Result<QSet<qint64>> accountsWithOlderKeys();

    // With the printed recovery key, anyone at the desk can give an account a new password
    // (e.g. the only administrator forgot theirs). No sign-in needed: the key is the proof.
    Status recover(const QString& recoveryKey, const QString& login, const QString& newPassword);

    Result<AccountPolicy> policy();
    Status setPolicy(const AccountPolicy& p);

    // The recovery key made by createFirstAdmin() or by encrypting an older archive at its
    // first sign-in; empty afterwards. Show it once, to be printed and locked away.
    QString takeRecoveryKey();

    static Status checkLogin(const QString& login);
    // A new password against the policy (length, common passwords), with the reason if refused.
    static Status checkNewPassword(const QString& password, int minLength = passwords::kDefaultMinLength,
                                   const QString& login = {});

private:
    // An attempt at a password, counted before the check (see countAttempt).
    struct Attempt
    {
        bool checked = false;  // counted: the password may be checked; false: refused, locked
        bool locks = false;    // this attempt reached the limit and locked the account
        QDateTime lockedUntil; // the lockout's end, when locked
    };
    Result<Attempt> countAttempt(const User& user);
    Error failed(const User& user, const Attempt& attempt, const Error& denied);
    Status cleared(const User& user);
    // checkNewPassword() with the archive's policy.
    Status checkPassword(const QString& password, const QString& login);
    Status unlockKey(const User& user, const QString& password);
    // Writes the user's slot of the new form (keys by role): the session's operational key and
    // `accountKey` (a new key pair when empty) under the password; the full key's grant when the
    // session holds DK and the role may hold it, or `keepGrant` (the same key pair's grant).
    Status writeSlot(const User& user, const QString& password, const QByteArray& accountKey = {},
                     const QString& keepGrant = {});
    Status createDataKey(const User& user, const QString& password);
    // After the keys of a sign-in are known: the session keeps DK only if the role may hold it.
    Status settleSession(const User& user);
    Context& m_ctx;
    FieldCodec& m_codec;
    QString m_recoveryKey;
};

} // namespace ar
