#pragma once

#include <QByteArray>
#include <QString>

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
