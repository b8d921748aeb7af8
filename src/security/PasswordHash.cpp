#include "PasswordHash.h"

#include "Crypto.h"
#include "TestHooks.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>

namespace ar::password {

namespace {
bool g_cheap = false;
} // namespace

void setTestCost(bool cheap)
{
    g_cheap = cheap;
}

Cost cost()
{
    const Cost cheap{1u << 10, 8, 1};
    // The command-line tests run the binary hundreds of times, each sign-in costing two key
    // derivations: ARCHIVEROOM_TEST_CHEAP_KDF=1 (a test build's hook, TestHooks.h) gives the
    // hashes and key slots they create the cost the in-process tests use. The cost is stored with
    // each hash and slot, so checking follows what was stored.
    static const bool cheapFromEnvironment = testhooks::value("CHEAP_KDF") == QLatin1String("1");
    if (cheapFromEnvironment)
        return cheap;
    return g_cheap ? cheap : Cost{1u << 15, 8, 3};
}

QString hash(const QString& password)
{
    const Cost c = cost();
    const QByteArray salt = crypto::randomBytes(16);
    const QByteArray key = crypto::scrypt(password.toUtf8(), salt, c.n, c.r, c.p);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(c.n)
        .arg(c.r)
        .arg(c.p)
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
    const QByteArray got = crypto::scrypt(password.toUtf8(), salt, n, r, p, int(expected.size()));
    return got.size() == expected.size() && !got.isEmpty() &&
           CRYPTO_memcmp(got.constData(), expected.constData(), size_t(got.size())) == 0;
}

} // namespace ar::password
