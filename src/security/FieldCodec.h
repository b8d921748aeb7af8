#pragma once

#include "core/Sealed.h" // private to the services

#include "core/Sensitive.h"
#include "security/Crypto.h"

#include <QByteArray>
#include <QHash>

#include <functional>

namespace ar {

// Encryption at rest of the sensitive person fields (R20, R26), with two keys (docs/security.md):
//
// - the *full key* (the archive's data key, DK): the field key that opens the full values, the
//   blind index, and the archive's X25519 private key. Only roles that may unmask hold it.
// - the *operational key* (OK), held by every account: the key of the masked forms, the backup
//   key, and the shared subkeys every role needs (audit seal, scan files and their names),
//   which are derived from DK once and kept sealed under OK (meta `operational_keys`).
//
// Full values are stored as "v1:<base64>" (AES-256-GCM under the field key), or, written by a
// session without DK, as "v2:<writer>:<base64>" under a key agreed (X25519) between the writer's
// ephemeral key pair (public half in `writer_keys`) and the archive's public key: only DK holders
// open them. The row and field are bound as associated data. Until keys are set nothing opens.
class FieldCodec final : public SensitiveCodec
{
public:
    // Bytes of the HMAC kept as a blind index (written as twice as many hex digits).
    static constexpr int kBlindBytes = 16;

    ~FieldCodec() override;

    // Every key from the data key (an archive before the operational key, a backup's check).
    void setDataKey(const QByteArray& dataKey);
    // The operational key and the shared subkeys sealed under it; false if they do not open.
    bool setOperationalKey(const QByteArray& operationalKey, const QString& sealedSharedKeys);
    // The archive's key pair: the private half only with DK (may be empty).
    void setArchiveKeys(const QByteArray& privateKey, const QByteArray& publicKey);
    // A session without DK that writes full values: its ephemeral private key and its row id.
    void setWriter(qint64 writerId, const QByteArray& privateKey);
    // How v2 values find their writer's public key (the `writer_keys` table).
    void setWriterLookup(std::function<QByteArray(qint64)> lookup) { m_writerLookup = std::move(lookup); }
    // The signed-in account's own X25519 private key (re-wrapped on a password change).
    void setAccountKey(const QByteArray& key) { m_accountKey = key; }
    QByteArray accountKey() const { return m_accountKey; }
    // Forgets DK and everything derived from it; keeps what every role holds.
    void dropDataKey();
    void clear();
    bool unlocked() const { return !m_auditKey.isEmpty(); }
    bool holdsFullKey() const override { return !m_fieldKey.isEmpty(); }
    bool readsMaskedForms() const override { return unlocked() && !holdsFullKey(); }
    bool writes() const { return !m_writerKey.isEmpty(); }
    // Copies, for wrapping them into key slots and grants.
    QByteArray dataKey() const { return m_dataKey; }
    QByteArray operationalKey() const { return m_opKey; }

    QString seal(SensitiveField field, const QString& plain, const QString& context) const override;
    QString open(SensitiveField field, const QString& sealed, const QString& context) const override;
    std::optional<QString> openChecked(SensitiveField field, const QString& sealed,
                                       const QString& context) const override;
    QString blindIndex(SensitiveField field, const QString& normalized) const override;
    QString contentKey(const QByteArray& plain) const override;
    QByteArray sealFile(const QByteArray& plain, const QString& contentKey) const override;
    std::optional<QByteArray> openFile(const QByteArray& sealed, const QString& contentKey) const override;
    QString auditSeal(const QByteArray& message) const override;
    QString sealMasked(const QString& masked, const QString& context) const override;
    std::optional<QString> openMasked(const QString& sealed, const QString& context) const override;

    // Stored values of schema versions before encryption were plain text.
    static bool isSealed(const QString& stored)
    {
        return stored.startsWith(QLatin1String("v1:")) || stored.startsWith(QLatin1String("v2:"));
    }
    // The subkeys every role needs, derived from DK (audit seal ‖ file ‖ file name), sealed under OK.
    static QString sealSharedKeys(const QByteArray& dataKey, const QByteArray& operationalKey);

private:
    QByteArray writerSessionKey(qint64 writerId) const;
    QByteArray m_dataKey;
    QByteArray m_fieldKey;
    QByteArray m_blindKey;
    crypto::HmacKey m_blindMac; // m_blindKey made ready
    QByteArray m_archivePrivate;
    QByteArray m_archivePublic;
    QByteArray m_fileKey;
    QByteArray m_fileNameKey;
    QByteArray m_auditKey;
    crypto::HmacKey m_auditMac; // m_auditKey made ready
    QByteArray m_opKey;
    QByteArray m_maskKey;
    QByteArray m_accountKey;
    qint64 m_writerId = 0;
    QByteArray m_writerKey;
    std::function<QByteArray(qint64)> m_writerLookup;
    mutable QHash<qint64, QByteArray> m_writerKeys; // v2 session keys, by writer
};

} // namespace ar
