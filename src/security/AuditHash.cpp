#include "AuditHash.h"

#include <openssl/evp.h>

namespace ar {

namespace {

void put(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

QByteArray number(qint64 n)
{
    return n ? QByteArray::number(n) : QByteArray();
}

} // namespace

QByteArray auditCanonical(const QString& prevHash, const AuditRecord& r)
{
    QByteArray out("archiveroom-audit-v1\n");
    put(out, prevHash.toUtf8());
    put(out, number(r.id));
    put(out, r.at.toUtf8());
    put(out, number(r.userId));
    put(out, r.userLogin.toUtf8());
    put(out, r.action.toUtf8());
    put(out, r.entity.toUtf8());
    put(out, number(r.entityId));
    put(out, r.dossier.toUtf8());
    put(out, r.detail.toUtf8());
    put(out, r.reason.toUtf8());
    return out;
}

QString auditHash(const QString& prevHash, const AuditRecord& r)
{
    const QByteArray data = auditCanonical(prevHash, r);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // Fetched once (EVP_sha256() would be fetched again for every record; issue #23).
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!sha256 || EVP_Digest(data.constData(), size_t(data.size()), digest, &len, sha256, nullptr) != 1)
        return {}; // an empty hash never matches: verify() reports the record
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(len)).toHex());
}

} // namespace ar
