#include "PassThroughCodec.h"

#include <QByteArray>

#include <openssl/sha.h>

namespace ar {

QString PassThroughCodec::seal(SensitiveField, const QString& plain, const QString&) const
{
    return plain;
}

QString PassThroughCodec::open(SensitiveField, const QString& sealed, const QString&) const
{
    return sealed;
}

QString PassThroughCodec::blindIndex(SensitiveField field, const QString& normalized) const
{
    const QByteArray in = (sensitiveFieldCode(field) + QLatin1Char(':') + normalized).toUtf8();
    unsigned char md[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(in.constData()), size_t(in.size()), md);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), SHA256_DIGEST_LENGTH).toHex());
}

} // namespace ar
