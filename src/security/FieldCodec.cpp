#include "FieldCodec.h"

#include "Crypto.h"

namespace ar {

namespace {
QByteArray aad(SensitiveField field, const QString& context)
{
    return (context + QLatin1Char('#') + sensitiveFieldCode(field)).toUtf8();
}
const QByteArray kSharedAad = QByteArrayLiteral("archiveroom operational keys v1");
const QByteArray kWriterInfo = QByteArrayLiteral("archiveroom writer v1");

QByteArray sharedKeysOf(const QByteArray& dataKey)
{
    return crypto::hkdf(dataKey, "archiveroom audit seal v1") +
           crypto::hkdf(dataKey, "archiveroom file encryption v1") +
           crypto::hkdf(dataKey, "archiveroom file name v1");
}
} // namespace

FieldCodec::~FieldCodec()
{
    clear();
}

void FieldCodec::setDataKey(const QByteArray& dataKey)
{
    const QByteArray op = m_opKey, mask = m_maskKey;
    clear();
    m_opKey = op;
    m_maskKey = mask;
    m_dataKey = dataKey;
    m_fieldKey = crypto::hkdf(dataKey, "archiveroom field encryption v1");
    m_blindKey = crypto::hkdf(dataKey, "archiveroom blind index v1");
    m_blindMac = crypto::HmacKey(m_blindKey);
    const QByteArray shared = sharedKeysOf(dataKey);
    m_auditKey = shared.first(32);
    m_auditMac = crypto::HmacKey(m_auditKey);
    m_fileKey = shared.mid(32, 32);
    m_fileNameKey = shared.mid(64, 32);
}

QString FieldCodec::sealSharedKeys(const QByteArray& dataKey, const QByteArray& operationalKey)
{
    QByteArray shared = sharedKeysOf(dataKey);
    QByteArray k = crypto::hkdf(operationalKey, "archiveroom operational keys wrap v1");
    const QString out = QString::fromLatin1(crypto::seal(k, shared, kSharedAad).toBase64());
    crypto::wipe(shared);
    crypto::wipe(k);
    return out;
}

bool FieldCodec::setOperationalKey(const QByteArray& operationalKey, const QString& sealedSharedKeys)
{
    QByteArray k = crypto::hkdf(operationalKey, "archiveroom operational keys wrap v1");
    auto shared = crypto::open(k, QByteArray::fromBase64(sealedSharedKeys.toLatin1()), kSharedAad);
    crypto::wipe(k);
    if (!shared || shared->size() != 96)
        return false;
    m_opKey = operationalKey;
    m_maskKey = crypto::hkdf(operationalKey, "archiveroom masked values v1");
    m_auditKey = shared->first(32);
    m_auditMac = crypto::HmacKey(m_auditKey);
    m_fileKey = shared->mid(32, 32);
    m_fileNameKey = shared->mid(64, 32);
    crypto::wipe(*shared);
    return true;
}

void FieldCodec::setArchiveKeys(const QByteArray& privateKey, const QByteArray& publicKey)
{
    crypto::wipe(m_archivePrivate);
    m_archivePrivate = privateKey;
    m_archivePublic = publicKey;
    for (QByteArray& k : m_writerKeys)
        crypto::wipe(k);
    m_writerKeys.clear();
}

void FieldCodec::setWriter(qint64 writerId, const QByteArray& privateKey)
{
    crypto::wipe(m_writerKey);
    m_writerId = writerId;
    QByteArray shared = crypto::x25519Shared(privateKey, m_archivePublic);
    if (shared.isEmpty())
        return;
    m_writerKey = crypto::hkdf(shared + crypto::x25519Public(privateKey) + m_archivePublic, kWriterInfo);
    crypto::wipe(shared);
}

QByteArray FieldCodec::writerSessionKey(qint64 writerId) const
{
    if (m_archivePrivate.isEmpty())
        return {};
    if (auto it = m_writerKeys.constFind(writerId); it != m_writerKeys.cend())
        return *it;
    const QByteArray pub = m_writerLookup ? m_writerLookup(writerId) : QByteArray();
    QByteArray shared = crypto::x25519Shared(m_archivePrivate, pub);
    if (shared.isEmpty())
        return {};
    const QByteArray key = crypto::hkdf(shared + pub + m_archivePublic, kWriterInfo);
    crypto::wipe(shared);
    m_writerKeys.insert(writerId, key);
    return key;
}

void FieldCodec::dropDataKey()
{
    crypto::wipe(m_dataKey);
    crypto::wipe(m_fieldKey);
    crypto::wipe(m_blindKey);
    m_blindMac = crypto::HmacKey();
    crypto::wipe(m_archivePrivate);
    for (QByteArray& k : m_writerKeys)
        crypto::wipe(k);
    m_writerKeys.clear();
}

void FieldCodec::clear()
{
    dropDataKey();
    crypto::wipe(m_fileKey);
    crypto::wipe(m_fileNameKey);
    crypto::wipe(m_auditKey);
    m_auditMac = crypto::HmacKey();
    crypto::wipe(m_opKey);
    crypto::wipe(m_maskKey);
    crypto::wipe(m_accountKey);
    crypto::wipe(m_writerKey);
    m_archivePublic.clear();
    m_writerId = 0;
}

QString FieldCodec::auditSeal(const QByteArray& message) const
{
    if (!unlocked())
        return {};
    return QString::fromLatin1(m_auditMac.mac(message).toHex());
}

QString FieldCodec::seal(SensitiveField field, const QString& plain, const QString& context) const
{
    if (plain.isEmpty())
        return {};
    if (holdsFullKey())
        return QStringLiteral("v1:") +
               QString::fromLatin1(crypto::seal(m_fieldKey, plain.toUtf8(), aad(field, context)).toBase64());
    if (!m_writerKey.isEmpty())
        return QStringLiteral("v2:%1:").arg(m_writerId) +
               QString::fromLatin1(crypto::seal(m_writerKey, plain.toUtf8(), aad(field, context)).toBase64());
    return QStringLiteral("locked"); // never the plain text
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
    if (!holdsFullKey())
        return QString(); // not this session's to open
    std::optional<QByteArray> plain;
    if (sealed.startsWith(QLatin1String("v1:"))) {
        plain =
            crypto::open(m_fieldKey, QByteArray::fromBase64(sealed.mid(3).toLatin1()), aad(field, context));
    } else {
        const qsizetype colon = sealed.indexOf(QLatin1Char(':'), 3);
        bool ok = false;
        const qint64 writer = colon > 3 ? sealed.mid(3, colon - 3).toLongLong(&ok) : 0;
        const QByteArray key = ok ? writerSessionKey(writer) : QByteArray();
        if (!key.isEmpty())
            plain = crypto::open(key, QByteArray::fromBase64(sealed.mid(colon + 1).toLatin1()),
                                 aad(field, context));
    }
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QString FieldCodec::sealMasked(const QString& masked, const QString& context) const
{
    if (m_maskKey.isEmpty())
        return {};
    return QStringLiteral("m1:") +
           QString::fromLatin1(
               crypto::seal(m_maskKey, masked.toUtf8(), (context + QStringLiteral("#masked")).toUtf8())
                   .toBase64());
}

std::optional<QString> FieldCodec::openMasked(const QString& sealed, const QString& context) const
{
    if (m_maskKey.isEmpty())
        return QString(); // locked: opens nothing, reports no damage
    if (!sealed.startsWith(QLatin1String("m1:")))
        return std::nullopt;
    const auto plain = crypto::open(m_maskKey, QByteArray::fromBase64(sealed.mid(3).toLatin1()),
                                    (context + QStringLiteral("#masked")).toUtf8());
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QString FieldCodec::blindIndex(SensitiveField field, const QString& normalized) const
{
    if (m_blindKey.isEmpty())
        return {};
    // The first 128 bits of the HMAC: no two of the numbers a company holds collide by chance
    // (about 2^-89 for a million), and the indexes stay half as large (schema version 9).
    return QString::fromLatin1(
        m_blindMac.mac((sensitiveFieldCode(field) + QLatin1Char(':') + normalized).toUtf8())
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
