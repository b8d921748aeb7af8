#pragma once

#include "core/Sealed.h" // private to the services

#include "core/PrintDocument.h"

#include <QPagedPaintDevice>

namespace ar::print {

// Lays the table out on `device` and paints it; returns the number of pages.
int renderTable(const TableDoc& doc, QPagedPaintDevice& device);

} // namespace ar::print
