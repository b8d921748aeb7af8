#include "KeyVault.h"

#include "Crypto.h"
#include "PasswordHash.h"

#include <QStringList>

#include <cstring>

namespace ar::keys {

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32

QByteArray aadFor(const KeySlot& s)
{
    return QStringLiteral("archiveroom-key-slot:%1:%2")
        .arg(s.kind == KeySlot::Kind::User ? QStringLiteral("user") : QStringLiteral("recovery"))
        .arg(s.userId)
        .toUtf8();
}

QByteArray recoveryBits(const QString& normalized)
{
    // 52 characters × 5 bits = 260 bits: the first 256 are the key.
    QByteArray out;
    quint32 acc = 0;
    int bits = 0;
    for (QChar c : normalized) {
        const char* p = std::strchr(kAlphabet, c.toLatin1());
        acc = (acc << 5) | quint32(p - kAlphabet);
        bits += 5;
        while (bits >= 8) {
            out.append(char((acc >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    return out.left(32);
}

std::optional<QByteArray> unwrapWith(const KeySlot& slot, const QByteArray& kek)
{
    return crypto::open(kek, QByteArray::fromBase64(slot.wrapped.toLatin1()), aadFor(slot));
}
} // namespace

QByteArray newDataKey()
{
    return crypto::randomBytes(32);
}

KeySlot wrapForUser(const QByteArray& dataKey, qint64 userId, const QString& password)
{
    const password::Cost c = password::cost();
    const QByteArray salt = crypto::randomBytes(16);
    KeySlot s;
    s.kind = KeySlot::Kind::User;
    s.userId = userId;
    s.kdf = QStringLiteral("scrypt$%1$%2$%3$%4")
                .arg(c.n)
                .arg(c.r)
                .arg(c.p)
                .arg(QString::fromLatin1(salt.toBase64()));
    QByteArray kek = crypto::scrypt(password.toUtf8(), salt, c.n, c.r, c.p);
    s.wrapped = QString::fromLatin1(crypto::seal(kek, dataKey, aadFor(s)).toBase64());
    crypto::wipe(kek);
    return s;
}

KeySlot wrapForRecovery(const QByteArray& dataKey, const QString& recoveryKey)
{
    const QByteArray salt = crypto::randomBytes(16);
    KeySlot s;
    s.kind = KeySlot::Kind::Recovery;
    s.kdf = QStringLiteral("hkdf$%1").arg(QString::fromLatin1(salt.toBase64()));
    QByteArray kek =
        crypto::hkdf(recoveryBits(*normalizeRecoveryKey(recoveryKey)), "archiveroom-recovery" + salt);
    s.wrapped = QString::fromLatin1(crypto::seal(kek, dataKey, aadFor(s)).toBase64());
    crypto::wipe(kek);
    return s;
}

std::optional<QByteArray> unwrap(const KeySlot& slot, const QString& secret)
{
    const QStringList kdf = slot.kdf.split(QLatin1Char('$'));
    QByteArray kek;
    if (slot.kind == KeySlot::Kind::User && kdf.size() == 5 && kdf.at(0) == QLatin1String("scrypt")) {
        const quint64 n = kdf.at(1).toULongLong(), r = kdf.at(2).toULongLong(), p = kdf.at(3).toULongLong();
        if (n < 2 || n > (1u << 22) || r == 0 || p == 0)
            return std::nullopt;
        kek = crypto::scrypt(secret.toUtf8(), QByteArray::fromBase64(kdf.at(4).toLatin1()), n, r, p);
    } else if (slot.kind == KeySlot::Kind::Recovery && kdf.size() == 2 &&
               kdf.at(0) == QLatin1String("hkdf")) {
        const auto normalized = normalizeRecoveryKey(secret);
        if (!normalized)
            return std::nullopt;
        kek = crypto::hkdf(recoveryBits(*normalized),
                           "archiveroom-recovery" + QByteArray::fromBase64(kdf.at(1).toLatin1()));
    } else {
        return std::nullopt;
    }
    auto key = unwrapWith(slot, kek);
    crypto::wipe(kek);
    return key;
}

QByteArray slotPayload(const QByteArray& operationalKey, const QByteArray& accountKey)
{
    return QByteArray(1, '\x02') + operationalKey + accountKey;
}

std::optional<SlotKeys> slotKeys(const QByteArray& payload)
{
    SlotKeys k;
    if (payload.size() == 32)
        k.dataKey = payload;
    else if (payload.size() == 65 && payload.at(0) == '\x02') {
        k.operationalKey = payload.mid(1, 32);
        k.accountKey = payload.mid(33, 32);
    } else
        return std::nullopt;
    return k;
}

QString wrapUnder(const QByteArray& key, const QByteArray& secret, const char* purpose)
{
    QByteArray kek = crypto::hkdf(key, QByteArray("archiveroom wrap ") + purpose);
    const QString out = QString::fromLatin1(crypto::seal(kek, secret, purpose).toBase64());
    crypto::wipe(kek);
    return out;
}

std::optional<QByteArray> unwrapUnder(const QByteArray& key, const QString& wrapped, const char* purpose)
{
    if (key.isEmpty() || wrapped.isEmpty())
        return std::nullopt;
    QByteArray kek = crypto::hkdf(key, QByteArray("archiveroom wrap ") + purpose);
    auto out = crypto::open(kek, QByteArray::fromBase64(wrapped.toLatin1()), purpose);
    crypto::wipe(kek);
    return out;
}

namespace {
QByteArray grantAad(qint64 userId)
{
    return QStringLiteral("archiveroom-full-key:user:%1").arg(userId).toUtf8();
}
} // namespace

QString grantFor(const QString& publicKey, const QByteArray& dataKey, qint64 userId)
{
    const QByteArray sealed =
        crypto::sealTo(QByteArray::fromBase64(publicKey.toLatin1()), dataKey, grantAad(userId));
    return sealed.isEmpty() ? QString() : QString::fromLatin1(sealed.toBase64());
}

std::optional<QByteArray> openGrant(const QByteArray& accountKey, const QString& grant, qint64 userId)
{
    if (grant.isEmpty())
        return std::nullopt;
    return crypto::openWith(accountKey, QByteArray::fromBase64(grant.toLatin1()), grantAad(userId));
}

QString newRecoveryKey()
{
    const QByteArray bits = crypto::randomBytes(33); // 264 bits, 260 used
    QString chars;
    quint32 acc = 0;
    int n = 0;
    for (char b : bits) {
        acc = (acc << 8) | quint8(b);
        n += 8;
        while (n >= 5 && chars.size() < 52) {
            chars += QLatin1Char(kAlphabet[(acc >> (n - 5)) & 0x1F]);
            n -= 5;
        }
    }
    QStringList groups;
    for (int i = 0; i < chars.size(); i += 4)
        groups << chars.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

std::optional<QString> normalizeRecoveryKey(const QString& typed)
{
    QString s;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        QChar up = c.toUpper();
        // Crockford: O reads as 0, I and L as 1.
        if (up == QLatin1Char('O'))
            up = QLatin1Char('0');
        else if (up == QLatin1Char('I') || up == QLatin1Char('L'))
            up = QLatin1Char('1');
        if (up.unicode() > 127 || !std::strchr(kAlphabet, up.toLatin1()))
            return std::nullopt;
        s += up;
    }
    if (s.size() != 52)
        return std::nullopt;
    return s;
}

} // namespace ar::keys
