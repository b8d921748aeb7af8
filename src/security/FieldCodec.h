#pragma once

#include "core/Sensitive.h"

#include <QByteArray>

namespace ar {

// Encryption at rest of the sensitive person fields (R20, R26): AES-256-GCM under a subkey of
// the archive's data key, a fresh nonce on every write, the row and field bound as associated
// data (a value copied to another row or field does not open there). Stored as "v1:<base64>".
// Exact look-up uses an HMAC-SHA256 blind index under a second subkey.
// Until a data key is set (before sign-in) nothing can be sealed or opened.
class FieldCodec final : public SensitiveCodec
{
public:
    // Bytes of the HMAC kept as a blind index (written as twice as many hex digits).
    static constexpr int kBlindBytes = 16;

    ~FieldCodec() override;

    void setDataKey(const QByteArray& dataKey);
    void clear();
    bool unlocked() const { return !m_fieldKey.isEmpty(); }
    // A copy of the data key, for wrapping it into a new key slot.
    QByteArray dataKey() const { return m_dataKey; }

    QString seal(SensitiveField field, const QString& plain, const QString& context) const override;
    QString open(SensitiveField field, const QString& sealed, const QString& context) const override;
    std::optional<QString> openChecked(SensitiveField field, const QString& sealed,
                                       const QString& context) const override;
    QString blindIndex(SensitiveField field, const QString& normalized) const override;
    QString contentKey(const QByteArray& plain) const override;
    QByteArray sealFile(const QByteArray& plain, const QString& contentKey) const override;
    std::optional<QByteArray> openFile(const QByteArray& sealed, const QString& contentKey) const override;
    QString auditSeal(const QByteArray& message) const override;

    // Stored values of schema versions before encryption were plain text.
    static bool isSealed(const QString& stored) { return stored.startsWith(QLatin1String("v1:")); }

private:
    QByteArray m_dataKey;
    QByteArray m_fieldKey;
    QByteArray m_blindKey;
    QByteArray m_fileKey;
    QByteArray m_fileNameKey;
    QByteArray m_auditKey;
};

} // namespace ar
