#pragma once

#include "core/Sensitive.h"

namespace ar {

// The codec of schema versions before encryption at rest (issue #3): values are stored as
// they are; the blind index is a SHA-256 of field and value. Replaced by the AES-256-GCM
// codec with an HMAC blind index, behind the same SensitiveCodec interface.
class PassThroughCodec final : public SensitiveCodec
{
public:
    QString seal(SensitiveField field, const QString& plain, const QString& context) const override;
    QString open(SensitiveField field, const QString& sealed, const QString& context) const override;
    QString blindIndex(SensitiveField field, const QString& normalized) const override;
};

} // namespace ar
