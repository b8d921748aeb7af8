#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ar {

// The personal fields that R20/R26 protect. Every read and write of them goes through a
// SensitiveCodec, the one place that knows how they are stored.
enum class SensitiveField
{
    IdNumber,
    Phone,
    WorkUnit,
    HomeAddress,
    EmergencyContact,
    // Not a person's field: the reason typed for seeing or printing full values, kept in the
    // audit trail sealed like them (issue #16 item 10).
    AuditReason
};

QString sensitiveFieldCode(SensitiveField f);
// The sensitive field behind a person field code of the forms and the change history
// ("id_number", "phones", "work_unit", "home_address", "emergency_contact"); nullopt for the others.
std::optional<SensitiveField> sensitiveFieldOfPersonField(const QString& field);

class SensitiveCodec
{
public:
    virtual ~SensitiveCodec() = default;
    // The stored form of a value. `context` binds it to its row (table and id), so a stored
    // value copied to another row does not open there.
    virtual QString seal(SensitiveField field, const QString& plain, const QString& context) const = 0;
    virtual QString open(SensitiveField field, const QString& sealed, const QString& context) const = 0;
    // As open(), but nullopt when a sealed value fails its integrity check (a changed byte, or
    // a value sealed for another row, field or purpose): damage is never shown as an empty value.
    // Locked, a codec opens nothing and reports no damage (an empty value).
    virtual std::optional<QString> openChecked(SensitiveField field, const QString& sealed,
                                               const QString& context) const
    {
        return open(field, sealed, context);
    }
    // A deterministic key for exact look-up (blind index) of a normalised value.
    virtual QString blindIndex(SensitiveField field, const QString& normalized) const = 0;

    // Files (scanned pages, R16): a keyed content hash to name and de-duplicate them without
    // revealing what they are, and their encrypted form bound to that name. Empty when locked.
    virtual QString contentKey(const QByteArray& plain) const = 0;
    virtual QByteArray sealFile(const QByteArray& plain, const QString& contentKey) const = 0;
    // nullopt when the file was changed, belongs to another name or the codec is locked.
    virtual std::optional<QByteArray> openFile(const QByteArray& sealed, const QString& contentKey) const = 0;

    // The keyed seal of the audit trail's end (R27): an HMAC of `message` under a subkey of the
    // data key, in hex; empty when locked. Whoever has only the file cannot compute it, so a
    // trail cut short or rewritten with the file alone no longer matches its seal.
    virtual QString auditSeal(const QByteArray& message) const
    {
        Q_UNUSED(message);
        return {};
    }

    // Keys by role (docs/security.md): whether this session holds the full key, which opens the
    // full values. Without it, readers see the masked forms, stored sealed under the operational
    // key that every account holds (sealMasked/openMasked; nullopt when it does not open).
    virtual bool holdsFullKey() const { return true; }
    // Signed in without the full key: full values are not this session's to open, readers
    // take the masked forms instead. (A codec without any key opens nothing at all.)
    virtual bool readsMaskedForms() const { return false; }
    virtual QString sealMasked(const QString& masked, const QString& context) const
    {
        Q_UNUSED(context);
        return masked;
    }
    virtual std::optional<QString> openMasked(const QString& sealed, const QString& context) const
    {
        Q_UNUSED(context);
        return sealed;
    }
};

} // namespace ar
