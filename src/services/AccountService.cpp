#include "AccountService.h"

#include "Context.h"

#include "AuditService.h"
#include "Encryption.h"
#include "KeysByRole.h"
#include "UseCase.h"
#include "core/TextNormalize.h"
#include "security/Crypto.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"
#include "security/PasswordHash.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace ar {

Status AccountService::checkLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{1,31}$"));
    if (!re.match(login).hasMatch())
        return Error::invalid(
            QStringLiteral("login"), login,
            tr("Login %1: 2 to 32 letters, digits, '.', '_' or '-', starting with a letter").arg(login));
    return {};
}

Status AccountService::checkNewPassword(const QString& password, int minLength, const QString& login)
{
    if (const auto why = passwords::weakness(password, minLength, login))
        return Error::invalid(QStringLiteral("password"), QString(), *why);
    return {};
}

Status AccountService::checkPassword(const QString& password, const QString& login)
{
    auto p = policy();
    if (!p)
        return p.error();
    return checkNewPassword(password, p->minPasswordLength, login);
}

namespace {
QString why(const char* reason)
{
    return auditDetail(QJsonObject{{QStringLiteral("why"), QLatin1String(reason)}});
}
} // namespace

Result<bool> AccountService::needsSetup()
{
    auto n = m_ctx.users.count();
    if (!n)
        return n.error();
    return n.value() == 0;
}

QString AccountService::takeRecoveryKey()
{
    QString k = m_recoveryKey;
    m_recoveryKey.clear();
    return k;
}

Status AccountService::writeSlot(const User& user, const QString& password, const QByteArray& accountKey,
                                 const QString& keepGrant)
{
    if (!m_codec.unlocked() || m_codec.operationalKey().isEmpty())
        return Error::of(ErrorCode::Failed,
                         tr("The archive key is not available in this session; sign in again"));
    // The full key goes only to the roles that may hold it, and to the administrator of a new
    // archive until a clerk or leader holds it (see docs/security.md, "Keys by role").
    bool grant = m_codec.holdsFullKey() && keysbyrole::roleHoldsFullKey(user.role);
    if (m_codec.holdsFullKey() && !grant && user.role == Role::Admin) {
        auto boot = keysbyrole::bootstrapping(m_ctx);
        if (!boot)
            return boot.error();
        grant = boot.value();
    }
    QByteArray dk = grant ? m_codec.dataKey() : QByteArray();
    KeySlot slot = keysbyrole::newSlot(user.id, password, m_codec.operationalKey(), accountKey, dk);
    crypto::wipe(dk);
    if (!grant)
        slot.fullKey = keepGrant;
    return m_ctx.keySlots.put(slot, m_ctx.clock.now());
}

Status AccountService::createDataKey(const User& user, const QString& password)
{
    QByteArray key = keys::newDataKey();
    const QString recoveryKey = keys::newRecoveryKey();
    const KeySlot recovery = keys::wrapForRecovery(key, recoveryKey);
    if (auto s = m_ctx.keySlots.put(recovery, m_ctx.clock.now()); !s)
        return s;
    auto ok = keysbyrole::ensureOperationalKey(m_ctx, key);
    Status s = ok ? keysbyrole::loadSessionKeys(m_ctx, m_codec, ok.value(), key) : Status(ok.error());
    crypto::wipe(key);
    if (!s)
        return s;
    QByteArray accountKey = crypto::x25519KeyPair().first;
    s = writeSlot(user, password, accountKey);
    m_codec.setAccountKey(accountKey);
    crypto::wipe(accountKey);
    if (!s)
        return s;
    m_recoveryKey = recoveryKey;
    return {};
}

Status AccountService::settleSession(const User& user)
{
    if (m_codec.holdsFullKey() && !keysbyrole::roleHoldsFullKey(user.role)) {
        auto boot = keysbyrole::bootstrapping(m_ctx);
        if (!boot)
            return boot.error();
        if (user.role != Role::Admin || !boot.value())
            m_codec.dropDataKey(); // this role never keeps the full key
    }
    // A session without the full key that writes full values seals them to the archive's key.
    if (!m_codec.holdsFullKey() && !m_codec.writes() &&
        (allows(user.role, Permission::RegisterPersons) || allows(user.role, Permission::LoadDemo)))
        return keysbyrole::startWriter(m_ctx, m_codec);
    return {};
}

Result<User> AccountService::createFirstAdmin(const QString& login, const QString& displayName,
                                              const QString& password)
{
    User u;
    u.login = login.trimmed();
    u.displayName = text::normalize(displayName).isEmpty() ? u.login : text::normalize(displayName);
    u.role = Role::Admin;
    u.department = tr("Administration");
    if (auto s = checkLogin(u.login); !s)
        return s.error();
    if (auto s = checkPassword(password, u.login); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    auto n = m_ctx.users.count();
    if (!n)
        return n.error();
    if (n.value() > 0)
        return Error::of(ErrorCode::Conflict, tr("This archive already has accounts; sign in instead"));
    auto id = m_ctx.users.insert(u, password::hash(password), m_ctx.clock.now());
    if (!id)
        return id.error();
    u.id = id.value();
    if (auto s = createDataKey(u, password); !s)
        return s.error();
    if (auto s = AuditService(m_ctx).recordAs(
            u.id, u.login, AuditAction::UserAdd,
            auditDetail(QJsonObject{{QStringLiteral("role"), roleCode(u.role)}}));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s) {
        m_codec.clear();
        m_recoveryKey.clear();
        return s.error();
    }
    m_ctx.setUser(u);
    if (auto s = settleSession(u); !s) {
        m_ctx.setUser(std::nullopt);
        m_codec.clear();
        return s.error();
    }
    return u;
}

Result<AccountService::Attempt> AccountService::countAttempt(const User& user)
{
    auto p = policy();
    if (!p)
        return p.error();
    if (m_ctx.db.isReadOnly()) {
        // A read-only archive cannot count failures (docs/security.md): a lockout on file still
        // holds, nothing is written.
        auto l = m_ctx.users.lockout(user.id);
        if (!l)
            return l.error();
        Attempt a;
        a.lockedUntil = l->lockedUntil;
        a.checked = !(l->lockedUntil.isValid() && l->lockedUntil > m_ctx.clock.now());
        return a;
    }
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto l = m_ctx.users.lockout(user.id);
    if (!l)
        return l.error();
    const QDateTime now = m_ctx.clock.now();
    Attempt a;
    if (l->lockedUntil.isValid() && l->lockedUntil > now) {
        a.lockedUntil = l->lockedUntil;
        if (auto s =
                AuditService(m_ctx).recordAs(user.id, user.login, AuditAction::SignInFailed, why("locked"));
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return a;
    }
    UserRepository::Lockout next = l.value();
    ++next.failures;
    if (next.failures >= p->maxFailures) {
        next.failures = 0;
        next.lockedUntil = now.addSecs(60LL * p->lockoutMinutes);
        a.locks = true;
    }
    if (auto s = m_ctx.users.setLockout(user.id, next); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    a.lockedUntil = next.lockedUntil;
    a.checked = true;
    return a;
}

// A counted attempt whose password was wrong: the audit records (the failure, and the lockout
// when this attempt reached the limit); the counter was raised before the check.
Error AccountService::failed(const User& user, const Attempt& attempt, const Error& denied)
{
    Transaction tx(m_ctx.db);
    AuditService audit(m_ctx);
    if (audit.recordAs(user.id, user.login, AuditAction::SignInFailed, why("password")) &&
        (!attempt.locks || audit.recordAs(user.id, user.login, AuditAction::AccountLocked)))
        (void)tx.commit();
    if (!attempt.locks)
        return denied;
    return Error::of(
        ErrorCode::PermissionDenied,
        tr("Too many failed attempts: the account %1 is locked until %2")
            .arg(user.login, attempt.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
}

// A counted attempt whose password was right: the failures in a row end, and a lockout this
// attempt (or one running beside it) began is lifted.
Status AccountService::cleared(const User& user)
{
    if (m_ctx.db.isReadOnly())
        return {}; // nothing was counted
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.users.setLockout(user.id, {}); !s)
        return s;
    return tx.commit();
}

Status AccountService::unlockKey(const User& user, const QString& password)
{
    auto slotCount = m_ctx.keySlots.count();
    if (!slotCount)
        return slotCount.error();
    if (slotCount.value() == 0 && m_ctx.db.isReadOnly())
        return Database::readOnlyError(); // its records would have to be encrypted first
    if (slotCount.value() == 0) {
        // An archive from before encryption at rest: this sign-in creates the data key and
        // encrypts what was stored in plain text (one transaction), then purges the old pages.
        {
            Transaction tx(m_ctx.db);
            Status s = createDataKey(user, password);
            if (s)
                s = encryptPlainRecords(m_ctx);
            if (s)
                s = tx.commit();
            if (!s) {
                m_codec.clear();
                m_recoveryKey.clear();
                return s;
            }
        }
        return m_ctx.db.compact(); // outside the transaction: VACUUM cannot run inside one
    }
    auto slot = m_ctx.keySlots.forUser(user.id);
    if (!slot)
        return slot.error();
    if (!slot.value())
        return Error::of(
            ErrorCode::PermissionDenied,
            tr("The account %1 has no key to the archive yet: ask the administrator to set a new "
               "password for it")
                .arg(user.login));
    auto payload = keys::unwrap(*slot.value(), password);
    const auto opened = payload ? keys::slotKeys(*payload) : std::nullopt;
    if (payload)
        crypto::wipe(*payload);
    if (!opened)
        return Error::of(
            ErrorCode::Failed,
            tr("The key slot of %1 does not open: it was damaged or tampered with").arg(user.login));
    QByteArray dk = opened->dataKey;
    Status s;
    if (!dk.isEmpty() && m_ctx.db.isReadOnly()) {
        // An old-form slot on read-only media: the keys in memory only, nothing rewritten. The
        // data key opens everything whether or not the operational key was made yet.
        auto ok = keysbyrole::operationalKeyFrom(m_ctx, dk);
        if (!ok)
            s = ok.error();
        else if (ok->isEmpty())
            m_codec.setDataKey(dk);
        else
            s = keysbyrole::loadSessionKeys(m_ctx, m_codec, ok.value(), dk);
    } else if (!dk.isEmpty()) {
        // A slot of the old form (before keys by role) holds the data key itself: this sign-in
        // writes it in the new form, which keeps the data key only for the roles that may hold it.
        Transaction tx(m_ctx.db);
        auto ok = keysbyrole::ensureOperationalKey(m_ctx, dk);
        s = ok ? keysbyrole::loadSessionKeys(m_ctx, m_codec, ok.value(), dk) : Status(ok.error());
        QByteArray accountKey = crypto::x25519KeyPair().first;
        if (s)
            s = writeSlot(user, password, accountKey);
        m_codec.setAccountKey(accountKey);
        crypto::wipe(accountKey);
        if (s)
            s = tx.commit();
    } else {
        if (!slot.value()->fullKey.isEmpty()) {
            auto granted = keys::openGrant(opened->accountKey, slot.value()->fullKey, user.id);
            if (!granted)
                return Error::of(
                    ErrorCode::Failed,
                    tr("The key grant of %1 does not open: it was damaged or tampered with").arg(user.login));
            dk = *granted;
        }
        s = keysbyrole::loadSessionKeys(m_ctx, m_codec, opened->operationalKey, dk);
        m_codec.setAccountKey(opened->accountKey);
    }
    crypto::wipe(dk);
    // On read-only media nothing is written: history values not bound yet are read the older
    // way (historyContextOf), grants wait for a writable sign-in.
    const bool writes = !m_ctx.db.isReadOnly();
    if (s && writes && m_codec.holdsFullKey())
        s = bindHistoryValues(m_ctx);
    if (s && writes && m_codec.holdsFullKey())
        s = keysbyrole::completeWithFullKey(m_ctx, m_codec);
    if (!s) {
        m_codec.clear();
        return s;
    }
    return {};
}

Result<User> AccountService::signIn(const QString& login, const QString& password)
{
    // The same message whether the login or the password was wrong: reveal nothing.
    const Error denied = Error::of(ErrorCode::PermissionDenied, tr("Wrong login or password"));
    auto found = m_ctx.users.byLogin(login.trimmed());
    if (!found) {
        if (found.error().code != ErrorCode::NotFound)
            return found.error();
        password::verify(password, password::hash(QStringLiteral("timing"))); // same cost as a real check
        (void)AuditService(m_ctx).recordAs(0, login.trimmed(), AuditAction::SignInFailed,
                                           why("unknown_login"));
        return denied;
    }
    const auto& [user, hash] = found.value();
    auto attempt = countAttempt(user);
    if (!attempt)
        return attempt.error();
    if (!attempt->checked)
        return Error::of(
            ErrorCode::PermissionDenied,
            tr("The account %1 is locked after too many failed attempts, until %2")
                .arg(user.login, attempt->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (!password::verify(password, hash))
        return failed(user, attempt.value(), denied);
    if (auto s = cleared(user); !s)
        return s.error();
    if (!user.active) {
        (void)AuditService(m_ctx).recordAs(user.id, user.login, AuditAction::SignInFailed, why("disabled"));
        return Error::of(ErrorCode::PermissionDenied, tr("The account %1 is disabled").arg(user.login));
    }
    if (auto s = unlockKey(user, password); !s)
        return s.error();
    // A read-only archive cannot hold the record: signing in there only looks things up, and
    // every write is refused (docs/security.md).
    if (m_ctx.db.isReadOnly()) {
        m_ctx.setUser(user);
        return user;
    }
    if (auto s = AuditService(m_ctx).recordAs(user.id, user.login, AuditAction::SignIn); !s) {
        m_codec.clear(); // no trace, no sign-in (R27)
        return s.error();
    }
    m_ctx.setUser(user);
    if (auto s = settleSession(user); !s) {
        m_ctx.setUser(std::nullopt);
        m_codec.clear();
        return s.error();
    }
    return user;
}

void AccountService::signOut()
{
    if (m_ctx.user())
        (void)AuditService(m_ctx).record(AuditAction::SignOut);
    m_ctx.setUser(std::nullopt);
    m_codec.clear();
}

Status AccountService::verifyPassword(const QString& password)
{
    if (!m_ctx.user())
        return Error::of(ErrorCode::PermissionDenied, tr("Nobody is signed in"));
    auto found = m_ctx.users.byLogin(m_ctx.user()->login);
    if (!found)
        return found.error();
    auto attempt = countAttempt(found->first);
    if (!attempt)
        return attempt.error();
    if (!attempt->checked) {
        signOut();
        return Error::of(ErrorCode::PermissionDenied, tr("The account is locked; sign in again later"));
    }
    if (!password::verify(password, found->second)) {
        const Error e = failed(found->first, attempt.value(),
                               Error::of(ErrorCode::PermissionDenied, tr("Wrong password")));
        if (attempt->locks)
            signOut(); // locked while the window was locked: the session ends
        return e;
    }
    return cleared(found->first);
}

Status AccountService::changePassword(const QString& oldPassword, const QString& newPassword)
{
    if (auto s = verifyPassword(oldPassword); !s)
        return s;
    if (auto s = checkPassword(newPassword, m_ctx.user()->login); !s)
        return s;
    if (oldPassword == newPassword)
        return Error::invalid(QStringLiteral("password"), {},
                              tr("The new password is the same as the old one"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        const qint64 id = m_ctx.user()->id;
        if (auto s = m_ctx.users.setPasswordHash(id, password::hash(newPassword), m_ctx.clock.now()); !s)
            return s;
        // The same account key pair under the new password: its grant of the full key stays valid.
        auto own = m_ctx.keySlots.forUser(id);
        if (!own)
            return own.error();
        if (auto s = writeSlot(*m_ctx.user(), newPassword, m_codec.accountKey(),
                               own.value() ? own.value()->fullKey : QString());
            !s)
            return s;
        step.audit(AuditAction::PasswordChange, QStringLiteral("user"), id, {},
                   auditDetail(QJsonObject{{QStringLiteral("via"), QStringLiteral("self")}}));
        return {};
    });
}

Status AccountService::recover(const QString& recoveryKey, const QString& login, const QString& newPassword)
{
    if (auto s = checkPassword(newPassword, login.trimmed()); !s)
        return s;
    auto slot = m_ctx.keySlots.recovery();
    if (!slot)
        return slot.error();
    // A failed recovery is traced like a failed sign-in (R27): the login as typed, and why.
    const auto failedRecovery = [&](const char* reason, qint64 userId, const Error& e) {
        (void)AuditService(m_ctx).recordAs(userId, login.trimmed(), AuditAction::SignInFailed, why(reason));
        return e;
    };
    const Error wrong =
        Error::of(ErrorCode::PermissionDenied, tr("This is not the recovery key of this archive"));
    if (!slot.value())
        return failedRecovery("no_recovery_slot", 0, wrong);
    auto key = keys::unwrap(*slot.value(), recoveryKey);
    if (!key)
        return failedRecovery("wrong_recovery_key", 0, wrong);
    auto found = m_ctx.users.byLogin(login.trimmed());
    if (!found)
        return failedRecovery("recovery_unknown_login", 0,
                              Error::of(ErrorCode::NotFound, tr("No account %1").arg(login)));
    const User& user = found->first;
    if (!user.active)
        return failedRecovery(
            "recovery_disabled", user.id,
            Error::of(ErrorCode::Conflict, tr("The account %1 is disabled").arg(user.login)));
    Transaction tx(m_ctx.db);
    auto ok = keysbyrole::ensureOperationalKey(m_ctx, *key);
    Status s = ok ? keysbyrole::loadSessionKeys(m_ctx, m_codec, ok.value(), *key) : Status(ok.error());
    crypto::wipe(*key);
    if (s)
        s = m_ctx.users.setPasswordHash(user.id, password::hash(newPassword), m_ctx.clock.now());
    if (s)
        s = m_ctx.users.setLockout(user.id, {});
    if (s)
        s = writeSlot(user, newPassword);
    if (s)
        s = AuditService(m_ctx).recordAs(
            user.id, user.login, AuditAction::PasswordChange,
            auditDetail(QJsonObject{{QStringLiteral("via"), QStringLiteral("recovery_key")}}));
    if (s)
        s = tx.commit();
    m_codec.clear(); // the user signs in with the new password as usual
    return s;
}

} // namespace ar
