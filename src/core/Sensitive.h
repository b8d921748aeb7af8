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
    EmergencyContact
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
    // A deterministic key for exact look-up (blind index) of a normalised value.
    virtual QString blindIndex(SensitiveField field, const QString& normalized) const = 0;
};

} // namespace ar
