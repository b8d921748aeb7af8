#include "FieldCodec.h"

#include "Crypto.h"

namespace ar {

namespace {
QByteArray aad(SensitiveField field, const QString& context)
{
    return (context + QLatin1Char('#') + sensitiveFieldCode(field)).toUtf8();
}
} // namespace

FieldCodec::~FieldCodec()
{
    clear();
}

void FieldCodec::setDataKey(const QByteArray& dataKey)
{
    clear();
    m_dataKey = dataKey;
    m_fieldKey = crypto::hkdf(dataKey, "archiveroom field encryption v1");
    m_blindKey = crypto::hkdf(dataKey, "archiveroom blind index v1");
    m_fileKey = crypto::hkdf(dataKey, "archiveroom file encryption v1");
    m_fileNameKey = crypto::hkdf(dataKey, "archiveroom file name v1");
    m_auditKey = crypto::hkdf(dataKey, "archiveroom audit seal v1");
}

void FieldCodec::clear()
{
    crypto::wipe(m_dataKey);
    crypto::wipe(m_fieldKey);
    crypto::wipe(m_blindKey);
    crypto::wipe(m_fileKey);
    crypto::wipe(m_fileNameKey);
    crypto::wipe(m_auditKey);
}

QString FieldCodec::auditSeal(const QByteArray& message) const
{
    if (!unlocked())
        return {};
    return QString::fromLatin1(crypto::hmacSha256(m_auditKey, message).toHex());
}

QString FieldCodec::seal(SensitiveField field, const QString& plain, const QString& context) const
{
    if (plain.isEmpty())
        return {};
    if (!unlocked())
        return QStringLiteral("locked"); // never the plain text
    return QStringLiteral("v1:") +
           QString::fromLatin1(crypto::seal(m_fieldKey, plain.toUtf8(), aad(field, context)).toBase64());
}

QString FieldCodec::open(SensitiveField field, const QString& sealed, const QString& context) const
{
    return openChecked(field, sealed, context).value_or(QString());
}

std::optional<QString> FieldCodec::openChecked(SensitiveField field, const QString& sealed,
                                               const QString& context) const
{
    if (!isSealed(sealed))
        return sealed; // empty, or plain text of an archive not yet encrypted
    if (!unlocked())
        return QString();
    const auto plain =
        crypto::open(m_fieldKey, QByteArray::fromBase64(sealed.mid(3).toLatin1()), aad(field, context));
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QString FieldCodec::blindIndex(SensitiveField field, const QString& normalized) const
{
    if (!unlocked())
        return {};
    // The first 128 bits of the HMAC: no two of the numbers a company holds collide by chance
    // (about 2^-89 for a million), and the indexes stay half as large (schema version 9).
    return QString::fromLatin1(
        crypto::hmacSha256(m_blindKey, (sensitiveFieldCode(field) + QLatin1Char(':') + normalized).toUtf8())
            .first(kBlindBytes)
            .toHex());
}

QString FieldCodec::contentKey(const QByteArray& plain) const
{
    if (!unlocked())
        return {};
    return QString::fromLatin1(crypto::hmacSha256(m_fileNameKey, plain).toHex());
}

QByteArray FieldCodec::sealFile(const QByteArray& plain, const QString& contentKey) const
{
    if (!unlocked())
        return {};
    return crypto::seal(m_fileKey, plain, contentKey.toLatin1());
}

std::optional<QByteArray> FieldCodec::openFile(const QByteArray& sealed, const QString& contentKey) const
{
    if (!unlocked())
        return std::nullopt;
    return crypto::open(m_fileKey, sealed, contentKey.toLatin1());
}

} // namespace ar
