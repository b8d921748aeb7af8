#pragma once

#include "core/Sealed.h" // private to the services

#include "core/PrintDocument.h"
#include "core/Result.h"

#include <QImage>
#include <QPagedPaintDevice>
#include <QPointF>
#include <QString>

namespace ar::print {

// The code as a black-and-white image, one pixel per module, with the quiet zone.
Result<QImage> codeImage(const QString& text, CodeKind kind);

// Paints the labels in order, `skip` slots left empty on the first sheet (a sheet already
// partly used); returns the number of pages, or the first label whose code cannot be made.
Result<int> renderLabels(const QList<SpineLabel>& labels, const LabelSheet& sheet, CodeKind kind,
                         const Calibration& cal, QPagedPaintDevice& device, int skip = 0);

// A calibration page for the sheet: each label's outline and a cross at its centre, and a
// 100 mm rule, to measure how far the printer shifts what it prints.
int renderCalibration(const LabelSheet& sheet, const Calibration& cal, QPagedPaintDevice& device);

} // namespace ar::print
