#pragma once

#include "core/Sealed.h" // private to the services

#include "core/PrintDocument.h"

#include <QPagedPaintDevice>

namespace ar::print {

// Paints each letter on an A5 page of its own; the number of pages (0 if the device could not
// be painted on).
int renderLetters(const QList<LetterDoc>& letters, QPagedPaintDevice& device);

} // namespace ar::print
