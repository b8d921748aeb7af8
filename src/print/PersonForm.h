#pragma once

#include "core/Sealed.h" // private to the services

#include "core/PrintDocument.h"

#include <QPagedPaintDevice>

namespace ar::print {

// Paints each form on its own page(s); returns the number of pages.
int renderPersonForms(const QList<PersonFormDoc>& forms, QPagedPaintDevice& device);

} // namespace ar::print
