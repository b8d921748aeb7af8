#pragma once

#include <QString>

namespace ar::mask {

// How sensitive values are shown to someone without the right to see them (R20):
// ID 1101**********1234, phone 138****5678, address and work unit keep their first few characters.
QString idNumber(const QString& id);
QString phone(const QString& phone);
QString freeText(const QString& text, int keep = 6);

} // namespace ar::mask
