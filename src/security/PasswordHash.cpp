#include "PasswordHash.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace ar::password {

namespace {
bool g_cheap = false;
constexpr int kKeyLen = 32;

QByteArray derive(const QByteArray& pw, const QByteArray& salt, quint64 n, quint64 r, quint64 p)
{
    QByteArray out(kKeyLen, Qt::Uninitialized);
    const quint64 maxMem = 128 * r * (n + p + 2) + 1024 * 1024;
    if (EVP_PBE_scrypt(pw.constData(), size_t(pw.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, r, p,
                       maxMem, reinterpret_cast<unsigned char*>(out.data()), size_t(out.size())) != 1)
        return {};
    return out;
}
} // namespace

void setTestCost(bool cheap)
{
    g_cheap = cheap;
}

QString hash(const QString& password)
{
    const quint64 n = g_cheap ? (1u << 10) : (1u << 15), r = 8, p = g_cheap ? 1 : 3;
    QByteArray salt(16, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size()));
    const QByteArray key = derive(password.toUtf8(), salt, n, r, p);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(n)
        .arg(r)
        .arg(p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts.at(0) != QLatin1String("scrypt"))
        return false;
    const quint64 n = parts.at(1).toULongLong(), r = parts.at(2).toULongLong(), p = parts.at(3).toULongLong();
    if (n < 2 || r == 0 || p == 0 || n > (1u << 22))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(5).toLatin1());
    const QByteArray got = derive(password.toUtf8(), salt, n, r, p);
    return got.size() == expected.size() && !got.isEmpty() &&
           CRYPTO_memcmp(got.constData(), expected.constData(), size_t(got.size())) == 0;
}

} // namespace ar::password
