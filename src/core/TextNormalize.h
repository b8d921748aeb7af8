#pragma once

#include <QString>

namespace ar::text {

// Full-width ASCII (Ａ１２－) to half-width, ideographic space to space.
QString toHalfWidth(const QString& s);

// What every typed or imported field goes through: half-width, trimmed, inner runs of
// whitespace collapsed to one space.
QString normalize(const QString& s);

// normalize() and then every whitespace removed: for numbers and codes.
QString compact(const QString& s);

// The key form used by search: compact() and lower-cased.
QString searchKey(const QString& s);

} // namespace ar::text
